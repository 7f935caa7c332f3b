"""The body or initiative a founding verb has as its subject (东盟环境部长级会议于1981年正式成立,
该倡议由习近平主席在2021年9月提出, 上海合作组织自2001年成立以来, “一带一路”倡议于2013年提出): an
intransitive or passive founding names what was founded before the verb."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS

_FOUNDED_INTRANSITIVE = ("成立", "正式成立", "宣告成立", "宣布成立", "启动", "正式启动", "建立", "设立", "创立", "正式运行", "投入运行", "运行",
                         "建成", "全面建成", "正式建成", "开业", "正式开业",
                         # (absent11: a nameplate unveiled, …中心在北京揭牌)
                         "揭牌", "正式揭牌", "挂牌", "正式挂牌", "挂牌运行", "揭牌运行", "正式挂牌运行", "正式揭牌运行", "揭牌成立", "正式揭牌成立", "揭牌启用",
                         # (type13: a mission opened, 美国驻汤加大使馆正式开馆, 复馆: opened_missions.py)
                         "开馆", "正式开馆", "重新开馆", "复馆", "正式复馆",
                         # (absent13: a body put into service, …中心正式启用, 在海口落成, 投入使用)
                         "启用", "正式启用", "落成", "正式落成", "投入使用",
                         # (lead18: a body "born", 东盟由此诞生)
                         "诞生", "正式诞生")
# verbs that found an initiative when the initiative is their subject (倡议于2013年提出)
_PROPOSED_INTRANSITIVE = ("提出", "正式提出", "发起", "推出")
_INITIATIVE_NOUN = re.compile(r"[”」\"』]?\s*(?:倡议|倡議|构想|構想|计划|計劃|战略|戰略)?")
_FOUNDED_PASSIVE = ("提出", "发起", "倡议", "创建", "创立", "成立", "建立", "设立", "推出", "倡议成立", "组建", "启动")
# (…的成立: a founding told as a noun, 上海合作组织的成立标志着…)
_FOUNDED_TAIL = re.compile(r"(?:正式|已经|已|也|终于|宣告|宣布|随之|随即|同时|由此|从此|就此|于[^，。；由]{1,14}?|在[^，。；由]{1,20}?|[\s，,]|的"
                          r"|[于在][^，。；由]{1,30}?(?:举行|召开)[^，。；由]{0,12}?(?:后|之后)"  # (于2016年3月在三亚举行首次领导人会议后正式启动)
                          r"|自?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)*$")  # (新开发银行2015年7月在上海开业: a bare date; 自2001年成立以来)
_GLOSS_TAIL = re.compile(r"\s*(?:\([^()]{0,80}\)|（[^（）]{0,80}）)?\s*$")
_CLAUSE_ENDS = re.compile(r"\s*(?:了|起来|以来|之后|后|的|并|，并)?\s*(?:[，。；,;：:]|$)")
_SINCE = re.compile(r"\s*(?:了)?\s*(?:后|之后|以来|以後|之際|之际)")  # MSP成立后，…: a time reference, no report
_DATE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*$")
_NAME_START = re.compile(r"[，。；、：:,（(）)下的是即]")


def _founded_before(text: str, t0: int, word: str, nouns: list[str], mentions: list[Mention] | None = None) -> tuple[int, int] | None:
    """东盟环境部长级会议（AMME）于1981年正式成立, 该倡议由习近平主席在2021年9月提出: the body or
    initiative founded is named before the verb (the subject of an intransitive 成立/启动/运行, or the
    topic of a passive 由…提出). Returns the span of its name."""
    if not _CLAUSE_ENDS.match(text, t0 + len(word)):
        return None  # 美国计划建立…框架: the verb has an object of its own after it
    window = text[max(0, t0 - 80) : t0]
    base = t0 - len(window)
    passive = None
    if word in _FOUNDED_PASSIVE:
        k = window.rfind("由")
        if k != -1 and window[k + 1 : k + 2] != "此" and not re.search(r"[，。；]", window[k:]):  # (由此 "thereby")
            passive = k
    proposed = passive is None and word in _PROPOSED_INTRANSITIVE and bool(mentions)
    if passive is None and word not in _FOUNDED_INTRANSITIVE and not proposed:
        return None
    head = window[:passive] if passive is not None else window
    head = head[: _FOUNDED_TAIL.search(head).start()]
    head = head[: _GLOSS_TAIL.search(head).start()]
    head = head.rstrip("”」\"")
    if proposed:
        # “一带一路”倡议于2013年提出: a listed initiative told as proposed, its proposer unnamed (its
        # gazetteer owner, where it has one, proposed it: unnamed_founders.owners_founded)
        end = base + len(head)
        body = next((m for m in mentions if m.kind == "initiative" and m.end <= end
                     and _INITIATIVE_NOUN.fullmatch(text, m.end, end)), None)  # (“一带一路”倡议: the quoted name, its noun)
        return (body.start, body.end) if body is not None else None
    if head and mentions and passive is None and (not _SINCE.match(text, t0 + len(word)) or _DATE_BEFORE.search(window)):
        # (亚行自1966年成立以来: a time clause that dates the founding tells it; MSP成立后，…: undated, no report)
        # 亚行于1966年在马尼拉成立: a body the linker knew, named by a short form without a founding noun
        body = next((m for m in mentions if m.end == base + len(head) and m.kind in _ORG_KINDS
                     and not re.search(r"[，。；,;]|由(?!此)", text[m.end : t0])), None)  # (由此 "thereby": no agent)
        if body is not None:
            return body.start, body.end
    if not head or not any(head.endswith(simplify(n)) for n in nouns):
        return None
    k = max((m.end() for m in _NAME_START.finditer(head)), default=0)
    start = k
    for q in "“「\"":
        j = head.rfind(q)
        if j != -1 and j + 1 > start:
            start = j + 1
    name = head[start:]
    if len(name) < 2 or (name[:1] in ("该", "这", "此") and len(name) <= 4 and passive is None
                         and not re.search(r"(?:19|20)\d{2}\s*年", text[base + len(head) : t0])):
        return None  # 该机制启动: a body referred back to, launched before the sentence's own act (not 该机制1997年在曼谷成立)
    return base + start, base + len(head)
