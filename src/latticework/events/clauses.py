"""Clause boundaries inside a sentence (the unit most argument rules look within)."""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"[，,：:]")


def _clause_start(text: str, pos: int, floor: int) -> int:
    # (four rfind calls, no generator: this runs for every trigger and mention)
    k = max(text.rfind("，", floor, pos), text.rfind(",", floor, pos), text.rfind("：", floor, pos), text.rfind(":", floor, pos))
    return k + 1 if k >= floor else floor


def previous_clause_start(text: str, clause_start: int, floor: int, marks: str = "，,；;") -> int:
    """Where the clause before the one opening at `clause_start` opens (never before `floor`): after
    the last of `marks` that precedes the mark ending that clause."""
    return max(floor, max(text.rfind(p, floor, max(floor, clause_start - 1)) for p in marks) + 1)


def _clause_end(text: str, pos: int, ceil: int) -> int:
    m = _CLAUSE.search(text, pos, ceil)
    return m.start() if m else ceil
