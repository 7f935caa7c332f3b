"""Mediators and chairs of talks: parties of the talks, not of what the two sides agree.

Talks held 在X的斡旋/调解下 (under X's mediation) or chaired by X (会谈由X主持, 由X主办) have X at
the table, so X is a party of the CONSULT, as three-party mediated talks are coded in the gold
(在沙国的斡旋下，美乌两国代表团在吉达举行会谈 → USA, UKR, SAU). The agreement the two sides reach
(双方同意停火) stays theirs. A clause that names the talks again only to say who chaired them
(…举行会谈，会谈由马来西亚总理安瓦尔主持) is the same meeting, not a second one. So are talks held
经X居间斡旋 and talks told 由X主持 in the clause after them.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from .clauses import _clause_start
from .model import Event
from .positions import placed_triggers
from .roles import _actorish, _participants

# 在X的斡旋下, 在X调解下, 在X和Y的共同斡旋下: X (and Y) mediate what the clause after it tells
_UNDER = re.compile(r"在([^，。；,;在]{1,40}?)的?(?:共同)?(?:斡旋|调解|调停|撮合|居间协调|主持|主导|协调)(?:和[^，。；]{1,6})?下")
# 经X居间斡旋, 经X居中调解 (lead17): X mediates the talks of the clause after it, as 在X的斡旋下
_THROUGH = re.compile(r"经(?:由)?([^，。；,;经]{1,40}?)的?(?:居中|居间|积极)?(?:斡旋|调解|调停|撮合|协调)")
# …会谈，由X主持 (lead17): the talks of the clause before, chaired by X
_CHAIRED_AFTER = re.compile(r"[，,]\s*(?:并)?由([^，。；,;]{1,30}?)(?:主持|主办|召集)")
# 会谈由X主持: the talks named again as the subject of a clause that says who chaired them
_CHAIRED = re.compile(r"(?:会谈|会晤|会议|谈判|磋商|对话|峰会)[^，。；,;]{0,4}?由([^，。；,;]{1,30}?)"
                      r"(?:主持|主办|召集|斡旋|调解|调停|居间)")


def _inside(ms: list[Mention], a: int, b: int) -> list[Mention]:
    return [m for m in ms if a <= m.start and m.end <= b and _actorish(m)]


def _add(ev: Event, ms: list[Mention], gz: Gazetteer) -> None:
    keys = {p.key() for p in ev.actors + ev.recipients}
    ev.actors += [p for p in _participants(ms, gz) if p.key() not in keys]


def mediated(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> list[Event]:
    """The sentence's talks with their mediators and chairs; a chairing clause folded into its talks."""
    talks = [(k, ev) for k, ev in placed_triggers(text, s, e, found) if ev.type == "CONSULT" and ev.modality == "asserted"]
    if not talks:
        return found
    drop: list[Event] = []
    for m in _UNDER.finditer(text, s, e):
        who = _inside(mentions, m.start(1), m.end(1))
        # the talks of the clause the adverbial opens (the first told after it)
        after = next((ev for k, ev in talks if k >= m.end()), None)
        if who and after is not None:
            _add(after, who, gz)
    for m in _THROUGH.finditer(text, s, e):
        who = _inside(mentions, m.start(1), m.end(1))
        after = next((ev for k, ev in talks if k >= m.end()), None)
        if who and after is not None:
            _add(after, who, gz)
    for m in _CHAIRED_AFTER.finditer(text, s, e):
        who = _inside(mentions, m.start(1), m.end(1))
        before = [ev for k, ev in talks if _clause_start(text, m.start(), s) <= k < m.start()]
        if who and before:
            _add(before[-1], who, gz)
    for m in _CHAIRED.finditer(text, s, e):
        who = _inside(mentions, m.start(1), m.end(1))
        if not who:
            continue
        here = next((ev for k, ev in talks if m.start() <= k < m.start(1)), None)
        before = [ev for k, ev in talks if k < m.start() and ev is not here]
        if before:
            _add(before[-1], who, gz)
            if here is not None and _clause_start(text, m.start(), s) == m.start():
                drop.append(here)  # 会谈由X主持 names the talks told before: no second meeting
        elif here is not None:
            _add(here, who, gz)
    return [ev for ev in found if not any(ev is d for d in drop)]
