"""One membership act per body: 白俄罗斯加入上海合作组织和金砖国家 is two JOIN events.

The gold sets code a JOIN or LEAVE with one organisation or agreement as recipient; a clause that
lists several bodies tells one accession (or withdrawal) to each, as 签署《A》和《B》 tells one
AGREE per document. Gatherings attended one after the other (先后出席东盟与中日韩领导人会议和东亚峰会)
are one CONSULT each, with the attendee.
"""

from __future__ import annotations

import copy
import re

from .attributes import _DOC_KINDS, _ORG_KINDS
from .model import Event

_BODY_KINDS = _ORG_KINDS + _DOC_KINDS


_ATTEND = ("出席", "参加", "与会")  # (东盟与中、日、韩分别举行“10+1”会议: meetings held, not attended; see roles)
_IN_TURN = re.compile(r"(?:先后|相继|分别|依次)[^，。；,;]{0,4}$")


def each_body(ev: Event, text: str = "", s: int = 0, t0: int = 0) -> list[Event]:
    """The event split into one per body it joins or leaves (the other recipients kept on each), or
    one per gathering attended in turn (先后出席A和B)."""
    if ev.type == "CONSULT" and text and _IN_TURN.search(text, max(s, t0 - 8), t0) and text.startswith(_ATTEND, t0):
        return _each_gathering(ev)
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


def _each_gathering(ev: Event) -> list[Event]:
    bodies = [a for a in ev.actors if a.kind in _ORG_KINDS]
    if len(bodies) < 2 or ev.recipients:
        return [ev]
    others = [a for a in ev.actors if a not in bodies]
    out = []
    for b in bodies:
        x = copy.copy(ev)
        x.actors = others + [b]
        x.evidence = list(ev.evidence)
        out.append(x)
    return out
