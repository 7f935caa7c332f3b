"""Acceptance on the seed documents (../shared/seeds): layout of the journal issue 002, and the
repairs, sections and footnote handling of the reports 000, 001 and 004."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from latticework.text_forms import is_cjk

DATA = Path(__file__).parent / "data"
EXPECTED_002 = yaml.safe_load((DATA / "seed_002_expected.yaml").read_text(encoding="utf-8"))
REPAIRS = yaml.safe_load((DATA / "seed_repairs.yaml").read_text(encoding="utf-8"))
_MARKUP = re.compile(r"<sup>.*?</sup>|[①-⑳]|\\\*")


def _content(text: str) -> str:
    """Han characters, letters and digits only: what a repair must bring together."""
    return "".join(c for c in _MARKUP.sub("", text) if is_cjk(c) or c.isalnum())


def test_002_is_a_journal_issue_with_six_articles(processed_seeds) -> None:
    p = processed_seeds("002")
    lay = p.layout
    assert lay.kind == "journal_issue"
    for key, value in EXPECTED_002["issue"].items():
        assert lay.issue[key] == value, key
    assert len(lay.articles) == len(EXPECTED_002["articles"]) == 6
    for got, want in zip(lay.articles, EXPECTED_002["articles"]):
        for key in ("title", "title_en", "authors", "keywords", "clc", "pages", "editor", "footnotes", "start_line"):
            assert getattr(got, key) == want[key], (want["title"], key)
        assert bool(got.funding) == bool(want.get("funding")), want["title"]
        assert got.abstract and got.abstract_en and got.bios and got.doc_code == "A"


def test_002_sections_and_levels(processed_seeds) -> None:
    lay = processed_seeds("002").layout
    for art, want in zip(lay.articles, EXPECTED_002["sections"]):
        assert [[s.line, s.level] for s in art.sections] == want, art.title
    heading_lines = {s.line for a in lay.articles for s in a.sections}
    assert not heading_lines & set(EXPECTED_002["enumerator_lines"])


def test_002_every_footnote_marker_is_paired_with_its_body(processed_seeds) -> None:
    doc = processed_seeds("002").doc
    numbered = [m for m in doc.markers if m.label != "*"]
    assert len(numbered) == EXPECTED_002["footnote_markers"]
    bodies = [f for f in doc.footnotes if f.label != "*"]
    assert len(bodies) == EXPECTED_002["footnote_markers"]
    raw = doc.source.text
    for m in numbered:
        assert m.footnote is not None, f"marker on line {m.line} unpaired"
        fn = doc.footnotes[m.footnote]
        body = doc.blocks[fn.block]
        assert fn.label == m.label
        assert body.line_first > m.line  # the body follows its marker
        start, _ = doc.orig_span(body.start, body.end)
        line_start = raw.rfind("\n", 0, start) + 1
        assert raw[line_start:start].strip().startswith(f"[{m.label}]")
    # no footnote body is left in the running text
    for i, b in enumerate(doc.blocks):
        if b.kind == "paragraph":
            assert not re.match(r"^\[\d+\]\s", doc.block_text(i))


def test_002_last_line_without_newline_is_kept(processed_seeds) -> None:
    p = processed_seeds("002")
    raw = p.source.text
    assert not raw.endswith("\n")
    last_line = raw[raw.rfind("\n") + 1 :]
    tail = last_line.strip()[-40:]
    assert p.doc.text.endswith(tail)
    assert p.layout.articles[-1].abstract_en.endswith(tail)
    assert p.source.n_lines == raw.count("\n") + 1


@pytest.mark.parametrize("key", ["000", "001", "004"])
def test_reports_are_reports(processed_seeds, key: str) -> None:
    assert processed_seeds(key).layout.kind == "report"


@pytest.mark.parametrize("key", sorted(REPAIRS))
def test_breaks_listed_in_the_notes_are_repaired(processed_seeds, key: str) -> None:
    p = processed_seeds(key)
    raw = p.source.text.split("\n")
    cleaned = _content(p.doc.text)
    failures = []
    for group, pairs in REPAIRS[key].items():
        for a, b in pairs:
            tail, head = _content(raw[a - 1])[-4:], _content(raw[b - 1])[:4]
            if group == "dup":
                head = head[1:]
            if tail + head not in cleaned:
                failures.append((group, a, b, tail, head))
            if group == "latin":
                words = raw[a - 1].split()[-1].strip("(（") + " " + raw[b - 1].split()[0].rstrip(")）")
                if words not in p.doc.text:
                    failures.append((group, a, b, words))
    assert not failures


def test_000_sections_and_footnotes(processed_seeds) -> None:
    p = processed_seeds("000")
    art = p.layout.articles[0]
    levels = [s.level for s in art.sections]
    assert levels.count(1) == 5 and levels.count(2) == 20  # 一…五 and their （一）… (notes §A1.1)
    assert art.sections[-1].line == 1863
    doc = p.doc
    for i, b in enumerate(doc.blocks):
        if b.kind == "paragraph":
            t = doc.block_text(i)
            assert "accessed" not in t and "https://" not in t, b.line_first
    footnote_text = " ".join(doc.block_text(f.block) for f in doc.footnotes)
    assert footnote_text.count("accessed") >= 50
    dropped = dict(doc.dropped)
    assert dropped.get(642) == "page number" and dropped.get(1419) == "page number"
    assert dropped.get(260) == "running header"


def test_001_sections_furniture_and_footnotes(processed_seeds) -> None:
    p = processed_seeds("001")
    doc = p.doc
    heading_lines = {b.line_first for b in doc.blocks if b.kind == "heading"}
    outline = [391, 407, 452, 574, 620, 812, 820, 937, 1010, 1090, 1100, 1151, 1209, 1273, 1339, 1377, 1457,
               1604, 1612, 1656, 1728, 1803, 1815, 1873, 1988, 2033, 2035, 2114, 2441, 2492, 2585, 2757, 3069,
               3165, 3282, 3363, 3369, 3773, 3846, 4017, 4093, 4270, 4410, 4420, 4486, 4543, 4916, 5129, 5259,
               5365, 5536]
    assert not set(outline) - heading_lines
    dropped = dict(doc.dropped)
    for line in (1450, 1889, 2410, 2678, 2865, 3112, 3178, 5462):
        assert dropped.get(line) == "page number", line
    assert 1443 not in dropped  # the tail of a wrapped URL date, not a page number
    for line in (1587, 2479, 3346, 4249, 5340):
        assert line in dropped
    for i, b in enumerate(doc.blocks):
        if b.kind == "paragraph":
            t = doc.block_text(i)
            assert "[J]" not in t and "EB/OL" not in t, b.line_first
    assert sum(1 for f in doc.footnotes) >= 80


def test_004_parts_and_recommendation_fields(processed_seeds) -> None:
    art = processed_seeds("004").layout.articles[0]
    assert art.title
    levels = [(s.line, s.level) for s in art.sections]
    assert levels == [(27, 1), (59, 1), (103, 1), (137, 1), (179, 2), (185, 2), (207, 2), (215, 2),
                      (225, 2), (239, 2), (259, 2), (271, 2)]
    assert art.footnotes == 0
