"""A body founded in a time clause that dates it (自2001年成立以来) is a founding told; an undated one
(成立以来) is only a time reference. A state's own body founded with no founder named was founded by
that state (the gazetteer's `owner`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


def _founded(text: str):
    return [(e.type, sorted(a.key() for a in e.actors), e.date, (e.object or {}).get("id")) for e in full_events(text)
            if e.type == "ESTABLISH"]


@pytest.mark.parametrize("text,want", [
    ("上海合作组织自2001年成立以来，不断发展壮大。", ("ESTABLISH", ["sco"], "2001", "sco")),
    ("上海合作组织自2001年6月成立以来，成员不断增加。", ("ESTABLISH", ["sco"], "2001-06", "sco")),
    ("上海合作組織自2001年成立以來，影響日益擴大。", ("ESTABLISH", ["sco"], "2001", "sco")),
])
def test_a_dated_founding_in_a_since_clause_is_told(text, want) -> None:
    assert want in _founded(text), summary(full_events(text))


def test_a_short_form_founded_in_a_since_clause_is_told_only_when_dated() -> None:
    # 亚行 names the bank by a short form with no founding noun: undated, the clause is a time reference
    assert _founded("亚行成立以来，累计提供了大量贷款。") == []
    assert [f[2:] for f in _founded("亚行自1966年成立以来，累计提供了大量贷款。")] == [("1966", "adb")]


@pytest.mark.parametrize("text,date", [
    ("澳大利亚太平洋基础设施融资机制于2019年7月启动。", "2019-07"),
    ("澳大利亚太平洋基础设施融资机制自2019年7月启动以来，已提供多笔贷款。", "2019-07"),
    ("澳洲太平洋基礎設施融資機制於2019年7月正式成立。", "2019-07"),
])
def test_a_states_own_body_is_founded_by_the_state(text, date) -> None:
    assert ("ESTABLISH", ["AUS"], date, "aiffp") in _founded(text), summary(full_events(text))


def test_a_body_with_no_owner_stays_its_own_founder() -> None:
    assert ("ESTABLISH", ["sco"], "2001", "sco") in _founded("上海合作组织于2001年成立。")


@pytest.mark.parametrize("text,want", [
    ("“一带一路”倡议于2013年提出。", ("ESTABLISH", ["CHN"], "2013", "belt-and-road-initiative")),
    ("全球发展倡议自2021年提出以来，得到众多国家支持。", ("ESTABLISH", ["CHN"], "2021", "global-development-initiative")),
    ("全球發展倡議自2021年9月提出以來，獲得多國響應。", ("ESTABLISH", ["CHN"], "2021-09", "global-development-initiative")),
])
def test_a_listed_initiative_proposed_with_no_proposer_is_founded_by_its_owner(text, want) -> None:
    assert want in _founded(text), summary(full_events(text))


def test_an_initiative_proposed_by_a_named_state_keeps_it() -> None:
    got = _founded("2013年，中国提出“一带一路”倡议。")
    assert [g[1] for g in got] == [["CHN"]]
