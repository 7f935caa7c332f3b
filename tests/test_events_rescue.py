"""Rescue and medical teams sent to a disaster (派出救援队, 派遣医疗队) are AID to the stricken state,
each sender its own when they act 相继/先后; ships sent to a drill are no aid. Sentences written for
these tests, in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "2023年2月7日，日本和韩国相继向土耳其派出救援队。",
    "2023年2月7日，日本和韓國相繼向土耳其派出救援隊。",
    "2023年2月7日，日本和韩国先后向土耳其派遣医疗队。",
])
def test_rescue_teams_sent_are_aid_of_each_sender(text) -> None:
    got = sorted(x for x in summary(events(text)) if x[0] == "AID")
    assert got == [("AID", ["JPN"], ["TUR"], "2023-02-07", "asserted"),
                   ("AID", ["KOR"], ["TUR"], "2023-02-07", "asserted")], summary(events(text))


@pytest.mark.parametrize("text", [
    "2021年11月，美日两国派出了航空母舰和驱逐舰参加联合演习。",
    "2021年11月，美日兩國派出了航空母艦和驅逐艦參加聯合演習。",
])
def test_ships_sent_to_a_drill_are_no_aid(text) -> None:
    assert not [x for x in summary(events(text)) if x[0] == "AID"], summary(events(text))
