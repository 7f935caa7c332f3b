"""Reading the knowledge base: full-text search and event queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, and_, func, or_, select, text

from ..text_forms import t2s_converter
from . import schema as S
from .db import fts_tokens

_CHUNK = 500  # ids per IN (...) query: within SQLite's bound on parameters


@dataclass
class Hit:
    document: str
    kind: str
    line: int
    snippet: str
    rank: float


def simplified_query(query: str) -> str:
    """The query in simplified script (blocks are indexed in it, so either script finds both)."""
    return t2s_converter().convert(query.strip())


def _fts_sql(conn, q: str, select_sql: str, where: str, tail: str) -> tuple[dict, str]:
    """SQL and parameters for blocks holding every whitespace-separated term of q, each as a phrase."""
    terms = [fts_tokens(t).replace('"', " ") for t in q.split()] or [""]
    extra = f" AND ({where})" if where else ""
    if conn.dialect.name == "sqlite":
        match = " AND ".join('"' + t + '"' for t in terms)
        return ({"q": match}, f"SELECT {select_sql.replace('RANK', 'bm25(blocks_fts)')} "
                "FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.block_id JOIN documents d ON d.id = b.document_id "
                f"WHERE blocks_fts MATCH :q{extra} {tail}")
    # PostgreSQL: the same one-character tokens, as phrase queries over the 'simple' configuration
    query = " && ".join(f"phraseto_tsquery('simple', :q{i})" for i in range(len(terms)))
    rank = f"-ts_rank(to_tsvector('simple', b.tokens), {query})"
    return ({f"q{i}": t for i, t in enumerate(terms)},
            f"SELECT {select_sql.replace('RANK', rank)} FROM blocks b JOIN documents d ON d.id = b.document_id "
            f"WHERE to_tsvector('simple', b.tokens) @@ ({query}){extra} {tail}")


def matching_blocks(conn, q: str, limit: int, where: str = "", params: dict | None = None) -> list:
    """Rows (id, text, text_simplified, line_first, kind, path, rank, document_id, seq) of blocks holding q, best first.

    Every whitespace-separated term of q must occur (as a phrase). `where` narrows the blocks with
    SQL over `b` (blocks) and `d` (documents), bound by `params`.
    """
    qp, sql = _fts_sql(conn, q, "b.id, b.text, b.text_simplified, b.line_first, b.kind, d.path, RANK AS rank, "
                       "b.document_id, b.seq", where, "ORDER BY rank LIMIT :n")
    return conn.execute(text(sql), {**qp, "n": limit, **(params or {})}).all()


def count_matching(conn, q: str, where: str = "", params: dict | None = None) -> int:
    qp, sql = _fts_sql(conn, q, "count(*)", where, "")
    return conn.execute(text(sql), {**qp, **(params or {})}).scalar_one()


def snippet_parts(original: str, simplified: str, q: str, context: int = 30) -> tuple[str, str, str]:
    """(before, hit, after) around the first occurrence of the query's first term that the block holds:
    plain text, for the caller to mark up safely."""
    term, k = q, -1
    for t in q.split() or [q]:
        k = simplified.find(t)
        if k != -1:
            term = t
            break
    if k == -1:
        k = 0
    lo, hi = max(0, k - context), min(len(original), k + len(term) + context)
    flat = lambda s: s.replace("\n", " ")
    return flat(original[lo:k]), flat(original[k : k + len(term)]), flat(original[k + len(term) : hi])


def search(engine: Engine, query: str, limit: int = 20, context: int = 30) -> list[Hit]:
    """Blocks containing the query (either script finds both), best first, with highlighted snippets."""
    q = simplified_query(query)
    if not q:
        return []
    hits: list[Hit] = []
    with engine.connect() as conn:
        for _bid, original, simplified, line, kind, path, rank, doc_id, seq in matching_blocks(conn, q, limit):
            before, hit, after = snippet_parts(original, simplified, q, context)
            line_of_hit = _line_of(conn, doc_id, seq, hit) or line
            hits.append(Hit(path, kind, line_of_hit, before + "[" + hit + "]" + after, rank))
    return hits


def _line_of(conn, doc_id: int, block_seq: int, needle: str) -> int | None:
    """The original line of the sentence that holds the hit."""
    st = S.sentences
    for text_, line in conn.execute(
        select(st.c.text, st.c.line).where(st.c.document_id == doc_id, st.c.block_seq == block_seq).order_by(st.c.seq)
    ):
        if needle and needle in text_:
            return line
    return None


@dataclass(frozen=True)
class EventFilter:
    """Which events: by actor (a state's code also finds its persons), type, date range, modality, document."""

    actor: str | None = None
    etype: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    document_id: int | None = None
    ids: tuple[int, ...] | None = None  # exactly these events (e.g. those between two nodes of the network)

    def conditions(self) -> list:
        e, p = S.events, S.event_participants
        conds = []
        if self.etype:
            conds.append(e.c.type.in_([t.strip().upper() for t in self.etype.split(",") if t.strip()]))
        if self.since:
            conds.append(e.c.date >= self.since)
        if self.until:
            conds.append(e.c.date <= self.until + "\uffff")
        if self.modality:
            conds.append(e.c.modality == self.modality)
        if self.actor:
            sub = select(p.c.event_id).where(or_(p.c.country == self.actor.upper(), p.c.entity_id == self.actor))
            conds.append(e.c.id.in_(sub))
        if self.document_id is not None:
            conds.append(e.c.document_id == self.document_id)
        if self.ids is not None:
            conds.append(e.c.id.in_(list(self.ids)))
        return conds


# sort keys the events table offers; undated events always come last
SORTS = {"date": "date", "type": "type", "modality": "modality", "document": "path", "id": "id"}


def _order(sort: str):
    e, d = S.events, S.documents
    desc = sort.startswith("-")
    key = SORTS.get(sort.lstrip("-"), "date")
    col = d.c.path if key == "path" else e.c[key]
    first = [e.c.date.is_(None)] if key == "date" else []
    return [*first, col.desc() if desc else col, e.c.id.desc() if desc else e.c.id]


def evidence_of(conn, ids: set[int]) -> dict[int, list[dict]]:
    """event id -> its evidence spans ({event, text, line, document_id, document}), in one query per 500 events."""
    out: dict[int, list[dict]] = defaultdict(list)
    ev, e, d = S.evidence, S.events, S.documents
    ordered = sorted(ids)
    for k in range(0, len(ordered), _CHUNK):
        for r in conn.execute(select(ev.c.event_id, ev.c.text, ev.c.line, e.c.document_id, d.c.path)
                              .join(e, e.c.id == ev.c.event_id).join(d, d.c.id == e.c.document_id)
                              .where(ev.c.event_id.in_(ordered[k : k + _CHUNK])).order_by(ev.c.orig_start)):
            out[r.event_id].append({"event": r.event_id, "text": r.text, "line": r.line,
                                    "document_id": r.document_id, "document": r.path})
    return out


def count_events(engine: Engine, flt: EventFilter = EventFilter()) -> int:
    stmt = select(func.count()).select_from(S.events)
    conds = flt.conditions()
    if conds:
        stmt = stmt.where(and_(*conds))
    with engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def list_events(engine: Engine, actor: str | None = None, etype: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 200, document_id: int | None = None, *,
                modality: str | None = None, offset: int = 0, sort: str = "date",
                flt: EventFilter | None = None) -> list[dict]:
    """One page of events with their participants and evidence (a few queries per page, not per event)."""
    flt = flt or EventFilter(actor, etype, since, until, modality, document_id)
    e, p, d, ev = S.events, S.event_participants, S.documents, S.evidence
    stmt = select(e, d.c.path).join(d, d.c.id == e.c.document_id)
    conds = flt.conditions()
    if conds:
        stmt = stmt.where(and_(*conds))
    stmt = stmt.order_by(*_order(sort)).limit(limit).offset(offset)
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
        ids = [r["id"] for r in rows]
        parts: dict[int, list] = defaultdict(list)
        evid: dict[int, list] = defaultdict(list)
        # participants and evidence of the whole page in a few queries, not two per event
        for k in range(0, len(ids), _CHUNK):
            chunk = ids[k : k + _CHUNK]
            for x in conn.execute(select(p).where(p.c.event_id.in_(chunk))).mappings():
                parts[x["event_id"]].append(x)
            for x in conn.execute(select(ev).where(ev.c.event_id.in_(chunk)).order_by(ev.c.orig_start)).mappings():
                evid[x["event_id"]].append(x)
    return [
        {
            "id": r["id"], "type": r["type"], "score": r["score"], "date": r["date"], "date_end": r["date_end"],
            "effective": r["effective"], "modality": r["modality"], "label": r["label"], "object": r["object_name"],
            "object_id": r["object_id"], "location": r["location"], "source": r["source"], "trigger": r["trigger"],
            "document": r["path"], "document_id": r["document_id"],
            "actors": [x["country"] or x["entity_id"] for x in parts[r["id"]] if x["role"] == "actor"],
            "recipients": [x["country"] or x["entity_id"] for x in parts[r["id"]] if x["role"] == "recipient"],
            "evidence": [{"text": x["text"], "line": x["line"], "start": x["orig_start"], "end": x["orig_end"]}
                         for x in evid[r["id"]]],
        }
        for r in rows
    ]


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(select(text("count(*)")).select_from(t)).scalar_one() for t in S.metadata.sorted_tables}
