"""Parties listed with 、 and groups referred to by their size: one-character abbreviations in a
list that goes on with full names (美、日、韩、澳、新西兰和欧盟) are states; 五国/六国 refer to a
group of that many states named together, never to the last five named nor to a body's members
listed after them. Sentences written for these tests, in simplified and traditional script."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def mentions(text: str):
    d = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.id, m.how, tuple(m.refers_to)) for m in link(d)]


@pytest.mark.parametrize("text,abbr", [
    ("会议邀请美、日、韩、澳、新西兰和欧盟的代表出席。", ["美", "日", "韩", "澳"]),
    ("會議邀請美、日、韓、澳、新西蘭和歐盟的代表出席。", ["美", "日", "韓", "澳"]),
])
def test_abbreviations_in_a_list_that_goes_on_with_names(text, abbr) -> None:
    got = mentions(text)
    assert [(t, i) for t, i, h, _ in got if h == "compound"] == list(zip(abbr, ["USA", "JPN", "KOR", "AUS"])), got
    assert ("NZL", "eu") == tuple(i for _, i, h, _ in got if h == "gazetteer")


@pytest.mark.parametrize("text,word", [
    ("印度、孟加拉国、缅甸、斯里兰卡、泰国和尼泊尔六国于1997年成立合作组织，六国此后每年举行外长会议。", "六国"),
    ("印度、孟加拉、緬甸、斯里蘭卡、泰國和尼泊爾六國於1997年成立合作組織，六國此後每年舉行外長會議。", "六國"),
])
def test_six_states_refer_to_the_six_named_together(text, word) -> None:
    refs = [r for t, _, h, r in mentions(text) if t == word and h == "coreference"]
    assert refs and all(set(r) == {"IND", "BGD", "MMR", "LKA", "THA", "NPL"} for r in refs), mentions(text)


@pytest.mark.parametrize("text", [
    "美国、日本、韩国、澳大利亚、印度和东盟五国（泰国、越南、马来西亚、菲律宾、印尼）的代表出席会议。",
    "美國、日本、韓國、澳洲、印度和東盟五國（泰國、越南、馬來西亞、菲律賓、印尼）的代表出席會議。",
])
def test_a_bodys_members_counted_are_no_group_before(text) -> None:
    assert not [m for m in mentions(text) if m[2] == "coreference"], mentions(text)
