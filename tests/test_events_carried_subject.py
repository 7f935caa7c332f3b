"""A clause opened by 与X (…，并与X会谈) takes its subject from the clause before: the party in
subject position there, and states coordinated with it, but not a party that clause acts on."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type


@pytest.mark.parametrize("text, etype, parties", [
    ("2023年5月，日本拒绝了韩方的提议，并与美国举行会谈。", "CONSULT", ["JPN", "USA"]),
    ("2023年5月，越南总理会见了日本外相，随后与韩国总统举行会谈。", "CONSULT", ["KOR", "VNM"]),
    ("2024年4月，菲律宾批评了中国的行动，并与美国举行联合演习。", "COOPERATE", ["PHL", "USA"]),
    ("2022年3月，澳大利亚欢迎印度的立场，同时与日本签署了一项协定。", "AGREE", ["AUS", "JPN"]),
    ("2022年3月，澳洲歡迎印度的立場，同時與日本簽署了一項協定。", "AGREE", ["AUS", "JPN"]),
])
def test_the_party_acted_on_in_the_clause_before_is_no_subject(text, etype, parties) -> None:
    last = of_type(events(text), etype)[-1]  # the act of the clause after
    assert sorted(keys(last.actors) + keys(last.recipients)) == parties


@pytest.mark.parametrize("text", [
    "2019年9月，所罗门群岛和基里巴斯先后与台湾断交，并与中国建交。",
    "2019年9月，索羅門群島與吉里巴斯先後與台灣斷交，並轉與中國大陸建交。",
])
def test_states_coordinated_with_the_subject_stay_subjects(text) -> None:
    ties = [e for e in of_type(events(text), "ALIGN") if "CHN" in keys(e.actors)]
    assert sorted(k for e in ties for k in keys(e.actors) if k != "CHN") == ["KIR", "SLB"]
