"""Embassies, consulates and offices opened: the state that opens a mission founds it, the state it is
opened in is the recipient (美国在所罗门群岛重开大使馆, 美国驻汤加大使馆正式开馆, 在苏瓦新设领事馆, 台湾在立陶宛
设立代表处). The dev and retired 6 gold code an opened embassy, and the seeds a liaison office, as
ESTABLISH with its host as the recipient, a directed act; without this the host, named as a venue
(在X) or after 驻, was no party at all."""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .model import Event
from .roles import _participants

# the mission a founding verb opens, after it (重开大使馆, 新设驻霍尼亚拉大使馆) or, for the intransitive
# 开馆/复馆, the one named before it
_MISSION_AFTER = re.compile(r"[^，。；,;]{0,16}?(?:大使馆|使馆|领事馆|总领事馆|代表处|办事处|联络处|联络办公室)")
_MISSION_BEFORE = re.compile(r"(?:大使馆|使馆|领事馆|总领事馆|代表处|办事处|联络处|联络办公室)[^，。；,;]{0,24}$")
# a venue marker before the host state or its city (在汤加, 于苏瓦), or 驻 inside the mission's name
_HOST_MARK = ("在", "于", "驻")


def _hosts(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The states, or cities of states, marked as where the missions sit in [start, end): the first
    after 在/于/驻, and those joined to it (先后在A（2023年2月）和B（2023年5月）重开…)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if not (start <= m.start < end and (m.kind in STATE_KINDS or (m.country and m.kind not in ("organisation", "person")))):
            continue
        if text[max(0, m.start - 1) : m.start] in _HOST_MARK and not out:
            out.append(m)
        elif out and _JOINED.fullmatch(text, out[-1].end, m.start):
            out.append(m)
    return out


# between two hosts of one run: a conjunction, and the bracketed date of the one before
_JOINED = re.compile(r"\s*(?:[（(][^（）()]{0,16}[）)])?\s*(?:、|和|及|与|以及)\s*")


def mission_host(text: str, s: int, clause_start: int, t0: int, t1: int, clause_end: int, ev: Event,
                 mentions: list[Mention], gz: Gazetteer) -> None:
    """An ESTABLISH whose trigger opens an embassy or consulate takes the state it sits in as its
    recipient, and that state is no founder of it."""
    if ev.type != "ESTABLISH":
        return
    after = _MISSION_AFTER.match(text, t1, clause_end)
    before = None if after else _MISSION_BEFORE.search(text, clause_start, t0)
    if after is None and before is None:
        return
    found = _hosts(text, clause_start, after.end() if after else t0, mentions)
    if not found:
        return
    hosts = _participants(found, gz)
    keys = {p.key() for p in hosts}
    opener = [p for p in ev.actors if p.key() not in keys]
    if not any(clause_start <= m.start < t0 and m not in found for m in mentions) and (
            subject := _sentence_subject(text, s, clause_start, mentions, found)) is not None:
        # 美国…宣布与库克群岛建交，并先后在所罗门群岛…重开大使馆: the clause goes on with the sentence's
        # subject, not with the partner of the clause before
        opener = [p for p in _participants([subject], gz) if p.key() not in keys] or opener
    if not opener:
        return  # (所罗门群岛重开大使馆 with no other state named: whose mission it is is unknown)
    ev.actors, ev.recipients = opener, hosts


def _sentence_subject(text: str, s: int, clause_start: int, mentions: list[Mention], hosts: list[Mention]) -> Mention | None:
    """The state that opens the sentence (its first mention, not marked as a partner or a venue)."""
    first = min((m for m in mentions if s <= m.start < clause_start and m.kind in STATE_KINDS and m not in hosts),
                key=lambda m: m.start, default=None)
    if first is None or text[max(s, first.start - 1) : first.start] in ("与", "同", "和", "及", "、", "在", "于", "驻", "对", "向"):
        return None
    return first


_SEPARATELY = re.compile(r"先后|分别|相继|各自")


def each_host(text: str, s: int, t0: int, t1: int, clause_end: int, ev: Event) -> list[Event]:
    """美国先后在所罗门群岛（2023年2月）和汤加（2023年5月）重开大使馆: missions opened one after another in
    several states are one founding per host (the guidelines: 先后/分别 give one event per party); the
    bracketed dates then go to each (paired_dates.bracket_dates)."""
    if ev.type != "ESTABLISH" or len(ev.recipients) < 2 or not _SEPARATELY.search(text, s, t0):
        return [ev]
    if not (_MISSION_AFTER.match(text, t1, clause_end) or _MISSION_BEFORE.search(text, s, t0)):
        return [ev]
    return [replace(ev, recipients=[r]) for r in ev.recipients]
