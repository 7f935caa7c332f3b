"""Where an event happened: the venue its sentence names.

A venue is a place the linker read as one (a city or site: 在广岛举行, 旧金山峰会), or a state or
an organ's seat named right after 在/于 and before the verb of the gathering in the same clause
(在新加坡举行, 于印度召开, 在五角大楼会见: the state then is the location). Of several venues the one
in the trigger's clause wins, then the nearest before the trigger. A visit names no venue of its own
(访问日本): the gold sets leave it without a location, and the host is its recipient already.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention
from .clauses import _clause_end, _clause_start
from .model import Event
from .positions import placed_triggers

# 在/于 before the venue, the gathering's verb after it (in the same clause)
_AT = re.compile(r"[在于]\s*$")
_HELD_AFTER = re.compile(r"[^，。；,;]{0,10}?(?:举行|召开|举办|会见|会晤|会谈|会面|晤谈|出席|签署|签订|开幕|闭幕|期间|进行)")


def _state_venue(text: str, m: Mention, s: int, e: int) -> bool:
    """在新加坡举行, 于印度召开, 在白宫会见: a state or an organ's seat named as where it happens."""
    if not (m.country and (m.kind in STATE_KINDS or m.how in ("organ", "metonym"))):
        return False
    return _AT.search(text, max(s, m.start - 2), m.start) is not None and _HELD_AFTER.match(text, m.end, e) is not None


def event_location(text: str, s: int, e: int, t0: int, clause_start: int, clause_end: int,
                   mentions: list[Mention]) -> str | None:
    """The id of the place (or the ISO code of the state) where the act at t0 of the sentence happened."""
    venues = [(m, m.id) for m in mentions if s <= m.start < e and m.kind == "place"]
    venues += [(m, m.country) for m in mentions if s <= m.start < e and m.kind != "place" and _state_venue(text, m, s, e)]
    if not venues:
        return None
    venues.sort(key=lambda v: v[0].start)
    in_clause = [v for v in venues if clause_start <= v[0].start < clause_end]
    before = [v for v in venues if v[0].start < t0]
    if in_clause:
        return in_clause[0][1]
    return before[-1][1] if before else venues[0][1]


def attach_locations(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> None:
    """Give every act of the sentence [s, e) the venue it names, whichever step told the act."""
    if not any(m.kind == "place" or m.country for m in mentions):
        return
    for t0, ev in placed_triggers(text, s, e, found):
        if ev.location is None:
            ev.location = event_location(text, s, e, t0, _clause_start(text, t0, s), _clause_end(text, t0, e), mentions)
