"""One membership act per body: 白俄罗斯加入上海合作组织和金砖国家 is two JOIN events.

The gold sets code a JOIN or LEAVE with one organisation or agreement as recipient; a clause that
lists several bodies tells one accession (or withdrawal) to each, as 签署《A》和《B》 tells one
AGREE per document.
"""

from __future__ import annotations

import copy

from .attributes import _DOC_KINDS, _ORG_KINDS
from .model import Event

_BODY_KINDS = _ORG_KINDS + _DOC_KINDS


def each_body(ev: Event) -> list[Event]:
    """The event split into one per body it joins or leaves (the other recipients kept on each)."""
    if ev.type not in ("JOIN", "LEAVE"):
        return [ev]
    bodies = [r for r in ev.recipients if r.kind in _BODY_KINDS]
    if len(bodies) < 2:
        return [ev]
    others = [r for r in ev.recipients if r not in bodies]
    out = []
    for b in bodies:
        x = copy.copy(ev)
        x.recipients = [b] + others
        x.object = {"id": b.id, "name": b.name_zh, "kind": b.kind}
        x.evidence = list(ev.evidence)
        out.append(x)
    return out
