"""Taiwan press dates that write the number of a relative year or month in brackets.

Taiwan (and some Hong Kong) copy names the year or month a relative word points at: 今（2024）年,
去（112）年8月 (a Republic of China year), 明（2025）年, 本（5）月10日, 上（4）月. The number in
brackets is the date itself, so 去（2023）年12月 is December 2023 whatever the document's date; read
as 去年 plus a bare 12月, the month took the document's year. The same copy, once it has written a
year as 民國91年, writes later years of the Republic with two digits and no era (94年5月 is May 2005).
Read by `timex.TimeResolver.find`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# 今（2024）年, 去(112)年8月, 去（2023）年12月10日
_BRACKETED_YEAR = re.compile(
    r"[今去明前本][\s　]*[(（]\s*(?P<y>\d{2,4})\s*[)）]\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?)?")
# 本（5）月10日, 上（4）月, 下（7）月
_BRACKETED_MONTH = re.compile(r"(?P<rel>[本上下])[\s　]*[(（]\s*(?P<m>\d{1,2})\s*[)）]\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?")


class PressDate(NamedTuple):
    start: int
    end: int
    text: str
    year: int | None  # None: the year is the document's (本（5）月), or the one before (上（12）月 in January)
    month: int | None
    day: int | None
    year_back: int  # 上（12）月 told in January: a year back from the document's


def bracketed_dates(text: str, doc_month: int | None) -> list[PressDate]:
    """The bracketed-number dates of one block, in order (`doc_month`: the document's month, if known)."""
    out: list[PressDate] = []
    if "（" not in text and "(" not in text:
        return out
    for m in _BRACKETED_YEAR.finditer(text):
        y = int(m.group("y"))
        y = y + 1911 if y < 1000 else y  # 112 is a Republic of China year
        mo, d = (int(m.group(k)) if m.group(k) else None for k in ("m", "d"))
        if 1600 <= y <= 2100 and (mo is None or 1 <= mo <= 12):
            out.append(PressDate(m.start(), m.end(), m.group(0), y, mo, d, 0))
    for m in _BRACKETED_MONTH.finditer(text):
        mo, d = int(m.group("m")), (int(m.group("d")) if m.group("d") else None)
        if 1 <= mo <= 12:
            back = 1 if m.group("rel") == "上" and doc_month is not None and mo > doc_month else 0
            out.append(PressDate(m.start(), m.end(), m.group(0), None, mo, d, back))
    return out


# 94年5月 (after 民國91年): two digits and a month, not 90年代, 50年来 or 建交50年
_TWO_DIGIT_ROC = re.compile(r"(?<![\d.])(?P<y>[3-9]\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?")


def two_digit_roc(text: str) -> list[PressDate]:
    """The two-digit Republic of China years with a month of a block, in a text that has written 民國."""
    out = []
    for m in _TWO_DIGIT_ROC.finditer(text):
        mo, d = int(m.group("m")), (int(m.group("d")) if m.group("d") else None)
        if 1 <= mo <= 12:
            out.append(PressDate(m.start(), m.end(), m.group(0), int(m.group("y")) + 1911, mo, d, 0))
    return out
