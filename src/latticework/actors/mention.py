"""A linked mention: a span of the cleaned text and the entity it names (as spaCy's Span).

Offsets are in the cleaned text (the document model maps them back to the original file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter


@dataclass(slots=True)  # (slots: ten thousand are made per document and read again and again)
class Mention:
    start: int  # cleaned text
    end: int
    text: str
    id: str
    kind: str
    name_zh: str
    name_en: str
    country: str | None
    how: str  # gazetteer | latin | compound | fang | metonym | organ | tenure | coreference | discovered
    role: str | None = None
    refers_to: list[str] = field(default_factory=list)  # coreference: every referent
    block: int = 0
    date: str | None = None  # the date used to resolve a person
    ambiguous: bool = False  # found by a short form that needs support elsewhere in the document


# sort keys of mentions, as C-level getters (a Python lambda per mention cost more than the sort)
by_start = attrgetter("start")
by_span = attrgetter("start", "end")
