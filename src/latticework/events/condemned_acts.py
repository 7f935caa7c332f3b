"""An act told as what a reaction condemns (三国发表联合声明，强烈谴责朝鲜向俄罗斯派兵; 美国批评中国在南海部署
导弹): the act happened before the reaction, on a day the sentence does not state, so the reaction's date
is not the act's. The retired 7 gold codes such an act undated (the troops sent, a MOBILIZE told again
as condemned), the dev gold leaves it out; a date of the act's own in its clause still dates it."""

from __future__ import annotations

import re

# the reaction verb that governs the act, in the act's clause before its doer
_REACTION = re.compile(r"(?:谴责|批评|指责|抨击|抗议|关切|担忧|不满|反对)[^，。；,;]{1,16}$")


def condemned_from(text: str, clause_start: int, t0: int) -> int | None:
    """Where the reaction verb starts whose object is the act at t0, if one governs it."""
    m = _REACTION.search(text, clause_start, t0)
    return m.start() if m else None
