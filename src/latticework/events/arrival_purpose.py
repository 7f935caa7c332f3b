"""An arrival told only as the way to a gathering: 李强27日抵达吉隆坡，先后出席…会议; 特朗普当天抵达
吉隆坡出席东盟—美国峰会. The attendance is the event (a CONSULT of the attendee and the body); the
arrival is no visit of the host state. An arrival told for itself (布林肯同日抵达万象，其后将访问…) still is. The state travelled to
for the gathering (赴巴西出席金砖国家领导人会晤, 前往日本出席七国集团峰会) is its venue, no attendee: every
gold set lists the attendee and the body alone.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, simplify
from ..actors.resolve import Mention
from .clauses import _clause_start
from .model import Event
from .positions import placed_triggers

_ARRIVALS = ("抵达", "飞抵", "抵", "到达")
# the attendance right after the place arrived at, in the same clause or the next
_TO_ATTEND = re.compile(r"[^，。；,;]{1,12}?[，,]?\s*(?:随即|随后|并|先后|相继|分别|将)?\s*(?:出席|参加|与会)")


def arrival_to_attend(text: str, t1: int, word: str) -> bool:
    """True when the arrival ending at `t1` leads straight to attending a gathering."""
    return word in _ARRIVALS and bool(_TO_ATTEND.match(text, t1))


# prec13: a transit told as a leg of a trip (去程及回程分别过境夏威夷与关岛, 往返途中过境纽约): the tour is the
# visit, the stopover on its way none (a meeting held during a transit stays: merge._fold_talks_into_visit)
_TRANSIT_LEG = re.compile(r"(?:去程|回程|返程|往返|途中|途经|出访期间|分别)[^，。；,;]{0,6}$")


def transit_leg(text: str, clause_start: int, t0: int, word: str) -> bool:
    """True when the transit at t0 is told as a leg of a trip in its clause."""
    return word == "过境" and bool(_TRANSIT_LEG.search(text, clause_start, t0))


# travel right before the place: 赴/前往/抵达/飞抵/到达
_TRAVEL_TO = re.compile(r"(?:赴|前往|转往|飞往|抵达|飞抵|到达)$")
_ATTENDING = ("出席", "参加", "与会")


def destinations_as_venues(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> None:
    """赴巴西出席金砖国家领导人会晤: the state travelled to, right before the attending verb of its clause,
    is dropped from the attendance of a body's gathering (it hosts the gathering; the visit told with
    it, 并进行国事访问, keeps it as host)."""
    for k, ev in placed_triggers(text, s, e, found):
        if ev.type != "CONSULT" or not simplify(ev.trigger).startswith(_ATTENDING) or not any(
                p.kind not in STATE_KINDS and p.kind != "person" for p in ev.actors):
            continue
        cs = _clause_start(text, k, s)
        here = [m for m in mentions if cs <= m.start < k]
        gone = {m.id for m in here if m.kind in STATE_KINDS and _TRAVEL_TO.search(text, max(cs, m.start - 2), m.start)
                and not re.search(r"[，。；,;]", text[m.end : k]) and len(text[m.end : k]) <= 6}
        gone -= {m.id for m in here if not _TRAVEL_TO.search(text, max(cs, m.start - 2), m.start)}
        if gone and len(ev.actors) > len(gone) + 1:
            ev.actors = [p for p in ev.actors if p.id not in gone]
