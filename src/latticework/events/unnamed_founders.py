"""The founder of a body or initiative launched with no founder named in the sentence.

Analytical prose names a launch in a relative clause on what was launched (在东京峰会上宣布启动的
“印太海域态势感知伙伴关系”, 2021年9月宣布成立的AUKUS): no party stands before the verb. The body
the gazetteer makes the launched one's parent (IPMDA → the Quad) founded it; a state's own body
(the gazetteer's `owner`: 澳大利亚太平洋基础设施融资机制, 美国国际开发金融公司) was founded by that
state; failing both, the launched body is its own party, as for a body founded intransitively
(上海合作组织于2001年成立).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .founded_subjects import _PROPOSED_INTRANSITIVE, _founded_before
from .model import Event, Participant

_FOUNDED = ("organisation", "grouping", "mechanism", "initiative", "agreement")
_HEAD = re.compile(r"的\s*[“「\"『]?")


def launched_body(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> Mention | None:
    """The body named right after 的 that closes the relative clause on the trigger, or None."""
    gap = _HEAD.match(text, t1)
    if gap is None:
        return None
    return next((m for m in mentions if m.kind in _FOUNDED and m.start == gap.end() and m.start < clause_end), None)


def proposed_initiative(text: str, t0: int, word: str, mentions: list[Mention]) -> Mention | None:
    """The listed initiative a 提出/发起/推出 has as its subject, its proposer unnamed
    (“一带一路”倡议于2013年提出, 全球发展倡议自2021年提出以来), or None."""
    if word not in _PROPOSED_INTRANSITIVE or (span := _founded_before(text, t0, word, [], mentions)) is None:
        return None
    return next((m for m in mentions if (m.start, m.end) == span and m.kind == "initiative"), None)


def founders(body: Mention, gz: Gazetteer) -> list[str]:
    """The ids that founded the body: its gazetteer parent when that is a body, else the body itself."""
    e = gz.get(body.id)
    parent = gz.get(e.parent) if e is not None and e.parent else None
    if parent is not None and parent.kind in ("organisation", "grouping", "mechanism"):
        return [parent.id]
    return [_owning_state(body.id, gz) or body.id]


def _owning_state(body_id: str, gz: Gazetteer) -> str | None:
    """The state a national body belongs to (the gazetteer's `owner`), if it is one."""
    e = gz.get(body_id)
    owner = gz.get(e.owner) if e is not None and e.owner else None
    return owner.id if owner is not None and owner.kind in STATE_KINDS else None


def owners_founded(events: list[Event], gz: Gazetteer) -> list[Event]:
    """A state's own body founded with no founder named (澳大利亚太平洋基础设施融资机制于2019年启动:
    the body stood as its own founder) was founded by its state."""
    for ev in events:
        if ev.type != "ESTABLISH" or ev.recipients or len(ev.actors) != 1 or not ev.object:
            continue
        body = ev.actors[0]
        if body.id != ev.object.get("id") or (state := _owning_state(body.id, gz)) is None:
            continue
        ev.actors = [Participant.of(gz.get(state))]
    return events
