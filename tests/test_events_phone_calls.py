"""A phone call told with 致电 (and 打电话, 通了电话, 电话会晤) is a CONSULT of both parties; a message of
congratulation or condolence sent by wire (致电祝贺, 致电X，祝贺其当选) is no meeting. Sentences written
for these tests. A host receiving a visitor (接待来访的…) meets them as with 接见."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text,parties", [
    ("2023年10月，印尼总统佐科致电沙特王储，双方就加沙局势交换意见。", {"IDN", "SAU"}),
    ("2023年10月，印尼總統佐科致電沙特王儲，雙方就加沙局勢交換意見。", {"IDN", "SAU"}),
    ("2024年2月，拜登与习近平通了电话。", {"USA", "CHN"}),
    ("2024年2月，日本首相岸田文雄与韩国总统尹锡悦举行电话会晤。", {"JPN", "KOR"}),
])
def test_a_call_is_a_meeting_of_both(text, parties) -> None:
    calls = [e for e in full_events(text) if e.type == "CONSULT"]
    assert len(calls) == 1 and {a.key() for a in calls[0].actors} == parties, summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2024年11月7日，习近平致电特朗普，祝贺他当选美国总统。",
    "2024年11月7日，习近平致电祝贺特朗普当选。",
    "2023年2月，中国国家主席致电土耳其总统，就地震灾害表示慰问。",
])
def test_a_wired_message_is_no_meeting(text) -> None:
    assert not [e for e in full_events(text) if e.type == "CONSULT"], summary(full_events(text))


@pytest.mark.parametrize("text", ["2024年5月，美国总统拜登接待来访的肯尼亚总统鲁托。", "2024年5月，美國總統拜登接待來訪的肯亞總統魯托。"])
def test_a_host_receiving_a_visitor_is_a_meeting_as_jiejian(text) -> None:
    # one meeting; the guest travelled there (来访的), so it is the guest's visit: the guest the actor and the
    # host the recipient (thirteenth session, ruling 5; before it the host was the actor, as for 接见)
    calls = [e for e in full_events(text) if e.type == "CONSULT"]
    assert [([a.key() for a in e.actors], [r.key() for r in e.recipients]) for e in calls] == [(["KEN"], ["USA"])], summary(full_events(text))
