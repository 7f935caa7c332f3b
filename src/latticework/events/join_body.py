"""The body a membership act joins when its clause names none.

金砖国家峰会宣布邀请沙特、伊朗…加入，伊朗等四国于2024年1月1日正式成为成员，阿根廷则拒绝加入: the
later clauses join (or refuse) the body the sentence named before them. Only a body (an
organisation, grouping or agreement) named earlier in the same sentence is taken, the nearest one.
An admission told from the joiner's side (东帝汶获东盟原则上同意接纳, 获准加入) has the subject before
获 as joiner and the body after it as what is joined.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention
from .attributes import _DOC_KINDS, _ORG_KINDS


def body_joined_before(mentions: list[Mention], sentence_start: int, t0: int) -> list[Mention]:
    """The nearest body named in the sentence before the trigger, as a one-item list (or none)."""
    bodies = [m for m in mentions if sentence_start <= m.start and m.end <= t0 and (m.kind in _ORG_KINDS or m.kind in _DOC_KINDS)]
    bodies = not_own_documents(bodies)
    return bodies[-1:] if bodies else []


def not_own_documents(named: list[Mention]) -> list[Mention]:
    """北约峰会通过新版「战略概念」…邀请芬兰与瑞典加入: a body's own document (the gazetteer's `parent`
    is a body named beside it) is not what the invited join; the body is."""
    from ..actors import default_gazetteer

    gz = default_gazetteer()
    bodies = {m.id for m in named if m.kind in _ORG_KINDS}
    return [m for m in named if m.kind in _ORG_KINDS or getattr(gz.get(m.id), "parent", None) not in bodies]


# a membership verb that closes its clause (加入。, 成为正式成员，, 申请加入，, 确认成员身份。): the body is told elsewhere
_BARE_MEMBERSHIP = re.compile(r"\s*(?:了)?\s*(?:国|程序|进程|手续|成员身份|成员资格|成员国身份|会员身份)?\s*(?:[①-⑳]|\[\d+\])?\s*(?:[，。；,;]|$)")


def body_of_sentence_before(text: str, doc_mentions: list[Mention], s: int, t1: int) -> list[Mention]:
    """瑞典正式加入北约。…芬兰已于去年4月成为成员国: a bare membership verb (or its procedure: 启动退出
    程序) in a sentence that names no body joins (or leaves) the body named last in the sentences of the paragraph before it (up to 200 characters
    back); a chronicle or report names the body once and tells each accession after it."""
    if not _BARE_MEMBERSHIP.match(text, t1):
        return []
    floor = max(text.rfind("\n", 0, s) + 1, s - 200)
    begins = max(text.rfind("。", floor, max(floor, s - 1)) + 1, floor)  # the sentence right before
    first = next((m for m in doc_mentions if begins <= m.start < s), None)
    if first is not None and (first.kind in _ORG_KINDS or first.kind in _DOC_KINDS) and not text[begins : first.start].strip():
        return [first]  # 新开发银行由金砖国家…设立。此后孟加拉国…加入: the body the sentence is about
    return body_joined_before(doc_mentions, floor, s)


# the joiner obtains the body's consent: 获(得)/得到 + body + (原则上)同意/批准 + 接纳/接受, right before the trigger
_CONSENT = re.compile(r"(?:获得|获|得到)\s*$")


def admitted_by_consent(text: str, clause_start: int, t0: int, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """(joiners, bodies) of 东帝汶获东盟原则上同意接纳: the state before 获 joins the body after it; None
    when the clause is not told so."""
    k = text.rfind("获", clause_start, t0)
    k = max(k, text.rfind("得到", clause_start, t0))
    if k == -1 or not _CONSENT.search(text, clause_start, k + (2 if text.startswith("得到", k) or text.startswith("获得", k) else 1)):
        return None
    bodies = [m for m in mentions if k < m.start and m.end <= t0 and (m.kind in _ORG_KINDS or m.kind in _DOC_KINDS)]
    joiners = [m for m in mentions if m.end <= k and m.kind in STATE_KINDS]
    if not bodies or not re.fullmatch(r"[^，。；,;]{0,8}?(?:同意|批准|决定)?", text[bodies[-1].end : t0]):
        return None
    return joiners[-1:], bodies[-1:]


# the link between two bodies of one list: 和, 及, 、 (with the second's opening 《, or the quotation
# marks the Taiwan and Hong Kong press put around a treaty's name: 世界衛生組織和「巴黎協定」)
_LISTED = re.compile(r"\s*[》」』”]?\s*(?:和|及|以及|与|、)\s*[《「『“]?\s*$")


def listed_documents(text: str, t1: int, clause_end: int, mentions: list[Mention], recipients: set[str]) -> list[Mention]:
    """The treaties listed after a body left or joined (退出世界卫生组织和《巴黎协定》): a document is no
    party of an act in general, but the recipient of a membership act when it is listed with one."""
    after = sorted((m for m in mentions if t1 <= m.start < clause_end), key=lambda m: m.start)
    out: list[Mention] = []
    for prev, m in zip(after, after[1:]):
        if m.kind == "agreement" and (prev.id in recipients or prev in out) and _LISTED.match(text[prev.end : m.start]):
            out.append(m)
    return out


# an application named by its act alone: it joins only a body (提出申请 to a depositary state or a
# ministry is no membership act)
APPLICATIONS = ("提出申请", "提交申请", "递交申请", "提出了申请", "提交了申请", "递交了申请", "提出加入申请", "提交加入申请",
                "递交加入申请", "提交入会申请", "提出入会申请")
