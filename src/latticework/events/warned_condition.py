"""The condition of a warning is the warned party's act: 朝鲜警告美韩，若继续举行联合军演，将采取强硬措施 —
the drills the condition names are the United States' and Korea's (a hypothetical COOPERATE), not
North Korea's, though the conditional clause names no party and the warner opens the sentence."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from .clauses import previous_clause_start
from .model import Participant
from .roles import _marked_recipient, _participants

# a clause that opens with a condition (若继续…, 如果…, 一旦…)
_CONDITION_OPENS = re.compile(r"\s*(?:若|如果|如若|假如|倘若|一旦|如)")
# the clause before ends with a warning and the warned parties: 警告美韩，
_WARNED = re.compile(r"(?:警告|正告|奉劝)[^，。；]{1,16}$")


def warned_actors(text: str, s: int, clause_start: int, t0: int, mentions: list, gz: Gazetteer) -> list[Participant] | None:
    """The parties warned in the clause before a conditional clause that names none of its own, or None."""
    if not _CONDITION_OPENS.match(text, clause_start):
        return None
    if any(clause_start <= m.start < t0 and (m.kind in STATE_KINDS or m.country) and not _marked_recipient(text, m) for m in mentions):
        return None  # (若继续向台湾出售武器: the party marked by 向 is the act's recipient, no subject)
    w = _WARNED.search(text, previous_clause_start(text, clause_start, s), max(s, clause_start - 1))
    if w is None:
        return None
    warned = [m for m in mentions if w.start() < m.start < clause_start and (m.kind in STATE_KINDS or m.country)]
    return _participants(warned, gz) or None
