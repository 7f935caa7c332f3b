"""Recall of recurring phrasings the lexicon lacked (session rec11), on sentences written for these
tests in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


# --- both sides agreeing to resume or restart a channel ----------------------------------------------


@pytest.mark.parametrize("text", [
    "2019年3月5日，泰国与马来西亚外长在曼谷会谈，双方同意恢复中断多年的边境联合委员会会议。",
    "2019年3月5日，泰國與馬來西亞外長在曼谷會談，雙方同意恢復中斷多年的邊境聯合委員會會議。",
    "2019年3月5日，泰国与马来西亚外长在曼谷会谈，双方同意重启停滞的边界谈判。",
    "2019年3月5日，泰國與馬來西亞外長在曼谷會談，雙方同意重啟停滯的邊界談判。",
])
def test_sides_agreeing_to_resume_a_channel_is_an_agreement(text) -> None:
    evs = events(text)
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1, summary(evs)
    assert sorted(p.key() for p in agree[0].actors) == ["MYS", "THA"]
    assert agree[0].date == "2019-03-05" and agree[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "2019年3月5日，泰国与马来西亚外长在曼谷会谈，双方同意继续加强边境合作。",
    "2019年3月5日，泰國與馬來西亞外長在曼谷會談，雙方同意繼續加強邊境合作。",
])
def test_agreeing_to_a_vague_aim_is_still_no_agreement(text) -> None:
    evs = events(text)
    assert not of_type(evs, "AGREE"), summary(evs)


# --- a spokesperson's reply to another party's act ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年6月9日，新西兰与斐济签署海上巡逻协议。印度尼西亚外交部发言人次日回应称，该协议不应针对第三国。",
    "2021年6月9日，紐西蘭與斐濟簽署海上巡邏協議。印尼外交部發言人次日回應稱，該協議不應針對第三國。",
])
def test_a_spokesperson_replying_to_an_act_rebukes_its_parties(text) -> None:
    evs = events(text)
    accuse = of_type(evs, "ACCUSE")
    assert len(accuse) == 1, summary(evs)
    assert [p.key() for p in accuse[0].actors] == ["IDN"]
    assert accuse[0].date == "2021-06-10"


@pytest.mark.parametrize("text", [
    "2021年6月9日，新西兰宣布对斐济加征关税。斐济商务部次日回应称，若新方执意加征关税，斐方必将奉陪到底。",
    "2021年6月9日，紐西蘭宣佈對斐濟加徵關稅。斐濟商務部次日回應稱，若紐方執意加徵關稅，斐方必將奉陪到底。",
])
def test_a_reply_opening_with_a_condition_is_the_warning_alone(text) -> None:
    evs = events(text)
    assert not of_type(evs, "ACCUSE"), summary(evs)
    assert len(of_type(evs, "THREATEN")) == 1, summary(evs)


# --- a summit named by its host city alone, as the setting of an act ---------------------------------


@pytest.mark.parametrize("text", [
    "2017年6月9日，印度在阿斯塔纳峰会上正式成为上海合作组织成员国。",
    "2017年6月9日，印度在阿斯塔納峰會上正式成為上海合作組織成員國。",
])
def test_a_host_city_summit_where_a_state_joins_is_a_session_of_the_body(text) -> None:
    evs = events(text)
    consult = of_type(evs, "CONSULT")
    assert len(consult) == 1, summary(evs)
    assert [p.key() for p in consult[0].actors] == ["sco"] and consult[0].date == "2017-06-09"
    assert len(of_type(evs, "JOIN")) == 1, summary(evs)


@pytest.mark.parametrize("text", [
    "2018年11月，新西兰在奥克兰纪念峰会上与东盟将关系提升为战略伙伴关系。",
    "2018年11月，紐西蘭在奧克蘭紀念峰會上與東協將關係提升為戰略夥伴關係。",
])
def test_a_host_city_summit_where_two_parties_raise_their_ties_is_their_session(text) -> None:
    evs = events(text)
    consult = of_type(evs, "CONSULT")
    assert len(consult) == 1, summary(evs)
    assert sorted(p.key() for p in consult[0].actors) == ["NZL", "asean"] and consult[0].date == "2018-11"


def test_a_host_city_summit_framing_one_state_s_own_act_gives_no_session() -> None:
    # whose summit it was is not told: one state's policy names no body and no pair
    evs = events("2018年11月，新西兰在奥克兰峰会上宣布禁止外国人购房。")
    assert not of_type(evs, "CONSULT"), summary(evs)


# --- several states leaving a body: one withdrawal each ----------------------------------------------


@pytest.mark.parametrize("text", [
    "2019年5月，斐济、萨摩亚和汤加三国宣布退出太平洋共同体。",
    "2019年5月，斐濟、薩摩亞和東加三國宣佈退出太平洋共同體。",
    "2019年5月，斐济、萨摩亚和汤加三国宣布启动退出程序。",
    "2019年5月，斐濟、薩摩亞和東加三國宣佈啟動退出程序。",
])
def test_states_leaving_together_each_leave(text) -> None:
    evs = events(text)
    leave = of_type(evs, "LEAVE")
    assert sorted(p.key() for e in leave for p in e.actors) == ["FJI", "TON", "WSM"], summary(evs)
    assert all(len(e.actors) == 1 and e.date == "2019-05" for e in leave)


def test_both_sides_suspending_their_own_talks_stay_one_leave() -> None:
    evs = events("2019年5月，斐济和萨摩亚暂停双边渔业磋商。")
    leave = of_type(evs, "LEAVE")
    assert len(leave) == 1 and sorted(p.key() for p in leave[0].actors) == ["FJI", "WSM"], summary(evs)


def test_a_dialogue_halted_when_one_state_left_is_not_split_among_its_members() -> None:
    # the states naming the dialogue are no leavers: no LEAVE per state
    evs = events("2008年，斐萨汤三边对话随后因汤加退出而中断。")
    assert all(len(e.actors) != 1 or e.actors[0].key() == "TON" for e in evs if e.type == "LEAVE"), summary(evs)


# --- a warning that independence means war, in either script ------------------------------------------


@pytest.mark.parametrize("text", [
    "2019年3月，俄罗斯外交部警告“格鲁吉亚加入北约就意味着战争”。",
    "2019年3月，俄羅斯外交部警告「喬治亞加入北約就意味著戰爭」。",
])
def test_a_warning_that_an_act_means_war_is_a_threat_in_both_scripts(text) -> None:
    evs = events(text)
    threat = of_type(evs, "THREATEN")
    assert len(threat) == 1, summary(evs)
    assert [p.key() for p in threat[0].actors] == ["RUS"] and threat[0].date == "2019-03"
