"""The explorer's JSON API over a knowledge base built from the samples (read-only)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from latticework.serve import create_app
from latticework.store import ingest_file, open_db, rebuild

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    d = tmp_path_factory.mktemp("api")
    db = d / "kb.sqlite"
    engine = open_db(str(db))
    for name in ("journal-issue.txt", "news-hk.txt", "news-page.html"):
        shutil.copy(SAMPLES / name, d / name)
        ingest_file(engine, d / name)
    rebuild(engine)
    engine.dispose()
    return TestClient(create_app(str(db)))


def test_search(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "小马可仕"})
    assert r.status_code == 200
    assert any("小馬可仕" == h["snippet"]["hit"] for h in r.json()["hits"])


def test_document_with_blocks_mentions_and_events(client: TestClient) -> None:
    j = client.get("/api/documents/1").json()
    assert j["document"]["kind"] == "journal_issue" and len(j["articles"]) == 3
    assert j["blocks"] and j["events"]
    assert any(m["kind"] == "mention" for b in j["blocks"] for m in b["marks"])
    assert client.get("/api/documents/999").status_code == 404


def test_entity_profile_relations_events_and_graph(client: TestClient) -> None:
    e = client.get("/api/entities/VNM").json()
    assert e["entity"]["name_zh"] == "越南" and e["mentions"] > 0 and e["timeline"]
    rel = client.get("/api/relations/USA", params={"on": "2023-12-31"}).json()
    assert any(t["other"] == "VNM" and t["label"] == "全面战略伙伴关系" for t in rel["ties"])
    assert client.get("/api/relations/USA", params={"on": "not-a-date"}).status_code == 422
    ev = client.get("/api/events", params={"actor": "PHL", "limit": 5}).json()
    assert 0 < len(ev["events"]) <= 5
    g = client.get("/api/graph", params={"year": 2023}).json()
    assert g["nodes"] and g["flows"]


def test_openapi_docs_are_served_without_a_cdn(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "/static/swagger/swagger-ui-bundle.js" in page.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_the_api_opens_the_database_read_only(tmp_path: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from latticework.serve.api import read_only_url

    db = tmp_path / "kb.sqlite"
    engine = open_db(str(db))
    ingest_file(engine, SAMPLES / "briefing.md")
    engine.dispose()
    ro = open_db(read_only_url(str(db)))
    with pytest.raises(OperationalError):
        with ro.begin() as conn:
            conn.execute(text("DELETE FROM events"))
    with pytest.raises(FileNotFoundError):
        read_only_url(str(tmp_path / "missing.sqlite"))
