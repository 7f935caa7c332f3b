"""Running the extractor on a sentence written in a test: over the mini gazetteer of
tests/data/mini_gazetteer (fast, stable ids) or over the bundled one."""

from __future__ import annotations

from pathlib import Path

from latticework.actors import link
from latticework.actors.gazetteer import load
from latticework.actors.matcher import Matcher
from latticework.actors.resolve import Resolver
from latticework.clean import clean
from latticework.events import default_extractor
from latticework.events.extract import Extractor
from latticework.model import SourceText

MINI = Path(__file__).parent / "data" / "mini_gazetteer"


def mini_tools() -> tuple[Resolver, Extractor]:
    gz = load(MINI)
    return Resolver(gz, Matcher(gz)), Extractor(gazetteer=gz)


def mini_events(tools, text: str, doc_date: str | None = None):
    resolver, extractor = tools
    doc = clean(SourceText("t.txt", text, "txt"))
    return extractor.extract(doc, link(doc, doc_date=doc_date, resolver=resolver), doc_date=doc_date)


def full_events(text: str, doc_date: str | None = None):
    doc = clean(SourceText("t.txt", text, "txt"))
    return default_extractor().extract(doc, link(doc, doc_date=doc_date), doc_date=doc_date)


def summary(evs):
    """Events as (type, actors, recipients, date, modality), parties sorted: for assertions and messages."""
    return [(e.type, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients), e.date, e.modality) for e in evs]


def of_type(evs, etype):
    """The events of one type; fails (showing all events) when there is none."""
    got = [e for e in evs if e.type == etype]
    assert got, summary(evs)
    return got


def keys(parts):
    """Participants as sorted state/entity keys."""
    return sorted(p.key() for p in parts)


def file_events(tmp_path: Path, text: str, name: str = "t.txt"):
    """The events of a test text run through the whole pipeline as a file (reader, cleaner, layout)."""
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    from latticework.events import extract_events
    from latticework.pipeline import process

    return extract_events(process(f))


def party_pairs(evs, etype: str) -> list[tuple]:
    """(actors, recipients) of each event of a type, as sorted key tuples, sorted."""
    return sorted((tuple(sorted(p.key() for p in e.actors)), tuple(sorted(p.key() for p in e.recipients)))
                  for e in evs if e.type == etype)
