"""The party of a signing that names no signatory: the agreement itself.

Analytical prose tells a treaty's history with the document as topic and no signatory
(《区域全面经济伙伴关系协定》于2020年11月15日签署; 2002年簽署的《南海各方行為宣言》; 《协定》的签署).
The gold conventions let an unnamed set of parties stand for the body they form (RCEP's fifteen
signatories → `rcep`), so the document named in the clause is the event's party.
"""

from __future__ import annotations

import re

from ..actors.resolve import Mention

_AGREEMENT = ("agreement",)
# 于…签署 / 在…签署 / 的签署 / 签署的: the signing verbs a topicalised document takes
_SIGNING = ("签署", "签订", "缔结", "签字")
_RELATIVE_GAP = re.compile(r"的\s*[《“「]?")


def signed_document(text: str, clause_start: int, clause_end: int, t0: int, t1: int, word: str,
                    mentions: list[Mention]) -> list[Mention]:
    """The agreement a signing with no party is about: the one the clause names before the verb
    (its topic), else the one right after 签署的 (the relative clause's head). Empty otherwise."""
    if not any(v in word for v in _SIGNING):
        return []
    before = [m for m in mentions if m.kind in _AGREEMENT and clause_start <= m.start and m.end <= t0]
    if before:
        return before[-1:]
    gap = _RELATIVE_GAP.match(text, t1)
    if gap is None:
        return []
    after = [m for m in mentions if m.kind in _AGREEMENT and gap.end() - 1 <= m.start <= gap.end() + 1 and m.start < clause_end]
    return after[:1]
