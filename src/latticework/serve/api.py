"""The explorer: a read-only JSON API over the knowledge base, the pages built on it, and OpenAPI docs.

Every page is a static shell (serve/static/) whose script fetches these endpoints and builds
its markup from text nodes, so document text can never become markup. The OpenAPI page uses the
Swagger UI files shipped in the `swagger-ui-bundle` package: nothing is fetched from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, or_, select

from ..store import relations_on
from ..store import schema as S
from ..store.db import open_db
from ..store.export import events_csv
from ..store.network import Window
from ..store.query import SORTS, EventFilter
from .views import (
    NetworkLayout,
    SearchFilter,
    document_view,
    edge_view,
    entity_view,
    events_view,
    node_view,
    search_view,
)

STATIC = Path(__file__).resolve().parent / "static"
PAGES = {"/": "search", "/events": "events", "/network": "network"}
TITLES = {"search": "Search", "events": "Events", "network": "Network", "document": "Document", "entity": "Entity"}
# The pages load only our own files; inline scripts, plug-ins and foreign origins are refused.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def read_only_url(db: str) -> str:
    """An SQLite file opened read-only; other URLs unchanged (use a read-only role there)."""
    if "://" in db:
        return db
    if not Path(db).exists():
        raise FileNotFoundError(db)
    return f"sqlite:///file:{Path(db).resolve()}?mode=ro&uri=true"


def _types(type_: str | None) -> tuple[str, ...]:
    return tuple(t.strip().upper() for t in (type_ or "").split(",") if t.strip())


def _window(year: int | None, since: int | None, until: int | None, type_: str | None) -> Window:
    if year is not None:
        since = until = year
    return Window(since=since, until=until, types=_types(type_))


def create_app(db: str | Engine) -> FastAPI:
    engine = db if isinstance(db, Engine) else open_db(read_only_url(db))
    layout = NetworkLayout(engine)
    app = FastAPI(title="latticework explorer API", docs_url=None, redoc_url=None,
                  description="Read-only access to a latticework knowledge base: documents, entities, events, "
                              "relations and the network. Text fields are plain text taken from documents.")
    app.mount("/assets", StaticFiles(directory=STATIC), name="assets")
    try:
        import swagger_ui_bundle

        app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
        has_swagger = True
    except ImportError:  # pragma: no cover - the package is a dependency
        has_swagger = False

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        if not request.url.path.startswith(("/docs", "/static/swagger")):
            response.headers["Content-Security-Policy"] = CSP
        return response

    # --- pages -------------------------------------------------------------------------------
    shell = (STATIC / "shell.html").read_text(encoding="utf-8")

    def page(name: str) -> HTMLResponse:
        """The one page shell, naming the page's script (our own constants: no request data goes in)."""
        return HTMLResponse(shell.replace("{title}", TITLES[name]).replace("{page}", name))

    for route, name in PAGES.items():
        app.add_api_route(route, (lambda name=name: page(name)), include_in_schema=False, methods=["GET"])

    @app.get("/documents/{doc_id}", include_in_schema=False)
    def document_page(doc_id: int):
        return page("document")

    @app.get("/entities/{entity_id}", include_in_schema=False)
    def entity_page(entity_id: str):
        return page("entity")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.get("/docs", include_in_schema=False)
    def docs():
        if not has_swagger:
            raise HTTPException(404, "swagger-ui-bundle is not installed")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="latticework API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")

    # --- API ---------------------------------------------------------------------------------
    @app.get("/api/search", summary="Full-text search (either script finds both) with facets and paging")
    def api_search(q: str = Query(..., min_length=1), document: int | None = None, year: int | None = None,
                   entity: str | None = None, type: str | None = None, page: int = Query(1, ge=1),
                   per_page: int = Query(20, ge=1, le=200)):
        return search_view(engine, q, SearchFilter(document, year, entity, type), page, per_page)

    @app.get("/api/documents", summary="The documents in the knowledge base")
    def api_documents():
        d = S.documents
        with engine.connect() as conn:
            rows = conn.execute(select(d.c.id, d.c.path, d.c.title, d.c.kind, d.c.date, d.c.script, d.c.journal,
                                       d.c.issue_year, d.c.characters).order_by(d.c.id)).mappings().all()
        return {"documents": [dict(r) for r in rows]}

    @app.get("/api/documents/{doc_id}", summary="A document: metadata, cleaned blocks with marks, events")
    def api_document(doc_id: int):
        view = document_view(engine, doc_id)
        if view is None:
            raise HTTPException(404, f"no document {doc_id}")
        return view

    @app.get("/api/entities", summary="Find entities by id or name")
    def api_entities(q: str = Query("", max_length=100), limit: int = Query(20, ge=1, le=200)):
        ent = S.entities
        stmt = select(ent.c.id, ent.c.kind, ent.c.name_zh, ent.c.name_en).limit(limit)
        if q:
            like = f"%{q}%"
            stmt = stmt.where(or_(ent.c.id == q, ent.c.id == q.upper(), ent.c.name_zh.like(like),
                                  ent.c.name_en.like(like)))
        with engine.connect() as conn:
            return {"entities": [dict(r) for r in conn.execute(stmt.order_by(ent.c.id)).mappings()]}

    @app.get("/api/entities/{entity_id}", summary="An entity: profile, ties, memberships, timeline, counterparts")
    def api_entity(entity_id: str):
        view = entity_view(engine, entity_id)
        if view is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return view

    def event_filter(actor, type_, since, until, modality, document) -> EventFilter:
        return EventFilter(actor=actor or None, etype=type_ or None, since=since or None, until=until or None,
                           modality=modality or None, document_id=document)

    sort_pattern = "^-?(" + "|".join(SORTS) + ")$"

    @app.get("/api/events", summary="Events, filtered, sorted and paged")
    def api_events(actor: str | None = None, type: str | None = None,
                   since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
                   modality: str | None = None, document: int | None = None,
                   sort: str = Query("date", pattern=sort_pattern),
                   limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)):
        return events_view(engine, event_filter(actor, type, since, until, modality, document), sort, offset, limit)

    @app.get("/api/events.csv", summary="The whole filtered selection of events as CSV")
    def api_events_csv(actor: str | None = None, type: str | None = None,
                       since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
                       modality: str | None = None, document: int | None = None,
                       sort: str = Query("date", pattern=sort_pattern)):
        flt = event_filter(actor, type, since, until, modality, document)
        return StreamingResponse(events_csv(engine, flt, sort), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="latticework-events.csv"'})

    @app.get("/api/relations/{entity_id}", summary="Ties and memberships of an entity in force on a date")
    def api_relations(entity_id: str, on: str = Query(..., pattern=DATE)):
        return {"entity": entity_id, "on": on, **relations_on(engine, entity_id, on)}

    @app.get("/api/graph", summary="The network: nodes, event flows and alignment ties within a year range")
    def api_graph(year: int | None = None, since: int | None = None, until: int | None = None,
                  type: str | None = None, min_events: int = Query(1, ge=1)):
        return layout.view(_window(year, since, until, type), min_events)

    @app.get("/api/graph/edge", summary="The events and ties between two nodes, with evidence")
    def api_graph_edge(a: str, b: str, year: int | None = None, since: int | None = None,
                       until: int | None = None, type: str | None = None):
        return edge_view(engine, a, b, _window(year, since, until, type))

    @app.get("/api/graph/node/{key}", summary="A node's events within the window")
    def api_graph_node(key: str, year: int | None = None, since: int | None = None, until: int | None = None,
                       type: str | None = None):
        return node_view(engine, key, _window(year, since, until, type))

    return app
