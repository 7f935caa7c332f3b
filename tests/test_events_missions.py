"""Participants around diplomatic missions and summonses (dev texts pt-a, pt-c): the state a mission
is posted to (中国驻菲律宾大使馆) is no party of what the mission says, the state whose envoy is
summoned is the target of the protest, and 以水炮 names the means of an act that happened. Sentences
written for these tests, each rule in both scripts, over the bundled gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events

from latticework.actors.gazetteer import simplify
from latticework.actors.matcher import default_matcher


def roles(text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients))
            for e in full_events(text) if e.type == etype]


@pytest.mark.parametrize("text", [
    "2024年3月5日，中国驻越南大使馆发表声明，批评美方干涉地区事务。",
    "2024年3月5日，中國駐越南大使館發表聲明，批評美方干涉地區事務。",
    "2023年8月2日，美国驻菲大使馆发表声明，谴责中方的危险行为。",
    "2023年8月2日，美國駐菲大使館發表聲明，譴責中方的危險行為。",
])
def test_the_state_a_mission_is_posted_to_is_no_party(text) -> None:
    found = roles(text, "ACCUSE")
    assert found, found
    assert all(not {"VNM", "PHL"} & set(a + r) for a, r in found), found
    assert not [e for e in full_events(text) if e.type == "AGREE"]  # one state's statement agrees with no one


@pytest.mark.parametrize("text", ["中国驻越南大使馆", "中國駐越南大使館", "美国驻菲大使馆", "美國駐菲大使館"])
def test_an_embassy_after_zhu_is_no_organ_of_its_host(text) -> None:
    hits = default_matcher().find(simplify(text))
    assert not [h for h in hits if h.how == "organ"], hits
    assert any(h.start == 3 for h in hits), hits  # the host is still a mention of its state


@pytest.mark.parametrize("text", [
    "2024年6月20日，新加坡外交部召见缅甸驻新加坡大使馆临时代办，提出抗议。",
    "2024年3月25日，印尼外交部召见中国驻印尼大使馆副馆长提出抗议，并要求中方船只撤离。",
    "2024年3月25日，印尼外交部召見中國駐印尼大使館副館長提出抗議，並要求中方船隻撤離。",
])
def test_a_protest_at_a_summons_has_the_envoys_state_as_target(text) -> None:
    found = roles(text, "ACCUSE")
    assert found, found
    assert all(r and not set(a) & set(r) for a, r in found), found
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "2024年3月23日，菲律宾一艘补给船在仁爱礁附近遭中国海警船以水炮攻击。",
    "2024年3月23日，菲律賓一艘補給船在仁愛礁附近遭中國海警船以水砲攻擊。",
])
def test_a_water_cannon_used_as_the_means_is_an_asserted_coercion(text) -> None:
    found = [e for e in full_events(text) if e.type == "COERCE"]
    assert found and all(e.modality == "asserted" for e in found), found
    assert roles(text, "COERCE") == [(["CHN"], ["PHL"])]


@pytest.mark.parametrize("text", [
    "2024年1月15日，瑙鲁宣布与台湾当局断交，并于同月24日与中国恢复外交关系。",
    "2024年1月15日，諾魯宣布與台灣當局斷交，並於同月24日與中國恢復外交關係。",
    "2023年3月26日，洪都拉斯与台湾断交，并在同日与中国建交。",
])
def test_a_comitative_clause_with_its_own_date_keeps_the_subject_before(text) -> None:
    found = roles(text, "ALIGN")
    assert len(found) == 2, found
    assert {"CHN"} <= set(found[1][0]) and "TWN" not in found[1][0], found


@pytest.mark.parametrize("text", [
    "2023年9月25日，美国宣布承认库克群岛和纽埃，并与两国建立外交关系。",
    "2023年9月25日，美國宣布承認庫克群島和紐埃，並與兩國建立外交關係。",
])
def test_two_states_named_by_liangguo_after_yu_each_relate_to_the_subject(text) -> None:
    assert sorted(roles(text, "ALIGN")) == [(["COK", "USA"], []), (["NIU", "USA"], [])]


@pytest.mark.parametrize("text", [
    "2022年4月19日，中国与所罗门群岛签署安全合作框架协议。消息公布后，美国、澳大利亚和新西兰相继表示关切。",
    "2022年4月19日，中國與索羅門群島簽署安全合作框架協議。消息公布後，美國、澳洲和紐西蘭相繼表示關切。",
])
def test_reactions_told_in_turn_after_the_news_are_one_each_at_the_parties_of_the_act(text) -> None:
    found = sorted(roles(text, "ACCUSE"))
    assert [a for a, _ in found] == [["AUS"], ["NZL"], ["USA"]], found
    assert all(r == ["CHN", "SLB"] for _, r in found), found


@pytest.mark.parametrize("text", [
    "2024年6月19日，普京访问朝鲜。中国外交部发言人林剑被问及普京访朝时称，中方不予评论。",
    "2024年6月19日，普京訪問朝鮮。中國外交部發言人林劍被問及普京訪朝時稱，中方不予評論。",
])
def test_an_act_named_in_a_question_is_no_new_event_and_the_speaker_no_party(text) -> None:
    assert roles(text, "CONSULT") == [(["RUS"], ["PRK"])]


@pytest.mark.parametrize("text", [
    "2024年6月19日，普京与金正恩签署《全面战略伙伴关系条约》。日本官房长官林芳正20日表示，日方对条约中涉及军事合作的内容表示严重关切。",
    "2024年6月19日，普京與金正恩簽署《全面戰略夥伴關係條約》。日本官房長官林芳正20日表示，日方對該條約表示嚴重關切。",
])
def test_concern_about_the_treaty_told_before_is_aimed_at_its_parties(text) -> None:
    assert roles(text, "ACCUSE") == [(["JPN"], ["PRK", "RUS"])]
