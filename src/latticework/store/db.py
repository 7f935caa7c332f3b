"""Opening the knowledge base and writing one document into it, in one transaction.

SQLite is the embedded default (one file, WAL mode so readers keep working during an ingest);
the same SQLAlchemy Core code path is meant for PostgreSQL. Full-text search uses an FTS5 table
in which every Han character is its own token (FTS5's trigram tokenizer finds nothing for
two-character words such as 北约), queried as phrases, in simplified script so that a query in
either script finds both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, event, insert, select, text
from sqlalchemy.exc import DatabaseError, OperationalError

from ..errors import LatticeworkError
from ..sentences import sentence_spans
from . import schema as S

DEFAULT_DB = "latticework.sqlite"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def url_of(db: str | None) -> str:
    db = db or DEFAULT_DB
    return db if "://" in db else f"sqlite:///{db}"


def open_db(db: str | None = None) -> Engine:
    url = url_of(db)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record) -> None:  # pragma: no cover - exercised through every test
            cur = conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={int(os.environ.get('LATTICEWORK_BUSY_TIMEOUT_MS', '5000'))}")
            cur.close()

    try:
        S.metadata.create_all(engine)
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS blocks_fts USING fts5(tokens, block_id UNINDEXED)"))
            elif engine.dialect.name == "postgresql":
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_blocks_tokens ON blocks USING gin (to_tsvector('simple', tokens))"))
            for name, sql in _VIEWS.items():
                exists = conn.execute(text(
                    "SELECT 1 FROM sqlite_master WHERE type='view' AND name=:n" if engine.dialect.name == "sqlite"
                    else "SELECT 1 FROM information_schema.views WHERE table_name=:n"), {"n": name}).first()
                if not exists:
                    conn.execute(text(f"CREATE VIEW {name} AS {sql}"))
    except (DatabaseError, OperationalError) as exc:
        raise LatticeworkError(url.removeprefix("sqlite:///"), f"cannot open the knowledge base ({_reason(exc)})") from None
    except ImportError as exc:
        raise LatticeworkError(None, f"{url.split(':')[0]}: database driver missing ({exc.name}); install it with pip") from None
    return engine


# Sections and footnotes are blocks of their kind; the views name them as tables do.
_VIEWS = {
    "sections": "SELECT id, document_id, seq, level, text, orig_start, orig_end, line_first AS line "
                "FROM blocks WHERE kind = 'heading'",
    "footnotes": "SELECT id, document_id, seq, label, text, orig_start, orig_end, line_first, line_last "
                 "FROM blocks WHERE kind = 'footnote'",
}


def _reason(exc: Exception) -> str:
    msg = str(getattr(exc, "orig", exc)).splitlines()[0]
    return msg[:200]


def fts_tokens(simplified: str) -> str:
    """One token per Han character, Latin words and numbers as they are."""
    return " ".join(_HAN.sub(lambda m: f" {m.group(0)} ", simplified).split())


@dataclass
class IngestResult:
    path: str
    status: str  # added | replaced | unchanged
    document_id: int
    articles: int = 0
    events: int = 0
    mentions: int = 0


@dataclass
class Payload:
    """Everything extracted from one file, ready to write (picklable, so workers can build it)."""

    path: str
    digest: str
    document: dict
    articles: list[dict]
    blocks: list[dict]
    mentions: list[dict]
    events: list[dict]
    sentences: list[dict] = None  # type: ignore[assignment]
    markers: list[dict] = None  # type: ignore[assignment]


def digest_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_payload(path: Path, digest: str | None = None) -> Payload:
    """Read and extract one document (no database involved)."""
    from ..actors import link, mention_json
    from ..events import event_json, extract_events
    from ..pipeline import process

    digest = digest or digest_of(path)
    p = process(path)
    lay = p.layout
    issue = lay.issue or {}
    document = dict(
        content_hash=digest, path=str(path), format=p.source.format, encoding=p.source.encoding,
        kind=lay.kind, title=lay.title, date=p.date, journal=issue.get("journal"),
        issue_year=issue.get("year"), issue_number=issue.get("number"),
        issue_cumulative=issue.get("cumulative"), published=issue.get("published"),
        script="traditional" if p.doc.is_traditional else "simplified",
        lines=p.source.n_lines, characters=len(p.source.text),
    )
    articles = [dict(
        seq=k, title=a.title, title_en=a.title_en,
        authors=json.dumps(a.authors, ensure_ascii=False), keywords=json.dumps(a.keywords, ensure_ascii=False),
        clc=json.dumps(a.clc), abstract=a.abstract,
        pages_first=a.pages[0] if a.pages else None, pages_last=a.pages[1] if a.pages else None,
        editor=a.editor, funding=a.funding, start_line=a.start_line, end_line=a.end_line,
    ) for k, a in enumerate(lay.articles)]
    doc = p.doc
    simplified = doc.simplified
    blocks = []
    for k, b in enumerate(doc.blocks):
        s, e = doc.file_span(b.start, b.end)
        html = doc.source.origin is not None  # lines of the markup, not of the extracted text
        blocks.append(dict(seq=k, kind=b.kind, level=b.level, label=b.label, text=doc.text[b.start:b.end],
                           text_simplified=simplified[b.start:b.end], tokens=fts_tokens(simplified[b.start:b.end]),
                           orig_start=s, orig_end=e,
                           line_first=doc.file_line(s) if html else b.line_first,
                           line_last=doc.file_line(max(s, e - 1)) if html else b.line_last))
    sentences = []
    for k, b in enumerate(doc.blocks):
        for n, (s0, s1) in enumerate(sentence_spans(doc.text, b.start, b.end)):
            os_, oe = doc.file_span(s0, s1)
            sentences.append(dict(block_seq=k, seq=n, text=doc.text[s0:s1], orig_start=os_, orig_end=oe,
                                  line=doc.file_line(os_), offset_runs=json.dumps(offset_runs(doc.file_offs(s0, s1)))))
    markers = [dict(block_seq=m.block, pos=m.pos - doc.blocks[m.block].start, label=m.label,
                    footnote_seq=doc.footnotes[m.footnote].block if m.footnote is not None else None,
                    orig_start=doc.source.file_span(m.orig_start, m.orig_end)[0], orig_end=doc.source.file_span(m.orig_start, m.orig_end)[1],
                    line=doc.file_line(doc.source.file_span(m.orig_start, m.orig_end)[0])) for m in doc.markers]
    mentions = [mention_json(doc, m) for m in link(doc, doc_date=p.date)]
    events = [event_json(p, e) for e in extract_events(p)]
    return Payload(str(path), digest, document, articles, blocks, mentions, events, sentences, markers)


def offset_runs(offs: list[int]) -> list[list[int]]:
    """[[i, original offset, length], ...]: consecutive characters that map to consecutive ones."""
    runs: list[list[int]] = []
    for i, o in enumerate(offs):
        if runs and runs[-1][1] + runs[-1][2] == o and runs[-1][0] + runs[-1][2] == i:
            runs[-1][2] += 1
        else:
            runs.append([i, o, 1])
    return runs


def known(engine: Engine, digest: str) -> int | None:
    with engine.connect() as conn:
        row = conn.execute(select(S.documents.c.id).where(S.documents.c.content_hash == digest)).first()
    return row[0] if row is not None else None


def ingest_file(engine: Engine, path: Path) -> IngestResult:
    """Read, extract and store one document; re-ingesting an unchanged file changes nothing."""
    digest = digest_of(path)
    doc_id = known(engine, digest)
    if doc_id is not None:
        return IngestResult(str(path), "unchanged", doc_id)
    return write_payload(engine, extract_payload(path, digest))


def write_payload(engine: Engine, pl: Payload) -> IngestResult:
    """Store one extracted document in one transaction, replacing an earlier version of its path."""
    try:
        with engine.begin() as conn:
            return _write(engine, conn, pl)
    except (DatabaseError, OperationalError) as exc:
        reason = _reason(exc)
        if "locked" in reason:
            reason = "the database is locked by another writer; nothing was written, try again"
        elif "full" in reason:
            reason = "the disk (or database) is full; nothing was written for this document"
        elif "readonly" in reason or "read-only" in reason or "read only" in reason:
            reason = "the database is read-only (a read-only file or directory); nothing was written"
        raise LatticeworkError(pl.path, f"not stored: {reason}") from None


def _write(engine: Engine, conn, pl: Payload) -> IngestResult:
    old = conn.execute(select(S.documents.c.id).where(S.documents.c.path == pl.path)).all()
    for (old_id,) in old:
        _delete_document(conn, old_id)
    doc_id = conn.execute(insert(S.documents).values(
        **pl.document, ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    ).inserted_primary_key[0]
    for a in pl.articles:
        conn.execute(insert(S.articles).values(document_id=doc_id, **a))
    for b in pl.blocks:
        block_id = conn.execute(insert(S.blocks).values(document_id=doc_id, **b)).inserted_primary_key[0]
        if engine.dialect.name == "sqlite":
            conn.execute(text("INSERT INTO blocks_fts(tokens, block_id) VALUES (:t, :b)"),
                         {"t": b["tokens"], "b": block_id})
    if pl.sentences:
        conn.execute(insert(S.sentences), [{"document_id": doc_id, **x} for x in pl.sentences])
    if pl.markers:
        conn.execute(insert(S.footnote_markers), [{"document_id": doc_id, **x} for x in pl.markers])
    _upsert_entities(conn, pl.mentions, pl.events)
    if pl.mentions:
        conn.execute(insert(S.mentions), [
            {"document_id": doc_id, "entity_id": m["id"], "text": m["text"], "kind": m["kind"],
             "country": m["country"], "how": m["how"], "role": m["role"], "orig_start": m["start"],
             "orig_end": m["end"], "line": m["line"]} for m in pl.mentions
        ])
    for ev in pl.events:
        obj = ev["object"] or {}
        ev_id = conn.execute(insert(S.events).values(
            document_id=doc_id, type=ev["type"], score=ev["score"], date=ev["date"], date_end=ev["date_end"],
            effective=ev["effective"], location=ev["location"], modality=ev["modality"], label=ev["label"],
            object_id=obj.get("id"), object_name=obj.get("name"), source=ev["source"], trigger=ev["trigger"],
            confidence=ev["confidence"], in_footnote=ev["in_footnote"],
            quantities=json.dumps(ev["quantities"], ensure_ascii=False),
        )).inserted_primary_key[0]
        parts = [{"event_id": ev_id, "role": "actor" if role == "actors" else "recipient", "entity_id": x["id"],
                  "country": x["country"]} for role in ("actors", "recipients") for x in ev[role]]
        if parts:
            conn.execute(insert(S.event_participants), parts)
        evs = ev["evidence"] if isinstance(ev["evidence"], list) else [ev["evidence"]]
        conn.execute(insert(S.evidence), [
            {"event_id": ev_id, "text": x["text"], "orig_start": x["start"], "orig_end": x["end"], "line": x["line"]}
            for x in evs
        ])
    return IngestResult(pl.path, "replaced" if old else "added", doc_id, len(pl.articles), len(pl.events), len(pl.mentions))


def _upsert_entities(conn, mentions: list[dict], events: list[dict]) -> None:
    rows: dict[str, dict] = {}
    for m in mentions:
        rows.setdefault(m["id"], {"id": m["id"], "kind": m["kind"], "name_zh": m["name_zh"], "name_en": m["name_en"],
                                  "country": m["country"] if m["kind"] in ("state", "economy") else None})
    for ev in events:
        for x in ev["actors"] + ev["recipients"]:
            rows.setdefault(x["id"], {"id": x["id"], "kind": x["kind"], "name_zh": x["name_zh"], "name_en": x["name_en"],
                                      "country": x["country"]})
    if not rows:
        return
    have = {r[0] for r in conn.execute(select(S.entities.c.id).where(S.entities.c.id.in_(list(rows))))}
    new = [r for k, r in rows.items() if k not in have]
    if new:
        conn.execute(insert(S.entities), new)


def _delete_document(conn, doc_id: int) -> None:
    """Remove one document and everything extracted from it (and nothing else)."""
    ev_ids = select(S.events.c.id).where(S.events.c.document_id == doc_id)
    conn.execute(delete(S.evidence).where(S.evidence.c.event_id.in_(ev_ids)))
    conn.execute(delete(S.event_participants).where(S.event_participants.c.event_id.in_(ev_ids)))
    conn.execute(delete(S.events).where(S.events.c.document_id == doc_id))
    conn.execute(delete(S.mentions).where(S.mentions.c.document_id == doc_id))
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM blocks_fts WHERE block_id IN (SELECT id FROM blocks WHERE document_id = :d)"), {"d": doc_id})
    conn.execute(delete(S.blocks).where(S.blocks.c.document_id == doc_id))
    conn.execute(delete(S.sentences).where(S.sentences.c.document_id == doc_id))
    conn.execute(delete(S.footnote_markers).where(S.footnote_markers.c.document_id == doc_id))
    conn.execute(delete(S.articles).where(S.articles.c.document_id == doc_id))
    conn.execute(delete(S.documents).where(S.documents.c.id == doc_id))
