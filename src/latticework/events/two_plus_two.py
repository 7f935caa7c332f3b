"""A "2+2" meeting of two states is a session of their 2+2 mechanism, when the gazetteer lists it.

两国外长和防长举行第二次“2+2”会谈, 美日计划在东京举行外长与防长「2+2」会谈: the format names the
mechanism without its name, so the dialogue of exactly those two members (us-japan-2plus2,
japan-philippines-2plus2: mechanisms whose id says 2plus2, with their `members` in the gazetteer)
takes part, as a session of a named mechanism does in the gold conventions.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from .clauses import _clause_end
from .minilaterals import _minilateral_index
from .model import Event, Participant
from .positions import trigger_position

_TWO_PLUS_TWO = re.compile(r"2\s*\+\s*2")


def _by_pair(gz: Gazetteer) -> dict[frozenset, str]:
    """The 2+2 mechanisms of two current state members, by member pair (pairs with one such mechanism)."""
    def build() -> dict[frozenset, str]:
        out: dict[frozenset, list[str]] = {}
        for mid, members in _minilateral_index(gz)["by_id"].items():
            if "2plus2" in mid and len(members) == 2:
                out.setdefault(frozenset(members), []).append(mid)
        return {k: v[0] for k, v in out.items() if len(v) == 1}
    return gz.derived("two_plus_two", build)


def two_plus_two(text: str, s: int, e: int, found: list[Event], gz: Gazetteer) -> list[Event]:
    """Adds the pair's 2+2 mechanism to the sentence's 2+2 meetings of exactly two states."""
    if not _TWO_PLUS_TWO.search(text, s, e):
        return found
    for ev in found:
        if ev.type != "CONSULT":
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0 or not _TWO_PLUS_TWO.search(text, max(s, k - 8), _clause_end(text, k + len(ev.trigger), e)):
            continue
        states = {p.key() for p in ev.actors + ev.recipients if p.kind in STATE_KINDS}
        if len(states) != 2 or any(p.kind not in STATE_KINDS for p in ev.actors):
            continue
        mid = _by_pair(gz).get(frozenset(states))
        ent = gz.get(mid) if mid else None
        if ent is not None:
            ev.actors.append(Participant.of(ent))
    return found
