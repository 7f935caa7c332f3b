"""A reply aims at the party its words open with: 外交部发言人回应称，美国不是南海问题当事方; 中方回应称，
美菲军事合作不应针对第三方; 商务部回应说：欧方的做法… . The spokesperson answers an act told before, but
what the reply names first is whom it rebukes, which need not be the doer of the nearest act (a third
party's statement, or a pair's cooperation when only one of them acted). A reply that opens with the
speaker's own side (回应称，中方将…) names no target; the target found before stays."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .model import Event
from .positions import trigger_position
from .roles import _participants

_REPLY = ("回应称", "回应说", "回应指出", "回应表示")
_CONTENT_OPEN = re.compile(r"[，,：:]?\s*(?:所谓的?)?")
_JOINERS = "、和与及"
_PARTY_KINDS = (*STATE_KINDS, "organisation", "grouping")


def reply_targets(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """Aim each asserted reply (回应称…) at the parties its content opens with, when they are not the speaker's."""
    for ev in found:
        if ev.type != "ACCUSE" or ev.modality != "asserted" or simplify(ev.trigger) not in _REPLY:
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0:
            continue
        at = _CONTENT_OPEN.match(text, k + len(ev.trigger)).end()
        run: list[Mention] = []
        for m in sorted((m for m in mentions if at <= m.start < e), key=lambda m: m.start):
            if m.start != at or not (m.country or m.refers_to or m.kind in _PARTY_KINDS):
                break
            run.append(m)
            at = m.end + (1 if m.end < e and text[m.end] in _JOINERS else 0)
        mine = {p.key() for p in ev.actors}
        target = [p for p in _participants(run, gz) if p.key() not in mine]
        if target and len(target) == len(_participants(run, gz)):
            ev.recipients = target
