"""Talks at the end of a trip are a visit: 金正恩赴俄罗斯远东地区与普京会晤, 普京赴北京出席开幕式，并与
习近平会谈, 马绍尔群岛总统来台出席就职典礼. When one of the two parties of a meeting travels to the
other's state earlier in the sentence, the meeting is that party's visit (directed: the traveller
acts, the host receives), as the guidelines code a visit with the talks folded into it. So are talks told with a state
guest's title (以国宾身份在白宫与拜登会谈)."""

from __future__ import annotations

import re

from ..actors.resolve import Mention
from .model import Event
from .positions import trigger_position

# travel to a place: 赴/前往/来/到访/抵达/飞抵 right before the destination
_TRAVEL = re.compile(r"(?:赴|前往|转往|飞往|来|到访|抵达|飞抵)$")
# a day of their own told between the destination and the talks (…，预计24日与…会谈)
_OWN_DAY = re.compile(r"[，,；;][^。]{0,12}?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号]")


def trips_as_visits(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> None:
    """Turn a two-party meeting into the traveller's visit when the sentence tells the trip, unless
    the sentence tells the visit itself (抵达首尔，开始对韩国进行访问，30日…同文在寅举行会谈: talks
    dated apart from the visit stay talks)."""
    # the visits the sentence tells, by direction (a visit the other way, 普京访问平壤 after 金正恩赴俄…会晤,
    # is another trip)
    visits = [({p.key() for p in v.actors}, {p.key() for p in v.recipients}) for v in found if v.type == "CONSULT" and v.recipients]
    for ev in found:
        if ev.type != "CONSULT" or ev.recipients or len(ev.actors) != 2:
            continue
        keys = [p.key() for p in ev.actors]
        if len(set(keys)) != 2:
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0:
            continue
        for d in mentions:
            if not (s <= d.start < k) or d.country not in keys or not _TRAVEL.search(text, max(s, d.start - 2), d.start):
                continue
            guest = keys[1 - keys.index(d.country)]
            if any(guest in a and d.country in r for a, r in visits):  # (a tour of several hosts told too)
                break
            if _OWN_DAY.search(text, d.end, k):
                break  # 将转往悉尼，预计24日与澳洲总理会谈: talks dated apart from the trip stay talks (guidelines)
            if any(s <= m.start < d.start and m.country == guest for m in mentions):
                ev.recipients = [p for p in ev.actors if p.key() == d.country]
                ev.actors = [p for p in ev.actors if p.key() == guest]
            break


# 以国宾身份 / 以国事访问身份: the traveller is the host's state guest (国宾), so talks told with it are the visit
_STATE_GUEST = re.compile(r"以(?:国宾|国事访问)身[份分]")
_PARTNER = re.compile(r"[与同跟]$")


def state_guest_visits(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> None:
    """岸田以国宾身份在白宫与拜登会谈: talks of two states told with a state guest's title are the guest's
    visit to the partner's state (the guidelines fold talks into the visit they fall in)."""
    if not _STATE_GUEST.search(text, s, e):
        return
    for ev in found:
        if ev.type != "CONSULT" or ev.recipients or len(ev.actors) != 2:
            continue
        k = trigger_position(text, s, e, ev)
        g = [x for x in _STATE_GUEST.finditer(text, s, k)] if k >= 0 else []
        if not g or re.search(r"[，。；,;]", text[g[-1].end() : k]):
            continue
        partner = next((m for m in mentions if g[-1].end() <= m.start < k
                        and _PARTNER.search(text, max(s, m.start - 1), m.start) and m.country), None)
        keys = [p.key() for p in ev.actors]
        if partner is None or partner.country not in keys or len(set(keys)) != 2:
            continue
        ev.recipients = [p for p in ev.actors if p.key() == partner.country]
        ev.actors = [p for p in ev.actors if p.key() != partner.country]

