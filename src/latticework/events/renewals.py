"""A renewal refused with its partner between (决定不与印度续签…协议, 不再同日本续约): the agreement is let
lapse, which ends it (LEAVE), as the lexicon's adjacent 不再续签/拒绝续签 already read; the 不 is the act,
not a negation of it (lead17, rewrite set 'wording')."""

from __future__ import annotations

import re

RENEWALS = ("续签", "续约", "续订")
# a refusal, then a partner introduced by 与/同/和/跟, right before the renewal verb in its clause
_REFUSED_WITH = re.compile(r"(?:不再|决定不|不会|不予|拒绝|不)(?:与|同|和|跟)[^，。；,;]{1,16}$")


def refused_renewal(text: str, clause_start: int, t0: int, word: str) -> bool:
    """Whether the renewal verb at t0 is refused with its partner named between (see the module docstring)."""
    return word in RENEWALS and _REFUSED_WITH.search(text, clause_start, t0) is not None
