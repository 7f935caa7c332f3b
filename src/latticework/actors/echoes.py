"""A one-character abbreviation that its sentence has just spelled out (斯里兰卡…对斯, 中巴…在巴).

The matcher takes a lone abbreviation after a verb or preposition only where it is safe on its own
(访华, 对美, 与菲); a context abbreviation (斯, 所), an ambiguous one (巴, 印) or a weak preposition
before it (在, 与, 从) is left. Where the same sentence has named the state before it, by a name
opening with that character (斯里兰卡…批准对斯贷款; only for a context abbreviation, which is no other state's) or, for an
ambiguous one, by the same character in a compound (中巴双方同意加强对在巴中国人员的保护), the
character echoes that state."""

from __future__ import annotations

import re
from operator import attrgetter

from ..lexicon import is_word
from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .matcher import cues
from .mention import Mention
from .spans import covered

_STOP = re.compile("[。！？；!?;]")
_NAMING = ("gazetteer", "compound")


def echoed_abbreviations(gz: Gazetteer, text: str, mentions: list[Mention], block_of) -> list[Mention]:
    """The mentions with a compound mention added for each such echo."""
    c = cues()
    prefixes = set(simplify("".join(c.get("single_prefixes") or []) + "".join(c.get("weak_prefixes") or [])))
    abbr, ambiguous, context = gz.abbr, gz.abbr_ambiguous, gz.abbr_context
    echoing = {ch for ch in context if ch not in abbr} | set(ambiguous)
    out = list(mentions)
    taken: bytearray | None = None
    for m in mentions:
        ch = text[m.start]
        if ch not in echoing or m.how not in _NAMING or not m.country or m.kind not in STATE_KINDS:
            continue
        if ch in abbr:  # 对美, 在菲: the matcher's own; 在中期, 同日: left on purpose; 新加坡…与新时代: a word
            if ch not in ambiguous or m.how != "compound" or m.country not in abbr[ch] + context.get(ch, []):
                continue
        elif m.country not in context.get(ch, ()):
            continue  # (印度尼西亚 opens with 印, which is India's)
        stop = _STOP.search(text, m.end)
        stop = stop.start() if stop else len(text)
        j = text.find(ch, m.end, stop)
        while j != -1:
            if text[j - 1] in prefixes and taken is None:
                taken = covered(text, out)
            if text[j - 1] in prefixes and not taken[j] and not taken[j - 1] and (
                    taken[j + 1] or not (is_word(text[j : j + 2]) or is_word(text[j : j + 3]))):  # (与新时代; 在巴中国人员)
                e = gz.entities[m.country]
                out.append(Mention(j, j + 1, text[j], m.country, e.kind, e.name_zh, e.name_en, m.country, "compound",
                                   block=block_of(j)))
                taken[j] = 1
            j = text.find(ch, j + 1, stop)
    if len(out) > len(mentions):
        out.sort(key=attrgetter("start", "end"))
    return out
