"""Dates told after an act, in a later clause of its sentence, that belong to another act.

An act whose sentence states no date before it used to take the first date after it. When that
date opens (or sits inside) a later clause, it is the date of what that clause tells: the reply
the next day (拜登称习近平为“独裁者”，中国外交部次日对此表示反对), a plan (四国领导人宣布启动…，并计划于
2025年首次开展…), the day another party acted (…提出抗议，中方3日予以回应). The act keeps the date the
paragraph gave it instead, when it continues the happening told before.

One date after the verb is the act's own: that of the gathering attended (出席18日至19日在里约热内卢
举行的二十国集团峰会), which dates the attendance rather than a date told before it (将于17日离开利马，前往…).
"""

from __future__ import annotations

import re

from ..timex import Timex

# the date of a later clause: after a clause break, past a subject or a plan cue, before that clause's verb
_CLAUSE_BREAK = re.compile(r"[，,；;]")


def later_clause(text: str, t: Timex, clause_end: int) -> bool:
    """The date lies after the clause of the act, separated from it by a clause break."""
    return t.start >= clause_end and _CLAUSE_BREAK.search(text, clause_end, t.start + 1) is not None


def counted_from_here(text: str, times: list[Timex], t1: int, clause_end: int) -> bool:
    """A later clause of the sentence tells its date relative to this act (法国召回大使以示抗议，中方次日
    也批评…): the act itself is on the date the story stands at, the paragraph's."""
    return any(t.kind == "relative" and later_clause(text, t, clause_end) for t in times if t.start >= t1)


_ATTEND = ("出席", "参加", "与会", "列席", "参会")
# the date of a gathering in a relative clause after the verb: 18日至19日(在里约热内卢)举行的峰会
_HELD = re.compile(r"\s*(?:在[^，。；、]{1,12}?)?(?:举行|召开|举办|开幕)的")


def gathering_date(text: str, times: list[Timex], word: str, t1: int, clause_end: int) -> Timex | None:
    """The date of the gathering an attendance verb governs, told in a relative clause after it."""
    if not word.startswith(_ATTEND):
        return None
    return next((t for t in times if t1 <= t.start < clause_end and _HELD.match(text, t.end)), None)


# 随后/此后/其后/后来: after the act told before, on a day not stated (随即/当即 are at once: its day)
_LATER = re.compile(r"随后|此后|其后|之后|后来|稍后|嗣后|不久|(?:数|几)(?:天|日)后")


def later_on(text: str, s: int, frm: int, t0: int) -> bool:
    """The act is told as following the one before, some time later (菲方随后提出抗议), from `frm` on,
    in a sentence (from `s`) that does not keep to one day (当天举行会谈，其后签署…: the same day)."""
    return _LATER.search(text, frm, t0) is not None and not re.search(r"随即|当即|随之|当场|同日|当天|当日|次日|翌日", text[s:t0])
