"""An organ beside its own body is the body: 拜登与欧盟委员会主席冯德莱恩在美欧峰会上… has the EU as a
party, not the EU and its Commission. When an event lists a body and one of its organs (gazetteer
`parent`), the organ is dropped; an organ acting alone (欧盟委员会宣布…) stays itself."""

from __future__ import annotations

from ..actors.gazetteer import Gazetteer
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
