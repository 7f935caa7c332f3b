"""Officials of international organisations take part in events for their organisation."""

from __future__ import annotations

from latticework.clean import clean
from latticework.events import extract_events
from latticework.model import SourceText
from latticework.pipeline import Processed


def _events(text: str):
    from latticework.layout import layout

    doc = clean(SourceText("t.txt", text, "txt"))
    return extract_events(Processed(doc.source, doc, layout(doc)))


def test_a_secretary_general_acts_for_the_organisation_and_a_prime_minister_for_the_state() -> None:
    evs = _events("2020年3月，北约秘书长斯托尔滕贝格访问日本。2010年5月，挪威首相斯托尔滕贝格访问日本。")
    consults = [e for e in evs if e.type == "CONSULT"]
    assert [[a.id for a in e.actors] for e in consults] == [["nato"], ["NOR"]]
