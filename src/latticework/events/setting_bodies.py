"""A gathering named as the setting of a proposal is no co-proposer: 习近平在第76届联合国大会一般性辩论中
提出全球发展倡议, 李克强在中国—东盟领导人会议上提出…倡议, 首相在博鳌亚洲论坛年会开幕式上宣布… . The
speaker attends the gathering (a CONSULT of its own, `sessions.py`); the initiative or policy is the
speaker's. Every gold set codes such proposals with the proposer alone."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention
from .clauses import _clause_start
from .model import Event
from .positions import trigger_position

# 在 + the gathering + 上/中/期间/之际 (the frame closes before the verb)
_FRAME = re.compile(r"在([^，。；,;]{1,40})(?:上|中|期间|之际)[^，。；,;]{0,6}$")
_PROPOSALS = ("ESTABLISH", "POLICY")


def setting_bodies(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> None:
    """Drop from each proposal the bodies named only inside a 在…上/中 frame before its verb, when the
    parties named before the frame are states or their officials only."""
    for ev in found:
        if ev.type not in _PROPOSALS or not any(p.kind in STATE_KINDS for p in ev.actors):
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0:
            continue
        cs = _clause_start(text, k, s)
        framed: set[str] = set()
        for f in _FRAME.finditer(text, cs, k):  # (the frame closes right before the verb: 在…上首次提出)
            inside = [m for m in mentions if f.start(1) <= m.start and m.end <= f.end(1)]
            before = [m for m in mentions if cs <= m.start < f.start()]
            # (拜登与欧盟委员会主席冯德莱恩在美欧峰会上宣布…: a body's own officer before the frame keeps it)
            if before and all(m.kind in STATE_KINDS or (m.kind == "person" and m.country) for m in before):
                framed |= {m.id for m in inside if m.kind not in STATE_KINDS and m.kind != "person"}
        if framed:
            ev.actors = [p for p in ev.actors if p.id not in framed] or ev.actors
