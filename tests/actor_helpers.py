"""Linking a passage written in a test over the bundled gazetteer."""

from __future__ import annotations

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def mentions(text: str):
    """The linked mentions of `text` as one plain-text document."""
    return link(clean(SourceText("t.txt", text, "txt")))


def found(text: str) -> list[tuple[str, str]]:
    """(text as written, id) of every mention."""
    return [(m.text, m.id) for m in mentions(text)]
