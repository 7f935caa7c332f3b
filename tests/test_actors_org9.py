"""Org9 round: China's standing bilateral mechanisms, the region's 2+2 formats, cross-regional forums
and funds, and exercises named by a short quoted name or with their edition, in both scripts.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions


def test_a_named_bilateral_mechanism_is_one_mention_not_two_abbreviations() -> None:
    got = found("中俄总理定期会晤机制今年迎来新一轮会谈，中俄战略安全磋商也随即举行。")
    assert ("中俄总理定期会晤机制", "china-russia-regular-pm-meetings") in got
    assert ("中俄战略安全磋商", "china-russia-strategic-security-consultation") in got
    assert ("中", "CHN") not in got and ("俄", "RUS") not in got
    trad = found("雙方同意恢復中印邊界問題特別代表會晤，並召開中印邊境事務磋商和協調工作機制會議。")
    assert ("中印邊界問題特別代表會晤", "china-india-sr-talks") in trad
    assert ("中印邊境事務磋商和協調工作機制", "china-india-wmcc") in trad


def test_dialogues_with_a_name_of_their_own_and_the_plain_pair_beside_them() -> None:
    got = found("中日经济高层对话时隔多年重启，中日关系出现缓和迹象。")
    assert ("中日经济高层对话", "china-japan-high-level-economic-dialogue") in got
    assert ("中", "CHN") in got and ("日", "JPN") in got  # 中日关系: the two states
    trad = found("美方決定暫停中美執法及網路安全對話。")
    assert ("中美執法及網路安全對話", "us-china-law-enforcement-cybersecurity-dialogue") in trad


def test_two_plus_two_formats_of_the_region() -> None:
    assert ("美韩2+2", "us-rok-2plus2") in found("美韩2+2会谈在首尔举行。")
    assert ("日印2+2", "japan-india-2plus2") in found("日印2+2会议讨论了海上安全。")
    assert ("中韓外交安全2+2對話", "china-rok-2plus2-dialogue") in found("首輪中韓外交安全2+2對話在首爾登場。")


def test_cross_regional_forums_and_funds_keep_the_founder_in_their_name() -> None:
    got = found("中国—太平洋岛国经济发展合作论坛与中国—欧亚经济合作基金都由中方推动。")
    assert ("中国—太平洋岛国经济发展合作论坛", "china-pic-economic-development-forum") in got
    assert ("中国—欧亚经济合作基金", "china-eurasia-economic-cooperation-fund") in got
    assert ("中国", "CHN") not in got
    trad = found("東亞—拉美合作論壇外長會議與全球南方之聲峰會相繼舉行。")
    assert ("東亞—拉美合作論壇", "fealac") in trad
    assert ("全球南方之聲峰會", "voice-of-global-south-summit") in trad
    assert ("韓國—太平洋島國峰會", "korea-pacific-islands-summit") in found("首屆韓國—太平洋島國峰會落幕。")


def test_a_two_character_quoted_exercise_before_an_exercise_word() -> None:
    got = found("美日两国举行“利剑”联合军演。")
    assert ("利剑", "keen-sword") in got
    trad = found("國軍「漢光」演習下週登場。")
    assert ("漢光", "han-kuang") in trad
    assert found("他说“利剑”不能出鞘。") == []  # no exercise word after it: a figure of speech


def test_an_exercise_named_with_its_edition_is_the_exercise() -> None:
    got = found("解放军东部战区当天举行“联合利剑—2023A”演习。")
    assert ("联合利剑—2023A", "joint-sword") in got
    trad = found("今年「漢光41號」演習為期十天。")
    assert ("漢光41號", "han-kuang") in trad
    assert ("东方-2022", "vostok-exercise") in found("俄罗斯举行“东方-2022”战略演习。")


def test_a_body_named_after_its_two_sides_is_one_discovered_name() -> None:
    got = found("中国—南亚合作论坛每年在昆明举办。")
    assert ("中国—南亚合作论坛", "x:中国—南亚合作论坛") in got and ("中国", "CHN") not in got
    trad = found("韓國—東盟合作基金資助多個項目。")
    assert ("韓國—東盟合作基金", "x:韩国—东盟合作基金") in trad
    assert ("韓國", "KOR") not in trad and ("東盟", "asean") not in trad


def test_a_pair_whose_second_side_is_the_body_or_a_meeting_keeps_its_sides() -> None:
    got = found("首届东盟—海湾合作委员会峰会在利雅得举行。")
    assert ("东盟", "asean") in got and not any(i.startswith("x:") for _, i in got)
    got = found("美国—东盟峰会在华盛顿举行。")
    assert ("美国", "USA") in got and ("东盟", "asean") in got


def test_a_quoted_name_before_its_type_word_is_the_listed_policy_or_dialogue() -> None:
    assert ("邻国优先", "india-neighbourhood-first") in found("莫迪政府推行“邻国优先”政策。")
    assert ("季风", "india-project-mausam") in found("印度提出“季风”计划。")
    assert ("中亞+日本", "central-asia-plus-japan") in found("日本啟動「中亞+日本」對話。")
    # a strategy whose owner decides which record it is (印太战略) is left to the owned-document rule
    assert not any(t == "印太" for t, _ in found("日本提出“印太”战略。"))


def test_a_summit_of_a_state_with_a_region_is_a_mechanism_of_its_own() -> None:
    got = found("首届印度—中亚峰会以视频方式举行。")
    assert got == [("印度—中亚峰会", "x:印度—中亚峰会")]
    trad = found("中國—中東歐國家領導人會晤在布達佩斯舉行。")
    assert ("中國—中東歐國家領導人會晤", "x:中国—中东欧国家领导人会晤") in trad
    # a named second side makes it a meeting of the two sides (the pair rule)
    got = found("中国—东盟领导人会议在万象举行。")
    assert ("中国", "CHN") in got and ("东盟", "asean") in got


def test_a_body_named_region_first_is_one_name_but_its_meetings_are_not() -> None:
    assert found("中亚—韩国合作论坛已举办多届。") == [("中亚—韩国合作论坛", "x:中亚—韩国合作论坛")]
    trad = found("中亞—韓國合作論壇已舉辦多屆。")
    assert trad == [("中亞—韓國合作論壇", "x:中亚—韩国合作论坛")]
    got = found("湄公河—韩国首脑会议在釜山举行。")  # a meeting: the dev gold gives the state
    assert ("韩国", "KOR") in got and not any(i.startswith("x:") for _, i in got)


def test_a_bare_strategic_concept_is_natos_only_where_nato_is_named() -> None:
    got = found("北约峰会通过新版“战略概念”，首次提及印太伙伴。")
    assert ("北约", "nato") in got and ("战略概念", "nato-strategic-concept") in got
    trad = found("北約峰會通過新版「戰略概念」。")
    assert ("戰略概念", "nato-strategic-concept") in trad
    assert not any(i == "nato-strategic-concept" for _, i in found("日本需要新的战略概念。"))


def test_the_framework_referred_to_is_the_body_not_its_own_agreement() -> None:
    ms = mentions("印太经济框架成员国签署了《印太经济框架供应链协定》，但该框架的前景仍不明朗。")
    ref = [m for m in ms if m.text == "该框架"]
    assert ref and ref[0].refers_to == ["ipef"]
    ms = mentions("印太經濟繁榮架構成員簽署《印太經濟繁榮架構供應鏈協定》，但該架構前景不明。")
    ref = [m for m in ms if m.text == "該架構"]
    assert ref and ref[0].refers_to == ["ipef"]


def test_a_long_official_title_in_title_marks_is_one_document() -> None:
    title = "中华人民共和国和老挝人民民主共和国关于深化新时代全面战略合作伙伴关系、构建更高水平中老命运共同体的联合声明"
    got = found(f"两国发表《{title}》。")
    assert got == [(title, f"x:{title}")]  # the states inside the title are no mentions of their own
    trad = found("雙方通過《落實中國—東盟面向和平與繁榮的戰略夥伴關係聯合宣言的行動計劃（2021—2025）》。")
    assert len(trad) == 1 and trad[0][0].startswith("落實中國—東盟") and trad[0][1].startswith("x:")


def test_a_long_agreement_title_in_corner_brackets_is_one_document() -> None:
    got = found("雙方簽署「駐美國台北經濟文化代表處與美國在台協會間之二十一世紀貿易倡議第一協定」。")
    assert len(got) == 1 and got[0][0].endswith("第一協定") and got[0][1].startswith("x:")


def test_a_yearly_edition_of_an_owned_document_is_the_owners_record() -> None:
    assert ("2023年版防卫白皮书", "japan-defense-white-paper") in found("日本发布《2023年版防卫白皮书》。")
    assert ("2023年版防衛白皮書", "japan-defense-white-paper") in found("日本發布《2023年版防衛白皮書》。")
    assert ("2022年国防战略", "us-national-defense-strategy") in found("美国国防部发布《2022年国防战略》。")


def test_a_name_with_a_quoted_part_is_spanned_with_both_quotes() -> None:
    got = found("第三届“一带一路”国际合作高峰论坛在北京举行。")
    assert ("“一带一路”国际合作高峰论坛", "belt-and-road-forum") in got
    trad = found("第三屆「一帶一路」國際合作高峰論壇在北京舉行。")
    assert ("「一帶一路」國際合作高峰論壇", "belt-and-road-forum") in trad
    assert ("一带一路", "belt-and-road-initiative") in found("中国提出“一带一路”倡议。")
