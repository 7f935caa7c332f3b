"""Dates that go one to one with the acts of a 先后 sentence told with different verbs.

A chronicle or a brief folds two acts of one party into one sentence after a run of dates:
同年11月、12月，美国先后制裁两名军官，并对该国实施武器禁运; 2023年5月和9月，日本先后与菲律宾举行会谈、
签署协定. Each act took place at its own date, in the order told; the last date of the run is not
the date of them all. (Copies of one act split by party are `paired_dates`' matter.)
"""

from __future__ import annotations

import re

from ..timex import Timex
from .model import Event
from .positions import placed_triggers

_JOIN = re.compile(r"\s*(?:和|与|及|以及|、)\s*")
# the cue after the run of dates, before the acts (…12月，美国先后…; 于5月和9月先后…)
_CUE = re.compile(r"先后|先後|相继|相繼|依次")


def acts_in_date_order(text: str, s: int, e: int, times: list[Timex], found: list[Event]) -> None:
    """Date the asserted acts of the sentence [s, e) that stand after a 先后 cue, one distinct trigger
    each, with the coordinated dates of the run before the cue, in order, when they are as many."""
    dated = [t for t in times if s <= t.start < e and t.value and not t.target and not t.in_name]
    run: list[Timex] = []
    for t in dated:
        if run and _JOIN.fullmatch(text[run[-1].end : t.start]):
            run.append(t)
        elif len(run) < 2:
            run = [t]
        else:
            break
    if len(run) < 2 or len({t.value for t in run}) < len(run):
        return
    cue = _CUE.search(text, run[-1].end, e)
    if cue is None or any(run[-1].end < t.start < cue.start() for t in dated):
        return
    placed = [(k, ev) for k, ev in placed_triggers(text, s, e, found) if k > cue.start() and ev.modality == "asserted"]
    positions = sorted({k for k, _ in placed})
    if len(positions) != len(run) or any(ev.date != run[-1].value for _, ev in placed):
        return
    if len({frozenset(p.key() for p in ev.actors) for _, ev in placed}) > 1 and not all(
            {p.key() for p in placed[0][1].actors} & {p.key() for p in ev.actors} for _, ev in placed):
        return  # 美国先后制裁…，中方对此表示反对: another party's reaction is no act of the run
    for k, ev in placed:
        t = run[positions.index(k)]
        ev.date, ev.date_end = t.value, None
