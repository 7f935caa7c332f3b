"""The target of a protest told by what it demands or whom it summons: 表示强烈不满，并要求美方停止…
is aimed at the party asked to stop, and 约见日本驻华大使，提出严正交涉 at the envoy's state, even
when the protest's own clause names no one (common in official reactions)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS
from .model import Event
from .positions import trigger_position
from .roles import _participants, _subject_run

# the rest of the protest's clause, then a clause opening with a demand verb right before the party
_DEMAND_AFTER = re.compile(r"^[^。；;，,]{0,12}[，,]\s*(?:并|同时|还|也|并且)?(?:强烈|严正|再次)?(?:要求|敦促|促请|奉劝|正告)$")


def _untargeted_accusations(text: str, s: int, e: int, found: list[Event]):
    """The sentence's accusations that have an accuser but no target yet, with their trigger's position."""
    for ev in found:
        if ev.type != "ACCUSE" or ev.recipients or not ev.actors:
            continue
        k = trigger_position(text, s, e, ev)
        if k >= 0:
            yield ev, k


def demanded_targets(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """An accusation with no target whose next clause demands something of a party: that party
    (with those coordinated to it) is its target."""
    for ev, k in _untargeted_accusations(text, s, e, found):
        t1 = k + len(simplify(ev.trigger))
        # (a body asked too: 表示强烈不满，并敦促北约停止渲染…)
        after = sorted((m for m in mentions if t1 <= m.start < e and (m.kind in STATE_KINDS or m.country or m.kind in _ORG_KINDS)),
                       key=lambda m: m.start)
        first = next((m for m in after if _DEMAND_AFTER.match(text[t1 : m.start])), None)
        if first is None:
            continue
        mine = {p.key() for p in ev.actors}
        targets = [p for p in _participants(_subject_run(text, after[after.index(first):]), gz) if p.key() not in mine]
        if targets:
            ev.recipients = targets


# a summons of a party's envoy before the protest: 约见/召见/约谈 + the envoy's state + 驻
_SUMMONS = re.compile(r"(?:紧急)?(?:约见|召见|约谈)$")


def summoned_targets(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """An accusation with no target told after a summons (约见日本驻华大使垂秀夫，…提出严正交涉): the
    state whose envoy was summoned is its target."""
    for ev, k in list(_untargeted_accusations(text, s, e, found)) + list(_envoy_among_accusers(text, s, e, found, mentions)):
        mine = {p.key() for p in ev.actors}
        envoys = [m for m in mentions if s <= m.start < k and (m.kind in STATE_KINDS or m.country)
                  and _SUMMONS.search(text, max(s, m.start - 4), m.start) and text[m.end : m.end + 1] == "驻"]
        targets = [p for p in _participants(envoys[-1:], gz) if p.key() not in mine]
        if targets:
            ev.recipients = targets


def _envoy_among_accusers(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]):
    """召见菲律宾驻华大使提出严正交涉 (no comma): the summoned envoy's state was read as a second accuser;
    it is the target. Yields such accusations with that state taken out of their actors."""
    for ev in found:
        if ev.type != "ACCUSE" or ev.recipients or len(ev.actors) < 2:
            continue
        k = trigger_position(text, s, e, ev)
        envoy = {m.country or m.id for m in mentions if s <= m.start < k and text[m.end : m.end + 1] == "驻"
                 and _SUMMONS.search(text, max(s, m.start - 4), m.start)}
        kept = [p for p in ev.actors if p.key() not in envoy and (p.country or p.id) not in envoy]
        if k >= 0 and envoy and kept and len(kept) < len(ev.actors):
            ev.actors = kept
            yield ev, k
