"""The founder of a body or initiative launched with no founder named in the sentence.

Analytical prose names a launch in a relative clause on what was launched (在东京峰会上宣布启动的
“印太海域态势感知伙伴关系”, 2021年9月宣布成立的AUKUS): no party stands before the verb. The body
the gazetteer makes the launched one's parent (IPMDA → the Quad) founded it; failing that, the
launched body is its own party, as for a body founded intransitively (上海合作组织于2001年成立).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention

_FOUNDED = ("organisation", "grouping", "mechanism", "initiative", "agreement")
_HEAD = re.compile(r"的\s*[“「\"『]?")


def launched_body(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> Mention | None:
    """The body named right after 的 that closes the relative clause on the trigger, or None."""
    gap = _HEAD.match(text, t1)
    if gap is None:
        return None
    return next((m for m in mentions if m.kind in _FOUNDED and m.start == gap.end() and m.start < clause_end), None)


def founders(body: Mention, gz: Gazetteer) -> list[str]:
    """The ids that founded the body: its gazetteer parent when that is a body, else the body itself."""
    e = gz.get(body.id)
    parent = gz.get(e.parent) if e is not None and e.parent else None
    if parent is not None and parent.kind in ("organisation", "grouping", "mechanism"):
        return [parent.id]
    return [body.id]
