"""三方/四方 after a trilateral or quadrilateral body named alone (中日韩领导人会议…三方, 四方安全对话…
四方) are its member states, as 三国 are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _refs(text: str, word: str) -> list[list[str]]:
    ms = link(clean(SourceText("t.txt", text, "txt")))
    return [sorted(m.refers_to) for m in ms if m.text == word and m.how == "coreference"]


@pytest.mark.parametrize("text,word,members", [
    ("2024年5月，中日韩领导人会议在首尔举行。三方发表联合宣言。", "三方", ["CHN", "JPN", "KOR"]),
    ("2024年5月，中日韓領導人會議在首爾舉行。三方發表聯合宣言。", "三方", ["CHN", "JPN", "KOR"]),
    ("2024年5月，中日韩领导人会议在首尔举行。三国发表联合宣言。", "三国", ["CHN", "JPN", "KOR"]),
])
def test_the_parties_of_a_body_named_alone_are_its_members(text, word, members) -> None:
    assert _refs(text, word) == [members]


def test_three_named_after_the_body_are_meant_instead() -> None:
    text = "2024年5月，中日韩领导人会议在首尔举行。会后，美国、日本和菲律宾外长通话，三方同意加强协调。"
    assert _refs(text, "三方") == [["JPN", "PHL", "USA"]]
