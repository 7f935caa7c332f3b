"""A full stop written as a period (．, or . between Chinese text), as some journals and copy-paste give
it, ends a sentence as 。 does (lead18); a decimal, an acronym or a web address keeps its period.
Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from latticework import pipeline
from latticework.events import event_json, extract_events

# (the second sentence has no party of its own: it goes on with the first's, read only across a sentence end)
_TEXT = "2023年8月，美日韩三国领导人在戴维营举行峰会。同年11月，第二次峰会在利马举行。\n"


def _events(path: Path) -> list[tuple]:
    proc = pipeline.process(path)
    return sorted((j["type"], sorted(a.get("country") or a["id"] for a in j["actors"]), j["date"])
                  for j in (event_json(proc, e) for e in extract_events(proc)))


@pytest.mark.parametrize("stop", ["．", "."])
def test_a_period_between_chinese_sentences_ends_one(tmp_path: Path, stop: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(_TEXT, encoding="utf-8")
    b.write_text(_TEXT.replace("。", stop), encoding="utf-8")
    assert len(_events(a)) == 2 and _events(b) == _events(a)


def test_a_decimal_and_an_address_keep_their_periods(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("美国对中国商品加征3.5倍关税，详见www.example.gov.cn网站。\n", encoding="utf-8")
    view = pipeline.process(f).doc.simplified
    assert "3.5" in view and "www.example.gov.cn" in view
