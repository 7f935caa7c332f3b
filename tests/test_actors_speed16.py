"""The linker's shortcuts (speed16) answer as the slower forms they replace.

Each is held to the computation it stands for, on text written for these tests: the automaton read
once over a document's blocks finds in each block what it finds in that block alone; the widening
window finds the last stop `max(rfind)` finds; the title looked up by length is the one the
longest-first walk finds; the Latin-name test asks the same characters.
"""

from __future__ import annotations

import random

import pytest

from latticework.actors import default_resolver, link
from latticework.actors.gazetteer import STATE_KINDS, default_gazetteer
from latticework.actors.automaton_scan import scan_view
from latticework.actors.latin_names import _near_han
from latticework.actors.matcher import default_matcher
from latticework.actors.spans import last_of, sentence_stop
from latticework.actors.titled_state import person_titles, titled_state
from latticework.clean import clean
from latticework.model import SourceText

# blocks of one imagined document (own words): dates whose 日 the matcher blanks, dashes of pairs,
# a block that ends in a state's name and one that opens with one, Latin names, an empty block
_BLOCKS = [
    "5日美国与日本外长在东京会谈，双方同意加强合作。",
    "中国-东盟外长会议于3日在雅加达举行。",
    "2024年10月7日新规生效后，日韩两国表示关切，美国",
    "日本首相随后访问澳大利亚",
    "",
    "APEC、CPTPP与RCEP的成员在会上讨论了供应链问题（WTO也派员出席）。",
    "该组织秘书处设在新加坡。",
]


def test_one_automaton_pass_finds_in_each_block_what_it_finds_alone() -> None:
    m = default_matcher()
    found = m.automaton_hits(_BLOCKS)
    assert len(found) == len(_BLOCKS)
    for text, matches in zip(_BLOCKS, found):
        alone = m.ac.find_matches_as_indexes(scan_view(text))
        assert [tuple(x) for x in alone] == matches
        assert m.find(text, matches) == m.find(text)
    assert m.automaton_hits([]) == []


def test_a_document_links_the_same_with_the_automaton_read_per_block() -> None:
    doc = clean(SourceText("t.txt", "\n\n".join(b for b in _BLOCKS if b), "txt"))
    r = default_resolver()
    whole = link(doc, doc_date="2024-10-08")
    per_block = []
    for i, b in enumerate(doc.blocks):  # (the first pass of `link`, block by block, the automaton asked each time)
        per_block.extend(r.resolve_block(doc.simplified[b.start : b.end], i, b.start, "2024-10-08"))
    assert whole  # (the later passes run on both the same way; the block pass is compared below)
    with_hits = []
    hits = r.matcher.automaton_hits([doc.simplified[b.start : b.end] for b in doc.blocks])
    for i, b in enumerate(doc.blocks):
        with_hits.extend(r.resolve_block(doc.simplified[b.start : b.end], i, b.start, "2024-10-08", matches=hits[i]))
    assert with_hits == per_block


@pytest.mark.parametrize("chars", ["。！？；!?;", "，。；,;：", "，。；,;！？!?\n"])
def test_the_last_stop_in_a_widening_window_is_the_last_stop(chars: str) -> None:
    rng = random.Random(16)
    # a long run with no stop at all (a whole document searched from its end) and texts with a few
    texts = ["甲" * 5000, "甲" * 3000 + "。" + "乙" * 3000, "".join(rng.choice("甲乙丙，。；,;：！？!?\n") for _ in range(2000))]
    for text in texts:
        for i in [0, 1, 127, 128, 129, 1000, len(text)] + [rng.randrange(len(text) + 1) for _ in range(50)]:
            for lo in (0, min(i, 17)):
                assert last_of(text, chars, i, lo) == max(text.rfind(c, lo, i) for c in chars)
    assert sentence_stop("第一句。第二句", 6) == 3


def test_a_title_is_looked_up_as_the_longest_first_walk_finds_it() -> None:
    gz = default_gazetteer()
    titles = person_titles(gz)
    for text in ("巴拉圭总统培尼亚", "日本外务大臣上川", "法国外长巴罗", "总统", "美国国务卿", "韩国副总理兼财长"):
        for pos in range(len(text) + 1):
            assert titled_state(gz, text, pos) == _walked(gz, titles, text, pos)


def _walked(gz, titles: list[str], text: str, pos: int) -> str | None:
    """`titled_state` as it was: the titles tried longest first."""
    title = next((t for t in titles if text.endswith(t, max(0, pos - len(t)), pos)), None) if pos else None
    if title is None:
        return None
    end = pos - len(title)
    for k in range(max(0, end - 8), end - 1):
        for a in gz.aliases.get(text[k:end], []):
            e = gz.entities.get(a.entity)
            if e is not None and e.kind in STATE_KINDS and a.how == "gazetteer":
                return e.id
    return None


def test_a_latin_name_counts_near_chinese_prose_or_a_list_comma() -> None:
    text = "Quad and AUKUS（AUKUS）在会上、RCEP"
    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            around = text[max(0, s - 6) : s] + text[e : e + 6]
            assert _near_han(text, s, e) == any("\u4e00" <= c <= "\u9fff" or c == "、" for c in around)


def test_the_year_before_a_name_is_the_last_the_scan_from_the_start_finds() -> None:
    from latticework.actors.resolve import _YEAR, _date_before

    def scanned(text: str, pos: int) -> str | None:
        last = None
        for m in _YEAR.finditer(text, 0, pos):
            last = m
        if last is None:
            return None
        return f"{last.group(1)}-{int(last.group(2)):02d}" if last.group(2) else last.group(1)

    rng = random.Random(7)
    pieces = ["2019年", "年", "月", "3", "１", " ", "\u3000", "甲", "，", "2023年 12月", "1998年5", "外长会见了"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 120)))
        for pos in range(len(text) + 1):
            assert _date_before(text, pos) == scanned(text, pos)


def test_acronym_glosses_tried_at_the_brackets_are_the_pattern_s_matches() -> None:
    from latticework.actors.introductions import _ACRONYM, _acronym_glosses

    text = ("亚洲基础设施投资银行（AIIB）与新开发银行(NDB)签署协议，（Partnership for Global Infrastructure，PGII）"
            "也在会上提出（见附表）。（ABC（DE）") * 3
    assert [m.span() for m in _acronym_glosses(text)] == [m.span() for m in _ACRONYM.finditer(text)]
    assert len(_acronym_glosses(text)) >= 6
