"""Gatherings attended one after another: 先后/分别出席A会议和B峰会 is a meeting of each.

李强27日抵达吉隆坡，先后出席10+3领导人会议和东亚峰会 gives two attendances. (The arrival itself is no
visit of the host there: checks.py rejects it as a trigger through arrival_purpose.py.)
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import simplify
from .attributes import _ORG_KINDS
from .model import Event
from .positions import placed_triggers

_ONE_AFTER_ANOTHER = re.compile(r"(?:先后|分别|相继)(?:出席|参加)$")


def _bodies(ev: Event) -> list:
    return [p for p in ev.actors if p.kind in _ORG_KINDS]


def each_gathering_attended(text: str, s: int, e: int, found: list[Event]) -> list[Event]:
    """先后出席 two gatherings: one attendance of each."""
    placed = placed_triggers(text, s, e, found)
    out: list[Event] = []
    for k, ev in placed:
        w = simplify(ev.trigger)
        if ev.type == "CONSULT" and len(_bodies(ev)) >= 2 and w in ("出席", "参加") and \
                _ONE_AFTER_ANOTHER.search(text, max(s, k - 2), k + len(w)):
            others = [p for p in ev.actors if p.kind not in _ORG_KINDS]
            for body in _bodies(ev):  # (先后出席第28次10+3领导人会议和第20届东亚峰会)
                one = copy.copy(ev)
                one.actors = [body] + others
                out.append(one)
            continue
        out.append(ev)
    return out
