"""Announcements and orders named by their number: documents the gazetteer cannot list one by one.

Governments number what they issue, and writing on export controls and sanctions cites the number
as the name: a ministry's announcement (2023年第23号公告, 公告2023年第23号, 第61号公告), an executive
order (第14117号行政令, 第13873号行政命令) or a decree (第59号总统令). Each is a document
mention (`x:` + the words as written) unless a listed name covers it already; the issuer written
before the number (商务部 海关总署公告…) stays a mention of its own, as 商务部 is anywhere else, and
gives the document its state.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from .mention import Mention, sort_spans

_NO = r"第\s*\d{1,5}\s*号"
_NUMBERED = re.compile(
    r"(?:\d{4}\s*年\s*(?:度\s*)?)?" + _NO  # 2023年第23号公告, 第14117号行政令
    + r"\s*(?:公告|行政令|行政命令|总统令|总统行政令|主席令|国务院令|部令|政令)"
    + r"|公告\s*(?:\d{4}\s*年\s*)?" + _NO  # 公告2023年第23号
)
_ISSUER_GAP = 12  # characters between an issuer and its order (拜登签署, 海关总署联合发布)


def numbered_orders(text: str, mentions: list[Mention], block_of: Callable[[int], int]) -> list[Mention]:
    """Add the numbered announcements and orders of `text` that no listed name covers."""
    if "号" not in text or ("公告" not in text and "令" not in text):
        return mentions  # (what _NUMBERED needs, tested first)
    out = list(mentions)
    added = False
    for r in _NUMBERED.finditer(text):
        s, e = r.span()
        if any(x.start < e and s < x.end for x in out):
            continue  # a listed order (第14105号行政令) or a name across it
        name = text[s:e]
        # the issuer right before it (商务部 海关总署公告…, 美国总统拜登签署第14117号行政令) gives its state
        issuer = [x for x in out if x.country and x.end <= s and s - x.end <= _ISSUER_GAP
                  and not any(c in text[x.end : s] for c in "。；！？")]
        country = max(issuer, key=lambda x: x.end).country if issuer else None
        out.append(Mention(s, e, name, f"x:{name}", "law", name, "", country, "discovered", block=block_of(s)))
        added = True
    if added:
        sort_spans(out)
    return out
