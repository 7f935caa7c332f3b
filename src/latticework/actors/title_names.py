"""A state's name that is also an office title: 苏丹 is Sudan, but also the Sultan.

文莱苏丹哈桑纳尔 and 柔佛州苏丹 name a ruler, not Sudan: right after another state's name or a
state's subdivision (…州), or right before a person's name, the word is the title, no mention of the
state. The words are `title_names` in the cues."""

from __future__ import annotations

import functools

from .gazetteer import STATE_KINDS, simplify
from .matcher import cues
from .mention import Mention


def drop_titles(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (one block's, in text order; `text` the block's simplified text) without the state
    mentions that are such a title."""
    words = _title_words()
    if not words or (len(words) == 1 and next(iter(words)) not in text) or not any(w in text for w in words):
        return mentions
    out = []
    for i, m in enumerate(mentions):
        s, e = m.start - offset, m.end - offset
        if words.get(text[s:e]) == m.id and m.kind in STATE_KINDS:
            prev = mentions[i - 1] if i else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if (prev is not None and prev.end == m.start and prev.kind in STATE_KINDS and prev.id != m.id) \
                    or text[s - 1 : s] == "州" or (nxt is not None and nxt.start == m.end and nxt.kind == "person"):
                continue  # 文莱苏丹, 柔佛州苏丹, 苏丹哈桑纳尔: the title
        out.append(m)
    return out


@functools.cache
def _title_words() -> dict[str, str]:
    """The cues' title names (simplified) -> the state each also names; read once (called per block)."""
    return {simplify(k): v for k, v in (cues().get("title_names") or {}).items()}
