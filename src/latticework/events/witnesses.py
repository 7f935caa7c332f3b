"""Witnesses of a signing are no signatories: 安瓦尔与特朗普共同见证泰国总理和柬埔寨首相签署和平联合声明,
两国元首见证两国外长签署…, 在X的见证下，A与B签署… .

Leaders who 见证 (witness) a signing stand before the verb, where a signing's subject stands, so
they would read as its parties. When the signatories are named between 见证 and the signing verb,
they alone sign (the gold sets code the Thai–Cambodian declaration witnessed by the US and Malaysia
with the two signatories only); when none are named (两国领导人见证签署…), the witnesses' sides are
the parties, as before.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from .model import Event
from .positions import placed_triggers
from .roles import _actorish, _participants

_WITNESS = re.compile(r"见证(?:了|下)?")
# the signing verb after the signatories (签署, 签订, 签字, 交换, 互换)
_SIGNING = re.compile(r"签署|签订|签字|缔结|交换|互换")


def witnessed(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """Each AGREE whose signing verb follows 见证 + its signatories in the same clause has those
    signatories alone as actors."""
    if text.find("见证", s, e) == -1:
        return
    for k, ev in placed_triggers(text, s, e, found):
        if ev.type != "AGREE" or not _SIGNING.match(text, k):
            continue
        w = [m for m in _WITNESS.finditer(text, s, k) if not re.search(r"[，。；,;]", text[m.end() : k])]
        if not w:
            continue
        signers = [m for m in mentions if w[-1].end() <= m.start and m.end <= k and _actorish(m)]
        parts = _participants(signers, gz)
        if parts:
            ev.actors = parts
