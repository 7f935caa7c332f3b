"""Mentions inside a clause that name no party of its event: the city of a venue told after its
state (在秘鲁利马) and the state an act that is condemned was aimed at (谴责朝鲜向俄罗斯派兵: the accused is 朝鲜), and what a meeting named as a subject acts on (峰会邀请芬兰
和瑞典加入北约: the invitees are no parties of the summit), and the partner met during a gathering
attended (出席…会议期间同拜登会晤: no party of the attendance), the host of a mission named with its
own state (中国驻菲律宾大使馆: not the Philippines), the body a complaint is lodged with
(向世贸组织提出申诉: the forum, not the respondent), and a state named as a leaning (亲中的穆伊兹, 反美情绪)."""

from __future__ import annotations

import itertools
import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention

_AIMED_AT = re.compile(r"(?:向|对|对于|给|为|替|针对)$")
_LODGED = re.compile(r"\s*(?:正式)?(?:提出|提起|提交)?\s*(?:申诉|诉讼|投诉|起诉|仲裁)")


_UNDER_BODY = re.compile(r"[^，。；]{0,12}?(?:下|框架内|内)")


def complaint_forum(text: str, m: Mention) -> bool:
    """向世贸组织提出申诉, 向国际法院提起诉讼, 在世贸组织争端解决机制下提起诉讼: the body a complaint is
    lodged with or under."""
    if m.kind in STATE_KINDS:
        return False
    before = text[max(0, m.start - 1) : m.start]
    if before == "向":
        return bool(_LODGED.match(text, m.end))
    under = _UNDER_BODY.match(text, m.end) if before == "在" else None
    return under is not None and bool(_LODGED.match(text, under.end()))


def venue_city(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """在秘鲁利马出席…, 于日本东京举行: a city named right after the state of a venue is part of the
    venue, and the linker's reading of a capital as its government (利马 → Peru) makes no party."""
    before = next((x for x in mentions if x.end == m.start and x is not m), None)
    if before is None or before.kind not in STATE_KINDS:
        return False
    if text[max(0, before.start - 1) : before.start] not in ("在", "于", "赴", "到"):
        return False
    return m.country == before.country or m.id == before.id


# a mission after its host, then a verb of speech (驻欧盟使团表示, 驻联合国代表团发表声明)
_MISSION_SPEAKS = re.compile(r"(?:使团|代表团|使馆|大使馆|代表处)[^，。；,;]{0,12}?(?:表示|发表|发言|声明|回应|指出|强调|批评|谴责|抗议|驳斥|敦促|呼吁)")


def mission_host(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """中国驻菲律宾大使馆, 美國駐越南大使館: the state after 驻 that follows the mission's own state is
    where the mission sits; the embassy speaks for the state before 驻, the host is no party."""
    if text[max(0, m.start - 1) : m.start] not in ("驻", "駐"):
        return False
    if m.kind not in STATE_KINDS:
        # (日本驻北约代表处正式运行: an organisation hosting a mission is the recipient of its founding; but
        # 中国驻欧盟使团表示不满: the mission speaks for China, the EU that hosts it is no target)
        return m.kind in ("organisation", "grouping") and _MISSION_SPEAKS.match(text, m.end) is not None and \
            any(x.end == m.start - 1 and x.kind in STATE_KINDS for x in mentions)
    return any(x.end == m.start - 1 and x.kind in STATE_KINDS for x in mentions)


def condemned_act_target(text: str, t1: int, recipients: list[Mention]) -> list[Mention]:
    """谴责朝鲜向俄罗斯派兵, 批评日本对乌克兰提供武器: when the accusation names after its verb a party
    that acts towards another, the first is accused; the party the act was aimed at is not."""
    after = sorted((m for m in recipients if m.start >= t1), key=lambda m: m.start)
    if len(after) < 2:
        return recipients
    drop: list[Mention] = []
    for prev, m in itertools.pairwise(after):
        gap = text[prev.end : m.start]
        if _AIMED_AT.search(gap) and len(gap) <= 3 and prev not in drop:
            drop.append(m)
    return [m for m in recipients if m not in drop]


# a meeting noun that is the subject of a verb of its own (峰会正式邀请…, 会议决定…, 峰会通过…)
_MEETING_ACTS = re.compile(r"[^，。；,;]{0,4}?(?:邀请|决定|通过|宣布|批准|接纳|同意|欢迎|谴责|呼吁|要求|敦促|重申)")


def objects_of_meeting(text: str, t1: int, parts_after: list[Mention]) -> list[Mention]:
    """The parties after a meeting noun that the meeting acts on (峰会邀请芬兰和瑞典加入北约), not in it."""
    verb = _MEETING_ACTS.match(text, t1)
    return [m for m in parts_after if m.start >= verb.end()] if verb else []


_DURING = re.compile(r"期间|之际|间隙|场边")


def within_attended(text: str, t1: int, clause_end: int, parts_after: list[Mention]) -> list[Mention]:
    """出席APEC会议期间同拜登举行会晤: the attendance ends with the gathering attended; the partner of
    the meeting told after 期间 is no party of it."""
    during = _DURING.search(text, t1, clause_end)
    return [m for m in parts_after if during is None or m.start < during.start()]


# the session of a body attended: 出席亚太经合组织第三十一次领导人非正式会议(期间)
# (亚太经合组织（APEC）第三十一次领导人非正式会议: a bracketed gloss may follow the body's name)
_ATTENDED_SESSION = re.compile(r"(?:\s*[（(][^（）()，。；]{1,40}[）)])?\s*(?:第[一二三四五六七八九十百\d]+[次届])?[\u4e00-\u9fff]{0,8}?(?:会议|峰会|会晤|论坛|大会|年会)")


def attended_session(text: str, m: Mention, clause_end: int) -> bool:
    """The body named right before the meeting noun that 出席/参加 governs is the body that meets."""
    return _ATTENDED_SESSION.match(text, m.end, clause_end) is not None


# 应X邀请 (at X's invitation) and 不邀请X (X not invited): X is no attendee of the gathering
_INVITER = re.compile(r"应([^，。；,;应]{1,30}?)的?邀请")
_UNINVITED = re.compile(r"(?:不|未|没有|拒绝|不再)(?:邀请|邀)$")


def inviter_or_uninvited(text: str, m: Mention, floor: int) -> bool:
    """True for the host who invites an attendee (应普京邀请出席) or a party left uninvited (不邀请敏昂莱出席)."""
    if _UNINVITED.search(text, max(floor, m.start - 4), m.start):
        return True
    return any(g.start(1) <= m.start and m.end <= g.end(1) for g in _INVITER.finditer(text, max(floor, m.start - 34), m.end + 16))


# 我国可支持蒙古国申请成为…成员国, 美方表示欢迎X加入: the supporter of a membership is its source, not a joiner
_SUPPORTS = re.compile(r"\s*(?:可|将|会|应|愿|也|亦|再次|继续|表示|明确)*(?:支持|欢迎|赞同|赞成|乐见)")


def supporters(text: str, joiners: list[Mention]) -> list[Mention]:
    """The parties before 支持/欢迎 that another joiner follows: they back the membership, not join."""
    return [m for m in joiners if (k := _SUPPORTS.match(text, m.end)) is not None
            and any(x.start >= k.end() for x in joiners if x is not m)]


_OPENS, _CLOSES = "“「『", "”」』"
# a quoted name of a body or meeting (“防务创新对话”, “四边安全对话”), not a likeness
_NAME_TAIL = re.compile(r"(?:机制|对话|会议|倡议|战略|框架|伙伴关系|计划|模式|集团|联盟|组织|论坛|峰会|协定|声明|委员会|理事会)$")


def quoted_likeness(text: str, m: Mention, t1: int, end: int) -> bool:
    """批评美日韩合作是“亚洲版北约”的雏形: a body named inside a longer quoted phrase after the verb is a
    likeness the words draw (an Asian NATO), not a party the act is aimed at."""
    if m.kind in STATE_KINDS:
        return False
    o = max(text.rfind(q, t1, m.start) for q in _OPENS)
    if o == -1 or any(text.find(q, o + 1, m.start) != -1 for q in _CLOSES):
        return False
    c = min((k for k in (text.find(q, m.end, end) for q in _CLOSES) if k != -1), default=-1)
    inner = text[o + 1 : c].strip() if c != -1 else ""
    return bool(inner) and inner != text[m.start : m.end] and len(inner) <= 12 and not _NAME_TAIL.search(inner)


_LED_BY = re.compile(r"\s*(?:主导|牵头|倡导|推动|推进)的")


def leader_of_document(text: str, m: Mention, etype: str) -> bool:
    """由东盟主导的《区域全面经济伙伴关系协定》于…签署: the party that led a document's making qualifies
    it; the signatories are the document's parties (the founder of a body stays its founder)."""
    return etype == "AGREE" and text[max(0, m.start - 1) : m.start] == "由" and _LED_BY.match(text, m.end) is not None


def leaning(text: str, m: Mention) -> bool:
    """亲中的总统, 親美派, 反华势力: a one-character state after 亲/反 names an attitude, not a party."""
    return m.kind in STATE_KINDS and m.end - m.start == 1 and text[max(0, m.start - 1) : m.start] in ("亲", "反")


# 首访选择土耳其而非印度, 前往中国而不是印度, 而不是按惯例访问印度: the alternative set aside (probe14)
_SET_ASIDE = re.compile(r"(?:而非|而不是|而并非|而未|而没有)(?:像以往那样|按惯例|依惯例|照例|先|首先|去|前往|访问|出访|选择)*$")


def set_aside(text: str, m: Mention) -> bool:
    """出访土耳其而非印度: a state named as the alternative not taken is no party of the act."""
    return m.kind in STATE_KINDS and _SET_ASIDE.search(text, max(0, m.start - 12), m.start) is not None


# what joins the parties of one list (对中国和俄罗斯表示关切: both are its targets)
_LIST_JOIN = re.compile(r"[\s　]*(?:、|和|及|与|以及|同)?[\s　]*")


def reacted_act_parties(text: str, clause_start: int, t0: int, mentions: list[Mention]) -> set[int]:
    """拜登对北韩派兵协助俄罗斯表达关切, 日本对中国向俄罗斯出口无人机表示关切: the positions of the parties
    inside the act a 对-phrase before a reaction names, after its doer (the one helped or supplied is no
    party of the reaction: neither its speaker nor its target). Empty when no such phrase."""
    k = text.rfind("对", clause_start, t0)
    if k < 0:
        return set()
    inside = sorted((m for m in mentions if k < m.start and m.end <= t0), key=lambda m: m.start)
    if not inside or inside[0].start - (k + 1) > 4:
        return set()
    out: set[int] = set()
    prev = inside[0]
    for m in inside[1:]:
        if m.start < prev.end:
            continue
        if out or not _LIST_JOIN.fullmatch(text, prev.end, m.start):
            out.add(m.start)  # a verb stands between: m is inside the act, not a second target
        prev = m
    return out
