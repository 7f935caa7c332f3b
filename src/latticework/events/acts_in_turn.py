"""Acts told in turn after a run of dates: 2021年11月、12月，美国先后制裁两名官员，并对柬埔寨实施武器禁运.

A chronicle or a brief folds two acts of one party into one sentence after a run of coordinated
dates (A、B / A和B / A及B) and a 先后/相继/依次 cue: each act took place at its own date, in the order
told (signed, then ratified; sanctioned officers, then imposed an embargo; talks, then a signing:
2023年5月和9月，日本先后与菲律宾举行会谈、签署协定). The dating step gives every act the date nearest its
trigger, the last of the run, so a second act of the same type would be folded into the first by
de-duplication. When the run dates the items of one act instead (先后签署《A》和《B》, 先后出席A会议和
B峰会), those are split and dated by `paired_dates.py` and this step leaves them.

Two readings of the same idea, tried in turn (the multi11 and dates11 sessions wrote one each, and
each accepts sentences the other does not): `_in_turn` takes the run of dates that ends right before
the first act, a cue after it or just before it (分别 too), and wants the acts apart (a clause of
their own or 并/又/再) and no count of rounds (先后举行两轮会谈); `_in_date_order` takes the first run
of the sentence, whatever the precision of its dates, a cue after it with no other date between,
and the acts after the cue.
"""

from __future__ import annotations

import re

from ..timex import Timex
from .each_date import date_run
from .model import Event
from .positions import placed_triggers

_IN_TURN = re.compile(r"先后|相继|依次|分别")
# the cue after a run of dates, before the acts (…12月，美国先后…; 于5月和9月先后…): not 分别
_IN_ORDER = re.compile(r"先后|相继|依次")
# what sets a second act apart from the first: a clause of its own or a coordinating 并/又/再
_APART = re.compile(r"[，；,;]|并|又|再")
# a count of the acts (先后举行两轮会谈): the run dates the rounds of one act, not several acts
_COUNTED = re.compile(r"[两二三四五六七八九十\d]\s*(?:次|轮|度|场|回)")
_JOIN = re.compile(r"\s*(?:和|与|及|以及|、)\s*")


def acts_in_turn(text: str, s: int, e: int, times: list[Timex], found: list[Event]) -> None:
    """Date in place, one to one in order, the acts of one party of the sentence [s, e) told after a
    run of dates and a 先后-like cue, when there are exactly as many acts as dates and all took the
    run's last date (the first reading that applies; the second sees the dates the first left)."""
    _in_turn(text, s, e, times, found)
    _in_date_order(text, s, e, times, found)


def _in_turn(text: str, s: int, e: int, times: list[Timex], found: list[Event]) -> None:
    """The run ending right before the first act, the cue after it or just before it."""
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


def _in_date_order(text: str, s: int, e: int, times: list[Timex], found: list[Event]) -> None:
    """The first run of coordinated dates of the sentence, the cue after it, the acts after the cue,
    one distinct trigger each."""
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
    cue = _IN_ORDER.search(text, run[-1].end, e)
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
