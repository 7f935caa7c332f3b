"""Bodies and the parties they imply. An organ beside its own body is the body: 拜登与欧盟委员会主席
冯德莱恩在美欧峰会上… has the EU as a party, not the EU and its Commission. When an event lists a body
and one of its organs (gazetteer `parent`), the organ is dropped; an organ acting alone (欧盟委员会宣布…)
stays itself. A session of a mechanism named for one state and its partners (美国—太平洋岛国峰会) has
that state among its parties."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from .model import Event, Participant


def _without_organs(parts: list[Participant], present: set[str], gz: Gazetteer) -> list[Participant]:
    out = []
    for p in parts:
        ent = gz.get(p.id)
        if ent is not None and ent.parent and ent.parent in present and ent.parent != p.id:
            continue
        out.append(p)
    return out


def _series_conveners(present: set[str], gz: Gazetteer) -> set[str]:
    """A meeting series with a membership of its own (东亚峰会: 18 states) held by its parent body
    (东盟召开第20届东亚峰会) is the series' session: the convening parents, which are no party."""
    return {ent.parent for i in present if (ent := gz.get(i)) is not None and ent.kind == "mechanism"
            and ent.parent and ent.members and ent.parent != ent.id}


def organs_in_their_body(found: list[Event], gz: Gazetteer) -> None:
    """Drop from each event the organs whose body is one of its parties too (and, in a meeting, the
    parent convening a series that has members of its own); a lender's board stands for the lender."""
    for ev in found:
        ev.actors = _boards_as_body(_acting_for_body(ev.actors, gz), gz)
        ev.recipients = _boards_as_body(_acting_for_body(ev.recipients, gz), gz)
        if ev.type in ("JOIN", "LEAVE"):
            ev.recipients = _initiative_boards(ev.recipients, gz)
        present = {p.id for p in ev.actors + ev.recipients}
        if ev.type == "CONSULT" and (conveners := _series_conveners(present, gz)):
            ev.actors = [p for p in ev.actors if p.id not in conveners]
            ev.recipients = [p for p in ev.recipients if p.id not in conveners]
            present -= conveners
        ev.actors = _without_organs(ev.actors, present, gz)
        ev.recipients = _without_organs(ev.recipients, present, gz)


def _acting_for_body(parts: list[Participant], gz: Gazetteer) -> list[Participant]:
    """欧盟委员会宣布…, 欧洲理事会决定…: an institution that acts for its own body (gazetteer `represents`
    = `parent`) is the body as a party (thirteenth session, ruling 8), whichever rule found it."""
    out: list[Participant] = []
    for p in parts:
        ent = gz.get(p.id)
        body = gz.get(ent.represents) if ent is not None and ent.represents and ent.represents == ent.parent else None
        q = Participant.of(body) if body is not None else p
        if all(q.key() != o.key() for o in out):
            out.append(q)
    return out


def _boards_as_body(parts: list[Participant], gz: Gazetteer) -> list[Participant]:
    """国际货币基金组织执董会批准…贷款, 亚行董事会批准…: a board of directors only decides what its bank or
    fund does; the body lends, and the gold sets code it as the party."""
    out: list[Participant] = []
    for p in parts:
        ent = gz.get(p.id)
        body = gz.get(ent.parent) if ent is not None and ent.parent and any("董事会" in simplify(n) for n in ent.names) else None
        q = Participant.of(body) if body is not None else p
        if all(q.key() != o.key() for o in out):
            out.append(q)
    return out


def _initiative_boards(parts: list[Participant], gz: Gazetteer) -> list[Participant]:
    """加入蓝点网络指导委员会, 退出…倡议理事会: an initiative has no membership but that of the board
    that steers it, so a state joining (or leaving) the board joins the initiative (gold GUIDELINES, JOIN)."""
    out: list[Participant] = []
    for p in parts:
        ent = gz.get(p.id)
        body = gz.get(ent.parent) if ent is not None and ent.parent and ent.parent != ent.id else None
        q = Participant.of(body) if body is not None and body.kind == "initiative" else p
        if all(q.key() != o.key() for o in out):
            out.append(q)
    return out


_SIDES = re.compile(r"[—–\-－]")
# the acts a session does with its mechanism among the actors: it meets, issues a declaration, launches
_SESSION_TYPES = frozenset({"CONSULT", "AGREE", "ESTABLISH"})


def _state_named(side: str, gz: Gazetteer):
    """The state a side of a name opens with (日本, 韩国合作 → KOR), by the gazetteer's names."""
    for n in range(len(side), 1, -1):
        for a in gz.aliases.get(simplify(side[:n]), []):
            ent = gz.entities[a.entity]
            if ent.kind in STATE_KINDS:
                return ent
    return None


def _named_state(name: str, gz: Gazetteer):
    """The one state a two-sided mechanism name gives a side of (美国—太平洋岛国峰会 → USA, 湄公河—韩国合作
    → KOR), None when neither or both sides are states (太平洋岛国 and 湄公河 are none)."""
    sides = _SIDES.split(name)
    if len(sides) != 2:
        return None
    states = [ent for ent in (_state_named(side, gz) for side in sides) if ent is not None]
    return states[0] if len(states) == 1 else None


def host_in_the_name(found: list[Event], gz: Gazetteer) -> None:
    """美国—太平洋岛国峰会在华盛顿举行, 中国—太平洋岛国外长会, 首届湄公河—日本峰会: a session of a mechanism
    named for one state and its partners has that state among its parties (the partners, unnamed, are the
    mechanism), and so do the declaration it issues and what it launches (会议发表《…宣言》), and a
    mechanism launched with no founder named (2020年宣布启动的“湄公河—美国伙伴关系”: the US, as the gold
    sets code it). The state is a
    side of the gazetteer's name, whichever side it stands on; a mechanism that lists its members too still
    has that state (the gold sets list the other members in some documents and not in others)."""
    for ev in found:
        if ev.type not in _SESSION_TYPES:
            continue
        have = {p.key() for p in ev.actors + ev.recipients}
        for p in list(ev.actors):
            ent = gz.get(p.id)
            if ent is None or ent.kind != "mechanism" or not _SIDES.search(ent.name_zh):
                continue
            state = _named_state(ent.name_zh, gz)
            if state is not None and state.id not in have:
                ev.actors.append(Participant.of(state))
                have.add(state.id)
