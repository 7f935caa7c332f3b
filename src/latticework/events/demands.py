"""The target of a protest told by what it demands: 表示强烈不满，并要求美方停止… is aimed at the
party asked to stop, even when the protest's own clause names no one (common in official
reactions, where 对此 points back and the demand names the state)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .model import Event
from .roles import _participants, _subject_run

# the rest of the protest's clause, then a clause opening with a demand verb right before the party
_DEMAND_AFTER = re.compile(r"^[^。；;，,]{0,12}[，,]\s*(?:并|同时|还|也|并且)?(?:强烈|严正|再次)?(?:要求|敦促|促请|奉劝|正告)$")


def demanded_targets(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """An accusation with no target whose next clause demands something of a party: that party
    (with those coordinated to it) is its target."""
    for ev in found:
        if ev.type != "ACCUSE" or ev.recipients or not ev.actors:
            continue
        k = text.find(simplify(ev.trigger), s, e)
        if k < 0:
            continue
        t1 = k + len(simplify(ev.trigger))
        after = sorted((m for m in mentions if t1 <= m.start < e and (m.kind in STATE_KINDS or m.country)), key=lambda m: m.start)
        first = next((m for m in after if _DEMAND_AFTER.match(text[t1 : m.start])), None)
        if first is None:
            continue
        mine = {p.key() for p in ev.actors}
        targets = [p for p in _participants(_subject_run(text, after[after.index(first):]), gz) if p.key() not in mine]
        if targets:
            ev.recipients = targets
