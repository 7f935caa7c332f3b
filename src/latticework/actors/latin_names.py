"""Where a Latin name found by the matcher counts: as a whole word, in Chinese prose.

APEC扩员, （APEC）, APEC、CPTPP、RCEP are Chinese prose naming the bodies; the same letters inside
an English word or an English citation are no mention.
"""

from __future__ import annotations

import re

_HAN_OR_LIST = re.compile("[\u4e00-\u9fff、]")


def _is_latin(s: str) -> bool:
    return bool(s) and s[0].isascii() and s[0].isalnum()


def _near_han(text: str, s: int, e: int, window: int = 6) -> bool:
    """Latin names count in Chinese prose (APEC扩员, （APEC）), not in English citations."""
    # the enumeration comma counts as Chinese prose too: APEC、CPTPP、RCEP、DEPA is a Chinese list
    return _HAN_OR_LIST.search(text, max(0, s - window), s) is not None or _HAN_OR_LIST.search(text, e, e + window) is not None


def _latin_boundary(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())
