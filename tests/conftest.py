"""Shared fixtures: the seed documents (../shared/seeds) and the bundled sample corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = Path(os.environ.get("LATTICEWORK_SEEDS", ROOT.parent / "shared" / "seeds"))
SEED_FILES = {
    "000": "000_40bbb41ceacd16ee.txt",
    "001": "001_468e06dc0db34430.txt",
    "002": "002_505f1ef2f9c8eb43.txt",
    "004": "004_1614badee6310a53.txt",
}


def seed_path(key: str) -> Path:
    """Path of a seed; skips the test when seeds are absent, fails under LATTICEWORK_REQUIRE_SEEDS=1."""
    p = SEEDS / SEED_FILES[key]
    if not p.exists():
        if os.environ.get("LATTICEWORK_REQUIRE_SEEDS") == "1":
            pytest.fail(f"seed {p} is missing and LATTICEWORK_REQUIRE_SEEDS=1")
        pytest.skip(f"seed {p} not available")
    return p


@pytest.fixture(scope="session")
def processed_seeds():
    """Each seed run through read -> clean -> layout once per test session."""
    from latticework.pipeline import process

    cache: dict[str, object] = {}

    def get(key: str):
        if key not in cache:
            cache[key] = process(seed_path(key))
        return cache[key]

    return get


def fresh_pg_url() -> str:
    """The test PostgreSQL server, emptied of latticework's tables; skips (or fails under
    LATTICEWORK_REQUIRE_PG=1) when LATTICEWORK_TEST_PG_URL names none."""
    url = os.environ.get("LATTICEWORK_TEST_PG_URL")
    if not url:
        if os.environ.get("LATTICEWORK_REQUIRE_PG") == "1":
            pytest.fail("LATTICEWORK_TEST_PG_URL is not set and LATTICEWORK_REQUIRE_PG=1")
        pytest.skip("no PostgreSQL server (set LATTICEWORK_TEST_PG_URL)")
    from sqlalchemy import create_engine, text

    from latticework.store import schema as S

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP VIEW IF EXISTS sections"))
        conn.execute(text("DROP VIEW IF EXISTS footnotes"))
        conn.execute(text("DROP INDEX IF EXISTS ix_blocks_tokens"))
    S.metadata.drop_all(engine)
    engine.dispose()
    return url
