"""--date: the date of a document that states none of its own (a wire story copied without its page),
for `extract` and `entities`; a malformed date is a one-line error (invented text)."""

from __future__ import annotations

import json
from pathlib import Path

from latticework.pipeline import process
from test_cli import run

WIRE = ("美日菲领导人会晤　三方同意加强海上合作\n"
        "（中央社記者華盛頓11日專電）美國總統拜登今天在白宮與日本首相岸田文雄及菲律賓總統小馬可仕舉行首次三邊峰會。"
        "拜登昨天已與岸田舉行雙邊會談。\n")


def _events(path: Path, *extra: str) -> list[dict]:
    r = run("extract", str(path), "--jsonl", *extra)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_a_wire_without_its_year_is_dated_by_the_date_given(tmp_path: Path) -> None:
    p = tmp_path / "wire.txt"
    p.write_text(WIRE, encoding="utf-8")
    assert all(e["date"] is None for e in _events(p))
    dates = sorted(e["date"] for e in _events(p, "--date", "2024-04-11"))
    assert dates == ["2024-04-10", "2024-04-11"]  # 昨天 and 今天 of the day given


def test_the_documents_own_date_wins_over_the_date_given(tmp_path: Path) -> None:
    p = tmp_path / "dated.md"
    p.write_text("---\ntitle: 会谈\ndate: 2023-05-10\n---\n\n今天，越南总统在河内同老挝总统举行会谈。\n", encoding="utf-8")
    assert process(p, date="2020-01-01").date == "2023-05-10"
    assert [e["date"] for e in _events(p, "--date", "2020-01-01")] == ["2023-05-10"]


def test_a_malformed_date_is_a_one_line_error(tmp_path: Path) -> None:
    p = tmp_path / "wire.txt"
    p.write_text(WIRE, encoding="utf-8")
    for cmd in ("extract", "entities"):
        r = run(cmd, str(p), "--date", "2024/04")
        assert r.returncode != 0 and r.stdout == "" and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and "YYYY-MM-DD" in r.stderr and str(p) in r.stderr


def test_entities_take_the_date_for_office_holders(tmp_path: Path) -> None:
    p = tmp_path / "wire.txt"
    p.write_text(WIRE, encoding="utf-8")
    r = run("entities", str(p), "--json", "--date", "2024-04-11")
    assert r.returncode == 0, r.stderr
    assert {"USA", "JPN", "PHL"} <= {m["country"] for m in json.loads(r.stdout)["mentions"] if m["kind"] == "person"}
