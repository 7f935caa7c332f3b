"""State names and forms the coref6 dev texts probe: Taiwan forms (紐, 索國, 威靈頓), 声索国, 龙山,
juntas, 美籍 (but not 韩裔), a headline's venue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _link(text: str):
    return link(clean(SourceText("t.txt", text, "txt")))


def _states(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.country) for m in _link(text) if m.kind in ("state", "economy", "organ") and m.how != "coreference"]


@pytest.mark.parametrize("text, expected", [
    ("美澳紐三國外長會晤，紐方表示歡迎。", [("美", "USA"), ("澳", "AUS"), ("紐", "NZL"), ("紐方", "NZL")]),
    ("威靈頓亦調整政策。", [("威靈頓", "NZL")]),
    ("華府宣布在索國重開大使館。", [("華府", "USA"), ("索國", "SLB")]),
    ("越南是南海声索国之一。", [("越南", "VNM")]),
    ("两国的纽带日益紧密，中美纽带也很重要。", [("中", "CHN"), ("美", "USA")]),
])
def test_taiwan_forms_of_new_zealand_and_solomon_islands(text: str, expected) -> None:
    assert _states(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("龙山方面强调，该承诺不构成同盟义务。", [("龙山", "KOR")]),
    ("龍山方面強調，該承諾不構成同盟義務。", [("龍山", "KOR")]),
    ("驻韩美军龙山基地已迁往平泽。", [("韩", "KOR"), ("美", "USA")]),
])
def test_yongsan_is_the_rok_presidency_but_not_the_garrison(text: str, expected) -> None:
    assert [x for x in _states(text) if x[0] != "平泽"] == expected


@pytest.mark.parametrize("text, expected", [
    ("缅甸军政府拒绝出席峰会。", [("缅甸军政府", "MMR")]),
    ("尼日爾軍政府宣布退出。", [("尼日爾軍政府", "NER")]),
])
def test_a_junta_named_with_its_state_is_its_government(text: str, expected) -> None:
    assert _states(text) == expected


def test_nationality_is_the_state_but_descent_is_not() -> None:
    assert _states("一位美籍韩裔学者和一位俄裔作家参加了讨论。") == [("美", "USA")]


def test_a_headline_venue_before_closing() -> None:
    ms = _link("东盟峰会万象闭幕\n\n第44届东盟峰会今日闭幕。")
    assert [(m.text, m.kind) for m in ms if m.text == "万象"] == [("万象", "place")]
