"""A state named by its role in giving (援助提供国, 投资国, 贷款国) is described, not acting: no AID.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text", [
    "日本长期是东南亚最大的官方发展援助提供国之一。",
    "日本長期是東南亞最大的官方發展援助提供國之一。",
    "中国是柬埔寨最大的投资国。",
    "中国已成为老挝最大的贷款国和出资国。",
])
def test_a_role_in_giving_is_no_aid(text) -> None:
    assert not [e for e in full_events(text) if e.type == "AID"], summary(full_events(text))


def test_a_gift_told_beside_the_role_noun_is_still_aid() -> None:
    text = "2024年3月，作为最大投资国，日本向越南提供5亿美元贷款。"
    assert [e.type for e in full_events(text) if e.type == "AID"] == ["AID"], summary(full_events(text))
