"""Diplomatic relations are bilateral: 所罗门群岛与基里巴斯相继与台湾断交，转与北京建交 tells one
建交 of each with Beijing, not one relation among three states.

An ALIGN whose label is a relation between two states (建交, 断交, 复交, 关系正常化) and that lists
three or more states, one of them the partner named after 与/同/跟 right before the verb, is one
event per other state with that partner; when that partner is a 两国/三国 standing for several of them
(与两国建立外交关系), one event per referred state with the single other party.
"""

from __future__ import annotations

import copy

from ..actors.mention import Mention
from .clauses import _clause_end, _clause_start
from .model import Event

_BILATERAL = ("建交", "断交", "复交", "关系正常化", "斷交", "復交")


def each_pair(text: str, s: int, t0: int, ev: Event, mentions: list[Mention]) -> list[Event]:
    """The relation split into one per state with the partner marked by 与 in the verb's clause."""
    states = [a for a in ev.actors if a.country]
    if ev.type != "ALIGN" or (ev.label or "") not in _BILATERAL or len(states) < 3 or ev.recipients:
        return [ev]
    start = _clause_start(text, t0, s)
    start = max(start, text.rfind("并", start, t0))  # A与B相继与C断交并同D建交: the 建交's partner is D
    end = _clause_end(text, t0, len(text))
    later = {m.country or m.id for m in mentions if t0 < m.start < end and "并" in text[t0 : m.start]} - {
        m.country or m.id for m in mentions if s <= m.start < t0}
    if later and len(states) - len(later) >= 2:
        # (…断交并同中国建交: the partner of the act after 并 is no party of this one)
        ev = copy.copy(ev)
        ev.actors = [a for a in ev.actors if a.key() not in later]
        states = [a for a in ev.actors if a.country]
        if len(states) < 3:
            return [ev]
    marked = [m for m in mentions if start <= m.start < t0 and text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")]
    if not marked:
        return [ev]
    if len(group := _referents(marked[-1], ev)) >= 2 and len(ev.actors) - len(group) == 1:
        # 美国承认库克群岛和纽埃，并与两国建立外交关系: the states 两国 names are the partners, one
        # relation of each with the single other party
        other = next(a for a in ev.actors if a not in group)
        return [_pair(ev, other, p) for p in group]
    keys = {m.country or m.id for m in _partner_run(text, marked[-1], [x for x in mentions if marked[-1].start <= x.start < t0])}
    partners = [a for a in ev.actors if a.key() in keys]
    others = [a for a in ev.actors if a.key() not in keys]
    if len(partners) >= 2 and len(others) == 1:
        # 美国…宣布与库克群岛及纽埃建交: one relation with each partner listed after 与
        return [_pair(ev, others[0], p) for p in partners]
    key = marked[-1].country or marked[-1].id
    partner = next((a for a in ev.actors if a.key() == key), None)
    if partner is None:
        return [ev]
    return [_pair(ev, a, partner) for a in ev.actors if a is not partner]


def _partner_run(text: str, first: Mention, after: list[Mention]) -> list[Mention]:
    """The 与-partner and the parties coordinated with it (与库克群岛及纽埃)."""
    run = [first]
    for m in sorted(after, key=lambda x: x.start):
        if m is first or m.start < run[-1].end:
            continue
        if text[run[-1].end : m.start] not in ("、", "和", "及", "以及", "与"):
            break
        run.append(m)
    return run


def _referents(m: Mention, ev: Event) -> list:
    """The event's parties a coreference after 与 (两国, 三国) stands for."""
    if m.how != "coreference" or len(m.refers_to) < 2:
        return []
    return [a for a in ev.actors if a.key() in m.refers_to]


def _pair(ev: Event, a, b) -> Event:
    x = copy.copy(ev)
    x.actors = [a, b]
    x.evidence = list(ev.evidence)
    return x
