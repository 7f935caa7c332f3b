"""One-character abbreviations in more of the words the press builds with them (lead18): a state's
press (美媒, 日媒称, 俄媒), restrictions aimed at a state (限华), and 美西方 (the US and the West).
The 媒 of 平台媒体 is no press of a state. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _states(text: str) -> list[tuple[str, str | None]]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.country) for m in link(doc) if m.country]


@pytest.mark.parametrize("text, want", [
    ("据美媒报道，谈判已陷入僵局。", [("美", "USA")]),
    ("日媒称内阁将于下周讨论该议题。", [("日", "JPN")]),
    ("據韓媒報導，會談延至明年。", [("韓", "KOR")]),
    ("有关限华措施的讨论仍在继续。", [("华", "CHN")]),
    ("美西方国家对俄实施新一轮制裁。", [("美", "USA"), ("俄", "RUS")]),
])
def test_an_abbreviation_in_a_word_of_the_press(text: str, want: list) -> None:
    assert _states(text) == want


@pytest.mark.parametrize("text", [
    "多个平台媒体转载了这篇文章。",  # 台 of 平台, no Taiwan
    "这笔美元贷款由银行发放。",  # 美元 is a currency
])
def test_no_state_inside_another_word(text: str) -> None:
    assert _states(text) == []


@pytest.mark.parametrize("text, want", [
    ("美日韩三边安全合作不断深化。", ["USA", "JPN", "KOR"]),
    ("美日菲三邊安全合作持續推進。", ["USA", "JPN", "PHL"]),
    ("美日韩三边同盟的说法并不准确。", ["USA", "JPN", "KOR"]),
    ("美日军事同盟得到强化。", ["USA", "JPN"]),
])
def test_a_grouping_described_by_its_members_is_its_states(text: str, want: list) -> None:
    # the gold guidelines: a trilateral the text does not name as a mechanism is its states, also with
    # a field (安全, 军事) or a count (三边) between the members and the tail
    assert [c for _, c in _states(text)] == want


def test_a_named_dialogue_of_three_stays_one_mention() -> None:
    doc = clean(SourceText("t.txt", "美日澳三边战略对话于2006年首次举行。", "txt"))
    assert [m.id for m in link(doc)] == ["us-japan-australia-trilateral"]


@pytest.mark.parametrize("text, state", [
    ("2023年，马科斯访问中国。", "PHL"),  # a president who heads state and government, named by the short form he shares
    ("2023年，馬可仕訪問日本。", "PHL"),
])
def test_a_president_in_office_named_by_a_shared_short_form_stands(text: str, state: str) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert state in [m.country for m in link(doc) if m.kind == "person"]


def test_a_shared_short_form_out_of_office_is_left() -> None:
    # in 2010 neither Marcos held office: the short form alone, with no other support, is not linked
    doc = clean(SourceText("t.txt", "2010年，马科斯访问中国。", "txt"))
    assert not [m for m in link(doc) if m.kind == "person"]


@pytest.mark.parametrize("text, state", [
    ("2024年5月，马尔斯访问法国。", "AUS"),  # a defence minister named by a short form shared with a word
    ("2024年5月，维文访问法国。", "SGP"),  # a foreign minister
    ("2024年5月，蘇比安托訪問法國。", "IDN"),  # Taiwan's short form of Prabowo, then defence minister
])
def test_a_minister_in_office_named_by_a_short_form_stands(text: str, state: str) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert state in [m.country for m in link(doc) if m.kind == "person"]


@pytest.mark.parametrize("text, state", [
    ("马尔斯于2024年5月访问法国。", "AUS"),  # the date told right after the name is the one its term is read at
    ("马科斯2023年1月访华。", "PHL"),
    ("李强于2024年6月访问澳大利亚。", "CHN"),
])
def test_a_date_right_after_the_name_dates_the_person(text: str, state: str) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert state in [m.country for m in link(doc) if m.kind == "person"]


@pytest.mark.parametrize("text, person", [
    ("马科斯1975年访华。", "ferdinand-marcos"),  # two namesakes: the one whose term covers the date
    ("马科斯2023年1月访华。", "ferdinand-marcos-jr"),
])
def test_namesakes_are_told_apart_by_their_terms(text: str, person: str) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [m.id for m in link(doc) if m.kind == "person"] == [person]
