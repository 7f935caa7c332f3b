"""A gathering named as the setting of a proposal or a speech is no co-proposer nor co-speaker:
习近平在第76届联合国大会一般性辩论中提出全球发展倡议, 李克强在中国—东盟领导人会议上提出…倡议, 首相在博鳌亚洲论坛年会
开幕式上宣布…, 总统在香格里拉对话会上警告…, 防长在新加坡出席香格里拉对话时批评… . The speaker attends the
gathering (a CONSULT of its own, `sessions.py`); the initiative, policy, pledge, warning or reproach
is the speaker's, and the venue named in the frame is no target of it. Every gold set codes such acts
with the speaker alone."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .clauses import _clause_start
from .model import Event
from .positions import trigger_position
from .roles import _participants

# 在 + the gathering + 上/中/期间/之际/时 (the frame closes before the verb)
_FRAME = re.compile(r"在([^，。；,;]{1,40})(?:上|中|期间|之际|时)[^，。；,;]{0,6}$")
_PROPOSALS = ("ESTABLISH", "POLICY", "AID", "ACCUSE", "THREATEN")
# acts that are what the speaker says: a state in the frame is where it was said, not whom it targets
_SPEECH = ("ACCUSE", "THREATEN")
_VISIT = re.compile(r"访")


def setting_bodies(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """Drop from each proposal the bodies named only inside a 在…上/中 frame before its verb, when the
    parties named before the frame are states or their officials only."""
    for ev in found:
        if ev.type not in _PROPOSALS or not ev.actors:
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0:
            continue
        cs = _clause_start(text, k, s)
        framed: set[str] = set()
        venues: set[str] = set()
        speakers: list[Mention] = []
        for f in _FRAME.finditer(text, cs, k):  # (the frame closes right before the verb: 在…上首次提出)
            inside = [m for m in mentions if f.start(1) <= m.start and m.end <= f.end(1)]
            before = [m for m in mentions if cs <= m.start < f.start()]
            # (拜登与欧盟委员会主席冯德莱恩在美欧峰会上宣布…: a body's own officer before the frame keeps it)
            if before and all(m.kind in STATE_KINDS or (m.kind == "person" and m.country) for m in before):
                bodies = {m.id for m in inside if m.kind not in STATE_KINDS and m.kind != "person"}
                framed |= bodies
                speakers = speakers or before
                outside = {m.id for m in mentions if cs <= m.start < e and not f.start(1) <= m.start < f.end(1)}
                if bodies and ev.type in _SPEECH:  # (在新加坡出席香格里拉对话时警告: Singapore is the venue)
                    venues |= {m.id for m in inside if m.kind in STATE_KINDS and m.id not in outside}
                if (v := _VISIT.search(text, f.start(1), f.end(1))) is not None:
                    # (在访问越南时批评中国, 访日期间宣布…: the host is no co-speaker)
                    framed |= {m.id for m in inside if m.kind in STATE_KINDS and m.start >= v.start() and m.id not in outside}
        if framed:
            # (岸田在二十国集团峰会上宣布向乌克兰提供援助: the speaker before the frame, when the body stood alone)
            ev.actors = [p for p in ev.actors if p.id not in framed] or [
                p for p in _participants(speakers, gz) if p.key() not in {r.key() for r in ev.recipients}] or ev.actors
        if venues:
            ev.recipients = [p for p in ev.recipients if p.id not in venues]
