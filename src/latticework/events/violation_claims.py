"""A statement that another party violates a rule is an accusation of that party.

Reactions in the news often accuse by saying what the other side's act breaks rather than with a
verb of protest: 韩国产业通商资源部长官当天回应称，日方措施违反世界贸易组织规则; 外交部发言人表示，美方
做法严重违背国际法. When a sentence tells no ACCUSE of its own, the party speaking (named right before
回应称/表示/指出…) accuses the party named between the speech verb and 违反/违背 (the shared
guidelines: criticising and labelling another state's conduct is ACCUSE).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from .model import Event, Evidence
from .roles import _participants

_CLAIM = re.compile(r"(?:回应称|回应说|表示|指出|强调|批评|声称|认定|称|认为)[，,：:]?")
_VIOLATES = re.compile(r"(?:严重)?(?:违反|违背|违犯|践踏)(?:了)?[^，。；]{0,16}?"
                       r"(?:规则|国际法|原则|承诺|协议|协定|精神|准则|法律|公约|共识|宪章)"
                       # lead19: other labels of another party's conduct in the same frame: infringing a state's
                       # sovereignty or rights (侵犯中国主权), meddling in its affairs (干涉中国内政), and calling a
                       # measure unfair or bullying (称美方关税不公平、不合理; 是典型的经济霸凌)
                       r"|(?:严重)?(?:侵犯|侵害|损害)(?:了)?[^，。；]{0,10}?(?:主权|领土完整|正当权益|合法权益|主权权利)"
                       r"|(?:粗暴)?干涉(?:了)?[^，。；]{0,8}?内政"
                       r"|不公平、不合理|不公平和不合理|不合理、不公平|经济霸凌|单边霸凌|霸凌行径|霸凌做法")


def violation_claims(doc_text: str, text: str, s: int, e: int, found: list[Event], mentions: list[Mention],
                     times: list, gz: Gazetteer) -> list[Event]:
    """The ACCUSE a sentence states by saying that a named party violates a rule, if it has none."""
    if any(ev.type == "ACCUSE" for ev in found):
        return []
    if not any(text.find(w, s, e) != -1 for w in ("违", "践踏", "侵", "损害", "干涉", "不公平", "霸凌")):
        return []  # (what _VIOLATES needs, tested first: its optional opening is slow to scan)
    v = _VIOLATES.search(text, s, e)
    if v is None:
        return []
    claims = [c for c in _CLAIM.finditer(text, s, v.start())]
    if not claims:
        return []
    c = claims[-1]
    speaker = [m for m in mentions if s <= m.start and m.end <= c.start() and (m.country or m.refers_to)][-1:]
    target = [m for m in mentions if c.end() <= m.start < v.start() and (m.country or m.refers_to)][:1]
    actors, recipients = _participants(speaker, gz), _participants(target, gz)
    if not actors or not recipients or {p.key() for p in actors} & {p.key() for p in recipients}:
        return []
    ev = Event(type="ACCUSE", trigger=doc_text[v.start() : v.end()], actors=actors, recipients=recipients)
    dated = [t for t in times if s <= t.start < c.start() and t.value]
    if dated:
        ev.date, ev.date_end = dated[-1].value, dated[-1].value_end
    ev.evidence = [Evidence(s, e, doc_text[s:e].strip())]
    ev.confidence = 0.6
    return [ev]
