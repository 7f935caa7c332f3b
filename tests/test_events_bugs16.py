"""Known bugs of the twelfth session, fixed in the thirteenth (bugs16): an approximation after a
planned date (2027年左右, 2026年前后, 2030年上下) keeps the plan cue within reach of its verb; 将 before a
basis (将依…协议, 将根据…, 将按照…) is the future, not the 将 of an object."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


@pytest.mark.parametrize("text, date", [
    ("越南有望在2027年左右与欧盟签署投资保护协定。", "2027"),
    ("新加坡可望於2026年前後與歐盟簽署數位貿易協定。", "2026"),
    ("菲律宾可望在2030年上下与韩国签署自由贸易协定。", "2030"),
])
def test_an_approximate_year_after_a_plan_cue_keeps_the_act_planned(text, date) -> None:
    agreed = of_type(events(text), "AGREE")
    assert [(e.modality, e.date) for e in agreed] == [("planned", date)], summary(agreed)


def test_an_approximate_month_after_a_plan_cue_keeps_the_act_planned_at_its_month() -> None:
    agreed = of_type(events("日本有望2026年3月前后与韩国签署新的安全协定。"), "AGREE")
    assert [(e.modality, e.date) for e in agreed] == [("planned", "2026-03")], summary(agreed)


@pytest.mark.parametrize("text", [
    "韩国将依去年的协议向美国投资3500亿美元。",
    "日本将根据双方协定向菲律宾提供巡逻船。",
    "澳大利亚将按照新的安排向图瓦卢提供援助。",
])
def test_a_basis_after_jiang_keeps_the_act_to_come(text) -> None:
    aid = of_type(events(text), "AID")
    assert [e.modality for e in aid] == ["planned"], summary(aid)


@pytest.mark.parametrize("text, refuser, host", [
    ("2024年10月，印度总理拒绝出席俄罗斯举办的金砖国家峰会。", "IND", "RUS"),
    ("2022年11月，印尼总统未出席柬埔寨主办的东盟峰会。", "IDN", "KHM"),
    ("2023年5月，菲律宾拒絕參加越南主辦的湄公河合作會議。", "PHL", "VNM"),
])
def test_the_host_of_a_gathering_whose_attendance_is_refused_refused_nothing(text, refuser, host) -> None:
    refused = [e for e in of_type(events(text), "CONSULT") if e.modality == "negated"]
    assert len(refused) == 1, summary(refused)
    assert refuser in keys(refused[0].actors) and host not in keys(refused[0].actors)
    assert host in keys(refused[0].recipients), summary(refused)


@pytest.mark.parametrize("text, body, document", [
    ("2023年7月，印度拒绝签署上海合作组织防长会议联合声明。", "sco", "联合声明"),
    ("2024年9月，美国拒绝签署东亚峰会外长会议的联合声明。", "eas", "联合声明"),
    ("2024年8月，澳大利亚拒绝签署太平洋岛国论坛领导人会议的联合公报。", "pacific-islands-forum", "联合公报"),
])
def test_the_meeting_of_a_statement_refused_was_held_and_the_statement_is_refused(text, body, document) -> None:
    evs = events(text)
    meetings = [e for e in of_type(evs, "CONSULT") if body in keys(e.actors)]
    assert meetings and all(e.modality == "asserted" for e in meetings), summary(meetings)
    signed = [e for e in of_type(evs, "AGREE") if e.trigger == document]
    assert signed and all(e.modality == "negated" for e in signed), summary(signed)
