"""How the explorer's endpoints scale: the bundled samples against a knowledge base of N events.

The large base is the sample base replicated (documents, blocks and their full-text index,
sentences, mentions, events with dates shifted by whole years, participants, evidence) until it
holds N events, then derived as usual. Every endpoint a page calls is timed on both bases in the
same run (median of repeats, after a warm-up), and reported as milliseconds and as the ratio of
the large base to the samples: a paged, indexed endpoint stays near 1 while the base grows by
several hundred times.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, func, select, text

from ..store import ingest_file, open_db, rebuild
from ..store import schema as S

SAMPLES = ("journal-issue.txt", "annual-report.txt", "news-hk.txt", "briefing.md", "news-page.html")

# per table: the columns that change from copy to copy (SQL over the copy number :k)
_SHIFTS: dict[str, dict[str, str]] = {
    "documents": {"id": "id + :k * :D", "content_hash": "content_hash || '-' || :k", "path": "path || '~' || :k"},
    "articles": {"id": "id + :k * :A", "document_id": "document_id + :k * :D"},
    "blocks": {"id": "id + :k * :B", "document_id": "document_id + :k * :D"},
    "sentences": {"id": "id + :k * :SN", "document_id": "document_id + :k * :D"},
    "mentions": {"id": "id + :k * :M", "document_id": "document_id + :k * :D"},
    "footnote_markers": {"id": "id + :k * :F", "document_id": "document_id + :k * :D"},
    "events": {"id": "id + :k * :E", "document_id": "document_id + :k * :D",
               "date": "CASE WHEN date IS NULL THEN NULL ELSE printf('%04d', CAST(substr(date, 1, 4) AS INTEGER) - (:k % 25)) || substr(date, 5) END"},
    "event_participants": {"event_id": "event_id + :k * :E"},
    "evidence": {"event_id": "event_id + :k * :E"},
}
_BOUND = {"documents": "id <= :D", "articles": "id <= :A", "blocks": "id <= :B", "sentences": "id <= :SN",
          "mentions": "id <= :M", "footnote_markers": "id <= :F", "events": "id <= :E",
          "event_participants": "event_id <= :E", "evidence": "event_id <= :E"}


def build_base(folder: Path, samples: Path) -> Path:
    db = folder / "samples.sqlite"
    engine = open_db(str(db))
    for name in SAMPLES:
        shutil.copy(samples / name, folder / name)
        ingest_file(engine, folder / name)
    rebuild(engine)
    engine.dispose()
    return db


def replicate(base: Path, out: Path, n_events: int) -> Engine:
    """A copy of base grown to at least n_events events."""
    shutil.copy(base, out)
    engine = open_db(str(out))
    with engine.begin() as conn:
        top = lambda t: conn.execute(select(func.max(t.c.id))).scalar_one() or 0
        bounds = {"D": top(S.documents), "A": top(S.articles), "B": top(S.blocks), "SN": top(S.sentences),
                  "M": top(S.mentions), "F": top(S.footnote_markers), "E": top(S.events)}
        copies = -(-n_events // max(1, bounds["E"])) - 1
        for k in range(1, copies + 1):
            for name, shifts in _SHIFTS.items():
                cols = [c.name for c in S.metadata.tables[name].columns]
                exprs = [shifts.get(c, c) for c in cols]
                conn.execute(text(f"INSERT INTO {name} ({', '.join(cols)}) SELECT {', '.join(exprs)} "
                                  f"FROM {name} WHERE {_BOUND[name]}"), {"k": k, **bounds})
            conn.execute(text("INSERT INTO blocks_fts (tokens, block_id) SELECT tokens, block_id + :k * :B "
                              "FROM blocks_fts WHERE block_id <= :B"), {"k": k, **bounds})
    rebuild(engine)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return engine


def _doc_id(client, name: str) -> int:
    return next(d["id"] for d in client.get("/api/documents").json()["documents"] if d["path"].endswith(name))


def _requests(client) -> list[tuple[str, str, dict]]:
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    doc = _doc_id(client, "journal-issue.txt")
    return [
        ("search", "/api/search", {"q": "峰会"}),
        ("search, entity facet", "/api/search", {"q": "峰会", "entity": "USA"}),
        ("document reader", f"/api/documents/{doc}", {}),
        ("entity page (USA)", "/api/entities/USA", {}),
        ("entity page (ASEAN)", "/api/entities/asean", {}),
        ("events, first page", "/api/events", {"limit": 50}),
        ("events, middle page", "/api/events", {"limit": 50, "offset": total // 2}),
        ("events, newest first", "/api/events", {"limit": 50, "sort": "-date"}),
        ("events, actor+type", "/api/events", {"actor": "JPN", "type": "CONSULT", "limit": 50}),
        ("network, all years", "/api/graph", {}),
        ("network, one year", "/api/graph", {"year": 2023}),
        ("network, node panel", "/api/graph/node/USA", {"year": 2023}),
        ("network, edge panel", "/api/graph/edge", {"a": "USA", "b": "JPN", "year": 2023}),
    ]


def _time(client, path: str, params: dict, repeat: int) -> tuple[float, int]:
    r = client.get(path, params=params)  # warm-up (and the network layout, computed once)
    assert r.status_code == 200, (path, r.status_code, r.text[:200])
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.get(path, params=params)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, len(r.content)


def run(n_events: int = 100_000, repeat: int = 5, samples: Path | None = None) -> dict:
    from fastapi.testclient import TestClient

    from .api import create_app

    samples = samples or Path(__file__).resolve().parents[3] / "samples"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = build_base(folder, samples)
        t = time.perf_counter()
        big_engine = replicate(base, folder / "large.sqlite", n_events)
        build_s = time.perf_counter() - t
        with big_engine.connect() as conn:
            size = {t: conn.execute(select(func.count()).select_from(S.metadata.tables[t])).scalar_one()
                    for t in ("documents", "blocks", "mentions", "events", "event_participants")}
        big_engine.dispose()
        small, large = TestClient(create_app(str(base))), TestClient(create_app(str(folder / "large.sqlite")))
        small_events = small.get("/api/events", params={"limit": 1}).json()["total"]
        t = time.perf_counter()
        large.get("/api/graph")
        layout_s = time.perf_counter() - t
        rows = []
        for (label, path, params), (_, path2, params2) in zip(_requests(small), _requests(large)):
            ms_small, _ = _time(small, path, params, repeat)
            ms_large, nbytes = _time(large, path2, params2, repeat)
            rows.append({"endpoint": label, "samples_ms": round(ms_small, 1), "large_ms": round(ms_large, 1),
                         "ratio": round(ms_large / ms_small, 1) if ms_small else None, "large_bytes": nbytes})
    return {"events": {"samples": small_events, "large": size["events"]}, "large_base": size,
            "build_seconds": round(build_s, 1), "first_network_call_seconds": round(layout_s, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "endpoints": rows}


def report(result: dict) -> str:
    ev = result["events"]
    lines = [f"explorer endpoints: samples ({ev['samples']} events) vs a base of {ev['large']} events "
             f"({result['large_base']['documents']} documents, {result['large_base']['blocks']} blocks, "
             f"{result['large_base']['mentions']} mentions); built in {result['build_seconds']} s; "
             f"first network call {result['first_network_call_seconds']} s; peak RSS {result['peak_rss_mb']} MB",
             f"{'endpoint':<24} {'samples ms':>10} {'large ms':>10} {'ratio':>7} {'bytes':>9}"]
    for r in result["endpoints"]:
        lines.append(f"{r['endpoint']:<24} {r['samples_ms']:>10} {r['large_ms']:>10} {r['ratio']:>7} {r['large_bytes']:>9}")
    return "\n".join(lines)
