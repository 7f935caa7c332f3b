"""The receiver of aid told with none of its own: the partner of the two-party act its giver told
earlier in the sentence (澳大利亚与瑙鲁签署条约，并提供1.4亿澳元援助; 抵达基辅，对乌克兰进行访问，…并宣布
提供…援助). The partner of a signing or the host of a visit is who the aid goes to, not a second giver
(the comitative partner carried into the aid's clause). With no such act, the state of the place the
giver arrived at earlier in the sentence receives (救援队次日抵达仰光，并宣布提供援助), else the state a
disaster told before it struck (缅甸中部发生强烈地震后，…运送救灾物资)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .model import Event, Participant
from .positions import trigger_position

_BILATERAL = ("AGREE", "CONSULT", "ALIGN", "COOPERATE")
_ARRIVED = re.compile(r"(?:抵达|抵|飞抵|到达|赶赴|赴|转往|飞往)$")
# a disaster that struck the state named before it (缅甸中部发生强烈地震, 土耳其强震, 汤加火山爆发)
_DISASTER = re.compile(r"[^，。；,;的]{0,6}?(?:发生|遭遇|遭受|遭|突发)?[^，。；,;的]{0,4}?(?:地震|强震|海啸|台风|飓风|洪灾|洪水|水灾|旱灾|风灾|火山)")


def aid_partners(text: str, s: int, e: int, found: list[Event], mentions: list[Mention] | None = None,
                 gz: Gazetteer | None = None) -> None:
    """Give an AID without recipients the other party of the nearest earlier two-party act of the
    sentence whose first party gives it; that party is no co-giver either when the aid names a
    receiver of its own (与斐济签署条约，并向汤加提供援助)."""
    placed = sorted(((trigger_position(text, s, e, ev), i, ev) for i, ev in enumerate(found)), key=lambda x: (x[0], x[1]))
    for n, (k, _, ev) in enumerate(placed):
        if ev.type != "AID" or not ev.actors or k < 0 or (ev.recipients and len(ev.actors) < 2):
            continue
        mine = {p.key() for p in ev.actors}
        for pk, _, prev in reversed(placed[:n]):
            if prev.type not in _BILATERAL or pk < 0 or not prev.actors:
                continue
            parties = prev.actors + prev.recipients
            keys = {p.key() for p in parties}
            giver = prev.actors[0].key()
            if len(keys) == 2 and giver in mine and mine <= keys:
                ev.actors = [p for p in ev.actors if p.key() == giver]
                ev.recipients = ev.recipients or [p for p in parties if p.key() != giver][:1]
            break
        if not ev.recipients and gz is not None:
            # 中国救援队次日即抵达仰光，并宣布提供…援助: the place the giver arrived at receives
            arrived = [m for m in mentions or [] if s <= m.start < k and m.country and m.country not in mine
                       and _ARRIVED.search(text, max(s, m.start - 2), m.start)]
            ent = gz.get(arrived[-1].country) if arrived else None
            if ent is not None and ent.kind in STATE_KINDS:
                ev.recipients = [Participant.of(ent)]
        if not ev.recipients and gz is not None:
            # 缅甸中部发生强烈地震后，…印度次日启动“梵天行动”运送救灾物资: the state the disaster struck
            struck = [m for m in mentions or [] if s <= m.start < k and m.country and m.country not in mine
                      and _DISASTER.match(text, m.end)]
            ent = gz.get(struck[-1].country) if struck else None
            if ent is not None and ent.kind in STATE_KINDS:
                ev.recipients = [Participant.of(ent)]



# the verb of a purpose clause that names whom the aid helps (…筹集200亿美元，帮助印尼实现能源转型)
_HELPED = re.compile(r"(?:帮助|支持|协助|助力|扶持|资助)$")
_CLAUSE_BREAK = re.compile(r"[，,；;。]")


def helped_receiver(text: str, t1: int, clause_end: int, e: int, mentions: list[Mention]) -> list[Mention]:
    """The party a purpose clause right after the aid helps (提供5亿美元资金，支持菲律宾加强海上执法; 筹集
    200亿美元，帮助印尼…): in the aid's clause after it or in the clause that follows."""
    nxt = _CLAUSE_BREAK.search(text, clause_end + 1, e)
    end = nxt.start() if nxt else e
    for m in mentions:
        if t1 <= m.start < end and m.country and _HELPED.search(text, max(t1, m.start - 2), m.start):
            return [m]
    return []
