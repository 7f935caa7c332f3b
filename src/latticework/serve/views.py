"""What the explorer's pages show, assembled from the knowledge base in a few indexed queries each.

The functions return plain JSON-ready structures. Text from documents is returned as plain
strings with offsets; the pages build their markup from it with DOM text nodes, never as HTML.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, and_, func, or_, select

from ..store import schema as S
from ..store.network import Window, between, flows, ties
from ..store.query import (
    EventFilter,
    count_events,
    count_matching,
    evidence_of,
    list_events,
    matching_blocks,
    simplified_query,
    snippet_parts,
)

SEARCH_CAP = 2000  # best-ranked passages that facets and pages cover; the total is always exact


def names_of(conn, ids: set[str]) -> dict[str, dict]:
    """id -> {name_zh, name_en, kind} for the entities among ids."""
    out: dict[str, dict] = {}
    ids = {i for i in ids if i}
    ent = S.entities
    ordered = sorted(ids)
    for k in range(0, len(ordered), 500):
        chunk = ordered[k : k + 500]
        for r in conn.execute(select(ent.c.id, ent.c.name_zh, ent.c.name_en, ent.c.kind).where(ent.c.id.in_(chunk))):
            out[r.id] = {"name_zh": r.name_zh, "name_en": r.name_en, "kind": r.kind}
    missing = ids - set(out)
    if missing:  # organisations known only from the gazetteer's memberships
        from ..actors import default_gazetteer

        gz = default_gazetteer()
        for i in missing:
            e = gz.get(i)
            if e is not None:
                out[i] = {"name_zh": e.name_zh, "name_en": e.name_en, "kind": e.kind}
    return out


def document_year(d) -> int | None:
    for v in (d.get("date"), d.get("published")):
        if v and v[:4].isdigit():
            return int(v[:4])
    return d.get("issue_year")


# --- search ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchFilter:
    document: int | None = None
    year: int | None = None
    entity: str | None = None
    etype: str | None = None


def _block_keys(conn, block_ids: list[int]) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Entities mentioned in, and event types evidenced in, each block (joined by original offsets)."""
    b, m, e, ev = S.blocks, S.mentions, S.events, S.evidence
    ents: dict[int, set[str]] = defaultdict(set)
    types: dict[int, set[str]] = defaultdict(set)
    for k in range(0, len(block_ids), 500):
        chunk = block_ids[k : k + 500]
        inside = lambda col: and_(col >= b.c.orig_start, col < b.c.orig_end)
        for bid, key in conn.execute(
            select(b.c.id, func.coalesce(m.c.country, m.c.entity_id))
            .select_from(b.join(m, and_(m.c.document_id == b.c.document_id, inside(m.c.orig_start))))
            .where(b.c.id.in_(chunk))
        ):
            ents[bid].add(key)
        for bid, ty in conn.execute(
            select(b.c.id, e.c.type)
            .select_from(b.join(e, e.c.document_id == b.c.document_id)
                         .join(ev, and_(ev.c.event_id == e.c.id, inside(ev.c.orig_start))))
            .where(b.c.id.in_(chunk))
        ):
            types[bid].add(ty)
    return ents, types


def _search_where(flt: SearchFilter) -> tuple[str, dict]:
    """SQL over b (blocks) and d (documents) for the active facets (index probes per matching block)."""
    where, params = [], {}
    if flt.document is not None:
        where.append("b.document_id = :f_doc")
        params["f_doc"] = flt.document
    if flt.year is not None:
        where.append("(CASE WHEN d.date IS NOT NULL THEN substr(d.date, 1, 4) WHEN d.published IS NOT NULL "
                     "THEN substr(d.published, 1, 4) ELSE CAST(d.issue_year AS TEXT) END) = :f_year")
        params["f_year"] = f"{flt.year:04d}"
    if flt.entity:
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = b.document_id "
                     "AND m.orig_start >= b.orig_start AND m.orig_start < b.orig_end "
                     "AND coalesce(m.country, m.entity_id) = :f_ent)")
        params["f_ent"] = flt.entity
    if flt.etype:
        where.append("EXISTS (SELECT 1 FROM events e JOIN evidence ev ON ev.event_id = e.id "
                     "WHERE e.document_id = b.document_id AND e.type = :f_type "
                     "AND ev.orig_start >= b.orig_start AND ev.orig_start < b.orig_end)")
        params["f_type"] = flt.etype.upper()
    return " AND ".join(where), params


def search_view(engine: Engine, query: str, flt: SearchFilter = SearchFilter(), page: int = 1,
                per_page: int = 20) -> dict:
    """Hits with snippets, facets over the filtered hits (the best SEARCH_CAP of them), and one page."""
    q = simplified_query(query)
    empty = {"query": query, "total": 0, "capped": False, "page": page, "per_page": per_page, "hits": [],
             "facets": {"document": [], "year": [], "entity": [], "type": []}}
    if not q:
        return empty
    where, params = _search_where(flt)
    with engine.connect() as conn:
        total = count_matching(conn, q, where, params)
        rows = matching_blocks(conn, q, SEARCH_CAP, where, params) if total else []
        if not rows:
            return empty
        doc_ids = sorted({r.document_id for r in rows})
        docs = {d["id"]: dict(d) for d in conn.execute(
            select(S.documents.c.id, S.documents.c.path, S.documents.c.title, S.documents.c.date,
                   S.documents.c.published, S.documents.c.issue_year).where(S.documents.c.id.in_(doc_ids))).mappings()}
        ents, types = _block_keys(conn, [r.id for r in rows])
        f_doc, f_year, f_ent, f_type = Counter(), Counter(), Counter(), Counter()
        for r in rows:
            f_doc[r.document_id] += 1
            f_year[document_year(docs[r.document_id])] += 1
            f_ent.update(ents[r.id])
            f_type.update(types[r.id])
        top_ents = f_ent.most_common(20)
        names = names_of(conn, {k for k, _ in top_ents})
        page_rows = rows[(page - 1) * per_page : page * per_page]
        hits = []
        for r in page_rows:
            before, hit, after = snippet_parts(r.text, r.text_simplified, q)
            d = docs[r.document_id]
            hits.append({"document_id": r.document_id, "document": d["path"], "title": d["title"],
                         "block": r.seq, "kind": r.kind, "line": r.line_first,
                         "snippet": {"before": before, "hit": hit, "after": after}})
    return {
        "query": query, "total": total, "capped": total > len(rows), "covered": len(rows), "page": page,
        "per_page": per_page, "hits": hits,
        "facets": {
            "document": [{"value": k, "label": docs[k]["title"] or docs[k]["path"].rsplit("/", 1)[-1], "count": n}
                         for k, n in f_doc.most_common(30)],
            "year": [{"value": k, "label": str(k) if k else "undated", "count": n}
                     for k, n in sorted(f_year.items(), key=lambda kv: -(kv[0] or 0))],
            "entity": [{"value": k, "label": (names.get(k) or {}).get("name_zh") or k, "count": n} for k, n in top_ents],
            "type": [{"value": k, "label": k, "count": n} for k, n in f_type.most_common()],
        },
    }


# --- document reader ------------------------------------------------------------------------------

class _OffsetIndex:
    """Original offset -> (block seq, offset in the block's cleaned text), from the sentences' offset runs."""

    def __init__(self, blocks: list[dict], sentences: list):
        by_block: dict[int, list] = defaultdict(list)
        for s in sentences:
            by_block[s.block_seq].append(s)
        entries: list[tuple[int, int, int, int]] = []  # (orig, block seq, clean offset in block, length)
        for b in blocks:
            cursor = 0
            for s in sorted(by_block.get(b["seq"], []), key=lambda s: s.seq):
                at = b["text"].find(s.text, cursor)
                if at == -1:
                    continue
                cursor = at + len(s.text)
                for i, o, n in json.loads(s.offset_runs):
                    entries.append((o, b["seq"], at + i, n))
        entries.sort()
        self.runs = entries
        self.starts = [e[0] for e in entries]  # for bisect

    def locate(self, orig: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.starts, orig) - 1
        if k < 0:
            return None
        o, seq, c, n = self.runs[k]
        if orig < o + n:
            return seq, c + orig - o
        return None

    def span(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(block seq, clean start, clean end) of an original span that lies in one block."""
        a, z = self.locate(start), self.locate(end - 1)
        if a is None or z is None or a[0] != z[0]:
            return None
        return a[0], a[1], z[1] + 1


def document_view(engine: Engine, doc_id: int) -> dict | None:
    """The document's metadata, cleaned blocks with marks (mentions, triggers, evidence, footnote markers), events."""
    with engine.connect() as conn:
        d = conn.execute(select(S.documents).where(S.documents.c.id == doc_id)).mappings().first()
        if d is None:
            return None
        blocks = [dict(b) for b in conn.execute(
            select(S.blocks.c.seq, S.blocks.c.kind, S.blocks.c.level, S.blocks.c.label, S.blocks.c.text,
                   S.blocks.c.orig_start, S.blocks.c.orig_end, S.blocks.c.line_first, S.blocks.c.line_last)
            .where(S.blocks.c.document_id == doc_id).order_by(S.blocks.c.seq)).mappings()]
        sentences = conn.execute(select(S.sentences.c.block_seq, S.sentences.c.seq, S.sentences.c.text,
                                        S.sentences.c.offset_runs)
                                 .where(S.sentences.c.document_id == doc_id)).all()
        articles = [dict(a) for a in conn.execute(select(S.articles).where(S.articles.c.document_id == doc_id)
                                                  .order_by(S.articles.c.seq)).mappings()]
        mentions = conn.execute(select(S.mentions.c.entity_id, S.mentions.c.text, S.mentions.c.kind,
                                       S.mentions.c.country, S.mentions.c.how, S.mentions.c.orig_start,
                                       S.mentions.c.orig_end, S.mentions.c.line)
                                .where(S.mentions.c.document_id == doc_id)).all()
        markers = conn.execute(select(S.footnote_markers).where(S.footnote_markers.c.document_id == doc_id)).all()
        names = names_of(conn, {m.entity_id for m in mentions})
    for a in articles:
        for k in ("authors", "keywords", "clc"):
            a[k] = json.loads(a[k]) if a[k] else []
    events = list_events(engine, document_id=doc_id, limit=10**6)
    idx = _OffsetIndex(blocks, sentences)
    by_seq = {b["seq"]: b for b in blocks}
    marks: dict[int, list[dict]] = defaultdict(list)
    for m in mentions:
        sp = idx.span(m.orig_start, m.orig_end)
        if sp:
            nm = names.get(m.entity_id) or {}
            marks[sp[0]].append({"kind": "mention", "start": sp[1], "end": sp[2], "entity": m.entity_id,
                                 "entity_kind": m.kind, "country": m.country, "how": m.how,
                                 "name_zh": nm.get("name_zh"), "name_en": nm.get("name_en")})
    for ev in events:
        for k, x in enumerate(ev["evidence"]):
            sp = idx.span(x["start"], x["end"])
            if not sp:
                continue
            marks[sp[0]].append({"kind": "evidence", "start": sp[1], "end": sp[2], "event": ev["id"]})
            t = by_seq[sp[0]]["text"].find(ev["trigger"], sp[1], sp[2]) if ev["trigger"] else -1
            if t != -1 and k == 0:
                marks[sp[0]].append({"kind": "trigger", "start": t, "end": t + len(ev["trigger"]), "event": ev["id"],
                                     "type": ev["type"]})
    for mk in markers:
        marks[mk.block_seq].append({"kind": "marker", "start": mk.pos, "end": mk.pos, "label": mk.label,
                                    "footnote": mk.footnote_seq})
    for b in blocks:
        b["marks"] = sorted(marks.get(b["seq"], []), key=lambda x: (x["start"], -x["end"]))
    return {"document": dict(d), "articles": articles, "blocks": blocks, "events": events,
            "entities": names}


# --- entity page ----------------------------------------------------------------------------------

def _involving(entity_id: str):
    p = S.event_participants
    return select(p.c.event_id).where(or_(p.c.country == entity_id, p.c.entity_id == entity_id))


def entity_view(engine: Engine, entity_id: str) -> dict | None:
    """Profile, ties and memberships with evidence, events by type and year, and top counterparts."""
    e, p, rs, ms = S.events, S.event_participants, S.relationship_states, S.memberships
    with engine.connect() as conn:
        ent = conn.execute(select(S.entities).where(S.entities.c.id == entity_id)).mappings().first()
        if ent is None:
            return None
        n_mentions, n_docs = conn.execute(
            select(func.count(), func.count(func.distinct(S.mentions.c.document_id)))
            .where(or_(S.mentions.c.entity_id == entity_id, S.mentions.c.country == entity_id))).one()
        ties = [dict(t) for t in conn.execute(select(rs).where(or_(rs.c.a == entity_id, rs.c.b == entity_id))
                                               .order_by(rs.c.since)).mappings()]
        member = [dict(m) for m in conn.execute(
            select(ms).where(or_(ms.c.member == entity_id, ms.c.organisation == entity_id))
            .order_by(ms.c.since)).mappings()]
        year = func.substr(e.c.date, 1, 4)
        timeline: dict[str, dict[str, int]] = defaultdict(dict)
        for ty, yr, n in conn.execute(select(e.c.type, year, func.count()).where(e.c.id.in_(_involving(entity_id)))
                                      .group_by(e.c.type, year)):
            timeline[ty][yr or "undated"] = n
        mine = _involving(entity_id).subquery()
        other = func.coalesce(p.c.country, p.c.entity_id)
        top = conn.execute(
            select(other, func.count(func.distinct(e.c.id)), func.avg(e.c.score))
            .select_from(p.join(e, e.c.id == p.c.event_id))
            .where(p.c.event_id.in_(select(mine.c.event_id)), other != entity_id)
            .group_by(other).order_by(func.count(func.distinct(e.c.id)).desc()).limit(15)).all()
        ev_ids = {t["event_id"] for t in ties if t["event_id"]} | {m["event_id"] for m in member if m["event_id"]}
        evidence = evidence_of(conn, ev_ids)
        names = names_of(conn, {k for k, _, _ in top} | {t["a"] for t in ties} | {t["b"] for t in ties}
                         | {m["member"] for m in member} | {m["organisation"] for m in member})
    for t in ties:
        t["other"] = t["b"] if t["a"] == entity_id else t["a"]
        t["evidence"] = evidence.get(t["event_id"], [])
    for m in member:
        m["evidence"] = evidence.get(m["event_id"], [])
    return {
        "entity": dict(ent), "mentions": n_mentions, "documents": n_docs,
        "relationships": ties, "memberships": member,
        "timeline": {t: dict(c) for t, c in timeline.items()},
        "counterparts": [{"id": k, "events": int(n), "mean_score": round(float(s or 0), 2)} for k, n, s in top],
        "names": names,
    }


# --- events table ---------------------------------------------------------------------------------

def events_view(engine: Engine, flt: EventFilter, sort: str, offset: int, limit: int) -> dict:
    rows = list_events(engine, flt=flt, sort=sort, offset=offset, limit=limit)
    with engine.connect() as conn:
        names = names_of(conn, {k for r in rows for k in r["actors"] + r["recipients"]})
    return {"total": count_events(engine, flt), "offset": offset, "limit": limit, "sort": sort,
            "events": rows, "names": names}


# --- network view ---------------------------------------------------------------------------------

class NetworkLayout:
    """Node positions computed once over the whole network, so that filtering by year keeps nodes in place,
    and the last few network views, since aggregating every event of a large base takes a moment.

    Both are dropped when the knowledge base changes (seen by its last event id and count of ties).
    """

    CACHED_VIEWS = 32

    def __init__(self, engine: Engine):
        self.engine = engine
        self._key: tuple[int, int] | None = None
        self._pos: dict[str, tuple[float, float]] = {}
        self._views: dict[tuple, dict] = {}

    def version(self) -> tuple[int, int]:
        with self.engine.connect() as conn:
            return (conn.execute(select(func.max(S.events.c.id))).scalar_one() or 0,
                    conn.execute(select(func.count()).select_from(S.relationship_states)).scalar_one())

    def positions(self) -> dict[str, tuple[float, float]]:
        key = self.version()
        if key != self._key:
            self._pos = self._compute()
            self._views = {}
            self._key = key
        return self._pos

    def view(self, window: Window, min_events: int) -> dict:
        pos = self.positions()  # also refreshes the key (and drops stale views)
        k = (window, min_events)
        if k not in self._views:
            if len(self._views) >= self.CACHED_VIEWS:
                self._views.pop(next(iter(self._views)))
            self._views[k] = graph_view(self.engine, pos, window, min_events)
        return self._views[k]

    def _compute(self) -> dict[str, tuple[float, float]]:
        import networkx as nx

        g = nx.Graph()
        for f in flows(self.engine):
            w = g.get_edge_data(f["source"], f["target"], {}).get("weight", 0)
            g.add_edge(f["source"], f["target"], weight=w + f["events"])
        for t in ties(self.engine):
            g.add_edge(t["source"], t["target"], weight=g.get_edge_data(t["source"], t["target"], {}).get("weight", 0) + 3)
        if not g:
            return {}
        # log weights keep heavy pairs from collapsing onto each other; a large k spreads the core
        for _a, _b, d in g.edges(data=True):
            d["w"] = 1.0 + math.log(d["weight"])
        pos = nx.spring_layout(g, seed=7, weight="w", k=2.5 / math.sqrt(len(g)), iterations=150)
        # spread the crowded core: blend each coordinate with its rank
        out: dict[str, tuple[float, float]] = {k: (0.0, 0.0) for k in pos}
        for axis in (0, 1):
            order = sorted(pos, key=lambda k: pos[k][axis])
            lo, hi = pos[order[0]][axis], pos[order[-1]][axis]
            for rank, k in enumerate(order):
                v = 0.5 * ((pos[k][axis] - lo) / (hi - lo) if hi > lo else 0.5) + 0.5 * rank / max(1, len(order) - 1)
                out[k] = (round(v, 4), out[k][1]) if axis == 0 else (out[k][0], round(v, 4))
        return out


def graph_view(engine: Engine, pos: dict[str, tuple[float, float]], window: Window, min_events: int = 1) -> dict:
    """Nodes with positions and event counts, flow edges and alignment ties, within the window."""
    fl = [f for f in flows(engine, window) if f["events"] >= min_events]
    ti = ties(engine, window)
    weight: Counter = Counter()
    for f in fl:
        weight[f["source"]] += f["events"]
        weight[f["target"]] += f["events"]
    keys = {f["source"] for f in fl} | {f["target"] for f in fl} | {t["source"] for t in ti} | {t["target"] for t in ti}
    with engine.connect() as conn:
        names = names_of(conn, keys)
    nodes = []
    for k in sorted(keys):
        nm = names.get(k) or {}
        x, y = pos.get(k, (0.0, 0.0))
        nodes.append({"id": k, "label": nm.get("name_zh") or k, "name_en": nm.get("name_en") or "",
                      "kind": nm.get("kind") or "state", "events": weight[k], "x": x, "y": y})
    return {"window": {"since": window.since, "until": window.until, "types": list(window.types)},
            "nodes": nodes, "flows": fl, "ties": ti}


def edge_view(engine: Engine, a: str, b: str, window: Window) -> dict:
    """The events in the window that involve both a and b (either direction), with evidence, and their ties."""
    ids = sorted(set(between(engine, a, b, window)) | set(between(engine, b, a, window)))
    rows = list_events(engine, limit=len(ids), flt=EventFilter(ids=tuple(ids))) if ids else []
    tie_rows = [t for t in ties(engine, window) if {t["source"], t["target"]} == {a, b}]
    with engine.connect() as conn:
        evidence = evidence_of(conn, {t["event_id"] for t in tie_rows if t["event_id"]})
        names = names_of(conn, {a, b} | {k for r in rows for k in r["actors"] + r["recipients"]})
    for t in tie_rows:
        t["evidence"] = evidence.get(t["event_id"], [])
    return {"a": a, "b": b, "events": rows, "ties": tie_rows, "names": names}


def node_view(engine: Engine, key: str, window: Window, limit: int = 50) -> dict:
    """A node's events in the window (newest first), for the network's side panel."""
    since = f"{window.since:04d}" if window.since is not None else None
    until = f"{window.until:04d}" if window.until is not None else None
    flt = EventFilter(actor=key, since=since, until=until, etype=",".join(window.types) or None, modality="asserted")
    rows = list_events(engine, flt=flt, sort="-date", limit=limit)
    with engine.connect() as conn:
        names = names_of(conn, {key} | {k for r in rows for k in r["actors"] + r["recipients"]})
    return {"id": key, "total": count_events(engine, flt), "events": rows, "names": names}
