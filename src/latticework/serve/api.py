"""The explorer's JSON API (read-only over the knowledge base), with OpenAPI docs at /docs.

Every page of the explorer is built on these endpoints. The OpenAPI page uses the Swagger UI
files shipped in the `swagger-ui-bundle` package: nothing is fetched from a CDN.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, func, select

from ..store import list_events, relations_on, search
from ..store import schema as S
from ..store.db import open_db


def read_only_url(db: str) -> str:
    """An SQLite file opened read-only; other URLs unchanged (use a read-only role there)."""
    if "://" in db:
        return db
    if not Path(db).exists():
        raise FileNotFoundError(db)
    return f"sqlite:///file:{Path(db).resolve()}?mode=ro&uri=true"


def create_app(db: str | Engine) -> FastAPI:
    engine = db if isinstance(db, Engine) else open_db(read_only_url(db))
    app = FastAPI(title="latticework explorer API", docs_url=None, redoc_url=None,
                  description="Read-only access to a latticework knowledge base: documents, entities, events, relations.")
    try:
        import swagger_ui_bundle

        app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
        has_swagger = True
    except ImportError:  # pragma: no cover - the package is a dependency
        has_swagger = False

    @app.get("/docs", include_in_schema=False)
    def docs():
        if not has_swagger:
            raise HTTPException(404, "swagger-ui-bundle is not installed")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="latticework API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")

    @app.get("/api/search")
    def api_search(q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=200)):
        return {"query": q, "hits": [h.__dict__ for h in search(engine, q, limit=limit)]}

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: int):
        with engine.connect() as conn:
            d = conn.execute(select(S.documents).where(S.documents.c.id == doc_id)).mappings().first()
            if d is None:
                raise HTTPException(404, f"no document {doc_id}")
            blocks = conn.execute(select(S.blocks.c.seq, S.blocks.c.kind, S.blocks.c.level, S.blocks.c.label,
                                         S.blocks.c.text, S.blocks.c.orig_start, S.blocks.c.orig_end,
                                         S.blocks.c.line_first)
                                  .where(S.blocks.c.document_id == doc_id).order_by(S.blocks.c.seq)).mappings().all()
            articles = conn.execute(select(S.articles).where(S.articles.c.document_id == doc_id)
                                    .order_by(S.articles.c.seq)).mappings().all()
            mentions = conn.execute(select(S.mentions.c.entity_id, S.mentions.c.text, S.mentions.c.kind,
                                           S.mentions.c.orig_start, S.mentions.c.orig_end, S.mentions.c.line)
                                    .where(S.mentions.c.document_id == doc_id)).mappings().all()
        events = list_events(engine, document_id=doc_id, limit=10**6)
        return {"document": dict(d), "articles": [dict(a) for a in articles], "blocks": [dict(b) for b in blocks],
                "mentions": [dict(m) for m in mentions], "events": events}

    @app.get("/api/entities/{entity_id}")
    def api_entity(entity_id: str):
        with engine.connect() as conn:
            e = conn.execute(select(S.entities).where(S.entities.c.id == entity_id)).mappings().first()
            if e is None:
                raise HTTPException(404, f"no entity {entity_id}")
            mentions = conn.execute(select(func.count()).select_from(S.mentions)
                                    .where(S.mentions.c.entity_id == entity_id)).scalar_one()
            ties = conn.execute(select(S.relationship_states).where(
                (S.relationship_states.c.a == entity_id) | (S.relationship_states.c.b == entity_id))).mappings().all()
            member = conn.execute(select(S.memberships).where(S.memberships.c.member == entity_id)).mappings().all()
        events = list_events(engine, actor=entity_id, limit=10**6)
        by_type_year: dict[str, Counter] = defaultdict(Counter)
        counterparts: dict[str, list[float]] = defaultdict(list)
        from ..events.lexicon import score_of

        for ev in events:
            by_type_year[ev["type"]][(ev["date"] or "")[:4] or "undated"] += 1
            for other in ev["actors"] + ev["recipients"]:
                if other != entity_id:
                    counterparts[other].append(score_of(ev["type"]))
        top = sorted(counterparts.items(), key=lambda kv: -len(kv[1]))[:15]
        return {
            "entity": dict(e), "mentions": mentions,
            "relationships": [dict(t) for t in ties], "memberships": [dict(m) for m in member],
            "timeline": {t: dict(c) for t, c in by_type_year.items()},
            "counterparts": [{"id": k, "events": len(v), "mean_score": round(sum(v) / len(v), 2)} for k, v in top],
        }

    @app.get("/api/events")
    def api_events(actor: str | None = None, type: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)):
        rows = list_events(engine, actor=actor, etype=type, since=since, until=until, limit=offset + limit)
        return {"offset": offset, "limit": limit, "events": rows[offset : offset + limit]}

    @app.get("/api/relations/{entity_id}")
    def api_relations(entity_id: str, on: str = Query(..., pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")):
        return {"entity": entity_id, "on": on, **relations_on(engine, entity_id, on)}

    @app.get("/api/graph")
    def api_graph(year: int | None = None):
        from ..store.export import graph

        g = graph(engine, year)
        return {"nodes": [{"id": n, **attrs} for n, attrs in g.nodes(data=True)],
                "edges": [{"source": a, "target": b, **attrs} for a, b, attrs in g.edges(data=True)]}

    return app
