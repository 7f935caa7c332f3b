"""The signatories a document's name gives (中国—东盟自由贸易区3.0版升级议定书, 中国—新西兰自由贸易协定):
a signing told with fewer than two parties named (李强将见证签署中国—东盟自贸区3.0版升级议定书; a witness
is no signatory) has the two sides of the document's name as its parties, as retired 7 codes the
witnessed signing of such a protocol. Only names of two sides joined by a dash, each opening with a
state or a body the gazetteer knows."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Entity, Gazetteer, simplify
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS

_SIDES = re.compile(r"[—–\-－]{1,2}")


def _opening_party(side: str, gz: Gazetteer) -> Entity | None:
    """The state or body a side of a name opens with (东盟自由贸易区… → ASEAN), by the longest name."""
    for n in range(min(len(side), 12), 1, -1):
        for a in gz.aliases.get(simplify(side[:n]), []):
            ent = gz.entities[a.entity]
            if ent.kind in STATE_KINDS + _ORG_KINDS:
                return ent
    return None


def sides_of(doc: Mention, gz: Gazetteer, states_only: bool = False) -> list[Entity]:
    """The two parties a document's name opens its two sides with (中国—马尔代夫自由贸易协定 → China,
    Maldives; 中国—东盟…议定书 → China, ASEAN), or none; `states_only` keeps only two states. A name
    with no dash (中韩自贸协定, 中秘自贸协定) gives the two states the gazetteer lists as the members
    of that bilateral agreement."""
    sides = _SIDES.split(doc.text.strip("《》「」“”"))
    if len(sides) != 2:
        return _bilateral_members(doc, gz) or _abbreviated_sides(doc.text.strip("《》「」“”"), gz)
    got = [_opening_party(side, gz) for side in sides]
    if any(g is None for g in got) or got[0].id == got[1].id:
        return []
    if states_only and any(g.kind not in STATE_KINDS for g in got):
        return []
    return got  # type: ignore[return-value]


def document_sides(mentions: list[Mention], t1: int, clause_end: int, gz: Gazetteer) -> list[Entity]:
    """The two parties the name of the agreement signed after the verb gives, or none."""
    doc = next((m for m in mentions if t1 <= m.start < clause_end and m.kind == "agreement"), None)
    return sides_of(doc, gz) if doc is not None else []


def _bilateral_members(doc: Mention, gz: Gazetteer) -> list[Entity]:
    """The two states of a bilateral agreement, as the gazetteer lists its members (signatories or
    parties), or none."""
    ent = gz.entities.get(doc.id) if doc.id else None
    if ent is None or ent.kind != "agreement":
        return []
    ids = list(dict.fromkeys(m.get("id") for m in ent.members if m.get("id")))
    got = [gz.entities.get(i) for i in ids]
    if len(got) != 2 or any(g is None or g.kind not in STATE_KINDS for g in got):
        return []
    return got  # type: ignore[return-value]


# the kinds of a joint document after the two abbreviations (日韩共同宣言, 中美联合公报, 美日安保条约)
_JOINT_KIND = re.compile(r"(?:联合|共同)?(?:宣言|声明|公报)|[\u4e00-\u9fff]{0,8}?(?:协定|条约|协议|备忘录)$")


def _abbreviated_sides(name: str, gz: Gazetteer) -> list[Entity]:
    """日韩共同宣言, 中美联合公报: a joint document whose name opens with the one-character abbreviations
    of two states (and no third) was issued or signed by those two."""
    name = simplify(name)
    if len(name) < 4 or name[2] in gz.abbr or not _JOINT_KIND.match(name, 2):
        return []
    got = []
    for ch in name[:2]:
        ids = gz.abbr.get(ch, [])
        if len(ids) != 1 or ch in gz.abbr_ambiguous or (ent := gz.entities.get(ids[0])) is None or ent.kind not in STATE_KINDS:
            return []
        got.append(ent)
    return got if got[0].id != got[1].id else []
