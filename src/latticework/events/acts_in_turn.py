"""Acts told in turn after a run of dates: 2021年11月、12月，美国先后制裁两名官员，并对柬埔寨实施武器禁运.

A run of coordinated dates (A、B / A和B / A及B) before a 先后/相继/依次/分别 cue and as many acts of one
party after it, each in a clause of its own, go one to one: the first act at the first date, the
second at the second (signed, then ratified; sanctioned officers, then imposed an embargo). The
dating step gives every act the date nearest its trigger, the last of the run, so a second act of
the same type would be folded into the first by de-duplication. When the run dates the items of
one act instead (先后签署《A》和《B》, 先后出席A会议和B峰会), those are split and dated by
`paired_dates.py` and this step leaves them.
"""

from __future__ import annotations

import re

from ..timex import Timex
from .each_date import date_run
from .model import Event
from .positions import placed_triggers

_IN_TURN = re.compile(r"先后|相继|依次|分别")
# a count of the acts (先后举行两轮会谈): the run dates the rounds of one act, not several acts
# what sets a second act apart from the first: a clause of its own or a coordinating 并/又/再
_APART = re.compile(r"[，；,;]|并|又|再")
_COUNTED = re.compile(r"[两二三四五六七八九十\d]\s*(?:次|轮|度|场|回)")


def acts_in_turn(text: str, s: int, e: int, times: list[Timex], found: list[Event]) -> None:
    """Date in place, one to one in order, the acts of one party told after a run of dates and a
    先后-like cue, when there are exactly as many acts as dates and all took the run's last date."""
    if len(found) < 2:
        return
    placed = sorted(((k, ev) for k, ev in placed_triggers(text, s, e, found) if ev.modality == "asserted"), key=lambda x: x[0])
    if not placed:
        return
    first = placed[0][0]
    dated = [t for t in times if s <= t.start and t.end <= first and t.value and not t.target]
    if len(dated) < 2:
        return
    run = date_run(text, s, first, times, dated[-1].value)
    if len(run) < 2:
        return
    cue = _IN_TURN.search(text, run[-1].end, first) or _IN_TURN.search(text, max(s, run[0].start - 4), run[0].start)
    if cue is None or _COUNTED.search(text, run[-1].end, max(k for k, _ in placed)):
        return
    acts: dict[int, list[Event]] = {}
    for k, ev in placed:
        acts.setdefault(k, []).append(ev)
    if len(acts) != len(run) or any(ev.date != run[-1].value for k, ev in placed):
        return
    at = sorted(acts)
    if any(not _APART.search(text, a, b) for a, b in zip(at, at[1:])):
        return  # (先后提出建立A和B的倡议: the founding is the content of the proposal, one act)
    groups = [acts[k] for k in at]
    doers = {p.key() for ev in groups[0] for p in ev.actors}
    if not all(doers & {p.key() for ev in g for p in ev.actors} for g in groups[1:]):
        return  # (…先后制裁两名官员，中方表示反对: another party's reaction, no act in turn)
    for t, group in zip(run, groups):
        for ev in group:
            ev.date, ev.date_end = t.value, None
