"""Parties named short or by a place: a visit to a city is a visit to its state (访问基辅), and a
one-character abbreviation the linker left alone (向乌提供, 俄对日本采取…) is the state it names
elsewhere in the sentence. Read by `assign` when a clause has no party of its own there."""

from __future__ import annotations

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from ..lexicon import is_word


def _visited_place(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> list[Mention]:
    """访问基辅, 到访金边: a visit to a city or place is a visit to the state it lies in."""
    out = []
    for m in mentions:
        if t1 <= m.start <= t1 + 2 and m.start < clause_end and m.kind == "place" and m.country:
            out.append(Mention(m.start, m.end, m.text, m.country, "state", m.name_zh, m.name_en, m.country, "place",
                               block=m.block))
    return out[:1]


def _abbreviated_subject(text: str, clause_start: int, t0: int, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """俄对日本采取…: the one-character abbreviation that opens the clause, right before 对/向, is its
    subject when the linker left it alone (read as for _abbreviated_recipient)."""
    k = clause_start
    while k < t0 and text[k] in " \u3000":
        k += 1
    if k + 1 < t0 and text[k + 1] in "对向" and (ch := text[k]) in gz.abbr and not any(m.start <= k < m.end for m in mentions) \
            and not is_word(text[k : k + 2]):
        named = {m.country for m in mentions if m.country} & set(gz.abbr[ch])
        if len(named) == 1 or (len(gz.abbr[ch]) == 1 and ch not in gz.abbr_ambiguous):
            sid = next(iter(named)) if named else gz.abbr[ch][0]
            ent = gz.get(sid)
            if ent is not None:
                return [Mention(k, k + 1, ch, ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country, "abbr")]
    return []


def _abbreviated_recipient(text: str, clause_start: int, t0: int, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """向乌提供, 对俄制裁: a one-character abbreviation after 向/对/赴 that the linker left alone, read as
    the state of that abbreviation named elsewhere in the sentence (日乌关系 … 向乌提供)."""
    for k in range(clause_start, t0 - 1):
        if text[k] in "向对赴" and (ch := text[k + 1]) in gz.abbr and not any(m.start <= k + 1 < m.end for m in mentions) \
                and not is_word(text[k + 1 : k + 3]):  # 向中东增派: 中东 is a word, not 中 + 东
            named = {m.country for m in mentions if m.country} & set(gz.abbr[ch])
            if len(named) == 1 or (len(gz.abbr[ch]) == 1 and ch not in gz.abbr_ambiguous):
                sid = next(iter(named)) if named else gz.abbr[ch][0]
                ent = gz.get(sid)
                if ent is not None:
                    return [Mention(k + 1, k + 2, ch, ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country, "abbr")]
    return []
