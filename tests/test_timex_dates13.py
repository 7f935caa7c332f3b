"""Where dates count from (the dates13 round): relative words of the Taiwan and Hong Kong press and
of written usage. Every sentence was written for these tests, in simplified and traditional script."""

from __future__ import annotations

import pytest

from latticework.actors.gazetteer import simplify
from latticework.timex import TimeResolver


def _values(text: str, doc_date: str | None = None) -> dict[str, str | None]:
    """The dates of a text as the pipeline reads it: on its simplified view."""
    return {t.text: t.value for t in TimeResolver(doc_date).find(simplify(text))}


@pytest.mark.parametrize(("text", "word", "value"), [
    ("2022年3月，日本与菲律宾举行首轮磋商。隔年2月，两国签署协议。", "隔年2月", "2023-02"),
    ("2022年3月，日本與菲律賓舉行首輪磋商。隔年，兩國簽署協議。", "隔年", "2023"),
    ("2022年3月，日本与菲律宾举行首轮磋商，隔月即签署协议。", "隔月", "2022-04"),
    ("2022年12月，日本與菲律賓舉行首輪磋商，隔月即簽署協議。", "隔月", "2023-01"),
    ("2022年3月5日，两国外长会谈。是年7月，两国签署协议。", "是年7月", "2022-07"),
    ("2022年3月5日，两国外长会谈。是年，两国签署协议。", "是年", "2022"),
    ("2022年3月5日，兩國外長會談。該年7月，兩國簽署協議。", "該年7月", "2022-07"),
])
def test_next_year_next_month_and_that_year(text: str, word: str, value: str) -> None:
    assert _values(text)[simplify(word)] == value


@pytest.mark.parametrize(("text", "word"), [
    ("2022年3月，两国外长会谈。该论坛隔年举行一次。", "隔年"),
    ("2022年3月，两国外长会谈。联合委员会隔月召开会议。", "隔月"),
    ("2022年3月，两国外长会谈。这是年度例行会谈。", "是年"),
    ("2022年3月，两国外长会谈。双方应该年内完成谈判。", "该年"),
])
def test_every_other_year_and_look_alikes_are_no_dates(text: str, word: str) -> None:
    assert word not in _values(text)


# --- a bare day opening a sentence after a background day goes back to the story's month ------------


@pytest.mark.parametrize(("text", "word", "value"), [
    ("泰国和柬埔寨外长19日在曼谷会谈。两国今年7月28日曾同意停火。20日，两国签署协议。", "20日", "2024-11-20"),
    ("泰國和柬埔寨外長19日在曼谷會談。此前，兩國於7月28日同意停火。20日，兩國簽署協議。", "20日", "2024-11-20"),
    # within the background sentence, a bare day continues the background month
    ("泰国和柬埔寨外长19日在曼谷会谈。两国今年7月8日同意停火，10日又签署协议。", "10日", "2024-07-10"),
    # a day after the story's day cannot be of the story's month
    ("泰国和柬埔寨外长19日在曼谷会谈。两国今年7月28日同意停火。30日，两国签署协议。", "30日", "2024-07-30"),
])
def test_a_bare_day_after_a_background_day(text: str, word: str, value: str) -> None:
    assert _values(text, "2024-11-20")[simplify(word)] == value


@pytest.mark.parametrize("text", ["越南总书记今早在总统府与新加坡总理会谈。", "越南總書記今晨在總統府與新加坡總理會談。"])
def test_this_morning_is_today(text: str) -> None:
    assert set(_values(text, "2025-03-12").values()) == {"2025-03-12"}
