"""Sentence bounds inside a block, as the linker's rules look back for them."""

from __future__ import annotations

# the marks that close a sentence or a ；-item
_STOPS = "。！？；!?;"


def sentence_stop(text: str, i: int) -> int:
    """The offset of the last sentence or ；-item end before `i` (the item holding `i` starts after
    it), or -1 when there is none."""
    return max(text.rfind(p, 0, i) for p in _STOPS)
