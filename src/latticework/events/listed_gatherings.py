"""Gatherings listed together are one meeting each: 东盟峰会和东亚峰会在雅加达举行 tells the ASEAN summit
and the East Asia Summit, two CONSULT events. A meeting noun glued to the body it is a session of
(东盟 + 峰会) is that body's meeting; the bodies of the other gatherings of the list, before or after
it past a conjunction (东亚峰会, a series with a name of its own, or another body and its meeting noun),
are not its parties, and the verb the list is the subject of (举行) tells no meeting of its own. Parties
named before the body in its own name (美国—东盟峰会: the US) stay.
"""

from __future__ import annotations

import copy
import re

from ..actors.resolve import Mention
from .attributes import _ORG_KINDS
from .model import Event
from .positions import placed_triggers

# the meeting nouns a body's session is named with (东盟峰会, 东盟外长会议, 东盟领导人会议)
# (also the nouns two sessions told apart are named by: merge._two_sessions)
MEETING_NOUNS = ("首脑会议", "领导人会议", "领导人会晤", "外长会议", "外长会", "防长会", "高官会", "部长会议", "峰会", "会议", "会晤", "论坛")
# what joins two gatherings of a list (和/与/及/以及/、/暨, 和第…届)
_JOINED = re.compile(r"\s*(?:和|与|及|以及|、|暨)\s*(?:第[一二三四五六七八九十\d]+[届次]\s*)?")


def listed_gatherings(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> list[Event]:
    """The events with each listed gathering's meeting kept to its own body, and the meeting the
    whole list is the subject of dropped."""
    bodies = sorted((m for m in mentions if s <= m.start < e and m.kind in _ORG_KINDS), key=lambda m: m.start)
    gatherings = [(m, _noun_after(text, m)) for m in bodies]
    gatherings = [(m, n) for m, n in gatherings if n is not None]
    lists: list[list[Mention]] = []
    for m, n in gatherings:
        prev = lists[-1][-1] if lists else None
        if prev is not None and _joined(text, prev, m):
            lists[-1].append(m)
        else:
            lists.append([m])
    lists = [g for g in lists if len(g) > 1]
    if not lists:
        return found
    listed = {m.id: g for g in lists for m in g}
    drop: set[int] = set()
    added: list[Event] = []
    placed = placed_triggers(text, s, e, found)
    # the gatherings that have a meeting event of their own (东盟 + 峰会, or the body as its trigger)
    own = {m.id for m in bodies if m.id in listed for t0, ev in placed if ev.type == "CONSULT" and t0 in (m.start, m.end)}
    for t0, ev in placed:
        if ev.type != "CONSULT":
            continue
        glued = next((m for m in bodies if m.id in listed and t0 in (m.start, m.end)), None)
        if glued is not None:
            others = {m.id for m in listed[glued.id] if m.id != glued.id}
            ev.actors = [p for p in ev.actors if p.id not in others]
            ev.recipients = [p for p in ev.recipients if p.id not in others]
            continue
        group = next((g for g in lists if len({p.id for p in ev.actors} & {m.id for m in g}) >= 2), None)
        if group is None:
            continue
        # 东盟峰会和东亚峰会在雅加达举行: 举行 tells the gatherings with no meeting event of their own (东亚峰会)
        rest = {m.id for m in group if m.id not in own}
        if not rest:
            drop.add(id(ev))
            continue
        actors, recipients = list(ev.actors), list(ev.recipients)
        for i, body in enumerate(m.id for m in group if m.id in rest):
            # 东亚峰会和东盟地区论坛在雅加达举行: one meeting each
            x = ev if i == 0 else copy.copy(ev)
            others = {m.id for m in group} - {body}
            x.actors = [p for p in actors if p.id not in others]
            x.recipients = [p for p in recipients if p.id not in others]
            if i:
                added.append(x)
    return [ev for ev in found if id(ev) not in drop] + added


def _noun_after(text: str, m: Mention) -> str | None:
    """The meeting noun the body's mention ends with or is followed by (东亚峰会; 东盟 + 峰会), if any."""
    own = text[m.start : m.end]
    if own.endswith(MEETING_NOUNS):
        return ""
    return next((w for w in MEETING_NOUNS if text.startswith(w, m.end)), None)


def _joined(text: str, a: Mention, b: Mention) -> bool:
    """b's gathering follows a's past a conjunction."""
    k = a.end + len(_noun_after(text, a) or "")
    j = _JOINED.match(text, k)
    return j is not None and j.end() > k and j.end() == b.start
