"""Shows of force named as what a ban, moratorium or prohibition stops (斯里兰卡宣布暂停外国科考船
停靠, 宪法不允许外国在其境内设立军事基地, 禁止外国军舰进入其领海): the ban is the act (a POLICY of
the banning state where the lexicon reads one, such as a port closed to foreign research ships), the
deployment it names happens nowhere. The retired 7 and dev gold code no MOBILIZE for any of them;
an abstract prohibition (the four noes of a defence white paper) is no ontology act at all.
Not 拒绝 (菲律宾拒绝美军在该岛部署: a refusal reads as a negated deployment, modality.py)."""

from __future__ import annotations

import re

# the ban verb, then at most a short phrase naming who or what is banned, in the act's clause
_BAN = re.compile(r"(?:暂停|禁止|严禁|不允许|不准许|不准|不得|不许)[^，。；,;]{0,14}$")


def banned_content(text: str, clause_start: int, t0: int) -> bool:
    """Whether the act at t0 is what a ban before it in its clause stops."""
    return _BAN.search(text, clause_start, t0) is not None

