"""The organs a treaty sets up, named after the treaty: 《联合国气候变化框架公约》第三十届缔约方大会,
《生物多样性公约》第十五次缔约方大会, RCEP联合委员会, 《不扩散核武器条约》审议大会.

A treaty is no body, so the organ suffixes that make 东盟秘书处 an organ of ASEAN (`derived.py`)
do not apply to it. Chinese prose still names a treaty's conference of the parties, joint
committee or secretariat by the treaty's name and the organ word, often past the closing 》 and
a session number. The organ is a mention of its own (the gazetteer's record when the treaty has a
child of that name, else a discovered one named after the treaty); when the organ word follows
the title past 》 or a session number, the treaty stays a mention of its own and the organ is the
organ word, as the gold guidelines keep a name and what follows its 》 apart. An acronym in
brackets right after the organ (（COP30）) is its gloss, not a second mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, simplify
from .matcher import cues
from .mention import by_span, span_sorted

if TYPE_CHECKING:
    from .resolve import Mention

_DOCUMENT = "agreement"
# the closing 》 and a session number between the treaty and its organ (》第三十届, 第30次)
_SESSION = re.compile(r"》?\s*(?:第\s*[0-9一二三四五六七八九十百]{1,5}\s*[届次屆])?\s*")
_FOUNDING = ("建立", "设立", "成立", "筹建", "组建", "建立 ", "设立 ", "成立 ")
_GLOSS = re.compile(r"\s*[（(]\s*[A-Za-z][A-Za-z0-9 .\-]{0,20}[）)]")


class TreatyOrgans:
    """Finds the organs named after a treaty mention (cue `treaty_organs`)."""

    def __init__(self, gz: Gazetteer):
        self.gz = gz
        words = (cues().get("treaty_organs") or [])
        self.words = tuple(sorted({simplify(w) for w in words}, key=len, reverse=True))
        self.founded_only = {simplify(w) for w in (cues().get("treaty_organs_not_after_founding") or [])}
        self.children = self._children()

    def _children(self) -> dict[tuple[str, str], str]:
        """(treaty id, organ word) -> the gazetteer's organ record (unfccc, 缔约方大会 -> unfccc-cop)."""
        out: dict[tuple[str, str], str] = {}
        for e in self.gz.entities.values():
            parent = self.gz.get(e.parent) if e.parent else None
            if parent is None or parent.kind != _DOCUMENT:
                continue
            for n in (e.name_zh, *e.names):
                w = next((w for w in self.words if simplify(n).endswith(w)), None)
                if w is not None:
                    out.setdefault((parent.id, w), e.id)
        return out

    def apply(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`text` is the simplified document text; returns the mentions with the organs added."""
        if not self.words:
            return mentions
        out = span_sorted(mentions)
        starts = {x.start: x for x in out}
        add: list[Mention] = []
        drop: set[int] = set()
        for m in out:
            if m.kind != _DOCUMENT or m.how == "coreference":
                continue
            gap = _SESSION.match(text, m.end)
            k = gap.end() if gap else m.end
            word = next((w for w in self.words if text.startswith(w, k)), None)
            if word is None or text.startswith(("长", "员", "委员"), k + len(word)):
                continue  # 秘书处长, 委员会委员: a title, not the organ
            if (inside := starts.get(k)) is not None and inside.end > k + len(word):
                continue  # a longer name starts here
            if word in self.founded_only and text.endswith(_FOUNDING, max(0, m.start - 6), m.start):
                continue  # 推动尽快建立RCEP秘书处: a secretariat still to be set up (the seed gold reads RCEP)
            oid, okind, ozh, oen, ohow = self._organ(m, word)
            glued = k == m.end
            s, e = (m.start, k + len(word)) if glued else (k, k + len(word))
            new = replace(m, start=s, end=e, text=text[s:e], refers_to=[], country=None, id=oid, kind=okind,
                          name_zh=ozh, name_en=oen, how=ohow)
            if glued:
                drop.add(id(m))
            drop |= {id(x) for x in out if x is not m and s <= x.start < e}
            if (g := _GLOSS.match(text, e)) is not None:
                drop |= {id(x) for x in out if e < x.start and x.end <= g.end() and x.text.isascii()}
            add.append(new)
        if not add:
            return mentions
        kept = [x for x in out if id(x) not in drop]
        return sorted(kept + add, key=by_span)

    def _organ(self, treaty: Mention, word: str) -> tuple[str, str, str, str, str]:
        """The organ's id, kind, names and how it was found (it stands for no state: `country` is None)."""
        child = self.children.get((treaty.id, word))
        e = self.gz.get(child) if child else None
        if e is not None:
            return e.id, e.kind, e.name_zh, e.name_en, "gazetteer"
        name = simplify(treaty.name_zh or treaty.text) + word
        return f"x:{name}", "organisation", name, "", "discovered"
