"""Where forces go: the state that hosts a deployment or a drill is the MOBILIZE's recipient.

在菲律宾新增4个军事基地, 部署至菲律宾北部, 在台湾周边海域举行实弹演习: the gold sets code the state
named as the place of a deployment or of a unilateral drill as its recipient (the seeds' 美国向日本部署
无人机, the dev set's drills around Taiwan). A region (亚太, 南千岛群岛) is no recipient.
"""

from __future__ import annotations

import re
from importlib import resources

import yaml

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .checks import _DRILL
from .model import Event, Participant
from .roles import _participants

# what marks a state as the place forces are sent to or act in
_PLACE_MARKS = ("在", "于", "至", "到", "赴", "往")


def deployment_host(text: str, clause_start: int, clause_end: int, mentions: list[Mention],
                    actors: list[Participant], gz: Gazetteer) -> list[Participant]:
    """The first state of the clause named right after 在/至/到/赴/往 that is not one of the actors."""
    own = {a.key() for a in actors}
    host = [m for m in mentions if clause_start <= m.start < clause_end and m.kind in STATE_KINDS
            and text[max(0, m.start - 1) : m.start] in _PLACE_MARKS and m.country not in own]
    return _participants(host[:1], gz)


# what sends forces to a site (在台岛周边, 部署至吕宋岛, 向巴坦群岛部署, 停靠釜山港, 进驻关岛)
_SITE_MARKS = re.compile(r"(?:在|于|至|到|向|赴|往|停靠|进驻|驶入|抵达|抵)$")  # (lead17: 于台湾周边, as 在)


def _sites(gz: Gazetteer) -> list[tuple[str, str]]:
    """(name, holding state) of the deployment sites (data/lexicon/deployment_sites.yaml), of the
    gazetteer's places and of the capitals (a venue after 停靠 is a place, no state mention), longest
    name first."""
    raw = yaml.safe_load(resources.files("latticework.data.lexicon").joinpath("deployment_sites.yaml").read_text("utf-8"))
    named = {simplify(k): v for k, v in ((raw or {}).get("sites") or {}).items()}
    for e in gz.entities.values():
        if e.kind == "place" and e.owner:
            for n in e.names:
                named.setdefault(simplify(n), e.owner)
    for key, aliases in gz.aliases.items():  # a capital that is a port (停靠科伦坡港): a venue, its state hosts
        if len(key) >= 2 and any(a.how == "metonym" and a.role == "capital" for a in aliases):
            named.setdefault(key, aliases[0].entity)
    return sorted(named.items(), key=lambda kv: -len(kv[0]))


def site_host(text: str, clause_start: int, clause_end: int, actors: list[Participant], gz: Gazetteer) -> list[Participant]:
    """在台岛周边举行演习, 部署至吕宋岛北部, 停靠釜山港: the state holding the island, island group or
    port forces are sent to hosts them, when no state is named (islands are no entity mentions).
    Called only for a show of force still without a host, so the scan stays off the common path."""
    clause = text[clause_start:clause_end]
    own = {a.key() for a in actors}
    for name, state in gz.derived("deployment_sites", lambda: _sites(gz)):
        k = clause.find(name)
        if k > 0 and state not in own and _SITE_MARKS.search(clause, max(0, k - 2), k):
            ent = gz.get(state)
            return [Participant.of(ent)] if ent else []
    return []


# what marks a site as the place aid or an investment builds: 在/于/向 before it, the relative clause of
# a building verb (援建的马塔巴里深水港), or the site opening its clause as the topic (钱凯港由…控股，…投资)
_AID_SITE_MARKS = re.compile(r"(?:在|于|向|至|到|(?:援建|投资|承建|兴建|修建|建设|资助|贷款)的)$")
# a sentence's opening date (2024年11月，), after which a site may stand as its topic
_DATE_OPENING = re.compile(r"[\s　]*(?:[^，。；,;]{0,14}[年月日][，,])?[\s　]*")


def aid_site_host(text: str, s: int, clause_start: int, clause_end: int, actors: list[Participant],
                  gz: Gazetteer) -> list[Participant]:
    """由中方援建的扩建工程在云壤海军基地开工, 日本援建的马塔巴里深水港项目, 钱凯港由中国企业控股，首期投资约
    13亿美元: aid told with no receiver but the port, base or project site it builds goes to the state
    that holds the site, named in the aid's clause or opening its sentence (not the venue of another
    act told before it: 在拉罗汤加签署条约，澳方承诺…提供援助). Called only for an AID still without a receiver."""
    own = {a.key() for a in actors}
    topic_at = _DATE_OPENING.match(text, s).end()  # (the regex matches the empty string too)
    for name, state in gz.derived("deployment_sites", lambda: _sites(gz)):
        k = text.find(name, clause_start, clause_end)
        if k < 0 and text.startswith(name, topic_at):
            k = topic_at
        if k >= 0 and state not in own and (k == topic_at or _AID_SITE_MARKS.search(text, max(clause_start, k - 4), k)):
            ent = gz.get(state)
            return [Participant.of(ent)] if ent is not None and ent.kind in STATE_KINDS else []
    return []


def bases_opened(word: str, actors: list, recipients: list) -> tuple[list, list]:
    """菲方向美军开放四处基地: the state whose forces get the bases deploys (MOBILIZE's actor); the
    state that opens them hosts (its recipient), though it is the subject of 开放. So with 国防部侦获共机…
    (Taiwan's reports): the state whose forces are detected deploys, the detector is the recipient."""
    if word != "开放" or not recipients or not actors:
        return actors, recipients
    return recipients, actors


_DETECTING = ("侦获", "侦测到", "偵獲", "偵測到")


def detected_forces(word: str, t1: int, clause_end: int, mentions: list[Mention], actors: list,
                    recipients: list) -> tuple[list, list]:
    """国防部侦获共机153架次、共舰14艘…: the state whose aircraft and ships are detected deploys (its
    forces are named after the verb, often as organs: 共机, 共舰), the detecting state is the recipient."""
    if word not in _DETECTING or not actors:
        return actors, recipients
    own = {m.country for m in actors}
    detected = [m for m in mentions if t1 <= m.start < clause_end and m.country and m.country not in own]
    return (detected[:1], actors) if detected else (actors, recipients)


def invested_in(text: str, word: str, clause_start: int, t0: int, settings: list[Mention]) -> list[Mention]:
    """英特尔宣布在越南投资10亿美元: the state an investment is made in (在X投资) receives it, though
    在X reads as a venue elsewhere."""
    if not word.startswith(("投资", "追加投资", "增资")):
        return []
    return [m for m in settings if clause_start <= m.start < t0 and m.kind in STATE_KINDS
            and text[max(0, m.start - 1) : m.start] in ("在", "于", "赴")
            and (not text[m.end : t0].strip("新增加大追") or _PLACE_IN.fullmatch(text, m.end, t0))][:1]


# a state's province, state or city named after it (在美国亚利桑那州投资, 在印尼巴淡岛追加投资)
_PLACE_IN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:州|省|市|县|郡|地区|岛)(?:新增|加大|追加)?")


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


def drills_repeated(events: list[Event]) -> list[Event]:
    """东部战区在台岛周边举行演习…。其后再度举行军演: a state's drill told with no host repeats the drill
    of that state told before in the document, and has its host (news retells a series of drills
    around one place and names the place once)."""
    last: dict[frozenset, list[Participant]] = {}
    for ev in events:
        if ev.type != "MOBILIZE" or not ev.actors or not ev.evidence or not _DRILL.search(simplify(ev.evidence[0].text)):
            continue
        who = frozenset(a.key() for a in ev.actors)
        if ev.recipients:
            last[who] = ev.recipients
        elif who in last:
            ev.recipients = list(last[who])
    return events
