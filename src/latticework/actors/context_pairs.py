"""Pairs with a one-character abbreviation that only the document makes a state's (中斯关系, 美以关系).

Chinese IR prose abbreviates any partner state in a pair with a main abbreviation (中斯 Sri Lanka,
中尼 Nepal, 中所 Solomon Islands, 美以 Israel, 中希 Greece), but those characters are far too common
to be listed as abbreviations (斯, 尼, 所, 以). Such a character (a state's `abbr_context` that is no
`abbr` of any state) is read as the state when it stands in a pair with a main abbreviation, right
before a relation word (`compound.context_pair_followers`), or opening a clause before a verb of a
joint act (`compound.context_pair_acts`: 2022年4月，中所签署…, not 会谈中所达成的共识, where 所 is the
particle), in a document that names the state by its full name; with several candidates (尼: Nepal, Nigeria, Niger) the one named last before it, else
the first named after it. The same character with 方 before a word of stance (斯方表示, 希方愿意)
is that state's 方-form on the same condition. A 两国/双方 after such a pair in its sentence (中所两国,
中基复交后，两国…) counts the pair: coreference ran before the pair was known and took the last two
states named instead."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import is_word
from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .matcher import cues
from .mention import Mention, sort_spans, start_sorted
from .spans import Taken, sentence_stop

_NAMING = ("gazetteer", "organ", "metonym", "latin")
# what a pair opening a clause may stand after: punctuation, or the end of a date (2022年4月，中所签署; 5日中斯发表)
_OPENERS = "，。；：、！？\\s年月日"


def context_pairs(gz: Gazetteer, text: str, mentions: list[Mention], block_of) -> list[Mention]:
    """The mentions with both characters of each such pair added as compound mentions."""
    ctx = {ch: ids for ch, ids in gz.abbr_context.items() if len(ch) == 1 and ch not in gz.abbr}
    followers = [simplify(f) for f in (cues().get("compound") or {}).get("context_pair_followers") or []]
    named = sorted((m.start, m.country) for m in mentions if m.how in _NAMING and m.kind in STATE_KINDS and m.country)
    if not ctx or not followers or not named:
        return mentions
    main = "".join(ch for ch in gz.abbr if ch not in gz.abbr_ambiguous) + "华" + _topic_abbreviations(gz, mentions)
    acts = [simplify(f) for f in (cues().get("compound") or {}).get("context_pair_acts") or []]
    rx = pair_pattern(main, "".join(ctx), followers, acts)
    taken = Taken(start_sorted(mentions))
    out = list(mentions)
    pairs: dict[int, list[str]] = {}  # end of a pair -> its two states, in order
    for m in rx.finditer(text):
        s = m.start()
        if taken.any(s, s + 2) or (s > 0 and text[s - 1] in ctx):
            continue
        k = s if text[s] in ctx else s + 1
        state = _named_state(ctx[text[k]], named, k)
        if state is None:
            continue
        ids = {}
        for i, sid in ((k, state), (2 * s + 1 - k, gz.abbr.get(text[2 * s + 1 - k], [None])[0] or "CHN")):
            e = gz.entities[sid]
            out.append(Mention(i, i + 1, text[i], sid, e.kind, e.name_zh, e.name_en, sid, "compound", block=block_of(i)))
            taken.mark(i, i + 1)
            ids[i] = sid
        pairs[s + 2] = [ids[s], ids[s + 1]]
    if pairs:
        states = sorted(x.start for x in out if x.kind in STATE_KINDS and x.how != "coreference")
        out = [_pair_reference(x, pairs, text, states) for x in out]
    # (an ambiguous abbreviation whose 方-form the data does not list is one on the same condition:
    # 老挝…老方感谢, 土耳其…土方支持; not 老方法, 土方工程, which no stance word follows)
    loose = {ch: gz.abbr[ch] for ch in gz.abbr_ambiguous if ch in gz.abbr and ch + "方" not in gz.aliases}
    out.extend(_context_fangs(gz, text, {**loose, **ctx}, named, taken, block_of))
    sort_spans(out)
    return out


def _topic_abbreviations(gz: Gazetteer, mentions: list[Mention]) -> str:
    """Ambiguous abbreviations (印: India, but also the head of 印尼, 印太) that stand for their first
    state in a pair (印斯签署…) where the document names that state in full more than once."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.how == "gazetteer" and m.kind in STATE_KINDS and m.country and len(m.text) > 1:
            counts[m.country] = counts.get(m.country, 0) + 1
    return "".join(ch for ch in gz.abbr_ambiguous if len(ch) == 1 and ch in gz.abbr and len(gz.abbr[ch]) == 1
                   and counts.get(gz.abbr[ch][0], 0) >= 2 and not any(counts.get(c) for c in gz.abbr_context.get(ch, [])))


def _pair_reference(m: Mention, pairs: dict[int, list[str]], text: str, states: list[int]) -> Mention:
    """A two-party reference (两国, 双方) after such a pair in its sentence, with no state named in
    between (中所两国, 中基复交后，两国…), is that pair."""
    if m.how != "coreference" or len(m.refers_to) != 2:
        return m
    stop = sentence_stop(text, m.start)
    end = max((e for e in pairs if stop < e - 2 and e <= m.start), default=None)
    if end is None or pairs[end][0] == pairs[end][1] or any(end <= s < m.start for s in states):
        return m
    ids = pairs[end]
    return replace(m, id=ids[0], refers_to=list(ids), country=None)


def _context_fangs(gz: Gazetteer, text: str, ctx: dict[str, list[str]], named: list[tuple[int, str]],
                   taken: Taken, block_of) -> list[Mention]:
    """希方表示, 斯方愿意: a context character with 方 before a word of stance, or after a comitative
    before a joint act or a list (同土方和联合国签署, 与希方共同举办), where the text names the state (not
    南方国家, 比方说, 东南方: no stance word, or the character ends a word before it)."""
    verbs = [simplify(v) for v in (cues().get("compound") or {}).get("context_fang_followers") or []]
    if not verbs:
        return []
    rx = fang_pattern("".join(ctx), verbs)
    out = []
    for m in rx.finditer(text):
        s = m.start()
        if taken.any(s, s + 2) or (s > 0 and is_word(text[s - 1 : s + 1])) or gz.aliases.get(text[s : s + 2]):
            continue
        state = _named_state(ctx[text[s]], named, s)
        if state is None:
            continue
        e = gz.entities[state]
        out.append(Mention(s, s + 2, text[s : s + 2], state, e.kind, e.name_zh, e.name_en, state, "fang",
                           role="government", block=block_of(s)))
        taken.mark(s, s + 2)
    return out


def pair_pattern(main: str, context: str, followers: list[str], acts: list[str]) -> re.Pattern:
    """A main and a context character, either way round, before a relation word, or opening a clause
    (after punctuation or a date) before a joint act. (Written to open with a class of characters,
    the opener looked behind from the pair's end: a pattern opening with a look-behind is tried at
    every position and took ten times as long to scan the same text.)"""
    a, c = re.escape(main), re.escape(context)
    pair = f"[{a}{c}](?:(?<=[{a}])[{c}]|(?<=[{c}])[{a}])"
    # (the pair may be dated before its word: 台诺于1980年建交, 中所于2019年9月签署, 台索于同年断交)
    dated = r"(?:于(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|同年|当年|次年|翌年|同月|同日|当天))?"
    opening = f"|(?:(?<=^..)|(?<=[{_OPENERS}]..))(?={dated}(?:{'|'.join(map(re.escape, acts))}))" if acts else ""
    return re.compile(f"{pair}(?:(?={dated}(?:{'|'.join(map(re.escape, followers))})){opening})", re.M)


def fang_pattern(context: str, verbs: list[str]) -> re.Pattern:
    """A context character with 方 before a word of stance, or after a comitative before a joint act
    or a list (分别同土方和联合国签署, 与希方共同举办); the comitative is looked behind from after 方, so
    that the pattern opens with a class of characters (fast to scan)."""
    chars = re.escape(context)
    return re.compile(f"[{chars}]方(?:(?={'|'.join(map(re.escape, verbs))})"
                      f"|(?<=[同与跟]..)(?=[和及与、，。；,;]|签|举行|达成|发表|共同|一道|进行|会谈|会晤)"
                      # (the one a demand is made of: 要求诺方关闭使馆, 敦促图方撤回)
                      f"|(?<=要求..|敦促..|促请..))")


def _named_state(candidates: list[str], named: list[tuple[int, str]], k: int) -> str | None:
    before = [sid for pos, sid in named if pos < k and sid in candidates]
    if before:
        return before[-1]
    return next((sid for pos, sid in named if sid in candidates), None)


_PAIR_COUNTS = ("两国", "双方")


def pair_counted(text: str, mentions: list[Mention]) -> list[Mention]:
    """中意两国, 中美双方: a count right after a pair of one-character abbreviations stands for that pair,
    not for the last two states named before (the pair may be read only after the count was resolved,
    as context pairs are)."""
    ends = {m.end: m for m in mentions if m.kind in STATE_KINDS and m.end - m.start == 1 and m.country}
    for m in mentions:
        if m.how != "coreference" or len(m.refers_to) != 2 or text[m.start : m.end] not in _PAIR_COUNTS:
            continue
        second = ends.get(m.start)
        first = ends.get(second.start) if second is not None else None
        if first is None or second is None or first.country == second.country:
            continue
        pair = [first.country or "", second.country or ""]  # (both are states: `ends` holds those with a country)
        if set(pair) != set(m.refers_to):
            m.refers_to = pair
            m.id = pair[0]
            m.country = pair[0] if m.country is not None else None
    return mentions
