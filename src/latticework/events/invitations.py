"""Invitations: to join a body (邀请X加入Y: the invited join), to a meeting or a visit (邀请中国出席…:
what is invited to is the event), and 应X邀请 framing the visit it leads to (no event of its own)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS
from .clauses import _clause_end, _clause_start
from .join_body import not_own_documents

_JOIN_VERB = re.compile(r"加入|参与|参加|成为")
# how far after 邀请 its verb may stand: a list of six invitees and the day they join take 50 characters
# (邀请沙特阿拉伯、埃及、阿联酋、阿根廷、伊朗和埃塞俄比亚自2024年1月1日起成为正式成员; type11)
_REACH = 64


def _invited_to_join(after: str, after_mentions: list[Mention], t1: int) -> bool:
    """邀请X加入Y, 邀请X参与 (at the end of the clause: the body told before): an invitation to join;
    邀请X参加峰会 is an invitation to a meeting (CONSULT)."""
    m = _JOIN_VERB.search(after[:_REACH])
    if m is None:
        return False
    if m.group() == "加入" or m.group() == "成为" and re.match(r"[^，。；]{0,16}?(?:成员|伙伴国|观察员|对话伙伴|缔约方)", after[m.end() :]):
        return True
    rest = after[m.end() :].strip(" 。；;！!")
    if not rest:
        return True  # 邀请阿根廷、巴西等国参与
    bodies = [x for x in after_mentions if x.start - t1 >= m.end() and x.kind in _ORG_KINDS + ("agreement",)]
    return bool(bodies) and not re.search(r"会议|峰会|会晤|论坛|大会|演习", after[m.end() :])


def _invited_roles(text: str, word: str, t0: int, t1: int, s: int, e: int, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """邀请A、B加入Y / Y的创始成员包括A、B: the states named after the verb join; the body is the one
    named after them, else the nearest one named before in the sentence."""
    clause_end = _clause_end(text, t1, e)
    verb = _JOIN_VERB.search(text, t1, min(clause_end, t1 + _REACH)) if word == "邀请" else None
    cut = verb.start() if verb else clause_end
    joiners = [m for m in mentions if t1 <= m.start < cut and m.kind in STATE_KINDS]
    if word != "邀请":  # 创始成员包括A、B、C…: the list runs to the end of the sentence
        joiners = [m for m in mentions if t1 <= m.start < e and m.kind in STATE_KINDS]
    if not joiners:
        return None  # 美国是APEC的创始成员国之一: the usual roles
    after = [m for m in mentions if cut <= m.start < clause_end and m.kind in _ORG_KINDS + ("agreement",)]
    before = [m for m in mentions if s <= m.start < t0 and m.kind in _ORG_KINDS + ("agreement", "initiative")]
    return joiners, after or not_own_documents(before)[-1:]


def _invited_to(text: str, t0: int, word: str) -> bool:
    """出席/参加/访问/访华 as the complement of 邀请 (邀请中国出席“民主峰会”, 邀请习近平明年访韩): what is
    invited to."""
    # (访韩, 访华: a visit named with its host's one-character abbreviation, 邀请习近平明年访韩)
    invitable = word in ("出席", "参加", "访问", "出访", "参与", "到访", "来访") or (len(word) == 2 and word[0] == "访")
    m = re.search(r"邀请[^，。；]{0,14}$", text[_clause_start(text, t0, 0) : t0]) if invitable else None
    return m is not None and not re.search(r"应[^，。；,;]{0,16}$", text[_clause_start(text, t0, 0) : t0][: m.start()])


def _at_invitation_of(text: str, t0: int, floor: int) -> bool:
    """应X邀请 / 应X的邀请 / 应邀: 'at the invitation of' frames the visit or attendance told after it;
    the invitation is no event of its own (习近平应普京邀请出席峰会)."""
    return re.search(r"应[^，。；,;]{0,16}$", text[_clause_start(text, t0, floor) : t0]) is not None
