"""Targets of a sanction named around its clause rather than after 对: the firms a list of sanctions
includes (对俄罗斯实施500多项新制裁，其中包括多家中国企业: China too, as firms stand for their home state),
and the party whose conduct is given as the reason (以中国没有…为由…采取制裁: China)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention

# 其中包括/其中有/包括 + (多家/一些/数家/N家)? + state + 企业/公司/实体/银行/个人
_INCLUDES = re.compile(r"[，,]\s*(?:其中)?(?:包括|包含|有)\s*(?:多家|一些|数家|若干|\d+家|\d+个)?$")
_FIRMS = re.compile(r"(?:的)?(?:企业|公司|实体|银行|机构|个人)")
_FOR_REASON = re.compile(r"以$")


def included_targets(text: str, clause_end: int, e: int, mentions: list[Mention]) -> list[Mention]:
    """States whose firms the clause right after the sanction says the sanctions include."""
    out = []
    for m in mentions:
        if clause_end <= m.start < e and m.kind in STATE_KINDS and _FIRMS.match(text, m.end) and \
                _INCLUDES.search(text, max(clause_end, m.start - 12), m.start):
            out.append(m)
    return out


def reason_target(text: str, s: int, t0: int, mentions: list[Mention]) -> list[Mention]:
    """以X…为由: the state whose conduct is the reason, when 为由 closes the phrase before the trigger."""
    for m in mentions:
        if s <= m.start < t0 and m.kind in STATE_KINDS and _FOR_REASON.search(text, max(s, m.start - 1), m.start):
            k = text.find("为由", m.end, t0)
            if k != -1 and "，" not in text[m.end : k] and "。" not in text[m.end : k]:
                return [m]
    return []
