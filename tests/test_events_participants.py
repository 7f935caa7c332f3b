"""Participants, precision and modality of events, on sentences written for these tests (each rule
in both scripts), over the mini gazetteer of tests/data/mini_gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import mini_events as events
from event_helpers import mini_tools


@pytest.fixture(scope="module")
def tools():
    return mini_tools()


def summary(evs):
    return [(e.type, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients), e.modality) for e in evs]


def types(tools, text: str) -> list[str]:
    return [e.type for e in events(tools, text)]


# --- precision: nouns, habits, descriptions ------------------------------------------------


@pytest.mark.parametrize("text", [
    "美国和越南之间已有的对话与合作机制运转良好。",
    "美國和越南之間已有的對話與合作機制運轉良好。",
    "日本与澳大利亚利用各种对话合作平台协调立场。",
    "日本與澳大利亞利用各種對話合作平台協調立場。",
])
def test_a_meeting_word_naming_a_standing_body_is_no_meeting(tools, text) -> None:
    assert "CONSULT" not in types(tools, text)


@pytest.mark.parametrize("text", [
    "美国议员常态化访问台湾，引起中国强烈不满。",
    "美國議員常態化訪問臺灣，引起中國強烈不滿。",
    "近年来，美国与印度高层互访频繁。",
])
def test_a_habit_is_no_single_happening(tools, text) -> None:
    assert "CONSULT" not in types(tools, text)


@pytest.mark.parametrize("text", [
    "“四边安全对话”是美国、日本、印度和澳大利亚之间的非正式战略对话。",
    "「四邊安全對話」是美國、日本、印度和澳大利亞之間的非正式戰略對話。",
    "双方的对话仅停留在临时性沟通层面。",
    "雙方的對話僅停留在臨時性溝通層面。",
])
def test_a_description_or_a_possessed_noun_is_no_meeting(tools, text) -> None:
    assert "CONSULT" not in types(tools, text)


@pytest.mark.parametrize("text, expected", [
    ("日本计划加快开发和部署清洁能源技术。", None),
    ("日本計劃加快開發和部署清潔能源技術。", None),
    ("2023年3月，美国向菲律宾部署了无人机。", ("MOBILIZE", ["USA"], ["PHL"], "asserted")),
    ("2023年3月，美國向菲律賓部署了無人機。", ("MOBILIZE", ["USA"], ["PHL"], "asserted")),
    ("2022年8月，日本派出代表团参加美国主办的演习。", None),
])
def test_only_forces_are_mobilised(tools, text, expected) -> None:
    got = [x for x in summary(events(tools, text)) if x[0] == "MOBILIZE"]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("text", [
    "两国确定了海上安全、信息共享、网络安全等重点合作领域。",
    "兩國確定了海上安全、信息共享、網絡安全等重點合作領域。",
    "双方决心采取联合行动，拓展合作。",
])
def test_an_area_of_cooperation_is_no_act(tools, text) -> None:
    assert "COOPERATE" not in types(tools, text)


@pytest.mark.parametrize("text, leave", [
    ("2023年，韩国在报告中取消了“机遇”一词。", False),
    ("2023年，韓國在報告中取消了「機遇」一詞。", False),
    ("协定规定，成员有终止该协定的权力。", False),
    ("2017年，美国宣布退出《巴黎协定》。", True),
    ("2017年，美國宣布退出《巴黎協定》。", True),
])
def test_leave_needs_something_left(tools, text, leave) -> None:
    assert ("LEAVE" in types(tools, text)) is leave


# --- participants --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年6月，岸田文雄对美国进行国事访问并与拜登举行会谈。",
    "2023年6月，岸田文雄對美國進行國事訪問並與拜登舉行會談。",
])
def test_talks_during_a_visit_fold_into_it(tools, text) -> None:
    got = [x for x in summary(events(tools, text)) if x[0] == "CONSULT"]
    assert got == [("CONSULT", ["JPN"], ["USA"], "asserted")]


@pytest.mark.parametrize("text, name", [
    ("2023年11月，美国和韩国举行第5次“防务创新对话”。", "防务创新对话"),
    ("2023年11月，美國和韓國舉行第5次「防務創新對話」。", "防务创新对话"),
    ("2022年5月，两国在马尼拉举行首次年度“海洋合作磋商”。", "海洋合作磋商"),
])
def test_a_session_of_a_dialogue_the_gazetteer_lacks_has_it_among_the_actors(tools, text, name) -> None:
    evs = [e for e in events(tools, text) if e.type == "CONSULT"]
    assert len(evs) == 1
    assert "x:" + name in [a.id for a in evs[0].actors]


@pytest.mark.parametrize("text, expected", [
    ("2016年，美国的提案遭到中国强烈反对。", ("ACCUSE", ["CHN"], ["USA"])),
    ("2016年，美國的提案遭到中國強烈反對。", ("ACCUSE", ["CHN"], ["USA"])),
    ("2019年，菲律宾被美国制裁。", ("SANCTION", ["USA"], ["PHL"])),
    ("2019年，美国要求降低关税，但在日本等国反对下作罢。", ("ACCUSE", ["JPN"], ["USA"])),
])
def test_a_passive_puts_the_agent_first(tools, text, expected) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == expected[0]]
    assert got == [expected]


@pytest.mark.parametrize("text", [
    "日本宣称“日本和越南有着相同的价值观”，并强烈谴责中国的做法。",
    "日本宣稱「日本和越南有著相同的價值觀」，並強烈譴責中國的做法。",
])
def test_parties_inside_a_quoted_statement_are_not_the_speaker(tools, text) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == "ACCUSE"]
    assert got == [("ACCUSE", ["JPN"], ["CHN"])]


@pytest.mark.parametrize("text, expected", [
    # the subject of a bare clause is the party in subject position of an earlier clause, not an
    # object of its verb (反越 names Viet Nam as the object)
    ("日本不断煽动反越情绪，特别是向菲律宾提供了巡逻艇。", ("AID", ["JPN"], ["PHL"])),
    ("日本不斷煽動反越情緒，特別是向菲律賓提供了巡邏艇。", ("AID", ["JPN"], ["PHL"])),
    # a party named with its leader's title, and a partner of a comitative clause, take part
    ("2023年4月，韩国总统访问美国，与拜登举行会谈，并签署了《华盛顿宣言》。", ("AGREE", ["KOR", "USA"], [])),
    ("2023年4月，韓國總統訪問美國，與拜登舉行會談，並簽署了《華盛頓宣言》。", ("AGREE", ["KOR", "USA"], [])),
    ("2010年，美国召集澳大利亚、新西兰和越南，进行新的贸易谈判。", ("CONSULT", ["AUS", "NZL", "USA", "VNM"], [])),
])
def test_far_subjects(tools, text, expected) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == expected[0]]
    assert expected in got


# --- modality ------------------------------------------------------------------------------


def modality_of(tools, text: str, etype: str) -> list[str]:
    return [e.modality for e in events(tools, text) if e.type == etype and e.label != "建交"]


@pytest.mark.parametrize("text, etype, expected", [
    # 或 between two nouns is 'or', not a hedge; an intent negator reaches the whole verb phrase
    ("日本表示，日本没有计划以成员或准成员的身份加入东盟。", "JOIN", "negated"),
    ("日本表示，日本沒有計劃以成員或準成員的身份加入東盟。", "JOIN", "negated"),
    ("有报道称，越南或于年内加入上海合作组织。", "JOIN", "hypothetical"),
    # 应邀 is 'at the invitation of', 主要 'mainly': no proposal
    ("2023年1月，岸田文雄应邀访问越南。", "CONSULT", "asserted"),
    ("2023年1月，岸田文雄應邀訪問越南。", "CONSULT", "asserted"),
    # a plan reaches the whole verb phrase; a deadline ahead is a plan
    ("美国和澳大利亚计划开始向菲律宾部署无人机。", "MOBILIZE", "planned"),
    ("美国和日本表示，到2030年建立三个清洁航运走廊。", "ESTABLISH", "planned"),
    ("美國和日本表示，到2030年建立三個清潔航運走廊。", "ESTABLISH", "planned"),
    # the plan of an adverbial clause covers the verb after it (and its date is the plan's own)
    ("日本与越南拟于2024年5月纪念建交之际，建立全面战略伙伴关系。", "ALIGN", "planned"),
    ("日本與越南擬於2024年5月紀念建交之際，建立全面戰略夥伴關係。", "ALIGN", "planned"),
])
def test_modality_cues(tools, text, etype, expected) -> None:
    assert modality_of(tools, text, etype) == [expected]


def test_a_planned_event_of_an_adverbial_clause_keeps_the_plans_date(tools) -> None:
    evs = [e for e in events(tools, "日本与越南拟于2024年5月纪念建交之际，建立全面战略伙伴关系。") if e.label == "全面战略伙伴关系"]
    assert [(e.modality, e.date) for e in evs] == [("planned", "2024-05")]


@pytest.mark.parametrize("text", [
    "2023年8月，美国、日本和韩国发表联合声明。三国将改进沟通机制：至少每年举行一次领导人会晤；发起“三边海洋对话”；建立三边危机热线。",
    "2023年8月，美國、日本和韓國發表聯合聲明。三國將改進溝通機制：至少每年舉行一次領導人會晤；發起「三邊海洋對話」；建立三邊危機熱線。",
])
def test_items_of_a_list_of_commitments_are_planned(tools, text) -> None:
    resolver, extractor = tools
    evs = [e for e in events(tools, text) if e.type in ("CONSULT", "ESTABLISH") and "2023" not in (e.date or "")]
    assert evs and all(e.modality == "planned" for e in evs)


@pytest.mark.parametrize("text", [
    "两国将增加对乌克兰的支持；向菲律宾部署无人机；2023年5月，日本已向越南提供巡逻艇。",
    "兩國將增加對烏克蘭的支持；向菲律賓部署無人機；2023年5月，日本已向越南提供巡邏艇。",
])
def test_a_promise_carries_over_its_list_until_a_dated_item(tools, text) -> None:
    got = {e.type: e.modality for e in events(tools, text)}
    assert got.get("MOBILIZE") == "planned" and got.get("AID") == "asserted"


@pytest.mark.parametrize("text, etype", [
    ("美国和澳大利亚进行政策沟通的主要机制包括“战略对话”和“部长级磋商”。", "CONSULT"),
    ("美國和澳大利亞進行政策溝通的主要機制包括「戰略對話」和「部長級磋商」。", "CONSULT"),
    ("美国与日本之间进行的这些政策对话有助于塑造地区秩序。", "CONSULT"),
    ("1981年，东盟环境部长级会议（AMME）正式成立。", "CONSULT"),
    ("北约文件称，应加强与印太地区伙伴的对话与合作。", "CONSULT"),
    ("美國還通過增加聯合演習強化與日本的合作。", "COOPERATE"),
    ("美日等国炒作“越南的今天就是菲律宾的明天”论调。", "ACCUSE"),
])
def test_more_nouns_that_tell_no_happening(tools, text, etype) -> None:
    assert etype not in types(tools, text)


@pytest.mark.parametrize("text", [
    "2023年4月，美国和菲律宾发表联合声明，重申同盟承诺；坚决反对在南海的挑衅性行动。",
    "2023年4月，美國和菲律賓發表聯合聲明，重申同盟承諾；堅決反對在南海的挑釁性行動。",
])
def test_a_list_item_continues_the_subject_and_date_of_the_item_before(tools, text) -> None:
    got = [(e.type, sorted(a.key() for a in e.actors), e.date) for e in events(tools, text) if e.type == "ACCUSE"]
    assert got == [("ACCUSE", ["PHL", "USA"], "2023-04")]


def test_a_list_item_prefers_the_carried_subject_to_an_object_named_before_it(tools) -> None:
    text = "2023年3月，美国和日本发表联合声明；致力于应对破坏联合国体系的企图，坚决反对单方面改变现状的行动。"
    got = [sorted(a.key() for a in e.actors) for e in events(tools, text) if e.type == "ACCUSE"]
    assert got == [["JPN", "USA"]]


@pytest.mark.parametrize("text, expected", [
    ("2023年5月，岸田文雄访问纽约。", ("CONSULT", ["JPN"], ["USA"])),
    ("2023年5月，岸田文雄訪問紐約。", ("CONSULT", ["JPN"], ["USA"])),
    ("2023年3月，岸田文雄继美国总统之后访问越南。", ("CONSULT", ["JPN"], ["VNM"])),
    ("2023年3月，岸田文雄繼美國總統之後訪問越南。", ("CONSULT", ["JPN"], ["VNM"])),
    ("2023年，日越关系升级为全面战略伙伴关系，日本承诺向越提供巡逻艇。", ("AID", ["JPN"], ["VNM"])),
    ("2023年，日越關係升級為全面戰略夥伴關係，日本承諾向越提供巡邏艇。", ("AID", ["JPN"], ["VNM"])),
])
def test_hosts_named_by_a_city_or_an_abbreviation_and_parties_only_followed(tools, text, expected) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == expected[0]]
    assert got == [expected]


@pytest.mark.parametrize("text, expected", [
    # every gathering and place of a coordinated setting frames the talks; none takes part
    ("2022年11月，美国和日本在纽约联合国大会和广岛东盟地区论坛会议期间举行磋商。", ("CONSULT", ["JPN", "USA"], [])),
    ("2022年11月，美國和日本在紐約聯合國大會和廣島東盟地區論壇會議期間舉行磋商。", ("CONSULT", ["JPN", "USA"], [])),
    # a state named as a question (越南问题) is the topic of the talks, not a party
    ("1990年，中国参加了斡旋越南问题的国际谈判。", ("CONSULT", ["CHN"], [])),
    ("1990年，中國參加了斡旋越南問題的國際談判。", ("CONSULT", ["CHN"], [])),
])
def test_settings_and_topics_are_not_parties(tools, text, expected) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == expected[0] and x[1] == expected[1]]
    assert got == [expected]


def test_an_enumerated_sentence_without_a_party_continues_the_topic(tools) -> None:
    text = "2022年，美国发布新的国家安全战略。一是将竞争重点集中到科技领域，对中国能力的增长采取限制措施，实施出口管制新规。"
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == "SANCTION"]
    assert got == [("SANCTION", ["USA"], ["CHN"])]


@pytest.mark.parametrize("text", [
    "2023年5月，日本承诺将为越南继续提供人道主义援助、财政支持等支持。",
    "2023年5月，日本承諾將為越南繼續提供人道主義援助、財政支持等支持。",
])
def test_the_nouns_a_verb_of_giving_governs_make_one_aid_to_the_beneficiary(tools, text) -> None:
    got = [x for x in summary(events(tools, text)) if x[0] == "AID"]
    assert got == [("AID", ["JPN"], ["VNM"], "planned")]


@pytest.mark.parametrize("text", [
    "最早在2027年，美国和日本计划开始常规武装核动力潜艇轮驻澳大利亚。",
    "最早在2027年，美國和日本計劃開始常規武裝核動力潛艇輪駐澳大利亞。",
])
def test_a_plan_reaches_a_long_verb_phrase_and_takes_its_earliest_date(tools, text) -> None:
    got = [(e.modality, e.date) for e in events(tools, text) if e.type == "MOBILIZE"]
    assert got == [("planned", "2027")]


@pytest.mark.parametrize("text", [
    "2022年10月，美国与英国宣布启动美英技术和数据全面对话。",
    "2022年10月，美國與英國宣佈啟動美英技術和數據全面對話。",
])
def test_launching_a_dialogue_is_no_session(tools, text) -> None:
    got = types(tools, text)
    assert "CONSULT" not in got and "ESTABLISH" in got


@pytest.mark.parametrize("text", [
    "美日领导人会晤联合声明明确了合作重点。",
    "美日領導人會晤聯合聲明明確了合作重點。",
    "这也是第三次面对面的“四边安全对话”领导人峰会。",
    "无论美国与日本等盟国的双边经济政策磋商，还是其他安排，都将影响地区秩序。",
])
def test_a_meeting_named_in_a_document_title_description_or_noun_phrase_is_no_new_meeting(tools, text) -> None:
    assert "CONSULT" not in types(tools, text)


@pytest.mark.parametrize("text", [
    "2023年11月，美国和日本在东盟地区论坛峰会期间举行会谈。",
    "2023年11月，美國和日本在東盟地區論壇峰會期間舉行會談。",
])
def test_a_gathering_framing_talks_is_one_event_of_its_own(tools, text) -> None:
    got = sorted(tuple(sorted(a.key() for a in e.actors)) for e in events(tools, text) if e.type == "CONSULT")
    assert got == [("JPN", "USA"), ("arf",)]


@pytest.mark.parametrize("text, expected", [
    ("2023年1月，美国、日本和韩国就限制向中国出口芯片设备达成协议。", ["JPN", "KOR", "USA"]),
    ("2023年1月，美國、日本和韓國就限制向中國出口芯片設備達成協議。", ["JPN", "KOR", "USA"]),
])
def test_the_topic_of_talks_after_jiu_names_no_party(tools, text, expected) -> None:
    got = [sorted(a.key() for a in e.actors if a.kind == "state") for e in events(tools, text) if e.type == "AGREE"]
    assert got == [expected]


@pytest.mark.parametrize("text, name", [
    ("2023年7月，美国国务卿与印尼外长在雅加达举行美国-印尼海洋合作对话并发表联合声明。", "美国-印尼海洋合作对话"),
    ("2023年7月，美國國務卿與印尼外長在雅加達舉行美國-印尼海洋合作對話並發表聯合聲明。", "美国-印尼海洋合作对话"),
])
def test_an_unquoted_session_name_that_begins_with_its_parties(tools, text, name) -> None:
    evs = [e for e in events(tools, text) if e.type == "CONSULT"]
    assert len(evs) == 1 and "x:" + name in [a.id for a in evs[0].actors]


@pytest.mark.parametrize("text", [
    "2023年1月，美日“安全磋商委员会”会议发表联合声明。",
    "2023年1月，美日「安全磋商委員會」會議發表聯合聲明。",
])
def test_the_states_agree_and_their_mechanism_is_the_occasion(tools, text) -> None:
    got = [sorted(a.key() for a in e.actors) for e in events(tools, text) if e.type == "AGREE"]
    assert got == [["JPN", "USA"]]
    consult = [sorted(a.key() for a in e.actors) for e in events(tools, text) if e.type == "CONSULT"]
    assert all("us-japan-2plus2" in c for c in consult)


@pytest.mark.parametrize("text", [
    "据报道，两国职能部门即将开展新的磋商，美国国务卿将于2023年初访华。",
    "據報道，兩國職能部門即將開展新的磋商，美國國務卿將於2023年初訪華。",
])
def test_a_light_verb_meeting_does_not_hide_a_visit_told_in_a_later_clause(tools, text) -> None:
    got = [(x[0], x[1], x[2], x[3]) for x in summary(events(tools, text)) if x[2]]
    assert ("CONSULT", ["USA"], ["CHN"], "planned") in got


@pytest.mark.parametrize("text", [
    "三国承诺迅速举行海上联合演习，致力于实现防务演习规范化。",
    "三國承諾迅速舉行海上聯合演習，致力於實現防務演習規範化。",
])
def test_a_trigger_qualifying_an_abstract_noun_is_no_second_event(tools, text) -> None:
    resolver, extractor = tools
    text = "2023年8月，美国、日本和韩国发表联合声明。" + text
    assert [e.type for e in events(tools, text)].count("COOPERATE") <= 1


@pytest.mark.parametrize("text, expected", [
    ("本报告就今后五年的工作提出以下建议。\n\n1.1 中国与越南举行外长会谈，推动合作。\n\n1.2 推进中国加入东盟地区论坛。\n", "proposed"),
    ("本報告就今後五年的工作提出以下建議。\n\n1.1 中國與越南舉行外長會談，推動合作。\n\n1.2 推進中國加入東盟地區論壇。\n", "proposed"),
    ("以下是两国关系的主要进展。\n\n1.1 中国与越南举行外长会谈，推动合作。\n", "asserted"),
])
def test_numbered_items_after_an_announcement_of_recommendations_are_proposed(tools, text, expected) -> None:
    got = {e.modality for e in events(tools, text) if e.type == "CONSULT"}
    assert got == {expected}


@pytest.mark.parametrize("text, expected", [
    ("2023年5月，美国、日本和韩国就南海问题表达了各自的看法，并呼吁中国全面遵守仲裁裁决。", ("ACCUSE", ["JPN", "KOR", "USA"], ["CHN"])),
    ("2023年5月，美國、日本和韓國就南海問題表達了各自的看法，並呼籲中國全面遵守仲裁裁決。", ("ACCUSE", ["JPN", "KOR", "USA"], ["CHN"])),
    ("2023年12月，美国和菲律宾表达了对中国危险行为的关切。", ("ACCUSE", ["PHL", "USA"], ["CHN"])),
    ("2023年12月，美國和菲律賓表達了對中國危險行為的關切。", ("ACCUSE", ["PHL", "USA"], ["CHN"])),
])
def test_calls_to_comply_and_voiced_concern_about_a_party_are_accusations(tools, text, expected) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == "ACCUSE"]
    assert got == [expected]


@pytest.mark.parametrize("text", [
    "两国将在共同关切的问题上加强协调。",
    "印尼呼吁各方加强合作。",
])
def test_shared_concerns_and_general_appeals_are_no_accusation(tools, text) -> None:
    assert "ACCUSE" not in types(tools, text)


def test_a_date_qualifying_the_object_does_not_date_the_call(tools) -> None:
    text = "2023年12月13日，美国和菲律宾呼吁中国遵守2016年7月的仲裁裁决。"
    got = [(e.type, e.date) for e in events(tools, text) if e.type == "ACCUSE"]
    assert got == [("ACCUSE", "2023-12-13")]


@pytest.mark.parametrize("text, absent", [
    ("2023年6月，美国与新加坡讨论了建立技术对话的问题。", "ESTABLISH"),
    ("2023年6月，美國與新加坡討論了建立技術對話的問題。", "ESTABLISH"),
    ("2023年1月，日本与东盟探讨了日本定期参加东盟地区论坛会议的可能性。", "JOIN"),
])
def test_a_topic_discussed_is_no_act(tools, text, absent) -> None:
    got = types(tools, text)
    assert absent not in got and got.count("CONSULT") <= 1


@pytest.mark.parametrize("text", [
    "2021年，日本防卫省组队参加东盟地区论坛演习，并成为演习的正式成员。",
    "2021年，日本防衛省組隊參加東盟地區論壇演習，並成為演習的正式成員。",
])
def test_a_drill_word_qualifying_another_noun_is_no_second_drill(tools, text) -> None:
    got = types(tools, text)
    assert "MOBILIZE" not in got and got.count("COOPERATE") == 1


@pytest.mark.parametrize("text", [
    "2022年，美国掏空“一个中国”政策，激活“以台制华”，继续向台湾出售武器。",
    "2022年，美國掏空「一個中國」政策，激活「以台制華」，繼續向臺灣出售武器。",
])
def test_parties_named_inside_a_quoted_slogan_are_not_subjects(tools, text) -> None:
    got = [x[:3] for x in summary(events(tools, text)) if x[0] == "AID"]
    assert got == [("AID", ["USA"], ["TWN"])]


@pytest.mark.parametrize("text", [
    "2022年11月，拜登承诺不寻求强化同盟关系反对中国。",
    "2022年11月，拜登承諾不尋求強化同盟關係反對中國。",
])
def test_an_abstract_negated_pledge_is_no_event(tools, text) -> None:
    assert "ACCUSE" not in types(tools, text)


@pytest.mark.parametrize("text", [
    "此外，日本2023财年还制定了向东盟派驻外交使团、定期参加东盟地区论坛会议等计划。",
    "此外，日本2023財年還制定了向東盟派駐外交使團、定期參加東盟地區論壇會議等計劃。",
])
def test_acts_listed_as_the_content_of_a_plan_are_planned(tools, text) -> None:
    got = [e.modality for e in events(tools, text) if e.type == "CONSULT"]
    assert got == ["planned"]


@pytest.mark.parametrize("text", [
    "2019年5月15日，美国商务部宣布将华为列入实体清单。",
    "2019年5月15日，美國商務部宣布將華為列入實體清單。",
])
def test_a_firm_takes_part_as_its_home_state(text) -> None:
    """The ontology resolves firms to their home state: the recipient keeps the firm's id and
    carries the state it stands for in `country` (as a person does)."""
    from event_helpers import full_events

    sanctions = [e for e in full_events(text) if e.type == "SANCTION"]
    assert sanctions
    firm = next(p for p in sanctions[0].recipients if p.kind == "company")
    assert firm.country == "CHN" and firm.key() == "CHN"


@pytest.mark.parametrize("text, modality", [
    ("2023年11月，中美两国元首有望在APEC会议期间会晤。", "planned"),
    ("2023年11月，中美兩國元首有望在APEC會議期間會晤。", "planned"),
    ("2023年11月，中美两国元首在APEC会议期间举行会晤。", "asserted"),
    ("2023年11月，中美两国元首未在APEC会议期间会晤。", "asserted"),
])
def test_a_gathering_framing_only_planned_acts_is_planned(text, modality) -> None:
    from event_helpers import full_events

    apec = [e for e in full_events(text) if any(p.id == "apec" for p in e.actors)]
    assert apec and apec[0].modality == modality


@pytest.mark.parametrize("text", [
    "2024年3月，日方表示不排除对俄追加制裁的可能。",
    "2024年3月，日方表示不排除對俄追加制裁的可能。",
])
def test_the_target_of_a_relative_clause_is_not_its_agent(text) -> None:
    from event_helpers import full_events

    sanction = next(e for e in full_events(text) if e.type == "SANCTION")
    assert [p.id for p in sanction.actors] == ["JPN"] and [p.id for p in sanction.recipients] == ["RUS"]


@pytest.mark.parametrize("text", [
    "2024年3月，日本计划向菲律宾提供巡逻船。",
    "2024年3月，日本計劃向菲律賓提供巡邏船。",
    "2024年3月，据报道，朝鲜向俄罗斯提供了炮弹。",
])
def test_goods_named_after_provide_make_it_aid(text) -> None:
    from event_helpers import full_events

    assert [e.type for e in full_events(text)] == ["AID"]


@pytest.mark.parametrize("text", [
    "2024年6月19日，俄罗斯总统普京与到访的朝鲜领导人金正恩举行会谈。",
    "2024年6月19日，俄羅斯總統普丁與到訪的北韓領導人金正恩舉行會談。",
])
def test_the_visiting_party_after_de_is_the_visitor(text) -> None:
    from event_helpers import full_events

    visit = next(e for e in full_events(text) if e.type == "CONSULT")
    assert [p.key() for p in visit.actors] == ["PRK"] and [p.key() for p in visit.recipients] == ["RUS"]


@pytest.mark.parametrize("text, accuser, target", [
    ("2024年5月9日，中国外交部发言人毛宁就美国对台军售表示强烈不满。", "CHN", "USA"),
    ("2024年5月9日，中國外交部發言人毛寧就美國對台軍售表示強烈不滿。", "CHN", "USA"),
    ("2023年8月24日，中方就日本排放核污染水一事向日方提出严正交涉。", "CHN", "JPN"),
    ("2024年4月，美國國務院就中國對台軍演表示關切。", "USA", "CHN"),
])
def test_a_complaint_about_a_topic_targets_the_topics_agent(text, accuser, target) -> None:
    from event_helpers import full_events

    evs = full_events(text)
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert [p.key() for p in accuse.actors] == [accuser] and [p.key() for p in accuse.recipients] == [target]
    # an act told inside the 就-phrase is its agent's, never the speaker's
    assert all(accuser not in [p.key() for p in e.actors] for e in evs if e is not accuse)


@pytest.mark.parametrize("text", [
    "2024年5月23日，中国人民解放军东部战区对台湾举行联合演习。",
    "2024年5月23日，解放軍針對台灣舉行聯合軍演。",
])
def test_a_drill_aimed_at_a_party_is_a_show_of_force(text) -> None:
    from event_helpers import full_events

    ev = next(e for e in full_events(text) if e.type in ("COOPERATE", "MOBILIZE"))
    assert ev.type == "MOBILIZE" and [p.key() for p in ev.actors] == ["CHN"] and [p.key() for p in ev.recipients] == ["TWN"]


def test_a_joint_drill_of_partners_stays_cooperation() -> None:
    from event_helpers import full_events

    ev = next(e for e in full_events("2024年4月，美菲举行“肩并肩”联合军演。") if e.type in ("COOPERATE", "MOBILIZE"))
    assert ev.type == "COOPERATE" and {p.key() for p in ev.actors} == {"USA", "PHL"}


@pytest.mark.parametrize("text, source", [
    ("2024年5月1日，日本防卫省称，中国海军舰艇穿越宫古海峡。", "日本防卫省"),
    ("2024年5月1日，日本防衛省稱，中國海軍艦艇穿越宮古海峽。", "日本防衛省"),
    ("2024年5月1日，日本防卫省表示，日本将向菲律宾提供雷达。", None),  # its own act: no attribution
])
def test_a_claim_about_another_partys_act_keeps_its_claimant(text, source) -> None:
    from event_helpers import full_events

    ev = full_events(text)[0]
    assert ev.source == source


@pytest.mark.parametrize("text", [
    "2021年9月15日，澳大利亚、英国和美国三国领导人宣布建立AUKUS。",
    "2021年9月15日，澳洲、英國和美國三國領導人宣布建立AUKUS。",
])
def test_the_grouping_founded_is_not_its_own_founder(text) -> None:
    from event_helpers import full_events

    ev = next(e for e in full_events(text) if e.type == "ESTABLISH")
    assert ev.object["id"] == "aukus" and {p.key() for p in ev.actors} == {"AUS", "GBR", "USA"}


@pytest.mark.parametrize("text, parties", [
    ("2013年印尼APEC会议通过《APEC互联互通框架》。", {"apec"}),
    ("1995年，亞太經合組織在日本大阪會議提出《大阪行動議程》。", {"apec"}),
    ("2023年，中国东盟峰会在雅加达举行。", {"CHN", "asean"}),  # a partner, not a host
])
def test_the_host_named_before_a_bodys_meeting_is_its_venue(text, parties) -> None:
    from event_helpers import full_events

    evs = full_events(text)
    assert evs and all({p.key() for p in e.actors} == parties for e in evs)


@pytest.mark.parametrize("text", [
    "2020年11月15日，东盟十国与中日韩澳新正式签署《区域全面经济伙伴关系协定》。\n\n《区域全面经济伙伴关系协定》于2022年1月1日正式生效。",
    "2020年11月15日，東盟十國與中日韓澳新正式簽署《區域全面經濟夥伴關係協定》。\n\n《區域全面經濟夥伴關係協定》於2022年1月1日正式生效。",
])
def test_entry_into_force_told_later_is_the_agreements_effective_date(text) -> None:
    from event_helpers import full_events

    evs = full_events(text)
    agree = [e for e in evs if e.type == "AGREE"]
    assert len(agree) == 1 and agree[0].date == "2020-11-15" and agree[0].effective == "2022-01-01"
    assert len(agree[0].evidence) == 2 and not [e for e in evs if e.type == "POLICY"]


@pytest.mark.parametrize("text", [
    "2023年8月18日，美日韩三国领导人发表《戴维营原则》和《戴维营精神》。",
    "2023年8月18日，美日韓三國領導人發表《戴維營原則》和《戴維營精神》。",
])
def test_each_document_issued_after_a_bracketed_trigger(text) -> None:
    from event_helpers import full_events

    assert len([e for e in full_events(text) if e.type == "AGREE"]) == 2


@pytest.mark.parametrize("text", [
    "2024年9月，日本首相岸田文雄出席在纽约举行的联合国大会。",
    "2024年9月，日本首相岸田文雄出席在紐約舉行的聯合國大會。",
])
def test_attending_a_body_that_meets_is_a_session_of_it(text) -> None:
    from event_helpers import full_events

    ev = next(e for e in full_events(text) if e.type == "CONSULT")
    assert {p.key() for p in ev.actors} == {"JPN", "un-general-assembly"}


@pytest.mark.parametrize("text", [
    "2024年6月19日，金正恩与普京签署《全面战略伙伴关系条约》。",
    "2024年6月19日，金正恩與普丁簽署《全面戰略夥伴關係條約》。",
])
def test_a_treaty_creating_a_partnership_is_also_an_alignment(text) -> None:
    from event_helpers import full_events

    evs = full_events(text)
    align = [e for e in evs if e.type == "ALIGN"]
    assert [e.type for e in evs].count("AGREE") == 1 and len(align) == 1
    assert align[0].label == "全面战略伙伴关系" and {p.key() for p in align[0].actors} == {"PRK", "RUS"}


def test_an_economic_partnership_agreement_is_no_alignment() -> None:
    from event_helpers import full_events

    evs = full_events("2005年，新西兰、智利、新加坡、文莱四国签订《跨太平洋战略经济伙伴关系协定》。")
    assert "AGREE" in [e.type for e in evs] and "ALIGN" not in [e.type for e in evs]


@pytest.mark.parametrize("text", ["2023年10月，美国向中东增派航母打击群。", "2023年10月，美國向中東增派航母打擊群。"])
def test_a_region_word_is_no_abbreviated_recipient(text) -> None:
    from event_helpers import full_events

    ev = next(e for e in full_events(text) if e.type == "MOBILIZE")
    assert [p.key() for p in ev.actors] == ["USA"] and ev.recipients == []


@pytest.mark.parametrize("text, etype", [
    ("2024年6月，俄罗斯核潜艇抵达古巴哈瓦那港。", "MOBILIZE"),
    ("2024年6月，俄羅斯核潛艇抵達古巴哈瓦那港。", "MOBILIZE"),
    ("2024年6月，俄罗斯总统抵达古巴。", "CONSULT"),
    ("2024年6月，俄羅斯總統抵達古巴。", "CONSULT"),
])
def test_forces_or_an_official_arriving(text, etype) -> None:
    from event_helpers import full_events

    evs = full_events(text)
    assert [e.type for e in evs] == [etype]
    assert [p.key() for p in evs[0].actors] == ["RUS"] and [p.key() for p in evs[0].recipients] == ["CUB"]


@pytest.mark.parametrize("text, expected", [
    ("2023年12月，中国与越南宣布构建具有战略意义的中越命运共同体。", [("ALIGN", {"CHN", "VNM"})]),
    ("2023年12月，中國與越南宣布構建具有戰略意義的中越命運共同體。", [("ALIGN", {"CHN", "VNM"})]),
    ("2019年9月，所罗门群岛与台湾断交，转而与中国建交。", [("ALIGN", {"SLB", "TWN"}), ("ALIGN", {"SLB", "CHN"})]),
    ("2019年9月，索羅門群島與台灣斷交，轉而與中國建交。", [("ALIGN", {"SLB", "TWN"}), ("ALIGN", {"SLB", "CHN"})]),
])
def test_announced_communities_and_switched_recognition(text, expected) -> None:
    from event_helpers import full_events

    assert [(e.type, {p.key() for p in e.actors}) for e in full_events(text)] == expected


@pytest.mark.parametrize("text", [
    "2024年12月2日，美国商务部宣布，将140家中国企业列入实体清单，并收紧对高带宽存储芯片的出口管制。",
    "2024年12月2日，美國商務部宣布，將140家中國企業列入實體清單，並收緊對高頻寬記憶體晶片的出口管制。",
])
def test_the_announcer_acts_in_the_clauses_it_announces(text) -> None:
    from event_helpers import full_events

    sanctions = [e for e in full_events(text) if e.type == "SANCTION"]
    assert len(sanctions) == 2 and all([p.key() for p in e.actors] == ["USA"] for e in sanctions)
    assert [p.key() for p in sanctions[0].recipients] == ["CHN"]


@pytest.mark.parametrize("text, found", [
    ("2024年12月，若美方持续加码，北京或会以限制稀土出口作为反制。", True),
    ("2024年12月，若美方持續加碼，北京或會以限制稀土出口作為反制。", True),
    ("这一策略将通过技术限制、投资审查、出口管制等手段加以实现。", False),
    ("地理条件限制了两国合作的空间。", False),
])
def test_restricting_exports_is_a_sanction(text, found) -> None:
    from event_helpers import full_events

    assert any(e.type == "SANCTION" and e.trigger == "限制" for e in full_events(text)) is found


@pytest.mark.parametrize("text", [
    "2021年9月15日，美英澳宣布建立AUKUS，澳大利亚随即撕毁与法国签订的潜艇合同。法国召回驻美、驻澳大使以示抗议，中方次日也批评三国搞“小圈子”。",
    "2021年9月15日，美英澳宣布建立AUKUS，澳洲隨即撕毀與法國簽訂的潛艇合同。法國召回駐美、駐澳大使以示抗議，中方次日也批評三國搞「小圈子」。",
])
def test_three_states_named_together_and_envoys_recalled(text) -> None:
    from event_helpers import full_events

    accuse = [e for e in full_events(text) if e.type == "ACCUSE"]
    protest = next(e for e in accuse if [p.key() for p in e.actors] == ["FRA"])
    assert {p.key() for p in protest.recipients} == {"USA", "AUS"}
    china = next(e for e in accuse if [p.key() for p in e.actors] == ["CHN"])
    assert {p.key() for p in china.recipients} == {"USA", "GBR", "AUS"}


@pytest.mark.parametrize("text", [
    "2024年10月，美国国务院批准对台出售总额约20亿美元的防空导弹系统。中国外交部表示强烈不满并提出严正交涉。",
    "2024年10月，美國國務院批准對台出售總額約20億美元的防空飛彈系統。中國外交部表示強烈不滿並提出嚴正交涉。",
])
def test_a_news_reaction_answers_the_act_told_just_before(text) -> None:
    from event_helpers import full_events

    evs = full_events(text)
    aid = next(e for e in evs if e.type == "AID")  # 总额约20亿美元的: the value of the deal, no statistic
    assert [p.key() for p in aid.actors] == ["USA"] and [p.key() for p in aid.recipients] == ["TWN"]
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert [p.key() for p in accuse.recipients] == ["USA"] and accuse.date == "2024-10"


def test_an_essay_reaction_without_cue_is_not_guessed() -> None:
    from event_helpers import full_events

    long_para = ("2024年10月，美国批准对台出售防空导弹系统。" + "这一动向反映了地区安全格局的深刻变化，值得持续关注和深入研究。" * 6
                 + "中国外交部表示强烈不满。")
    accuse = next(e for e in full_events(long_para) if e.type == "ACCUSE")
    assert accuse.recipients == []


@pytest.mark.parametrize("text", [
    "2022年7月28日，习近平与拜登通电话，就佩洛西可能访台一事警告“玩火必自焚”。",
    "2022年7月28日，習近平與拜登通電話，就裴洛西可能訪台一事警告「玩火必自焚」。",
])
def test_the_partner_of_a_call_is_who_is_warned(text) -> None:
    from event_helpers import full_events

    threat = next(e for e in full_events(text) if e.type == "THREATEN")
    assert [p.key() for p in threat.actors] == ["CHN"] and [p.key() for p in threat.recipients] == ["USA"]


@pytest.mark.parametrize("text", [
    "2025年4月4日，北京方面宣布对原产于美国的所有进口商品加征34%关税；商务部同日将11家美国企业列入不可靠实体清单。",
    "2025年4月4日，北京方面宣布對原產於美國的所有進口商品加徵34%關稅；商務部同日將11家美國企業列入不可靠實體清單。",
])
def test_a_semicolon_item_with_an_unnamed_subject_continues_the_item_before(text) -> None:
    from event_helpers import full_events

    sanctions = [e for e in full_events(text) if e.type == "SANCTION"]
    assert len(sanctions) == 2 and all([p.key() for p in e.actors] == ["CHN"] and [p.key() for p in e.recipients] == ["USA"]
                                       for e in sanctions)


@pytest.mark.parametrize("text", [
    "2025年4月8日，中国商务部回应，美方升级关税是“错上加错”，中方将“奉陪到底”。",
    "2025年4月8日，中國商務部回應，美方升級關稅是「錯上加錯」，中方將「奉陪到底」。",
])
def test_a_threat_after_naming_the_other_side_is_aimed_at_it(text) -> None:
    from event_helpers import full_events

    threat = next(e for e in full_events(text) if e.type == "THREATEN")
    assert [p.key() for p in threat.actors] == ["CHN"] and [p.key() for p in threat.recipients] == ["USA"]

