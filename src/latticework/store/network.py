"""The network of the regional order, aggregated in SQL: event flows and alignment ties.

Shared by the graph exports and the explorer's network view, so that both count the same
edges. A node is a state (persons count for the state they act for) or an organisation; an
event flows from each actor to each recipient, or, when it has no recipient, between each pair
of its actors. Only asserted events count: planned, proposed or denied ones are not flows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, and_, func, literal, or_, select, union_all
from sqlalchemy.sql import ColumnElement

from . import schema as S


@dataclass(frozen=True)
class Window:
    """Which events count: a year range (inclusive) and event types (empty: all)."""

    since: int | None = None
    until: int | None = None
    types: tuple[str, ...] = ()

    def conditions(self) -> list[ColumnElement]:
        e = S.events.c
        conds: list[ColumnElement] = [e.modality == "asserted", e.date.is_not(None)]
        if self.since is not None:
            conds.append(e.date >= f"{self.since:04d}")
        if self.until is not None:
            conds.append(e.date < f"{self.until + 1:04d}")
        if self.types:
            conds.append(e.type.in_([t.upper() for t in self.types]))
        return conds


def _key(p) -> ColumnElement:
    return func.coalesce(p.c.country, p.c.entity_id)


def flows(engine: Engine, window: Window = Window()) -> list[dict]:
    """[{source, target, events, mean_score, types}] for directed flows and undirected co-actions."""
    e = S.events
    a, b = S.event_participants.alias("a"), S.event_participants.alias("b")
    has_recipient = select(S.event_participants.c.event_id).where(S.event_participants.c.role == "recipient")
    base = and_(*window.conditions())
    directed = (select(_key(a).label("s"), _key(b).label("t"), e.c.id.label("ev"), e.c.score, e.c.type,
                       literal(1).label("directed"))
                .select_from(e.join(a, a.c.event_id == e.c.id).join(b, b.c.event_id == e.c.id))
                .where(base, a.c.role == "actor", b.c.role == "recipient"))
    mutual = (select(_key(a).label("s"), _key(b).label("t"), e.c.id.label("ev"), e.c.score, e.c.type,
                     literal(0).label("directed"))
              .select_from(e.join(a, a.c.event_id == e.c.id).join(b, b.c.event_id == e.c.id))
              .where(base, a.c.role == "actor", b.c.role == "actor", _key(a) < _key(b),
                     e.c.id.not_in(has_recipient)))
    u = union_all(directed, mutual).subquery()
    stmt = (select(u.c.s, u.c.t, u.c.directed, func.count(func.distinct(u.c.ev)), func.avg(u.c.score),
                   func.group_concat(u.c.type) if engine.dialect.name == "sqlite"
                   else func.string_agg(u.c.type, literal(",")))
            .where(u.c.s != u.c.t, u.c.s.is_not(None), u.c.t.is_not(None))
            .group_by(u.c.s, u.c.t, u.c.directed))
    out = []
    with engine.connect() as conn:
        for s, t, directed, n, mean, types in conn.execute(stmt):
            counts: dict[str, int] = {}
            for ty in (types or "").split(","):
                if ty:
                    counts[ty] = counts.get(ty, 0) + 1
            out.append({"source": s, "target": t, "directed": bool(directed), "events": int(n),
                        "mean_score": round(float(mean or 0.0), 2), "types": counts})
    return out


def ties(engine: Engine, window: Window = Window()) -> list[dict]:
    """Alignment ties (alliances, partnerships, diplomatic relations) in force at some point of the window."""
    rs = S.relationship_states
    stmt = select(rs)
    if window.until is not None:
        stmt = stmt.where(or_(rs.c.since.is_(None), rs.c.since < f"{window.until + 1:04d}"))
    if window.since is not None:
        stmt = stmt.where(or_(rs.c.until.is_(None), rs.c.until >= f"{window.since:04d}"))
    with engine.connect() as conn:
        return [{"source": r.a, "target": r.b, "kind": r.kind, "label": r.label, "since": r.since,
                 "until": r.until, "event_id": r.event_id} for r in conn.execute(stmt)]


def between(engine: Engine, x: str, y: str, window: Window = Window(), limit: int = 200) -> list[int]:
    """Ids of the events in the window that involve both x and y (states by country, others by id)."""
    a, b = S.event_participants.alias("a"), S.event_participants.alias("b")
    e = S.events
    stmt = (select(e.c.id).select_from(e.join(a, a.c.event_id == e.c.id).join(b, b.c.event_id == e.c.id))
            .where(*window.conditions(), _key(a) == x, _key(b) == y)
            .distinct().order_by(e.c.id).limit(limit))
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(stmt)]
