"""The states named together: 美英澳, 美国、英国和澳大利亚 — the antecedent of a later 三国,
这些国家, 前者/后者.

Chinese text refers back to a group by its size (两国, 三国, 四国). The group meant is the one the
text named together, as a compound or a coordinated list, more often than the last N states named
one by one (美英澳宣布…，法国召回驻美、驻澳大使…，中方批评三国: the three are 美英澳).
"""

from __future__ import annotations

from .gazetteer import STATE_KINDS

# what may stand between two members of one named group
_JOINERS = ("", "、", "和", "与", "及", "以及", "同", "跟")
# what may open the clause a group is the subject of (在东南亚，菲律宾与越南…)
_CLAUSE_OPENERS = "，。；：！？,;:\n"


def groups_of(text: str, offset: int, before: list) -> list[tuple[list[str], int, int]]:
    """The runs of states named together before a reference: (countries in order, start, end),
    offsets in the cleaned text."""
    states = [x for x in before if x.kind in STATE_KINDS and x.country and x.how != "coreference"]
    runs: list[list] = []
    for x in states:
        if runs and text[runs[-1][-1].end - offset : x.start - offset] in _JOINERS:
            runs[-1].append(x)
        else:
            runs.append([x])
    out = []
    for g in runs:
        ids: list[str] = []
        for x in g:
            if x.country not in ids:
                ids.append(x.country)
        out.append((ids, g[0].start, g[-1].end))
    return out


def last_group_of(text: str, offset: int, before: list, n: int, own: set) -> tuple[list[str], int] | None:
    """The countries of the last group of exactly `n` states named together before the reference,
    with where the group ends (cleaned-text offset), or None."""
    for ids, _, end in reversed(groups_of(text, offset, before)):
        if len(ids) == n and not (set(ids) & own):
            return ids, end
    return None


def subject_group(text: str, offset: int, before: list, limit: int) -> list[str] | None:
    """The group of two or more states a plural reference (这些国家, 上述国家) takes back: the last
    one that opens its clause (汶莱、柬埔寨与老挝等…表示，这些国家…), failing that the last one, if it
    ends after `limit` (cleaned-text offset: the paragraph or the sentence before)."""
    groups = [g for g in groups_of(text, offset, before) if len(g[0]) >= 2 and g[2] - offset >= limit]
    for ids, start, _ in reversed(groups):
        i = start - offset
        if i == 0 or text[i - 1] in _CLAUSE_OPENERS:
            return ids
    return groups[-1][0] if groups else None
