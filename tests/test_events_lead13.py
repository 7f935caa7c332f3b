"""Lead, thirteenth session: patterns found by rewriting development texts (the state before a
title dropped, 美国总统拜登 -> 总统拜登) and comparing the events; sentences in our own words."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text", [
    "2023年9月，拜登访问越南，并签署多项合作协议。",
    "2013年4月，时任国务卿约翰·克里访华，并签署多份合作文件。",
])
def test_a_signing_told_after_a_visit_is_the_visitor_s_and_the_host_s(text):
    agree = [e for e in full_events(text) if e.type == "AGREE"]
    assert agree and len({a.key() for a in agree[0].actors}) == 2, summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2024年9月3日，蒙古国总统在国家宫同来访的俄罗斯总统普京举行会谈。",
    "2024年9月3日，蒙古国总统在国家宫同来访的总统普京举行会谈。",
])
def test_a_travelling_guest_named_by_a_title_before_the_person(text):
    consult = [e for e in full_events(text) if e.type == "CONSULT"]
    assert [(sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients)) for e in consult] == [(["RUS"], ["MNG"])]


@pytest.mark.parametrize("text, date", [
    ("2023年4月10日，美菲举行会谈，确定了同日本开展联合巡逻的计划。", None),  # 同日本: with Japan
    ("2023年4月10日，美菲举行会谈。同日，日本宣布加入联合巡逻。", "2023-04-10"),
    ("2023年4月10日，美菲举行会谈。同日美方宣布向菲方提供援助。", "2023-04-10"),  # 同日 + 美方
    ("2023年4月10日，美菲举行会谈。同日本港股市下跌。", "2023-04-10"),  # 同日 + 本港 (Hong Kong)
])
def test_the_same_day_is_not_with_japan(text, date):
    from latticework.timex import TimeResolver

    last = [t for t in TimeResolver().find(text) if "同日" in t.text]
    assert (last[0].value if last else None) == date


@pytest.mark.parametrize("text", [
    "2023年9月5日至8日，印尼总统对日本进行国事访问。印尼总统与日本首相岸田文雄举行会谈。",
    "2024年6月3日至5日，越南国家主席对老挝进行国事访问。越南国家主席同老挝国家主席举行会谈。",
])
def test_undated_talks_told_right_after_a_visit_fold_into_it(text):
    consult = [e for e in full_events(text) if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].recipients, summary(consult)
