"""Recall of events whose type the extractor missed on unseen text (session recall14), on sentences
written for these tests in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


# --- a meeting clause with its own time or place, the partner named with a title ---------------------


@pytest.mark.parametrize("text, pair", [
    ("2024年11月，普拉博沃飞赴美国，12日在白宫与总统拜登会晤。", ["IDN", "USA"]),
    ("2024年11月，普拉博沃飛赴美國，12日在白宮與總統拜登會晤。", ["IDN", "USA"]),
    ("2024年11月，普拉博沃把首站定在中国，9日与国家主席习近平会谈。", ["CHN", "IDN"]),
    ("2024年11月，普拉博沃把首站定在中國，9日與國家主席習近平會談。", ["CHN", "IDN"]),
    ("2023年3月，尹锡悦前往日本，16日在东京同首相岸田文雄举行会谈。", ["JPN", "KOR"]),
    ("2023年8月，阿尔巴尼斯抵达马尼拉，次日与总统小马科斯会面。", ["AUS", "PHL"]),
])
def test_a_titled_partner_after_a_time_or_place_is_no_subject(text, pair) -> None:
    evs = events(text)
    talks = [e for e in of_type(evs, "CONSULT") if sorted(p.key() for p in e.actors + e.recipients) == pair]
    assert talks, summary(evs)


# --- 他 opening the clause after a colon -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "佐科在任最后一年也没有冷落华盛顿：2023年11月13日，他在白宫与拜登会晤。",
    "佐科在任最後一年也沒有冷落華盛頓：2023年11月13日，他在白宮與拜登會晤。",
    "佐科对美关系的安排值得一提：同年11月，他访问美国并与拜登会晤。",
])
def test_he_after_a_colon_is_the_person_named_before_it(text) -> None:
    evs = events(text)
    talks = [e for e in of_type(evs, "CONSULT") if {"IDN", "USA"} <= {p.key() for p in e.actors + e.recipients}]
    assert talks, summary(evs)


# --- a trade-remedy duty ended: POLICY at the state whose goods it hit -------------------------------


@pytest.mark.parametrize("text", [
    "2023年8月，商务部宣布终止对澳大利亚大麦的双反措施。",
    "2023年8月，中國商務部宣布終止對澳洲大麥的反傾銷及反補貼措施。",
    "2024年3月，商务部宣布，自次日起不再对澳大利亚葡萄酒征收反倾销税和反补贴税。",
    "2024年3月，中國商務部宣布，自次日起不再對澳洲葡萄酒徵收反傾銷稅。",
    "2023年8月，中国商务部决定停止对澳大利亚大麦征收反倾销税。",
    "2023年8月，中国商务部宣布终止对原产于澳大利亚的进口大麦征收反补贴税。",
])
def test_ending_a_duty_is_a_policy_at_the_state_hit(text) -> None:
    evs = events(text)
    policy = of_type(evs, "POLICY")
    assert len(policy) == 1 and [p.key() for p in policy[0].recipients] == ["AUS"], summary(evs)
    assert not of_type(evs, "SANCTION"), summary(evs)


@pytest.mark.parametrize("text", [
    "2020年5月，中国商务部决定对澳大利亚大麦征收反倾销税。",
    "外交部发言人要求美方停止对中国商品加征关税。",
])
def test_imposing_or_demanding_to_end_a_duty_is_no_relief(text) -> None:
    evs = events(text)
    assert of_type(evs, "SANCTION") and not of_type(evs, "POLICY"), summary(evs)


# --- a unilateral visa waiver granted: POLICY at the states whose citizens it covers -----------------


@pytest.mark.parametrize("text, granter, states", [
    ("2024年6月，北京宣布把澳大利亚纳入单方面免签国家名单。", "CHN", ["AUS"]),
    ("2024年6月，北京宣布把澳洲納入單方面免簽國家名單。", "CHN", ["AUS"]),
    ("2023年11月，中方决定对法国、德国和马来西亚实行单方面免签政策。", "CHN", ["DEU", "FRA", "MYS"]),
    ("2023年11月，中方決定對法國、德國和馬來西亞實行單方面免簽政策。", "CHN", ["DEU", "FRA", "MYS"]),
    ("2024年2月，泰国政府宣布给予中国公民永久免签待遇。", "THA", ["CHN"]),
    ("2024年11月，中国宣布对韩国试行免签政策。", "CHN", ["KOR"]),
    ("2025年6月，中国宣布对阿曼和巴林实施免签入境政策。", "CHN", ["BHR", "OMN"]),
])
def test_a_visa_waiver_granted_is_a_policy_at_the_states_covered(text, granter, states) -> None:
    evs = events(text)
    policy = of_type(evs, "POLICY")
    assert len(policy) == 1, summary(evs)
    assert [p.key() for p in policy[0].actors] == [granter]
    assert sorted(p.key() for p in policy[0].recipients) == states


@pytest.mark.parametrize("text", [
    "2024年3月1日起，中泰两国正式实行互免签证。",
    "2024年，两国持公务护照人员互免签证。",
])
def test_a_mutual_waiver_is_no_unilateral_policy(text) -> None:
    assert not of_type(events(text), "POLICY")


# --- ties cut in practice: a mission or aid teams withdrawn, the cooperation with a state stopped -----


@pytest.mark.parametrize("text, left", [
    ("2024年1月，台湾外交部宣布撤回驻瑙鲁大使馆人员和技术团，并停止各项合作计划。", "NRU"),
    ("2024年1月，台灣外交部宣布撤回駐諾魯大使館人員與技術團，並停止各項合作計畫。", "NRU"),
    ("2021年12月，台湾宣布撤回驻尼加拉瓜的技术团与医疗团。", "NIC"),
    ("2019年9月，台灣宣布撤回駐索羅門群島的使館人員。", "SLB"),
    ("2023年3月，台湾外交部宣布停止与洪都拉斯的一切双边合作计划。", "HND"),
    ("2023年3月，台灣外交部宣布停止與宏都拉斯的各項援助計畫。", "HND"),
])
def test_withdrawing_a_mission_or_stopping_cooperation_is_a_leave(text, left) -> None:
    evs = events(text)
    leave = of_type(evs, "LEAVE")
    assert len(leave) == 1, summary(evs)
    assert left in {p.key() for p in leave[0].actors + leave[0].recipients}, summary(evs)


@pytest.mark.parametrize("text", [
    "韩国外交部召见俄罗斯大使，要求俄方立即停止与朝鲜的军事合作。",
    "南韓外交部召見俄羅斯大使，要求俄方立即停止與北韓的軍事合作。",
    "外交部发言人要求日方撤回错误言论。",
    "2021年9月，法国宣布撤回驻美国大使。",
])
def test_a_demand_or_an_envoy_recalled_is_no_leave(text) -> None:
    assert not of_type(events(text), "LEAVE"), summary(events(text))


# --- recognition switched to a state; ties to be resumed, sought --------------------------------------


@pytest.mark.parametrize("text, pair", [
    ("2024年1月，瑙鲁宣布改为承认中华人民共和国政府。", ["CHN", "NRU"]),
    ("2024年1月，諾魯宣布不再承認中華民國，改為承認中華人民共和國政府。", ["CHN", "NRU"]),
    ("2019年9月，所罗门群岛政府决定转而承认北京为中国唯一合法政府。", ["CHN", "SLB"]),
    ("1971年，加拿大正式承认中华人民共和国政府。", ["CAN", "CHN"]),
])
def test_recognising_a_state_is_an_alignment(text, pair) -> None:
    evs = events(text)
    align = [e for e in of_type(evs, "ALIGN") if sorted(p.key() for p in e.actors) == pair]
    assert len(align) == 1 and align[0].label == "承认", summary(evs)


@pytest.mark.parametrize("text", [
    "欧盟一直未承认中国的市场经济地位。",
    "2024年1月，瑙鲁宣布不再承认中华民国。",
])
def test_what_is_recognised_of_a_state_or_a_recognition_withdrawn_is_no_new_tie(text) -> None:
    assert not of_type(events(text), "ALIGN"), summary(events(text))


@pytest.mark.parametrize("text", [
    "瑙鲁政府表示，将寻求与中国全面恢复外交关系。",
    "諾魯政府表示，將尋求與北京全面恢復外交關係。",
    "所罗门群岛政府表示，将争取与中国恢复外交关系。",
])
def test_ties_to_be_sought_are_a_planned_alignment(text) -> None:
    evs = events(text)
    align = of_type(evs, "ALIGN")
    assert len(align) == 1 and align[0].modality == "planned", summary(evs)
    assert "CHN" in {p.key() for p in align[0].actors}


# --- an accession process opened (OECD usage: 入组织, 入组谈判) ----------------------------------------


@pytest.mark.parametrize("text, joiner", [
    ("2024年2月，经合组织理事会决定启动与印尼的入组织讨论。", "IDN"),
    ("2024年2月，經合組織理事會決定啟動與印尼的入組織討論。", "IDN"),
    ("2024年2月，经合组织决定与泰国开启入组谈判。", "THA"),
    ("2024年5月，经合组织通过了泰国的入组路线图。", "THA"),
    ("2024年6月，印尼向经合组织提交了入组初始备忘录。", "IDN"),
])
def test_an_accession_process_opened_is_a_join(text, joiner) -> None:
    evs = events(text)
    join = of_type(evs, "JOIN")
    assert join and joiner in {p.key() for p in join[0].actors}, summary(evs)
    assert not of_type(evs, "ESTABLISH"), summary(evs)


# --- a reaction is not dated by the own date of a plan it answers -------------------------------------


@pytest.mark.parametrize("text", [
    "日本内阁通过新的安全文件，并计划在2027年度使防卫费达到国内生产总值的2%。\n\n文件把中国称为最大的战略挑战。中国外交部随即表示强烈不满，并向日方提出严正交涉。",
    "日本內閣通過新的安全文件，並計畫在2027年度使防衛費達到國內生產總值的2%。\n\n文件把中國稱為最大的戰略挑戰。中國外交部隨即表示強烈不滿。",
])
def test_a_reaction_to_a_plan_does_not_take_the_plans_date(text) -> None:
    evs = events(text)
    accuse = of_type(evs, "ACCUSE")
    assert accuse and [p.key() for p in accuse[0].recipients] == ["JPN"], summary(evs)
    assert accuse[0].date != "2027", summary(evs)


# --- a plant two states' firms build together; a works visited is described, not dated by the visit ---


@pytest.mark.parametrize("text, pair", [
    ("2022年，中国与老挝企业合资建设的钾肥厂投产。", ["CHN", "LAO"]),
    ("2021年，越南與日本企業合資興建的煉油廠正式投產。", ["JPN", "VNM"]),
    ("2019年，中国与巴基斯坦企业合资兴建的水泥厂在拉合尔投产。", ["CHN", "PAK"]),
])
def test_a_plant_built_as_a_joint_venture_is_cooperation(text, pair) -> None:
    evs = events(text)
    coop = [e for e in of_type(evs, "COOPERATE") if sorted(p.key() for p in e.actors) == pair]
    assert coop, summary(evs)


@pytest.mark.parametrize("text", [
    "2024年6月18日，李强前往珀斯，参观一家由中澳企业合资兴建的锂加工厂。",
    "2024年6月18日，李強前往珀斯，參觀一家由中澳企業合資興建的鋰加工廠。",
])
def test_a_works_visited_is_not_built_on_the_day_of_the_visit(text) -> None:
    evs = events(text)
    coop = of_type(evs, "COOPERATE")
    assert coop and {p.key() for p in coop[0].actors} == {"AUS", "CHN"}, summary(evs)
    assert coop[0].date is None, summary(evs)


def test_a_works_opened_on_a_day_keeps_that_day() -> None:
    evs = events("2022年6月8日，由中方援建的扩建工程在柬埔寨举行开工仪式。")
    assert [e.date for e in of_type(evs, "AID")] == ["2022-06-08"], summary(evs)


# --- talks concluded are the agreement, no meeting of their own ---------------------------------------


@pytest.mark.parametrize("text", [
    "菲律宾将力争与中国完成“南海行为准则”磋商。",
    "菲律賓將力爭與中國完成「南海行為準則」磋商。",
    "2023年7月，中国与东盟结束了“准则”第二轮谈判。",
])
def test_talks_concluded_are_no_meeting_of_their_own(text) -> None:
    evs = events(text)
    assert of_type(evs, "AGREE") and not of_type(evs, "CONSULT"), summary(evs)


def test_talks_held_are_still_a_meeting() -> None:
    evs = events("2023年7月，中国与东盟在雅加达举行“准则”第二轮谈判，并完成了文本审读。")
    assert of_type(evs, "CONSULT"), summary(evs)
