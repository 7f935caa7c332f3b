"""双方/两国 opening a sentence of a paragraph that has just told a two-party happening are those two
parties: 他对中国进行国事访问，…与习近平举行会谈…。双方11日发表联合声明 (the Maldives and China), even when
the linker, which counts only the states named before (the visitor named by a pronoun or by his
name alone), took another pair. Events only: the entity output keeps the linker's reading."""

from __future__ import annotations

import dataclasses
import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention

_PAIR_WORDS = ("双方", "两国", "两国领导人", "双方领导人", "两国元首")
_OPENING = re.compile(r"[\s\d年月日号，,]*")


def paragraph_pair(text: str, s: int, mentions: list[Mention], pair: frozenset | None, gz: Gazetteer) -> list[Mention]:
    """The sentence's mentions, the pair word that opens it standing for the paragraph's last
    two-party happening when the linker's pair shares only one of its states."""
    if not pair or len(pair) != 2 or not all((x := gz.get(k)) is not None and x.kind in STATE_KINDS for k in pair):
        return mentions
    out = []
    for m in mentions:
        if m.how == "coreference" and len(m.refers_to) == 2 and text[m.start : m.end] in _PAIR_WORDS and \
                _OPENING.fullmatch(text, s, m.start) and len(set(m.refers_to) & pair) == 1:
            keep = [k for k in m.refers_to if k in pair]
            m = dataclasses.replace(m, refers_to=keep + [k for k in sorted(pair) if k not in keep])
        out.append(m)
    return out
