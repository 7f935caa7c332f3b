"""A linked mention: a span of the cleaned text and the entity it names (as spaCy's Span).

Offsets are in the cleaned text (the document model maps them back to the original file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter, lt


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
by_end = attrgetter("end")
by_span = attrgetter("start", "end")


def in_order(mentions: list[Mention]) -> bool:
    """Whether the mentions start at strictly increasing positions, so that sorting them by start or
    by (start, end) leaves them as they are. The passes over a whole document keep the order they
    are given; this test (two C-level passes) costs a fraction of a sort that builds a key per mention."""
    starts = list(map(by_start, mentions))
    return all(map(lt, starts, islice(starts, 1, None)))


def span_sorted(mentions: list[Mention]) -> list[Mention]:
    """A new list of the mentions in (start, end) order."""
    return list(mentions) if in_order(mentions) else sorted(mentions, key=by_span)


def start_sorted(mentions: list[Mention]) -> list[Mention]:
    """A new list of the mentions in start order (stable)."""
    return list(mentions) if in_order(mentions) else sorted(mentions, key=by_start)


def sort_spans(mentions: list[Mention]) -> None:
    """Sort the mentions in place in (start, end) order."""
    if not in_order(mentions):
        mentions.sort(key=by_span)
