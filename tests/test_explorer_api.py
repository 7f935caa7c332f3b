"""The explorer's API behind its pages: facets, paging, marks, sorting, CSV, aggregates, the network.

Each expectation is computed independently from the database or from another endpoint, not
copied from the code's own output.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3

from sqlalchemy import text
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import fresh_pg_url
from explorer_kb import build_kb
from latticework.serve import create_app
from latticework.store import open_db

STATIC = Path(__file__).resolve().parent.parent / "src" / "latticework" / "serve" / "static"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def kb(request, tmp_path_factory):
    """(client, sql) over the same knowledge base on each backend; sql(query, **params) -> rows."""
    url = fresh_pg_url() if request.param == "postgresql" else None
    db = build_kb(tmp_path_factory.mktemp("explorer"), url)
    engine = open_db(str(db))

    def sql(query: str, **params):
        with engine.connect() as conn:
            return conn.execute(text(query), params).all()

    yield TestClient(create_app(str(db))), sql
    engine.dispose()


def _doc_id(client: TestClient, name: str) -> int:
    return next(d["id"] for d in client.get("/api/documents").json()["documents"] if d["path"].endswith(name))


def test_search_facets_filter_and_page(kb) -> None:
    client, sql = kb
    q = "峰会"
    first = client.get("/api/search", params={"q": q, "per_page": 5}).json()
    # independent count: blocks whose simplified text holds the query
    expected = sql("SELECT count(*) FROM blocks WHERE text_simplified LIKE :p", p=f"%{q}%")[0][0]
    assert first["total"] == expected and len(first["hits"]) == 5
    assert all(h["snippet"]["hit"] == q for h in first["hits"])
    assert sum(f["count"] for f in first["facets"]["document"]) == expected
    second = client.get("/api/search", params={"q": q, "per_page": 5, "page": 2}).json()
    assert {(h["document_id"], h["block"]) for h in first["hits"]}.isdisjoint(
        {(h["document_id"], h["block"]) for h in second["hits"]})
    doc = first["facets"]["document"][-1]
    only = client.get("/api/search", params={"q": q, "document": doc["value"], "per_page": 200}).json()
    assert only["total"] == doc["count"] and {h["document_id"] for h in only["hits"]} == {doc["value"]}
    ent = first["facets"]["entity"][0]
    by_ent = client.get("/api/search", params={"q": q, "entity": ent["value"], "per_page": 200}).json()
    assert by_ent["total"] == ent["count"] <= expected
    year = next(y for y in first["facets"]["year"] if y["value"] is not None)
    assert client.get("/api/search", params={"q": q, "year": year["value"]}).json()["total"] == year["count"]
    typ = first["facets"]["type"][0]
    assert client.get("/api/search", params={"q": q, "type": typ["value"]}).json()["total"] == typ["count"]


def test_search_finds_traditional_text_with_a_simplified_query(kb) -> None:
    client, _ = kb
    hits = client.get("/api/search", params={"q": "东协"}).json()["hits"]
    assert any(h["snippet"]["hit"] == "東協" for h in hits)


def test_document_marks_cover_the_stored_mentions_triggers_and_evidence(kb) -> None:
    client, sql = kb
    doc = _doc_id(client, "journal-issue.txt")
    j = client.get(f"/api/documents/{doc}").json()
    marks = [(b, m) for b in j["blocks"] for m in b["marks"]]
    mentions = [(b["text"][m["start"]:m["end"]], m["entity"]) for b, m in marks if m["kind"] == "mention"]
    stored = [tuple(r) for r in sql("SELECT text, entity_id FROM mentions WHERE document_id = :d", d=doc)]
    # every stored mention is marked, on exactly its own words
    assert sorted(mentions) == sorted(stored)
    triggers = {m["event"]: b["text"][m["start"]:m["end"]] for b, m in marks if m["kind"] == "trigger"}
    events = {e["id"]: e for e in j["events"]}
    assert triggers and all(events[k]["trigger"] == t for k, t in triggers.items())
    evidenced = {m["event"] for _, m in marks if m["kind"] == "evidence"}
    assert evidenced == set(events)
    for b, m in marks:
        if m["kind"] == "evidence":
            ev = events[m["event"]]
            assert b["text"][m["start"]:m["end"]] in {x["text"] for x in ev["evidence"]}
    markers = [m for _, m in marks if m["kind"] == "marker"]
    footnotes = {b["seq"] for b in j["blocks"] if b["kind"] == "footnote"}
    assert markers and all(m["footnote"] in footnotes for m in markers if m["footnote"] is not None)


def test_events_filter_sort_page_and_total(kb) -> None:
    client, sql = kb
    n_consult = sql("SELECT count(*) FROM events WHERE type = 'CONSULT'")[0][0]
    dates = sorted((d for (d,) in sql("SELECT date FROM events WHERE type = 'CONSULT' AND date IS NOT NULL")),
                   reverse=True)
    page = client.get("/api/events", params={"type": "CONSULT", "sort": "-date", "limit": 10}).json()
    assert page["total"] == n_consult and len(page["events"]) == 10
    assert [e["date"] for e in page["events"]] == dates[:10]
    nxt = client.get("/api/events", params={"type": "CONSULT", "sort": "-date", "limit": 10, "offset": 10}).json()
    assert {e["id"] for e in page["events"]}.isdisjoint({e["id"] for e in nxt["events"]})
    assert client.get("/api/events", params={"sort": "drop table"}).status_code == 422
    planned = client.get("/api/events", params={"modality": "planned", "limit": 1000}).json()
    assert all(e["modality"] == "planned" for e in planned["events"])


def test_events_csv_is_the_whole_filtered_selection(kb) -> None:
    client, _ = kb
    params = {"actor": "USA", "since": "2023-01-01", "until": "2023-12-31"}
    total = client.get("/api/events", params={**params, "limit": 1}).json()["total"]
    r = client.get("/api/events.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == total > 0
    assert all("2023-01-01" <= row["event_date"] <= "2023-12-31" for row in rows)
    # cells a spreadsheet could run as formulas are defused
    assert not any(v.startswith(("=", "+", "@")) for row in rows for v in row.values() if v)


def test_entity_view_aggregates_agree_with_the_events_it_is_in(kb) -> None:
    client, _ = kb
    e = client.get("/api/entities/JPN").json()
    evs = client.get("/api/events", params={"actor": "JPN", "limit": 1000}).json()["events"]
    counted = Counter((ev["type"], (ev["date"] or "")[:4] or "undated") for ev in evs)
    assert {(t, y): n for t, ys in e["timeline"].items() for y, n in ys.items()} == dict(counted)
    others = Counter(k for ev in evs for k in set(ev["actors"] + ev["recipients"]) if k != "JPN")
    top = e["counterparts"][0]
    assert top["events"] == max(others.values()) and others[top["id"]] == top["events"]
    assert client.get("/api/entities/NOPE").status_code == 404


def test_graph_window_edges_and_evidence(kb) -> None:
    client, _ = kb
    everything = client.get("/api/graph").json()
    y2023 = client.get("/api/graph", params={"since": 2023, "until": 2023}).json()
    assert 0 < len(y2023["flows"]) < len(everything["flows"])
    nodes = {n["id"] for n in y2023["nodes"]}
    assert all(f["source"] in nodes and f["target"] in nodes for f in y2023["flows"])
    f = max(y2023["flows"], key=lambda f: f["events"])
    edge = client.get("/api/graph/edge", params={"a": f["source"], "b": f["target"], "since": 2023, "until": 2023}).json()
    assert len(edge["events"]) >= f["events"]
    for ev in edge["events"]:
        assert ev["date"].startswith("2023") and ev["evidence"]
        assert {f["source"], f["target"]} <= set(ev["actors"] + ev["recipients"])
    only = client.get("/api/graph", params={"type": "SANCTION"}).json()
    assert sum(x["events"] for x in only["flows"]) <= sum(x["types"].get("SANCTION", 0) for x in everything["flows"])


def test_pages_are_static_shells_with_a_strict_policy(kb) -> None:
    client, _ = kb
    doc = _doc_id(client, "hostile.md")
    for path in ("/", "/events", "/network", f"/documents/{doc}", "/entities/USA"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert "<script>" not in r.text and "pwned" not in r.text  # no data is rendered into the HTML


def test_no_asset_comes_from_another_origin() -> None:
    for f in STATIC.iterdir():
        text = f.read_text(encoding="utf-8")
        urls = re.findall(r"""(?:src|href|url|import)\s*[=(]?\s*["']?(https?:)?//""", text)
        assert not [u for u in urls if u], f"{f.name} loads something from another origin"
        assert "cdn" not in text.lower(), f.name


def test_hostile_text_comes_back_as_plain_text(kb) -> None:
    client, _ = kb
    j = client.get(f"/api/documents/{_doc_id(client, 'hostile.md')}").json()
    texts = " ".join(b["text"] for b in j["blocks"])
    assert "<script>" in texts and "onerror=" in texts and "javascript:" in texts


def test_benchmark_base_replicates_every_table_consistently(tmp_path: Path) -> None:
    from latticework.serve.bench import build_base, replicate
    from latticework.store import open_db, search

    base = build_base(tmp_path, Path(__file__).resolve().parent.parent / "samples")
    with sqlite3.connect(base) as con:
        n_events, n_blocks = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "blocks"))
    engine = replicate(base, tmp_path / "large.sqlite", 3 * n_events)
    with sqlite3.connect(tmp_path / "large.sqlite") as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 3 * n_events
        assert con.execute("SELECT count(*) FROM blocks").fetchone()[0] == 3 * n_blocks
        # every participant and evidence row points at an event of its own copy
        assert con.execute("SELECT count(*) FROM event_participants p LEFT JOIN events e ON e.id = p.event_id "
                           "WHERE e.id IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM evidence v JOIN events e ON e.id = v.event_id "
                           "JOIN blocks b ON b.document_id = e.document_id AND v.orig_start >= b.orig_start "
                           "AND v.orig_start < b.orig_end").fetchone()[0] >= 3 * n_events
    small = len(search(open_db(str(base)), "峰会", limit=10**6))
    assert len(search(engine, "峰会", limit=10**6)) == 3 * small



def test_search_terms_separated_by_spaces_must_all_occur(kb) -> None:
    client, sql = kb
    both = sql("SELECT count(*) FROM blocks WHERE text_simplified LIKE :a AND text_simplified LIKE :b",
               a="%美国%", b="%越南%")[0][0]
    j = client.get("/api/search", params={"q": "美國 越南"}).json()
    assert j["total"] == both > 0
    assert all(h["snippet"]["hit"] in ("美國", "美国", "越南") for h in j["hits"])
