"""The command line: one-line errors without tracebacks, and the JSON views."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("LATTICEWORK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "latticework.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 64, "binary"),
        ("bad.txt", "东盟".encode("utf-8") * 40 + b"\xff" + "东盟".encode("utf-8") * 40, "undecodable"),
        ("scan.pdf", None, "OCR"),
        ("fake.pdf", b"hello", "not a PDF"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path: Path, name: str, content: bytes | None, needle: str) -> None:
    p = tmp_path / name
    if content is None:
        sys.path.insert(0, str(ROOT / "tools"))
        from make_sample_pdf import render_blank

        render_blank(p)
    else:
        p.write_bytes(content)
    for cmd in ("inspect", "clean"):
        r = run(cmd, str(p))
        assert r.returncode != 0
        assert r.stdout == ""
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1, r.stderr
        assert str(p) in lines[0] and needle in lines[0]
        assert "Traceback" not in r.stderr


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    r = run("inspect", str(tmp_path / "missing.md"))
    assert r.returncode != 0 and "no such file" in r.stderr and "Traceback" not in r.stderr


def test_inspect_json_schema_on_a_small_article(tmp_path: Path) -> None:
    text = (
        "# 东南亚海上合作的新进展\n\n□ 王 磊 陈晓明\n\n〔提 要〕本文讨论二〇二三年以来东南亚的海上合作。\n\n"
        "〔关键词〕海上合作、东盟、南海\n\n〔作者简介〕王磊，某大学教授\n\n陈晓明，某研究院研究员\n\n"
        "〔中图分类号〕D815；D822\n\n〔文献标识码〕A\n\n〔文章编号〕1234 5678 (2024) 1 期 0022-20\n\n"
        "## 一、背景\n\n菲律宾与日本在二〇二四年签署了互惠准入协定。<sup>[1]</sup>\n\n---\n\n[1] 示例出处，二〇二四年。\n\n"
        "## 二、结语\n\n合作仍在继续。\n\n【责任编辑：赵六】\n"
    )
    p = tmp_path / "article.md"
    p.write_text(text, encoding="utf-8")
    r = run("inspect", str(p), "--json")
    assert r.returncode == 0, r.stderr
    j = json.loads(r.stdout)
    assert j["kind"] == "article"
    a = j["articles"][0]
    assert a["title"] == "东南亚海上合作的新进展"
    assert a["authors"] == ["王磊", "陈晓明"]
    assert a["keywords"] == ["海上合作", "东盟", "南海"]
    assert a["clc"] == ["D815", "D822"]
    assert a["pages"] == [22, 41]
    assert a["editor"] == "赵六"
    assert a["footnotes"] == 1
    assert [s["level"] for s in a["sections"]] == [1, 1]
    assert len(a["bios"]) == 2
    for key in ("title_en", "abstract", "start_line", "end_line"):
        assert key in a
    assert j["footnotes"]["paired"] == 1


def test_clean_json_offsets_point_into_the_original(tmp_path: Path) -> None:
    p = tmp_path / "wrapped.txt"
    p.write_text("美国与日本在二〇二三年一月举行了安全磋商委员\n\n会会议, 双方同意加强合作。\n", encoding="utf-8")
    r = run("clean", str(p), "--json")
    assert r.returncode == 0, r.stderr
    j = json.loads(r.stdout)
    original = p.read_text(encoding="utf-8")
    assert "安全磋商委员会会议，双方" in j["text"]
    assert len(j["offsets"]) == len(j["text"])
    for ch, off in zip(j["text"], j["offsets"]):
        assert 0 <= off < len(original)
