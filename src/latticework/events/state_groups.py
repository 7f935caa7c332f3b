"""Groups of states named by region and size (中亚五国, 湄公河国家): for events only, a mention
that stands for each member, so 拜登与中亚五国元首举行峰会 has the five as parties. The entity
output is unchanged (the gold does not annotate regions); the groups are data
(`data/lexicon/state_groups.yaml`, which names its sources)."""

from __future__ import annotations

import bisect
import functools
from importlib import resources

import ahocorasick_rs
import yaml

from ..actors.gazetteer import Gazetteer
from ..actors.mention import Mention
from ..clean import CleanDoc


@functools.cache
def _groups() -> tuple[dict[str, list[str]], ahocorasick_rs.AhoCorasick | None]:
    raw = yaml.safe_load(resources.files("latticework.data.lexicon").joinpath("state_groups.yaml").read_text("utf-8"))
    groups: dict[str, list[str]] = dict((raw or {}).get("groups") or {})
    words = sorted(groups)
    return groups, (ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if words else None)


def with_state_groups(doc: CleanDoc, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """The mentions, plus one per group noun that no linked name covers (not the 中亚五国 inside
    美国—中亚五国外长会晤机制), standing for every member state."""
    groups, ac = _groups()
    if ac is None:
        return mentions
    text = doc.simplified
    starts = [b.start for b in doc.blocks]
    # (the linker's own mention of the count, 五国 in 中亚五国, gives way to the group noun's)
    spans = sorted((m.start, m.end) for m in mentions if not _count_inside_group(m, text))
    added: list[Mention] = []
    for _, s, e in ac.find_matches_as_indexes(text):
        if any(a < e and s < b for a, b in spans):
            continue
        members = groups[text[s:e]]
        first = gz.get(members[0])
        block = max(0, bisect.bisect_right(starts, s) - 1)
        added.append(Mention(s, e, text[s:e], members[0], "state", first.name_zh if first else members[0],
                             first.name_en if first else members[0], members[0], "coreference",
                             refers_to=list(members), block=block))
    if not added:
        return mentions
    covered = [(a.start, a.end) for a in added]
    kept = [m for m in mentions if not (_count_inside_group(m, text) and any(a <= m.start and m.end <= b for a, b in covered))]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _count_inside_group(m: Mention, text: str) -> bool:
    """The linker's mention of a group's count (五国 of 中亚五国: its members, ent14)."""
    return m.how == "coreference" and len(m.refers_to) >= 3 and text[m.start : m.end].endswith(("国", "國"))
