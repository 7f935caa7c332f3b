"""A linked mention: a span of the cleaned text and the entity it names (as spaCy's Span).

Offsets are in the cleaned text (the document model maps them back to the original file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import bisect
from itertools import compress, count, islice
from operator import attrgetter, eq, gt


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
    """Whether the mentions are in (start, end) order already, so that sorting them by start or by
    (start, end) (stable) leaves them as they are. The passes over a whole document keep the order
    they are given; this test (C-level passes, the ends compared only where two mentions start
    together) costs a fraction of a sort that builds a key per mention."""
    return _first_disorder(mentions) is None


def _first_disorder(mentions: list[Mention]) -> int | None:
    """The first i whose mention sorts after mention i + 1 by (start, end), or None."""
    starts = list(map(by_start, mentions))
    # starts rising throughout (the usual case) is in order: sorting a sorted list and counting its
    # distinct items are C-level passes, faster than the pairwise walk below
    if starts == sorted(starts) and len(set(starts)) == len(starts):
        return None
    nxt = islice(starts, 1, None)
    down = next(compress(count(), map(gt, starts, nxt)), None)
    upto = len(starts) - 1 if down is None else down
    for i in compress(range(upto), map(eq, starts, islice(starts, 1, upto + 1))):
        if mentions[i].end > mentions[i + 1].end:
            return i
    return down


def span_sorted(mentions: list[Mention]) -> list[Mention]:
    """A new list of the mentions in (start, end) order (as `sorted(mentions, key=by_span)`)."""
    out = list(mentions)
    sort_spans(out)
    return out


def start_sorted(mentions: list[Mention]) -> list[Mention]:
    """A new list of the mentions in start order (stable)."""
    return list(mentions) if in_order(mentions) else sorted(mentions, key=by_start)


def sort_spans(mentions: list[Mention]) -> None:
    """Sort the mentions in place in (start, end) order, as `mentions.sort(key=by_span)` does. The
    usual disorder is a few mentions a pass appended to a list in order: those are put in place one
    by one (a binary search each) rather than the whole list sorted again."""
    i = _first_disorder(mentions)
    if i is None:
        return
    tail = mentions[i + 1 :]
    if len(tail) > 64:
        mentions.sort(key=by_span)
        return
    del mentions[i + 1 :]
    for m in sorted(tail, key=by_span):  # (stable: equal spans keep their order, after the head's)
        bisect.insort_right(mentions, m, key=by_span)
