"""Counts of time from the last date stated (三天后, 一个月前), as `timex` reads them.

The count follows its unit's direction word (三天后, 两个月后, 一个月前) or, in the narrative's own order,
comes after a word that points back at the act just told (此前一个月, 在此之前两天, 其后三年, 此后一周):
either way it is a date counted from the one stated before, at the unit's precision. Not a length
(此后十年间, 此前两年里, 此后三年内: a span, not a date), nor a date restated in apposition (也就是就职三天后).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUMBER = r"(?P<n>\d{1,2}|[一二两兩三四五六七八九十半]{1,2})\s*(?:个|個)?(?P<u>天|日|周|週|星期|月|年)"
# 三天后, 两周后, 一个月后, 半年后 (一个月前, 两年前: counted back; not 3日前 "before the 3rd", nor 前往/前夕)
AFTER = re.compile(_NUMBER + r"(?:之|以)?(?P<dir>[后後]|(?<!日)前(?!往|进|進|夕|来|來|去|景|线|線|沿|所))")
# 此前一个月, 在此之前两天, 其后三年, 此后一周: the pointing word first, then the count, closing its phrase
LEAD = re.compile(r"(?P<dir>(?:在此|在這|在这)?(?:此|之|其)(?:前|后|後))\s*" + _NUMBER + r"(?=\s*[，,、]|\s*的)")

# 也就是/亦即 + an act + a count (也就是赖清德就职三天后): the date before it said again, counted from an
# act whose date is not told
_RESTATED = re.compile(r"(?:也就是|亦即|也即|即是|就是)[^，。；,;\d]{0,12}$")


# type13: a count after the act that opened a gap (闭馆近30年后, 断交二十年后, 中断七年后, 时隔三年后) measures the
# gap up to the act told with it, which the sentence dates itself: not a date counted from the one before
# the words that qualify the length of a gap (近30年, 逾20年, 长达七年): also read by events.dating
GAP_QUALIFIER = r"(?:近|约|約|逾|超过|超過|将近|將近|长达|長達)"
_GAP_SINCE = re.compile(r"(?:闭馆|閉館|断交|斷交|中断|中斷|时隔|時隔|相隔|阔别|闊別|暌违|睽違|关闭|關閉|撤馆|撤館|停摆|停擺)"
                        r"(?:了)?\s*" + GAP_QUALIFIER + r"?\s*$")


def counts(text: str) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, number, unit, counted back) of every count of time in the text."""
    for m in AFTER.finditer(text):
        if _RESTATED.search(text, max(0, m.start() - 16), m.start()):
            continue  # 早在5月23日，也就是就职三天后: the count restates the date before it, from an undated act
        if m.group("dir") != "前" and _GAP_SINCE.search(text, max(0, m.start() - 12), m.start()):
            continue  # 大使馆在闭馆近30年后重新开馆, 两国断交二十年后复交: the length of a gap, not a date
        yield m.start(), m.end(), m.group("n"), m.group("u"), m.group("dir") == "前"
    for m in LEAD.finditer(text):
        yield m.start(), m.end(), m.group("n"), m.group("u"), m.group("dir").endswith("前")
