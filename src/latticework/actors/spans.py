"""Sentence bounds inside a block, as the linker's rules look back for them, and the characters
mentions already cover."""

from __future__ import annotations

from collections.abc import Iterable

from .mention import Mention

# the marks that close a sentence or a ；-item
_STOPS = "。！？；!?;"


def sentence_stop(text: str, i: int) -> int:
    """The offset of the last sentence or ；-item end before `i` (the item holding `i` starts after
    it), or -1 when there is none."""
    return max(text.rfind(p, 0, i) for p in _STOPS)


def covered(text: str, mentions: Iterable[Mention]) -> bytearray:
    """One byte per character of `text` (and one past its end), 1 inside a mention: the passes that
    add mentions after linking test a span against it before adding one there."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    return taken
