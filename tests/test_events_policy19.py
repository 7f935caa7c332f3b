"""Unilateral measures eased or granted (invented sentences; lifted.py with measures_undone.yaml,
tariff_relief._PREFERENCE, assign._IMPORTS_RESUMED, SANCTION 暂停…出口)."""

from __future__ import annotations

import pytest

from event_helpers import file_events


def _summary(tmp_path, text: str) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.type, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients))
                  for e in file_events(tmp_path, text, "news.txt"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # tariffs imposed before, suspended now: relief, no new sanction
        ("2025年4月，美国暂停对大多数贸易伙伴加征的对等关税90天。", [("POLICY", ["USA"], [])]),
        ("2024年6月，中方宣布将澳大利亚纳入单方面免签国家范围。", [("POLICY", ["CHN"], ["AUS"])]),
        ("2025年6月，中方宣布恢复进口部分日本水产品。", [("POLICY", ["CHN"], ["JPN"])]),
        ("2025年6月，中方宣布恢復進口部分日本水產品。", [("POLICY", ["CHN"], ["JPN"])]),
        ("2025年4月，中方宣布暂停对美国出口稀土。", [("SANCTION", ["CHN"], ["USA"])]),
    ],
)
def test_measures_eased_granted_or_imposed(tmp_path, text: str, expected) -> None:
    assert _summary(tmp_path, text) == expected


def test_resumed_talks_are_no_imports(tmp_path) -> None:
    assert [x for x in _summary(tmp_path, "2024年5月，两国宣布恢复进口谈判。") if x[0] == "POLICY"] == []


def test_a_bare_visa_waiver_at_the_end_of_its_clause(tmp_path) -> None:
    assert _summary(tmp_path, "2023年11月，中方宣布对法国、德国等六国试行免签。") == [("POLICY", ["CHN"], ["DEU", "FRA"])]


def test_the_two_militaries_name_the_pair_for_what_follows(tmp_path) -> None:
    """中印两军: 印 is India beside 两军, and 两国外长 the next day are China's and India's."""
    assert _summary(tmp_path, "2020年6月15日，中印两军在加勒万河谷发生冲突。事发次日，两国外长通电话。") == [
        ("CONSULT", ["CHN", "IND"], [])]
