"""Leader meetings named by nickname (拜习会, 川金会, 习普会): a CONSULT of the states the two
leaders led at the sentence's date. The characters and the leaders they stand for are data
(`leader_meetings` in event_triggers.yaml)."""

from __future__ import annotations

import functools
import re

from ..actors.gazetteer import Gazetteer
from .lexicon import lexicon


@functools.cache
def _table() -> tuple[dict[str, str], re.Pattern[str] | None, frozenset[str]]:
    conf = lexicon().leader_meetings
    leaders: dict[str, str] = conf.get("leaders") or {}
    if not leaders:
        return {}, None, frozenset()
    chars = "".join(sorted(leaders))
    not_after = "".join(conf.get("not_after") or [])
    pat = re.compile(rf"([{chars}])([{chars}])会(?![{not_after}])" if not_after else rf"([{chars}])([{chars}])会")
    return leaders, pat, frozenset(conf.get("names") or [])


def leader_meetings(text: str, s: int, e: int, date: str | None, gz: Gazetteer) -> list[tuple[int, int, list[str]]]:
    """(start, end, [state, state]) of each nickname of a leaders' meeting in text[s:e]."""
    leaders, pat, names = _table()
    if pat is None:
        return []
    out = []
    for m in pat.finditer(text, s, e):
        a, b = m.group(1), m.group(2)
        if a == b or any(text.startswith(n, m.start() - k) for n in names for k in range(len(n)) if n[k : k + 2] == a + b):
            continue  # 川普会…: the name of one leader, not a pair
        states = []
        for ch in (a, b):
            person = gz.get(leaders[ch])
            st = person.state_on(date) if person is not None else None
            if st and st not in states:
                states.append(st)
        if len(states) == 2:
            out.append((m.start(), m.end(), states))
    return out
