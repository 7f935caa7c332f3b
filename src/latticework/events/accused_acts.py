"""The doer and the target of an act told as the content of an accusation.

菲律宾海警指控中国海警船在仁爱礁附近发射水炮: the act after 指控 is the accused's, done to the
accuser; the accuser stands before the trigger only as the speaker. The subject chooser takes every
party before the trigger, so without this the accuser and the accused both act. An act whose
clause marks its own target (对菲方船只发射水炮) keeps it. A deployment condemned (谴责朝鲜向俄罗斯派兵)
is a standing fact with no date of its own unless its words give one: the condemnation's day is not
its day (the gold sets leave such facts undated).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .model import Event
from .roles import _participants

_ACCUSING = re.compile(r"(?:指控|指责|指責|谴责|譴責|控诉|控訴|抨击|抨擊|斥责|斥責|痛批|指摘)")
_DIRECTED = ("COERCE", "SANCTION", "THREATEN", "MOBILIZE")
_STANDING = ("MOBILIZE",)  # acts condemned as standing facts (troops sent, forces stationed)
_TARGET_MARK = re.compile(r"[对對向朝]")
_BREAK = re.compile(r"[，。；,;：:]")
_GOES_ON = re.compile(r"\s*(?:并且|並且|并|並|还|還|又|且)")


def accused_act(text: str, s: int, t0: int, ev: Event, mentions: list[Mention], gz: Gazetteer,
                times: list | None = None) -> Event:
    """Make the accused the doer of a directed act told after an accusing verb, and the accuser its
    target when the clause names none."""
    if ev.type not in _DIRECTED:
        return ev
    head = text[s:t0]
    verb = None
    for verb in _ACCUSING.finditer(head):
        pass
    if verb is None or any(not _GOES_ON.match(head, b.end()) for b in _BREAK.finditer(head, verb.end())):
        return ev  # (a clause break ends the content, unless the next clause goes on with it: ，并进行危险拦截)
    v0, v1 = s + verb.start(), s + verb.end()
    first_break = _BREAK.search(text, v1, t0)
    content_end = first_break.start() if first_break else t0
    parties = [m for m in mentions if m.kind in STATE_KINDS + ("person", "organ")]
    accused = [m for m in parties if v1 <= m.start and m.end <= content_end
               and not _TARGET_MARK.search(text, max(v1, m.start - 1), m.start)]
    accusers = [m for m in parties if s <= m.start and m.end <= v0 and not _BREAK.search(text, m.end, v0)]
    if accused and ev.type in _STANDING and not any(v1 <= t.start < t0 for t in times or []):
        ev.date = ev.date_end = None  # 谴责朝鲜向俄罗斯派兵: the fact condemned, not dated by the condemnation
    if not accused or not accusers:
        return ev
    doers = _participants(accused, gz)
    speakers = _participants(accusers, gz)
    doer_keys = {p.key() for p in doers}
    if not doer_keys or doer_keys & {p.key() for p in speakers}:
        return ev
    ev.actors = doers
    if not [r for r in ev.recipients if r.key() not in doer_keys | {p.key() for p in speakers}]:
        ev.recipients = speakers
    return ev
