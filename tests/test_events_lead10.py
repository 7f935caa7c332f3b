"""Arms shipped are an arms transfer (AID); a claim by the press or unnamed sources keeps them as its
source; a signing that is the goal of talks (商谈签署) is planned. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary

from latticework.actors.gazetteer import simplify


@pytest.mark.parametrize("text", [
    "2024年10月，朝鲜向俄罗斯运送大量炮弹。",
    "2024年10月，朝鮮向俄羅斯運送大量砲彈。",
    "2024年10月，朝鲜向俄罗斯输送武器弹药。",
])
def test_arms_shipped_to_a_state_are_aid(text) -> None:
    aid = [e for e in full_events(text) if e.type == "AID"]
    assert [(sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients)) for e in aid] == [(["PRK"], ["RUS"])], summary(full_events(text))


def test_goods_shipped_that_are_neither_arms_nor_relief_are_no_aid() -> None:
    assert not [e for e in full_events("2024年10月，朝鲜向俄罗斯运送大批劳工。") if e.type == "AID"]


@pytest.mark.parametrize("text,source", [
    ("韩国媒体称，朝鲜已向俄罗斯运送大量炮弹。", "韩国媒体"),
    ("知情人士说，美国已对多家中国企业实施制裁。", "知情人士"),
    ("菲律賓官員透露，菲方已與日本簽署《互惠准入協定》。", "菲律賓官員"),
])
def test_a_claim_by_unnamed_sources_keeps_them(text, source) -> None:
    evs = full_events(text)  # (sources are given in simplified script, as 据…报道 ones are)
    assert evs and all(e.source == simplify(source) for e in evs), [(e.type, e.source) for e in evs]


@pytest.mark.parametrize("text", ["菲方正与日本商谈签署《互惠准入协定》。", "菲方正與日本洽談簽署《互惠准入協定》。"])
def test_a_signing_the_talks_aim_at_is_planned(text) -> None:
    agree = [e for e in full_events(text) if e.type == "AGREE"]
    assert agree and all(e.modality == "planned" for e in agree), summary(full_events(text))


def test_talks_then_a_signing_stay_two_acts() -> None:
    evs = full_events("2024年7月8日，菲日两国举行商谈，随后签署了《互惠准入协定》。")
    assert [e.modality for e in evs if e.type == "AGREE"] == ["asserted"], summary(evs)
