"""Agencies named with their state that the gazetteer does not list.

A government agency of one state is an organ mention of that state (gold/entities/GUIDELINES.md,
the lead's decision), and writers name it after the state's full name: 印尼国家抗灾署, 韩国海洋警察厅,
新加坡金融管理局, 澳大利亚信号局. The gazetteer lists the agencies the genre
names most (states_zh.yaml); the rest would leave the state's name alone and cut the name short.
Here a state's full name followed at once by a run of name words that ends in an agency's word
(`state_agencies` in actor_cues.yaml: 总署, 管理局, 信号局, 警察厅…) is one organ mention of the
state. Armed forces are no agencies (美国海军 stays 美国, as the guidelines settle), and neither
are institutions (…研究院, …大学: a state's name inside them is no mention at all).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .gazetteer import STATE_KINDS, simplify
from .matcher import cues
from .mention import Mention

_HAN = re.compile(r"[\u4e00-\u9fff]{1,10}")


@functools.cache
def _agency_cues() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], re.Pattern | None]:
    c = cues().get("state_agencies") or {}
    suffixes = tuple(sorted((simplify(x) for x in c.get("suffixes") or []), key=len, reverse=True))
    not_inside = tuple(simplify(x) for x in c.get("not_inside") or [])
    not_after = tuple(simplify(x) for x in c.get("not_after") or [])
    words_ok = tuple(simplify(x) for x in c.get("words_ok") or [])
    inst = tuple(simplify(x) for x in cues().get("institution_suffixes") or [])
    pat = re.compile("|".join(map(re.escape, suffixes))) if suffixes else None
    return suffixes, not_inside + inst, not_after, words_ok, pat


def state_agencies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`text` is the simplified document text; `mentions` are in text order. A state's full name
    (not an abbreviation, organ or 方-form) right before an unlisted agency's name becomes one organ
    mention spanning both."""
    suffixes, not_inside, not_after, words_ok, pat = _agency_cues()
    if pat is None:
        return mentions
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.kind not in STATE_KINDS or m.how != "gazetteer" or len(m.text) < 2:
            out.append(m)
            continue
        run = _HAN.match(text, m.end)
        hit = _agency(text, m.end, run.group(0), suffixes, (not_inside, words_ok), not_after, pat, starts) if run else None
        out.append(replace(m, end=hit, text=text[m.start : hit], how="organ", role="agency") if hit else m)
    return out


def _agency(text: str, at: int, run: str, suffixes: tuple[str, ...], words: tuple[tuple[str, ...], tuple[str, ...]],
            not_after: tuple[str, ...], pat: re.Pattern, starts: set[int]) -> int | None:
    """The end of the shortest agency name in `run` (read from `at`): no other name starting inside,
    no clause word before the agency's word, the word not opening a longer word (局长, 局势), and
    before a generic word (管理局, 警察: `_GENERIC`) two to eight characters that say what
    the agency does; a specific word (信号局, 港务局, 警察厅) may follow the state's name at once."""
    for found in pat.finditer(run):
        k = found.start()
        sfx = next(s for s in suffixes if run.startswith(s, k))
        if k > 8 or (k < 2 and sfx in _GENERIC):
            continue
        e = k + len(sfx)
        not_inside, words_ok = words
        qualifier = run[:k]
        for w in words_ok:  # 金融行为监管局: 行为 holds 为, but is a word of the name
            qualifier = qualifier.replace(w, "·")
        if sfx.endswith("部"):  # a ministry joins its fields (电子和信息技术部, 海洋与投资统筹部)
            qualifier = qualifier.replace("和", "·").replace("与", "·")
        if any(w in qualifier for w in not_inside) or any(p in starts for p in range(at, at + e)):
            return None
        if text.startswith(not_after, at + e):
            continue  # 局长, 局势: the word goes on
        return at + e
    return None


# agency words that need words before them (美国管理局 is no agency's name; 美国药品管理局 is)
_GENERIC = frozenset(("总署", "总局", "管理署", "管理局", "管理厅", "警察", "海警", "警卫队", "指挥中心", "执法机构",
                      "安全机构"))
