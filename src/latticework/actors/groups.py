"""The states named together: 美英澳, 美国、英国和澳大利亚 — the antecedent of a later 三国.

Chinese text refers back to a group by its size (两国, 三国, 四国). The group meant is the one the
text named together, as a compound or a coordinated list, more often than the last N states named
one by one (美英澳宣布…，法国召回驻美、驻澳大使…，中方批评三国: the three are 美英澳).
"""

from __future__ import annotations

from .gazetteer import STATE_KINDS

# what may stand between two members of one named group
_JOINERS = ("", "、", "和", "与", "及", "以及", "同", "跟")


def last_group_of(text: str, offset: int, before: list, n: int, own: set) -> tuple[list[str], int] | None:
    """The countries of the last group of exactly `n` states named together before the reference,
    with where the group ends (cleaned-text offset), or None."""
    states = [x for x in before if x.kind in STATE_KINDS and x.country and x.how != "coreference"]
    groups: list[list] = []
    for x in states:
        if groups and text[groups[-1][-1].end - offset : x.start - offset] in _JOINERS:
            groups[-1].append(x)
        else:
            groups.append([x])
    for g in reversed(groups):
        ids: list[str] = []
        for x in g:
            if x.country not in ids:
                ids.append(x.country)
        if len(ids) == n and not (set(ids) & own):
            return ids, g[-1].end
    return None
