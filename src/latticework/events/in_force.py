"""An agreement the document tells only as entering into force (日菲《互惠准入协定》已于9月11日生效,
欧盟与新西兰的自由贸易协定正式生效): its signing happened, undated in the text, so it is an AGREE of its
parties with no date and the entry into force as its `effective` date (retired 3 codes it so; the
ontology makes an entry into force no happening of its own). When the document tells the signing
too, before or after, that AGREE carries the date (context._entry_into_force, `told_elsewhere`)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from ..timex import Timex
from .attributes import _ORG_KINDS
from .clauses import _clause_start
from .model import Event, Evidence, Participant
from .named_sides import sides_of

# the document, then 生效 in its clause (已于9月11日正式生效, 自明年1月1日起生效)
_THEN_IN_FORCE = re.compile(r"[^，。；,;]{0,16}?(?:正式|开始|起|起正式)?\s*生效")
# an untitled agreement named by its kind noun (…的自由贸易协定正式生效)
_KIND_NOUN = re.compile(r"(?:协定|条约|协议|公约|议定书)")
_TRIGGER = "生效"
_AFTER_IN_FORCE = re.compile(r"\s*(?:后|以后|之后|以来|前|之前|的)")


def agreement_in_force(doc_text: str, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                       gz: Gazetteer) -> Event | None:
    """The AGREE of an agreement told as entering into force in this sentence, when two parties are
    named before it in its clause (日菲《…协定》, 欧盟与新西兰的…协定) or by the sides of its name
    (《中国—马尔代夫自由贸易协定》), else None."""
    k = text.find("生效", s, e)
    if k == -1:
        return None
    cs = _clause_start(text, k, s)
    docs = [m for m in mentions if cs <= m.start and m.end <= k and m.kind == "agreement"]
    title = re.search(r"《([^《》]{2,60})》", text[cs:k])
    if docs:
        at, name, oid = docs[-1].end, docs[-1].text.strip("《》「」“”"), docs[-1].id
    elif title and _KIND_NOUN.search(title.group(1)):
        at, name, oid = cs + title.end(), title.group(1), None
    elif (noun := _last_kind_noun(text, cs, k)) is not None:
        at, name, oid = noun, None, None
    else:
        return None
    force = _THEN_IN_FORCE.match(text, at, e)
    if force is None or force.end() != k + 2 or _AFTER_IN_FORCE.match(text, k + 2):
        return None  # (就《…协定》生效后的合作交换意见: a time after it, no report of it)
    lead = docs[-1].start if docs else (cs + title.start() if title and name else at)
    parts = _parties(mentions, cs, lead, gz) or [Participant.of(x) for x in (sides_of(docs[-1], gz) if docs else [])]
    if len({p.key() for p in parts}) < 2:
        return None
    when = [t for t in times if at <= t.start and t.end <= force.end() and t.value]
    if not when:  # 12月4日，日菲《…协定》正式生效 (a chronicle's entry): the date opening the sentence
        when = [t for t in times if s <= t.start and t.end <= lead and t.value and t.kind != "decade"][-1:]
    ev = Event(type="AGREE", trigger=doc_text[k : k + 2], actors=parts)
    ev.effective = when[0].value if when else None
    if name is not None:
        ev.object = {"id": oid, "name": name, "kind": "agreement"}
    ev.evidence = [Evidence(s, e, doc_text[s:e].strip())]
    ev.confidence = 0.6
    return ev


def _last_kind_noun(text: str, cs: int, k: int) -> int | None:
    """Where an untitled agreement's kind noun ends right before 生效 (…自由贸易协定正式生效)."""
    found = [m for m in _KIND_NOUN.finditer(text, cs, k)]
    return found[-1].end() if found else None


def _parties(mentions: list[Mention], cs: int, lead: int, gz: Gazetteer) -> list[Participant]:
    """The states and bodies named in the clause before the agreement (日菲, 欧盟与新西兰的)."""
    out: list[Participant] = []
    for m in mentions:
        if cs <= m.start and m.end <= lead and (m.kind in STATE_KINDS or m.kind in _ORG_KINDS):
            ent = gz.get(m.country if m.kind in STATE_KINDS and m.country else m.id)
            if ent is not None and all(p.key() != Participant.of(ent).key() for p in out):
                out.append(Participant.of(ent))
    return out


def told_elsewhere(events: list[Event]) -> list[Event]:
    """An agreement's entry into force read as its undated AGREE, dropped when the document tells an
    AGREE of the same document or of its parties elsewhere (its signing, told after it; 此前日本已与澳洲、
    英国分别签署同类协定 … 日澳协定已于2023年8月生效)."""
    def key(ev: Event) -> str | None:
        obj = ev.object or {}
        got = obj.get("id") or obj.get("name")
        return simplify(got[2:] if got.startswith("x:") else got) if isinstance(got, str) else None

    def parties(ev: Event) -> frozenset[str]:
        return frozenset(p.key() for p in ev.actors + ev.recipients)

    def in_force(ev: Event) -> bool:
        return ev.type == "AGREE" and ev.date is None and simplify(ev.trigger) == _TRIGGER and ev.confidence == 0.6

    others = [x for x in events if x.type == "AGREE" and not in_force(x)]
    return [ev for ev in events if not in_force(ev) or not any(
        (key(ev) is not None and key(x) == key(ev)) or parties(x) >= parties(ev) for x in others)]
