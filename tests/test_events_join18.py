"""Ratifying an agreement named by its acronym is joining it (lead18): 马来西亚批准了RCEP as 国会批准了该条约.
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
