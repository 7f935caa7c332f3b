"""Mentions that name what an event is about or goes through, not who takes part in it.

违反安理会决议: the Council is named through its resolution, a document, and is no recipient of the
criticism; 召开会议讨论朝鲜派兵问题: the state whose act is discussed is the meeting's topic, not a
party to it. Both are common in reports of Security Council sessions and of statements. 透过北约信托基金提供…
装备, 通过世界银行向乌克兰提供贷款: the body after 通过/透过/经由 is the channel the act goes through;
the donor is the subject of the clause. 以对台军售为由宣布制裁: the grounds an act is taken on (以…为由/
为借口/为名) name another happening, whose parties are no parties of the act, and no event of its own. So does
a relative clause that describes the firms a measure targets (对多家协助俄罗斯规避制裁的中国企业实施制裁,
将向俄罗斯出口零部件的中国实体列入清单): the firms' state is the target; Russia and the acts the clause
tells only say who the firms are.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS as _STATE_KINDS
from ..actors.resolve import Mention

# a body named as the author of a document right after it (安理会决议, 安理会第2231号决议)
_DOCUMENT_AFTER = re.compile(r"\s*(?:第\s*[\d〇零一二三四五六七八九十百千]+\s*号)?\s*(?:相关)?(?:决议|决议案|宪章|章程)")
# the topic of a discussion: 讨论…问题/议题/局势 (with no clause break inside)
_DISCUSSED_TOPIC = re.compile(r"(?:讨论|商讨|审议|磋商|研讨)[^，。；,;]{0,20}?(?:问题|议题|局势|事宜)")


def is_topic_or_document(text: str, m: Mention) -> bool:
    """True when the mention names a document's author (安理会决议) or sits in a discussed topic."""
    if _DOCUMENT_AFTER.match(text, m.end):
        return True
    return any(t.start() < m.start and m.end <= t.end() for t in _DISCUSSED_TOPIC.finditer(text, max(0, m.start - 24), m.end + 24))


# the body a 通过/透过/经由/借助-phrase names, right before it
_CHANNEL_BEFORE = re.compile(r"(?:通过|透过|经由|借助|借由)\s*$")


def is_channel(text: str, m: Mention, clause_start: int) -> bool:
    """True when the mention opens a 通过-phrase (the channel of an act, not its agent)."""
    return m.start > clause_start and bool(_CHANNEL_BEFORE.search(text, max(clause_start, m.start - 4), m.start))


# the grounds of an act: 以对台军售为由, 以“国家安全”为借口, 以反恐为名 (within one clause)
# (以主办G20峰会为外交重心: the focus of a policy is no happening either)
_GROUNDS = re.compile(r"以([^，。；,;以]{1,30}?)为(?:由|借口|理由|名|[^，。；,;]{0,4}?(?:重心|重点|核心|主线|主轴|优先方向))")


def in_grounds(text: str, start: int, end: int, floor: int) -> bool:
    """True when [start, end) lies inside the 以…为由-phrase of its clause (searched back from `floor`)."""
    return any(g.start(1) <= start and end <= g.end(1) for g in _GROUNDS.finditer(text, max(floor, start - 32), end + 40))


# a question put to a speaker: 林剑被问及普京访朝时称, 发言人在谈及…时表示
_ASKED = re.compile(r"被问及|被问到|问及|谈及|提及|被问")


def asked_about(text: str, m: Mention, t0: int) -> bool:
    """林剑被问及普京访朝时称: the speaker before 被问及 is no party of the act the question names."""
    gap = text[m.end : t0]
    return len(gap) <= 24 and not re.search(r"[，。；,;：:]", gap) and _ASKED.search(gap) is not None


_QUESTION_END = re.compile(r"[^，。；,;]{0,20}?(?:时|一事|的问题|问题时)")


def asked_topic(text: str, clause_start: int, t0: int, t1: int) -> bool:
    """被问及普京访朝时称, 在谈及美菲军演一事时: the act named in the question is a topic, no new event."""
    k = max((m.end() for m in _ASKED.finditer(text, clause_start, t0)), default=-1)
    return k != -1 and t0 - k <= 16 and _QUESTION_END.match(text, t1) is not None


# a measure's target described by a relative clause: 对/将/把/制裁 (+ a count) + the clause + 的 + the
# firms, their state named right after 的 (多家协助俄罗斯规避制裁的中国企业, 参与对台军售的美国军工企业)
_DESCRIBED_FIRMS = re.compile(r"(?:对|将|把|制裁(?:了)?)\s*(?:多家|数家|一批|若干|部分|\d+家|\d+个|\d+名|[一二三四五六七八九十两]+家)?"
                              r"([^，。；,;的]{2,30}?)的(?:多家|数家|一批|部分)?")
_FIRM_HEAD = re.compile(r"[^，。；,;的]{0,8}?(?:企业|实体|公司|个人|官员|机构|银行|军工企业)")


def described_firms(text: str, start: int, end: int, clause_start: int, mentions: list[Mention]) -> bool:
    """True when [start, end) lies inside a relative clause that describes the firms of a state a
    measure targets (对多家协助俄罗斯规避制裁的中国企业…: 协助俄罗斯规避制裁 only says who the firms are)."""
    for d in _DESCRIBED_FIRMS.finditer(text, max(clause_start, start - 36), end + 36):
        if not (d.start(1) <= start and end <= d.end(1)):
            continue
        head = next((m for m in mentions if m.start == d.end() and m.kind in _STATE_KINDS), None)
        if head is not None and _FIRM_HEAD.match(text, head.end):
            return True
    return False


_DESCRIBED_BY_DUI = re.compile(r"对\s*(?:多家|数家|一批|若干|部分|\d+家|\d+个|\d+名|[一二三四五六七八九十两]+家)?"
                               r"[^，。；,;的]{2,30}?的(?:多家|数家|一批|部分)?$")


def described_firms_head(text: str, m: Mention) -> bool:
    """对多家协助俄罗斯规避制裁的中国企业实施制裁: the state of the firms a 对-phrase describes is what the
    measure aims at, though its 对 stands before the relative clause."""
    return m.kind in _STATE_KINDS and bool(_FIRM_HEAD.match(text, m.end)) and \
        _DESCRIBED_BY_DUI.search(text, max(0, m.start - 40), m.start) is not None
