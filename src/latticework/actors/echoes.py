"""A one-character abbreviation that its sentence has just spelled out (斯里兰卡…对斯, 中巴…在巴).

The matcher takes a lone abbreviation after a verb or preposition only where it is safe on its own
(访华, 对美, 与菲); a context abbreviation (斯, 所), an ambiguous one (巴, 印) or a weak preposition
before it (在, 与, 从) is left. Where the same sentence has named the state before it, by a name
opening with that character (斯里兰卡…批准对斯贷款; only for a context abbreviation, which is no other state's) or, for an
ambiguous one, by the same character in a compound (中巴双方同意加强对在巴中国人员的保护), the
character echoes that state."""

from __future__ import annotations

import bisect
import re

from ..lexicon import is_word
from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .matcher import cues
from .mention import Mention, sort_spans, start_sorted

_STOPS = "。！？；!?;"
_REACH = 300
_NAMING = ("gazetteer", "compound")


def echoed_abbreviations(gz: Gazetteer, text: str, mentions: list[Mention], block_of) -> list[Mention]:
    """The mentions with a compound mention added for each such echo."""
    rx = gz.derived("echo_candidates", lambda: _candidates(gz))
    spots = [k.start() + 1 for k in rx.finditer(text)] if rx is not None else []
    if not spots:  # (one regex over the text: no prefix before such a character, nothing to do)
        return mentions
    abbr, context = gz.abbr, gz.abbr_context
    ordered = start_sorted(mentions)
    starts = [m.start for m in ordered]

    def taken(k: int) -> bool:  # inside a mention (the few that start last before k)
        i = bisect.bisect_right(starts, k)
        return any(m.end > k for m in ordered[max(0, i - 3) : i])

    out = list(mentions)
    for j in spots:
        ch = text[j]
        if taken(j) or taken(j - 1) or not (taken(j + 1) or not (is_word(text[j : j + 2]) or is_word(text[j : j + 3]))):
            continue  # (与新时代; 在巴中国人员: 巴中 is a word, but 中国 is a mention)
        lo = max(0, j - _REACH)  # (a sentence is searched back this far at most, not to the text's start)
        stop = max(lo, max(text.rfind(p, lo, j) for p in _STOPS) + 1)
        for m in ordered[bisect.bisect_left(starts, stop) : bisect.bisect_left(starts, j)]:
            if text[m.start] != ch or m.how not in _NAMING or not m.country or m.kind not in STATE_KINDS:
                continue
            if ch in abbr:  # 对美, 在菲: the matcher's own; 在中期, 同日: left on purpose; 新加坡…与新时代: a word
                if m.how != "compound" or m.country not in abbr[ch] + context.get(ch, []):
                    continue
            elif m.country not in context.get(ch, ()):
                continue  # (印度尼西亚 opens with 印, which is India's)
            e = gz.entities[m.country]
            out.append(Mention(j, j + 1, ch, m.country, e.kind, e.name_zh, e.name_en, m.country, "compound",
                               block=block_of(j)))
            break
    if len(out) > len(mentions):
        sort_spans(out)
    return out


def _candidates(gz: Gazetteer) -> re.Pattern | None:
    """A verb or preposition that takes an abbreviation, then a context or ambiguous one."""
    c = cues()
    prefixes = simplify("".join(c.get("single_prefixes") or []) + "".join(c.get("weak_prefixes") or []))
    echoing = {ch for ch in gz.abbr_context if len(ch) == 1 and ch not in gz.abbr} | {
        ch for ch in gz.abbr_ambiguous if len(ch) == 1}
    if not prefixes or not echoing:
        return None
    return re.compile(f"[{re.escape(prefixes)}][{re.escape(''.join(sorted(echoing)))}]")  # (no look-behind: 3x faster)
