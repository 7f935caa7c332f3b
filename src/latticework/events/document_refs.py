"""References to a document by its type word (该协定, 该法案, 该清单) in the events' view of the mentions."""

from __future__ import annotations

import functools

from ..actors.gazetteer import simplify
from ..actors.matcher import cues
from ..actors.resolve import Mention


@functools.cache
def _type_word_references() -> frozenset[str]:
    return frozenset(simplify(w) for w in ((cues().get("coreference") or {}).get("document_types") or {}))


def without_document_references(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the documents referred to by their type word (`document_types` in the actor
    cues). The linker gives them as mentions of the document, but in an act told of it (该法案投资…,
    朝鲜宣布不再受该协议约束, 日方对该条约表示关切) the document is what the act is about, never a party:
    the events read these words as they did before the linker resolved them."""
    words = _type_word_references()
    if not words:
        return mentions
    return [m for m in mentions if not (m.how == "coreference" and simplify(m.text) in words)]
