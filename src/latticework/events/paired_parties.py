"""Pairs of parties told before 分别/各自/先后/相继 (日本与越南、美国与菲律宾分别签署…): each pair does
the act on its own, one event per pair, as the conventions give one event to parties that act
separately. A list of single parties (A、B分别与C会谈) is the business of `context._separately`."""

from __future__ import annotations

import re

from ..actors.resolve import Mention

# one party, a 与/同/和/跟 and its partner; pairs joined by 、, ，, 以及, 及 or 和; a party may be a
# state's office named by its title alone (越南总理、美国总统…)
_TITLE = r"(?:[\u4e00-\u9fff]{0,4}?(?:总统|总理|首相|外长|外相|防长|部长|领导人|国务卿|元首|主席))?"
_WITH = re.compile(r"\s*" + _TITLE + r"\s*(?:与|同|和|跟)\s*")
_BETWEEN = re.compile(r"\s*" + _TITLE + r"\s*(?:、|，|,|以及|及|和)\s*")
# what may stand between the last pair and the cue (a title: 两国外长, 防长; 已经, 也)
_TAIL = re.compile(r"[^，。；,;、与同和跟及]{0,8}")


def parties_in_pairs(text: str, start: int, cue_at: int, mentions: list[Mention]) -> list[tuple[str, str]] | None:
    """The pairs of the run of mentions that ends right before the cue, when they are told in pairs
    (A与B、C与D); None when they are not, or when there are fewer than two pairs."""
    run = _parties(text, sorted((m for m in mentions if start <= m.start and m.end <= cue_at and (m.country or m.id)),
                                key=lambda m: m.start))
    if len(run) < 4 or len(run) % 2 or not _TAIL.fullmatch(text[run[-1][1] : cue_at]):
        return None
    if not _LEAD.fullmatch(text[start : run[0][0]]):
        return None
    pairs: list[tuple[str, str]] = []
    for i in range(0, len(run), 2):
        (_, a_end, ka), (b_start, b_end, kb) = run[i], run[i + 1]
        if ka == kb or not _WITH.fullmatch(text[a_end:b_start]):
            return None
        if i + 2 < len(run) and not _BETWEEN.fullmatch(text[b_end : run[i + 2][0]]):
            return None
        pairs.append((ka, kb))
    return pairs if len({frozenset(p) for p in pairs}) == len(pairs) else None


# only a time or a connective before the first pair
_LEAD = re.compile(r"[\s\d年月日上中下旬初底同当次翌]*(?:又|也|还|并)?")


def _parties(text: str, run: list[Mention]) -> list[tuple[int, int, str]]:
    """The parties of a run of mentions as (start, end, key): a person named right after their
    state with a title between (日本首相岸田文雄) is one party spanning both."""
    out: list[tuple[int, int, str]] = []
    for m in run:
        key = m.country or m.id
        if out and key == out[-1][2] and not _WITH.fullmatch(text[out[-1][1] : m.start]) \
                and not _BETWEEN.fullmatch(text[out[-1][1] : m.start]):
            out[-1] = (out[-1][0], max(m.end, out[-1][1]), key)
            continue
        out.append((m.start, m.end, key))
    return out
