"""Participants of mediated and chaired talks, and the other participant constructions of the
part6 dev texts (pa-pc). Every sentence was written for these tests, in simplified and traditional
script, and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- mediators and chairs -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年5月6日，在沙特和美国的斡旋下，苏丹冲突双方代表在吉达举行会谈。2023年5月20日，在卡塔尔的调解下，俄罗斯与乌克兰举行会谈。",
    "2023年5月6日，在沙烏地阿拉伯和美國的斡旋下，蘇丹衝突雙方代表在吉達舉行會談。2023年5月20日，在卡達的調解下，俄羅斯與烏克蘭舉行會談。",
])
def test_the_mediator_of_talks_is_a_party(text) -> None:
    talks = [e for e in of_type(events(text), "CONSULT") if e.date == "2023-05-20"]
    assert len(talks) == 1 and sorted(keys(talks[0].actors)) == ["QAT", "RUS", "UKR"], summary(talks)


@pytest.mark.parametrize("text", [
    "2024年3月2日，印度与巴基斯坦外长在多哈会谈，会谈由卡塔尔首相主持；双方同意恢复停火。",
    "2024年3月2日，印度與巴基斯坦外長在多哈會談，會談由卡達首相主持；雙方同意恢復停火。",
])
def test_talks_named_again_with_their_chair_are_one_meeting_with_the_chair(text) -> None:
    talks = of_type(events(text), "CONSULT")
    assert len(talks) == 1, summary(talks)
    assert sorted(keys(talks[0].actors)) == ["IND", "PAK", "QAT"]


@pytest.mark.parametrize("text", [
    "2022年8月1日，在土耳其的斡旋下，俄罗斯与乌克兰代表举行会谈，双方发表联合声明。",
    "2022年8月1日，在土耳其的斡旋下，俄羅斯與烏克蘭代表舉行會談，雙方發表聯合聲明。",
])
def test_the_mediator_is_no_party_of_what_the_two_sides_agree(text) -> None:
    evs = events(text)
    assert sorted(keys(of_type(evs, "CONSULT")[0].actors)) == ["RUS", "TUR", "UKR"]
    assert sorted(keys(of_type(evs, "AGREE")[0].actors)) == ["RUS", "UKR"], summary(evs)


def test_a_mediator_of_no_talks_adds_nothing() -> None:
    evs = events("2022年8月1日，在土耳其的斡旋下，俄罗斯与乌克兰签署协议。")
    assert [sorted(keys(e.actors)) for e in evs] == [["RUS", "UKR"]], summary(evs)


# --- passives with an instrument, and two acts of force sharing one agent -----------------------


@pytest.mark.parametrize("text", [
    "2023年11月10日，越南一艘渔船在西沙附近被中国海警船用水炮喷射。",
    "2023年11月10日，越南一艘漁船在西沙附近被中國海警船用水炮噴射。",
])
def test_passive_with_the_agents_instrument(text) -> None:
    c = of_type(events(text), "COERCE")[0]
    assert keys(c.actors) == ["CHN"] and keys(c.recipients) == ["VNM"], summary([c])


@pytest.mark.parametrize("text", [
    "2024年3月5日，菲律宾一艘补给船遭中国海警船拦截及登临。",
    "2024年3月5日，菲律賓一艘補給船遭中國海警船攔截和登臨。",
])
def test_two_acts_of_force_after_one_passive_marker_share_its_agent(text) -> None:
    cs = of_type(events(text), "COERCE")
    assert len(cs) == 2, summary(cs)
    assert all(keys(c.actors) == ["CHN"] and keys(c.recipients) == ["PHL"] for c in cs), summary(cs)


# --- a joint drill joined by parties named after it -----------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年7月21日，美澳“护身军刀”联合军演在昆士兰举行，日本和韩国军队一同参加。",
    "2023年7月21日，美澳「護身軍刀」聯合軍演在昆士蘭舉行，日本和南韓軍隊也參加。",
])
def test_parties_that_join_a_drill_told_before_are_its_parties(text) -> None:
    c = of_type(events(text), "COOPERATE")[0]
    assert sorted(keys(c.actors)) == ["AUS", "JPN", "KOR", "USA"], summary([c])


def test_joining_with_no_drill_or_gathering_adds_nobody() -> None:
    evs = events("2023年7月21日，美澳两国签署协议，日本和韩国一同参加。")
    assert sorted(keys(of_type(evs, "AGREE")[0].actors)) == ["AUS", "USA"], summary(evs)


# --- grounds of an act, and the subject of a clause that names only what a sanction falls on ------


@pytest.mark.parametrize("text", [
    "2023年2月16日，中国商务部以对台军售为由，宣布将洛克希德·马丁公司、雷神导弹与防务公司等两家美国军工企业列入不可靠实体清单。",
    "2023年2月16日，中國商務部以對台軍售為由，宣布將洛克希德·馬丁公司、雷神飛彈與防務公司等兩家美國軍工企業列入不可靠實體清單。",
])
def test_grounds_name_no_party_and_no_event(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["SANCTION"], summary(evs)
    assert keys(evs[0].actors) == ["CHN"] and set(keys(evs[0].recipients)) == {"USA"}, summary(evs)


@pytest.mark.parametrize("text", [
    "2023年4月12日，日本经济产业省援引外汇法，宣布将三家俄罗斯企业列入出口禁令名单。",
    "2023年4月12日，日本經濟產業省援引外匯法，宣布將三家俄羅斯企業列入出口禁令名單。",
])
def test_a_clause_naming_only_the_listed_party_takes_the_earlier_subject(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["JPN"] and keys(s.recipients) == ["RUS"], summary([s])


# --- a meeting named as the subject of a verb acts on what follows it ----------------------------


@pytest.mark.parametrize("text", [
    "2023年7月11日，北约维尔纽斯峰会正式邀请乌克兰和格鲁吉亚加入北约。",
    "2023年7月11日，北約維爾紐斯峰會正式邀請烏克蘭和喬治亞加入北約。",
])
def test_the_invitees_of_a_summit_are_no_parties_of_it(text) -> None:
    evs = events(text)
    assert [keys(e.actors) for e in of_type(evs, "CONSULT")] == [["nato"]], summary(evs)
    assert sorted(keys(of_type(evs, "JOIN")[0].actors)) == ["GEO", "UKR"], summary(evs)


def test_states_meeting_at_a_summit_are_its_parties() -> None:
    evs = events("2023年7月11日，北约与日本、韩国举行峰会。")
    assert sorted(keys(of_type(evs, "CONSULT")[0].actors)) == ["JPN", "KOR", "nato"], summary(evs)


# --- attending a gathering and meeting a partner during it ----------------------------------------


@pytest.mark.parametrize("text", [
    "2023年11月17日，拜登在旧金山出席亚太经合组织第三十次领导人非正式会议期间同印尼总统佐科举行会晤。",
    "2023年11月17日，拜登在舊金山出席亞太經合組織第三十次領導人非正式會議期間同印尼總統佐科舉行會晤。",
])
def test_the_partner_met_during_a_gathering_is_no_party_of_the_attendance(text) -> None:
    evs = of_type(events(text), "CONSULT")
    parties = sorted(sorted(keys(e.actors)) for e in evs)
    assert parties == [["IDN", "USA"], ["USA", "apec"]], summary(evs)


# --- a reaction that points back with 此举 after naming the doer; the PLA's theatre commands -------


@pytest.mark.parametrize("text", [
    "2024年10月14日，解放军东部战区在台湾周边举行联合演习，台湾陆委会批评中共此举破坏区域和平。",
    "2024年10月14日，解放軍東部戰區在台灣周邊舉行聯合演習，台灣陸委會批評中共此舉破壞區域和平。",
])
def test_a_reaction_to_this_act_of_a_named_doer_targets_the_doer_of_the_act_before(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["TWN"] and keys(a.recipients) == ["CHN"], summary([a])


@pytest.mark.parametrize("text", [
    "2023年4月8日，中共东部战区在台湾周边海空域举行联合演习。",
    "2023年4月8日，中共東部戰區在台灣周邊海空域舉行聯合演習。",
])
def test_a_theatre_command_is_an_organ_of_china(text) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"] and keys(m.recipients) == ["TWN"], summary([m])
