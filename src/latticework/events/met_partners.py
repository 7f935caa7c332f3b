"""The partner met in the subject's own clause joins what the two do next.

A 10日与B举行会谈，并签署20份合作文件 / 两人发表联合声明: the clause that names the subject also names
the partner of its talks after 与/同/跟 (a title and a time may stand between); a reciprocal act
told in the next clause without a party of its own (签署, 发表联合声明) is done by both.
"""

from __future__ import annotations

import re

from ..actors.resolve import Mention

# 与B, 同中国国家主席习近平, 10日在北京与B: the partner is the party right after 与/同/跟 and its title
_WITH_BEFORE = re.compile(r"(?:与|同|跟)[^，。；、与同和跟]{0,12}$")
# …举行会谈 / 会晤 / 通电话: the partner is met (not 与B的关系, 与B有关)
# (or negotiated with: 与菲律宾启动《互惠准入协定》谈判，并在次年签署, lead12)
_MET_AFTER = re.compile(r"[^，。；]{0,14}?(?:会谈|会晤|会见|会面|通话|通电话|磋商|举行|晤谈|茶叙)|[^，。；]{0,20}?(?:谈判|商谈|洽谈)")


def met_partners(text: str, run: list[Mention], group: list[Mention]) -> list[Mention]:
    """The parties of the subject's clause met after 与/同/跟 (not those of the subject run itself)."""
    out = []
    for m in group:
        if m in run or m.start < run[-1].end:
            continue
        if _WITH_BEFORE.search(text, max(0, m.start - 14), m.start) and _MET_AFTER.match(text, m.end):
            out.append(m)
    return out
