"""The party of a signing that names no signatory: the agreement itself.

Analytical prose tells a treaty's history with the document as topic and no signatory
(《区域全面经济伙伴关系协定》于2020年11月15日签署; 2002年簽署的《南海各方行為宣言》; 《协定》的签署).
The gold conventions let an unnamed set of parties stand for the body they form (RCEP's fifteen
signatories → `rcep`), so the document named in the clause is the event's party; a document whose name
opens with two states as its sides (《中国—马尔代夫自由贸易协定》) was signed by those two states
(`named_sides.sides_of`, shared with the witnessed signings of type11). A
chronicle names the document in one sentence and dates its signing in the next (《…》正式生效。该协定于
2017年12月签署): 该协定/该条约 opening the clause is the document named last before it in the paragraph.
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


_CAUSED = re.compile(r"[，,]\s*(?:从而|进而|由此)?\s*(?:使|使得|令|让)\s*$")


def caused_parties(text: str, t1: int, e: int, mentions: list[Mention], states: tuple) -> list[Mention]:
    """《日韩基本条约》的签署，使日本与韩国正式建交: the states the signing's effect names are its
    signatories (the run of states right after 使)."""
    after = sorted((m for m in mentions if t1 <= m.start < e and m.kind in states), key=lambda m: m.start)
    if not after or _CAUSED.search(text, t1, after[0].start) is None or len(text[t1 : after[0].start]) > 12:
        return []
    run = [after[0]]
    for m in after[1:]:
        if text[run[-1].end : m.start] not in ("与", "和", "及", "、", "同"):
            break
        run.append(m)
    return run if len(run) > 1 else []


# 该协定于…签署: a document referred back to, opening the clause
_THIS_DOCUMENT = re.compile(r"[\s，,]*(?:该|此|这一|这项|上述)(?:协定|条约|协议|公约|宣言|议定书|备忘录)")


def referred_document(text: str, clause_start: int, t0: int, block: list[Mention]) -> list[Mention]:
    """The agreement 该协定/该条约 opening the clause before a signing verb refers to: the last one the
    paragraph named before it (within 160 characters). Empty otherwise."""
    ref = _THIS_DOCUMENT.match(text, clause_start, t0)
    if ref is None:
        return []
    named = [m for m in block if m.kind in _AGREEMENT and ref.start() - 160 <= m.start and m.end <= ref.start()]
    return named[-1:]
