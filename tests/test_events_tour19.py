"""A leader's tour told in ；-items with only the host's leader after 同 (invented sentences;
events/subject.py, events/pair_reference.clause_pair)."""

from __future__ import annotations

import pytest

from event_helpers import file_events


def _of(tmp_path, text: str, etype: str) -> list[list[str]]:
    return sorted(sorted(p.key() for p in e.actors + e.recipients) for e in file_events(tmp_path, text, "news.txt") if e.type == etype)


@pytest.mark.parametrize(
    "text",
    [
        "2024年6月，普京访问朝鲜和越南：19日同金正恩签署条约；20日同苏林会谈。",
        "2024年6月，普京先后对朝鲜和越南进行国事访问：19日在平壤同金正恩签署条约；次日在河内同苏林会谈。",
        "2024年6月，普丁先後對北韓和越南進行國事訪問：19日在平壤同金正恩簽署條約；次日在河內同蘇林會談。",
    ],
)
def test_each_item_of_the_tour_is_the_travellers(tmp_path, text: str) -> None:
    assert _of(tmp_path, text, "AGREE") == [["PRK", "RUS"]]
    assert ["RUS", "VNM"] in _of(tmp_path, text, "CONSULT")


def test_both_sides_after_the_talks_are_the_pair_that_talked(tmp_path) -> None:
    """…次日在河内同越南国家主席苏林会谈，双方发表联合声明: Russia and Vietnam, not the host of the item before."""
    text = ("2024年6月，普京先后对朝鲜和越南进行国事访问：19日在平壤同朝鲜国务委员长金正恩签署条约；"
            "次日在河内同越南国家主席苏林会谈，双方发表联合声明，并签署了十余份合作文件。")
    assert _of(tmp_path, text, "AGREE") == [["PRK", "RUS"], ["RUS", "VNM"], ["RUS", "VNM"]]


@pytest.mark.parametrize("text", ["2021年12月，尼加拉瓜与台湾断交，转而承认中华人民共和国。", "2021年12月，尼加拉瓜與台灣斷交，轉而承認中華人民共和國。"])
def test_the_partner_of_ties_cut_recognises_no_one(tmp_path, text: str) -> None:
    assert _of(tmp_path, text, "ALIGN") == [["CHN", "NIC"], ["NIC", "TWN"]]
