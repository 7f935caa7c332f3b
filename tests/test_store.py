"""Knowledge base (work in progress): idempotent ingest, replacement, search across scripts, events."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import fresh_pg_url
from latticework.errors import LatticeworkError
from latticework.store import counts, ingest_file, list_events, open_db, search

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def kb(request, tmp_path: Path):
    """An empty knowledge base on each backend: SQLite always, PostgreSQL when
    LATTICEWORK_TEST_PG_URL names a server (CI starts one; elsewhere the case is skipped)."""
    if request.param == "sqlite":
        return open_db(str(tmp_path / "kb.sqlite"))
    return open_db(fresh_pg_url())


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name in ("journal-issue.txt", "news-hk.txt", "briefing.md"):
        shutil.copy(SAMPLES / name, d / name)
    return d


def test_ingest_twice_changes_nothing(tmp_path: Path, corpus: Path, kb) -> None:
    engine = kb
    first = [ingest_file(engine, f) for f in sorted(corpus.iterdir())]
    assert {r.status for r in first} == {"added"}
    before = counts(engine)
    again = [ingest_file(engine, f) for f in sorted(corpus.iterdir())]
    assert {r.status for r in again} == {"unchanged"}
    assert counts(engine) == before


def test_a_changed_file_replaces_only_its_own_records(tmp_path: Path, corpus: Path, kb) -> None:
    engine = kb
    for f in sorted(corpus.iterdir()):
        ingest_file(engine, f)
    before = counts(engine)
    news = corpus / "news-hk.txt"
    news.write_text(news.read_text(encoding="utf-8") + "\n補充：雙方同意明年再次會晤。\n", encoding="utf-8")
    r = ingest_file(engine, news)
    assert r.status == "replaced"
    after = counts(engine)
    assert after["documents"] == before["documents"]
    journal_events = [e for e in list_events(engine) if e["document"].endswith("journal-issue.txt")]
    assert journal_events  # the other documents' records are untouched


def test_search_in_either_script_finds_both(tmp_path: Path, corpus: Path, kb) -> None:
    engine = kb
    for f in sorted(corpus.iterdir()):
        ingest_file(engine, f)
    simplified_hits = search(engine, "小马可仕")  # the news item writes 小馬可仕
    assert any(h.document.endswith("news-hk.txt") and "[小馬可仕]" in h.snippet for h in simplified_hits)
    two_chars = search(engine, "东盟")  # a two-character word: found through one-character tokens
    assert any(h.document.endswith("journal-issue.txt") for h in two_chars)


def test_events_filter_by_actor_and_type(tmp_path: Path, corpus: Path, kb) -> None:
    engine = kb
    for f in sorted(corpus.iterdir()):
        ingest_file(engine, f)
    rows = list_events(engine, actor="PHL")
    assert rows and all("PHL" in r["actors"] + r["recipients"] for r in rows)
    consult = list_events(engine, etype="CONSULT", since="2023-01-01", until="2023-12-31")
    assert consult and all(r["type"] == "CONSULT" and r["date"].startswith("2023") for r in consult)
    assert all(r["evidence"] and r["evidence"][0]["line"] >= 1 for r in consult)


def test_a_corrupt_database_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(LatticeworkError) as ei:
        open_db(str(bad))
    assert "broken.sqlite" in ei.value.message and "\n" not in ei.value.message


def test_ingest_reports_a_bad_file_and_goes_on(tmp_path: Path, corpus: Path) -> None:
    import subprocess
    import sys

    (corpus / "broken.txt").write_bytes(b"\x00\x01binary" * 50)
    db = tmp_path / "kb.sqlite"
    r = subprocess.run([sys.executable, "-m", "latticework.cli", "ingest", str(corpus), "--db", str(db)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0
    assert "broken.txt" in r.stderr and "binary" in r.stderr and "Traceback" not in r.stderr
    assert "3 added" in r.stdout and "1 errors" in r.stdout


def test_relations_on_a_date_come_with_their_evidence(tmp_path: Path, kb) -> None:
    from latticework.store import rebuild, relations_on

    doc = tmp_path / "note.txt"
    doc.write_text("2023年9月，拜登访问越南，两国关系提升为全面战略伙伴关系。\n", encoding="utf-8")
    engine = kb
    ingest_file(engine, doc)
    rebuild(engine)
    after = relations_on(engine, "USA", "2023-12-31")
    tie = next(t for t in after["ties"] if t["other"] == "VNM")
    assert tie["label"] == "全面战略伙伴关系" and tie["since"] == "2023-09" and tie["evidence"][0]["line"] == 1
    before = relations_on(engine, "USA", "2023-06-30")
    assert not [t for t in before["ties"] if t["other"] == "VNM"]
    assert any(m["organisation"] == "apec" for m in after["memberships"])  # from the gazetteer


def test_exports_events_and_graph(tmp_path: Path, corpus: Path, kb) -> None:
    import csv
    import json

    import networkx as nx

    from latticework.store import rebuild
    from latticework.store.export import export_events, export_graph

    engine = kb
    for f in sorted(corpus.iterdir()):
        ingest_file(engine, f)
    rebuild(engine)
    n = len(list_events(engine, limit=10**6))
    rows = [json.loads(l) for l in export_events(engine, "jsonl", None).splitlines()]
    assert len(rows) == n and {"event_id", "event_date", "event_type", "event_mode", "actor", "recipient"} <= set(rows[0])
    table = list(csv.DictReader(export_events(engine, "csv", None).splitlines()))
    assert len(table) == n
    export_events(engine, "parquet", tmp_path / "events.parquet")
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "events.parquet").num_rows == n
    export_graph(engine, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert "PHL" in g and "JPN" in g and g.number_of_edges() > 0
    export_graph(engine, "gexf", tmp_path / "g2023.gexf", year=2023)
    g23 = nx.read_gexf(tmp_path / "g2023.gexf")
    assert 0 < g23.number_of_nodes() <= g.number_of_nodes()


def _counts_of(db: Path) -> dict:
    return counts(open_db(str(db)))


def test_a_locked_database_is_reported_and_nothing_is_half_written(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    import sqlite3

    monkeypatch.setenv("LATTICEWORK_BUSY_TIMEOUT_MS", "200")
    db = tmp_path / "kb.sqlite"
    engine = open_db(str(db))
    ingest_file(engine, corpus / "briefing.md")
    before = counts(engine)
    other = sqlite3.connect(db)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        with pytest.raises(LatticeworkError) as ei:
            ingest_file(engine, corpus / "news-hk.txt")
        assert "locked" in ei.value.message and "news-hk.txt" in ei.value.message
    finally:
        other.rollback()
        other.close()
    assert counts(engine) == before
    assert ingest_file(engine, corpus / "news-hk.txt").status == "added"  # and it goes through afterwards


def test_a_full_disk_is_reported_and_earlier_documents_stay(tmp_path: Path, corpus: Path) -> None:
    from sqlalchemy import event

    db = tmp_path / "kb.sqlite"
    engine = open_db(str(db))
    ingest_file(engine, corpus / "briefing.md")
    before = counts(engine)
    pages = engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(engine, "connect")
    def _cap(conn, _rec):  # simulate a full disk: the file may not grow
        conn.execute(f"PRAGMA max_page_count={pages + 1}")

    engine.dispose()
    with pytest.raises(LatticeworkError) as ei:
        ingest_file(engine, corpus / "journal-issue.txt")
    assert "full" in ei.value.message and "journal-issue.txt" in ei.value.message
    assert _counts_of(db) == before


def test_an_unusable_database_location_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LatticeworkError) as ei:
        open_db(str(tmp_path / "no-such-dir" / "kb.sqlite"))
    assert "kb.sqlite" in ei.value.message


def test_an_ingest_killed_half_way_completes_on_rerun(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "many"
    corpus.mkdir()
    base = (SAMPLES / "journal-issue.txt").read_text(encoding="utf-8")
    for k in range(12):  # distinct contents, so none is skipped as unchanged
        (corpus / f"issue-{k:02d}.txt").write_text(base + f"\n\n附记{k}。", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    cmd = [sys.executable, "-m", "latticework.cli", "ingest", str(corpus), "--db", str(db), "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):  # wait until some documents are stored, then kill without warning
            if proc.poll() is not None:
                break
            if db.exists():
                try:
                    n = _counts_of(db)["documents"]
                except LatticeworkError:
                    n = 0
                if n >= 2:
                    break
            time.sleep(0.1)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    partial = _counts_of(db)["documents"]
    assert partial < 12 or proc.returncode == 0
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    full = _counts_of(db)
    assert full["documents"] == 12
    clean_db = tmp_path / "clean.sqlite"
    subprocess.run(cmd[:5] + ["--db", str(clean_db), "--workers", "1"], capture_output=True, timeout=600)
    assert _counts_of(clean_db) == full  # nothing lost, nothing duplicated


def test_readers_keep_working_while_a_write_is_open(tmp_path: Path, corpus: Path) -> None:
    import sqlite3

    db = tmp_path / "kb.sqlite"
    engine = open_db(str(db))
    ingest_file(engine, corpus / "briefing.md")
    writer = sqlite3.connect(db)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM mentions")  # uncommitted
    try:
        reader = open_db(str(db))
        assert counts(reader)["mentions"] > 0  # WAL: the reader sees the last committed state
        assert search(reader, "瑙鲁")
    finally:
        writer.rollback()
        writer.close()


def test_sentences_keep_the_map_to_the_original(tmp_path: Path, corpus: Path) -> None:
    import json

    from sqlalchemy import select

    from latticework.store import schema as S

    engine = open_db(str(tmp_path / "kb.sqlite"))
    ingest_file(engine, corpus / "journal-issue.txt")
    original = (corpus / "journal-issue.txt").read_text(encoding="utf-8")
    with engine.connect() as conn:
        rows = conn.execute(select(S.sentences.c.text, S.sentences.c.offset_runs, S.sentences.c.line)).all()
    assert len(rows) > 50
    for text_, runs, line in rows[:200]:
        for i, o, n in json.loads(runs):
            for j in range(n):
                a, b = text_[i + j], original[o + j]
                assert a == b or not (a.isalnum() and b.isalnum()) or a.lower() == b.lower() or ord(b) > 0xFF00
        assert original.count("\n", 0, json.loads(runs)[0][1]) + 1 == line


SEED_KEYS = ["000", "001", "002", "004"]


def test_seed_acceptance_of_the_knowledge_base_issue(tmp_path: Path, kb) -> None:
    from conftest import seed_path

    from latticework.store import rebuild, relations_on
    from latticework.store.ingest import ingest_paths

    files = [seed_path(k) for k in SEED_KEYS]
    engine = kb
    first = ingest_paths(engine, files, workers=2)
    assert first.added == 4 and not first.errors
    rebuild(engine)
    before = counts(engine)
    second = ingest_paths(engine, files, workers=2)
    assert second.unchanged == 4
    rebuild(engine)
    assert counts(engine) == before
    ties = relations_on(engine, "USA", "2023-12-31")["ties"]
    vnm = [t for t in ties if t["other"] == "VNM"]
    assert vnm and vnm[0]["label"] == "全面战略伙伴关系" and vnm[0]["evidence"]
    hits = search(engine, "全面戰略夥伴關係")
    assert hits and all("全面战略伙伴关系" in h.snippet.replace("[", "").replace("]", "") for h in hits)
    from sqlalchemy import text

    with engine.connect() as conn:  # sections and footnotes are there as tables
        assert conn.execute(text("SELECT count(*) FROM footnotes")).scalar() >= 437
        assert conn.execute(text("SELECT count(*) FROM sections WHERE level = 1")).scalar() > 20


def test_a_read_only_database_is_reported_and_left_intact(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "kb.sqlite"
    engine = open_db(str(db))
    ingest_file(engine, corpus / "briefing.md")
    before = counts(engine)
    engine.dispose()
    # the file opened read-only, as from a read-only directory (root ignores directory permissions)
    ro = open_db(f"sqlite:///file:{db}?mode=ro&uri=true")
    with pytest.raises(LatticeworkError) as ei:
        ingest_file(ro, corpus / "news-hk.txt")
    assert "read-only" in ei.value.message and "news-hk.txt" in ei.value.message
    assert _counts_of(db) == before


def test_pair_states_merge_restatements_and_end_on_upgrade() -> None:
    from latticework.store.derive import pair_states

    csp, cssp = "全面战略伙伴关系", "全面战略合作伙伴关系"
    states = pair_states([("2023-09-10", csp, 2), ("2013", cssp, 1), ("2023-09", csp, 3), ("2024-05", csp, 4)])
    assert [(s["label"], s["since"], s["until"], s["event_id"]) for s in states] == [
        (cssp, "2013", "2023-09-10", 1),
        (csp, "2023-09-10", None, 2),  # 2023-09 sharpened to the day; the 2024 restatement is the same tie
    ]
    # different kinds run side by side: an alliance does not end diplomatic relations
    both = pair_states([("1951", "同盟", 5), ("1949", "建交", 6)])
    assert {(s["kind"], s["until"]) for s in both} == {("alliance", None), ("diplomatic", None)}
