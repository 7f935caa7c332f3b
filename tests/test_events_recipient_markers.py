"""Roles in context: recipient markers (对 inside 针对 marks none), acts named only as what is opposed or as a day's anchor, a gathering attended apart from the meeting on its sidelines."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "2024年6月，针对美国国务院批准对台出售价值3.6亿美元的无人机，中方表示坚决反对。",
    "2024年6月，針對美國國務院批准對台出售價值3.6億美元的無人機，中方表示堅決反對。",
])
def test_the_dui_of_zhendui_marks_no_recipient(text) -> None:
    sale = [e for e in events(text) if e.type == "AID"]
    assert sale and [a.key() for a in sale[0].actors] == ["USA"] and [r.key() for r in sale[0].recipients] == ["TWN"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年7月12日，外交部发言人表示，中方坚决反对美方对台军售。",
    "2024年7月12日，外交部發言人表示，中方堅決反對美方對台軍售。",
])
def test_an_act_opposed_with_no_time_of_its_own_is_the_content_of_the_opposition(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["ACCUSE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年7月，美国国务院批准对台军售，中方表示坚决反对。",
    "2024年7月12日，中方坚决反对美方昨日宣布的对台军售。",
    "2024年1月9日，近50国外长发表联合声明，谴责朝鲜向俄罗斯移交弹道导弹。",
])
def test_an_act_told_as_happening_stays_an_event(text) -> None:
    evs = events(text)
    assert any(e.type == "AID" for e in evs), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年11月16日，习近平与拜登在利马会晤。会晤前一日，习近平与日本首相石破茂举行会谈。",
    "2024年11月16日，習近平與拜登在利馬會晤。會晤前一日，習近平與日本首相石破茂舉行會談。",
])
def test_an_act_named_to_count_a_day_from_is_no_new_act(text) -> None:
    evs = [e for e in events(text) if e.type == "CONSULT"]
    got = sorted((tuple(sorted(a.key() for a in e.actors)), e.date) for e in evs)
    assert got == [(("CHN", "JPN"), "2024-11-15"), (("CHN", "USA"), "2024-11-16")], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年11月16日，国家主席习近平在利马出席亚太经合组织（APEC）第三十一次领导人非正式会议，并与美国总统拜登举行会晤。",
    "2024年11月16日，國家主席習近平在利馬出席亞太經合組織（APEC）第三十一次領導人非正式會議，並與美國總統拜登舉行會晤。",
])
def test_a_gathering_attended_and_a_meeting_on_its_sidelines_are_two_events(text) -> None:
    evs = [e for e in events(text) if e.type == "CONSULT"]
    got = sorted(tuple(sorted(a.key() for a in e.actors)) for e in evs)
    assert got == [("CHN", "USA"), ("CHN", "apec")], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年12月，越南接待习近平国事访问，双方发表联合声明。",
    "2023年12月，越南接待習近平國是訪問，雙方發表聯合聲明。",
    "2023年9月，越南与美国建立全面战略伙伴关系，并于同年12月接待习近平国事访问。",
])
def test_the_host_receives_the_visitor_named_after_jiedai(text) -> None:
    visit = [e for e in events(text) if e.type == "CONSULT"]
    assert visit and [a.key() for a in visit[0].actors] == ["CHN"] and [r.key() for r in visit[0].recipients] == ["VNM"], summary(events(text))
