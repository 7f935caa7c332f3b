"""A summit named only by its host city as the setting of an act is a session too.

白俄罗斯在阿斯塔纳峰会上正式成为上合组织成员国, 日本在东京纪念峰会上与东盟将关系提升为…: no body is
named before 峰会, so the gathering reader (sessions.py) finds no party and the summit was dropped.
The act it frames tells whose summit it is: the body joined, for an accession; the parties, for a
relation, an agreement or a founding of several. Dated and told like the act it frames.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.mention import Mention
from .attributes import _ORG_KINDS
from .clauses import _clause_start
from .model import Event, Evidence

# 在(2024年7月的)阿斯塔纳峰会上 / 在东京纪念峰会期间, ending right before the act (simplified view)
# (lead18: with no 在 when the frame opens its sentence or clause, and a comma after it: 2022年5月东京峰会期间，
# 四国宣布启动…)
_SETTING = re.compile(
    r"(?P<at>在)?\s*(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*的?)?\s*"
    r"(?P<name>(?:(?!在)[\u4e00-\u9fff]){2,6}?峰会)(?:上|期间)(?P<comma>[，,])?[^，。；]{0,16}$"
)
_OPENING = re.compile(r"[\s，,；;。]*$")


def setting_summit(doc_text: str, text: str, s: int, e: int, t0: int, acts: list[Event], mentions: list[Mention],
                   out: list[Event]) -> list[Event]:
    """The CONSULT of a summit named by its host alone (阿斯塔纳峰会) that frames the act at t0, or none."""
    if not acts or "峰会" not in text[max(s, t0 - 40) : t0]:
        return []  # (the cheap gate: most acts have no summit before them)
    cs = _clause_start(text, t0, s)
    m = _SETTING.search(text, max(cs, t0 - 40), t0)
    if m is None or not m.group("at"):
        # (with no 在, a frame that opens the sentence, in a clause of its own before the act's)
        m = _SETTING.search(text, max(s, t0 - 48), t0)
        if m is not None and not m.group("at") and not _OPENING.fullmatch(text, s, m.start()):
            m = None
    if m is None:
        return []
    inside = [x for x in mentions if m.start("name") <= x.start < m.end("name")]
    if any(x.kind in _ORG_KINDS for x in inside):
        return []  # a summit of a named body is read elsewhere (sessions.py)
    act = acts[0]
    if act.type == "JOIN":
        parts = [p for p in act.recipients if p.kind in _ORG_KINDS]
    elif act.type in ("ALIGN", "AGREE", "ESTABLISH"):
        parts = act.actors + [p for p in act.recipients if p.key() not in {a.key() for a in act.actors}]
        parts = parts if len(parts) > 1 else []
    else:
        parts = []
    keys = {p.key() for p in parts}
    # a state named in it must be a party (东京纪念峰会: the host city read as Japan; not 美欧峰会 framing a third party's act)
    if not parts or any(x.kind in STATE_KINDS and (x.country or x.id) not in keys for x in inside):
        return []
    if any(ev.type == "CONSULT" and (ev.trigger == doc_text[m.start("name") : m.end("name")] or {p.key() for p in ev.actors} == keys)
           for ev in out):
        return []  # the summit is told already
    name = doc_text[m.start("name") : m.end("name")]
    ev = Event(type="CONSULT", trigger=name, actors=list(parts), modality=act.modality)
    ev.date, ev.date_end = act.date, None
    ev.evidence = [Evidence(s, e, doc_text[s:e].strip())]
    ev.confidence = 0.6
    return [ev]
