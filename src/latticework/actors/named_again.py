"""A person the gazetteer lacks, named again by the bare name (印度外交秘书米斯里宣布…。…米斯里访华).

Prose introduces an official once with the office before the name and then uses the name alone.
Discovery finds the name only after a title; the later bare uses are the same person. A name of
three characters or more (a short Han name is too often part of a word) named again later in the
document, not inside another mention and not run on by a transliteration character on either side
(米斯里 is not inside 卡米斯里亚), is a mention of the person found first.
"""

from __future__ import annotations

from dataclasses import replace

from .mention import Mention, sort_spans, start_sorted
from .spans import Taken

_MIN_LEN = 3


def named_again(text: str, mentions: list[Mention], block_of, translit: set[str]) -> list[Mention]:
    """The mentions with the later bare uses of each discovered person's name added."""
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.how == "discovered" and m.kind == "person" and len(m.name_zh) >= _MIN_LEN and m.name_zh not in found:
            found[m.name_zh] = m
    if not found:
        return mentions
    taken = Taken(start_sorted(mentions))
    out = list(mentions)
    for name, first in found.items():
        k = text.find(name, first.end)
        while k != -1:
            e = k + len(name)
            if not taken.any(k, e) and text[k - 1 : k] not in translit and text[e : e + 1] not in translit:
                out.append(replace(first, start=k, end=e, block=block_of(k)))
                taken.mark(k, e)
            k = text.find(name, e)
    if len(out) == len(mentions):
        return mentions
    sort_spans(out)
    return out
