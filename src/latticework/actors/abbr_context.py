"""One-character abbreviations and 方-forms shared by several states, resolved by the document.

巴 is Pakistan by default but Brazil or Palestine in a text about them (巴西总统卢拉访华，中巴两国…;
巴勒斯坦…巴方), 伊 Iran or Iraq, 新 Singapore or New Zealand, 乌 Ukraine or Uzbekistan. The
gazetteer lists the default under `abbr` and the others under `abbr_context`; here a compound or
方-form takes, among them, the state the text named last before it by a full name, an organ, a
capital or an office holder, and keeps the default when none of them was named."""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .mention import Mention, by_start, in_order

_NAMING = ("gazetteer", "organ", "metonym", "tenure", "latin")


def resolve_shared_abbreviations(gz: Gazetteer, mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with each shared abbreviation linked to the state a bracket after it spells out
    (中巴（西）: 巴 + 西 = 巴西) or else to the candidate named last before it; a coreference after it
    (中巴两国) that listed the default takes the chosen state."""
    last: dict[str, int] = {}
    chosen: dict[str, str] = {}  # default -> the state its abbreviation was last read as
    out = list(mentions)
    shared = shared_states(gz)
    order = range(len(out)) if in_order(out) else sorted(range(len(out)), key=[m.start for m in out].__getitem__)
    for i in order:  # in text order, the list's order kept
        m = out[i]
        if m.how == "coreference":
            refs = [chosen.get(r, r) for r in m.refers_to]
            if refs != m.refers_to:
                refs = _distinct(refs, out, m)
                out[i] = replace(m, refers_to=refs, id=refs[0])
            continue
        # (only a compound can be spelled out and only a state a shared character abbreviates has
        # candidates: the rest, most mentions, are not looked at further)
        pick = (_spelled_out(gz, m, text) or _candidate(gz, m, last)) if m.how == "compound" or m.id in shared else None
        if pick is not None:
            chosen[m.id] = pick
            if pick != m.id:
                e = gz.entities[pick]
                out[i] = replace(m, id=pick, country=pick, name_zh=e.name_zh, name_en=e.name_en)
        elif m.how in _NAMING and m.country and (m.kind in STATE_KINDS or m.kind == "person"):
            last[m.country] = m.start
            chosen.pop(m.country, None)
    return out


def _distinct(refs: list[str], mentions: list[Mention], m: Mention) -> list[str]:
    """两国 counted 巴西 and the 巴 of 中巴 as two states; once 巴 is read as Brazil the pair is Brazil
    and the state 巴 was compounded with (中), not Brazil twice."""
    seen = list(dict.fromkeys(refs))
    if len(seen) == len(refs):
        return refs
    before = sorted((x for x in mentions if x.end <= m.start and x.how == "compound" and x.block == m.block), key=by_start)
    for x in reversed(before):
        if x.country in seen:
            mate = next((y for y in before if y.end == x.start or y.start == x.end), None)
            if mate is not None and mate.country and mate.country not in seen:
                seen.append(mate.country)
        if len(seen) == len(refs):
            break
    return seen


def _candidate(gz: Gazetteer, m: Mention, last: dict[str, int]) -> str | None:
    if m.kind not in STATE_KINDS or m.id not in shared_states(gz) or not (m.how in ("compound", "fang") or _short_form(m)):
        return None  # (a state no shared character abbreviates is never read otherwise: most are not)
    options = shared_abbreviations(gz).get(simplify(m.text[:1]))
    if options is None or m.id not in options:
        return None
    if m.how == "compound" and m.id != options[0]:
        return None  # read otherwise by an earlier step
    seen = [(last[s], s) for s in options if s in last]
    return max(seen)[1] if seen else None


def shared_abbreviations(gz: Gazetteer) -> dict[str, list[str]]:
    """Character -> the states it may abbreviate (the default first), for the characters shared by
    two states or more: worked out once per gazetteer, not for every mention of a state."""
    return gz.derived("shared_abbreviations", lambda: _shared(gz))


def _shared(gz: Gazetteer) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ch in set(gz.abbr) | set(gz.abbr_context):
        options = list(gz.abbr.get(ch) or []) + [s for s in gz.abbr_context.get(ch, []) if s in gz.entities]
        if len(set(options)) >= 2:
            out[ch] = options
    return out


def shared_states(gz: Gazetteer) -> frozenset[str]:
    """The states some shared character may abbreviate (the only ones `_candidate` can read otherwise)."""
    return gz.derived("shared_abbreviation_states",
                      lambda: frozenset(s for options in shared_abbreviations(gz).values() for s in options))


def _short_form(m: Mention) -> bool:
    """馬國, 馬國政府: an abbreviation with 国 (a name or an organ in the data) is shared as it is."""
    s = simplify(m.text)
    return m.how in ("gazetteer", "organ") and s[1:2] == "国" and (len(s) == 2 or m.how == "organ")


def _spelled_out(gz: Gazetteer, m: Mention, text: str) -> str | None:
    """中巴（西）: an editor's bracket right after an abbreviation that, joined to it, is a state's
    name says which state the abbreviation is."""
    if m.how != "compound" or text[m.end : m.end + 1] not in ("（", "(") or text[m.end + 2 : m.end + 3] not in ("）", ")"):
        return None
    states = {a.entity for a in gz.aliases.get(simplify(m.text + text[m.end + 1]), []) if a.how == "gazetteer"}
    states &= {e for e, x in gz.entities.items() if x.kind in STATE_KINDS}
    return states.pop() if len(states) == 1 else None
