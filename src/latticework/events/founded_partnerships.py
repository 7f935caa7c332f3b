"""Founding a grouping the text calls a partnership is two acts (thirteenth session, ruling 1): the
grouping is established (ESTABLISH: its founders as actors, the grouping as object) and the founders
enter a tie with the label the text gives (ALIGN), as a treaty that creates a named partnership is
AGREE and ALIGN. Writers tell it either way round: 宣布组成“三边安全伙伴关系”(AUKUS) reads as the
founding of a grouping the gazetteer knows, 三国宣布建立新的三边安全伙伴关系 as a tie with a label; each
gives the other act. A grouping the text does not call a partnership or alliance (四边机制, 五眼联盟,
蓝色太平洋伙伴) is ESTABLISH only."""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from .model import Event, Participant

# the words that make a grouping's name a tie between its members (a partnership, an alliance)
_TIE = re.compile(r"(?:伙伴关系|同盟)$")
# a label told as new (新的三边安全伙伴关系) names the same grouping
_NEW = re.compile(r"^新的?")


def _states(ev: Event) -> list[Participant]:
    return [p for p in ev.actors if p.kind in STATE_KINDS]


def _tie_label(name: str, founders: set[str], gz: Gazetteer) -> str:
    """The grouping's name without the founders' abbreviations before it (澳英美三边安全伙伴关系 →
    三边安全伙伴关系): the label is the tie, its parties are the actors."""
    i = 0
    while i < len(name) - 4 and founders & set(gz.abbr.get(name[i], ())):
        i += 1
    return name[i:]


# what the founding verb takes when it founds a tie: a name ending in a partnership or alliance
_TIE_AFTER = re.compile(r"[^，。；,;]{0,16}?(?:伙伴关系|同盟)")


def _founded_not_founder(ev: Event, keys: set[str], gz: Gazetteer) -> None:
    """美英澳三国宣布组成新的三边安全伙伴关系: a grouping of exactly the founders, read among the actors
    of a founding with no object whose verb takes a partnership, is what they found, not one more
    founder (四方…成立气候工作组: the grouping founds a working group, it stays an actor)."""
    if (ev.object or {}).get("id") or not ev.evidence or not ev.trigger:
        return
    text = simplify(ev.evidence[0].text)
    at = text.find(simplify(ev.trigger))
    tie = _TIE_AFTER.match(text, at + len(ev.trigger)) if at >= 0 else None
    if tie is None:
        return
    for p in ev.actors:
        ent = gz.get(p.id)
        if ent is not None and ent.kind == "grouping" and {m.get("id") for m in ent.members} == keys and any(
                _TIE.search(n) and n in tie.group() for n in map(simplify, [ent.name_zh, *ent.names])):
            ev.actors = [q for q in ev.actors if q is not p]
            ev.object = {"id": ent.id, "name": ent.name_zh, "kind": ent.kind}
            return


def _grouping_named(name: str, gz: Gazetteer):
    """The grouping a name (or a name the gazetteer marks ambiguous) stands for, by alias only (no scan of
    every entity's English name: most labels, 全面战略伙伴关系, name no grouping)."""
    for a in gz.aliases.get(name, ()):
        ent = gz.get(a.entity)
        if ent is not None and ent.kind == "grouping":
            return ent
    return None


def _has(found: list[Event], etype: str, keys: set[str]) -> bool:
    return any(x.type == etype and {p.key() for p in x.actors + x.recipients} == keys for x in found)


def founded_partnerships(found: list[Event], gz: Gazetteer) -> list[Event]:
    """Each founding of a grouping named a partnership gains the ALIGN among its founders, and each
    ALIGN whose label is the name of a grouping of exactly its parties gains the grouping's ESTABLISH."""
    out = list(found)
    for ev in found:
        states = _states(ev)
        keys = {p.key() for p in states}
        if len(states) < 2 or ev.recipients:
            continue
        if ev.type == "ESTABLISH":
            _founded_not_founder(ev, keys, gz)
            obj = ev.object or {}
            ent = gz.get(obj.get("id") or "")
            name = _NEW.sub("", simplify(obj.get("name") or ""))
            if ent is None or ent.kind != "grouping" or not _TIE.search(name) or _has(out, "ALIGN", keys):
                continue
            align = copy.copy(ev)
            align.type, align.label, align.object = "ALIGN", _tie_label(name, keys, gz), None
            align.actors, align.recipients = list(states), []
            align.evidence, align.quantities = list(ev.evidence), []
            out.append(align)
        elif ev.type == "ALIGN":
            label = _NEW.sub("", simplify(ev.label or ""))
            ent = _grouping_named(label, gz) if _TIE.search(label) else None
            if ent is None or ent.kind != "grouping" or {m.get("id") for m in ent.members} != keys:
                continue
            if any(x.type == "ESTABLISH" and (x.object or {}).get("id") == ent.id for x in out):
                continue
            est = copy.copy(ev)
            est.type, est.label = "ESTABLISH", None
            est.object = {"id": ent.id, "name": label, "kind": ent.kind}
            est.actors, est.recipients = list(states), []
            est.evidence, est.quantities = list(ev.evidence), []
            out.append(est)
    return out
