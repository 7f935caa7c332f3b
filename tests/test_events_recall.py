"""Recall of the document and institution types (AGREE, ESTABLISH, POLICY, AID, JOIN, ALIGN) on
sentences written for these tests, in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.events import default_extractor
from latticework.model import SourceText


def events(text: str, doc_date: str | None = None):
    doc = clean(SourceText("t.txt", text, "txt"))
    return default_extractor().extract(doc, link(doc, doc_date=doc_date), doc_date=doc_date)


def summary(evs):
    return [(e.type, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients), e.date, e.modality) for e in evs]


def one(evs, etype):
    got = [e for e in evs if e.type == etype]
    assert len(got) == 1, summary(evs)
    return got[0]


# --- ESTABLISH: 宣布建立 and partnerships named for a field of work ------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，美国和韩国宣布建立一个新的核磋商小组，以讨论核战略规划。",
    "2024年3月，美國和韓國宣佈建立一個新的核磋商小組，以討論核戰略規劃。",
])
def test_announced_body_is_established(text) -> None:
    evs = events(text)
    ev = one(evs, "ESTABLISH")
    assert sorted(a.key() for a in ev.actors) == ["KOR", "USA"]
    assert ev.date == "2024-03" and ev.modality == "asserted"
    assert ev.object and ev.object["id"] == "nuclear-consultative-group"
    assert not [e for e in evs if e.type == "ALIGN"]


@pytest.mark.parametrize("text", [
    "2019年6月，日本与澳大利亚宣布建立“海底电缆联通伙伴关系”，为太平洋岛国铺设光缆。",
    "2019年6月，日本與澳大利亞宣佈建立「海底電纜聯通夥伴關係」，為太平洋島國鋪設光纜。",
])
def test_partnership_named_for_a_field_is_a_programme(text) -> None:
    evs = events(text)
    ev = one(evs, "ESTABLISH")
    assert sorted(a.key() for a in ev.actors) == ["AUS", "JPN"] and ev.date == "2019-06"
    assert ev.object and "海底电缆联通伙伴关系" in ev.object["name"].replace("電纜", "电缆").replace("聯通夥伴關係", "联通伙伴关系")
    assert not [e for e in evs if e.type == "ALIGN"]


@pytest.mark.parametrize("text", [
    "2020年10月，美国、英国和澳大利亚领导人宣布建立“澳英美三边安全伙伴关系”，以加强防务合作。",
    "2020年10月，美國、英國和澳大利亞領導人宣佈建立「澳英美三邊安全夥伴關係」，以加強防務合作。",
])
def test_grouping_known_to_the_gazetteer_is_established(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.object and ev.object["id"] == "aukus" and ev.date == "2020-10"
    assert {"USA", "GBR", "AUS"} <= {a.key() for a in ev.actors}


@pytest.mark.parametrize("text", [
    "2016年9月，越南和印度宣布建立全面战略伙伴关系。",
    "2016年9月，越南和印度宣佈建立全面戰略夥伴關係。",
])
def test_a_tier_of_relations_stays_align(text) -> None:
    evs = events(text)
    ev = one(evs, "ALIGN")
    assert sorted(a.key() for a in ev.actors) == ["IND", "VNM"] and ev.date == "2016-09"
    assert not [e for e in evs if e.type == "ESTABLISH"]


# --- lists after ；: items share the frame's date and modality ---------------------------------


@pytest.mark.parametrize("text", [
    "2024年2月，日本和菲律宾领导人在马尼拉举行会谈。双方发表的联合声明列出了成果：加强海上安全合作；发起“日菲关键矿产工作组”；启动“日菲数字联通伙伴关系”。",
    "2024年2月，日本和菲律賓領導人在馬尼拉舉行會談。雙方發表的聯合聲明列出了成果：加強海上安全合作；發起「日菲關鍵礦產工作組」；啟動「日菲數字聯通夥伴關係」。",
])
def test_items_of_a_reported_list_take_its_date(text) -> None:
    est = [e for e in events(text) if e.type == "ESTABLISH"]
    assert len(est) == 2, summary(est)
    for e in est:
        assert sorted(a.key() for a in e.actors) == ["JPN", "PHL"]
        assert e.date == "2024-02" and e.modality == "asserted"


@pytest.mark.parametrize("text", [
    "2024年2月，日本和菲律宾领导人举行会谈。日本和菲律宾承诺：举行首次外长会晤；发起“日菲海洋对话”；设立“日菲清洁能源基金”。",
    "2024年2月，日本和菲律賓領導人舉行會談。日本和菲律賓承諾：舉行首次外長會晤；發起「日菲海洋對話」；設立「日菲清潔能源基金」。",
])
def test_items_of_a_planned_list_are_planned_and_undated(text) -> None:
    est = [e for e in events(text) if e.type == "ESTABLISH"]
    assert len(est) == 2, summary(est)
    for e in est:
        assert sorted(a.key() for a in e.actors) == ["JPN", "PHL"]
        assert e.date is None and e.modality == "planned"
    consult = [e for e in events(text) if e.type == "CONSULT" and e.date is None and e.trigger in ("举行", "舉行")]
    assert consult and consult[0].modality == "planned"  # the first item, right after the colon
