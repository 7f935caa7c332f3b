"""Dates told inside a relative clause on the object of an act, which date the object, not the act.

A verb can name its object with a relative clause that carries a date of its own: 暂停实施10月9日宣布的
稀土出口管制措施, 恢复2019年中断的外长对话, 取消2019年5月对中国商品加征的关税. The date tells when the
measure was announced or the dialogue broke off; the suspension, the resumption and the lifting
happen when the sentence (or the story) says. A plan is no more dated by it than an act told as done.
Not the focus construction 是…的 (会谈是在2023年11月举行的), which dates the act itself, nor the gathering
an attendance verb governs (出席美国2023年3月主办的民主峰会): what is attended is the happening, its date the
attendance's.
"""

from __future__ import annotations

import re

from ..timex import Timex
from .later_dates import ATTEND

# the rest of a relative clause up to its 的, with no clause break and no second 的 before it
_UP_TO_DE = re.compile(r"[^，。；：,;:！？!?\n的]{0,14}的")
# 是在/是于 right before the date: 是…的 dates the act (这次会谈是在5月举行的)
_FOCUS = re.compile(r"是\s*(?:在|于)?\s*$")
# after the 的: a noun, not the end of a clause (…是5月举行的。)
_CLAUSE_END = "，。；：,;:！？!?\n）)"


def of_the_object(text: str, t: Timex, t1: int, clause_end: int, word: str) -> bool:
    """The date `t`, after the verb `word` ending at `t1` and in its clause, opens a relative clause on
    the verb's object (see the module docstring)."""
    if not t1 <= t.start < clause_end or _FOCUS.search(text, max(0, t.start - 3), t.start) or word.startswith(ATTEND):
        return False
    m = _UP_TO_DE.match(text, t.end)
    return m is not None and m.end() < len(text) and text[m.end()] not in _CLAUSE_END
