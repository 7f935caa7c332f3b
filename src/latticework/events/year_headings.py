"""Blocks whose year is the year of the text under them (for timex's section year): headings, a
line that is only a year (2023年), and the title of an undated document that names one year
(2023年南亚地区外交综述, 2019年中国外交大事记): a yearbook's review of a year tells its bare months
(3月20日，…) in that year, not in the year of a background fact told a paragraph before
(自2017年…以来)."""

from __future__ import annotations

import re

from ..timex_patterns import CN_YEAR

# (also a year of the Republic, 民國113年, as Taiwan's chronicles head their years, and a year in
# Chinese numerals, 二〇二四年)
_YEAR_LINE = re.compile(r"(?:19|20)\d{2}\s*年?度?|(?:中[华華])?民[国國]\s*\d{1,3}\s*年度?|" + CN_YEAR + r"\s*年度?")
# a title: short, no sentence punctuation, one year in it
_TITLE_WITH_YEAR = re.compile(r"[^。，；！？,;!?]{0,20}(?:19|20)\d{2}\s*年(?!\d|以来|以后|之后|至|到|—|-)[^。，；！？,;!?\d]{2,30}")


def names_section_year(index: int, kind: str, text: str, doc_date: str | None) -> bool:
    """Whether the block's year, if it names one, is the year of the text after it."""
    t = text.strip()
    if kind == "heading" or _YEAR_LINE.fullmatch(t):
        return True
    # the document's own date, when it has one, is the better anchor (a news headline names a year too)
    return index == 0 and kind == "paragraph" and doc_date is None and _TITLE_WITH_YEAR.fullmatch(t) is not None
