"""Whose 我国 it is: the author's own country, which is Taiwan in text written from Taiwan.

Chinese IR literature says 我国/我方 for the author's country. Mainland text means China; Taiwan's
government, press and think tanks mean Taiwan, and they write in traditional script with their own
terms for the other side (中共, 对岸, 国军, 立法院…), listed in `actor_cues.yaml` (`taiwan_voice`).
"""

from __future__ import annotations

import bisect
import functools
import re

import ahocorasick_rs

from ..clean import CleanDoc
from .matcher import cues
from .mention import sort_spans, start_sorted
from .spans import Taken, last_of, sentence_stop


def own_state(doc: CleanDoc) -> str | None:
    """TWN when the document is written from Taiwan, MYS or SGP when it is Malaysian or Singaporean
    press (that press's own terms: 布城, 希盟…; 狮城, 组屋…), else None (the default self-reference
    holds: China's, in mainland and Hong Kong text alike).

    Script alone does not decide: Hong Kong's press writes traditional script and its 我國 is China;
    a mainland text may be converted to traditional script. So traditional text is Taiwan's only
    when Taiwan's own terms outnumber the mainland's (`mainland_voice`: 党中央, 十四五…) and Hong Kong's
    do not mark it; a Malaysian or Singaporean paper is found by its terms in either script."""
    text = doc.simplified
    press = _press_voice(text)
    if not doc.is_traditional or press is not None:
        return press
    conf = cues().get("taiwan_voice") or {}
    if not conf or hong_kong_voice(doc):
        return None
    found = cue_count(text, conf.get("cues") or [])
    mainland = cues().get("mainland_voice") or {}
    if mainland and found <= cue_count(text, mainland.get("cues") or []):
        return None  # (mainland prose in traditional script: 党中央, “十四五”规划… as often as 中共, 陆方)
    return conf.get("state") if found >= int(conf.get("min", 2)) else None


def _press_voice(text: str) -> str | None:
    """The state whose press cues (`press_voices` in the cues) the text holds most, at least `min`
    of them, and more than any other's."""
    counts = sorted(((cue_count(text, v.get("cues") or []), v.get("state"), int(v.get("min", 2)))
                     for v in cues().get("press_voices") or []), reverse=True)
    if not counts or counts[0][0] < counts[0][2] or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def cue_count(text: str, words: list[str]) -> int:
    """How many of `words` occur in `text` where a word starts: an occurrence whose first character
    ends a word with the character before it does not count (国军 in 美国军方, 陆方 in 大陆方面, 内地 in
    国内地区). (The end is not tested: a name runs on into any word, as 黄循财 in 黄循财会谈.) One
    automaton pass over the text rather than one search of the whole text per word."""
    from ..lexicon import is_word

    if not words or not all(words):
        return sum(1 for w in words if w in text)
    found = occurrences(text, tuple(words))
    return sum(1 for w in words if any(not (k and is_word(text[k - 1 : k + 1])) for k in found.get(w, ())))


def occurrences(text: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    """Every start of each of `words` in `text`, in order, overlapping ones too (those that
    `text.find(w, k)` reaches from any k), from one automaton pass instead of one search of the whole
    text per word (most words of a list are absent, and each search of an absent one reads it all)."""
    if not all(words):
        raise ValueError("an empty word occurs everywhere")
    patterns = list(dict.fromkeys(words))  # (as `_cue_finder` builds its automaton)
    out: dict[str, list[int]] = {}
    for i, s, _ in _cue_finder(words).find_matches_as_indexes(text, overlapping=True):
        out.setdefault(patterns[i], []).append(s)
    for starts in out.values():
        starts.sort()  # (reported by their ends)
    return out


@functools.cache
def _cue_finder(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """An automaton reporting every occurrence of every word (built once per list of cues)."""
    return ahocorasick_rs.AhoCorasick(list(dict.fromkeys(words)), matchkind=ahocorasick_rs.MatchKind.Standard)


def voice_organs(text: str, offset: int, block: int, mentions: list, state: str) -> list:
    """外交部, 經濟部, 民航局 named bare in text written from Taiwan are Taiwan's own organs (as 国会
    in a text about the US is the US Congress): one organ mention of the author's state each. A
    form after a state's one-character abbreviation (日外交部) or inside a known name is left alone.
    Taiwan's words for the PLA and its craft (共军, 共机, 共舰) are the PRC's military."""
    from .gazetteer import simplify
    from .resolve import Mention

    voice = cues().get("taiwan_voice") or {}
    conf = voice.get("organs") or {}
    if not conf:
        return []
    forces = {simplify(k): v for k, v in (voice.get("other_side_forces") or {}).items()}
    # 中共外交部, 對岸國防部: the other side's organ, named with Taiwan's word for the PRC
    other = {simplify(k): v for k, v in (voice.get("other_side") or {}).items()}
    prc = next(iter(other.values()), "CHN")
    abbr = set(cues().get("extra_abbr") or {}) | set("美日中韩俄英法德澳印越菲泰朝")
    taken = [(m.start - offset, m.end - offset) for m in mentions]
    out = []
    words = [(simplify(k), v) for k, v in conf.items()] + list(forces.items())
    for word, role in sorted(words, key=lambda x: len(x[0]), reverse=True):
        k = text.find(word)
        while k != -1:
            e = k + len(word)
            if word in forces and k > 0 and text[k - 1] in "公中":
                k = text.find(word, e)
                continue  # 公共机构: no craft; 中共军机: 中共 (no mention) + 军机
            if all(e <= a or k >= b for a, b in taken) and not (k > 0 and text[k - 1] in abbr) \
                    and text[e : e + 1] not in ("长", "次"):  # 財政部長: a title, no organ mention
                owner = prc if word in forces else next((v for p, v in other.items() if text[max(0, k - len(p)) : k] == p), state)
                owner = _spokesperson_state(text, e, offset, mentions) or owner  # 外交部發言人毛寧: China's
                out.append(Mention(offset + k, offset + e, word, owner, "organ", word, "", owner, "organ", role=role,
                                   block=block))
                taken.append((k, e))
            k = text.find(word, e)
    return out


_NOT_OWN_NAME = re.compile(r"\s*(?:\d|[一二三四五六七八九十〇零]+年|元年|初年|时期|时代|成立|建立|肇建)")


def own_names(text: str, offset: int, block: int, mentions: list, state: str) -> list:
    """中華民國 in text written from Taiwan is Taiwan (`own_names` of the Taiwan voice cues): a state
    mention of the author's state where no other mention covers it, unless a year or the historical
    period follows (中華民國113年, 中華民國時期)."""
    from .resolve import Mention

    names = (cues().get("taiwan_voice") or {}).get("own_names") or []
    taken = [(m.start - offset, m.end - offset) for m in mentions]
    out = []
    for word in names:
        k = text.find(word)
        while k != -1:
            e = k + len(word)
            if all(e <= a or k >= b for a, b in taken) and not _NOT_OWN_NAME.match(text, e):
                if text.startswith("政府", e):  # 中華民國政府: one organ mention, as 日本政府
                    out.append(Mention(offset + k, offset + e + 2, text[k : e + 2], state, "economy", word, "", state, "organ",
                                       role="government", block=block))
                else:
                    out.append(Mention(offset + k, offset + e, word, state, "economy", word, "", state, "gazetteer", block=block))
            k = text.find(word, e)
    return out


def _spokesperson_state(text: str, e: int, offset: int, mentions: list) -> str | None:
    """The state of the listed person named right after an organ's 发言人 or 新闻发言人 at `e`."""
    for w in ("新闻发言人", "发言人"):
        if text.startswith(w, e):
            who = next((m for m in mentions if m.start - offset == e + len(w) and m.kind == "person"
                        and m.how != "discovered" and m.country), None)
            return who.country if who is not None else None
    return None


def hong_kong_voice(doc: CleanDoc) -> bool:
    """Whether the document is written from Hong Kong (traditional script with Hong Kong's own
    terms: 本港, 特區政府, 立法會…; `hong_kong_voice` in the cues)."""
    conf = cues().get("hong_kong_voice") or {}
    if not conf or not doc.is_traditional:
        return False
    text = doc.simplified
    return cue_count(text, conf.get("cues") or []) >= int(conf.get("min", 2))


def hong_kong_abbreviations(text: str, mentions: list, block_of, prefixed: bool = True) -> list:
    """來港, 訪港, 在港設立 in text written from Hong Kong (`prefixed`): 港 is Hong Kong (as 来华, 访美 are
    China and the US), unless 港 opens a word (在港口, 抵港湾) or stands in a known name; in any text,
    港 before a noun of its people or firms (港人, 港商) is Hong Kong too."""
    from .gazetteer import simplify

    conf = cues().get("hong_kong_voice") or {}
    return _voice_abbreviation(text, mentions, block_of, "港", "HKG", set(conf.get("abbr_prefixes") or "") if prefixed else set(),
                               tuple(simplify(x) for x in conf.get("abbr_heads") or ()))


def mainland_abbreviations(text: str, mentions: list, block_of) -> list:
    """赴陸, 訪陸, 對陸政策 in text written from Taiwan: 陸 is mainland China (the PRC), as 陸方 is its
    方-form there, unless 陸 opens a word (陸續, 陸軍, 陸地, 對陸上目標)."""
    conf = cues().get("taiwan_voice") or {}
    return _voice_abbreviation(text, mentions, block_of, "陆", "CHN", set(conf.get("mainland_abbr_prefixes") or ""))


def _voice_abbreviation(text: str, mentions: list, block_of, ch: str, state: str, prefixes: set[str],
                        heads: tuple[str, ...] = ()) -> list:
    """The mentions with `ch` after one of `prefixes`, or before one of `heads` (港人, 港商: its people
    and firms) where it ends no word with the character before it (not 军港人员), added as a compound
    mention of `state`."""
    from ..lexicon import is_word
    from .gazetteer import default_gazetteer
    from .resolve import Mention

    if not (prefixes or heads) or ch not in text:
        return mentions
    taken: list[tuple[int, int]] | None = None  # (the spans, sorted once a candidate is found: most texts have none)
    out = list(mentions)
    e = default_gazetteer().entities[state]
    k = text.find(ch, 1)
    while k != -1:
        after_prefix = text[k - 1] in prefixes and not is_word(text[k : k + 2]) and not is_word(text[k - 1 : k + 1] + text[k + 1 : k + 2])
        before_head = bool(heads) and text.startswith(heads, k + 1) and not is_word(text[k - 1 : k + 1]) \
            and not is_word(text[k + 1 : k + 3])  # (深圳港人流如织: 人流 is a word, 港 the port)
        if (after_prefix or before_head) and taken is None:
            taken = sorted((m.start, m.end) for m in mentions)
        if (after_prefix or before_head) and not any(a <= k < b for a, b in taken):  # type: ignore[union-attr]
            out.append(Mention(k, k + 1, text[k], state, e.kind, e.name_zh, e.name_en, state, "compound", block=block_of(k)))
        k = text.find(ch, k + 1)
    sort_spans(out)
    return out


_CITED_SITE = re.compile(r"\s*(?:网站|官网|网|官方网站|公告|主页)")
_DAY = re.compile(r"\d\s*日$")


def _government(m) -> bool:
    """A mention naming a state's government: an organ or 方-form in that role, or X当局."""
    return bool(m.country) and ((m.how in ("organ", "fang") and m.role == "government") or m.text.endswith(("当局", "當局")))


def _day_before(text: str, k: int) -> bool:
    """The 日 before position k closes a date (5日外交部发言人), not Japan's abbreviation."""
    return bool(_DAY.search(text, max(0, k - 4), k))


# verbs by which a leader or government puts one of its own organs to work (要求商务部, 指示国防部)
_DIRECTIVES = ("要求", "指示", "责成", "命令", "授权", "派出", "委托", "下令")


_CHINA_SIDE = ("CHN", "HKG", "MAC")  # China and its special administrative regions

def bare_organs(doc: CleanDoc, text: str, mentions: list, block_of, mainland: bool | None = None) -> list:
    """外交部发言人表示…, 商务部宣布…: a ministry named without its state (`bare_organs` in the cues).
    It is the state the same organ was last named with in the document (美国商务部…商务部); failing
    that, in mainland text (simplified script, not written from Taiwan or Hong Kong) whose paragraph
    has named no other state before it, China's own (the author's government, as 国会 in a text
    about the US is the US Congress). Otherwise it is left unlinked: a guess would be worse.
    `mainland` is that test of the script and voice, when the caller has made it already."""
    from .gazetteer import STATE_KINDS, simplify
    from .resolve import Mention

    conf = cues().get("bare_organs") or {}
    if not conf:
        return mentions
    if mainland is None:
        mainland = not doc.is_traditional and own_state(doc) is None and not hong_kong_voice(doc)
    # Hong Kong's press names the central government's ministries bare as the mainland's does
    # (商務部發言人回應稱…): Hong Kong's own are bureaus (商務及經濟發展局), so the same fallback holds there
    chinese_side = mainland or hong_kong_voice(doc)
    earlier: dict[str, str] = {}  # organ word -> the state a bare use of it was given before
    abbr = set(cues().get("extra_abbr") or {}) | set("美日中韩俄英法德澳印越菲泰朝")
    spokesperson = tuple(simplify(w) for w in cues().get("bare_organ_spokesperson") or []) or ("发言人",)
    ordered = start_sorted(mentions)
    starts = [m.start for m in ordered]
    window = lambda a, b: ordered[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]  # starting in [a, b)
    organs = [m for m in ordered if m.how == "organ"]
    ends = {m.end for m in ordered}
    states = [m for m in ordered if m.kind in STATE_KINDS]
    state_blocks: list[int] = []  # the block of each of `states`, looked up on first need
    taken = Taken(ordered)  # (an organ found here is added to it)
    out = list(mentions)
    words = sorted(((simplify(k), v) for k, v in conf.items()), key=lambda x: len(x[0]), reverse=True)
    found = occurrences(text, tuple(w for w, _ in words)) if all(w for w, _ in words) else None
    for word, role in words:
        # each use in turn, as `text.find(word, e)` after the last (but from one pass over the text)
        at = found.get(word, []) if found is not None else None
        k = (at[0] if at else -1) if at is not None else text.find(word)
        while k != -1:
            e = k + len(word)
            if taken.any(k, e) or (k > 0 and text[k - 1] in abbr and not _day_before(text, k)) or \
                    doc.blocks[block_of(k)].kind != "paragraph" or _CITED_SITE.match(text, e) or \
                    text[e : e + 1] in ("长", "门") or k in ends:
                # a footnote, a heading, a cited website (外交部网站); a minister's title (欧盟财政部长,
                # 北约国防部长会议); the common noun for departments (各国财政部门, 外交部门); an organ of
                # the body named right before it
                k = _next_use(text, word, e, at)
                continue
            named = [m for m in organs if m.end <= k and simplify(m.text).endswith(word)]
            state = named[-1].country if named else None
            if mainland and text.startswith(spokesperson, e):
                state = "CHN"  # 外交部发言人 in mainland text: China's, even after 菲律宾外交部副部长
            elif text.startswith(spokesperson, e):  # 外交部發言人毛寧 in Hong Kong text: the spokesperson's state
                state = _spokesperson_state(text, e, 0, window(e, e + 8)) or state
            if state is None:  # 缅甸军政府只派出外交部常任秘书: the organ of the government its clause opens with
                clause = last_of(text, "，。；！？,;!?", k) + 1
                gov = [m for m in window(clause, k) if _government(m)]
                # (中方则同意把商务部…, 北京当局并加强海警巡逻: a 方-form or 当局 opening the clause too,
                # when no other state is named between it and the organ)
                if gov and not any(x.kind in STATE_KINDS and x.country != gov[-1].country and gov[-1].end <= x.start
                                   for x in window(gov[-1].end, k)):
                    state = gov[-1].country
            if state is None:  # 中国国务院关税税则委员会宣布…；商务部同日…: the state whose organ acted last in the sentence
                lo = max(0, k - 300)  # (searched back this far at most, not to the text's start)
                sent = last_of(text, "。！？!?", k, lo) + 1
                acted = [m for m in window(max(lo, sent), k) if m.how == "organ" and m.country]
                state = acted[-1].country if acted else None
            if state is None and text[max(0, k - 3) : k].endswith(_DIRECTIVES):
                # 川普总统签署行政命令，要求商务部…: an organ a leader or government directs is theirs
                sent = sentence_stop(text, k) + 1
                head = next((m for m in ordered if sent <= m.start < k and m.country
                             and (m.kind == "person" or (m.how == "organ" and m.role == "government"))), None)
                state = head.country if head is not None and not any(
                    x.kind in STATE_KINDS and x.how != "organ" and x.country != head.country and head.end <= x.start < k
                    for x in ordered) else None
            if state is None and chinese_side:
                block = block_of(k)
                if not state_blocks:
                    state_blocks = [block_of(m.start) for m in states]
                para = [m for m, b in zip(states, state_blocks) if m.end <= k and b == block]
                state = "CHN" if all(m.country in _CHINA_SIDE for m in para) else None  # (本港…商務部: still China's)
            if state is None:  # 商務部…商務部又先後…: a bare organ used again is the one the text meant before
                state = earlier.get(word)
            if state is not None:
                earlier[word] = state
                out.append(Mention(k, e, word, state, "state", word, "", state, "organ", role=role, block=block_of(k)))
                taken.mark(k, e)
            k = _next_use(text, word, e, at)
    sort_spans(out)
    return out


def _next_use(text: str, word: str, e: int, at: list[int] | None) -> int:
    """`text.find(word, e)`, from the word's starts `at` when they were found in one pass."""
    if at is None:
        return text.find(word, e)
    i = bisect.bisect_left(at, e)
    return at[i] if i < len(at) else -1
