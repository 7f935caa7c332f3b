"""接收 is an admission only with a membership word after it (接收印度为成员国); receiving submarines,
aircraft or goods is no JOIN. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text", [
    "若澳洲明年按計劃接收美國核潛艇，中澳關係或再起波瀾。",
    "若澳大利亚明年按计划接收美国核潜艇，中澳关系或将再起波澜。",
    "2024年3月，菲律宾接收日本提供的首批海岸监视雷达。",
])
def test_receiving_assets_is_no_admission(text) -> None:
    assert not [e for e in full_events(text) if e.type == "JOIN"], summary(full_events(text))


@pytest.mark.parametrize("text", ["上合组织于2017年接收印度和巴基斯坦为正式成员国。", "上合組織於2017年接收印度和巴基斯坦為正式成員國。"])
def test_receiving_as_members_is_an_admission(text) -> None:
    joins = [e for e in full_events(text) if e.type == "JOIN"]
    assert joins and {a.key() for e in joins for a in e.actors} == {"IND", "PAK"}, summary(full_events(text))
