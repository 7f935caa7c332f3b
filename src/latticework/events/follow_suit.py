"""Acts told as following suit: 南韩亦于2024年10月跟进, 阿根廷其后也宣布跟进.

Analytical prose tells a second party doing what was just told by 跟进 ("follow suit") with no
verb of its own. The act copied is the last one told before it in the sentence or the sentence
before; the follower takes the place of its doer (for a relation, its first state), keeping the
partner or body. When the follower's act is told after 跟进 in words of its own with no target
(亦宣布跟进，10月1日起加征100%附加税), that act takes the target of the act followed.
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from ..timex import Timex
from .clauses import _clause_start
from .model import Event, Evidence
from .paired_dates import dated_parties
from .roles import _participants

_FOLLOWS = re.compile(r"(?:宣布|决定|随即|随后|其后|也|亦|相继|纷纷)*跟进(?=\s*[，。；,;！]|$)")
_COPIED = ("ALIGN", "JOIN", "LEAVE", "SANCTION", "POLICY", "ESTABLISH", "AID", "MOBILIZE")


def follow_suit(text: str, raw: str, s: int, e: int, mentions: list[Mention], times: list[Timex], found: list[Event],
                before: list[Event], gz: Gazetteer) -> list[Event]:
    """The copies of the act followed, one for the followers of each 跟进 clause of the sentence."""
    out: list[Event] = []
    if text.find("跟进", s, e) == -1:
        return out  # (what _FOLLOWS needs, tested first: its optional opening is slow to scan)
    for m in _FOLLOWS.finditer(text, s, e):
        cs = _clause_start(text, m.start(), s)
        followers = _participants([x for x in mentions if cs <= x.start < m.start() and x.kind in STATE_KINDS], gz)
        told = [ev for ev in found + before if ev.type in _COPIED and ev.actors and ev.evidence]
        if not followers or not told:
            continue
        # the sentence's own act told before 跟进 first (not the follower's act told after it)
        last = [ev for ev in found if ev in told and -1 < text.find(simplify(ev.trigger), s, e) < m.start()][-1:] or \
            [ev for ev in told if ev not in found][-1:] or told[-1:]
        ev = copy.copy(last[0])
        keys = {f.key() for f in followers}
        if ev.type in ("ALIGN", "ESTABLISH"):
            # the follower takes the first state's place; a body partner (东盟) stays
            doer = next((a for a in ev.actors if a.kind in STATE_KINDS), ev.actors[0])
            ev.actors = followers + [a for a in ev.actors if a is not doer and a.key() not in keys]
        else:
            ev.actors = followers
        ev.recipients = [r for r in ev.recipients if r.key() not in keys]
        own = [t for t in times if cs <= t.start < m.start() and t.value and not t.target]
        ev.date, ev.date_end = (own[-1].value, own[-1].value_end) if own else (None, None)
        ev.trigger = raw[m.start() : m.end()]
        ev.evidence = [Evidence(s, e, raw[s:e].strip())]
        # 加拿大亦宣布跟进，10月1日起加征100%附加税: the act told after 跟进 is the copy, and aims where
        # the act followed aimed
        own = [x for x in found if x.type == ev.type and not x.recipients and {p.key() for p in x.actors} == keys
               and text.find(simplify(x.trigger), m.end(), e) != -1]
        if own and ev.recipients:
            own[0].recipients = list(ev.recipients)
            continue
        # (2017年6月巴拿马、2018年多米尼加先后跟进: each follower at the date told before it)
        out += dated_parties(text, cs, m.start(), times, mentions, [ev])
    return out


_SAME_TIER = re.compile(r"(?:同一|同等|相同的?|同样的?)(?:层级|层次|级别|水平|高度|定位)")


def same_tier(text: str, found: list[Event], before: list[Event]) -> None:
    """与东盟将关系提升至同一层级: a relation raised to the tier named before takes that label."""
    labelled = [ev for ev in before + found if ev.type == "ALIGN" and ev.label]
    for ev in found:
        if ev.type == "ALIGN" and not ev.label and ev.evidence and labelled:
            at = text.find("同", ev.evidence[0].start, ev.evidence[0].end)
            if at != -1 and _SAME_TIER.search(text, ev.evidence[0].start, ev.evidence[0].end):
                prior = [x for x in labelled if x is not ev]
                if prior:
                    ev.label = prior[-1].label
