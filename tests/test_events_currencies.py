"""提供 with a sum in any donor's currency (澳元, 韩元, 英镑, 人民币…) is AID, not only in dollars, yen or
euros. Sentences written for these tests, in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text,giver,taker", [
    ("2022年8月，澳大利亚宣布向斐济提供5000万澳元，用于灾后重建。", "AUS", "FJI"),
    ("2022年8月，澳洲宣布向斐濟提供5000萬澳元，用於災後重建。", "AUS", "FJI"),
    ("2023年4月，韩国向越南提供3000亿韩元。", "KOR", "VNM"),
    ("2023年4月，韓國向越南提供3000億韓元。", "KOR", "VNM"),
    ("2021年3月，英国承诺向肯尼亚提供2000万英镑。", "GBR", "KEN"),
])
def test_a_sum_in_any_currency_is_aid(text, giver, taker) -> None:
    got = [x for x in summary(events(text)) if x[0] == "AID"]
    assert got and got[0][1] == [giver] and got[0][2] == [taker], summary(events(text))
