"""The target of 予以谴责 / 加以批评: the agent of the act the sentence told before; and a second
target charged in a clause that continues the accusation (谴责朝鲜向俄罗斯移交导弹，并指俄方使用这些导弹).

缅军不顾国际呼吁处决四名民主运动人士，东盟轮值主席国发表声明予以谴责: 予以 takes the act told before as
its object, so the criticism is aimed at whoever did it, the first state or body of that clause
with those joined to it (中国与所罗门群岛签署协议，美澳对此表示关切: both signatories).
"""

from __future__ import annotations

import re

from ..actors.resolve import Mention

_RESUMPTIVE = re.compile(r"(?:予以|加以|对此|就此)\s*(?:强烈|严厉|严正)?\s*$")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
# a clause that is itself a reaction (美国表示严重关切，英国亦予以谴责) points further back: left to the
# passes over reactions (context.py)
_REACTION = re.compile(r"关切|不满|谴责|批评|反对|抗议|交涉|指责|回应")
_JOINERS = ("、", "和", "与", "及", "同")


def reproached_agent(text: str, s: int, clause_start: int, t0: int, mentions: list[Mention]) -> list[Mention]:
    """The first party of the clause before when the ACCUSE verb is resumptive (予以谴责), else none."""
    if not _RESUMPTIVE.search(text, max(clause_start, t0 - 6), t0):
        return []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, s, clause_start)]
    if not breaks:
        return []
    prev_end = breaks[-1]
    prev_start = breaks[-2] + 1 if len(breaks) > 1 else s
    if _REACTION.search(text, prev_start, prev_end):
        return []
    before = sorted((m for m in mentions if prev_start <= m.start and m.end <= prev_end), key=lambda m: m.start)
    run = before[:1]  # with the parties joined to it (中国与所罗门群岛签署协议，美澳对此表示关切: both)
    for m in before[1:]:
        if text[run[-1].end : m.start] not in _JOINERS:
            break
        run.append(m)
    return run


# a clause that continues an accusation with another charge: 并指俄方…, 同时指责日方…, 还批评…
_CHARGED = re.compile(r"[，,]\s*(?:并|同时|还|也|亦)?(?:指|指出|指责|批评|谴责|称)\s*")


def also_charged(text: str, clause_end: int, e: int, mentions: list[Mention]) -> list[Mention]:
    """The party named first in a clause right after the accusation's that charges it too."""
    m = _CHARGED.match(text, clause_end, e)
    if m is None:
        return []
    return [x for x in mentions if x.start == m.end()][:1]
