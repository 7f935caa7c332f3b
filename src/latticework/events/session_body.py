"""The body whose numbered session a sentence tells without naming it.

Journals and chronicles name a mechanism once and then tell its sessions by number alone:
「…合作机制正式启动。2018年，第二次领导人会议在金边举行，通过《…宣言》」, 「第三届峰会期间」,
or by the body's generic head: 「论坛领导人会议在苏瓦通过…」 (论坛 = the forum named before). A
reader takes the body from the text before; without it the meeting and what it adopted have no
party and were dropped. Only a session with an ordinal (首次, 第N次/届) or led by a generic head
(论坛, 峰会) is read so, only when the clause names no party at all, and only from a body named
shortly before (an organisation, mechanism or grouping). With no body named, a new session told in
a sentence that opens with a time is the group's the sentence before was about (`topic_session`).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from ..actors.mention import Mention
from .attributes import _ORG_KINDS
from .subject import _TIMED_OPENING

# 首次领导人会议, 第二次外长会, 第三届峰会, 论坛领导人会议 (simplified view)
_SESSION = re.compile(
    r"(?:(?P<ord>首次|首届|第\s*[\d一二三四五六七八九十]+\s*[次届])|(?P<head>论坛|峰会))"
    r"\s*(?P<noun>领导人会议|首脑会议|外长会议?|部长级?会议|峰会|会议)"
)
# bodies that hold no leaders' or ministers' sessions: a fund, a bank, a secretariat, a centre
_NO_SESSIONS = re.compile(r"(?:基金|基金会|银行|秘书处|中心|公司)$")
_GATHERING = re.compile(r"(?:峰会|会议|会晤|会)$")
_REACH = 900  # characters before the session: the body is named in the same or the previous paragraph


def session_body(text: str, s: int, t1: int, before: list[Mention]) -> list[Mention]:
    """The body of a numbered or generically named session told in [s, t1) with no party of its
    own; `before` are the document's mentions told before the sentence. Empty when none fits."""
    m = None
    for x in _SESSION.finditer(text, s, t1):
        m = x
        break
    if m is None:
        return []
    bodies = [b for b in before if b.kind in _ORG_KINDS and b.end <= s and s - b.end <= _REACH
              and not _NO_SESSIONS.search(simplify(b.text)) and not _NO_SESSIONS.search(simplify(b.name_zh or ""))]
    # (其运行经费…: a pronoun for a secretariat is the secretariat; its name says it holds no sessions)
    if not bodies:
        return []
    head = m.group("head") or (m.group("noun") if m.group("noun") == "峰会" else None)
    # 论坛领导人会议 → the forum named before; 第二届峰会 → the summit named before; else the last body
    named = [b for b in bodies if head and simplify(b.text).endswith(head)]
    # else the last institution: not a gathering named in passing (在东亚峰会上提出…)
    standing = [b for b in bodies if not _GATHERING.search(simplify(b.text))]
    return [named[-1]] if named else standing[-1:]


# a new session of the meeting told before, as the subject (…举行峰会。次年，第二次峰会在利马举行;
# 同年9月，首次线下峰会在华盛顿举行)
_NEW_SESSION = re.compile(r"\s*(?:首次|首届|第[一二三四五六七八九十\d]{1,3}[次届]|下一?[次届]|新一[次届]|又一次|再次)\s*"
                          r"(?:线下|线上|视频|实体|面对面|正式|非正式)?\s*(?:峰会|首脑会议|领导人会议|外长会议|部长会议|会晤|会谈|对话)")


def topic_session(text: str, s: int, clause_start: int, topic: list[Mention]) -> list[Mention]:
    """The parties of a new session told with no party and no body of its own in a sentence that opens
    with no more than a time (…四国领导人首次举行视频峰会。同年9月，首次线下峰会在华盛顿举行): the
    group the sentence before was about (`topic`, two parties or more) meets again. Empty otherwise."""
    if len(topic) < 2 or not _TIMED_OPENING.fullmatch(text, s, clause_start) or not _NEW_SESSION.match(text, clause_start):
        return []
    return list(topic)
