"""Mention detection: gazetteer names, abbreviation compounds, metonyms, organs and 方-forms.

One Aho-Corasick automaton (leftmost-longest) over the simplified view of the cleaned text finds
every gazetteer surface form and every trap word; one-character state abbreviations are found
afterwards in the gaps, as runs (美日印澳, 中美关系) or after a verb (访华, 对美), never alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from operator import attrgetter

import ahocorasick_rs
import yaml

from ..lexicon import is_word
from .automaton_scan import automaton_hits, scan_view
from .gazetteer import DASHES, DATA, PAIR_TAIL, Alias, Gazetteer, pair_name, simplify
from .latin_names import _is_latin, _latin_boundary, _near_han

CUES = DATA / "lexicon" / "actor_cues.yaml"
_DIGIT_DAY = re.compile(r"\d\s*$")
# a day word opening a clause (，同日美国…, 同日中美两国…, 次日日方…): its 日 is no Japan; 同 is no 'with' there (probe14)
_DAY_WORD = re.compile(r"(?:^|[，,。；;：:、\s）)])[同当次翌是即本该]$")


def _a_day(text: str, i: int) -> bool:
    """The 日 at i closes a date (5日美方) or a day word that opens a clause (同日美国)."""
    return text[i] == "日" and bool(_DIGIT_DAY.search(text[max(0, i - 3) : i]) or _DAY_WORD.search(text[max(0, i - 2) : i]))
# The armed forces of a state named with its name are one organ mention of the state (澳洲海军,
# 菲律宾武装部队, 印度海军: thirteenth session, ruling 3), as its ministries are; a one-character
# abbreviation before a force stays a compound of its own (美军, 韩军方: 美 / 韩), as the guidelines list
# it. A coast guard is a law-enforcement agency, an organ either way (菲律宾海警, like 日本气象厅).
MILITARY_ROLES = frozenset({"military", "navy", "army", "air_force", "marines"})
# organs that sit abroad: after 驻 the state named is the host, not the owner (中国驻美国大使馆)
POSTED_ROLES = frozenset({"embassy"})


def _posted(text: str, s: int) -> bool:
    """The name at `s` follows 驻/駐: the place a mission is posted to."""
    return s > 0 and text[s - 1] in "驻駐"


@dataclass(slots=True)
class Hit:
    """A detected mention, before resolution (offsets in the cleaned text)."""

    start: int
    end: int
    aliases: list[Alias]
    how: str  # gazetteer | latin | compound | fang | metonym | organ
    role: str | None = None


@functools.cache
def cues() -> dict:
    with CUES.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


class Matcher:
    """Compiled patterns for one gazetteer."""

    def __init__(self, gz: Gazetteer):
        self.gz = gz
        c = cues()
        self.extra_abbr = {simplify(k): v for k, v in (c.get("extra_abbr") or {}).items()}
        lb = c.get("left_bound_short_forms") or {}
        self.left_bound = {simplify(x) for x in lb.get("forms") or []}
        self.left_bound_after = set(simplify(lb.get("after") or ""))
        self.glued = {simplify(x) for x in c.get("glued_short_forms") or []}
        self.glued_free_after = set(simplify(c.get("glued_free_after") or ""))
        patterns: list[str] = []
        # ('alias', [Alias]) | ('trap', None) | ('organ', (state, role)) | ('fixed', [state]); an alias
        # payload gets what `find` asks of every hit of it, worked out once in `_alias_traits`
        self.payload: list[tuple] = []
        seen: set[str] = set()
        for surface, aliases in gz.aliases.items():
            if len(surface) < 2 or surface in seen:
                continue
            seen.add(surface)
            patterns.append(surface)
            self.payload.append(("alias", aliases))
        # state abbreviation + generic organ: 美国防部, 日外务省, 韩外交部 (never 美+国会: 美国会 is "the US will")
        for ch, states in gz.abbr.items():
            if ch in gz.abbr_ambiguous:
                continue
            for organ, role in gz.generic_organs.items():
                if organ == "国会":
                    continue
                s = ch + simplify(organ)
                if s not in seen:
                    seen.add(s)
                    patterns.append(s)
                    self.payload.append(("organ", (states[0], role)))
        for surface, states in (c.get("fixed_compounds") or {}).items():
            t = simplify(surface)
            if t not in seen:
                seen.add(t)
                patterns.append(t)
                self.payload.append(("fixed", list(states)))
        for surface, state in (c.get("self_reference") or {}).items():
            t = simplify(surface)
            if t not in seen and state in gz.entities:
                seen.add(t)
                patterns.append(t)
                self.payload.append(("alias", [Alias(state, "fang", "government")]))
        for trap in c.get("traps") or []:
            t = simplify(trap)
            if t not in seen:
                seen.add(t)
                patterns.append(t)
                self.payload.append(("trap", None))
        self.by_head: dict[str, list[str]] = {}
        for surface in gz.aliases:
            if len(surface) >= 3:
                self.by_head.setdefault(surface[:2], []).append(surface)
        self.organ_words = sorted(
            [(simplify(o), r) for o, r in gz.generic_organs.items()] + [("政府", "government")],
            key=lambda x: len(x[0]), reverse=True)
        self.organ_role = dict(self.organ_words)
        self.organ_first = frozenset(w[0] for w, _ in self.organ_words)
        self.organ_re = re.compile("|".join(re.escape(w) for w, _ in self.organ_words))
        if any("\x00" in p for p in patterns):
            raise ValueError("a name holds NUL, the separator of `automaton_hits`")
        self.ac = (
            ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if patterns else None
        )
        self.payload = [self._alias_traits(surface, p) if p[0] == "alias" else p for surface, p in zip(patterns, self.payload)]
        # per pattern, the short path `find` may take (1: a state's full name, 2: a plain name, 0: none)
        self.fast = [(1 if p[6] else 2 if p[5] else 0) if p[0] == "alias" else 0 for p in self.payload]
        self.ones = [b"\x01" * n for n in range(max(map(len, patterns), default=0) + 1)]  # (what `find` marks a match's span with)
        abbr_chars = "".join(sorted(set(gz.abbr) | set(self.extra_abbr)))
        self.abbr_set = frozenset(abbr_chars)
        self._compound_aliases = {ch: tuple(Alias(st, "compound") for st in self.states_of(ch)) for ch in abbr_chars}
        self.run_re = re.compile(f"[{re.escape(abbr_chars)}]{{2,}}") if abbr_chars else None
        ab = re.escape(abbr_chars)
        # (the first abbreviation matched and the one before it looked behind: same matches, a faster scan)
        self.list_re = re.compile(f"[{ab}](?<![{ab}][{ab}])(?:、[{ab}])+(?![{ab}])") if abbr_chars else None
        self.visit_prefixes = tuple(simplify(v) for v in c.get("visit_prefixes") or [])
        self.object_prefixes = tuple(simplify(v) for v in c.get("object_prefixes") or [])
        self.prefix_safe = frozenset(simplify(v) for v in c.get("prefix_safe_abbr") or [])
        # ambiguous abbreviations whose other sense opens a word with the next character (葡萄): no run ends on them there
        self.word_openers = frozenset(simplify(v) for v in c.get("word_opening_abbr") or [])
        comp = c.get("compound") or {}
        self.followers = tuple(simplify(x) for x in comp.get("followers") or [])
        self.leaders = {simplify(x) for x in comp.get("leaders") or []}
        self.blockers = tuple(simplify(x) for x in comp.get("blockers") or [])
        self.unblockers = tuple(simplify(x) for x in comp.get("unblockers") or [])
        self.verb_breakers = frozenset(simplify(x) for x in comp.get("verb_breakers") or [])
        self.local_tails = tuple(simplify(x) for x in c.get("capital_local_tails") or [])
        # characters a run may follow although they make a word with its first abbreviation (年中, 对华)
        self.glue_free = frozenset(simplify(x) for x in comp.get("glue_free_before") or []) | self.leaders \
            | set(simplify("".join(c.get("single_prefixes") or []))) | set(simplify("".join(c.get("weak_prefixes") or [])))
        prefixes = "".join(simplify(x) for x in c.get("single_prefixes") or [])
        suffixes = {simplify(k): v for k, v in (c.get("single_suffixes") or {}).items()}
        self.suffixes = suffixes
        # (the prefix is matched and the abbreviation looked ahead: a pattern that opens with a class
        # of characters is scanned far faster than one that opens with a look-behind; same positions)
        if abbr_chars and prefixes:
            self.prefixed_re: re.Pattern[str] | None = re.compile(f"[{re.escape(prefixes)}](?=[{re.escape(abbr_chars)}])")
        else:
            self.prefixed_re = None
        weak = "".join(simplify(x) for x in c.get("weak_prefixes") or [])
        weak_abbr = "".join(ch for ch in simplify(c.get("weak_prefix_abbr") or "") if ch in abbr_chars)
        self.weak_re = re.compile(f"[{re.escape(weak)}](?=[{re.escape(weak_abbr)}])") if weak and weak_abbr else None
        if abbr_chars and suffixes:
            self.suffixed_re: re.Pattern[str] | None = re.compile(f"[{re.escape(abbr_chars)}](?=[{re.escape(''.join(suffixes))}])")
        else:
            self.suffixed_re = None

    def _alias_traits(self, surface: str, payload: tuple) -> tuple:
        """('alias', aliases, latin, glue, state, plain, state_name): whether the surface is a Latin name, how it
        may be glued to the character before it (`_glued`: 0 never, 1 left-bound, 2 glued, None asks
        `_glued`), whether it names one state (`_state_alias`), and whether none of `find`'s special
        cases can apply to it but the dash before a pair's second side (`plain`: most names; `find`
        takes them on a short path), and whether it is a state's full name none of them can apply to
        but an organ word after it (`state_name`: the next most, on a second short path)."""
        aliases: list[Alias] = payload[1]
        kinds = [self.gz.entities[a.entity].kind if a.entity in self.gz.entities else None for a in aliases]
        if None in kinds:
            glue = None
        elif any(k in _NAME_KINDS for k in kinds):
            glue = 0
        else:
            glue = 1 if surface in self.left_bound else 2 if surface in self.glued else 0
        latin, state = _is_latin(surface), self._state_alias(aliases)
        first = aliases[0]
        plain = (not latin and glue == 0 and not (first.how == "gazetteer" and len(surface) >= 2 and state)
                 and surface != "中南海" and first.role != "capital" and first.how not in ("metonym", "organ"))
        # a state's full name (美国, 泰国): of the special cases only an organ word after it can apply
        state_name = (not latin and glue == 0 and first.how == "gazetteer" and len(surface) >= 2 and state
                      and surface != "中南海" and first.role != "capital")
        return ("alias", aliases, latin, glue, state, plain, state_name)

    def states_of(self, ch: str) -> list[str]:
        return self.gz.abbr.get(ch) or ([self.extra_abbr[ch]] if ch in self.extra_abbr else [])

    def compound_aliases(self, ch: str) -> list[Alias]:
        """[Alias(state, "compound")] for each state the abbreviation `ch` stands for: a new list of the
        aliases made once per character (a frozen dataclass is slow to build, and runs are many)."""
        made = self._compound_aliases.get(ch)
        return list(made) if made is not None else [Alias(st, "compound") for st in self.states_of(ch)]

    def automaton_hits(self, texts: list[str]) -> list[list[tuple[int, int, int]]]:
        """The automaton's matches in each of `texts` (a document's blocks), from one pass (`automaton_scan`)."""
        return automaton_hits(self.ac, texts)

    def find(self, text: str, matches: list[tuple[int, int, int]] | None = None) -> list[Hit]:
        """All mentions in `text` (simplified script), sorted by position, without overlaps
        (`matches`: the automaton's in `text`, when `automaton_hits` found them already)."""
        hits: list[Hit] = []
        covered = bytearray(len(text) + 1)
        force: tuple[int, str] | None = None  # (end, state) of the last armed force named with its state
        short: list[Hit] = []
        payload = self.payload
        organ_first = self.organ_first
        if matches is None:
            matches = self.ac.find_matches_as_indexes(scan_view(text)) if self.ac is not None else []
        fast, ones, abbr_set = self.fast, self.ones, self.abbr_set
        for idx, s, e in matches:
            covered[s:e] = ones[e - s]
            # the two short paths of most names (`_alias_traits`), taken before anything else is asked
            f = fast[idx]
            if f == 1:  # a state's full name: only an organ word after it is looked for
                if text[e : e + 1] not in organ_first:
                    named: list[Alias] = payload[idx][1]  # type: ignore[assignment]
                    hits.append(Hit(s, e, named, "gazetteer", named[0].role))
                    if e - s == 2 and s and text[s - 1] in abbr_set:
                        short.append(hits[-1])
                    continue
            elif f == 2:  # none of the special cases can apply but a dash before a pair's second side
                p = payload[idx]
                pair_side: list[Alias] = p[1]
                if not (s > 1 and text[s - 1] in _DASH_CHARS and pair_side[0].how == "gazetteer" and not p[4]):
                    hits.append(Hit(s, e, pair_side, pair_side[0].how, pair_side[0].role))
                    if e - s == 2 and s and text[s - 1] in abbr_set:
                        short.append(hits[-1])
                    continue
            p = payload[idx]
            kind, data = p[0], p[1]
            if kind == "trap":
                if text[e - 1] == "元" and text.startswith("首", e):
                    covered[s:e] = bytes(e - s)  # 中美元首: heads of state, not the dollar (美元)
                continue
            if kind == "fixed":
                states: list[str | None] = data  # type: ignore[assignment]
                if len(states) == e - s:  # (one state or None per character: 访京 → [None, CHN])
                    hits.extend(Hit(s + k, s + k + 1, [Alias(st, "compound")], "compound") for k, st in enumerate(states) if st)
                else:
                    hits.append(Hit(s, e, [Alias(st, "compound") for st in states if st], "compound"))
                continue
            if kind == "organ":
                if _a_day(text, s):
                    covered[s:e] = bytes(e - s)  # 5日国防部: a day, then a ministry of unknown state
                    rest = self.gz.aliases.get(text[s + 1 : e])
                    if rest:  # 23日国务院总理: the day, then a name of its own
                        covered[s + 1 : e] = b"\x01" * (e - s - 1)
                        hits.append(Hit(s + 1, e, rest, rest[0].how, rest[0].role))
                    continue
                state, role = data  # type: ignore[misc]
                if role in POSTED_ROLES and _posted(text, s):
                    covered[s + 1 : e] = bytes(e - s - 1)
                    hits.append(Hit(s, s + 1, [Alias(state, "compound")], "compound"))
                    continue  # 中国驻菲大使馆: 菲 is where the mission sits, the embassy is China's
                if role in MILITARY_ROLES:
                    if s > 0 and not covered[s - 1] and self.states_of(text[s - 1]):
                        covered[s] = 0  # 美韩军方: the run rule takes 美韩
                    else:
                        hits.append(Hit(s, s + 1, [Alias(state, "compound", role)], "compound", role))
                    continue
                hits.append(Hit(s, e, [Alias(state, "organ", role)], "organ", role))
                continue
            aliases: list[Alias] = data  # type: ignore[assignment]
            _, _, latin, glue, state_alias, plain, state_name = p
            if plain and not (s > 1 and text[s - 1] in _DASH_CHARS and aliases[0].how == "gazetteer" and not state_alias):
                hits.append(Hit(s, e, aliases, aliases[0].how, aliases[0].role))  # (as the long path below ends)
                if e - s == 2 and s and text[s - 1] in self.abbr_set:
                    short.append(hits[-1])
                continue
            if state_name and text[e : e + 1] not in organ_first:  # (as the long path below goes for it)
                hits.append(Hit(s, e, aliases, "gazetteer", aliases[0].role))
                if e - s == 2 and s and text[s - 1] in self.abbr_set:
                    short.append(hits[-1])
                continue
            if latin and not (_latin_boundary(text, s, e) and _near_han(text, s, e)):
                covered[s:e] = bytes(e - s)
                continue
            if (glue is None or glue) and s > 0 and self._glued(text, s, e, aliases):
                covered[s:e] = bytes(e - s)
                continue
            if s > 1 and text[s - 1] in _DASH_CHARS and aliases[0].how == "gazetteer" and not state_alias:
                head = self._pair_side(text, s, e)
                if head is not None:  # 中国—东盟自贸区: the second side of a pair, not 东盟自贸区 (AFTA)
                    covered[head.end : e] = bytes(e - head.end)
                    hits.append(head)
                    continue
            how = aliases[0].how
            if how == "gazetteer" and e - s >= 2 and state_alias:
                organ = self._organ_after(text, e)
                if organ is not None and organ[1] in POSTED_ROLES and _posted(text, s):
                    organ = None  # 中国驻菲律宾大使馆: the embassy is the sending state's, not the host's
                if organ is not None:  # 泰国外交部, 南韩政府: the state's organ, one mention
                    word, role = organ
                    covered[e : e + len(word)] = b"\x01" * len(word)
                    hits.append(Hit(s, e + len(word), [Alias(aliases[0].entity, "organ", role)], "organ", role))
                    continue
            if e - s == 3 and s > 0 and text[s] == "中" and text.startswith("中南海", s) and not covered[s - 1] and self.states_of(text[s - 1]) \
                    and not _a_day(text, s - 1):
                covered[s] = 0  # 菲中南海争端, 美中南海博弈: 中 closes a pair before the sea (南海), no Zhongnanhai
                continue
            if aliases[0].role == "capital" and text.startswith(self.local_tails, e):
                continue  # 北京市政府, 东京都知事: the city's own government, a sub-national unit
            if how == "metonym" and aliases[0].role == "capital" and text.startswith("当局", e):
                # 首尔当局, 北京当局: the capital's authorities are the government, one mention as 缅甸当局
                covered[e] = covered[e + 1] = 1
                hits.append(Hit(s, e + 2, aliases, how, "capital"))
                continue
            if how == "organ" and aliases[0].role in MILITARY_ROLES:
                if force == (s, aliases[0].entity):
                    continue  # 中国人民解放军东部战区: a command of the force just named, inside its name
                force = (e, aliases[0].entity)
                trimmed = self._state_prefix(text, s, e, aliases[0].entity)
                if trimmed is not None and trimmed.how == "compound":  # 美澳军队: the abbreviations before 澳军 are a run with it
                    hits.extend(self._run_before(text, s, covered))
                    hits.append(trimmed)
                    continue  # (美国海军, named with the state's name, stays one organ mention)
            if how == "organ" and hits and hits[-1].end == s and self._own_organ(hits[-1], aliases):
                prev = hits.pop()  # 中国国家发展改革委: the state's name and its own organ, one organ mention
                hits.append(Hit(prev.start, e, aliases, "organ", aliases[0].role))
                continue
            hits.append(Hit(s, e, aliases, how, aliases[0].role))
            if e - s == 2 and s and text[s - 1] in self.abbr_set:
                short.append(hits[-1])  # 澳巴新: maybe abbreviations before a short name
        hows = set(map(_HOW, hits))  # (the two passes below act on organ and 方 hits only: most blocks have none)
        if "organ" in hows:
            hits = self._split_organs(text, hits, covered)
        if "fang" in hows:
            hits.extend(self._before_fang(text, hits, covered))
        if short:
            hits.extend(self._before_short_name(text, short, covered))
        hits.extend(self._listed(text, covered))
        hits.extend(self._compounds(text, covered))
        # by start, the longer first: two stable sorts on C-level keys (as key=(start, -end), without
        # a Python call and a tuple per hit)
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        return hits

    def _glued(self, text: str, s: int, e: int, aliases: list[Alias]) -> bool:
        """A short form of a body whose first character often ends another word is no mention when it
        does so with the character before it: 亚行 in 东南亚行动 (南亚), 联大 in 关联大国 (关联),
        非盟 in 是非盟友 (是非), but not after a preposition or conjunction (与非盟及…, 與非盟); and a short form that only opens a word
        (上合) is none after another character (海上合作, 基础上合作), except a function word (加入上合)."""
        if s == 0 or not _han(text[s - 1]):
            return False
        if any(self.gz.entities[a.entity].kind in _NAME_KINDS for a in aliases):
            return False
        surface = text[s:e]
        if surface in self.left_bound:
            return text[s - 1] not in self.left_bound_after
        return surface in self.glued and is_word(text[s - 1 : s + 1]) and text[s - 1] not in self.glued_free_after

    def _pair_side(self, text: str, s: int, e: int) -> Hit | None:
        """A name right after a dash that, read with the side before the dash, is a pair with a
        generic tail (中国—东盟自贸区 = 中国 + 东盟): the longest known name opening it, as the side."""
        key = text[s:e].translate(DASHES)
        if not any(pair_name(self.gz, text[j : s - 1].translate(DASHES) + "—" + key) for j in range(max(0, s - 9), s - 2)):
            return None
        for k in range(e - 1, s + 1, -1):
            al = self.gz.aliases.get(text[s:k])
            # (the rest a generic tail: 中国—上海合作组织论坛 keeps the SCO whole, no 上海 + 合作组织)
            if al and PAIR_TAIL.fullmatch(text, k, e):
                return Hit(s, k, al, al[0].how, al[0].role)
        return None

    def _state_alias(self, aliases: list[Alias]) -> bool:
        e = self.gz.entities.get(aliases[0].entity)
        # one entity, also when its name is its capital's too (新加坡, 科威特: 新加坡当局 is one organ)
        return len({a.entity for a in aliases}) == 1 and e is not None and e.kind in ("state", "economy")

    def _organ_after(self, text: str, e: int) -> tuple[str, str] | None:
        """A generic organ (政府, 外交部, 国防部, 国会...) written right after a state's full name."""
        if text[e : e + 1] not in self.organ_first:
            return None  # (no organ word starts with the character after the name: most names)
        m = self.organ_re.match(text, e)
        if m is None:
            return None
        word = m.group(0)
        # a longer name starts there (日本政府开发援助: 日本 + ODA): longest match wins
        if any(len(k) > len(word) and text.startswith(k, e) for k in self.by_head.get(text[e : e + 2], ())):
            return None
        return word, self.organ_role[word]

    def _state_prefix(self, text: str, s: int, e: int, state: str) -> Hit | None:
        """The longest name or abbreviation of `state` that begins text[s:e] (美国 in 美国海军)."""
        for k in range(e - 1, s, -1):
            head = text[s:k]
            for a in self.gz.aliases.get(head, []):
                if a.entity == state and a.how in ("gazetteer", "fang"):
                    return Hit(s, k, [Alias(state, "gazetteer", None)], "gazetteer")
        if state in self.states_of(text[s]) and (text[s + 1 : s + 2] == "军" or not is_word(text[s : s + 2])):
            return Hit(s, s + 1, [Alias(state, "compound", None)], "compound")
        return None  # (中央军委: 中 opens 中央, the force is named without its state)

    def _own_organ(self, prev: Hit, aliases: list[Alias]) -> bool:
        """中国国家发展改革委, 中国国家移民管理局: `prev`, right before an organ named bare, is the name of
        the organ's own state, so the two are one organ mention as 中国外交部 is; not before an
        administration named after its head (美国拜登政府: 美国 + 拜登政府) nor a force (美国海军)."""
        return (prev.how == "gazetteer" and len(aliases) == 1 and aliases[0].role not in MILITARY_ROLES
                and aliases[0].role != "government" and prev.aliases[0].entity == aliases[0].entity
                and self._state_alias(prev.aliases))

    def _split_organs(self, text: str, hits: list[Hit], covered: bytearray) -> list[Hit]:
        """美韩军方 is 美韩 + 军方, not 美 + 韩军: a two-character organ (韩军, 日企) right after another
        abbreviation gives back its second character."""
        out: list[Hit] = []
        for h in hits:
            if (
                h.how == "organ"
                and h.end - h.start <= 3
                and h.start > 0
                and not covered[h.start - 1]
                and self.states_of(text[h.start - 1])
                and self.states_of(text[h.start])
            ):
                covered[h.start + 1] = 0
                covered[h.start] = 0  # let the run rule take 美韩 as a whole
                continue
            out.append(h)
        return out

    def _before_fang(self, text: str, hits: list[Hit], covered: bytearray) -> list[Hit]:
        """美日方 is 美 + 日方: abbreviations right before a 方-form belong to the same compound."""
        out: list[Hit] = []
        for h in hits:
            if h.how != "fang":
                continue
            if text[h.start] == "我":
                continue  # 我国/我方 is a self-reference, no 方-form an abbreviation can join (1日我国)
            i = h.start - 1
            while i >= 0 and not covered[i] and self.states_of(text[i]) and text[i] not in self.gz.abbr_ambiguous and \
                    not _a_day(text, i):  # a day's 日 (5日美方)
                out.append(Hit(i, i + 1, self.compound_aliases(text[i]), "compound"))
                covered[i] = 1
                i -= 1
        return out

    def _before_short_name(self, text: str, hits: list[Hit], covered: bytearray) -> list[Hit]:
        """澳巴新签署协议: abbreviations written right before a state's two-character name (巴新, the
        short name of Papua New Guinea) form one compound with it, in a compound's context (`hits`: the
        two-character names with such a character before them)."""
        out: list[Hit] = []
        for h in hits:
            if h.end - h.start != 2 or h.start == 0 or text[h.start - 1] not in self.abbr_set or covered[h.start - 1] \
                    or h.how != "gazetteer" or not self._state_alias(h.aliases):
                continue
            i = h.start - 1
            while i > 0 and not covered[i - 1] and self.states_of(text[i - 1]) and text[i - 1] not in self.gz.abbr_ambiguous:
                i -= 1
            if any(text[k] in self.gz.abbr_ambiguous or h.aliases[0].entity in self.states_of(text[k]) for k in range(i, h.start)) \
                    or _a_day(text, i) or self._glued_left(text, i) \
                    or (i > 0 and text[i - 1] in "年月" and text[i] == "中") \
                    or not self._compound_context(text, i, h.end):
                continue  # (今日美国: a day; 其中日本: a word; 年中, 月中: mid-year; 中美国家: no context)
            for k in range(i, h.start):
                out.append(Hit(k, k + 1, self.compound_aliases(text[k]), "compound"))
                covered[k] = 1
        return out

    def _compounds(self, text: str, covered: bytearray) -> list[Hit]:
        out: list[Hit] = []
        if self.run_re is not None:
            for m in self.run_re.finditer(text):
                s, e = m.start(), m.end()
                # trim characters already inside a name, and a day's 日 after a number (3月5日日韩)
                while s < e and (covered[s] or _a_day(text, s)):
                    s += 1
                if e - s >= 3 and self._glued_left(text, s):
                    s += 1  # 超越中美, 近日中美, 明朝中日, 其中美日: the first character ends a word (此后日韩: a pair stays)
                k = s
                while k < e and not covered[k]:
                    k += 1
                e = k
                # 对华加征关税: an ambiguous last character that opens a verb (加征) is the verb
                while e - s >= 2 and text[e - 1] in self.gz.abbr_ambiguous and (
                        text[e - 1 : e + 1] in self.verb_breakers or text[e - 1] in self.word_openers and is_word(text[e - 1 : e + 1])):
                    e -= 1  # (对华葡萄酒: 葡 opens 葡萄, lead12)
                # 中美欧加南方国家: an ambiguous character at the end (加 "plus") is left out
                while e - s >= 2 and not self._compound_context(text, s, e) and text[e - 1] in self.gz.abbr_ambiguous:
                    e -= 1
                if e - s < 2 or not self._compound_context(text, s, e):
                    continue
                for i in range(s, e):
                    out.append(Hit(i, i + 1, self.compound_aliases(text[i]), "compound"))
                    covered[i] = 1
        for rx, how in ((self.prefixed_re, "compound"), (self.weak_re, "compound"), (self.suffixed_re, "compound")):
            if rx is None:
                continue
            for m in rx.finditer(text):
                i = m.start() if rx is self.suffixed_re else m.end()  # (the others match the prefix before it)
                if covered[i]:
                    continue
                after_visit = rx is self.prefixed_re and len(self.states_of(text[i])) == 1 and (
                    text[i - 1 : i] in self.visit_prefixes
                    or ((text[i - 1 : i] in self.object_prefixes or text[i] in self.prefix_safe)
                        and not is_word(text[i : i + 2])))  # 侵乌, 对朝; not 援加沙, 面对朝野
                if text[i] in self.gz.abbr_ambiguous and not after_visit:
                    continue
                if rx is self.suffixed_re and self._glued_left(text, i):
                    continue  # 当日船只, 每日船班: a day's 日 that ends a word, not Japan's vessels
                if rx is not self.suffixed_re and i + 1 < len(text) and covered[i + 1] == 0 and self.states_of(text[i + 1]) \
                        and text[i + 1 : i + 3] not in self.verb_breakers:
                    continue  # part of a longer run handled above (not 对华加征: 加征 is a verb)
                role = self.suffixes.get(text[i + 1]) if rx is self.suffixed_re and i + 1 < len(text) else None
                states = self.states_of(text[i])
                out.append(Hit(i, i + 1, [Alias(st, how, role) for st in states], how, role))
                covered[i] = 1
        return out

    def _listed(self, text: str, covered: bytearray) -> list[Hit]:
        """澳、英、美三边 / 与美、日共同: abbreviations listed with 、 form one compound."""
        out: list[Hit] = []
        if self.list_re is None or "、" not in text:
            return out  # (every list has a 、)
        for m in self.list_re.finditer(text):
            s, e = m.start(), m.end()
            while e - s > 3 and covered[e - 1] and text[e - 2] == "、":
                e -= 2  # 澳、新西兰: the last character opens a full name, not an abbreviation
            # 美、日、韩、澳、新西兰和欧盟: a list that goes on with full names is a list of parties
            goes_on = text[e : e + 1] in ("、", "和", "及") and bool(covered[e + 1 : e + 2] and covered[e + 1])
            if any(covered[s:e]) or not (goes_on or self._compound_context(text, s, e)):
                continue
            for i in range(s, e):
                if text[i] == "、":
                    continue
                out.append(Hit(i, i + 1, self.compound_aliases(text[i]), "compound"))
                covered[i] = 1
        return out

    def _run_before(self, text: str, s: int, covered: bytearray) -> list[Hit]:
        """The unambiguous abbreviations written right before an abbreviation with 军 (美澳军队, 美日韩军演):
        one compound with it, as the run would be without the armed forces' name."""
        j = s
        while j > 0 and not covered[j - 1] and self.gz.abbr.get(text[j - 1]) and text[j - 1] not in self.gz.abbr_ambiguous:
            j -= 1
        # 今日美军, 5日美军: a day's 日 or a character that ends a word with the one before it is none
        while j < s and (_a_day(text, j) or self._glued_left(text, j)):
            j += 1
        out = []
        for i in range(j, s):
            covered[i] = 1
            out.append(Hit(i, i + 1, self.compound_aliases(text[i]), "compound"))
        return out

    def _glued_left(self, text: str, s: int) -> bool:
        """A run's first abbreviation that makes a dictionary word with the ordinary character before
        it (越 of 超越, 日 of 近日, 朝 of 明朝, 中 of 其中, 新 of 最新) belongs to that word; the
        prepositions and verbs that take an abbreviation (对华, 访美) and a date's 年/月 (2023年中美) do not
        glue."""
        prev = text[s - 1 : s]
        return bool(prev) and _han(prev) and not self.states_of(prev) and prev not in self.glue_free \
            and is_word(prev + text[s]) and not (s >= 2 and is_word(text[s - 2 : s]))  # (重启美日印澳: 启 is 重启's)

    def _compound_context(self, text: str, s: int, e: int) -> bool:
        after = text[e : e + 4]
        if after.startswith(self.blockers) and not after.startswith(self.unblockers) and not _east_of_pair(text, e):
            return False
        if after.startswith(self.followers):
            return True
        if s > 0 and text[s - 1] in self.leaders and not (text[s - 1] in _OPEN_QUOTES and _han(text[e : e + 1])):
            return True  # (an opening quote only when the run closes it or a follower ends it: not 「馬德雷山號」)
        # a run of unambiguous abbreviations (中美, 美日韩) needs no context, nor a longer run with one
        # ambiguous one inside it (美日印澳重启…: 印 between others; not at an end: 中美欧加南方国家, 中俄新时代)
        ambiguous = [k for k in range(s, e) if text[k] in self.gz.abbr_ambiguous]
        return not ambiguous or (e - s >= 3 and len(ambiguous) == 1 and s < ambiguous[0] < e - 1)


_OPEN_QUOTES = frozenset("“「『《")
_START, _END, _HOW = attrgetter("start"), attrgetter("end"), attrgetter("how")


def _east_of_pair(text: str, e: int) -> bool:
    """东 after a run blocks it as in 中东/远东 only where the run's last character makes a word with
    it: 中俄东线 (the eastern route) and 中日东海 (the East China Sea) keep their pair."""
    return text[e : e + 1] == "东" and (text[e + 1 : e + 2] == "海" or not is_word(text[e - 1 : e + 1]))
_NAME_KINDS = ("state", "economy", "person", "place", "company")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_DASH_CHARS = frozenset("—-‐‑‒–―－﹣−")


@functools.cache
def default_matcher() -> Matcher:
    """The matcher of the bundled gazetteer, compiled on first use."""
    from .gazetteer import default_gazetteer

    return Matcher(default_gazetteer())
