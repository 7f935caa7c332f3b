"""Troops sent (派兵, 出兵, 调兵) are a deployment of the sender to the state they go to; troops sent to
take part in a drill (派兵参加) are the taking part, and the issue of troops sent (派兵问题) a topic.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text,sender,host", [
    ("2024年10月，朝鲜向俄罗斯派兵约一万人。", "PRK", "RUS"),
    ("2024年10月，朝鮮向俄羅斯派兵。", "PRK", "RUS"),
    ("2015年9月，俄罗斯出兵叙利亚。", "RUS", "SYR"),
])
def test_troops_sent_are_a_deployment(text, sender, host) -> None:
    mob = [e for e in full_events(text) if e.type == "MOBILIZE"]
    assert [([a.key() for a in e.actors], [r.key() for r in e.recipients]) for e in mob] == [([sender], [host])], summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2023年4月，美菲两国举行“肩并肩”联合军演，澳大利亚首次派兵参加。",
    "2024年11月5日，联合国安理会召开会议讨论朝鲜派兵问题。",
])
def test_taking_part_or_a_topic_is_no_deployment(text) -> None:
    assert not [e for e in full_events(text) if e.type == "MOBILIZE"], summary(full_events(text))


def test_a_deployment_condemned_has_no_date_of_its_own() -> None:
    # the condemnation's day is not the day troops were sent; a date in the content stays
    evs = full_events("2024年11月15日，美日韩三国领导人发表联合声明，谴责朝鲜向俄罗斯派兵。")
    assert [(e.date, [a.key() for a in e.actors]) for e in evs if e.type == "MOBILIZE"] == [(None, ["PRK"])], summary(evs)
    evs = full_events("2024年11月15日，美日韩谴责朝鲜10月向俄罗斯派兵。")
    assert [e.date for e in evs if e.type == "MOBILIZE"] == ["2024-10"], summary(evs)


@pytest.mark.parametrize("text", ["2024年5月，日本向西南诸岛增派自卫队。", "2024年5月，日本向西南諸島增派自衛隊。"])
def test_forces_with_no_jun_in_their_name_are_forces(text) -> None:
    assert [e.type for e in full_events(text) if e.type == "MOBILIZE"] == ["MOBILIZE"], summary(full_events(text))


def test_a_practice_of_dispatch_is_no_deployment() -> None:
    text = "从战后日本自卫队的海外派遣中也可以看出，其任务多限于维和与救灾。"
    assert not [e for e in full_events(text) if e.type == "MOBILIZE"], summary(full_events(text))
