"""Targets of a sanction named around its clause rather than after 对: the firms a list of sanctions
includes (对俄罗斯实施500多项新制裁，其中包括多家中国企业: China too, as firms stand for their home state),
the party whose conduct is given as the reason (以中国没有…为由…采取制裁: China), and the states whose
rates a tariff laid on many or unnamed partners goes on to list (对数十个经济体加征对等关税，其中对华税率为
34%; 我国被课以32%，南韩、日本分别为25%与24%)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, simplify
from ..actors.resolve import Mention
from .model import Event

# 其中包括/其中有/包括 + (多家/一些/数家/N家)? + state + 企业/公司/实体/银行/个人
_INCLUDES = re.compile(r"[，,]\s*(?:其中)?(?:包括|包含|有)\s*(?:多家|一些|数家|若干|\d+家|\d+个)?$")
_FIRMS = re.compile(r"(?:的)?(?:企业|公司|实体|银行|机构|个人)")
_FOR_REASON = re.compile(r"以$")


def included_targets(text: str, clause_end: int, e: int, mentions: list[Mention]) -> list[Mention]:
    """States whose firms the clause right after the sanction says the sanctions include."""
    out = []
    for m in mentions:
        if clause_end <= m.start < e and m.kind in STATE_KINDS and _FIRMS.match(text, m.end) and \
                _INCLUDES.search(text, max(clause_end, m.start - 12), m.start):
            out.append(m)
    return out


def reason_target(text: str, s: int, t0: int, mentions: list[Mention]) -> list[Mention]:
    """以X…为由: the state whose conduct is the reason, when 为由 closes the phrase before the trigger."""
    for m in mentions:
        if s <= m.start < t0 and m.kind in STATE_KINDS and _FOR_REASON.search(text, max(s, m.start - 1), m.start):
            k = text.find("为由", m.end, t0)
            if k != -1 and "，" not in text[m.end : k] and "。" not in text[m.end : k]:
                return [m]
    return []


# a tariff verb: the trigger of a tariff laid on partners it may not name
_TARIFF = re.compile(r"(?:加征|征收|课征|课以|关税|税率)")
# a rate stated for the state right before it, up to the clause's end (税率为34%, 被课以32%, 分别为25%与24%,
# 更高达46%, 征收49%): a percentage with no other party between
_RATE_AFTER = re.compile(r"[^，。；,;对向与同和]{0,12}?\d+(?:\.\d+)?\s*[%％]")
_LISTED_RATE = re.compile(r"[、和及与][^，。；,;]{0,12}?\d+(?:\.\d+)?\s*[%％]")  # 南韩、日本分别为25%与24%
# another tariff of the sentence told after this one (…，并对数十个经济体加征…): the rates after it are its
_NEXT_TARIFF = re.compile(r"并[^，。；]{0,24}?(?:加征|征收|课征|课以)")
_EFFECT = re.compile(r"(?:此举|这将|将使|导致|致使|使得|影响)")


def rated_targets(text: str, word: str, t1: int, e: int, mentions: list[Mention], own: set[str]) -> list[Mention]:
    """The states a tariff with no target of its own is said to hit at a stated rate, after it in its
    sentence: 其中对华税率为34%, 我国被课以32%, 南韩、日本分别为25%与24%, 对越南征收46%."""
    if not _TARIFF.search(text, max(0, t1 - len(word)), min(e, t1 + 6)):
        return []
    out = []
    for m in mentions:
        if not (t1 <= m.start < e) or m.kind not in STATE_KINDS or (m.country or m.id) in own:
            continue
        if _NEXT_TARIFF.search(text, t1, m.start) or _EFFECT.search(text, t1, m.start):
            break  # (…，此举将使日本出口下降2%: an effect, no rate)
        if _RATE_AFTER.match(text, m.end) or _LISTED_RATE.match(text, m.end):
            out.append(m)
    return out


# a levy: a tariff or a duty collected (征收/加征/课征…税, 保证金)
_LEVY = re.compile(r"[征徵]|税|稅|保证金|保證金")


def carried_targets(events: list[Event]) -> list[Event]:
    """欧盟对中国电动车展开反补贴调查，今年7月起征收临时反补贴税; 对澳洲大麦征收反倾销税…，翌年3月正式征收…: a
    measure told in a later clause of the sentence with no target of its own, by the party whose measure
    the sentence told before, hits the same target (the writer names it once)."""
    for i, ev in enumerate(events):
        if ev.type != "SANCTION" or ev.recipients or not ev.actors or not ev.evidence or not _LEVY.search(simplify(ev.trigger)):
            continue  # (export controls on materials, 对稀土相关物项实施出口管制, are aimed at no state)
        who = {a.key() for a in ev.actors}
        prev = next((p for p in reversed(events[:i]) if p.type == "SANCTION" and p.evidence
                     and p.evidence[0].start == ev.evidence[0].start), None)
        if prev is not None and prev.recipients and {a.key() for a in prev.actors} == who and \
                not who & {r.key() for r in prev.recipients}:
            ev.recipients = list(prev.recipients)
    return events
