"""Derived tables: relationship states between parties and memberships, with their evidence.

Relationship states come from asserted ALIGN events (the label as written, since the event's
date, until the pair's next state of the same kind; restating a label does not start a new
state); memberships from the gazetteer's member lists (as documented there) and from asserted
JOIN/LEAVE events in the documents (a LEAVE ends the membership an earlier JOIN stated).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Engine, delete, insert, select

from . import schema as S
from .query import evidence_of


def relation_kind(label: str) -> str:
    if "同盟" in label or "盟友" in label:
        return "alliance"
    if "伙伴" in label:
        return "partnership"
    if "建交" in label or "外交关系" in label:
        return "diplomatic"
    return "other"


def _same_happening(d1: str | None, d2: str | None) -> bool:
    """Two dates that may name the same day at different precision (2023-09 and 2023-09-10)."""
    if not d1 or not d2:
        return d1 == d2
    return d1.startswith(d2) or d2.startswith(d1)


def pair_states(items: list[tuple[str | None, str, int]]) -> list[dict]:
    """The successive states of one pair from its ALIGN events (date, label, event id).

    A state lasts until the pair's next state of the same kind (an upgrade ends the partnership it
    replaces). Stating the same label again does not start a new state: a restatement at another
    precision (2023-09, then 2023-09-10) sharpens the date; a later restatement is the same tie.
    """
    states: list[dict] = []
    for date, label, ev_id in sorted(items, key=lambda x: x[0] or "9999"):
        cur = next((s for s in reversed(states) if s["kind"] == relation_kind(label)), None)
        if cur is not None and cur["label"] == label:
            if _same_happening(cur["since"], date) and len(date or "") > len(cur["since"] or ""):
                for prev in states:  # the state this one replaced ended on the sharper date too
                    if prev["kind"] == cur["kind"] and prev["until"] == cur["since"]:
                        prev["until"] = date
                cur["since"], cur["event_id"] = date, ev_id
            continue
        if cur is not None and cur["until"] is None and date:
            cur["until"] = date
        states.append({"kind": relation_kind(label), "label": label, "since": date, "until": None, "event_id": ev_id})
    return states


def rebuild(engine: Engine) -> None:
    from ..actors import default_gazetteer

    e, p = S.events, S.event_participants
    with engine.begin() as conn:
        conn.execute(delete(S.relationship_states))
        conn.execute(delete(S.memberships))
        aligns = conn.execute(
            select(e.c.id, e.c.date, e.c.label).where(e.c.type == "ALIGN", e.c.modality == "asserted", e.c.label.is_not(None))
        ).all()
        parts: dict[int, list[str]] = defaultdict(list)
        for ev_id, key in conn.execute(select(p.c.event_id, p.c.country).where(p.c.event_id.in_([a[0] for a in aligns]))):
            if key and key not in parts[ev_id]:
                parts[ev_id].append(key)
        by_pair: dict[tuple[str, str], list[tuple[str | None, str, int]]] = defaultdict(list)
        for ev_id, date, label in aligns:
            ks = sorted(parts.get(ev_id, []))
            for i in range(len(ks)):
                for j in range(i + 1, len(ks)):
                    by_pair[(ks[i], ks[j])].append((date, label, ev_id))
        rows = []
        for (a, b), items in by_pair.items():
            for st in pair_states(items):
                rows.append({"a": a, "b": b, **st})
        if rows:
            conn.execute(insert(S.relationship_states), rows)
        members = []
        for ent in default_gazetteer().entities.values():
            for m in ent.members:
                if not isinstance(m, dict) or not m.get("id"):
                    continue
                members.append({"member": str(m["id"]), "organisation": ent.id, "role": m.get("role") or "member",
                                "since": str(m["from"]) if m.get("from") else None,
                                "until": str(m["until"]) if m.get("until") else None, "source": "gazetteer", "event_id": None})
        joins = conn.execute(
            select(e.c.id, e.c.type, e.c.date, e.c.object_id, p.c.country)
            .join(p, p.c.event_id == e.c.id)
            .where(e.c.type.in_(["JOIN", "LEAVE"]), e.c.modality == "asserted", p.c.role == "actor")
        )
        open_: dict[tuple[str, str], dict] = {}
        for ev_id, etype, date, obj, key in sorted(joins, key=lambda r: r[2] or "9999"):
            if not (obj and key):
                continue
            row = {"member": key, "organisation": obj, "role": "member" if etype == "JOIN" else "left",
                   "since": date, "until": None, "source": "event", "event_id": ev_id}
            if etype == "LEAVE" and date and (key, obj) in open_:
                open_.pop((key, obj))["until"] = date  # the withdrawal ends the membership the documents state
            elif etype == "JOIN":
                open_[(key, obj)] = row
            members.append(row)
        if members:
            conn.execute(insert(S.memberships), members)


def relations_on(engine: Engine, entity: str, on: str) -> dict[str, list[dict]]:
    """Ties and memberships of `entity` in force on `on` (ISO date), each with its evidence."""
    rs, ms = S.relationship_states, S.memberships
    ties: list[dict] = []
    with engine.connect() as conn:
        rows = conn.execute(select(rs).where((rs.c.a == entity) | (rs.c.b == entity))).mappings().all()
        latest: dict[tuple[str, str], dict] = {}
        for r in rows:
            if r["since"] and r["since"][: len(on)] > on[: len(r["since"])]:
                continue
            if r["until"] and r["until"] <= on:
                continue
            other = r["b"] if r["a"] == entity else r["a"]
            key = (other, r["kind"])
            if key not in latest or (r["since"] or "") >= (latest[key]["since"] or ""):
                latest[key] = dict(r)
        evidence = evidence_of(conn, {r["event_id"] for r in latest.values() if r["event_id"]})
        for (other, kind), r in sorted(latest.items()):
            ties.append({"other": other, "kind": kind, "label": r["label"], "since": r["since"],
                         "evidence": [{"text": x["text"], "line": x["line"], "document": x["document"]}
                                      for x in evidence.get(r["event_id"], [])]})
        mem = []
        for r in conn.execute(select(ms).where(ms.c.member == entity)).mappings():
            if r["role"] == "left":
                continue
            if r["since"] and r["since"][: len(on)] > on[: len(r["since"])]:
                continue
            if r["until"] and r["until"] <= on:
                continue
            mem.append({"organisation": r["organisation"], "role": r["role"], "since": r["since"], "source": r["source"]})
    return {"ties": ties, "memberships": mem}
