"""Events of one type missed beside events of other types (the type13 round): arms exported, missions
opened, and the other patterns where a second happening of the sentence, or the right type for its
trigger, was lost. Every sentence was written for these tests, in simplified and traditional script,
and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


@pytest.mark.parametrize("text, giver, receiver", [
    ("2024年4月，印度向菲律宾出口一批岸基反舰导弹。", "IND", "PHL"),
    ("2024年4月，印度向菲律賓出口一批岸基反艦飛彈。", "IND", "PHL"),
    ("2022年8月，韩国向波兰出口数百辆坦克和自行火炮。", "KOR", "POL"),
    ("2023年，俄罗斯向朝鲜输出防空导弹和雷达。", "RUS", "PRK"),
])
def test_arms_exported_to_a_state_are_a_transfer(text: str, giver: str, receiver: str) -> None:
    got = of_type(events(text), "AID")
    assert any(keys(e.actors) == [giver] and keys(e.recipients) == [receiver] and e.modality == "asserted" for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年12月，日本内阁决定向美国出口一批地对空导弹。",
    "2023年12月，日本內閣決定向美國出口一批地對空飛彈。",
    "2023年12月，日本修改装备转移规则，允许向美国出口所需弹药。",
])
def test_an_arms_export_decided_or_allowed_is_planned(text: str) -> None:
    got = of_type(events(text), "AID")
    assert any(keys(e.recipients) == ["USA"] and e.modality == "planned" and e.date is None for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2024年，欧盟禁止向俄罗斯出口武器和弹药。",
    "2024年，歐盟禁止向俄羅斯出口武器和彈藥。",
    "2024年5月，美国暂停向以色列出口重型炸弹和导弹。",
    "2024年3月，日本决定允许向第三国出口新一代战斗机。",
    "2023年，日本对韩国三种半导体材料实施出口管制。",
    "2023年，韩国武器出口额达到140亿美元。",
])
def test_a_ban_on_exports_exports_to_no_one_or_export_controls_are_no_transfer(text: str) -> None:
    assert not [e for e in events(text) if e.type == "AID"], summary(events(text))
