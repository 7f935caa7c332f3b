"""Sentence bounds inside a block, as the linker's rules look back for them, and the characters
mentions already cover."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from operator import sub

from .mention import Mention, by_end, by_start

# the marks that close a sentence or a ；-item
_STOPS = "。！？；!?;"


def sentence_stop(text: str, i: int) -> int:
    """The offset of the last sentence or ；-item end before `i` (the item holding `i` starts after
    it), or -1 when there is none."""
    return last_of(text, _STOPS, i)


def last_of(text: str, chars: str, i: int, lo: int = 0) -> int:
    """The offset of the last of the single characters `chars` in text[lo:i], or -1 (as
    `max(text.rfind(c, lo, i) for c in chars)`). Looked for in a window before `i` that widens
    until one is found: asked over a whole document, a mark that does not occur (！ in most) would
    have each `rfind` scan back to its start."""
    w = 128
    while True:
        a = i - w if i - w > lo else lo
        k = max([text.rfind(c, a, i) for c in chars])
        if k != -1 or a == lo:
            return k
        i, w = a, w * 8


def covered(text: str, mentions: Iterable[Mention]) -> bytearray:
    """One byte per character of `text` (and one past its end), 1 inside a mention: the passes that
    add mentions after linking test a span against it before adding one there."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    return taken


class NearSpans:
    """Whether a span overlaps a mention, for passes that test a few spans against a whole document's
    mentions: only the mentions starting close enough before it are looked at (none is longer than
    the longest), instead of marking every mention's characters first as `covered` does."""

    def __init__(self, ordered: list[Mention]):
        self.ordered = ordered  # sorted by start
        self.starts = list(map(by_start, ordered))  # (C-level passes: a document has thousands)
        self.longest = max(map(sub, map(by_end, ordered), self.starts), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        """Whether a mention covers a character of [s, e) (as `any(covered(...)[s:e])`)."""
        lo = bisect.bisect_left(self.starts, s - self.longest)
        hi = bisect.bisect_left(self.starts, e)
        return any(m.end > s and m.end > m.start for m in self.ordered[lo:hi])


class Taken:
    """The characters mentions cover, for a pass that tests a few spans and marks the mentions it
    adds: `covered` answered near each span instead of marked for the whole document first."""

    def __init__(self, ordered: list[Mention]):
        self.near = NearSpans(ordered)  # `ordered`: sorted by start
        self.added: list[tuple[int, int]] = []

    def any(self, s: int, e: int) -> bool:
        """Whether a character of [s, e) is covered (as `any(covered(...)[s:e])`)."""
        return self.near.overlaps(s, e) or any(a < e and s < b for a, b in self.added)

    def mark(self, s: int, e: int) -> None:
        self.added.append((s, e))
