"""Whom a reaction answers when no act was extracted before it: the party the act's sentence opens
with (中国网信办宣布，美光…未通过审查。美国商务部随后表示坚决反对这一决定 → CHN; 朝鲜…发射卫星。日韩翌日
予以谴责 → PRK; 中国国务院批准设立…，菲律宾外交部随即提出抗议 → CHN), and the target a reacting
sentence already gave one of its reactions (表示坚决反对，并称将采取坚决措施: both aim at the same party).
The announcement, launch or approval reacted to is often no event of the ontology, so only its
doer, named first, is left to answer."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .model import Event, Participant
from .roles import _participants

# what may stand before a sentence's subject: its date, time words, punctuation
_DATE_ONLY = re.compile(r"[\s\d年月日号號至到—\-～~，,、（）()上中下旬初底末前后後当當同翌次昨今明晚早]*")
_REACTIONS = ("ACCUSE", "THREATEN")


def opening_party(text: str, s: int, end: int, mentions: list[Mention], gz: Gazetteer) -> list[Participant]:
    """The state or body a stretch of text opens with after its date (its subject), or none."""
    for m in sorted((m for m in mentions if s <= m.start < end), key=lambda m: m.start):
        if not _DATE_ONLY.fullmatch(text, s, m.start):
            return []
        return [p for p in _participants([m], gz) if p.kind in STATE_KINDS or p.kind in ("organisation", "grouping")]
    return []


def told_target(placed: list[tuple[int, Event]], k: int, mine: set[str]) -> list[Participant]:
    """The target of a reaction the same actors told earlier in the sentence (表示坚决反对，并称将采取
    坚决措施: the threat aims where the objection does)."""
    for pk, pe in reversed(placed):
        if pk < k and pe.type in _REACTIONS and pe.recipients and {p.key() for p in pe.actors} == mine:
            return list(pe.recipients)
    return []
