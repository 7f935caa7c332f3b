"""A drill's round is no meeting, and Darwin is a city (invented sentences; trigger_types._DRILL_SESSION,
gazetteer places)."""

from __future__ import annotations

from event_helpers import file_events


def _summary(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return sorted((e.type, sorted(a.key() for a in e.actors)) for e in file_events(tmp_path, text, "news.txt"))


def test_the_nth_round_of_a_drill_is_a_cooperation_only(tmp_path) -> None:
    assert _summary(tmp_path, "2025年6月，东盟十国与中国海军在湛江举行第二次联合海上演习。") == [("COOPERATE", ["CHN", "asean"])]


def test_the_nth_session_of_a_meeting_stays_a_meeting(tmp_path) -> None:
    assert _summary(tmp_path, "2024年5月，美日举行第55次安全磋商会议。") == [("CONSULT", ["JPN", "USA"])]


def test_darwin_is_the_city_not_a_pakistani_minister(tmp_path) -> None:
    assert _summary(tmp_path, "2025年4月，澳大利亚与印度尼西亚两国军队在达尔文开展联合训练。") == [("COOPERATE", ["AUS", "IDN"])]


def test_a_category_of_members_created_is_a_founding(tmp_path) -> None:
    assert ("ESTABLISH", ["brics"]) in _summary(tmp_path, "2024年10月，金砖国家喀山峰会决定设立伙伴国类别。")


def test_a_mission_set_up_with_the_hosts_leave(tmp_path) -> None:
    """立陶宛允许台湾设立代表处: Taiwan sets it up, Lithuania hosts it."""
    assert _summary(tmp_path, "2021年7月，立陶宛允许台湾以“台湾”名义设立代表处。") == [("ESTABLISH", ["TWN"])]
    (ev,) = [e for e in file_events(tmp_path, "2021年7月，立陶宛允许台湾设立代表处。", "news.txt") if e.type == "ESTABLISH"]
    assert [r.key() for r in ev.recipients] == ["LTU"]
