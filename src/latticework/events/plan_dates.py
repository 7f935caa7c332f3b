"""Dates that belong to a plan: 将于2027年举行, 拟在明年签署, 预计2025年加入.

Such a date dates the planned act only. An act the text tells as done but dates after the
document's own date (a wire of 16 November: 习近平将于17日离开利马，前往里约热内卢出席…峰会 — the 将
of the first clause covers the second) has not happened yet: it is planned. Told after the acts of a story, it is no anchor for the
undated acts that follow (峰会前后，习近平…会见: the meetings are not in 2027), so the walk over a
paragraph leaves it out of the dates that later sentences inherit.
"""

from __future__ import annotations

import re

from ..timex import Timex
from ..timex_calendar import days_before
from ..timex_patterns import fronted_plan_year
from .model import Event

# a plan cue, optionally with its preposition, right before the date (将于2027年, 预计在2025年)
_PLAN_BEFORE = re.compile(r"(?:将|拟|计划|预计|有望|准备|打算|定于|订于)\s*(?:于|在|从|自)?\s*$")


# a time told as still ahead (今年稍后, 本月晚些时候): the date of what is planned for it
_LATER_THAN_NOW = re.compile(r"\s*(?:稍后|稍後|晚些时候|晚些時候|晚些时|晚些時)")


# later in the year or month of the story told (同年稍后, 当月晚些时候): past, not ahead of the writer
_TOLD_BEFORE = ("同年", "当年", "是年", "该年", "同月", "当月", "次年", "翌年", "隔年", "次月", "翌月", "隔月")


def plan_of_an_earlier_clause(text: str, t: Timex, clause_start: int) -> bool:
    """t is a plan's own date (将于2027年, 今年稍后) in a clause before `clause_start`: it does not date an
    act told as done after it (同意今年稍后举行联合演习，并成立“吕宋经济走廊”). 同年稍后 (later that year)
    is no plan: it dates the act told after it."""
    return t.end <= clause_start and (is_plan_date(text, t.start) or (
        _LATER_THAN_NOW.match(text, t.end) is not None and t.text not in _TOLD_BEFORE))


def is_plan_date(text: str, start: int) -> bool:
    """True when the date starting at `start` is introduced by a plan cue (将于…, 预计…), or is a year
    opening a clause that goes on to a plan (2027年…会议将在…举行)."""
    if _PLAN_BEFORE.search(text[max(0, start - 6) : start]):
        return True
    year = _YEAR_AT.match(text, start)
    return year is not None and fronted_plan_year(text, start, year.end())


_YEAR_AT = re.compile(r"\d{4}年(?![\d一二三四五六七八九十]{1,2}月)")


def after_the_document(events: list[Event], doc_date: str | None) -> list[Event]:
    """Asserted events dated after the document's date, at the precision both state, become planned."""
    if not doc_date:
        return events
    for ev in events:
        if ev.modality == "asserted" and ev.date and _later(ev.date, doc_date):
            ev.modality = "planned"
    return events


def _later(value: str, doc_date: str) -> bool:
    """`value` lies after the document's date; a wire filed on the 10th may report the 11th, where
    the story happened (the dateline's time zone), so a day is later only from the second day on."""
    if len(value) == 10 and len(doc_date) == 10:
        before = days_before(doc_date, value)  # (negative: after the document's day)
        return before is not None and before < -1
    n = min(len(value), len(doc_date))
    return value[:n] > doc_date[:n]
