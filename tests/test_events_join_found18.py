"""Ratifying an agreement named by its acronym is joining it (lead18): 马来西亚批准了RCEP as 国会批准了该条约;
a body 诞生 "born" or 筹建 "in preparation" is founded.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from event_helpers import full_events, summary


@pytest.mark.parametrize("text, who, what", [
    ("2022年，马来西亚批准了RCEP。", ["MYS"], ["rcep"]),
    ("菲律宾参议院于2023年2月批准了RCEP。", ["PHL"], ["rcep"]),
    ("2018年，新西兰议会批准CPTPP。", ["NZL"], ["cptpp"]),
    ("2022年，馬來西亞批准了RCEP。", ["MYS"], ["rcep"]),
])
def test_ratifying_an_agreement_named_by_acronym_joins_it(text: str, who: list, what: list) -> None:
    joins = [s for s in summary(full_events(text)) if s[0] == "JOIN"]
    assert joins and joins[0][1] == who and joins[0][2] == what, joins


def test_approving_a_loan_named_after_is_no_accession() -> None:
    assert not [s for s in summary(full_events("2023年3月，国际货币基金组织批准了对斯里兰卡的贷款安排。")) if s[0] == "JOIN"]


@pytest.mark.parametrize("text, body", [
    ("1967年8月，泰国、新加坡、菲律宾、印尼和马来西亚的外长在曼谷签署一份宣言，东盟由此诞生。", "asean"),
    ("1967年8月8日，東盟在曼谷正式誕生。", "asean"),
    ("2001年6月，上海合作组织由此成立。", "sco"),
    ("2014年，金砖国家宣布筹建新开发银行。", "ndb"),
])
def test_a_body_born_or_prepared_is_founded(text: str, body: str) -> None:
    # 诞生 "born" is founded as 成立 is (由此 "thereby" is no passive agent); 筹建 prepares the founding
    found = [e for e in full_events(text) if e.type == "ESTABLISH"]
    assert found and found[0].object is not None and found[0].object.get("id") == body, found


@pytest.mark.parametrize("text", [
    "2023年，俄罗斯撤回对《全面禁止核试验条约》的批准。",
    "2023年11月，俄羅斯撤回對《全面禁止核試驗條約》的批准。",
])
def test_a_ratification_revoked_leaves_the_treaty(text: str) -> None:
    left = [s for s in summary(full_events(text)) if s[0] == "LEAVE"]
    assert left and left[0][1] == ["RUS"] and left[0][2] == ["ctbt"], left


def test_a_demand_to_revoke_an_approval_names_no_treaty_left() -> None:
    assert not [s for s in summary(full_events("中方要求日方撤回批准。")) if s[0] == "LEAVE"]
