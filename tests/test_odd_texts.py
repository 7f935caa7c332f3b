"""Odd but valid texts run through linking and extraction without an error: rules that look at the
characters after a mention or a date must stop at the end of the text."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.events import extract_events
from latticework.pipeline import process

ODD = [
    "两国关系稳定发展，中巴", "兩國關係穩定發展，中巴", "中美", "美", "中" * 3000, "。" * 800,
    "美日印澳" * 200, "（）" * 300, "2023年2月30日", "第1次", "据报道", "该条约于同年12月4日生效",
    "12月4日", "5億美元", "在新加坡", "《", "“中国”" * 100,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_links_and_extracts(tmp_path, text) -> None:
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    p = process(f)
    ms = link(p.doc)
    assert all(0 <= m.start < m.end <= len(p.doc.text) for m in ms)
    for ev in extract_events(p):
        assert all(0 <= x.start <= x.end <= len(p.doc.text) for x in ev.evidence)
