"""Dates of events found but dated wrongly (the dates11 round, read off retired 7): invented
sentences in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- an act at the meeting just told, relayed by a source ---------------------------------------


@pytest.mark.parametrize("text", [
    "两国外长2023年5月6日在河内会谈。据国务院转述，美方在会中对朝鲜试射导弹表达关切。",
    "兩國外長2023年5月6日在河內會談。據國務院轉述，美方在會中對北韓試射飛彈表達關切。",
    "两国外长2023年5月6日在河内会谈。美方在会谈时对朝鲜试射导弹表达关切。",
    "兩國外長2023年5月6日在河內通話。據外交部透露，美方在通話中對北韓試射飛彈表達關切。",
])
def test_an_act_at_the_meeting_just_told_takes_its_day(text: str) -> None:
    accuse = of_type(events(text), "ACCUSE")
    assert accuse[0].date == "2023-05-06", summary(accuse)
