"""Exports: events as JSONL/CSV/Parquet with PLOVER field names, the network as GraphML/GEXF.

Event rows use the PLOVER/POLECAT field names where they exist (event_id, event_date,
event_type, event_mode, actor, actor_country, recipient, recipient_country, place_name,
event_text) and latticework's own names for the rest.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from sqlalchemy import Engine, select

from ..errors import LatticeworkError
from . import schema as S
from .query import list_events


def plover_rows(engine: Engine) -> list[dict]:
    rows = []
    for ev in list_events(engine, limit=10**9):
        evid = ev["evidence"]
        rows.append({
            "event_id": ev["id"],
            "event_date": ev["date"],
            "event_date_end": ev["date_end"],
            "event_type": ev["type"],
            "event_mode": ev["modality"],
            "actor": ";".join(ev["actors"]),
            "actor_country": ";".join(a for a in ev["actors"] if len(a) == 3 and a.isupper()),
            "recipient": ";".join(ev["recipients"]),
            "recipient_country": ";".join(r for r in ev["recipients"] if len(r) == 3 and r.isupper()),
            "place_name": None,
            "label": ev["label"],
            "object": ev["object"],
            "event_text": evid[0]["text"] if evid else None,
            "document": ev["document"],
            "line": evid[0]["line"] if evid else None,
            "start": evid[0]["start"] if evid else None,
            "end": evid[0]["end"] if evid else None,
        })
    return rows


def export_events(engine: Engine, fmt: str, out: Path | None) -> str | None:
    rows = plover_rows(engine)
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        buf = io.StringIO()
        fields = list(rows[0]) if rows else ["event_id"]
        w = csv.DictWriter(buf, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
        text = buf.getvalue()
    elif fmt == "parquet":
        if out is None:
            raise LatticeworkError(None, "parquet is binary: give --output FILE")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise LatticeworkError(None, "parquet export needs pyarrow (pip install pyarrow)") from None
        pq.write_table(pa.Table.from_pylist(rows), str(out))
        return None
    else:
        raise LatticeworkError(None, f"unknown event export format {fmt!r} (jsonl, csv, parquet)")
    if out is None:
        return text
    out.write_text(text, encoding="utf-8")
    return None


def graph(engine: Engine, year: int | None = None):
    """States and organisations as nodes; alignment ties and event flows as edges."""
    import networkx as nx

    g = nx.MultiDiGraph()
    e, p, ent = S.events, S.event_participants, S.entities
    with engine.connect() as conn:
        names = {r.id: r for r in conn.execute(select(ent))}

        def node(key: str) -> None:
            if key not in g:
                r = names.get(key)
                g.add_node(key, label=(r.name_zh if r else key) or key, name_en=(r.name_en if r else "") or "",
                           kind=(r.kind if r else "state") or "")

        stmt = select(e.c.id, e.c.type, e.c.score, e.c.date).where(e.c.modality == "asserted")
        if year is not None:
            stmt = stmt.where(e.c.date.like(f"{year:04d}%"))
        flows: dict[tuple[str, str], dict] = defaultdict(lambda: {"events": 0, "score": 0.0})
        evs = conn.execute(stmt).all()
        parts: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for ev_id, role, key in conn.execute(select(p.c.event_id, p.c.role, p.c.country).where(p.c.event_id.in_([x[0] for x in evs]))):
            if key:
                parts[ev_id].append((role, key))
        for ev_id, _etype, score, _date in evs:
            actors = [k for r, k in parts[ev_id] if r == "actor"]
            recips = [k for r, k in parts[ev_id] if r == "recipient"]
            pairs = [(a, b) for a in actors for b in recips] or [(a, b) for a in actors for b in actors if a < b]
            for a, b in pairs:
                if a != b:
                    flows[(a, b)]["events"] += 1
                    flows[(a, b)]["score"] += score or 0.0
        for (a, b), f in flows.items():
            node(a)
            node(b)
            g.add_edge(a, b, kind="events", weight=f["events"], mean_score=round(f["score"] / f["events"], 2))
        rs = S.relationship_states
        for r in conn.execute(select(rs)):
            if year is not None and r.since and int(r.since[:4]) > year:
                continue
            node(r.a)
            node(r.b)
            g.add_edge(r.a, r.b, kind=r.kind, label=r.label, since=r.since or "")
    return g


def export_graph(engine: Engine, fmt: str, out: Path | None, year: int | None = None) -> str | None:
    import networkx as nx

    g = graph(engine, year)
    if fmt == "graphml":
        lines: Iterable[str] = nx.generate_graphml(g)
    elif fmt == "gexf":
        lines = nx.generate_gexf(g)
    else:
        raise LatticeworkError(None, f"unknown graph export format {fmt!r} (graphml, gexf)")
    text = "\n".join(lines) + "\n"
    if out is None:
        return text
    out.write_text(text, encoding="utf-8")
    return None
