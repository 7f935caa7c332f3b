"""Two dates of `timex` joined into one range: 2022年11月至2023年1月, 3月5日到7日 (the connector
between them is all that stands there, both have the same precision, and the second is later)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .timex import Timex

_CONNECTOR = re.compile(r"\s*(?:至|到|—|–|-|~|～|〜|——)\s*")


def join_ranges(found: list[Timex], text: str, offset: int) -> list[Timex]:
    """2022年11月至2023年1月, 3月5日到7日: two dates joined by 至/到/— are one range."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.value and t.value and prev.value_end is None and t.kind != "decade"
                and prev.kind != "decade" and not prev.target and not t.target
                and _CONNECTOR.fullmatch(text[prev.end - offset : t.start - offset])
                and len(t.value) == len(prev.value) and t.value > prev.value):
            prev.value_end = t.value_end or t.value
            prev.text = text[prev.start - offset : t.end - offset]
            prev.end = t.end
            prev.kind = "range"
            continue
        out.append(t)
    return out
