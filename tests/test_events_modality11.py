"""Modality that decides a date (the mod11 round): pledges (承诺, 愿), trips announced with 将,
agreements to act later this year and what an agreement allows from now on are planned, so they
take only a date of their own (gold/events/GUIDELINES.md, modality and dates). Every sentence was
written for these tests, in simplified and traditional script, and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- 将 before a verb of travel: a trip to come, not the object-marking 将 ---------------------


@pytest.mark.parametrize("text", [
    "2025年3月4日，印度外长在新加坡出席论坛。印度外长明日将转赴马来西亚访问。",
    "2025年3月4日，印度外長在新加坡出席論壇。印度外長明日將轉赴馬來西亞訪問。",
    "2025年3月4日，印度外长在新加坡出席论坛。印度外长下周将前往马来西亚访问。",
    "2025年3月4日，印度外長在新加坡出席論壇。印度外長下週將前往馬來西亞訪問。",
])
def test_a_trip_announced_with_jiang_is_planned(text) -> None:
    v = [x for x in of_type(events(text), "CONSULT") if keys(x.recipients) == ["MYS"]]
    assert v and v[0].modality == "planned", summary(events(text))


@pytest.mark.parametrize("text", [
    "2025年3月4日，印度将马来西亚列为优先伙伴。",
    "2025年3月4日，印度將馬來西亞列為優先夥伴。",
])
def test_jiang_marking_an_object_is_no_plan(text) -> None:
    """将 + object + 列为 stays the disposal construction (the trip verbs do not widen it)."""
    assert all(e.modality != "planned" for e in events(text)), summary(events(text))


# --- 承诺: a pledge covers its whole verb phrase, however long ---------------------------------


@pytest.mark.parametrize("text", [
    "2021年6月2日，两国举行部长会议，日方承诺自明年起每个季度定期向越南海警提供培训援助。",
    "2021年6月2日，兩國舉行部長會議，日方承諾自明年起每個季度定期向越南海警提供培訓援助。",
])
def test_a_long_pledge_is_planned_and_not_dated_by_the_meeting(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert a.modality == "planned" and a.date != "2021-06-02", summary([a])


# --- 愿/愿意 before an act: a pledge; 自愿/意愿 are no cue -------------------------------------


@pytest.mark.parametrize("text", [
    "2022年7月8日，韩国总统表示，今后五年韩国政府愿向柬埔寨提供5亿美元贷款。",
    "2022年7月8日，韓國總統表示，今後五年韓國政府願向柬埔寨提供5億美元貸款。",
])
def test_willing_to_provide_is_planned_and_undated(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert a.modality == "planned" and a.date is None, summary([a])


@pytest.mark.parametrize("text", [
    "2022年7月8日，韩国自愿向柬埔寨提供了5亿美元贷款。",
    "2022年7月8日，韓國自願向柬埔寨提供了5億美元貸款。",
])
def test_an_act_done_of_ones_own_will_stays_asserted(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert a.modality == "asserted" and a.date == "2022-07-08", summary([a])


# --- 同意今年…: agreeing to an act later this year -----------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年2月6日，澳大利亚与印尼举行外长会谈，双方同意今年下半年举行联合海上演习。",
    "2024年2月6日，澳大利亞與印尼舉行外長會談，雙方同意今年下半年舉行聯合海上演習。",
])
def test_agreeing_to_drill_later_this_year_is_planned_with_the_year(text) -> None:
    c = of_type(events(text), "COOPERATE")[0]
    assert c.modality == "planned" and c.date == "2024", summary([c])


# --- 今后可: what an agreement allows from now on ------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年9月11日，日本与菲律宾的访问部队协定生效，日本自卫队今后可在菲律宾与菲军举行联合训练。",
    "2024年9月11日，日本與菲律賓的訪問部隊協定生效，日本自衛隊今後可在菲律賓與菲軍舉行聯合訓練。",
])
def test_what_forces_may_do_from_now_on_is_planned(text) -> None:
    c = of_type(events(text), "COOPERATE")[0]
    assert c.modality == "planned" and c.date is None, summary([c])


# --- a quoted name counts as one word between a cue and its verb --------------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，我国应继续通过“南南合作援助基金”向斐济提供防灾援助。",
    "2024年5月，我國應繼續通過「南南合作援助基金」向斐濟提供防災援助。",
    "2024年5月，我國應繼續通過“南南合作援助基金”向斐濟提供防災援助。",
])
def test_should_reaches_across_a_quoted_name(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert a.modality == "proposed" and a.date is None, summary([a])


# --- help pledged for a contingency (遭受…侵略/灾害时) is hypothetical ------------------------------


@pytest.mark.parametrize("text", [
    "2023年11月9日，澳大利亚与斐济签署安全条约，澳方承诺在斐济遭受军事侵略时向斐济提供援助。",
    "2023年11月9日，澳大利亞與斐濟簽署安全條約，澳方承諾在斐濟遭受軍事侵略時向斐濟提供援助。",
    "2023年11月9日，澳大利亚与斐济签署安全条约，斐济遭受重大自然灾害时，澳方将向斐济提供援助。",
    "2023年11月9日，澳大利亞與斐濟簽署安全條約，斐濟遭受重大自然災害時，澳方將向斐濟提供援助。",
])
def test_help_should_a_partner_be_attacked_is_hypothetical(text) -> None:
    evs = events(text)
    a = of_type(evs, "AID")[0]
    assert a.modality == "hypothetical" and a.date is None, summary([a])
    assert of_type(evs, "AGREE")[0].modality == "asserted", summary(evs)


# --- a state left off the founding members is JOIN negated (the guidelines) ----------------------


@pytest.mark.parametrize("text, modality", [
    ("2022年5月23日，美国宣布启动“印太经济框架”，首批13个创始成员国不包括斯里兰卡。", "negated"),
    ("2022年5月23日，美國宣布啟動「印太經濟架構」，首批13個創始成員國不包括斯里蘭卡。", "negated"),
    ("2022年5月23日，美国宣布启动“印太经济框架”，首批创始成员国包括斯里兰卡。", "asserted"),
    ("2022年5月23日，美國宣布啟動「印太經濟架構」，首批創始成員國包括斯里蘭卡。", "asserted"),
])
def test_left_off_the_founding_members_is_negated(text, modality) -> None:
    j = [x for x in of_type(events(text), "JOIN") if keys(x.actors) == ["LKA"]]
    assert j and j[0].modality == modality and j[0].date == "2022-05-23", summary(events(text))
