"""Sentence segmentation of cleaned text: one splitter for extraction and for the knowledge base."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence of text[start:end], in text's offsets."""
    end = len(text) if end is None else end
    out, s = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if text[m.end() : m.end() + 1] == "》":
            continue  # 《日本会加入北约吗？》: a question mark closing a title ends no sentence (prec13)
        out.append((s, m.end()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return [(a, b) for a, b in out if text[a:b].strip()]
