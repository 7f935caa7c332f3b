"""A sentence with no party of its own goes on with the group the sentence before was about (lead18):
Chinese leaves the subject out when the topic continues (…举行会谈。同年9月，又在华盛顿举行会谈;
…首次举行视频峰会。同年9月，首次线下峰会在华盛顿举行; …与美国建立…。同年12月，又与日本建立…).
All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from event_helpers import full_events, summary


def _typed(text: str, etype: str):
    return [s for s in summary(full_events(text)) if s[0] == etype]


@pytest.mark.parametrize("text, second", [
    ("2021年3月，美日两国外长在东京举行会谈。同年9月，又在华盛顿举行会谈。", "2021-09"),
    ("2021年3月，美日两国外长在东京举行会谈。9月，双方再次举行会谈。", "2021-09"),
    ("2021年3月，美日兩國外長在東京舉行會談。同年9月，又在華盛頓舉行會談。", "2021-09"),
    ("2022年5月，中俄两国元首举行会晤。次年3月，再次在莫斯科举行会晤。", "2023-03"),
])
def test_meeting_again_with_no_party_of_its_own_is_the_same_group(text: str, second: str) -> None:
    talks = _typed(text, "CONSULT")
    assert len(talks) == 2, talks
    assert talks[0][1] == talks[1][1] and len(talks[1][1]) == 2
    assert talks[1][3] == second


@pytest.mark.parametrize("text, members, second", [
    ("2021年3月12日，美日印澳四国领导人首次举行视频峰会。同年9月24日，首次线下峰会在华盛顿举行。",
     {"USA", "JPN", "IND", "AUS"}, "2021-09-24"),
    ("2023年8月，美日韩三国领导人在戴维营举行峰会。2024年11月，第二次峰会在利马举行。",
     {"USA", "JPN", "KOR"}, "2024-11"),
    ("2023年8月，美日韓三國領導人在大衛營舉行峰會。2024年11月，第二次峰會在利馬舉行。",
     {"USA", "JPN", "KOR"}, "2024-11"),
])
def test_a_new_session_with_no_party_is_the_groups(text: str, members: set, second: str) -> None:
    talks = _typed(text, "CONSULT")
    assert len(talks) == 2, talks
    assert members <= set(talks[1][1]) and talks[1][3] == second


def test_a_new_session_of_a_body_named_before_stays_the_bodys() -> None:
    # (the body named before is the session's, as session_body.py reads it; the topic does not replace it)
    text = ("澜湄合作于2016年3月在三亚举行首次领导人会议，六国领导人通过了一份宣言。"
            "2020年8月，第三次领导人会议以视频方式举行。")
    talks = [t for t in _typed(text, "CONSULT") if t[3] == "2020-08"]
    assert talks and talks[0][1] == ["lancang-mekong-cooperation"], talks


def test_one_party_before_is_no_group_to_meet_again() -> None:
    # a visit by one state: 又在…举行会谈 has no partner to meet
    text = "2023年9月，拜登抵达河内。同年11月，又在旧金山举行会谈。"
    assert all(len(t[1]) + len(t[2]) != 1 for t in _typed(text, "CONSULT"))


@pytest.mark.parametrize("text, pair, year", [
    ("越南于2023年9月与美国将关系提升为全面战略伙伴关系。同年12月，又与日本建立全面战略伙伴关系。", ["JPN", "VNM"], "2023-12"),
    ("越南於2023年9月與美國將關係提升為全面戰略夥伴關係。同年12月，又與日本建立全面戰略夥伴關係。", ["JPN", "VNM"], "2023-12"),
    ("澳大利亚于2021年9月与美英组建新的安全伙伴关系。次年，又与日本签署互惠准入协定。", ["AUS", "JPN"], "2022"),
])
def test_a_partner_after_a_time_opening_goes_with_the_topic_not_the_old_partner(text: str, pair: list, year: str) -> None:
    second = [s for s in summary(full_events(text)) if s[3] == year and s[0] in ("ALIGN", "AGREE")]
    assert second and sorted(second[0][1] + second[0][2]) == pair, second


def test_reciprocal_act_again_with_no_party_is_the_same_pair() -> None:
    text = "2019年5月，中美两国在北京举行会谈。同年12月，又签署了第一阶段经贸协议。"
    deals = _typed(text, "AGREE")
    assert deals and deals[0][1] == ["CHN", "USA"] and deals[0][3] == "2019-12", deals


def test_a_pronoun_for_a_secretariat_is_no_body_of_sessions() -> None:
    # 其 stands for the secretariat; a numbered leaders' meeting told after it is not the secretariat's
    text = ("中日韩三国合作秘书处于2011年在首尔成立，其运行经费由三国政府分担。"
            "2012年5月，第五次领导人会议在北京举行。")
    talks = _typed(text, "CONSULT")
    assert all("trilateral-cooperation-secretariat" not in t[1] for t in talks), talks


@pytest.mark.parametrize("text, count_date", [
    ("2020年11月，澳大利亚重返“马拉巴尔”联合军演。2021年3月，四国领导人首次举行视频峰会。", "2021-03"),
    ("2020年11月，澳大利亞重返「馬拉巴爾」聯合軍演。2021年3月，四國領導人首次舉行視訊峰會。", "2021-03"),
])
def test_a_count_of_states_is_the_last_happenings_states_of_that_number(text: str, count_date: str) -> None:
    # the drill's four members (named by the drill, not in the text) are the 四国 of the next sentence
    talks = [t for t in _typed(text, "CONSULT") if t[3] == count_date]
    assert talks and {"USA", "JPN", "IND", "AUS"} <= set(talks[0][1]), talks


def test_a_count_that_does_not_fit_the_last_happening_is_left() -> None:
    # three states in the drill, 四国 after it: no four states to take
    text = "2023年8月，美日菲三国举行联合演习。同年10月，四国领导人举行会晤。"
    assert all(len(t[1]) != 3 or t[3] != "2023-10" for t in _typed(text, "CONSULT"))
