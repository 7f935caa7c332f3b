"""A legislature named bare (国会, 國會): the parliament of the state the passage is about.

Chinese IR prose names a foreign parliament without its state once the state is clear (汉密尔顿向国会
提交…, 维文在国会答问, 尹锡悦…遭国会弹劾, 萬那杜…因國會未予批准). It is the first state named in
its sentence, else the state its paragraph names most, else the document's; never China's own
(全国人大), and in mainland text not Taiwan's either (立法院 there)."""

from __future__ import annotations

import bisect
from collections import Counter

from ..clean import CleanDoc
from .gazetteer import STATE_KINDS, simplify
from .matcher import cues
from .mention import Mention, sort_spans, start_sorted
from .spans import NearSpans, sentence_stop
from .voice import hong_kong_voice, own_state


def bare_legislatures(doc: CleanDoc, text: str, mentions: list[Mention], block_of,
                      mainland: bool | None = None) -> list[Mention]:
    """The mentions with one organ mention added for each bare legislature word that no mention covers
    (`mainland`: whether the text is mainland prose, when the caller has found out already)."""
    words = {simplify(k): v for k, v in (cues().get("bare_legislatures") or {}).items()}
    if not words:
        return mentions
    if mainland is None:
        mainland = not doc.is_traditional and own_state(doc) is None and not hong_kong_voice(doc)
    # never China's (its legislature is 全国人大, in any script) or Hong Kong's and Macao's (立法會);
    # Taiwan's 立法院 is its 國會 in its own press, but not in mainland text
    excluded = {"CHN", "HKG", "MAC"} | ({"TWN"} if mainland else set())
    ordered = start_sorted(mentions)
    near = NearSpans(ordered)
    states: list[Mention] | None = None  # the candidate owners, gathered at the first free word
    starts: list[int] = []
    blocks: list[int] = []
    out = list(mentions)
    for word, role in words.items():
        k = text.find(word)
        while k != -1:
            e = k + len(word)
            if not near.overlaps(k, e) and doc.blocks[block_of(k)].kind == "paragraph":
                if states is None:
                    states = [m for m in ordered if m.country and m.country not in excluded
                              and (m.kind in STATE_KINDS or m.kind == "person") and m.how != "coreference"]
                    starts = [m.start for m in states]
                    blocks = [block_of(m.start) for m in states]  # once, not per legislature word
                state = _owner(states, starts, blocks, k, sentence_stop(text, k) + 1, block_of(k))
                if state is not None:
                    out.append(Mention(k, e, text[k:e], state, "organ", word, "", state, "organ", role=role,
                                       block=block_of(k)))
            k = text.find(word, e)
    sort_spans(out)
    return out


def _owner(states: list[Mention], starts: list[int], blocks: list[int], k: int, sentence: int, block: int) -> str | None:
    """`states` sorted by start, with their starts and block indexes."""
    i = bisect.bisect_left(starts, sentence)
    if i < len(states) and states[i].start < k:
        return states[i].country  # the first state named in the sentence before the word
    lo, hi = bisect.bisect_left(blocks, block), bisect.bisect_right(blocks, block)
    for pool in (states[lo:hi], states):
        counts = Counter(m.country for m in pool)
        if counts:
            return counts.most_common(1)[0][0]
    return None
