"""Documents named after the city where they were agreed (明斯克协议, 河内联合声明, 维也纳公约), and
offices named after the city they sit in (北约东京联络处).

A city (a capital or a listed place) right before a document's word is the first half of that
document's name, not the government it would stand for (明斯克 is no Belarus in 明斯克协议) nor a
venue; outside 《》 the gazetteer would otherwise report the city alone. The document is
discovered (`x:` id) unless the gazetteer lists it, which the automaton's longest match already
covers (曼谷宣言, 金边声明).
"""

from __future__ import annotations

from .gazetteer import simplify
from .mention import Mention


_VERB_NEXT = frozenset("，,：:称将已")
_NOT_IN_TITLE = frozenset("和与及或的了在于是、")


class CityDocuments:
    """Looks, after one city's hit, for a document word that makes the city part of a title."""

    def __init__(self, c: dict):
        table = c.get("city_document_suffixes") or {}
        self.suffixes: list[tuple[str, str]] = sorted(
            ((simplify(s), kind) for kind, sfxs in table.items() for s in sfxs), key=lambda x: len(x[0]), reverse=True)
        self.first = frozenset(s[0] for s, _ in self.suffixes)
        self.verbs = tuple(simplify(v) for v in c.get("city_document_verbs") or [])
        self.offices = tuple(simplify(v) for v in c.get("city_office_words") or [])

    def office(self, text: str, e: int) -> bool:
        """北约东京联络处, 世界银行北京代表处: the city names where a body's office sits, no government."""
        return text.startswith(self.offices, e)

    def after(self, text: str, s: int, e: int, block: int, offset: int) -> Mention | None:
        """The document named `text[s:e]` + a document word, or None (cheap: one character looked up)."""
        if text[e : e + 1] not in self.first:
            return None
        sfx, kind = next(((x, k) for x, k in self.suffixes if text.startswith(x, e)), ("", ""))
        if not sfx:
            return None
        if sfx in self.verbs and (text[s - 1 : s] in ("在", "于") or text[e + len(sfx) : e + len(sfx) + 1] in _VERB_NEXT):
            return None  # 在北京声明…, 华盛顿声明称…: 声明 is the verb of a clause
        end = self._chained(text, e + len(sfx))
        name = text[s:end]
        return Mention(offset + s, offset + end, name, f"x:{name}", kind, name, "", None, "discovered",
                       block=block)

    def _chained(self, text: str, end: int) -> int:
        """维也纳条约法公约: a document's word followed, within three characters of a name, by another
        is one title; a function word or punctuation between them ends it (北京宣言和东京宣言)."""
        for k in range(end, min(end + 4, len(text))):
            if k > end and (text[k - 1] in _NOT_IN_TITLE or not "\u4e00" <= text[k - 1] <= "\u9fff"):
                return end
            if text[k] in self.first:
                sfx = next((x for x, _ in self.suffixes if text.startswith(x, k)), None)
                if sfx is not None:
                    return k + len(sfx)
        return end
