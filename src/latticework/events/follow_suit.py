"""Acts told as following suit: 南韩亦于2024年10月跟进, 阿根廷其后也宣布跟进.

Analytical prose tells a second party doing what was just told by 跟进 ("follow suit") with no
verb of its own. The act copied is the last one told before it in the sentence or the sentence
before; the follower takes the place of its doer (the first actor), keeping the partner or body.
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from ..timex import Timex
from .clauses import _clause_start
from .model import Event, Evidence
from .roles import _participants

_FOLLOWS = re.compile(r"(?:宣布|决定|随即|随后|其后|也|亦|相继|纷纷)*跟进(?=\s*[，。；,;！]|$)")
_COPIED = ("ALIGN", "JOIN", "LEAVE", "SANCTION", "POLICY", "ESTABLISH", "AID", "MOBILIZE")


def follow_suit(text: str, raw: str, s: int, e: int, mentions: list[Mention], times: list[Timex], found: list[Event],
                before: list[Event], gz: Gazetteer) -> list[Event]:
    """The copies of the act followed, one for the followers of each 跟进 clause of the sentence."""
    out: list[Event] = []
    for m in _FOLLOWS.finditer(text, s, e):
        cs = _clause_start(text, m.start(), s)
        followers = _participants([x for x in mentions if cs <= x.start < m.start() and x.kind in STATE_KINDS], gz)
        told = [ev for ev in found + before if ev.type in _COPIED and ev.actors and ev.evidence]
        if not followers or not told:
            continue
        last = [ev for ev in found if ev in told][-1:] or told[-1:]  # the sentence's own act first
        ev = copy.copy(last[0])
        keys = {f.key() for f in followers}
        ev.actors = followers + [a for a in ev.actors[1:] if a.key() not in keys] if ev.type in ("ALIGN", "ESTABLISH") else followers
        ev.recipients = [r for r in ev.recipients if r.key() not in keys]
        own = [t for t in times if cs <= t.start < m.start() and t.value and not t.target]
        ev.date, ev.date_end = (own[-1].value, own[-1].value_end) if own else (None, None)
        ev.trigger = raw[m.start() : m.end()]
        ev.evidence = [Evidence(s, e, raw[s:e].strip())]
        out.append(ev)
    return out
