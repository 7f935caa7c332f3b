"""False alarms of the prec10 round: uses of a trigger that tell no happening (an area of cooperation
named by a long noun phrase, an executive order that only carries the act told after it...).
Sentences written for these tests, in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- a long noun phrase governed by a verb of enhancement names an area -------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，日本与越南同意促进两国企业、大学和研究机构之间更深层次的数据共享、联合研发和共同生产。",
    "2024年3月，日本與越南同意促進兩國企業、大學和研究機構之間更深層次的數據共享、聯合研發和共同生產。",
    "2024年3月，日本与越南外长表示将推动双边出口审查和情报共享。",
    "2024年3月，日本與越南外長表示將推動雙邊出口審查和情報共享。",
])
def test_sharing_at_the_end_of_a_governed_phrase_is_an_area(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "COOPERATE"], summary(evs)


@pytest.mark.parametrize("text", [
    "中方将考虑加大对东盟成员国的技术援助。",
    "中方將考慮加大對東盟成員國的技術援助。",
])
def test_a_governed_phrase_naming_its_recipient_is_still_aid(text) -> None:
    aid = of_type(events(text), "AID")
    assert [r.key() for r in aid[0].recipients] == ["asean"], summary(aid)


@pytest.mark.parametrize("text", [
    "2024年5月，日本与越南在东京举行联合演习。",
    "2024年5月，日本與越南在東京舉行聯合演習。",
])
def test_a_drill_held_is_kept(text) -> None:
    assert of_type(events(text), "COOPERATE")


# --- an executive order with no title carries the act its next clause tells ------------------


@pytest.mark.parametrize("text", [
    "2025年3月3日，美国总统签署行政令，对自墨西哥进口的钢材加征25%关税。",
    "2025年3月3日，美國總統簽署行政令，對自墨西哥進口的鋼材加徵25%關稅。",
])
def test_a_bare_executive_order_is_no_second_event(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "POLICY"], summary(evs)
    sanction = of_type(evs, "SANCTION")[0]
    assert [r.key() for r in sanction.recipients] == ["MEX"]


@pytest.mark.parametrize("text", [
    "2025年3月3日，美国总统签署《关于国家能源紧急状态的行政令》。",
    "2025年3月3日，美國總統簽署《關於國家能源緊急狀態的行政令》。",
])
def test_a_titled_executive_order_is_a_policy(text) -> None:
    assert of_type(events(text), "POLICY")


# --- the act a counter-claim alleges is its content ------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年6月17日，中国海警局发表声明，反指菲方船只蓄意冲撞。",
    "2024年6月17日，中國海警局發表聲明，反指菲方船隻蓄意衝撞。",
])
def test_an_act_a_counter_claim_alleges_is_no_coercion(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "COERCE" and [a.key() for a in e.actors] == ["PHL"]], summary(evs)


# --- a document named again with a demonstrative is the one told before -----------------------


@pytest.mark.parametrize("text", [
    "2023年6月，英国与美国签署《大西洋宣言》，该宣言及其行动计划为两国经济合作奠定了基础。",
    "2023年6月，英國與美國簽署《大西洋宣言》，該宣言及其行動計劃為兩國經濟合作奠定了基礎。",
])
def test_the_declaration_named_again_is_no_second_agreement(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert len(agrees) == 1, summary(agrees)


@pytest.mark.parametrize("text", [
    "2022年，日本相继与菲律宾和泰国签署《防卫装备和技术转移协定》，与日本签署该协定的东南亚国家增至5个。",
    "2022年，日本相繼與菲律賓和泰國簽署《防衛裝備和技術轉移協定》，與日本簽署該協定的東南亞國家增至5個。",
])
def test_who_signed_the_document_told_before_is_a_description(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert sorted(sorted(a.key() for a in e.actors) for e in agrees) == [["JPN", "PHL"], ["JPN", "THA"]], summary(agrees)
