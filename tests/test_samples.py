"""The bundled sample corpus against samples/EXPECTED.yaml, written by the samples' author."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from latticework.pipeline import process
from latticework.timex import find_dates

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = yaml.safe_load((SAMPLES / "EXPECTED.yaml").read_text(encoding="utf-8"))
PDF_FOR = {"pdf-source.txt": "pdf-source.pdf"}  # the source text of the committed PDF


def canon(text: str) -> str:
    """Compare forms, not typography: NFKC width folding, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def path_of(name: str) -> Path:
    return SAMPLES / PDF_FOR.get(name, name)


@pytest.fixture(scope="module")
def processed():
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = process(path_of(name))
        return cache[name]

    return get


def body(p) -> str:
    d = p.doc
    return "\n".join(d.block_text(i) for i, b in enumerate(d.blocks) if b.kind != "footnote")


def notes(p) -> str:
    d = p.doc
    return "\n".join(d.block_text(f.block) for f in d.footnotes)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_kind_title_and_sections(processed, name: str) -> None:
    exp, p = EXPECTED[name], processed(name)
    lay = p.layout
    assert lay.kind == exp["kind"]
    if "title" in exp:
        assert canon(lay.title or "") == canon(exp["title"])
    if exp["kind"] != "journal_issue" and "sections" in exp:
        got = [(canon(s.text), s.level) for s in lay.articles[0].sections]
        assert got == [(canon(s["text"]), s["level"]) for s in exp["sections"]]
    if "date" in exp:
        assert lay.date == str(exp["date"])
    if "dateline" in exp:
        assert canon(lay.dateline or "") == canon(exp["dateline"])
    if "script" in exp:
        assert ("traditional" if p.doc.is_traditional else "simplified") == exp["script"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_repairs_and_furniture(processed, name: str) -> None:
    exp, p = EXPECTED[name], processed(name)
    text = canon(body(p))
    missing = [s for s in exp.get("must_contain", []) if canon(s) not in text]
    assert not missing
    raw_body = body(p)
    present = [s for s in exp.get("must_not_contain", []) if (canon(s) in text if canon(s) else s in raw_body)]
    assert not present
    note_text = canon(notes(p))
    assert not [s for s in exp.get("notes_must_contain", []) if canon(s) not in note_text]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_footnote_counts(processed, name: str) -> None:
    exp, p = EXPECTED[name], processed(name)
    numbered = [m for m in p.doc.markers if m.label != "*"]
    assert len(numbered) == exp["footnotes"]
    assert all(m.footnote is not None for m in numbered)
    if "footnotes_per_page" in exp:
        pages: dict[int, int] = {}
        for f in p.doc.footnotes:
            if f.label != "*":
                pages[f.page] = pages.get(f.page, 0) + 1
        assert [pages[k] for k in sorted(pages)] == exp["footnotes_per_page"]


def test_journal_issue_metadata(processed) -> None:
    exp, p = EXPECTED["journal-issue.txt"], processed("journal-issue.txt")
    lay = p.layout
    for key in ("journal", "year", "number", "cumulative", "frequency"):
        assert lay.issue[key] == exp["issue"][key], key
    assert lay.issue["published"] == str(exp["issue"]["published"])
    assert len(lay.articles) == exp["articles_count"]
    assert p.source.text.endswith("\n") is not exp["ends_without_newline"]
    for got, want in zip(lay.articles, exp["articles"]):
        assert canon(got.title) == canon(want["title"])
        assert got.title_en == want["title_en"]
        assert got.authors == want["authors"]
        assert got.keywords == want["keywords"]
        assert got.clc == want["clc"]
        assert got.doc_code == want["doc_code"]
        assert canon(got.article_no) == canon(want["article_no"])
        assert got.pages == want["pages"]
        assert got.editor == want["editor"]
        assert bool(got.funding) == want["funding"]
        if want.get("funding_number"):
            assert want["funding_number"] in got.funding
        assert got.footnotes == want["footnotes"]
        assert len({n.line for n in got.notes}) >= want["footnote_blocks"]
        assert [b.split("，", 1)[1] for b in got.bios] == want["affiliations"]
        assert canon(got.abstract).startswith(canon(want["abstract_start"]))
        assert got.abstract_en.startswith(want["abstract_en_start"])
        assert [(canon(s.text), s.level) for s in got.sections] == [(canon(s["text"]), s["level"]) for s in want["sections"]]
    pages = {}
    for a in lay.articles:
        pages.setdefault(a.column, []).append(lay.articles.index(a) + 1)
    for col in exp["columns"]:
        assert pages.get(col["name"]) == col["articles"]
    abstracts = canon(" ".join(a.abstract_en or "" for a in lay.articles))
    for s in exp["abstracts_must_contain"]:
        assert canon(s) in abstracts


def test_journal_footnote_pages(processed) -> None:
    exp, p = EXPECTED["journal-issue.txt"], processed("journal-issue.txt")
    for art, want in zip(p.layout.articles, exp["articles"]):
        pages = {p.doc.footnote_of_block[b].page for b in range(art.first_block, art.last_block + 1)
                 if b in p.doc.footnote_of_block and p.doc.blocks[b].label != "*"}
        assert len(pages) == want["footnote_blocks"]


def test_report_headers_pages_and_run_in_headings(processed) -> None:
    exp, p = EXPECTED["annual-report.txt"], processed("annual-report.txt")
    raw_lines = p.source.text.split("\n")
    dropped = {raw_lines[line - 1].strip(): reason for line, reason in p.doc.dropped}
    for h in exp["running_headers"]:
        assert dropped.get(h) == "running header"
    for n in exp["page_numbers"]:
        assert dropped.get(str(n)) == "page number"
    headings = {canon(s.text) for s in p.layout.articles[0].sections}
    for r in exp["run_in_headings"]:
        assert canon(r) not in headings and canon(r) in canon(body(p))
    assert canon(p.layout.articles[0].sections[0].text)  # sections exist
    dates = {t.value for t in find_dates(p.doc.text)}
    for d in exp["dates_split"]:
        assert str(d["date"]) in dates


def test_briefing_title_note(processed) -> None:
    exp, p = EXPECTED["briefing.md"], processed("briefing.md")
    assert canon(p.layout.articles[0].funding or "") == canon(exp["title_note"])


def test_pdf_sample_is_rendered_from_its_source(tmp_path: Path) -> None:
    """The committed PDF is what tools/make_sample_pdf.py makes of pdf-source.txt."""
    import sys

    sys.path.insert(0, str(SAMPLES.parent / "tools"))
    from make_sample_pdf import render

    out = tmp_path / "again.pdf"
    render((SAMPLES / "pdf-source.txt").read_text(encoding="utf-8"), out)
    fresh, committed = process(out), process(SAMPLES / "pdf-source.pdf")
    assert fresh.doc.text == committed.doc.text
    assert committed.layout.articles[0].start_line == 1
