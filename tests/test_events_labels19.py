"""A party labelling another's conduct in a statement accuses it; dangerous approaches are coercion
(invented sentences; events/violation_claims.py, COERCE triggers)."""

from __future__ import annotations

import pytest

from event_helpers import file_events


def _of(tmp_path, text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients))
            for e in file_events(tmp_path, text, "news.txt") if e.type == etype]


@pytest.mark.parametrize(
    "text,accuser,accused",
    [
        ("2024年5月，中国外交部表示，菲方的挑衅行为严重侵犯中国主权。", "CHN", "PHL"),
        ("2025年8月，印度外交部称美方的关税措施不公平、不合理。", "IND", "USA"),
        ("2024年3月，中方认为美方此举是典型的经济霸凌。", "CHN", "USA"),
        ("2024年3月，外交部发言人表示，美方粗暴干涉中国内政。", "CHN", "USA"),
        ("2024年3月，中國外交部表示，美方粗暴干涉中國內政。", "CHN", "USA"),
    ],
)
def test_a_label_in_a_statement_is_an_accusation(tmp_path, text: str, accuser: str, accused: str) -> None:
    assert _of(tmp_path, text, "ACCUSE") == [([accuser], [accused])]


@pytest.mark.parametrize("text", ["2024年，专家认为，关税措施损害了两国企业的合法权益。", "2024年，日本表示将维护本国主权。"])
def test_no_accusation_without_a_named_party_labelled(tmp_path, text: str) -> None:
    assert _of(tmp_path, text, "ACCUSE") == []


def test_a_dangerous_approach_is_coercion(tmp_path) -> None:
    assert _of(tmp_path, "2024年5月，中国海警船危险接近菲律宾补给船。", "COERCE") == [(["CHN"], ["PHL"])]


@pytest.mark.parametrize(
    "text,threatened",
    [
        ("2025年10月，中方表示，如果美方一意孤行，中方必将坚决采取相应措施。", ["USA"]),
        ("2022年8月，中方警告美方，若众议院议长窜访台湾，解放军绝不会坐视不管。", ["USA"]),
    ],
)
def test_stock_threats_without_a_verb_of_threat(tmp_path, text: str, threatened: list[str]) -> None:
    (ev,) = [e for e in file_events(tmp_path, text, "news.txt") if e.type == "THREATEN"]
    assert [a.key() for a in ev.actors] == ["CHN"] and set(threatened) <= {r.key() for r in ev.recipients}


def test_a_promise_with_bijiang_is_no_threat(tmp_path) -> None:
    assert _of(tmp_path, "2024年，中方表示必将采取更多举措扩大高水平对外开放。", "THREATEN") == []
