"""Aid that points back to what was told before it (批准此项军售, 批准上述贷款安排, 该笔贷款随即发放): the
pointer names the aid or the deal told earlier in the document, so its receiver is the receiver of that
aid, else the other party of the giver's earlier two-party act (斯里兰卡与国际货币基金组织就贷款安排达成
协议。…执董会批准上述贷款安排: Sri Lanka). A purchase told in the same sentence as the sale that points
back to it (日本决定向美国采购…，美国国务院批准此项军售) is one happening: the approval, dated, keeps the
purchase's evidence."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .model import Event

# a determiner that points back, right before the aid noun or right after the verb (批准上述贷款安排)
_POINTER = re.compile(r"(?:此项|该项|这项|此笔|该笔|这笔|此批|该批|这批|上述|前述|上列|有关)[^，。；,;]{0,6}$")
_POINTED_AFTER = re.compile(r"(?:了)?(?:此项|该项|这项|此笔|该笔|这笔|此批|该批|这批|上述|前述)")
_TWO_PARTY = ("AID", "AGREE", "CONSULT", "COOPERATE")
_REACH = 1200  # how far back (characters of the document) the act pointed to may stand


def _points_back(ev: Event) -> bool:
    if not ev.evidence:
        return False
    text, word = simplify(ev.evidence[0].text), simplify(ev.trigger)
    k = text.find(word)
    if k < 0:
        return False
    return bool(_POINTER.search(text, max(0, k - 8), k) or _POINTED_AFTER.match(text, k + len(word)))


def aid_pointed_back(events: list[Event]) -> list[Event]:
    """Give an AID with no receiver whose words point back the receiver of the act pointed to."""
    dropped: set[int] = set()
    for i, ev in enumerate(events):
        if ev.type != "AID" or ev.recipients or not ev.actors or not _points_back(ev):
            continue
        givers = {a.key() for a in ev.actors}
        at = ev.evidence[0].start
        for j in range(i - 1, -1, -1):
            prev = events[j]
            if not prev.evidence or j in dropped or prev.type not in _TWO_PARTY or prev.evidence[0].start > at:
                continue
            if at - prev.evidence[0].start > _REACH:
                break
            parties = prev.actors + prev.recipients
            keys = {p.key() for p in parties}
            if not givers & keys:
                continue
            if prev.type == "AID" and givers <= {a.key() for a in prev.actors} and prev.recipients:
                ev.recipients = list(prev.recipients)
                if prev.evidence[0].start == at and prev.date is None and ev.modality == prev.modality:
                    # 日本决定向美国采购…，美国国务院于11月批准此项军售: one sale, dated by its approval
                    ev.quantities = ev.quantities or prev.quantities
                    dropped.add(j)
                break
            others = [p for p in parties if p.key() not in givers]
            if len(keys) == 2 and len(others) == 1:
                ev.recipients = others  # 与基金组织达成协议。…执董会批准上述贷款安排: the partner receives
                break
    return [ev for i, ev in enumerate(events) if i not in dropped]
