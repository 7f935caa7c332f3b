"""Property: every cleaned character maps to an original character of the same or an equivalent
form, for any input the generators can build from the genre's pieces; cleaning never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from latticework.clean import clean
from latticework.model import SourceText
from latticework.text_forms import equivalent

CJK = "美国日本中方韩越南东盟亚太经合组织峰会访问签署协定伙伴关系國際澳紐蘭基础合作"
PIECES = [
    "，", "。", ", ", "; ", ": ", "“", "”", "《", "》", "(", ")", "（", "）", "、", "——", "·",
    " ", "  ", "\u3000", "\t", "Ａ", "１", "％", "＋",
    "①", "②", "<sup>[1]</sup>", "<sup>\\*</sup>", "^[2]", "[^3]", "^{*}", "\\_", "\\*", "**", "*",
    "[链接](https://example.org/a\\_b)", "<https://example.org/x>", "https: / / www. state. gov / a - b /",
    "2023 年 8 月", "11 月 / 12日", "APEC", "Quad", "Lloyd Austin", "and", "-", "…",
]
TOKEN = st.one_of(
    st.text(alphabet=CJK, min_size=1, max_size=12),
    st.sampled_from(PIECES),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789 .,", min_size=1, max_size=10),
)
LINE_PREFIX = st.sampled_from(
    ["", "", "", " ", "# ", "## ", "### ", "- ", "[1] ", "[2] ", "① ", "②", "一、", "（一）", "1. ",
     "〔关键词〕", "〔提 要〕", "□ ", "\\* 本文系", "【责任编辑：", "> "]
)
SPECIAL_LINE = st.sampled_from(["", "", "", " ", "---", "214", "\t 5", "\f", "①", " ②", "https://example.org/dump"])
LINE = st.one_of(
    st.builds(lambda p, toks: p + "".join(toks), LINE_PREFIX, st.lists(TOKEN, min_size=0, max_size=14)),
    SPECIAL_LINE,
)
DOC = st.lists(LINE, min_size=1, max_size=40).map("\n".join)


def _check(text: str, fmt: str) -> None:
    src = SourceText(path="generated.txt", text=text, format=fmt)
    doc = clean(src)
    assert len(doc.text) == len(doc.offs)
    separators = {b.start - 1 for b in doc.blocks[1:]}
    for i, ch in enumerate(doc.text):
        off = doc.offs[i]
        assert 0 <= off < len(text), (i, ch, off)
        if i in separators and not equivalent(ch, text[off]):
            # two blocks cut from one line (a run-in heading): the separator stands on the first's end
            assert ch == "\n" and "\n" not in text[off : doc.offs[i + 1]] and off == doc.offs[i - 1], (i, doc.text)
            continue
        assert equivalent(ch, text[off]), (i, ch, text[off], doc.text)
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)
        assert 1 <= b.line_first <= b.line_last <= src.n_lines
    for m in doc.markers:
        assert 0 <= m.pos <= len(doc.text)
    assert len(doc.simplified) == len(doc.text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOC, st.sampled_from(["txt", "md"]))
def test_offset_map_is_faithful(text: str, fmt: str) -> None:
    _check(text, fmt)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text, "txt")


def test_a_run_in_heading_split_from_its_line_keeps_its_map() -> None:
    _check("（一）东。东", "txt")
    _check("（一）加强对话。APEC成员同意扩大合作。\n第二段。", "txt")


def test_wrapped_double_spaced_text_keeps_its_map() -> None:
    text = "2023年美国的政策\n\n 摘　要：　 2023年, 美国与日本、 韩国的关系进一步加强, 双方\n\n在金边举行会谈。①\n\n①\n“Joint Statement,” May 1, 2023, https: / / www. state. gov / a / , accessed: 2024-04-17.\n 其后双方又在东京会晤。\n"
    _check(text, "txt")
