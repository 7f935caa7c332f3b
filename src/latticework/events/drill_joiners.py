"""Parties that join a drill told before them in the sentence (美菲举行“肩并肩”联合军演，澳洲与法国派舰参与;
日美举行联合演习，英国亦派员参加): they are parties of that drill, not of a second one, and the drill named
again as the subject of a later clause (…，演习首度延伸至菲律宾领海以外) tells no second drill."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .checks import _DRILL
from .clauses import _clause_end, _clause_start
from .model import Event, Participant
from .positions import placed_triggers

# a clause that joins what was told before it: parties, a way of sending forces, then 参与/参加
_JOINS = re.compile(r"[\s　]*(?:亦|也|还|则|均|都|另)?(?:派遣?|派出|出动|调派)?[^，。；,;]{0,6}?(?:参与|参加|加入)(?:演习|军演|演练)?[\s　]*(?:[，。；,;]|$)")
_JOINED_BY = re.compile(r"(?:[\s　]*(?:、|和|与|及|以及)[\s　]*)?")
# a drill noun opening a clause as its subject (演习首度延伸…, 此次演习…)
_DRILL_SUBJECT = re.compile(r"[\s　]*(?:此次|这次|本次|该)?(?:演习|军演|演练|联合演习|联合军演)")


def drill_joiners(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> list[Event]:
    """Add the parties of a joining clause to the drill told before it; drop a drill that only names
    that drill again as its clause's subject."""
    placed = placed_triggers(text, s, e, found)
    drills = [(k, ev) for k, ev in placed if ev.type == "COOPERATE" and _DRILL.search(text, k, _clause_end(text, k, e))]
    if not drills:
        return found
    first_at, drill = drills[0]
    states = sorted((m for m in mentions if first_at < m.start < e and m.kind in STATE_KINDS), key=lambda m: m.start)
    have = {p.key() for p in drill.actors + drill.recipients}
    i = 0
    while i < len(states):
        m = states[i]
        cs = _clause_start(text, m.start, s)
        if cs <= first_at or text[cs:m.start].strip():
            i += 1
            continue
        run = [m]
        while i + 1 < len(states) and _JOINED_BY.fullmatch(text, run[-1].end, states[i + 1].start):
            i += 1
            run.append(states[i])
        if _JOINS.match(text, run[-1].end):
            for x in run:
                ent = gz.get(x.country or x.id)
                if ent is not None and ent.id not in have:
                    drill.actors.append(Participant.of(ent))
                    have.add(ent.id)
        i += 1
    out = []
    for k, ev in placed:
        cs = _clause_start(text, k, s)
        if ev is not drill and ev.type == "COOPERATE" and cs > first_at and (d := _DRILL_SUBJECT.match(text, cs)) and k < d.end():
            continue  # …，演习首度延伸至…: the drill told before, named again
        out.append(ev)
    return out
