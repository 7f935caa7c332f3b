"""双方/两国 opening a sentence of a paragraph that has just told a two-party happening are those two
parties: 他对中国进行国事访问，…与习近平举行会谈…。双方11日发表联合声明 (the Maldives and China), even when
the linker, which counts only the states named before (the visitor named by a pronoun or by his
name alone), took another pair. Events only: the entity output keeps the linker's reading.

两军 "the two militaries" (两国军队, 双方军队), which the linker does not read, are the last two states the
paragraph named before them (中印两国军队在边境对峙。…同年，两军各自增派兵力: China and India).

三国/四国 (…领导人, …外长, …海军) that the linker left unread, having found no such number of states named
before, are the states of the paragraph's last dated happening when it had exactly that many (澳大利亚重返
“马拉巴尔”联合军演 — the drill's four members —。次年，四国领导人首次举行峰会)."""

from __future__ import annotations

import dataclasses
import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .each_date import _COUNTS
from .model import Event
from .positions import placed_triggers

_PAIR_WORDS = ("双方", "两国", "两国领导人", "双方领导人", "两国元首")
_TWO_FORCES = re.compile(r"两军|两国军队|双方军队")
_OPENING = re.compile(r"[\s\d年月日号，,]*")
# a count of states as a subject (四国, 四国领导人, 三国外长): the count, then an optional title or force
_COUNTED = re.compile(r"([三四五六七八九])国(?=领导人|元首|首脑|外长|防长|部长|海军|军队|代表|政府|官员|[在于将已也均共还并同举发签宣达])")


def paragraph_pair(text: str, s: int, mentions: list[Mention], pair: frozenset | None, gz: Gazetteer) -> list[Mention]:
    """The sentence's mentions, the pair word that opens it standing for the paragraph's last
    two-party happening when the linker's pair shares only one of its states."""
    if not pair or len(pair) != 2 or not all((x := gz.get(k)) is not None and x.kind in STATE_KINDS for k in pair):
        return mentions
    out = []
    for m in mentions:
        if m.how == "coreference" and len(m.refers_to) == 2 and text[m.start : m.end] in _PAIR_WORDS and \
                _OPENING.fullmatch(text, s, m.start) and len(set(m.refers_to) & pair) == 1:
            keep = [k for k in m.refers_to if k in pair]
            m = dataclasses.replace(m, refers_to=keep + [k for k in sorted(pair) if k not in keep])
        out.append(m)
    return out


def two_forces(text: str, s: int, e: int, mentions: list[Mention], block: list[Mention], gz: Gazetteer) -> list[Mention]:
    """The sentence's mentions with each 两军 (两国军队, 双方军队) not inside a name standing for the last
    two states the paragraph named before it, directly or by a person who serves one (拜登与习近平会晤，
    同意恢复两军高层沟通)."""
    if text.find("军", s, e) == -1:
        return mentions
    added = []
    for m in _TWO_FORCES.finditer(text, s, e):
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        pair: list[str] = []
        for x in reversed(block):
            if x.end <= m.start() and (x.kind in STATE_KINDS or x.kind == "person") and x.country and \
                    x.country not in pair and not x.refers_to[1:]:
                pair.append(x.country)
                if len(pair) == 2:
                    break
        if len(pair) == 2:
            first = gz.get(pair[1])
            added.append(Mention(m.start(), m.end(), m.group(), pair[1], "state", first.name_zh if first else pair[1],
                                 first.name_en if first else "", None,
                                 "coreference", refers_to=[pair[1], pair[0]], block=block[0].block))
    return sorted(mentions + added, key=lambda x: (x.start, x.end)) if added else mentions


def counted_parties(text: str, s: int, e: int, mentions: list[Mention], parties: frozenset | None, gz: Gazetteer) -> list[Mention]:
    """The sentence's mentions with each 三国/四国… the linker left unread standing for the states of the
    paragraph's last dated happening (`parties`) when their number is the count."""
    if not parties or text.find("国", s, e) == -1:
        return mentions
    states = sorted(k for k in parties if (x := gz.get(k)) is not None and x.kind in STATE_KINDS)
    added = []
    for m in _COUNTED.finditer(text, s, e):
        if _COUNTS[m.group(1)] != len(states) or any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        first = gz.get(states[0])
        added.append(Mention(m.start(), m.end(), m.group(), states[0], "state", first.name_zh if first else states[0],
                             first.name_en if first else "", None, "coreference", refers_to=list(states),
                             block=mentions[0].block if mentions else 0))
    return sorted(mentions + added, key=lambda x: (x.start, x.end)) if added else mentions


# a pair word opening a clause (，双方…, ；两国…)
_CLAUSE_OPENING = re.compile(r"[，,；;]\s*$")


def clause_pair(text: str, s: int, e: int, found: list[Event], mentions: list[Mention]) -> None:
    """…次日在河内同苏林会谈，双方发表联合声明: 双方 opening a clause right after a clause that tells a
    meeting of two states are those two (Russia, whose president is the carried subject, and Vietnam),
    where the linker, counting the states named before, took another pair (North Korea, named in the
    item before). The events of that clause take the meeting's pair."""
    placed = placed_triggers(text, s, e, found)
    for i, (k, meeting) in enumerate(placed):
        if meeting.type != "CONSULT":
            continue
        parts = {p.key(): p for p in meeting.actors + meeting.recipients if p.kind in STATE_KINDS}
        if len(parts) != 2 or len(meeting.actors + meeting.recipients) != 2:
            continue
        nxt = min((x for x in (text.find(c, k, e) for c in "，,；;。") if x != -1), default=e)
        ref = next((m for m in mentions if nxt <= m.start < e and m.how == "coreference" and len(m.refers_to) == 2
                    and text[m.start : m.end] in _PAIR_WORDS and _CLAUSE_OPENING.search(text, max(s, m.start - 2), m.start)), None)
        if ref is None or _words_between(text, nxt, ref.start) or len(set(ref.refers_to) & set(parts)) != 1:
            continue
        wrong = next(k2 for k2 in ref.refers_to if k2 not in parts)
        right = next(p for key, p in parts.items() if key not in ref.refers_to)
        clause_end = min((x for x in (text.find(c, ref.end, e) for c in "；;。") if x != -1), default=e)
        for k3, ev in placed[i + 1 :]:
            if ref.start <= k3 < clause_end:
                ev.actors = [right if p.key() == wrong else p for p in ev.actors]
                ev.recipients = [right if p.key() == wrong else p for p in ev.recipients]


def _words_between(text: str, a: int, b: int) -> bool:
    """Words other than the clause break stand between the meeting's clause and the pair word."""
    return bool(text[a:b].strip(" ，,；;"))
