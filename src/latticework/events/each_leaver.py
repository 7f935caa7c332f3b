"""Several states leaving a body together each leave it: one LEAVE per leaver.

帕劳、密联邦、马绍尔群岛、瑙鲁及基里巴斯五国宣布启动退出程序: each state's membership ends on its
own (the gold guidelines code a withdrawal per leaver, as they code an accession per joiner when the
joiners are told apart). A bilateral mechanism suspended by both sides (中美暂停…对话) has a state
as recipient or none named: only a body or a document left is split, or a bare 退出 with the leavers
counted (…五国宣布启动退出程序: the body is named before); not 四边对话因澳大利亚退出而中断, where
the states of the dialogue are no leavers.
"""

from __future__ import annotations

import dataclasses
import re

from ..actors.gazetteer import STATE_KINDS, simplify
from .model import Event

# 五国宣布启动退出程序: the leavers counted right before a bare 退出 (simplified view)
_COUNTED_LEAVERS = re.compile(r"[两三四五六七八九十]国[^，。；]{0,10}退出")


# 美韩宣布暂停原定8月举行的“乙支自由卫士”联合军演: a joint drill called off by its parties
_DRILL_AFTER = re.compile(r"[^，。；]{0,30}?(?:演习|军演|演练|演训)")


def _drill_called_off(ev: Event) -> bool:
    """The LEAVE suspends or cancels a joint drill (the drill named after its verb in the evidence)."""
    said = simplify(ev.evidence[0].text) if ev.evidence else ""
    k = said.find(simplify(ev.trigger))
    return k >= 0 and _DRILL_AFTER.match(said, k + len(simplify(ev.trigger))) is not None


def each_leaver(evs: list[Event]) -> list[Event]:
    """The events with a LEAVE of a body or document by several states split into one per state; a
    joint drill called off by its parties stays one act of theirs, the drill no recipient."""
    out: list[Event] = []
    for ev in evs:
        if ev.type == "LEAVE" and ev.recipients and all(r.kind not in STATE_KINDS for r in ev.recipients) and _drill_called_off(ev):
            out.append(dataclasses.replace(ev, recipients=[]))
            continue
        states = [a for a in ev.actors if a.kind in STATE_KINDS]
        if (ev.type != "LEAVE" or len(states) < 2 or len(states) != len(ev.actors)
                or not (ev.recipients or _COUNTED_LEAVERS.search(simplify(ev.evidence[0].text) if ev.evidence else ""))
                or any(r.kind in STATE_KINDS for r in ev.recipients)):
            out.append(ev)
            continue
        out.extend(dataclasses.replace(ev, actors=[a], recipients=list(ev.recipients), evidence=list(ev.evidence),
                                       quantities=list(ev.quantities)) for a in states)
    return out
