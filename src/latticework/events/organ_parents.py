"""Bodies and the parties they imply. An organ beside its own body is the body: 拜登与欧盟委员会主席
冯德莱恩在美欧峰会上… has the EU as a party, not the EU and its Commission. When an event lists a body
and one of its organs (gazetteer `parent`), the organ is dropped; an organ acting alone (欧盟委员会宣布…)
stays itself. A session of a mechanism named for one state and its partners (美国—太平洋岛国峰会) has
that state among its parties."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from .model import Event, Participant


def _without_organs(parts: list[Participant], present: set[str], gz: Gazetteer) -> list[Participant]:
    out = []
    for p in parts:
        ent = gz.get(p.id)
        if ent is not None and ent.parent and ent.parent in present and ent.parent != p.id:
            continue
        out.append(p)
    return out


def organs_in_their_body(found: list[Event], gz: Gazetteer) -> None:
    """Drop from each event the organs whose body is one of its parties too."""
    for ev in found:
        present = {p.id for p in ev.actors + ev.recipients}
        ev.actors = _without_organs(ev.actors, present, gz)
        ev.recipients = _without_organs(ev.recipients, present, gz)


_SIDES = re.compile(r"[—–\-－]")


def host_in_the_name(found: list[Event], gz: Gazetteer) -> None:
    """美国—太平洋岛国峰会在华盛顿举行, 中国—太平洋岛国外长会: a session of a mechanism named for one state
    and its partners has that state among its parties (the partners, unnamed, are the mechanism)."""
    for ev in found:
        if ev.type != "CONSULT":
            continue
        have = {p.key() for p in ev.actors + ev.recipients}
        for p in list(ev.actors):
            ent = gz.get(p.id)
            if ent is None or ent.kind != "mechanism" or ent.members or not _SIDES.search(ent.name_zh):
                continue
            state = gz.find(_SIDES.split(ent.name_zh, 1)[0])
            if state is not None and state.kind in STATE_KINDS and state.id not in have:
                ev.actors.append(Participant(state.id, state.kind, state.name_zh, state.name_en, state.country))
                have.add(state.id)
