"""An arrival to attend a gathering, and gatherings attended one after another.

李强27日抵达吉隆坡，先后出席10+3领导人会议和东亚峰会; 泽连斯基20日抵达广岛，亲自出席峰会: the trip is
made to attend a body's meeting, so the arrival is the attendance (the arriving state with the body,
dated by the arrival), not a visit hosted by the state arrived in, unless the sentence says it visits
(进行国事访问, 访华). 先后/分别出席A会议和B峰会: each gathering attended is a meeting of its own.
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import simplify
from .attributes import _ORG_KINDS
from .model import Event
from .positions import placed_triggers
from .trigger_types import _ARRIVAL_VERBS

_ATTENDS = re.compile(r"[^。；;]{0,30}?(?:出席|参加|与会)")
_VISITS = re.compile(r"访问|访华|访美|访日|访俄|访台|国事访问|正式访问|工作访问|进行访问")
_ONE_AFTER_ANOTHER = re.compile(r"(?:先后|分别|相继)(?:出席|参加)$")


def _bodies(ev: Event) -> list:
    return [p for p in ev.actors if p.kind in _ORG_KINDS]


def arrivals_and_attendances(text: str, s: int, e: int, found: list[Event]) -> list[Event]:
    """Arrivals to attend turned into attendances; 先后出席 two gatherings split into two."""
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
        if ev.type == "CONSULT" and w in _ARRIVAL_VERBS and ev.recipients and ev.modality == "asserted" and \
                _ATTENDS.match(text, k + len(w)) and not _VISITS.search(text, s, e):
            gatherings = [g for kg, g in placed if g is not ev and g.type == "CONSULT" and _bodies(g)]
            later = [g for kg, g in placed if kg > k and g in gatherings]
            source = (later or gatherings[-1:])
            if source:
                bodies = [b for b in _bodies(source[0])][:1] if len(_bodies(source[0])) > 1 and later else _bodies(source[0])
                ev.actors = ev.actors + [b for b in bodies if b.key() not in {p.key() for p in ev.actors}]
                ev.recipients = []
        out.append(ev)
    return out
