"""A tour told with 先后/相继 (A先后对B、C、D进行国事访问) is one visit per host, as the shared
guidelines ask of parties that act separately; a treaty listed with a body left or joined
(退出X和《Y》) is one more membership act. Sentences written for these tests, in simplified
and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "2019年11月3日至8日，韩国总统文在寅先后对泰国、越南和菲律宾进行国事访问。",
    "2019年11月3日至8日，韓國總統文在寅先後對泰國、越南和菲律賓進行國事訪問。",
])
def test_a_tour_is_one_visit_per_host(text) -> None:
    got = [x for x in summary(events(text)) if x[0] == "CONSULT"]
    # the first stop begins on the tour's first day; the later stops' days are not told
    assert got == [("CONSULT", ["KOR"], ["THA"], "2019-11-03", "asserted"),
                   ("CONSULT", ["KOR"], ["VNM"], "2019-11", "asserted"),
                   ("CONSULT", ["KOR"], ["PHL"], "2019-11", "asserted")], got


@pytest.mark.parametrize("text", [
    "2023年6月，日本外相林芳正相继访问印度和斯里兰卡。",
    "2023年6月，日本外相林芳正相繼訪問印度和斯里蘭卡。",
])
def test_a_tour_in_a_month_keeps_its_month(text) -> None:
    got = sorted(x for x in summary(events(text)) if x[0] == "CONSULT")
    assert got == [("CONSULT", ["JPN"], ["IND"], "2023-06", "asserted"),
                   ("CONSULT", ["JPN"], ["LKA"], "2023-06", "asserted")], got


@pytest.mark.parametrize("text", [
    "2017年6月1日，美国宣布退出联合国教科文组织和《巴黎协定》。",
    "2017年6月1日，美國宣布退出聯合國教科文組織和《巴黎協定》。",
])
def test_a_treaty_listed_with_a_body_left_is_left_too(text) -> None:
    got = sorted(x for x in summary(events(text)) if x[0] == "LEAVE")
    assert [r for _, _, r, _, _ in got] == [["paris-agreement"], ["unesco"]], got
