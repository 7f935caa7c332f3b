"""Names discovered by their shape (discovery.py): an agreement between two sides in 《》, a body
named after the clause that founded it, a document ending in 大纲/指南/方针; simplified and
traditional script.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found


def test_an_agreement_between_two_sides_in_title_marks_is_one_document() -> None:
    trad = found("雙方於2017年簽署《東盟—香港自由貿易協定》。")
    assert ("東盟—香港自由貿易協定", "asean-hk-fta") in trad
    assert not any(i in ("asean", "HKG") for _, i in trad)
    got = found("两国于2023年签署《中国—尼加拉瓜自由贸易协定》。")
    assert ("中国—尼加拉瓜自由贸易协定", "x:中国—尼加拉瓜自由贸易协定") in got


def test_the_same_words_in_running_text_are_the_two_sides() -> None:
    got = found("东盟—香港自由贸易协定生效后，双边贸易增长明显。")
    assert ("东盟", "asean") in got and ("香港", "HKG") in got


def test_a_body_named_after_the_clause_that_founded_it() -> None:
    got = found("2019年设立的南太平洋渔业执法协调委员会首次在苏瓦召开会议。")
    assert ("南太平洋渔业执法协调委员会", "x:南太平洋渔业执法协调委员会") in got
    trad = found("2021年成立的亞洲海岸防衛協調理事會已有十國參加。")
    assert ("亞洲海岸防衛協調理事會", "x:亚洲海岸防卫协调理事会") in trad


def test_a_founded_clause_before_a_description_is_no_name() -> None:
    got = found("各国成立的国际组织越来越多。")
    assert not any(i.startswith("x:") for _, i in got)


def test_outline_and_guideline_documents_in_title_marks() -> None:
    got = found("越南2022年发布《海洋经济发展大纲》。")
    assert ("海洋经济发展大纲", "x:海洋经济发展大纲") in got
    trad = found("韓國公布《印太合作指南》，列出優先領域。")
    assert ("印太合作指南", "x:印太合作指南") in trad


def test_a_session_number_is_no_part_of_a_name_glossed_with_an_acronym() -> None:
    got = found("日本主办第九届太平洋岛国领导人会议（PALM9），讨论海洋问题。")
    assert not any(t.startswith("第九届") for t, _ in got)
    trad = found("東盟主辦第三次東亞海洋合作論壇（EAMCF），各國代表與會。")
    assert ("東亞海洋合作論壇", "x:东亚海洋合作论坛") in trad
    assert not any(t.startswith("第三次") for t, _ in trad)


def test_a_numbered_session_of_a_council_is_the_body_not_an_organ() -> None:
    got = found("亚洲开发银行第五十八届理事会年会在米兰举行。")
    assert ("亚洲开发银行", "adb") in got
    assert not any(i.startswith("x:") for _, i in got)
    trad = found("亞洲基礎設施投資銀行第九屆理事會年會在撒馬爾罕舉行。")
    assert ("亞洲基礎設施投資銀行", "aiib") in trad and not any(i.startswith("x:") for _, i in trad)


def test_regional_forms_of_states_and_organs() -> None:
    assert ("巴布亞新畿內亞", "PNG") in found("巴布亞新畿內亞總理馬拉佩訪問北京。")
    got = found("中国国务院关税税则委员会宣布对部分商品加征关税。")
    assert ("中国国务院关税税则委员会", "CHN") in got
