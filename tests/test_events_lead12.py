"""Probe-found rules of the twelfth session (lead): the parties of an act told after 并 are not those of
the attendance before it; a meeting series resumed (…会议在首尔重启) is held; a pair's second side keeps
its whole name when the rest of it is no generic tail (中国—上海合作组织论坛)."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type

from latticework.actors.matcher import default_matcher


@pytest.mark.parametrize("text, attended, met", [
    ("2023年9月6日，李强在雅加达出席东亚峰会并会见美国副总统哈里斯。", "eas", "USA"),
    ("2024年11月，习近平抵达利马，出席亚太经合组织第三十一次领导人非正式会议并会见拜登总统。", "apec", "USA"),
    ("2023年11月，拜登出席亚太经合组织会议並與印尼總統佐科會談。", "apec", "IDN"),
    ("2024年7月，王毅出席东盟外长会并会晤澳大利亚外长黄英贤。", "asean", "AUS"),
])
def test_the_meeting_after_bing_is_apart_from_the_attendance(text, attended, met) -> None:
    consults = of_type(events(text), "CONSULT")
    attendance = [e for e in consults if attended in keys(e.actors)]
    meeting = [e for e in consults if met in keys(e.actors) + keys(e.recipients)]
    assert attendance and meeting
    assert all(met not in keys(e.actors) + keys(e.recipients) for e in attendance)
    assert all(attended not in keys(e.actors) + keys(e.recipients) for e in meeting)


@pytest.mark.parametrize("text, parties", [
    ("中断四年多的中日韩领导人会议于2024年5月在首尔重启。", {"CHN", "JPN", "KOR"}),
    ("2024年5月，中日韩领导人会议时隔四年半在首尔重启。", {"CHN", "JPN", "KOR"}),
    ("2019年10月，停摆数月的美朝工作层磋商在斯德哥尔摩重启。", {"USA", "PRK"}),
])
def test_a_meeting_series_resumed_is_held(text, parties) -> None:
    held = of_type(events(text), "CONSULT")
    assert len(held) == 1 and parties <= set(keys(held[0].actors))


def test_a_resumed_verb_with_an_object_still_needs_its_meeting_noun_after_it() -> None:
    assert not [e for e in events("2024年5月，两国重启了中断多年的基础设施合作计划。") if e.type == "CONSULT"]


@pytest.mark.parametrize("text, pair", [
    ("2019年10月，美朝工作层磋商在斯德哥尔摩举行。", ["PRK", "USA"]),
    ("2023年，中美高级别对话在华盛顿举行。", ["CHN", "USA"]),
    ("美朝新一轮谈判未能取得进展。", ["PRK", "USA"]),
])
def test_a_pair_before_the_level_or_round_of_its_talks_is_a_compound(text, pair) -> None:
    found = sorted(h.aliases[0].entity for h in default_matcher().find(text) if h.how == "compound")
    assert found == pair


@pytest.mark.parametrize("text, side", [
    ("2024年7月，中国—上海合作组织地方合作论坛在青岛举行。", "上海合作组织"),
    ("中国—上海合作组织峰会", "上海合作组织"),
    ("中国—东盟自贸区", "东盟"),
    ("美国—东盟特别峰会", "东盟"),
])
def test_the_second_side_of_a_pair_is_cut_only_before_a_generic_tail(text, side) -> None:
    found = [text[h.start : h.end] for h in default_matcher().find(text)]
    assert side in found and "上海" not in found


@pytest.mark.parametrize("text, state", [
    ("2024年4月，美国国会通过一项总额950亿美元的对外援助法案。", "USA"),
    ("2019年11月，美国国会通过香港人权与民主法案。", "USA"),
    ("2024年4月，美国参议院以79票赞成通过对乌克兰、以色列和台湾的援助法案。", "USA"),
    ("2023年6月，日本国会正式通过一项修订出入境管理的法律。", "JPN"),
])
def test_a_legislature_passing_a_bill_is_a_policy_act(text, state) -> None:
    acts = of_type(events(text), "POLICY")
    assert keys(acts[0].actors) == [state]


@pytest.mark.parametrize("text", [
    "美国通过芯片法案向本国企业提供补贴。",
    "两国同意通过外交途径解决法律纠纷。",
])
def test_by_way_of_a_law_is_no_law_passed(text) -> None:
    assert not [e for e in events(text) if e.type == "POLICY"]


@pytest.mark.parametrize("text, subject, old, new", [
    ("2024年1月，與我國維持邦交多年的諾魯宣布與台灣斷交，轉與中國建交。", "NRU", "TWN", "CHN"),
    ("2024年1月，与台湾维持“邦交”多年的瑙鲁宣布与台湾断交，并与中国复交。", "NRU", "TWN", "CHN"),
    ("2023年3月，與台灣維持邦交82年的宏都拉斯宣布與台灣斷交，轉與北京建交。", "HND", "TWN", "CHN"),
])
def test_the_partner_in_a_description_of_the_subject_is_no_party(text, subject, old, new) -> None:
    ties = sorted(sorted(keys(e.actors) + keys(e.recipients)) for e in of_type(events(text), "ALIGN"))
    assert ties == sorted([sorted([subject, old]), sorted([subject, new])])


@pytest.mark.parametrize("text, parties, date", [
    ("日本于2023年11月与菲律宾启动《互惠准入协定》谈判，并在次年7月正式签署。", ["JPN", "PHL"], "2024-07"),
    ("澳大利亚与印尼关系近年明显改善。两国2012年开始就防务合作协定进行磋商，2014年正式签署。", ["AUS", "IDN"], "2014"),
    ("中国和格鲁吉亚关系密切。两国2015年启动自由贸易协定谈判，经过三轮谈判后于2017年签署。", ["CHN", "GEO"], "2017"),
])
def test_a_signing_with_no_object_signs_the_document_of_the_talks_before(text, parties, date) -> None:
    signed = of_type(events(text), "AGREE")
    assert sorted(keys(signed[0].actors)) == parties and signed[0].date == date


def test_a_signing_with_no_object_and_no_talks_before_is_none() -> None:
    assert not [e for e in events("2023年11月，日本首相访问菲律宾，并在马尼拉正式签署。") if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "2020年，中方又对葡萄酒加征关税。",
    "2024年，澳大利亚对华葡萄酒出口恢复。",
])
def test_grapes_are_no_portugal(text) -> None:
    hits = [text[h.start : h.end] for h in default_matcher().find(text)]
    assert "葡" not in hits


@pytest.mark.parametrize("text, visitor", [
    ("2022年12月，澳洲外長黃英賢訪京，成為四年來首位訪華的澳洲部長。", "AUS"),
    ("2023年11月，新西兰总理抵京进行正式访问。", "NZL"),
])
def test_jing_after_a_verb_of_visiting_is_beijing(text, visitor) -> None:
    visits = of_type(events(text), "CONSULT")
    assert keys(visits[0].actors) == [visitor] and keys(visits[0].recipients) == ["CHN"]


def test_kyoto_is_no_beijing() -> None:
    text = "1997年，各国代表赴京都出席气候变化会议。"
    assert [h for h in default_matcher().find(text) if h.aliases[0].entity == "CHN"] == []


@pytest.mark.parametrize("text", [
    "2020年，中方對澳洲大麥徵收逾八成的反傾銷及反補貼稅。",
    "2020年5月，中方对澳大利亚大麦征收超过80%的反倾销税。",
])
def test_the_rate_of_a_duty_levied_is_no_statistic(text) -> None:
    duty = of_type(events(text), "SANCTION")
    assert keys(duty[0].actors) == ["CHN"] and keys(duty[0].recipients) == ["AUS"]


@pytest.mark.parametrize("text, actor, target", [
    ("2023年8月，北京取消對澳洲大麥的關稅。", "CHN", "AUS"),
    ("2019年5月，美国撤销对土耳其钢铁加征的关税。", "USA", "TUR"),
    ("2024年3月，中方决定取消对澳大利亚葡萄酒征收的反倾销税和反补贴税。", "CHN", "AUS"),
])
def test_duties_lifted_outright_are_a_policy_act(text, actor, target) -> None:
    eased = of_type(events(text), "POLICY")
    assert keys(eased[0].actors) == [actor] and target in keys(eased[0].recipients)
    assert not [e for e in events(text) if e.type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "东南亚国家既依靠美国提供安全保障，又借助中国市场发展经济。",
    "太平洋岛国长期仰赖澳大利亚提供援助。",
    "许多小国不得不倚重大国提供的安全承诺。",
])
def test_a_giver_relied_on_is_no_aid_given(text) -> None:
    assert not [e for e in events(text) if e.type == "AID"]


def test_aid_given_is_still_aid() -> None:
    assert of_type(events("2023年，美国向菲律宾提供1亿美元军事援助。"), "AID")


def _sources(text: str, etype: str) -> list:
    return [e.source for e in events(text) if e.type == etype]


def test_the_announcer_of_another_partys_act_is_its_source() -> None:
    text = "2025年1月，担任金砖国家轮值主席国的巴西宣布，尼日利亚成为该机制的伙伴国。"
    assert _sources(text, "JOIN") == ["巴西"]


def test_a_time_or_medium_may_stand_between_the_claimant_and_its_verb() -> None:
    text = "2024年3月，菲律宾国家安全委员会发言人其后在社交媒体表示，中国海警船只向菲方补给船发射水炮。"
    assert _sources(text, "COERCE") == ["菲律宾国家安全委员会"]


@pytest.mark.parametrize("text, etype", [
    ("2024年4月，美国国务卿布林肯宣布，美方将向菲律宾提供5亿美元军事融资。", "AID"),
    ("2023年8月，美国总统与韩国总统及日本首相共同宣布，三国将每年举行联合军演。", "COOPERATE"),
])
def test_a_party_announcing_its_own_act_is_no_source(text, etype) -> None:
    assert _sources(text, etype) and all(x is None for x in _sources(text, etype))


def test_a_statement_named_after_its_meeting_is_what_a_signing_verb_heads() -> None:
    evs = events("2024年，印度拒绝签署上合组织防长会议联合声明。")
    assert [e.modality for e in evs if e.type == "AGREE"] == ["negated"]
    assert not [e for e in evs if e.trigger == "签署" and e.type != "AGREE"]


@pytest.mark.parametrize("text, etype", [
    ("2023年，泰国尚未决定是否申请加入金砖国家。", "JOIN"),
    ("2024年，韩国国会将讨论是否批准该协定。", "JOIN"),
    ("2025年，越南正在研究是否与美国举行联合演习。", "COOPERATE"),
])
def test_a_course_still_to_be_settled_is_hypothetical(text, etype) -> None:
    assert [e.modality for e in of_type(events(text), etype)] == ["hypothetical"]
