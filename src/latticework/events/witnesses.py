"""Witnesses of a signing are no signatories: 安瓦尔与特朗普共同见证泰国总理和柬埔寨首相签署和平联合声明,
两国元首见证两国外长签署…, 在X的见证下，A与B签署… .

Leaders who 见证 (witness) a signing stand before the verb, where a signing's subject stands, so
they would read as its parties. When the signatories are named between 见证 and the signing verb,
they alone sign (the gold sets code the Thai–Cambodian declaration witnessed by the US and Malaysia
with the two signatories only); when none are named (两国领导人见证签署…), the witnesses' sides are
the parties, as before. The witnesses told in a 在…见证下 phrase between the signatories and the verb
(A与B在X和Y的见证下签订…: lead17) are no parties either.
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
# a witness phrase right before the signing verb (在特朗普和安瓦尔的见证下签订, 在美国总统见证下签署)
_WITNESS_PHRASE = re.compile(r"在([^，。；,;在]{1,30}?)(?:的)?(?:共同)?见证下")


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
        phrase = w[-1].group().endswith("下") and _WITNESS_PHRASE.search(text, max(s, w[-1].start() - 32), w[-1].end())
        if phrase and phrase.end() == w[-1].end() and (before := [m for m in mentions if s <= m.start and m.end <= phrase.start() and _actorish(m)]):
            inside = {p.key() for p in _participants([m for m in mentions if phrase.start(1) <= m.start and m.end <= phrase.end(1)], gz)}
            kept = [p for p in ev.actors if p.key() not in inside]
            if kept and inside:
                ev.actors = kept  # A与B在X的见证下签订…: the signatories stand before the witness phrase
            continue
        signers = [m for m in mentions if w[-1].end() <= m.start and m.end <= k and _actorish(m)]
        parts = _participants(signers, gz)
        if parts:
            ev.actors = parts
