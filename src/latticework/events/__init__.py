"""Events: typed, dated, evidence-linked events with modality (docs/events.md, docs/ontology.md)."""

from __future__ import annotations

import functools

from ..actors import link
from ..pipeline import Processed
from .extract import Extractor
from .lexicon import lexicon, score_of
from .model import Event, Participant


@functools.cache
def default_extractor() -> Extractor:
    return Extractor(lexicon())


def extract_events(p: Processed) -> list[Event]:
    date = p.date
    mentions = link(p.doc, doc_date=date)
    return default_extractor().extract(p.doc, mentions, doc_date=date)


def _participant_json(x: Participant) -> dict:
    return {"id": x.id, "kind": x.kind, "name_zh": x.name_zh, "name_en": x.name_en, "country": x.country}


def event_json(p: Processed, ev: Event) -> dict:
    doc = p.doc
    evidence = []
    for x in ev.evidence:
        start, end = doc.file_span(x.start, x.end)
        evidence.append({"text": x.text, "start": start, "end": end, "line": doc.file_line(start)})
    return {
        "type": ev.type,
        "score": score_of(ev.type),
        "actors": [_participant_json(a) for a in ev.actors],
        "recipients": [_participant_json(r) for r in ev.recipients],
        "date": ev.date,
        "date_end": ev.date_end,
        "effective": ev.effective,
        "location": ev.location,
        "modality": ev.modality,
        "label": ev.label,
        "object": ev.object,
        "quantities": ev.quantities,
        "source": ev.source,
        "trigger": ev.trigger,
        "confidence": ev.confidence,
        "in_footnote": ev.block_kind == "footnote",
        "evidence": evidence if len(evidence) > 1 else evidence[0],
    }


__all__ = ["Event", "Extractor", "event_json", "extract_events"]
