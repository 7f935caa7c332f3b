"""The linker's shortcuts (speed10) answer as the slow forms they replace.

Each shortcut skips work only where that work cannot change the answer; these tests hold each to
the long form it stands for, on sentences written for them.
"""

from __future__ import annotations

import bisect
import re

import pytest
from actor_helpers import found, mentions

from latticework.actors import default_resolver
from latticework.actors.citations import _SOURCE_CUE, source_cue
from latticework.actors.discovery import _EXERCISE_EDITION, _edition_tail
from latticework.actors.introductions import _put_in
from latticework.actors.latin_names import _is_latin
from latticework.actors.matcher import cues
from latticework.actors.mention import Mention, by_span, by_start
from latticework.actors.legislatures import bare_legislatures
from latticework.actors.voice import bare_organs, hong_kong_voice, own_state
from latticework.clean import clean
from latticework.model import SourceText

_SENTENCES = [
    "外长上周访华并对美方的做法表示关切，随后赴日出席会议。",
    "两国领导人同意对俄实施新的制裁，并援乌重建。",
    "总统表示将访美、访日，并与韩方举行会谈。",
    "美日印澳四国外长会晤后，中方回应称反对对华遏制。",
    "他说：“我们欢迎访越的代表团。”",
]


def test_each_alias_payload_carries_the_traits_find_would_work_out() -> None:
    """Latin and one-state flags worked out once per surface equal the per-hit tests, and a surface
    marked as never glued (0) is not glued after any character (find skips `_glued` for it)."""
    m = default_resolver().matcher
    surfaces = [k for k in m.gz.aliases if len(k) >= 2]  # (the automaton's first patterns, in order)
    checked = 0
    for surface, p in zip(surfaces, m.payload):
        assert p[0] == "alias"
        _, aliases, latin, glue, state, *_ = p
        assert latin == _is_latin(surface)
        assert state == m._state_alias(aliases)
        if glue == 0:
            for before in "是的在":
                probe = before + surface + "。"
                assert not m._glued(probe, 1, 1 + len(surface), aliases), surface
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("text", _SENTENCES)
def test_prefixed_abbreviations_are_found_where_the_look_behind_found_them(text: str) -> None:
    """[prefix](?=[abbr]) ends where (?<=[prefix])[abbr] starts: the same positions, in order."""
    m = default_resolver().matcher
    for rx in (m.prefixed_re, m.weak_re):
        if rx is None:
            continue
        prefixes, abbrs = re.fullmatch(r"\[(.*)\]\(\?=\[(.*)\]\)", rx.pattern).groups()
        behind = re.compile(f"(?<=[{prefixes}])[{abbrs}]")
        assert [x.end() for x in rx.finditer(text)] == [x.start() for x in behind.finditer(text)]


@pytest.mark.parametrize("name", ["联合利剑—2023A", "利剑-24", "漢光41号", "海上联合—2019", "利剑", "和平使命2023年",
                                  "联合演习B", "联合演习—2023\n", "北极星"])
def test_the_edition_tail_test_lets_through_every_name_the_pattern_cuts(name: str) -> None:
    if _EXERCISE_EDITION.search(name):
        assert _edition_tail(name)
    assert (_EXERCISE_EDITION.sub("", name) if _edition_tail(name) else name) == _EXERCISE_EDITION.sub("", name)


@pytest.mark.parametrize("text", ["资料来源：作者整理。", "数据来源: 世界银行", "出处：外交部网站", "消息来源称，双方已接触。",
                                  "来源于民间的倡议", "两国外长举行会谈。"])
def test_the_source_cue_test_agrees_with_the_pattern(text: str) -> None:
    assert source_cue(text) == bool(_SOURCE_CUE.search(text))


def _m(start: int, end: int) -> Mention:
    return Mention(start, end, "x" * (end - start), "x", "organisation", "", "", None, "gazetteer")


def test_putting_a_name_in_keeps_the_starts_in_step_with_the_mentions() -> None:
    ms = [_m(0, 2), _m(5, 7), _m(8, 10), _m(12, 14), _m(300, 302)]
    starts = [x.start for x in ms]
    out, out_starts = _put_in(ms, starts, _m(4, 11))
    assert out_starts == [x.start for x in out]
    assert [(x.start, x.end) for x in out] == [(0, 2), (4, 11), (12, 14), (300, 302)]


def test_sort_keys_order_mentions_as_start_then_end() -> None:
    ms = [_m(5, 9), _m(5, 7), _m(1, 3)]
    assert [(x.start, x.end) for x in sorted(ms, key=by_span)] == [(1, 3), (5, 7), (5, 9)]
    assert [x.start for x in sorted(ms, key=by_start)] == [1, 5, 5]


_MAINLAND = ("外交部发言人在例行记者会上表示，中方反对美方的做法。\n\n"
             "韩国总统在国会发表演说，国会随后通过了预算案。\n")
_TAIWAN = ("外交部今天表示，對岸的軍機再度擾台，國防部持續監控。\n\n"
           "美國國會通過法案，國會議員隨後訪台。\n")


@pytest.mark.parametrize("text", [_MAINLAND, _TAIWAN])
def test_bare_organs_and_legislatures_answer_the_same_when_told_the_voice(text: str) -> None:
    """link works out the document's voice once and passes it on: the passes answer as when they
    work it out themselves."""
    doc = clean(SourceText("t.txt", text, "txt"))
    ms = mentions(text)
    mainland = not doc.is_traditional and own_state(doc) is None and not hong_kong_voice(doc)
    starts = [b.start for b in doc.blocks]
    block_of = lambda pos: max(0, bisect.bisect_right(starts, pos) - 1)  # noqa: E731
    simplified = doc.simplified
    assert bare_organs(doc, simplified, list(ms), block_of) == bare_organs(doc, simplified, list(ms), block_of, mainland=mainland)
    assert bare_legislatures(doc, simplified, list(ms), block_of) == \
        bare_legislatures(doc, simplified, list(ms), block_of, mainland=mainland)


def test_a_reference_word_inside_a_long_name_stays_part_of_it() -> None:
    """两国 inside a long name is no reference (the search looks only at names starting at most the
    longest name's length before it); the 两国 after the name is one."""
    r = default_resolver()
    text = "东盟与两国合作论坛秘书处表示，美国和日本两国将加强合作。"
    name = Mention(0, 12, text[:12], "x:forum", "organisation", text[:12], "", None, "discovered")
    us = Mention(15, 17, "美国", "USA", "state", "美国", "United States", "USA", "gazetteer")
    jp = Mention(18, 20, "日本", "JPN", "state", "日本", "Japan", "JPN", "gazetteer")
    refs = r.coreference.find(text, 0, 0, [name, us, jp], [], [])
    assert [(x.start, sorted(x.refers_to)) for x in refs] == [(20, ["JPN", "USA"])]


def test_a_name_glossed_in_brackets_keeps_one_mention() -> None:
    """亚洲相互协作与信任措施会议（以下简称“亚信”）: the gloss is no second mention; the short form
    after it is (the gloss filter looks only at mentions starting inside a gloss)."""
    got = found("亚洲相互协作与信任措施会议（以下简称“亚信”）成立多年。此后亚信不断扩员。")
    ids = {i for t, i in got if t.startswith("亚")}
    assert len([t for t, _ in got if t == "亚信"]) == 1
    assert len(ids) == 1


def test_cues_are_loaded() -> None:
    assert cues().get("person_titles")


def test_ordered_mentions_are_copied_and_the_rest_sorted() -> None:
    """A list already in order is only copied; one out of order, or with two mentions starting at the
    same place, is sorted by (start, end) as before."""
    from latticework.actors.mention import in_order, sort_spans, span_sorted, start_sorted

    ordered = [_m(1, 3), _m(4, 6), _m(8, 9)]
    assert in_order(ordered) and span_sorted(ordered) == ordered and span_sorted(ordered) is not ordered
    tied = [_m(4, 9), _m(4, 6), _m(1, 2)]
    assert not in_order(tied)
    assert [(x.start, x.end) for x in span_sorted(tied)] == [(1, 2), (4, 6), (4, 9)]
    assert [(x.start, x.end) for x in start_sorted(tied)] == [(1, 2), (4, 9), (4, 6)]
    sort_spans(tied)
    assert [(x.start, x.end) for x in tied] == [(1, 2), (4, 6), (4, 9)]


@pytest.mark.parametrize("text", ["中共军机今日再度绕台，国军持续监控。", "本港特区政府表示欢迎。", "两国外长举行会谈。", ""])
def test_cue_count_counts_each_word_present_once(text: str) -> None:
    """Overlapping cues are each found, a cue listed twice counted twice, as a search of the text for
    each word finds them (a use must start a word: 共军 in 中共军机 does not, since 中共 is a word)."""
    from latticework.actors.voice import cue_count
    from latticework.lexicon import is_word

    def starts_word(w: str) -> bool:
        k = text.find(w)
        while k != -1:
            if k == 0 or not is_word(text[k - 1 : k + 1]):
                return True
            k = text.find(w, k + 1)
        return False

    words = ["中共", "共军", "国军", "特区政府", "本港", "国军", "立法院"]
    assert cue_count(text, words) == sum(1 for w in words if starts_word(w))


def test_near_spans_answers_as_the_covered_characters() -> None:
    from latticework.actors.spans import NearSpans, covered

    ms = [_m(0, 2), _m(3, 40), _m(41, 43), _m(60, 61)]
    taken = covered("x" * 80, ms)
    near = NearSpans(ms)
    for s in range(0, 78):
        for n in (1, 2, 3):
            assert near.overlaps(s, s + n) == any(taken[s : s + n]), (s, n)


def test_taken_answers_as_covered_characters_with_marks() -> None:
    from latticework.actors.spans import Taken, covered

    ms = [_m(2, 4), _m(10, 30)]
    taken, marks = Taken(ms), covered("x" * 50, ms)
    taken.mark(40, 42)
    marks[40:42] = b"\x01\x01"
    for s in range(0, 48):
        assert taken.any(s, s + 2) == any(marks[s : s + 2]), s


def test_sorting_in_place_equals_a_full_stable_sort() -> None:
    """Lists in order, lists with a few mentions appended (put in place one by one) and shuffled
    lists all come out as `sorted(key=(start, end))` would leave them, equal spans in their order."""
    import random

    from latticework.actors.mention import by_span, by_start, sort_spans, span_sorted, start_sorted

    rng = random.Random(7)
    for _ in range(500):
        spans = sorted((rng.randint(0, 30), rng.randint(0, 4)) for _ in range(rng.randint(0, 20)))
        ms = [_m(s, s + n) for s, n in spans]
        if rng.random() < 0.3:
            rng.shuffle(ms)
        else:
            ms += [_m(s, s + rng.randint(0, 4)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 3)))]
        want = [id(x) for x in sorted(ms, key=by_span)]
        got = list(ms)
        sort_spans(got)
        assert [id(x) for x in got] == want
        assert [id(x) for x in span_sorted(ms)] == want
        assert [id(x) for x in start_sorted(ms)] == [id(x) for x in sorted(ms, key=by_start)]
