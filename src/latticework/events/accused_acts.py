"""The doer and the target of an act told as the content of an accusation.

菲律宾海警指控中国海警船在仁爱礁附近发射水炮: the act after 指控 is the accused's, done to the
accuser; the accuser stands before the trigger only as the speaker. Force told as the content of
a claim that opens with its doer (越方指中国船只用水炮驱赶…, 菲方声称中国海警船…发射水炮) is read the
same way. The subject chooser takes every
party before the trigger, so without this the accuser and the accused both act. An act whose
clause marks its own target (对菲方船只发射水炮) keeps it.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .model import Event
from .roles import _participants

_ACCUSING = re.compile(r"(?:指控|指责|指責|谴责|譴責|控诉|控訴|抨击|抨擊|斥责|斥責|痛批|指摘)")
# a claim (指, 称, 声称, 指称) whose content opens with a party: for force used, an accusation too
_CLAIMING = re.compile(r"指称|指稱|声称|聲稱|宣称|宣稱|指|称|稱")
_DIRECTED = ("COERCE", "SANCTION", "THREATEN", "MOBILIZE")
_TARGET_MARK = re.compile(r"[对對向朝]")
_BREAK = re.compile(r"[，。；,;：:]")
_GOES_ON = re.compile(r"\s*(?:并且|並且|并|並|还|還|又|且)")


def accused_act(text: str, s: int, t0: int, ev: Event, mentions: list[Mention], gz: Gazetteer) -> Event:
    """Make the accused the doer of a directed act told after an accusing verb, and the accuser its
    target when the clause names none."""
    if ev.type not in _DIRECTED:
        return ev
    head = text[s:t0]
    verb = None
    for verb in _ACCUSING.finditer(head):
        pass
    if verb is None and ev.type == "COERCE":
        # 越方指中国船只用水炮驱赶…, 菲律宾海警声称中国海警船…发射水炮: an incident claimed by its victim
        for c in _CLAIMING.finditer(head):
            if any(m.start == s + c.end() for m in mentions):  # (the claim opens with the doer it names)
                verb = c
    if verb is None or any(not _GOES_ON.match(head, b.end()) for b in _BREAK.finditer(head, verb.end())):
        return ev  # (a clause break ends the content, unless the next clause goes on with it: ，并进行危险拦截)
    v0, v1 = s + verb.start(), s + verb.end()
    first_break = _BREAK.search(text, v1, t0)
    content_end = first_break.start() if first_break else t0
    parties = [m for m in mentions if m.kind in STATE_KINDS + ("person", "organ")]
    accused = [m for m in parties if v1 <= m.start and m.end <= content_end
               and not _TARGET_MARK.search(text, max(v1, m.start - 1), m.start)]
    accusers = [m for m in parties if s <= m.start and m.end <= v0 and not _BREAK.search(text, m.end, v0)]
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
