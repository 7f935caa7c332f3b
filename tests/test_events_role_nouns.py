"""A state named by its role in giving (援助提供国, 投资国, 贷款国) is described, not acting: no AID; nor is
support given at home (为本土制造业提供补贴). Sentences written for these tests."""

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


@pytest.mark.parametrize("text", [
    "2022年8月，拜登签署《芯片与科学法》，为美国本土半导体制造提供527亿美元补贴。",
    "2023年，日本政府向国内芯片企业提供巨额补贴。",
    "2023年，日本政府向國內晶片企業提供巨額補貼。",
])
def test_support_given_at_home_is_no_aid(text) -> None:
    assert not [e for e in full_events(text) if e.type == "AID"], summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2022年12月，台积电宣布将在美国亚利桑那州投资400亿美元。",
    "2022年12月，台積電宣布將在美國亞利桑那州投資400億美元。",
])
def test_an_investment_in_a_state_s_province_goes_to_the_state(text) -> None:
    aid = [e for e in full_events(text) if e.type == "AID"]
    assert [([a.key() for a in e.actors], [r.key() for r in e.recipients]) for e in aid] == [(["TWN"], ["USA"])], summary(full_events(text))
