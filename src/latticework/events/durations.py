"""The last day of a meeting or drill told as a length: 5月19日开幕，会期三天 / 为期3天.

A range is `date` and `date_end` (guidelines); a text that gives the first day and the length in
days states the last day as plainly as 19日至21日. Weeks and months are left alone (为期一周的访问:
the text does not say the visit filled the week).
"""

from __future__ import annotations

import re
from datetime import date as Day
from datetime import timedelta

from ..actors.gazetteer import simplify
from .model import Event

_LENGTH = re.compile(r"(?:为期|会期|历时|一连)\s*(?P<n>[两二三四五六七八九十]|\d{1,2})\s*(?:天|日)(?!元)")
_ZH = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SPANNING = ("CONSULT", "COOPERATE", "MOBILIZE")


def _last_day(first: str, n: int) -> str | None:
    try:
        return (Day.fromisoformat(first) + timedelta(days=n - 1)).isoformat()
    except ValueError:
        return None


def _length_before(text: str, k: int) -> re.Match[str] | None:
    """A length written as a modifier of the trigger's noun (为期两天的…演习), in its clause."""
    m = None
    for m in _LENGTH.finditer(text, max(0, k - 30), k):
        pass
    if m is None or not re.fullmatch(r"的[^，。；,;]{0,20}", text[m.end() : k]):
        return None
    return m


def end_from_length(events: list[Event]) -> list[Event]:
    """Give a day-dated meeting or drill its last day when its sentence states its length after it."""
    for ev in events:
        if ev.type not in _SPANNING or ev.date_end or not ev.date or len(ev.date) != 10 or not ev.evidence:
            continue
        text = simplify(ev.evidence[0].text)
        k = text.find(simplify(ev.trigger))
        m = _LENGTH.search(text, max(k, 0)) if k != -1 else None
        if m is None and k != -1:
            m = _length_before(text, k)  # 展开为期两天的“联合利剑”演习: the length qualifies the drill
        if m is None:
            continue
        n = int(m.group("n")) if m.group("n").isdigit() else _ZH[m.group("n")]
        if n >= 2:
            ev.date_end = _last_day(ev.date, n)
    return events
