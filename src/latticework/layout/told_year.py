"""The year of a news item whose dateline gives the month and day but no year
(新华社阿斯塔纳6月17日电) and whose page prints no stamp: read from the text itself.

Wire copy tells its background before the day it is filed, so the item is of the first such month
and day on or after the latest date its text states to the month (…2024年12月27日开工… under a
6月17日 dateline: 2025). A date a plan, a deadline or a start names (将于2027年5月, 2026年3月前,
自2026年1月1日起) or a title (《…2030年…》) is no background and does not count. An anniversary told of the present
(今年是两国建交75周年 with 1949年 in that sentence or the next) names the year outright and wins
when it agrees with the background (it is not earlier than the latest date told, nor years after it).
Without either the year stays unknown: a year is never guessed.

A dateline with a day only (台北1日電) and no stamp is dated only when the text says the day is an
anniversary of a day it names (2023年6月1日簽署…今天屆滿兩年: 2025-06-01) and that day is the
dateline's. The latest background date is no guide here: such items tell background years old
(a 31日 item of October 2025 whose only dated prose is of 2021), so a month is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# the dates stated with their own year (2024年, 2024年12月, 2024年12月27日, 二〇二四年十二月): the
# shared pattern of the date resolver (`timex_patterns`), read here before it runs
from ..timex_patterns import ABSOLUTE, to_int

# words before a date in its clause that make it a plan's (将于, 拟在, 计划), or a limit's (到, 截至)
_PLAN_WORDS = re.compile(r"将|將|拟|擬|计划|計劃|预计|預計|预定|預定|定于|定於|有望|同意|决定|決定|争取|爭取|力争|力爭")
_UNTIL = re.compile(r"(?:到|至|截至|直至)\s*$")
# a deadline (2026年3月前) or the day a measure starts or takes effect (自2026年1月1日起, 2026年1月生效),
# often still to come when the item is filed
_DEADLINE_AFTER = re.compile(r"\s*(?:前|以前|之前|底前|到期|起|开始生效|開始生效|生效|施行|实施|實施)")
# 今年是中巴建交50周年, 今年恰逢…七十五周年, 今年適逢…30週年
_ANNIVERSARY = re.compile(
    r"(?:今年|本年)\s*(?:也|又|还|還)?\s*(?:是|为|為|正值|恰逢|适逢|適逢|正逢|迎来|迎來|标志着|標誌著)"
    r"[^。！？!?\n]{0,40}?(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4})\s*(?:周年|週年)"
)
# 今天屆滿兩年, 今日是协定签署十周年, 到今天正好满三年, 今天迎来…5週年: the day an anniversary falls on
_TODAY_ANNIVERSARY = re.compile(
    r"(?:今天|今日|本日)\s*(?:正好|恰好|刚好|剛好|正式)?\s*(?:屆滿|届满|滿|满|是|迎来|迎來|适逢|適逢|恰逢|正值)"
    r"[^。！？!?\n]{0,30}?(?<![\d第])(?P<n>\d{1,3}|[一二两兩三四五六七八九十百]{1,4})\s*(?:周年|週年|年)"
    r"|(?:至今|到今天|迄今)\s*(?:正好|恰好|刚好|剛好)?\s*(?:屆滿|届满|滿|满|整)\s*(?P<n2>\d{1,3}|[一二两兩三四五六七八九十百]{1,4})\s*(?:周年|週年|年)"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CN = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def dateline_year(text: str, month: int, day: int) -> int | None:
    """The year of a dateline's `month` and `day`, as the text of the item tells it, or None."""
    latest = latest_told(text)
    told = anniversary_year(text)
    if told is not None and (latest is None or latest[0] <= told <= latest[0] + 2):
        return told
    if latest is None:
        return None
    y, m, d = latest
    return y if (month, day) >= (m, d or 1) else y + 1


def today_anniversary(text: str, day: int) -> tuple[int, int, int] | None:
    """The date of a day-only dateline (`day`) when the text says today is an anniversary of a day
    it names to the day in that sentence or the one before (2023年6月1日…今天屆滿兩年), and that
    day's day of the month is the dateline's; else None."""
    for m in _TODAY_ANNIVERSARY.finditer(text):
        n = _number(m.group("n") or m.group("n2"))
        if not n:
            continue
        start = text.rfind("。", 0, m.start()) + 1
        before = text.rfind("。", 0, max(0, start - 1)) + 1
        for y, mo, d, _ in reversed(list(_stated(text, before, m.start()))):
            if d == day and mo is not None and 1 <= mo <= 12:
                return y + n, mo, d
    return None


def latest_told(text: str) -> tuple[int, int, int | None] | None:
    """The latest date the text states to the month or day as background (not a plan's, a
    deadline's or a title's), as (year, month, day or None)."""
    best: tuple[int, int, int] | None = None
    for y, mo, day, m in _stated(text):
        d = day or 0
        if mo is None or not 1 <= mo <= 12 or d > 31:
            continue
        if _in_title(text, m.start()) or _planned(text, m.start()) or _DEADLINE_AFTER.match(text, m.end()):
            continue
        if best is None or (y, mo, d) > best:
            best = (y, mo, d)
    return None if best is None else (best[0], best[1], best[2] or None)


def anniversary_year(text: str) -> int | None:
    """The present year an anniversary tells (今年是…N周年 with the year it counts from in the same
    sentence or the next), or None."""
    for m in _ANNIVERSARY.finditer(text):
        n = _number(m.group("n"))
        if not n:
            continue
        start = text.rfind("。", 0, m.start()) + 1
        end = _end_of_sentence(text, m.end())
        following = _end_of_sentence(text, end + 1) if end < len(text) else end
        sentence = text[start:m.start()] + " " * (m.end() - m.start()) + text[m.end():end]
        for y in [x[0] for x in _stated(sentence)] + [x[0] for x in _stated(text, end, following)]:
            if 1900 <= y + n <= 2100:
                return y + n
    return None


def _stated(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int | None, int | None, re.Match[str]]]:
    """(year, month, day, match) of every date stated with its own year in text[start:end] (its first
    day when it is a range), month and day None where it stops at the year or the month."""
    for m in ABSOLUTE.finditer(text, start, len(text) if end is None else end):
        y, mo = to_int(m.group("y")), to_int(m.group("m"))
        if y is None or (m.start() > 0 and text[m.start() - 1].isdigit()):  # (not 12024年)
            continue
        yield y, mo, to_int(m.group("d")), m  # (a range's end follows 至: a limit, never background)


def _end_of_sentence(text: str, pos: int) -> int:
    e = _SENTENCE_END.search(text, pos)
    return e.start() if e else len(text)


def _planned(text: str, pos: int) -> bool:
    """The date follows a plan or deadline word in its clause (将于2027年5月, 计划2026年1月启动)."""
    clause = re.split(r"[，。；;,！？]", text[max(0, pos - 12):pos])[-1]
    return bool(_PLAN_WORDS.search(clause) or _UNTIL.search(clause))


def _in_title(text: str, pos: int) -> bool:
    """The date is inside a title in 《》."""
    opened = text.rfind("《", 0, pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def _number(s: str) -> int | None:
    """50, 七十五, 一百: a count of years."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "百" in s:
        head, _, rest = s.partition("百")
        return (_CN.get(head, 1) if head else 1) * 100 + (_number(rest) or 0 if rest else 0)
    if "十" in s:
        head, _, tail = s.partition("十")
        return (_CN.get(head, 1) if head else 1) * 10 + (_CN.get(tail, 0) if tail else 0)
    return _CN.get(s)
