"""Derived tables: relationship states between parties and memberships, with their evidence.

Relationship states come from asserted ALIGN events (the label as written, since the event's
date, until the next ALIGN of the same pair); memberships from the gazetteer's member lists (as
documented there) and from asserted JOIN/LEAVE events in the documents.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Engine, delete, insert, select

from . import schema as S


def relation_kind(label: str) -> str:
    if "同盟" in label or "盟友" in label:
        return "alliance"
    if "伙伴" in label:
        return "partnership"
    if "建交" in label or "外交关系" in label:
        return "diplomatic"
    return "other"


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
            items.sort(key=lambda x: x[0] or "")
            seen: set[tuple[str | None, str]] = set()
            uniq = [x for x in items if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
            for k, (date, label, ev_id) in enumerate(uniq):
                until = uniq[k + 1][0] if k + 1 < len(uniq) and relation_kind(uniq[k + 1][1]) == relation_kind(label) else None
                rows.append({"a": a, "b": b, "kind": relation_kind(label), "label": label, "since": date,
                             "until": until, "event_id": ev_id})
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
        for ev_id, etype, date, obj, key in joins:
            if obj and key:
                members.append({"member": key, "organisation": obj, "role": "member" if etype == "JOIN" else "left",
                                "since": date, "until": None, "source": "event", "event_id": ev_id})
        if members:
            conn.execute(insert(S.memberships), members)


def relations_on(engine: Engine, entity: str, on: str) -> dict[str, list[dict]]:
    """Ties and memberships of `entity` in force on `on` (ISO date), each with its evidence."""
    rs, ms, ev = S.relationship_states, S.memberships, S.evidence
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
        for (other, kind), r in sorted(latest.items()):
            evid = conn.execute(select(ev.c.text, ev.c.line, S.documents.c.path)
                                .join(S.events, S.events.c.id == ev.c.event_id)
                                .join(S.documents, S.documents.c.id == S.events.c.document_id)
                                .where(ev.c.event_id == r["event_id"])).all()
            ties.append({"other": other, "kind": kind, "label": r["label"], "since": r["since"],
                         "evidence": [{"text": t, "line": line, "document": path} for t, line, path in evid]})
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
