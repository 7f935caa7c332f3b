"""Gatherings listed together are one meeting each; a leader named by a shared short name attends
an international body's meeting (invented sentences; events/listed_gatherings.py,
actors._leader_in_office, coreference of 双方 beside a chair)."""

from __future__ import annotations

import pytest

from event_helpers import file_events


def _meetings(tmp_path, text: str) -> list[list[str]]:
    return sorted(sorted(a.key() for a in e.actors) for e in file_events(tmp_path, text, "news.txt") if e.type == "CONSULT")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2023年9月，东盟峰会和东亚峰会在雅加达举行。", [["asean"], ["eas"]]),
        ("2023年9月，东亚峰会和东盟地区论坛在雅加达举行。", [["arf"], ["eas"]]),
        ("2023年9月，東盟峰會和東亞峰會在雅加達舉行。", [["asean"], ["eas"]]),
        ("2023年9月，第43届东盟峰会在雅加达举行。", [["asean"]]),
        ("2023年9月，美国—东盟峰会在雅加达举行。", [["USA", "asean"]]),
    ],
)
def test_each_gathering_of_a_list_is_a_meeting(tmp_path, text: str, expected: list[list[str]]) -> None:
    assert _meetings(tmp_path, text) == expected


def test_a_leader_with_a_shared_name_attends_the_bodys_meetings(tmp_path) -> None:
    """李强 (a common name) in office at the date, in a sentence naming only bodies: China attends."""
    assert _meetings(tmp_path, "2023年9月，李强出席东盟与中日韩领导人会议和东亚峰会。") == [
        ["CHN", "asean-plus-three"], ["CHN", "eas"]]


def test_the_china_gcc_summit_by_its_short_name(tmp_path) -> None:
    assert _meetings(tmp_path, "2022年12月，习近平在利雅得出席首届中阿峰会和中海峰会。") == [
        ["CHN", "china-arab-states-summit"], ["CHN", "china-gcc-summit"]]


def test_the_chair_of_the_talks_is_no_party_of_both_sides(tmp_path) -> None:
    """安瓦尔主持会谈，双方同意…: 双方 are the two whose talks he chairs."""
    text = "2025年7月28日，泰国和柬埔寨领导人在布城举行会谈，安瓦尔主持会谈，双方同意立即停火。"
    agreed = [sorted(a.key() for a in e.actors) for e in file_events(tmp_path, text, "news.txt") if e.type == "AGREE"]
    assert agreed == [["KHM", "THA"]]


def test_two_sessions_of_a_pair_told_with_their_own_times_stay_two(tmp_path) -> None:
    """5月的…特别峰会以及年底的…峰会: the year-end session (dated by its year) is not the May one."""
    text = "2022年，5月的美国—东盟特别峰会以及年底的美国—东盟峰会都讨论了海上安全。"
    dates = sorted(e.date for e in file_events(tmp_path, text, "news.txt") if e.type == "CONSULT")
    assert dates == ["2022", "2022-05"]


def test_one_summit_told_by_its_noun_and_its_verb_stays_one(tmp_path) -> None:
    text = "2022年，美国—东盟特别峰会于5月在华盛顿举行。"
    assert len([e for e in file_events(tmp_path, text, "news.txt") if e.type == "CONSULT"]) == 1


def test_a_party_shut_out_of_a_summit_does_not_attend(tmp_path) -> None:
    (ev,) = [e for e in file_events(tmp_path, "2025年5月，缅甸军政府首脑被排除在东盟峰会之外。", "news.txt") if e.type == "CONSULT"]
    assert ev.modality == "negated"


def test_talks_with_each_of_two_partners_during_a_meeting(tmp_path) -> None:
    """…出席东盟外长会期间，还分别同布林肯和上川阳子举行会谈: China with each, not the two partners together."""
    text = "2024年7月，王毅在万象出席东盟外长会期间，还分别同布林肯和上川阳子举行会谈。"
    talks = sorted(sorted(a.key() for a in e.actors) for e in file_events(tmp_path, text, "news.txt") if e.type == "CONSULT")
    assert ["CHN", "USA"] in talks and ["CHN", "JPN"] in talks and ["JPN", "USA"] not in talks


@pytest.mark.parametrize(
    "text,etype",
    [
        ("2023年4月和2024年5月，中俄两国分别举行联合演习。", "COOPERATE"),
        ("2022年8月，中国人民解放军在台岛周边举行军演；2023年4月和2024年5月，又分别举行“联合利剑”演习。", "MOBILIZE"),
    ],
)
def test_one_act_repeated_at_each_of_its_dates(tmp_path, text: str, etype: str) -> None:
    dates = sorted(e.date for e in file_events(tmp_path, text, "news.txt") if e.type == etype and e.date and e.date >= "2023")
    assert dates == ["2023-04", "2024-05"]


def test_a_drill_one_state_holds_alone_is_its_show_of_force(tmp_path) -> None:
    text = "2022年8月，中国人民解放军在台岛周边举行军演；2023年4月和2024年5月，又分别举行“联合利剑”演习。"
    assert all("CHN" in [a.key() for a in e.actors] for e in file_events(tmp_path, text, "news.txt"))
