"""A one-character abbreviation read against the states its document names.

巴 is listed as Pakistan and 马 as Malaysia, but in a story about Brazil 中巴关系 is China-Brazil,
and in one about the Maldives 中馬, 馬國 and 馬方 are the Maldives. The gazetteer's `abbr_context`
lists the other states a character may abbreviate (巴 → Palestine, Brazil; 马 → the Maldives).
When a document names exactly one of those states in full and never names the listed state in
full, its abbreviated forms (the character alone, X国, X方) mean that state. The choice is made
once per document, before linking, so that 两国/双方 count the state meant.
"""

from __future__ import annotations

from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .mention import Mention

_TAILS = ("国", "方")


def _full_names(gz: Gazetteer) -> dict[str, list[str]]:
    """Each state's names of two or more characters that are no abbreviated form (巴西, not 巴方)."""
    out: dict[str, list[str]] = {}
    for surface, aliases in gz.aliases.items():
        if len(surface) < 2 or (surface[1:] in _TAILS and surface[:1] in gz.abbr):
            continue
        for a in aliases:
            if a.how == "gazetteer" and gz.entities[a.entity].kind in STATE_KINDS:
                out.setdefault(a.entity, []).append(surface)
    return out


def document_swaps(text: str, gz: Gazetteer) -> dict[str, tuple[str, str]]:
    """Character -> (listed state, state meant), for the characters whose listed state the
    simplified `text` never names in full while it names exactly one of their context states."""
    if not gz.abbr_context:
        return {}
    names = gz.derived("state_full_names", lambda: _full_names(gz))
    named = lambda state: any(n in text for n in names.get(state, ()))  # noqa: E731
    swaps: dict[str, tuple[str, str]] = {}
    for ch, others in gz.abbr_context.items():
        listed = gz.abbr.get(ch) or []
        if len(listed) != 1 or ch not in text or named(listed[0]):
            continue
        meant = [c for c in others if named(c)]
        if len(meant) == 1:
            swaps[ch] = (listed[0], meant[0])
    return swaps


def relink_abbreviated(mentions: list[Mention], swaps: dict[str, tuple[str, str]], gz: Gazetteer) -> None:
    """马, 马国, 马方, 马国政府 linked to the listed state become the state the document means."""
    for m in mentions:
        s = simplify(m.text)
        sw = swaps.get(s[:1])
        if sw is None or m.id != sw[0] or m.how == "coreference" or not (len(s) == 1 or s[1:2] in _TAILS):
            continue
        e = gz.entities[sw[1]]
        m.id, m.name_zh, m.name_en = e.id, e.name_zh, e.name_en
        if m.country == sw[0]:
            m.country = e.id
