"""Mentions in a trigger's clause that belong to another act or to no act: a state excepted (除缅甸外的
九个东盟成员国: Myanmar takes no part), the parties after 时 that closes a 在…时 frame (拜登在访问日本时
宣布启动…谈判: the negotiations are no part of the visit), and the party of a coordinated act after
并 (出席…会议并对秘鲁进行国事访问: Peru is the visit's host, not an attendee). The host named inside
such a frame before the trigger (在访问日本时宣布启动…谈判) is no partner of the act after it either; nor
is the partner of a relative clause that describes the subject (与台湾维持邦交多年的瑙鲁宣布…断交: Taiwan
describes Nauru, it does not act)."""

from __future__ import annotations

import re

from ..actors.resolve import Mention
from .clauses import _clause_start

_EXCEPT_END = re.compile(r"[^，。；]{0,3}?(?:以外|之外|外)")
_FRAME_END = re.compile(r"时|期间|之际")
# (lead11: and a verb of travel or meeting whose object the party is: 出席联合国大会并访问美国; lead12:
# or any party later in that act's clause, a title between: 出席东亚峰会并会见美国副总统哈里斯)
_COORDINATED_ACT = re.compile(r"[并並](?:于[^，。；]{1,10}?)?(?:对|向|与|同|赴|访问|順訪|顺访|出访|前往|转赴|抵达|会见|会晤|對|與|訪問|出訪|會見|會晤)[^，。；！？]{0,16}$")


def excepted(text: str, m: Mention, t0: int) -> bool:
    """除X外 / 除了X以外 around the mention, with the trigger outside the phrase."""
    if text[max(0, m.start - 1) : m.start] != "除" and text[max(0, m.start - 2) : m.start] != "除了":
        return False
    end = _EXCEPT_END.match(text, m.end)
    return end is not None and not (m.start <= t0 < end.end())


def beyond_the_act(text: str, t0: int, t1: int, m: Mention) -> bool:
    """Whether a mention after the trigger belongs to what follows a 在…时 frame or a 并-act."""
    if m.start <= t1:
        return False
    if _FRAME_END.search(text, t1, m.start) and text.rfind("在", max(0, t0 - 8), t0) != -1:
        return True  # 在访问日本时宣布启动…, 在访越期间谴责俄罗斯
    return _COORDINATED_ACT.search(text, t1, m.start) is not None  # …并对秘鲁进行国事访问


_VISIT_FRAME = re.compile(r"在[^，。；]{0,4}?(?:访问|出访|访)[^，。；]{1,16}?(?:时|期间|之际)\s*$")


def hosts_in_frame(text: str, clause_start: int, t0: int, mentions: list[Mention]) -> set[str]:
    """The keys of the parties named inside a 在访问X时/期间 frame that ends right before the trigger."""
    m = _VISIT_FRAME.search(text, clause_start, t0)
    if m is None:
        return set()
    return {x.country or x.id for x in mentions if m.start() <= x.start and x.end <= m.end()}


_DESCRIBING = re.compile(r"[^，。；、]{1,16}?的$")


def describes_subject(text: str, m: Mention, mentions: list[Mention], s: int, t0: int) -> bool:
    """与X…的Y at the head of X's clause (the sentence opens at s), Y a party before the trigger: X is the
    partner in a description of Y (与我国维持邦交多年的诺鲁宣布断交, 与中国签有自贸协定的新西兰表示…), no
    party of Y's act."""
    if text[max(s, m.start - 1) : m.start] not in ("与", "與", "同"):
        return False  # (the cheap test first: the clause is found only for a mention after 与)
    clause_start = _clause_start(text, m.start, s)
    if m.start - 1 < clause_start or m.start - 1 > clause_start + 12:
        return False
    for y in mentions:
        if m.end < y.start < t0 and y.end <= t0:
            return _DESCRIBING.search(text, m.end, y.start) is not None and y.kind in ("state", "economy")
    return False
