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
from .spans import last_of

_STOPS = "。！？；!?;"
# after a weak preposition (在, 从), a word of place or stay makes the character the state (在斯北部, 在马期间)
_PLACE_AFTER = re.compile(r"北部|南部|东部|西部|中部|境内|国内|期间|各地|全境")
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
    topics: dict[str, int] | None = None  # states the document names in full, and how often (counted once)
    strong = gz.derived("echo_strong_prefixes", lambda: set(simplify("".join(cues().get("single_prefixes") or []))))
    for j in spots:
        ch = text[j]
        if taken(j) or taken(j - 1) or not (taken(j + 1) or not (is_word(text[j : j + 2]) or is_word(text[j : j + 3]))):
            continue  # (与新时代; 在巴中国人员: 巴中 is a word, but 中国 is a mention)
        lo = max(0, j - _REACH)  # (a sentence is searched back this far at most, not to the text's start)
        stop = max(lo, last_of(text, _STOPS, j, lo) + 1)
        found = False
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
            found = True
            break
        if found or not (text[j - 1] in strong or _PLACE_AFTER.match(text, j + 1)):
            continue
        # 驻马军事人员, 在斯北部 in a document about the Maldives or Sri Lanka: the one state of the
        # character the document names in full more than once, the others of it never
        if topics is None:
            topics = {}
            for m in mentions:
                if m.how == "gazetteer" and m.kind in STATE_KINDS and m.country and len(m.text) > 1:
                    topics[m.country] = topics.get(m.country, 0) + 1
        # (only a character that abbreviates the state in context: an ambiguous main abbreviation, 印 or
        # 新, opens too many words after 对 (对印太地区, 应对新的挑战), and its main state must go unnamed)
        named = [c for c in context.get(ch, []) if topics.get(c)]
        if len(named) == 1 and topics[named[0]] >= 2 and named[0] in gz.entities and not any(
                topics.get(c) for c in abbr.get(ch, [])):
            e = gz.entities[named[0]]
            out.append(Mention(j, j + 1, ch, named[0], e.kind, e.name_zh, e.name_en, named[0], "compound", block=block_of(j)))
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
