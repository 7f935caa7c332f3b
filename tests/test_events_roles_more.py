"""Participants in sentence structures frequent in IR writing that the dev texts y/z/z2 probe: a
venue told as state and city, the party an accused act was aimed at, coordinated parties inside a
就-topic. Sentences written for these tests, each rule in both scripts, over the bundled gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events


def roles(text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients))
            for e in full_events(text) if e.type == etype]


@pytest.mark.parametrize("text", [
    "2024年11月，美国总统拜登、日本首相石破茂与韩国总统尹锡悦在秘鲁利马举行会晤。三国领导人随后发表联合声明。",
    "2024年11月，美國總統拜登、日本首相石破茂與韓國總統尹錫悅在秘魯利馬舉行會晤。三國領導人隨後發表聯合聲明。",
])
def test_the_city_of_a_venue_after_its_state_is_no_party_and_no_antecedent(text) -> None:
    for etype in ("CONSULT", "AGREE"):
        found = roles(text, etype)
        assert found, etype
        assert all("PER" not in actors for actors, _ in found), found
        assert all({"USA", "JPN", "KOR"} <= set(actors) for actors, _ in found), found


@pytest.mark.parametrize("text", [
    "2024年11月，三国发表联合声明，强烈谴责朝鲜向俄罗斯派兵。",
    "2024年11月，三國發表聯合聲明，強烈譴責北韓向俄羅斯派兵。",
    "2024年3月，澳大利亚外长批评日本对乌克兰提供武器。",
    "2024年3月，澳洲外長批評日本對烏克蘭提供武器。",
])
def test_the_party_an_accused_act_was_aimed_at_is_no_target(text) -> None:
    found = roles(text, "ACCUSE")
    assert found
    targets = found[0][1]
    assert len(targets) == 1 and targets[0] in ("PRK", "JPN"), found
    assert "RUS" not in targets and "UKR" not in targets


@pytest.mark.parametrize("text", [
    "2024年3月，澳大利亚外长谴责日本和韩国。",
    "2024年3月，澳洲外長譴責日本和韓國。",
])
def test_coordinated_targets_after_an_accusation_stay_targets(text) -> None:
    assert roles(text, "ACCUSE") == [(["AUS"], ["JPN", "KOR"])]


@pytest.mark.parametrize("text", [
    "2024年6月20日，日本内阁官房长官林芳正就俄朝军事合作表示严重关切。",
    "2024年6月20日，日本內閣官房長官林芳正就俄朝軍事合作表示嚴重關切。",
    "2024年6月20日，日本就俄罗斯与朝鲜的军事合作表示严重关切。",
    "2024年6月20日，日本就俄羅斯與北韓的軍事合作表示嚴重關切。",
])
def test_every_party_of_a_jiu_topic_is_a_target(text) -> None:
    assert roles(text, "ACCUSE") == [(["JPN"], ["PRK", "RUS"])]


@pytest.mark.parametrize("text", [
    "2024年6月20日，韩国表示不满。日本官房长官林芳正同日也就俄朝军事合作表示严重关切。",
    "2024年6月20日，韓國表示不滿。日本官房長官林芳正同日也就俄朝軍事合作表示嚴重關切。",
])
def test_ye_jiu_opens_a_topic_too(text) -> None:
    assert (["JPN"], ["PRK", "RUS"]) in roles(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "2024年5月27日，朝鲜发射一枚卫星。日韩两国翌日分别发表声明予以谴责。",
    "2024年5月27日，北韓發射一枚衛星。日韓兩國翌日分別發表聲明予以譴責。",
])
def test_a_reacting_partys_own_statement_is_not_what_it_reacts_to(text) -> None:
    found = roles(text, "ACCUSE")
    assert sorted(a for actors, _ in found for a in actors) == ["JPN", "KOR"]
    assert all("JPN" not in targets and "KOR" not in targets for _, targets in found), found


@pytest.mark.parametrize("text", [
    "2024年10月，东盟与中国、日本、韩国领导人分别举行“10+1”会议。",
    "2024年10月，東盟與中國、日本、韓國領導人分別舉行「10+1」會議。",
])
def test_a_body_meeting_each_listed_partner_separately_gives_one_meeting_each(text) -> None:
    found = roles(text, "CONSULT")
    assert len(found) == 3, found
    for actors, _ in found:
        assert "asean" in actors and len({"CHN", "JPN", "KOR"} & set(actors)) == 1, found


@pytest.mark.parametrize("text", [
    "2023年12月，国台办对此表示强烈不满，并要求美方停止武装台湾。",
    "2023年12月，國台辦對此表示強烈不滿，並要求美方停止武裝台灣。",
    "2023年12月，中方表示坚决反对，敦促美国和日本停止干涉中国内政。",
    "2023年12月，中方表示堅決反對，敦促美國和日本停止干涉中國內政。",
])
def test_a_protest_is_aimed_at_the_party_its_demand_names(text) -> None:
    first = roles(text, "ACCUSE")[0]
    assert first[0] == ["CHN"]
    assert "USA" in first[1] and "TWN" not in first[1], first


@pytest.mark.parametrize("text", [
    "2024年7月8日，《互惠准入协定》由日本外务大臣上川阳子与菲律宾国防部长特奥多罗在马尼拉签署。",
    "2024年7月8日，《互惠准入協定》由日本外務大臣上川陽子與菲律賓國防部長特奧多羅在馬尼拉簽署。",
    "2024年7月8日，首批协定由日本与菲律宾签署。",
    "2024年7月8日，首批協定由日本與菲律賓簽署。",
])
def test_a_document_named_before_you_is_signed_by_the_parties_after_it(text) -> None:
    assert roles(text, "AGREE") == [(["JPN", "PHL"], [])]


@pytest.mark.parametrize("text", [
    "2024年7月8日，首批协定由日本单方面宣布，菲律宾随后表示欢迎。",
    "2024年7月8日，首批協定由日本單方面宣布，菲律賓隨後表示歡迎。",
])
def test_a_document_before_you_needs_a_signing_verb(text) -> None:
    assert roles(text, "AGREE") == []


@pytest.mark.parametrize("text", [
    "2023年6月1日，美国在台协会与驻美国台北经济文化代表处签署首批协定。",
    "2023年6月1日，美國在台協會與駐美國台北經濟文化代表處簽署首批協定。",
])
def test_representative_offices_sign_for_their_sides(text) -> None:
    assert roles(text, "AGREE") == [(["TWN", "USA"], [])]


@pytest.mark.parametrize("text", [
    "2024年5月26日，中日韩领导人会议在首尔举行。",
    "2024年5月26日，中日韓領導人會議在首爾舉行。",
])
def test_a_session_of_the_china_japan_rok_mechanism_lists_its_three_members(text) -> None:
    found = roles(text, "CONSULT")
    assert found and {"CHN", "JPN", "KOR", "china-japan-rok-cooperation"} <= set(found[0][0]), found


@pytest.mark.parametrize("text", [
    "2023年5月7日，岸田文雄回访首尔，与尹锡悦再度会晤。",
    "2023年5月7日，岸田文雄回訪首爾，與尹錫悅再度會晤。",
])
def test_a_return_visit_is_a_visit_to_the_host(text) -> None:
    assert roles(text, "CONSULT") == [(["JPN"], ["KOR"])]


@pytest.mark.parametrize("text", [
    "2023年5月21日，中国外交部副部长孙卫东约见日本驻华大使垂秀夫，就日方炒作涉华议题提出严正交涉。",
    "2023年5月21日，中國外交部副部長孫衛東約見日本駐華大使垂秀夫，就日方炒作涉華議題提出嚴正交涉。",
])
def test_a_protest_after_a_summons_is_aimed_at_the_envoys_state_and_its_topic_is_no_event(text) -> None:
    assert roles(text, "ACCUSE") == [(["CHN"], ["JPN"])]


@pytest.mark.parametrize("text", [
    "2023年5月21日，中国外交部约见日本驻华大使，讨论双边合作。",
    "2023年5月21日，中國外交部約見日本駐華大使，討論雙邊合作。",
])
def test_a_summons_alone_is_no_protest(text) -> None:
    assert roles(text, "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "2024年3月5日，中国海警拦截菲律宾补给船。菲律宾拒绝接受中方的立场。",
    "2024年3月5日，中國海警攔截菲律賓補給船。菲律賓拒絕接受中方的立場。",
])
def test_rejecting_a_partys_position_is_an_accusation_of_it(text) -> None:
    assert (["PHL"], ["CHN"]) in roles(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "2023年5月21日，中国外交部约见日本驻华大使。垂秀夫当场回应，指日方不能接受中方的抗议。",
    "2023年5月21日，中國外交部約見日本駐華大使。垂秀夫當場回應，指日方不能接受中方的抗議。",
])
def test_an_answer_on_the_spot_is_dated_by_the_act_it_answers(text) -> None:
    found = [e for e in full_events(text) if e.type == "ACCUSE" and [a.key() for a in e.actors] == ["JPN"]]
    assert found and found[0].date == "2023-05-21"


@pytest.mark.parametrize("text", [
    "2023年4月5日，台湾领导人与美国众议院议长麦卡锡在加州会晤。\n中方对此反应强烈。4月6日，中国外交部发表声明，谴责这次会面。",
    "2023年4月5日，台灣領導人與美國眾議院議長麥卡錫在加州會晤。\n中方對此反應強烈。4月6日，中國外交部發表聲明，譴責這次會面。",
])
def test_a_paragraph_that_opens_reacting_condemns_the_act_the_one_before_told(text) -> None:
    assert (["CHN"], ["TWN", "USA"]) in roles(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "2023年4月5日，台湾领导人与美国众议院议长麦卡锡在加州会晤。\n4月6日，中国外交部发表声明，谴责恐怖主义。",
    "2023年4月5日，台灣領導人與美國眾議院議長麥卡錫在加州會晤。\n4月6日，中國外交部發表聲明，譴責恐怖主義。",
])
def test_a_paragraph_that_does_not_react_keeps_its_accusation_untargeted(text) -> None:
    assert (["CHN"], ["TWN", "USA"]) not in roles(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "2024年5月28日，日韩两国分别发表声明予以谴责。",
    "2024年5月28日，日韓兩國分別發表聲明予以譴責。",
])
def test_statements_issued_separately_are_no_joint_document(text) -> None:
    assert roles(text, "AGREE") == []


@pytest.mark.parametrize("text", [
    "2024年5月28日，中国分别与日本、韩国发表声明。",
    "2024年5月28日，中國分別與日本、韓國發表聲明。",
])
def test_statements_issued_with_each_partner_stay_agreements(text) -> None:
    assert sorted(roles(text, "AGREE")) == [(["CHN", "JPN"], []), (["CHN", "KOR"], [])]


@pytest.mark.parametrize("text", [
    "2023年5月19日，七国集团峰会在广岛举行，乌克兰总统泽连斯基亦亲身到场。",
    "2023年5月19日，七國集團峰會在廣島舉行，烏克蘭總統澤連斯基亦親身到場。",
])
def test_a_leader_present_in_person_attends_the_gathering_told_before(text) -> None:
    found = roles(text, "CONSULT")
    assert len(found) == 1 and {"g7", "UKR"} <= set(found[0][0]), found


@pytest.mark.parametrize("text", [
    "2023年5月19日，警方到场处理纠纷。",
    "2023年5月19日，警方到場處理糾紛。",
])
def test_arriving_on_the_scene_without_a_gathering_is_no_meeting(text) -> None:
    assert roles(text, "CONSULT") == []


@pytest.mark.parametrize("text", [
    "2023年2月1日，菲律宾宣布向美军新开放四处军事基地。",
    "2023年2月1日，菲律賓宣布向美軍新開放四處軍事基地。",
])
def test_bases_opened_to_forces_are_a_deployment_of_those_forces(text) -> None:
    assert roles(text, "MOBILIZE") == [(["USA"], ["PHL"])]


@pytest.mark.parametrize("text", [
    "2024年3月18日，到访的美国国务卿布林肯与韩国外长赵兑烈举行会谈。",
    "2024年3月18日，到訪的美國國務卿布林肯與韓國外長趙兌烈舉行會談。",
    "2024年3月18日，韩国外长赵兑烈与到访的美国国务卿布林肯举行会谈。",
    "2024年3月18日，韓國外長趙兌烈與到訪的美國國務卿布林肯舉行會談。",
])
def test_the_visitor_of_a_relative_visit_is_the_party_right_after_de(text) -> None:
    assert roles(text, "CONSULT") == [(["USA"], ["KOR"])]


@pytest.mark.parametrize("text", [
    "2024年4月，美国与菲律宾分别与日本举行会谈。",
    "2024年4月，美國與菲律賓分別與日本舉行會談。",
])
def test_separate_talks_carry_no_grouping_read_off_their_parties_together(text) -> None:
    assert sorted(roles(text, "CONSULT")) == [(["JPN", "PHL"], []), (["JPN", "USA"], [])]


@pytest.mark.parametrize("text", [
    "2024年4月，英特尔宣布在越南投资10亿美元。",
    "2024年4月，英特爾宣布在越南投資10億美元。",
])
def test_the_state_invested_in_receives_the_investment(text) -> None:
    assert roles(text, "AID") == [(["USA"], ["VNM"])]


@pytest.mark.parametrize("text", [
    "2024年4月10日，美方宣布对华加征关税。",
    "2024年4月10日，美方宣布對華加徵關稅。",
])
def test_jia_opening_a_verb_after_hua_is_no_canada(text) -> None:
    assert roles(text, "SANCTION") == [(["USA"], ["CHN"])]


@pytest.mark.parametrize("text", [
    "2024年4月10日，美加两国签署协定。",
    "2024年4月10日，美加兩國簽署協定。",
])
def test_jia_in_a_run_of_states_is_still_canada(text) -> None:
    assert roles(text, "AGREE") == [(["CAN", "USA"], [])]
