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

# the number (第23号), then what it numbers after it (2023年第23号公告, 第14117号行政令) or the word for an
# announcement before it (公告2023年第23号); the number is looked for first, the rest around each one
_NO = re.compile(r"第\s*\d{1,5}\s*号")
_KIND_AFTER = re.compile(r"\s*(?:公告|行政令|行政命令|总统令|总统行政令|主席令|国务院令|部令|政令)")
_YEAR_BEFORE = re.compile(r"\d{4}\s*年\s*(?:度\s*)?$")
_ANNOUNCEMENT_BEFORE = re.compile(r"公告\s*(?:\d{4}\s*年\s*)?$")
_ISSUER_GAP = 12  # characters between an issuer and its order (拜登签署, 海关总署联合发布)


def numbered_orders(text: str, mentions: list[Mention], block_of: Callable[[int], int]) -> list[Mention]:
    """Add the numbered announcements and orders of `text` that no listed name covers."""
    if "号" not in text:
        return mentions
    out = list(mentions)
    added = False
    for r in _NO.finditer(text):
        s, e = r.span()
        if (kind := _KIND_AFTER.match(text, e)) is not None:
            year = _YEAR_BEFORE.search(text, max(0, s - 8), s)
            s, e = (year.start() if year else s), kind.end()
        elif (ann := _ANNOUNCEMENT_BEFORE.search(text, max(0, s - 12), s)) is not None:
            s = ann.start()
        else:
            continue
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
