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


# A访问B / 访华 / 对B进行国事访问, 并签署…: the host visited is met too (lead, thirteenth session: the
# signing of a visit is the visitor's and the host's, as after talks)
_VISITED_BEFORE = re.compile(r"(?:访问|出访|到访|访|訪|赴|抵达|抵達)$")
_VISIT_AFTER = re.compile(r"进行[^，。；]{0,8}?访问|進行[^，。；]{0,8}?訪問")


def met_partners(text: str, run: list[Mention], group: list[Mention], visits: bool = False) -> list[Mention]:
    """The parties of the subject's clause met after 与/同/跟 (not those of the subject run itself),
    and, for `visits` (a document signed or issued), those visited (访问B, 访华, 对B进行国事访问): a
    further meeting after a visit (访问日本…，还会见了韩国外长) is not the host's."""
    out = []
    for m in group:
        if m in run or m.start < run[-1].end:
            continue
        if _WITH_BEFORE.search(text, max(0, m.start - 14), m.start) and _MET_AFTER.match(text, m.end):
            out.append(m)
        elif visits and (_VISITED_BEFORE.search(text, max(0, m.start - 3), m.start) or (
                text[m.start - 1 : m.start] == "对" and _VISIT_AFTER.match(text, m.end))):
            out.append(m)
    return out
