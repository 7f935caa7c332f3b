"""One happening per date of a coordinated list: 2023年6月和12月，美日举行了两次延伸威慑对话 is two
CONSULT events, one in June and one in December.

The dating step keeps the date nearest the trigger; when the dates before it in the sentence are
coordinated (A和B, A、B和C, A及B) the act was repeated on each of them, so each gets its copy.
"""

from __future__ import annotations

import copy
import re

from ..timex import Timex
from .model import Event

_JOIN = re.compile(r"\s*(?:和|与|及|以及|、)\s*")
_RESPECTIVELY = re.compile(r"先后|分别|相继|依次")


# sessions listed by their ordinals (第二轮和第三轮, 第5次、第6次): the items of a 分别/先后 are the
# rounds of one mechanism, each held at its date
_ORDINAL = r"第[一二三四五六七八九十百\d]+(?:轮|次|届|回|期)"
_ROUNDS = re.compile(_ORDINAL + r"(?:\s*(?:和|与|及|以及|、)\s*" + _ORDINAL + r")+")


def _rounds_listed(text: str, a: int, t0: int, n: int) -> bool:
    """Whether n session ordinals are listed between a and a little past the trigger at t0."""
    m = _ROUNDS.search(text, a, t0 + 24)
    return m is not None and len(re.findall(_ORDINAL, m.group())) == n


# a count of times or items (先后两次召见, 先后两度访问, 先后签署两份协定): as many happenings as the count says
_COUNT = re.compile(r"(?P<n>[两兩二三四五六七八九十]|\d{1,2})\s*(?:次|度|轮|輪|回|份|项|項|批)")
_COUNTS = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _counted(text: str, a: int, t0: int, n: int) -> bool:
    """Whether a count of n times stands between a and a little past the trigger at t0, in one
    clause (2023年3月和5月，中方先后两次召见…: two summonses, one at each date)."""
    m = _COUNT.search(text, a, t0 + 8)
    if m is None or any(c in text[min(m.start(), t0) : max(m.end(), t0)] for c in "，。；,;"):
        return False
    k = m.group("n")
    return (int(k) if k.isdigit() else _COUNTS.get(k)) == n


def date_run(text: str, s: int, t0: int, times: list[Timex], value: str) -> list[Timex]:
    """The coordinated dates (A和B, A、B和C) of the sentence before t0 that end with the date `value`,
    all distinct and of one precision; [] when there are not two."""
    before = [t for t in times if s <= t.start and t.end <= t0 and t.value and not t.target]
    own = next((i for i, t in enumerate(before) if t.value == value and not t.value_end), None)
    if own is None:
        return []
    run = [before[own]]
    i = own
    while i > 0 and _JOIN.fullmatch(text[before[i - 1].end : before[i].start]) and before[i - 1].precision == before[i].precision:
        run.insert(0, before[i - 1])
        i -= 1
    return run if len(run) >= 2 and len({t.value for t in run}) == len(run) else []


_CLAUSE_END = re.compile(r"[，。；,;！？!?]")


def _items_listed(text: str, a: int, t0: int) -> bool:
    """Between the dates (ending at a) and the end of the act's clause, several items are listed (先后
    提出A和B, 先后对A和B发起调查), which the dates go with one by one; without a list (2023年4月和2024年
    5月，又分别举行…演习) the act is repeated at each date (lead19)."""
    m = _CLAUSE_END.search(text, t0)
    return _JOIN.search(text, a, m.start() if m else len(text)) is not None


def each_date(text: str, s: int, t0: int, times: list[Timex], ev: Event) -> list[Event]:
    """The asserted event copied once per date coordinated with its own, in the sentence before it."""
    if ev.modality != "asserted" or not ev.date:
        return [ev]
    run = date_run(text, s, t0, times, ev.date)
    if not run:
        return [ev]
    if (r := _RESPECTIVELY.search(text, run[-1].end, t0)) and not _rounds_listed(text, run[-1].end, t0, len(run)) and \
            not _counted(text, run[-1].end, t0, len(run)) and (
            _items_listed(text, run[-1].end, t0) or _CLAUSE_END.search(text, r.end(), t0)):
        # 1990年和1995年…先后提出A和B: each date goes with one of the items, not with every one; an act in a
        # later clause (…先后制裁两名军官，中方对此表示反对) is no act in turn
        return [ev]
    out = []
    for t in run:
        x = copy.copy(ev)
        x.date, x.date_end = t.value, None
        x.evidence = list(ev.evidence)
        out.append(x)
    return out
