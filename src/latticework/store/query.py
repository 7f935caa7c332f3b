"""Reading the knowledge base: full-text search and event queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, and_, or_, select, text

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


def search(engine: Engine, query: str, limit: int = 20, context: int = 30) -> list[Hit]:
    """Blocks containing the query (either script finds both), best first, with highlighted snippets."""
    q = t2s_converter().convert(query.strip())
    if not q:
        return []
    tokens = fts_tokens(q).replace('"', " ")
    if engine.dialect.name == "sqlite":
        phrase = '"' + tokens + '"'
        sql = text(
            "SELECT b.id, b.text, b.text_simplified, b.line_first, b.kind, d.path, bm25(blocks_fts) AS rank, b.document_id, b.seq "
            "FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.block_id JOIN documents d ON d.id = b.document_id "
            "WHERE blocks_fts MATCH :q ORDER BY rank LIMIT :n"
        )
    else:  # PostgreSQL: the same one-character tokens, as a phrase query over the 'simple' configuration
        phrase = tokens
        sql = text(
            "SELECT b.id, b.text, b.text_simplified, b.line_first, b.kind, d.path, "
            "-ts_rank(to_tsvector('simple', b.tokens), phraseto_tsquery('simple', :q)) AS rank, b.document_id, b.seq "
            "FROM blocks b JOIN documents d ON d.id = b.document_id "
            "WHERE to_tsvector('simple', b.tokens) @@ phraseto_tsquery('simple', :q) ORDER BY rank LIMIT :n"
        )
    hits: list[Hit] = []
    with engine.connect() as conn:
        for _bid, original, simplified, line, kind, path, rank, doc_id, seq in conn.execute(sql, {"q": phrase, "n": limit}).all():
            k = simplified.find(q)
            if k == -1:
                k = 0
            lo, hi = max(0, k - context), min(len(original), k + len(q) + context)
            line_of_hit = _line_of(conn, doc_id, seq, original[k : k + len(q)]) or line
            snippet = original[lo:k] + "[" + original[k : k + len(q)] + "]" + original[k + len(q) : hi]
            hits.append(Hit(path, kind, line_of_hit, snippet.replace("\n", " "), rank))
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


def list_events(engine: Engine, actor: str | None = None, etype: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 200, document_id: int | None = None) -> list[dict]:
    e, p, d, ev = S.events, S.event_participants, S.documents, S.evidence
    stmt = select(e, d.c.path).join(d, d.c.id == e.c.document_id)
    conds = []
    if etype:
        conds.append(e.c.type == etype.upper())
    if since:
        conds.append(e.c.date >= since)
    if until:
        conds.append(e.c.date <= until + "\uffff")
    if actor:
        sub = select(p.c.event_id).where(or_(p.c.country == actor.upper(), p.c.entity_id == actor))
        conds.append(e.c.id.in_(sub))
    if document_id is not None:
        conds.append(e.c.document_id == document_id)
    if conds:
        stmt = stmt.where(and_(*conds))
    stmt = stmt.order_by(e.c.date.is_(None), e.c.date, e.c.id).limit(limit)  # undated last
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
            for x in conn.execute(select(ev).where(ev.c.event_id.in_(chunk))).mappings():
                evid[x["event_id"]].append(x)
    return [
        {
            "id": r["id"], "type": r["type"], "date": r["date"], "date_end": r["date_end"],
            "modality": r["modality"], "label": r["label"], "object": r["object_name"], "document": r["path"],
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
