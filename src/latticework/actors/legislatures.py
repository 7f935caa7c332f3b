"""A legislature named bare (国会, 國會): the parliament of the state the passage is about.

Chinese IR prose names a foreign parliament without its state once the state is clear (汉密尔顿向国会
提交…, 维文在国会答问, 尹锡悦…遭国会弹劾, 萬那杜…因國會未予批准). It is the first state named in
its sentence, else the state its paragraph names most, else the document's; in mainland text never
China's own or Taiwan's (their legislatures are 全国人大 and 立法院 there)."""

from __future__ import annotations

from collections import Counter

from ..clean import CleanDoc
from .gazetteer import STATE_KINDS, simplify
from .mention import Mention
from .spans import sentence_stop
from .matcher import cues
from .voice import hong_kong_voice, own_state


def bare_legislatures(doc: CleanDoc, text: str, mentions: list[Mention], block_of) -> list[Mention]:
    """The mentions with one organ mention added for each bare legislature word that no mention covers."""
    words = {simplify(k): v for k, v in (cues().get("bare_legislatures") or {}).items()}
    if not words:
        return mentions
    mainland = not doc.is_traditional and own_state(doc) is None and not hong_kong_voice(doc)
    excluded = {"CHN", "TWN", "HKG", "MAC"} if mainland else set()
    ordered = sorted(mentions, key=lambda m: m.start)
    states = [m for m in ordered if m.country and m.country not in excluded
              and (m.kind in STATE_KINDS or m.kind == "person") and m.how != "coreference"]
    taken = bytearray(len(text) + 1)
    for m in ordered:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = list(mentions)
    for word, role in words.items():
        k = text.find(word)
        while k != -1:
            e = k + len(word)
            if not any(taken[k:e]) and doc.blocks[block_of(k)].kind == "paragraph":
                state = _owner(states, k, sentence_stop(text, k) + 1, block_of)
                if state is not None:
                    out.append(Mention(k, e, text[k:e], state, "organ", word, "", state, "organ", role=role,
                                       block=block_of(k)))
            k = text.find(word, e)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _owner(states: list[Mention], k: int, sentence: int, block_of) -> str | None:
    in_sentence = [m for m in states if sentence <= m.start < k]
    if in_sentence:
        return in_sentence[0].country
    block = block_of(k)
    for pool in ([m for m in states if block_of(m.start) == block], states):
        counts = Counter(m.country for m in pool)
        if counts:
            return counts.most_common(1)[0][0]
    return None
