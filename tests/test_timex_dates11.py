"""Where dates count from (the dates11 round, read off the free date misses of retired 7).
Every sentence was written for these tests, in simplified and traditional script."""

from __future__ import annotations

import pytest

from latticework.timex import TimeResolver


def _values(text: str, doc_date: str | None = None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in TimeResolver(doc_date).find(text)]


# --- a month that opens a paragraph as its frame is the month of the bare days after it ---------


@pytest.mark.parametrize(("text", "word", "value"), [
    ("去年11月，东亚峰会在雅加达举行。两国总理8日在会场外会晤。", "8日", "2023-11-08"),
    ("去年11月，東亞峰會在雅加達舉行。兩國總理8日在會場外會晤。", "8日", "2023-11-08"),
    ("2023年9月，联合国大会在纽约开幕，两国外长19日举行会谈。", "19日", "2023-09-19"),
    ("去年10月,双方在河内举行磋商,次轮磋商定于12日举行的消息随后传出。", "12日", "2023-10-12"),
])
def test_a_month_framing_its_paragraph_dates_its_bare_days(text: str, word: str, value: str) -> None:
    assert dict(_values(text, "2024-11-20"))[word] == value


@pytest.mark.parametrize("text", [
    "该国总统去年11月就任。他8日抵达北京进行国事访问。",
    "該國總統去年11月就任。他8日抵達北京進行國事訪問。",
    "两国2017年12月签署协定，外交部8日召见对方大使。",
])
def test_a_month_told_inside_a_clause_leaves_bare_days_to_the_story(text: str) -> None:
    """The month told in passing (after the subject) is background: the story's days are its own month."""
    assert dict(_values(text, "2024-11-20"))["8日"] == "2024-11-08"
