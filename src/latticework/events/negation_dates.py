"""A negation that reaches up to now (至今没有, 迄今未, 仍未) tells that something never happened.

Such an event has no date: the date of an earlier clause (对于美方2022年提出的…构想，韩国至今没有
加入) dates that clause's act, not the absence that follows it.
"""

from __future__ import annotations

import re

_UP_TO_NOW = re.compile(r"(?:至今|迄今|到目前为止|截至目前|目前)(?:为止)?\s*(?:仍|尚|还|也|都)?\s*(?:没有|未曾|未能|尚未|并未|未)")


def never_so_far(text: str, clause_start: int, t0: int) -> bool:
    """True when the clause before the trigger says the act has not happened up to now."""
    return _UP_TO_NOW.search(text, clause_start, t0) is not None
