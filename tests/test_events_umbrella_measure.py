"""A targetless measure whose clause points back to the target of an umbrella measure told just before
(采取反制措施，将其列入…) details that measure: one event (events/merge._umbrella_of). Sentences written for
these tests."""

from __future__ import annotations

from event_helpers import full_events, summary


def test_a_targetless_measure_pointing_back_is_the_umbrella_measure() -> None:
    # 采取反制措施，将其列入…: one counter-measure, detailed; its list becomes the measure's object
    text = "2024年11月，中国宣布对美国的无人机企业采取反制措施，将其列入不可靠实体清单。"
    evs = [e for e in full_events(text) if e.type == "SANCTION"]
    assert len(evs) == 1 and [r.key() for r in evs[0].recipients] == ["USA"], summary(evs)
    assert evs[0].object and evs[0].object["id"] == "unreliable-entity-list"
    # a second measure of its own (no pointing back) stays two
    text = "2025年3月4日，中方宣布对美国农产品加征关税，并将15家美国企业列入出口管制管控名单。"
    assert len([e for e in full_events(text) if e.type == "SANCTION"]) == 2, summary(full_events(text))
