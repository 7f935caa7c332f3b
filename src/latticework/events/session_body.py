"""The body whose numbered session a sentence tells without naming it.

Journals and chronicles name a mechanism once and then tell its sessions by number alone:
「…合作机制正式启动。2018年，第二次领导人会议在金边举行，通过《…宣言》」, 「第三届峰会期间」,
or by the body's generic head: 「论坛领导人会议在苏瓦通过…」 (论坛 = the forum named before). A
reader takes the body from the text before; without it the meeting and what it adopted have no
party and were dropped. Only a session with an ordinal (首次, 第N次/届) or led by a generic head
(论坛, 峰会) is read so, only when the clause names no party at all, and only from a body named
shortly before (an organisation, mechanism or grouping).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from ..actors.mention import Mention
from .attributes import _ORG_KINDS

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
              and not _NO_SESSIONS.search(simplify(b.text))]
    if not bodies:
        return []
    head = m.group("head") or (m.group("noun") if m.group("noun") == "峰会" else None)
    # 论坛领导人会议 → the forum named before; 第二届峰会 → the summit named before; else the last body
    named = [b for b in bodies if head and simplify(b.text).endswith(head)]
    # else the last institution: not a gathering named in passing (在东亚峰会上提出…)
    standing = [b for b in bodies if not _GATHERING.search(simplify(b.text))]
    return [named[-1]] if named else standing[-1:]
