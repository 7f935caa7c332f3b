"""The linker's shortcuts (speed13) answer as the slow forms they replace.

Each shortcut is held to the full computation it skips, on sentences written for these tests:
the block where the matcher links no name is resolved as the full path resolves it.
"""

from __future__ import annotations

import pytest

from latticework.actors import default_resolver

# blocks that name no listed entity but may hold a discovered name or a reference (own words)
_NAMELESS = [
    "第三章",
    "注释",
    "会议在友好气氛中结束，与会者表示满意。",
    "两国同意在年内再次举行会谈。",
    "双方还就共同关心的问题交换了意见，该行表示将继续提供贷款。",
    "据《湄公河下游水资源合作协定》规定，各方每年轮流主办会议。",
    "“蓝色海岸”联合演习于次月开始，参演兵力约三千人。",
    "会后发表了《关于加强海上搜救合作的联合声明》。",
    "外长马杜罗斯基表示，本国将坚持中立。",
    "北极理事会与南太平洋渔业管理组织签署备忘录，其秘书处设在当地。",
    "2+2会谈结束后，本国代表发言。",
]


def _slow(r, *args, **kwargs):
    """`resolve_block` with the nameless-block shortcut switched off (the full path for every block)."""
    return type(r).resolve_block(_Full(r), *args, **kwargs)


class _Full:
    """The resolver as it is, but with no shortcut for nameless blocks."""

    def __init__(self, r):
        self._r = r

    def __getattr__(self, name):
        return getattr(self._r, name)

    def _nameless_block(self, *args, **kwargs):
        return None


@pytest.mark.parametrize("text", _NAMELESS)
def test_a_nameless_block_is_resolved_as_the_full_path_resolves_it(text: str) -> None:
    r = default_resolver()
    context = r.resolve_block("中国和越南举行会谈。", 0, 0, "2024-01-01")
    for in_note in (False, True):
        for ctx in (None, context):
            args = (text, 3, 100, "2024-05-01")
            kw = dict(in_note=in_note, context=ctx, earlier=list(context))
            assert r.resolve_block(*args, **kw) == _slow(r, *args, **kw)


def test_the_shortcut_is_taken_on_blocks_that_name_no_one() -> None:
    r = default_resolver()
    assert not r.matcher.find("会议在友好气氛中结束，与会者表示满意。")
    assert r._nameless_block("会议在友好气氛中结束，与会者表示满意。", 0, 0, None, False, None, None) == []
    # a discovered name: the block takes the full path
    assert r._nameless_block("会后发表了《关于加强海上搜救合作的联合声明》。", 0, 0, None, False, None, None) is None


def test_dashes_are_made_one_as_the_translation_table_made_them() -> None:
    from latticework.actors.gazetteer import DASHES, one_dash, simplify

    texts = ["中国-东盟自贸区", "澜沧江–湄公河合作", "日本―湄公河", "湄公河－美国伙伴关系", "2023‐2024年",
             "A﹣B−C‑D‒E", "没有连接号的句子", "", "——破折号——"]
    for t in texts:
        assert one_dash(t) == t.translate(DASHES)
    assert simplify("亞洲－太平洋經濟合作組織與東南亞國家聯盟‐對話") == "亚洲—太平洋经济合作组织与东南亚国家联盟—对话"


# sentences with states' full names before organ words, other words, dashes and marks (own words)
_STATES = [
    "泰国外交部发表声明，越南政府表示欢迎，老挝与柬埔寨未作回应。",
    "日本政府开发援助项目在缅甸落地，美国国会随后通过法案。",
    "中国驻菲律宾大使馆发言人说，菲律宾海警船只进入该海域。",
    "印度—东盟峰会期间，新加坡当局宣布，韩国国防部长访问澳大利亚。",
    "会见德国、法国、意大利三国外长后，俄罗斯总统表示满意。",
    "北京市政府与东京都知事会面，中南海释放信号，美中南海博弈加剧。",
    "巴西和阿根廷、澳巴新三国及巴布亚新几内亚代表出席。",
]


def _without_state_path(m):
    """A copy of the matcher whose payloads never take the state-name short path of `find`."""
    import copy

    slow = copy.copy(m)
    slow.payload = [p[:6] + (False,) if p[0] == "alias" else p for p in m.payload]
    return slow


@pytest.mark.parametrize("text", _STATES)
def test_a_state_name_on_the_short_path_is_found_as_the_long_path_finds_it(text: str) -> None:
    m = default_resolver().matcher
    slow = _without_state_path(m)
    fast = m.find(text)
    assert [(h.start, h.end, h.aliases, h.how, h.role) for h in fast] == \
        [(h.start, h.end, h.aliases, h.how, h.role) for h in slow.find(text)]
    assert fast


def test_state_name_is_set_only_for_a_state_s_full_name_no_other_special_case_applies_to() -> None:
    m = default_resolver().matcher
    surfaces = [k for k in m.gz.aliases if len(k) >= 2]  # (the automaton's first patterns, in order)
    names = 0
    for surface, p in zip(surfaces, m.payload):
        _, aliases, latin, glue, state, plain, state_name = p
        first = aliases[0]
        assert state_name == (not latin and glue == 0 and first.how == "gazetteer" and state
                              and surface != "中南海" and first.role != "capital"), surface
        assert not (plain and state_name)
        names += state_name
    assert names > 100


def _finds(text: str, word: str) -> list[int]:
    """Every k that `text.find(word, k')` returns for some k' (the slow form, one search per start)."""
    out, k = [], text.find(word)
    while k != -1:
        out.append(k)
        k = text.find(word, k + 1)
    return out


@pytest.mark.parametrize("text", ["外交部发言人说，商务部和外交部将回应；国防部长访问国防部。", "部部部部", "",
                                  "财政部门与外交部门之间，外交部外交部"])
def test_occurrences_are_every_start_the_searches_find(text: str) -> None:
    from latticework.actors.voice import _next_use, occurrences

    words = ("外交部", "交部", "商务部", "国防部", "部部", "国防部长", "外交部")
    found = occurrences(text, words)
    for w in words:
        assert found.get(w, []) == _finds(text, w), w
        for e in range(len(text) + 2):
            assert _next_use(text, w, e, found.get(w, [])) == text.find(w, e), (w, e)
    with pytest.raises(ValueError):
        occurrences(text, ("", "部"))


class _Everything:
    """A set holding every character: `_exercise` never takes its shortcut with it."""

    def __contains__(self, ch: object) -> bool:
        return True


# quotations followed by exercise words, glosses, type words and other words (own words)
_QUOTED = [
    "“海上联合—2019”联合军演在青岛附近海域举行。",
    "「肩並肩」（Balikatan）聯合軍演年年舉行，“利剑”演习随后展开。",
    "“北极星”计划与“邻国优先”政策、“季风”计划先后提出，“印太展望”受到关注。",
    "报道称“汉光41号”规模空前，“东方-2022”战略演习也已结束。",
    "他说“合作共赢”是唯一出路，“新南方”政策取得进展。",
    "“和平友谊-2024”", "“和平友谊”", "“联合利剑—2023A”。",
]


@pytest.mark.parametrize("text", _QUOTED)
def test_quoted_exercises_and_typed_names_are_read_as_the_full_tests_read_them(text: str, monkeypatch) -> None:
    import re

    from latticework.actors import discovery

    d = default_resolver().discovery
    quotes = [(m.group(1), m.end()) for m in re.finditer(r"[“「]([^”」]+)[”」]", text)]
    fast = [(d._exercise(q, text, end), d._typed_quote(q, text, end)) for q, end in quotes]
    monkeypatch.setattr(discovery, "_EXERCISE_NEXT", _Everything())

    def typed_slow(inner: str, after: int):
        word = next((w for w in discovery._TYPE_WORDS if text.startswith(w, after)), None)
        al = d.gz.aliases.get(inner + word) if word and inner + word not in d.owned_names else None
        if not al or len({a.entity for a in al}) != 1 or al[0].ambiguous:
            return None
        e = d.gz.entities[al[0].entity]
        return e if e.kind not in discovery.STATE_KINDS + ("person", "place") else None

    assert fast == [(d._exercise(q, text, end), typed_slow(q, end)) for q, end in quotes]


@pytest.mark.parametrize("text", ["与美国相比，日本更加谨慎，两国立场不同。", "日本和韩国相较而言更近。", "中国和越南举行会谈，两国同意合作。",
                                  "跟法国比起来，德国的态度不同。"])
def test_candidates_without_comparisons_are_those_each_mention_is_tested_for(text: str) -> None:
    from latticework.actors.antecedents import compared, not_compared

    r = default_resolver()
    mentions = r.resolve_block(text, 0, 40, "2024-01-01")
    assert mentions
    assert not_compared(text, mentions, 40) == [x for x in mentions if not compared(text, x, 40)]


@pytest.mark.parametrize("text", ["中国和越南举行会谈。", "东盟与日本签署协定，美国派员出席。", ""])
def test_owned_documents_of_a_block_without_a_record_name_are_its_mentions_in_order(text: str) -> None:
    from latticework.actors.mention import by_start

    r = default_resolver()
    assert r.owned_re.search(text) is None and r.owned_re.search("日本发布新版国家安全战略") is not None
    mentions = sorted(r.resolve_block("东盟与中国和日本举行会谈，美国派员出席。", 0, 0, None), key=by_start)
    assert r._owned_documents(text, 0, 0, mentions) == sorted(mentions, key=by_start)


def test_the_first_disorder_is_the_first_pair_out_of_span_order() -> None:
    import random

    from latticework.actors.mention import Mention, _first_disorder, in_order

    def m(s: int, e: int) -> Mention:
        return Mention(s, e, "x", "X", "state", "x", "x", None, "gazetteer")

    def slow(ms: list[Mention]) -> int | None:
        return next((i for i in range(len(ms) - 1) if (ms[i].start, ms[i].end) > (ms[i + 1].start, ms[i + 1].end)), None)

    rng = random.Random(13)
    cases = [[], [m(0, 2)], [m(0, 2), m(3, 5), m(6, 7)], [m(0, 4), m(0, 2)], [m(0, 2), m(0, 4), m(1, 3)],
             [m(5, 6), m(1, 2)], [m(0, 2), m(2, 4), m(2, 3)], [m(0, 1), m(0, 1), m(4, 5)]]
    for _ in range(300):
        spans = sorted((rng.randrange(40), rng.randrange(1, 5)) for _ in range(rng.randrange(12)))
        ms = [m(s, s + n) for s, n in spans]
        if ms and rng.random() < 0.5:  # a few appended out of order, as a pass leaves them
            ms.append(m(rng.randrange(40), 50))
        cases.append(ms)
    for ms in cases:
        assert _first_disorder(ms) == slow(ms)
        assert in_order(ms) == (slow(ms) is None)


@pytest.mark.parametrize("text", ["中国和越南举行会谈，东盟派员出席。", "亚太经济合作组织（APEC）与东盟（ASEAN）举行对话。",
                                  "世界贸易组织(世贸组织)总干事访问日本。", "APEC与RCEP并存，东盟表示欢迎。"])
def test_glosses_are_dropped_as_the_walk_over_every_mention_drops_them(text: str, monkeypatch) -> None:
    from latticework.actors import citations

    r = default_resolver()
    hits = r.matcher.find(text)
    mentions = [m for h in hits if (m := r._from_hit(text, h, 0, 0, None)) is not None]
    fast = citations._drop_glosses(text, mentions, 0, r.gz)

    class _Bracketed(str):  # the text as it is, but claiming a bracket: the full walk is taken
        def __contains__(self, ch: object) -> bool:
            return True if ch in ("（", "(") else str.__contains__(self, ch)

    assert fast == citations._drop_glosses(_Bracketed(text), mentions, 0, r.gz)
