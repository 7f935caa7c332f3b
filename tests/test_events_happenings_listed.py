"""Several happenings of one type told in one sentence (multi11): a list of partners each dated
in brackets, a run of dates paired with the acts or objects told 先后, a visit named after an
attendance. Sentences written for these tests, in simplified and traditional script, over the
full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- partners listed with 以及, each dated in brackets ------------------------------------------


@pytest.mark.parametrize("text", [
    "近年来，印尼先后与日本（2021年3月）、澳大利亚（2022年6月）以及韩国（2023年9月）建立全面战略伙伴关系。",
    "近年來，印尼先後與日本（2021年3月）、澳大利亞（2022年6月）以及韓國（2023年9月）建立全面戰略夥伴關係。",
    "印尼分别同日本（2021年3月）、澳大利亚（2022年6月）以及韩国（2023年9月）签署了防务合作协定。",
])
def test_partners_listed_with_yiji_each_take_their_bracketed_date(text) -> None:
    evs = [e for e in events(text) if e.type in ("ALIGN", "AGREE")]
    got = sorted((keys(e.actors), e.date) for e in evs)
    assert got == [(["AUS", "IDN"], "2022-06"), (["IDN", "JPN"], "2021-03"), (["IDN", "KOR"], "2023-09")], summary(evs)


@pytest.mark.parametrize("text", [
    "菲律宾先后与日本（2023年2月）、法国和德国（2024年5月、7月）建立战略伙伴关系。",
    "菲律賓先後與日本（2023年2月）、法國和德國（2024年5月、7月）建立戰略夥伴關係。",
    "菲律宾先后与日本（2023年2月）、法国及德国（2024年5月和7月）建立战略伙伴关系。",
])
def test_a_bracket_of_two_dates_after_two_partners_goes_one_to_one(text) -> None:
    evs = of_type(events(text), "ALIGN")
    got = sorted((keys(e.actors), e.date) for e in evs)
    assert got == [(["DEU", "PHL"], "2024-07"), (["FRA", "PHL"], "2024-05"), (["JPN", "PHL"], "2023-02")], summary(evs)


def test_a_bracket_of_two_dates_after_one_partner_keeps_the_first() -> None:
    evs = of_type(events("菲律宾先后与日本（2023年2月、3月）、法国（2024年5月）建立战略伙伴关系。"), "ALIGN")
    got = sorted((keys(e.actors), e.date) for e in evs)
    assert got == [(["FRA", "PHL"], "2024-05"), (["JPN", "PHL"], "2023-02")], summary(evs)
