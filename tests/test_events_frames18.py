"""A gathering that opens its clause as the frame of what follows needs no 在 (lead18): 二十国集团峰会
期间，…; 2023年11月APEC峰会期间，…; 东盟峰会上，…. The gathering is an event too (CONSULT of the body),
as when the frame is told with 在. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from event_helpers import full_events, summary


def _bodies_meeting(text: str) -> list:
    return [s for s in summary(full_events(text)) if s[0] == "CONSULT" and s[1] and all(p.islower() for p in s[1])]


@pytest.mark.parametrize("text, body, date", [
    ("二十国集团峰会期间，中方与澳方领导人举行会晤。", "g20", None),
    ("2023年11月APEC峰会期间，中美两国元首在旧金山会晤。", "apec", "2023-11"),
    ("2023年11月APEC峰會期間，中美兩國元首在舊金山會晤。", "apec", "2023-11"),
    ("2023年9月东盟峰会上，印尼宣布成立新的海上合作机制。", "asean", "2023-09"),
])
def test_a_frame_opening_its_clause_is_the_bodys_gathering(text: str, body: str, date: str | None) -> None:
    got = _bodies_meeting(text)
    assert got and got[0][1] == [body] and got[0][3] == date, got


@pytest.mark.parametrize("text", [
    "中方对二十国集团峰会期间达成的共识表示欢迎。",  # an object inside the clause, no frame
    "美国二十国集团峰会期间的表态引发关注。",  # a state before the body: no frame opening the clause
])
def test_a_body_inside_its_clause_is_no_frame(text: str) -> None:
    assert not _bodies_meeting(text)


@pytest.mark.parametrize("text, want", [
    ("1989年11月，澳大利亚与日本在堪培拉召开首届部长级会议，美国、加拿大、韩国和新西兰参加。",
     {"AUS", "JPN", "USA", "CAN", "KOR", "NZL"}),
    ("1989年11月，澳大利亞與日本在坎培拉召開首屆部長級會議，美國、加拿大、南韓和紐西蘭參加。",
     {"AUS", "JPN", "USA", "CAN", "KOR", "NZL"}),
])
def test_attendees_join_a_meeting_convened_with_no_body(text: str, want: set) -> None:
    # the meeting has no body among its parties; those who attend it are its parties too
    talks = [s for s in summary(full_events(text)) if s[0] == "CONSULT"]
    assert len(talks) == 1 and set(talks[0][1]) == want, talks


@pytest.mark.parametrize("text", [
    "2023年5月七国集团峰会在广岛举行，与会领导人发表联合公报。",
    "2023年5月七國集團峰會在廣島舉行，與會領導人發表聯合公報。",
    "2023年5月七国集团峰会在广岛举行，与会各方发表联合公报。",
])
def test_attending_leaders_who_issue_a_statement_issue_one(text: str) -> None:
    # 与会领导人 says who issued it; 与会 is no second act
    assert len([s for s in summary(full_events(text)) if s[0] == "AGREE"]) == 1


def test_guests_who_attend_still_join_the_meeting() -> None:
    talks = [s for s in summary(full_events("2024年7月，北约峰会在华盛顿举行，日本和韩国领导人应邀与会。")) if s[0] == "CONSULT"]
    assert talks and {"JPN", "KOR", "nato"} <= set(talks[0][1]), talks


@pytest.mark.parametrize("text, parties", [
    ("2022年5月东京峰会期间，美日印澳四国宣布启动新的海域态势感知倡议。", {"USA", "JPN", "IND", "AUS"}),
    ("2022年5月東京峰會期間，美日印澳四國宣布啟動新的海域態勢感知倡議。", {"USA", "JPN", "IND", "AUS"}),
])
def test_a_summit_named_by_its_city_opening_the_sentence_frames_a_founding(text: str, parties: set) -> None:
    talks = [s for s in summary(full_events(text)) if s[0] == "CONSULT"]
    assert talks and parties <= set(talks[0][1]) and talks[0][3] == "2022-05", talks


def test_a_summit_named_by_its_city_inside_another_clause_frames_nothing() -> None:
    # 此前，东京峰会期间，…: not the sentence's opening frame; one party's act is no summit of several
    assert not [s for s in summary(full_events("此前，东京峰会期间，日本宣布向菲律宾提供援助。")) if s[0] == "CONSULT"]
