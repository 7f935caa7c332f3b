"""Several happenings of one type told together (multi13): two acts of force with the instrument's
verb before the joiner, each document of a list signed in one act when only a later title is a
linked mention. Sentences written for these tests, in simplified and traditional script, over the
full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- an instrument used to drive off, then a ramming: two incidents --------------------------------


@pytest.mark.parametrize("text, second", [
    ("2014年5月，越方指中国船只用水炮驱赶并冲撞越南公务船。", "冲撞"),
    ("2014年5月，越方指中國船隻用水砲驅趕並衝撞越南公務船。", "衝撞"),
    ("2019年7月，越方称中国海警船以水炮驱离并撞击越南渔船。", "撞击"),
    ("2019年7月，越方称中国海警船使用水炮驱逐和冲撞越南渔船。", "冲撞"),
])
def test_water_cannon_that_drives_off_and_a_ramming_are_two_incidents(text, second) -> None:
    coerce = of_type(events(text), "COERCE")
    assert len(coerce) == 2, summary(coerce)
    assert {e.trigger for e in coerce} >= {second}


@pytest.mark.parametrize("text", [
    "2019年7月，中国海警船以水炮驱离越南渔船。",
    "2019年7月，中國海警船以水砲驅離越南漁船。",
])
def test_water_cannon_used_to_drive_off_is_one_act(text) -> None:
    assert len(of_type(events(text), "COERCE")) == 1


# --- each document of a signed list, when the first title is no linked mention --------------------


@pytest.mark.parametrize("text, names", [
    ("2023年3月，日本与菲律宾签署《互惠准入协定》和《防卫装备转移协定》。", {"互惠准入协定", "防卫装备转移协定"}),
    ("2023年3月，日本與菲律賓簽署《互惠准入協定》及《防衛裝備轉移協定》。", {"互惠准入協定", "防衛裝備轉移協定"}),
    ("2023年3月，日本与菲律宾签署了《互惠准入协定》、《防卫装备转移协定》。", {"互惠准入协定", "防卫装备转移协定"}),
])
def test_each_document_signed_keeps_its_own_title(text, names) -> None:
    agree = of_type(events(text), "AGREE")
    assert len(agree) == 2, summary(agree)
    assert {e.object["name"] for e in agree} == names
