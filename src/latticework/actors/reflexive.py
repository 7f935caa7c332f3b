"""本国: the state of its sentence's subject, else the author's own country.

本国 is reflexive: 亚美尼亚总理帕希尼扬宣布冻结本国在集安组织的参与 means Armenia's participation.
With no state or office holder before it in its sentence it is the author's country, as 我国
(本国学界认为 in a mainland yearbook), and after a distributive subject (各国应维护本国利益) it
is each of them: no one state, no mention.
"""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import STATE_KINDS, Gazetteer
from .mention import Mention
from .spans import sentence_stop


def reflexive_states(text: str, offset: int, mentions: list[Mention], gz: Gazetteer, words: frozenset[str],
                     distributive: tuple[str, ...]) -> list[Mention]:
    """`mentions` with every 本国 (a self-reference already linked to the author's country)
    re-pointed at the subject of its sentence, or dropped after a distributive subject."""
    if not any(w in text for w in words):
        return list(mentions)  # (no such word in the block: every mention stays, the usual case)
    out: list[Mention] = []
    for m in mentions:
        if text[m.start - offset : m.end - offset] not in words:
            out.append(m)
            continue
        i = m.start - offset
        start = sentence_stop(text, i) + 1
        if any(d in text[start:i] for d in distributive):
            continue
        subject = next((x for x in mentions if start <= x.start - offset < i and x.how != "coreference"
                        and x.country and (x.kind in STATE_KINDS or x.kind in ("person", "organ"))), None)
        state = subject.country if subject is not None else m.country
        if not state:
            out.append(m)  # (a self-reference with no state known stays as it was linked)
            continue
        e = gz.entities.get(state)
        out.append(replace(m, id=state, country=state, how="coreference", refers_to=[state],
                           name_zh=e.name_zh if e else m.name_zh, name_en=e.name_en if e else m.name_en))
    return out
