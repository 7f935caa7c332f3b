"""Where forces go: the state that hosts a deployment or a drill is the MOBILIZE's recipient.

在菲律宾新增4个军事基地, 部署至菲律宾北部, 在台湾周边海域举行实弹演习: the gold sets code the state
named as the place of a deployment or of a unilateral drill as its recipient (the seeds' 美国向日本部署
无人机, the dev set's drills around Taiwan). A region (亚太, 南千岛群岛) is no recipient.
"""

from __future__ import annotations

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .model import Participant
from .roles import _participants

# what marks a state as the place forces are sent to or act in
_PLACE_MARKS = ("在", "至", "到", "赴", "往")


def deployment_host(text: str, clause_start: int, clause_end: int, mentions: list[Mention],
                    actors: list[Participant], gz: Gazetteer) -> list[Participant]:
    """The first state of the clause named right after 在/至/到/赴/往 that is not one of the actors."""
    own = {a.key() for a in actors}
    host = [m for m in mentions if clause_start <= m.start < clause_end and m.kind in STATE_KINDS
            and text[max(0, m.start - 1) : m.start] in _PLACE_MARKS and m.country not in own]
    return _participants(host[:1], gz)


def bases_opened(word: str, actors: list, recipients: list) -> tuple[list, list]:
    """菲方向美军开放四处基地: the state whose forces get the bases deploys (MOBILIZE's actor); the
    state that opens them hosts (its recipient), though it is the subject of 开放."""
    if word != "开放" or not recipients or not actors:
        return actors, recipients
    return recipients, actors


def invested_in(text: str, word: str, clause_start: int, t0: int, settings: list[Mention]) -> list[Mention]:
    """英特尔宣布在越南投资10亿美元: the state an investment is made in (在X投资) receives it, though
    在X reads as a venue elsewhere."""
    if not word.startswith(("投资", "追加投资", "增资")):
        return []
    return [m for m in settings if clause_start <= m.start < t0 and m.kind in STATE_KINDS
            and text[max(0, m.start - 1) : m.start] in ("在", "于", "赴") and not text[m.end : t0].strip("新增加大追")][:1]


# forces sent into a state's waters or airspace: 派船进入台湾周边海域执法巡查
_ENTRY_MARKS = ("进入", "驶入", "闯入", "飞入", "侵入", "驶近", "抵近")


def entered_host(text: str, clause_start: int, t0: int, mentions: list[Mention], actors: list[Participant],
                 gz: Gazetteer) -> list[Participant]:
    """The actor named right after 进入/驶入/闯入 before the trigger: the state whose waters are entered
    hosts the patrol (its recipient), it does not take part in it."""
    hosts = [m for m in mentions if clause_start <= m.start < t0 and m.kind in STATE_KINDS
             and text[max(0, m.start - 2) : m.start] in _ENTRY_MARKS]
    keys = {p.key() for p in _participants(hosts, gz)}
    return [a for a in actors if a.key() in keys]
