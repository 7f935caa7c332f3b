"""One membership act per body: 白俄罗斯加入上海合作组织和金砖国家 is two JOIN events.

The gold sets code a JOIN or LEAVE with one organisation or agreement as recipient; a clause that
lists several bodies tells one accession (or withdrawal) to each, as 签署《A》和《B》 tells one
AGREE per document. Gatherings attended one after the other (先后出席东盟与中日韩领导人会议和东亚峰会)
are one CONSULT each, with the attendee. Bodies founded one after the other (先后设立丝路基金和亚洲基础设施
投资银行) are one ESTABLISH each, the body its object.
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import simplify
from ..actors.resolve import Mention
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


# the items of a list of bodies founded in turn (A和B, A、B及C) and the heads that name a body
_BODY_ITEM = re.compile(r"\s*(?:以及|和|与|及|、)\s*")
_BODY_HEAD = re.compile(r"(?:会议|论坛|基金|银行|机制|组织|中心|委员会|平台|峰会|对话|联盟|伙伴关系|工作组|小组)[”」]?$")


def each_founded(ev: Event, text: str, s: int, t0: int, t1: int, clause_end: int, mentions: list[Mention]) -> list[Event]:
    """先后/分别设立A和B: one founding per body of the list that is the whole object of the verb (each
    body its object, in order; paired_dates.py gives each its date of a coordinated run)."""
    if ev.type != "ESTABLISH" or not text or not _IN_TURN.search(text, max(s, t0 - 24), t0):
        return [ev]
    obj = simplify(text[t1:clause_end]).strip("了 。；;，,")
    items = _BODY_ITEM.split(obj)
    if len(items) < 2 or not all(_BODY_HEAD.search(x) for x in items):
        return [ev]
    out, at = [], t1 + (len(text[t1:clause_end]) - len(text[t1:clause_end].lstrip("了 ")))
    for item in items:
        k = text.find(item, at, clause_end) if item else -1
        whole = next((m for m in mentions if k != -1 and m.start == k and m.end == k + len(item) and m.kind in _ORG_KINDS), None)
        x = copy.copy(ev)
        x.object = {"id": whole.id, "name": whole.text, "kind": whole.kind} if whole else {"id": None, "name": item, "kind": None}
        x.evidence = list(ev.evidence)
        out.append(x)
        at = k + len(item) if k != -1 else at
    return out
