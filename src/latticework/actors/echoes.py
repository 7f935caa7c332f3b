"""A one-character abbreviation that its sentence has just spelled out (斯里兰卡…对斯, 中巴…在巴).

The matcher takes a lone abbreviation after a verb or preposition only where it is safe on its own
(访华, 对美, 与菲); a context abbreviation (斯, 所), an ambiguous one (巴, 印) or a weak preposition
before it (在, 与, 从) is left. Where the same sentence has named the state before it, by a name
opening with that character (斯里兰卡…批准对斯贷款; only for a context abbreviation, which is no other state's) or, for an
ambiguous one, by the same character in a compound (中巴双方同意加强对在巴中国人员的保护), the
character echoes that state."""

from __future__ import annotations

from ..lexicon import is_word
from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .matcher import cues
from .mention import Mention
from .spans import covered

_STOPS = "。！？；!?;"


def echoed_abbreviations(gz: Gazetteer, text: str, mentions: list[Mention], block_of) -> list[Mention]:
    """The mentions with a compound mention added for each such echo."""
    c = cues()
    prefixes = set(simplify("".join(c.get("single_prefixes") or []) + "".join(c.get("weak_prefixes") or [])))
    out = list(mentions)
    taken: bytearray | None = None
    for m in mentions:
        if m.kind not in STATE_KINDS or not m.country or m.how not in ("gazetteer", "compound"):
            continue
        ch = text[m.start]
        if m.country not in (gz.abbr.get(ch) or []) + (gz.abbr_context.get(ch) or []):
            continue  # (印度尼西亚 opens with 印, which is India's)
        if ch in gz.abbr and (ch not in gz.abbr_ambiguous or m.how != "compound"):
            continue  # 对美, 在菲: the matcher's own; 在中期, 同日: left on purpose; 新加坡…与新时代: a word
        stop = min((k for k in (text.find(p, m.end) for p in _STOPS) if k != -1), default=len(text))
        j = text.find(ch, m.end, stop)
        while j != -1:
            if taken is None:
                taken = covered(text, out)
            if text[j - 1] in prefixes and not taken[j] and not taken[j - 1] and (
                    taken[j + 1] or not (is_word(text[j : j + 2]) or is_word(text[j : j + 3]))):  # (与新时代; 在巴中国人员)
                e = gz.entities[m.country]
                out.append(Mention(j, j + 1, text[j], m.country, e.kind, e.name_zh, e.name_en, m.country, "compound",
                                   block=block_of(j)))
                taken[j] = 1
            j = text.find(ch, j + 1, stop)
    out.sort(key=lambda x: (x.start, x.end))
    return out
