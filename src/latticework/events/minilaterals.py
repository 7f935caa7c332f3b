"""Small groupings act with their members: a session of the Quad, AUKUS or a trilateral lists the
grouping and every member, and a meeting of exactly a grouping's members is a session of it."""

from __future__ import annotations

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from .attributes import _ORG_KINDS
from .model import Participant


def _minilateral(parts: list[Participant], gz: Gazetteer, open_list: bool = False) -> list[Participant]:
    """A small grouping (at most four members: Quad, AUKUS, a trilateral) acts with its members: a
    session of the grouping lists the grouping and every member, and a meeting of exactly its
    members (three or four states) is a session of it, unless the list is open (美日韩等近50国)."""
    index = _minilateral_index(gz)
    keys = {p.key() for p in parts}
    out = list(parts)
    for p in parts:
        members = index["by_id"].get(p.id)
        if members and p.kind in _ORG_KINDS:
            for mid in members:
                if mid not in keys and (ent := gz.get(mid)) is not None:
                    out.append(Participant.of(ent))
                    keys.add(mid)
    states = frozenset(p.key() for p in out if p.kind in STATE_KINDS)
    if len(states) >= 3 and not open_list and not any(p.kind in _ORG_KINDS for p in out):
        gid = index["by_members"].get(states)
        if gid and (ent := gz.get(gid)) is not None:
            out.append(Participant.of(ent))
    return out


def _minilateral_index(gz: Gazetteer) -> dict:
    """Groupings and mechanisms of two to four current state members, by id and by member set."""
    return gz.derived("minilaterals", lambda: _build_minilateral_index(gz))


def _build_minilateral_index(gz: Gazetteer) -> dict:
    by_id: dict[str, list[str]] = {}
    groups: dict[frozenset, list[str]] = {}
    for ent in {e.id: e for e in gz.entities.values()}.values():
        if ent.kind not in ("grouping", "mechanism"):
            continue
        mids = [m.get("id") for m in ent.members if m.get("id") and not m.get("until")]
        if 2 <= len(mids) <= 4 and all((x := gz.get(i)) is not None and x.kind in STATE_KINDS for i in mids):
            by_id[ent.id] = mids
            if len(mids) >= 3 and ent.kind == "grouping":
                groups.setdefault(frozenset(mids), []).append(ent.id)
    return {"by_id": by_id, "by_members": {k: v[0] for k, v in groups.items() if len(v) == 1}}
