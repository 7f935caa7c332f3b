"""A gathering named in the object of a refused act: the refusal is the refuser's alone.

印度拒绝出席俄罗斯举办的金砖国家峰会: India's attendance is negated, a CONSULT of India with the body (as
a party that stayed away is: sessions.stayed_away); Russia, told as the host in the relative clause,
refused nothing, so it is no actor of the refusal but the host declined (its recipient, as retired 7
codes 越南未获邀出席美国主办的民主峰会). The gathering named only as that object is no event of its own:
the development gold (dev, retired 7) codes none beside a refused attendance.

印度拒绝签署上合组织防长会议联合声明: the act refused is the signing. The meeting whose statement it is
took place, so its CONSULT (the meeting noun is a trigger of its own here) is asserted, and the AGREE
of the statement is the one negated.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer, simplify
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS
from .clauses import _clause_end, _clause_start
from .model import Event
from .positions import trigger_position
from .roles import _actorish, _participants

_ATTEND = ("出席", "参加", "参与", "与会", "列席")
_GATHERING = r"(?:峰会|会议|论坛|会晤|大会|年会|外长会|部长会|防长会)"
# the gathering an attendance takes, told as held in a relative clause: 俄罗斯举办的金砖国家峰会, 在莫斯科
# 举行的上合组织峰会, 由中方主办的…论坛, 将于明年召开的…会议
_HELD = re.compile(r"(?:了)?\s*(?P<rel>[^，。；,;]{1,20}?(?:举办|主办|举行|召开|承办|主持))的(?P<name>[^，。；,;的]{1,24}?" + _GATHERING + ")")
# a gathering noun that names the meeting of a document in the object (…防长会议联合声明, …峰会的公报)
_OWN_DOCUMENT = re.compile(r"议?\s*(?:的)?\s*(?:联合声明|联合公报|声明|宣言|公报|成果文件|决议)")
# the refusal of another verb than attending, opening the object the gathering is named in
_REFUSED_VERB = re.compile(r"(?:拒绝|拒不|婉拒|谢绝|回绝|没有|并未|未能|未|不愿)\s*(?P<verb>签署|签订|签字|通过|发表|接受|承认)")


def refused_gatherings(text: str, s: int, e: int, found: list[Event], mentions: list[Mention],
                       gz: Gazetteer) -> list[Event]:
    """The sentence's events with the gathering of a refused act set apart from the refusal."""
    for ev in found:
        if ev.type != "CONSULT" or ev.modality != "negated":
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0:
            continue
        trig = simplify(ev.trigger)
        if trig in _ATTEND:
            _host_apart(text, k + len(trig), ev, mentions, gz)
        elif re.search(_GATHERING + "$", trig) and _OWN_DOCUMENT.match(text, k + len(trig)):
            refused = None
            for refused in _REFUSED_VERB.finditer(text, _clause_start(text, k, s), k):
                pass
            if refused is None or any(w in text[refused.end() : k] for w in _ATTEND):
                continue
            ev.modality = "asserted"  # 拒绝签署上合组织防长会议联合声明: the meeting was held
            if refused.group("verb") in ("签署", "签订", "签字", "通过", "接受"):
                for other in found:
                    at = trigger_position(text, s, e, other)
                    if other.type == "AGREE" and other.modality == "asserted" and k < at < _clause_end(text, k, e):
                        other.modality = "negated"  # the statement is what was refused
    return found


def _host_apart(text: str, t1: int, ev: Event, mentions: list[Mention], gz: Gazetteer) -> None:
    """拒绝出席俄罗斯举办的金砖国家峰会: the host named in the relative clause of the gathering the refused
    attendance `ev` takes is its recipient, not a party that refused."""
    m = _HELD.match(text, t1)
    if m is None:
        return
    hosts = {p.key() for p in _participants([x for x in mentions if m.start("rel") <= x.start and x.end <= m.end("rel")
                                              and _actorish(x)], gz) if p.kind not in _ORG_KINDS}
    moved = [p for p in ev.actors if p.key() in hosts]
    if moved and any(p.kind not in _ORG_KINDS and p.key() not in hosts for p in ev.actors):
        ev.actors = [p for p in ev.actors if p.key() not in hosts]
        ev.recipients += [p for p in moved if p.key() not in {r.key() for r in ev.recipients}]
