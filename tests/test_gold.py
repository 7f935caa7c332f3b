"""The gold sets are well formed: every mention's text is the slice of its document that its
offsets name (modulo line breaks, or page furniture inside a name), inside one of its passages; every event names
lines inside its passages. A broken gold set would make every figure in docs/quality.md wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SEEDS, seed_path
from latticework.evaluate.common import read_jsonl
from latticework.evaluate.entities import load_gold

ROOT = Path(__file__).resolve().parent.parent
NUMBERED = sorted(p.name for p in (ROOT / "gold").glob("heldout[0-9]*"))  # heldout2, heldout3, ...
SETS = [  # (gold folder, folder of its documents)
    ("gold/entities", None),
    ("gold/heldout/entities", "samples"),
    *[(f"gold/{n}/entities", f"gold/{n}/texts") for n in NUMBERED],
    ("gold/dev/entities", "gold/dev/texts"),
]


def _spells(span: str, text: str) -> bool:
    """The span reads as the text: equal but for whitespace, or, for a name cut by a page break
    or a footnote block, starting and ending with it and holding its characters in order."""
    span, text = re.sub(r"\s", "", span), re.sub(r"\s", "", text)
    if span == text:
        return True
    it = iter(span)
    return span[:1] == text[:1] and span[-1:] == text[-1:] and all(c in it for c in text)


def _docs(texts: str | None) -> Path:
    if texts is None:
        seed_path("000")  # skips (or fails under LATTICEWORK_REQUIRE_SEEDS=1) without the seeds
        return SEEDS
    return ROOT / texts


@pytest.mark.parametrize("gold,texts", SETS)
def test_entity_gold_spans_are_the_text_they_claim(gold: str, texts: str | None) -> None:
    passages, mentions = load_gold(ROOT / gold)
    folder = _docs(texts)
    cache: dict[str, str] = {}
    by_doc = {}
    for p in passages:
        by_doc.setdefault(p["doc"], []).append(p)
    assert mentions
    for m in mentions:
        raw = cache.setdefault(m["doc"], (folder / m["doc"]).read_text(encoding="utf-8"))
        got = raw[m["start"]:m["end"]]
        assert _spells(got, m["text"]), (gold, m)
        line = raw.count("\n", 0, m["start"]) + 1
        assert line == m["line"], (gold, m)
        assert any(p["start_line"] <= line <= p["end_line"] for p in by_doc[m["doc"]]), (gold, m)


@pytest.mark.parametrize("gold", ["gold/events", "gold/heldout/events", *[f"gold/{n}/events" for n in NUMBERED],
                                  "gold/dev/events"])
def test_event_gold_lines_fall_in_their_passages(gold: str) -> None:
    folder = ROOT / gold
    events = [e for f in sorted(folder.glob("*.jsonl")) for e in read_jsonl(f)]
    assert len(events) > 100
    for ev in events:
        a, b = ev["lines"]
        assert a <= b and ev["type"] and ev["modality"] in {"asserted", "planned", "proposed", "hypothetical", "negated"}
        assert ev["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev["date"]), ev
