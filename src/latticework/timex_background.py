"""Dates told in passing, which date a noun rather than the story and anchor nothing after them.

A clause that has already stated its date can name a second one inside a relative clause on a
noun after its verb (日本同日宣布解除2019年7月对韩国实施的出口管制; 2019年8月2日，美国退出1987年与苏联签署的条约):
that date is the background of the noun, not where the story stands, so 同年/次月/同日 told after it
count from the clause's own date (同年11月 is of the year of 同日, not of 2019). So does a date told
later in a dated sentence as the previous time of the act (…会谈，上一次是2019年10月在金奈举行的会晤) or
as the start of a span up to now (这是两国自2019年以来首次…; also told in a later sentence of the paragraph,
with a verb phrase before 以来: 两国自2016年建立战略对话以来…; and anywhere as the first since it:
这是他2019年以来首次访蒙): the next paragraph's 12月 is not of 2019;
and a date of an act told with 曾 after the paragraph has stated its own (总理今年4月曾率团访华).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .timex import Timex

# what ends a clause: a date after one of these opens a clause of its own
_CLAUSE_BREAK = re.compile(r"[，。；：,;:！？!?\n]")
# the rest of a relative clause up to its 的, with no clause break and no second 的 before it
_UP_TO_DE = re.compile(r"[^，。；：,;:！？!?\n的]{0,14}的")


# the previous time, told as a comparison (这是五年来首次会谈，上一次是2019年10月在金奈举行的会晤)
_PREVIOUS_TIME = re.compile(r"(?:上一次|上次|前一次|此前一次|上一回|上回|上一轮|上轮|上一届|上届)[^，。；：,;:！？!?\n]{0,8}$")
# a span up to now (这是两国自2019年以来首次…): its start is not where the story stands
_SINCE = re.compile(r"\s*(?:以来|以來)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# the first (or the most) since a date, wherever it is told: a comparison with the past
_SINCE_FIRST = re.compile(r"\s*(?:以来|以來|之后|之後|以后|以後)\s*(?:的)?\s*(?:首次|首度|第一次|头一次|頭一次|最)")


def looks_back(before: Timex | None, t: Timex, text: str, offset: int) -> bool:
    """`t` is a date told, after the sentence has stated its own (`before`), as the previous time of
    the act (上一次是2019年10月…, 上次会晤在2018年) or as the start of a span up to now (自2019年以来首次):
    a comparison with the past, not where the story stands, so the bare months after it keep the
    sentence's year."""
    if t.kind == "decade":
        return False
    start = t.start - offset
    if _SINCE_SPAN.search(text, max(0, start - 2), start) and _UP_TO_SINCE.match(text, t.end - offset):
        return True  # 两国自2016年建立战略对话以来，…: the start of a span up to now, wherever it is told
    if _SINCE_FIRST.match(text, t.end - offset):
        return True  # 这是他2019年以来首次访蒙, 為2016年以來首度: the first since then, told of the story's act
    if before is None or before.value is None or before.in_name:
        return False
    near = max(0, start - 16)  # the cues stand within a few characters of the date
    clause = max(near, *(text.rfind(c, near, start) + 1 for c in "，。；：,;:！？!?\n"))
    if _PREVIOUS_TIME.search(text, clause, start) or (_AFTER_ONE.search(text, max(clause, start - 2), start)
                                                      and _AFTER_ONE_END.match(text, t.end - offset)):
        return True  # (a later sentence of the paragraph too: 这一伙伴关系是继1951年《…》后最重要的安排)
    if _SENTENCE_END.search(text, before.end - offset, start):
        return False
    return _SINCE.match(text, t.end - offset) is not None


# 自2016年建立战略对话以来, 从2021年9月申请加入…以来: 自/从 before the date and 以来 closing a short verb
# phrase after it (no clause break between)
_SINCE_SPAN = re.compile(r"(?:自|从|從|自从|自從)\s*$")
# (a name in 《》 and a gloss in brackets count as one word: 自2021年9月申请加入《…协定》（CPTPP）以来)
_UP_TO_SINCE = re.compile(r"(?:《[^《》\n]{1,40}》|[（(][^（）()\n]{1,20}[）)]|[^，。；：,;:！？!?\n《（(]){0,16}?(?:以来|以來)")


# 继1951年《澳新美安全条约》后, 继2014年之后: the first or the most important since that one
_AFTER_ONE = re.compile(r"[继繼]\s*$")
_AFTER_ONE_END = re.compile(r"[^，。；：,;:！？!?\n]{0,24}?(?:后|後|之后|之後|以后|以後)")


# 曾 (once, before now) right after the date or right before it (今年4月曾率团访华, 也曾于2019年…; not 曾任)
_ONCE_AFTER = re.compile(r"\s*(?:也|还|亦|都|就)?曾(?:经)?(?!任|是|为|經是|经是)")
_ONCE_BEFORE = re.compile(r"曾(?:经|經)?\s*(?:于|於|在)?\s*$")


def told_as_once(before: Timex | None, t: Timex, text: str, offset: int) -> bool:
    """`t` dates an act told with 曾 after the paragraph has stated a date of its own (`before`):
    an earlier act recalled in passing (本月4日…表决。德国投下反对票，总理今年4月曾率团访华；匈牙利亦
    表明反对), so the acts the paragraph tells next without a date are still at `before` (it is no
    paragraph date; 同年 right after it may still count from it: 曾于2019年签署协议，同年还建立了…)."""
    if before is None or before.value is None or before.in_name or t.kind == "decade":
        return False
    k = t.start - offset
    return _ONCE_AFTER.match(text, t.end - offset) is not None or _ONCE_BEFORE.search(text, max(0, k - 4), k) is not None


def qualifies_a_noun(before: Timex | None, t: Timex, text: str, offset: int) -> bool:
    """`t` is a second date of a clause that has stated its date (`before`), inside a relative clause
    ending in 的: it dates the noun after it, and the story stays at `before`."""
    if before is None or before.value is None or t.kind == "decade" or before.in_name:
        return False
    frm = before.end - offset
    if text[frm : frm + 1] in ("，", ","):
        frm += 1  # the clause's date as its frame (2019年8月2日，美国正式退出1987年…签署的条约)
    if _CLAUSE_BREAK.search(text, frm, t.start - offset) and not _DONE_BEFORE.search(text, max(0, t.start - offset - 2), t.start - offset):
        return False  # (but 该计划取代了2014年签署的计划: a verb told done right before it, in any later clause)
    return _UP_TO_DE.match(text, t.end - offset) is not None


# a verb told done right before the date (取代了2014年签署的…, 废除了2019年通过的…): the date is its object's
_DONE_BEFORE = re.compile(r"了\s*$")
