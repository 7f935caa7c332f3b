"""A reaction told as joining another (日本、澳洲也对事件表达严重关切 after 美国谴责中方…): the speakers
react to what the reaction before them answered, so they aim at its target. Writers chain reactions of
several parties this way (亦予以谴责, 同样表示反对, 也相继表态关切), and the act reacted to is often told
a sentence or more before the first reaction, where the nearest act is no longer it."""

from __future__ import annotations

import re

from .clauses import _clause_start
from .model import Event, Participant
from .positions import trigger_position

# 也/亦/同样/同時 before the reaction verb in its own clause: the speakers join a reaction told before
_ALSO = re.compile(r"也|亦|同样|同时")


def also_reacting(text: str, s: int, e: int, ev: Event) -> bool:
    """Whether the clause of an accusation or threat tells it as joining an earlier reaction."""
    k = trigger_position(text, s, e, ev)
    if k < 0:
        return False
    return _ALSO.search(text, _clause_start(text, k, s), k) is not None


def joined_target(ev: Event, before: list[Event]) -> list[Participant]:
    """The target of the latest reaction in `before` (this sentence's earlier ones, then the paragraph's)
    by other speakers, when it names one that is none of this reaction's speakers."""
    mine = {p.key() for p in ev.actors}
    for prev in reversed(before):
        if prev is ev or prev.type not in ("ACCUSE", "THREATEN") or not prev.recipients:
            continue
        if {p.key() for p in prev.actors} & mine:
            continue  # the same speaker's earlier words are no reaction it joins
        target = [p for p in prev.recipients if p.key() not in mine]
        return target
    return []
