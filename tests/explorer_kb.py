"""A small knowledge base for the explorer tests: four samples plus a document full of markup."""

from __future__ import annotations

import shutil
from pathlib import Path

from latticework.store import ingest_file, open_db, rebuild

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KB_SAMPLES = ("journal-issue.txt", "annual-report.txt", "news-hk.txt", "briefing.md")

# Untrusted text: markup, event handlers and a javascript: URL inside sentences that yield
# mentions, an event (with evidence) and a footnote, so that every view shows some of it.
HOSTILE = """# 关于<script>window.pwned=1</script>的测试报告

2023年5月，美国总统拜登访问日本<img src=x onerror="window.pwned=2">并与日方举行会谈。①

双方发表联合声明<a href="javascript:window.pwned=3">点此</a>，表示将加强同盟。

① 参见<script>window.pwned=4</script>javascript:alert(1)一文。
"""


def build_kb(folder: Path, url: str | None = None) -> Path | str:
    """The knowledge base in folder/kb.sqlite, or at url (PostgreSQL); returns where it is."""
    db: Path | str = url or folder / "kb.sqlite"
    engine = open_db(str(db))
    for name in KB_SAMPLES:
        shutil.copy(SAMPLES / name, folder / name)
        ingest_file(engine, folder / name)
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    ingest_file(engine, folder / "hostile.md")
    rebuild(engine)
    engine.dispose()
    return db
