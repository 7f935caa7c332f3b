"""联合/共同 before the verb that carries out a drill or a patrol makes it joint (lead18): 印度与越南联合实施
海上演练, 中老双方联合开展了湄公河巡逻执法. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from event_helpers import full_events, summary


@pytest.mark.parametrize("text, parties", [
    ("2025年，印度与越南首次在南海联合实施海上演练。", ["IND", "VNM"]),
    ("2023年，中老双方联合开展了湄公河巡逻执法。", ["CHN", "LAO"]),
    ("2023年，中老雙方聯合開展了湄公河巡邏執法。", ["CHN", "LAO"]),
    ("2024年5月，日菲两国海警共同实施搜救演练。", ["JPN", "PHL"]),
])
def test_a_joint_verb_before_a_drill_is_cooperation(text: str, parties: list) -> None:
    got = [s for s in summary(full_events(text)) if s[0] == "COOPERATE"]
    assert got and sorted(got[0][1]) == parties, got


def test_a_joint_verb_before_anything_else_is_no_drill() -> None:
    assert not [s for s in summary(full_events("2024年，中老两国联合开展了人文交流活动。")) if s[0] == "COOPERATE"]
