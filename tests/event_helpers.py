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
