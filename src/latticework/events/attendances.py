"""Gatherings attended one after another: 先后/分别出席A会议和B峰会 is a meeting of each, and so is a
plain list of gatherings each closed by its meeting noun (出席东盟与中日韩领导人会议和东亚峰会).

李强27日抵达吉隆坡，先后出席10+3领导人会议和东亚峰会 gives two attendances. (The arrival itself is no
visit of the host there: checks.py rejects it as a trigger through arrival_purpose.py.) Two gatherings of
one body attended on as many coordinated dates (2022年4月和6月，外相与首相先后参加北约外长会议和北约峰会;
北约外长与首脑会议) are an attendance of each too, dated one to one by paired_dates.py.
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import simplify
from ..timex import Timex
from .attributes import _ORG_KINDS
from .each_date import date_run
from .model import Event
from .positions import placed_triggers

_ONE_AFTER_ANOTHER = re.compile(r"(?:先后|分别|相继)(?:出席|参加)$")
# the items of a list of gatherings after the verb (A会议和B峰会, A、B及C会议)
_LIST_ITEM = re.compile(r"以及|和|及|、")


def _listed_gatherings(text: str, a: int, e: int) -> int:
    """出席东盟与中日韩领导人会议和东亚峰会: the number of gatherings coordinated after the verb, each
    closed by its meeting noun (0 when an item is no gathering: 出席联合国和非盟共同举办的会议)."""
    end = next((k for k in range(a, e) if text[k] in "，。；,;"), e)
    items = _LIST_ITEM.split(text[a:end].lstrip("了 "))
    return len(items) if len(items) >= 2 and all(_GATHERING_HEAD.search(i.strip()) for i in items) else 0


def _bodies(ev: Event) -> list:
    return [p for p in ev.actors if p.kind in _ORG_KINDS]


def each_gathering_attended(text: str, s: int, e: int, found: list[Event]) -> list[Event]:
    """先后出席 two gatherings: one attendance of each."""
    placed = placed_triggers(text, s, e, found)
    out: list[Event] = []
    for k, ev in placed:
        w = simplify(ev.trigger)
        if ev.type == "CONSULT" and len(_bodies(ev)) >= 2 and w in ("出席", "参加") and (
                _ONE_AFTER_ANOTHER.search(text, max(s, k - 2), k + len(w))
                or _listed_gatherings(text, k + len(w), e) == len(_bodies(ev))):
            others = [p for p in ev.actors if p.kind not in _ORG_KINDS]
            for body in _bodies(ev):  # (先后出席第28次10+3领导人会议和第20届东亚峰会)
                one = copy.copy(ev)
                one.actors = [body] + others
                out.append(one)
            continue
        out.append(ev)
    return out


_ATTEND = ("出席", "参加", "与会")
_IN_TURN = re.compile(r"先后|分别|相继|依次")
_ITEM = re.compile(r"以及|和|与|及|、")
_GATHERING_HEAD = re.compile(r"(?:会议|峰会|会晤|大会|论坛|外长会|防长会)[”」]?$")


def each_gathering_dated(text: str, s: int, t0: int, t1: int, clause_end: int, times: list[Timex], ev: Event) -> list[Event]:
    """2022年4月和6月，…先后参加北约外长会议和北约首脑峰会: as many gatherings of (at most) one body as
    coordinated dates before the verb, with 先后/分别: one attendance of each (the dates are paired later)."""
    if ev.type != "CONSULT" or ev.modality != "asserted" or not ev.date or len(_bodies(ev)) > 1 \
            or not simplify(ev.trigger).startswith(_ATTEND):
        return [ev]
    items = _ITEM.split(simplify(text[t1:clause_end]).strip("了 。；;，,"))
    if len(items) < 2 or not _GATHERING_HEAD.search(items[-1].strip()):
        return [ev]
    run = date_run(text, s, t0, times, ev.date)
    if len(run) != len(items) or not _IN_TURN.search(text, max(s, run[0].start - 4), t0):
        return [ev]
    out = []
    for _ in items:
        one = copy.copy(ev)
        one.evidence = list(ev.evidence)
        out.append(one)
    return out
