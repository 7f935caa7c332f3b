"""A person named after a state and an office (巴拉圭总统培尼亚) holds that state's office.

A short form of a name can be shared across states: 培尼亚 is Mexico's Peña Nieto in the gazetteer's
short forms, but 巴拉圭总统培尼亚 is Paraguay's Santiago Peña. When the state written before the title
is not the state the linked person serves, the person meant is another one: the listed person of
that state whose full name ends with the form (圣地亚哥·培尼亚), else nobody listed (the discovery of
names introduced by a title then reports him, acting for that state).
"""

from __future__ import annotations

from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .matcher import cues


def person_titles(gz: Gazetteer) -> list[str]:
    """The office titles of the cues (simplified), longest first: the first that ends a text is the longest."""
    return gz.derived("person_titles", lambda: sorted({simplify(t) for t in cues().get("person_titles") or []},
                                                      key=len, reverse=True))


def titled_state(gz: Gazetteer, text: str, pos: int) -> str | None:
    """The state written right before an office title that ends at `pos` (巴拉圭总统 | 培尼亚)."""
    titles = person_titles(gz)
    if pos == 0 or text[pos - 1] not in gz.derived("person_title_ends", lambda: {t[-1] for t in titles}):
        return None
    # the longest title ending at `pos` (as the first of `titles` that does: of one length only one
    # can), looked up by length in a set rather than tried title by title
    known, lengths = gz.derived("person_titles_by_length", lambda: (frozenset(titles), sorted({len(t) for t in titles}, reverse=True)))
    title = next((text[pos - n : pos] for n in lengths if n <= pos and text[pos - n : pos] in known), None)
    if title is None:
        return None
    end = pos - len(title)
    for k in range(max(0, end - 8), end - 1):
        for a in gz.aliases.get(text[k:end], []):
            e = gz.entities.get(a.entity)
            if e is not None and e.kind in STATE_KINDS and a.how == "gazetteer":
                return e.id
    return None


def namesake_of(gz: Gazetteer, form: str, state: str) -> str | None:
    """The listed person serving `state` whose full name ends with `form` (·培尼亚), if one."""
    index = gz.derived("namesakes", lambda: _namesakes(gz))
    ids = [i for i in index.get(form, []) if any(r.state == state for r in gz.entities[i].roles)]
    return ids[0] if len(ids) == 1 else None


def _namesakes(gz: Gazetteer) -> dict[str, list[str]]:
    """Last part of a full name (after the last ·) -> the persons bearing it."""
    out: dict[str, list[str]] = {}
    for e in gz.entities.values():
        if e.kind != "person":
            continue
        for name in {simplify(n) for n in [e.name_zh, *e.names] if n}:
            if "·" in name:
                out.setdefault(name.rsplit("·", 1)[1], []).append(e.id)
    return out
