"""Relations downgraded (降级为/降为 代办级) are ALIGN with the tier they fall to as label; 将与X的关系 before
a verb of disposal is its object, not the future. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text", [
    "2021年11月，立陶宛与中国的外交关系降级为代办级。",
    "2021年11月，中国宣布将与立陶宛的外交关系降为代办级。",
    "2021年11月，中國宣布將與立陶宛的外交關係降為代辦級。",
])
def test_a_downgrade_is_an_alignment_with_its_tier(text) -> None:
    align = [e for e in full_events(text) if e.type == "ALIGN"]
    assert [(sorted(a.key() for a in e.actors), e.label, e.modality) for e in align] == [(["CHN", "LTU"], "代办级", "asserted")], summary(full_events(text))


def test_a_tariff_lowered_is_no_downgrade() -> None:
    assert not [e for e in full_events("2024年，美国将对华关税降为10%。") if e.type == "ALIGN"]


def test_jiang_yu_before_an_upgrade_of_ties_is_no_future() -> None:
    evs = full_events("2024年5月，中国宣布将与巴西的关系提升为全面战略伙伴关系。")
    assert [(e.type, e.modality) for e in evs if e.type == "ALIGN"] == [("ALIGN", "asserted")], summary(evs)
