"""Probe-found participant rules of the eleventh session (lead): a comitative clause takes the subject
of the clause before but not a party it acts on; the agent of a passive act of force acts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type


@pytest.mark.parametrize("text, etype, parties", [
    ("2023年5月，日本拒绝了韩方的提议，并与美国举行会谈。", "CONSULT", ["JPN", "USA"]),
    ("2023年5月，越南总理会见了日本外相，随后与韩国总统举行会谈。", "CONSULT", ["KOR", "VNM"]),
    ("2024年4月，菲律宾批评了中国的行动，并与美国举行联合演习。", "COOPERATE", ["PHL", "USA"]),
    ("2022年3月，澳大利亚欢迎印度的立场，同时与日本签署了一项协定。", "AGREE", ["AUS", "JPN"]),
    ("2022年3月，澳洲歡迎印度的立場，同時與日本簽署了一項協定。", "AGREE", ["AUS", "JPN"]),
])
def test_the_party_acted_on_in_the_clause_before_is_no_subject(text, etype, parties) -> None:
    last = of_type(events(text), etype)[-1]  # the act of the clause after
    assert sorted(keys(last.actors) + keys(last.recipients)) == parties


@pytest.mark.parametrize("text", [
    "2019年9月，所罗门群岛和基里巴斯先后与台湾断交，并与中国建交。",
    "2019年9月，索羅門群島與吉里巴斯先後與台灣斷交，並轉與中國大陸建交。",
])
def test_states_coordinated_with_the_subject_stay_subjects(text) -> None:
    ties = [e for e in of_type(events(text), "ALIGN") if "CHN" in keys(e.actors)]
    assert sorted(k for e in ties for k in keys(e.actors) if k != "CHN") == ["KIR", "SLB"]


@pytest.mark.parametrize("text, trigger", [
    ("2024年3月，菲律宾海警船只在仁爱礁附近遭中国海警船只使用水炮拦阻。", "水炮"),
    ("2024年3月，菲律宾补给船在仁爱礁附近遭到中国海警船只水炮喷射。", "水炮"),
    ("2024年3月，菲律賓補給船在仁愛礁附近遭到中國海警船隻水砲噴射。", "水砲"),
    ("2024年6月，菲律宾船只在仁爱礁附近受到中国海警的拦截和登临检查。", "登临"),
])
def test_the_agent_of_a_passive_act_of_force_acts(text, trigger) -> None:
    """遭/遭到/受到 X (its ships, a light verb, an act joined by 和 before) + act: X is the actor."""
    evs = [e for e in of_type(events(text), "COERCE") if trigger in e.trigger]
    assert evs and keys(evs[0].actors) == ["CHN"] and keys(evs[0].recipients) == ["PHL"]


@pytest.mark.parametrize("text, joiners", [
    ("2025年1月6日，巴西宣布印度尼西亚正式成为金砖国家成员国。", ["IDN"]),
    ("2025年1月6日，巴西宣佈印尼正式成為金磚國家成員國。", ["IDN"]),
    ("2023年8月，南非宣布沙特、埃及、阿联酋、伊朗、埃塞俄比亚和阿根廷受邀加入金砖国家。", ["ARE", "ARG", "EGY", "ETH", "IRN", "SAU"]),
    ("2021年9月，中国与新西兰宣布，中方正式申请加入CPTPP。", ["CHN"]),
])
def test_the_announcer_of_a_membership_is_no_joiner(text, joiners) -> None:
    assert keys(of_type(events(text), "JOIN")[0].actors) == joiners


@pytest.mark.parametrize("text, label_end", [
    ("2022年11月，中国与泰国同意共同构建更为稳定、更加繁荣、更可持续的中泰命运共同体。", "中泰命运共同体"),
    ("2023年4月，中柬两国领导人宣布携手打造新时代中柬命运共同体。", "中柬命运共同体"),
    ("2023年12月，双方一致同意携手构建具有战略意义的中越命运共同体。", "中越命运共同体"),
    ("2023年12月，雙方一致同意攜手構建具有戰略意義的中越命運共同體。", "中越命运共同体"),
])
def test_a_community_built_together_is_a_tier_declared(text, label_end) -> None:
    a = of_type(events(text), "ALIGN")[0]
    assert a.modality == "asserted" and (a.label or "").endswith(label_end) and len(a.actors) == 2


@pytest.mark.parametrize("text", [
    "2023年10月，两国同意共同打造“一带一路”合作的示范项目。",
    "2024年5月，中方愿与各国共同构建人类命运共同体。",
])
def test_building_together_without_a_tier_of_two_states_is_no_alignment(text) -> None:
    assert not [e for e in events(text) if e.type == "ALIGN"]


def test_building_together_inside_an_upgrade_label_is_the_upgrade_only() -> None:
    evs = events("2024年11月，两国元首宣布将中巴关系提升为携手构建更公正世界的中巴命运共同体。")
    assert len([e for e in evs if e.type == "ALIGN"]) == 1


@pytest.mark.parametrize("text, parties", [
    ("2023年9月，越南与美国正在洽谈一项军机采购协议。", ["USA", "VNM"]),
    ("2023年9月，越南與美國正在洽談一項軍機採購協議。", ["USA", "VNM"]),
    ("2023年9月，日本与英国正在谈判一项防务协定。", ["GBR", "JPN"]),
    ("2023年9月，印尼与欧盟仍在谈判全面经济伙伴关系协定。", ["IDN", "eu"]),
])
def test_negotiations_under_way_are_talks(text, parties) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert keys(c.actors) == parties and c.modality == "asserted"


@pytest.mark.parametrize("text, etype, parties, date", [
    ("自1992年建交以来，中韩关系总体保持发展势头。", "ALIGN", ["CHN", "KOR"], "1992"),
    ("自1992年建交以來，中韓關係總體保持發展勢頭。", "ALIGN", ["CHN", "KOR"], "1992"),
    ("自2014年建立全面战略伙伴关系以来，中澳两国的经贸合作稳步推进。", "ALIGN", ["AUS", "CHN"], "2014"),
    ("从2001年加入世贸组织以来，中国对外贸易快速增长。", "JOIN", ["CHN"], "2001"),
])
def test_a_since_frame_without_parties_takes_the_main_clause_subject(text, etype, parties, date) -> None:
    """自…以来 opens a background act whose parties are the subject of the clause after it."""
    e = of_type(events(text), etype)[0]
    assert keys(e.actors) == parties and e.date == date


@pytest.mark.parametrize("text", [
    "1972年中日邦交正常化以来，两国经贸往来日益密切。",
    "1972年9月，中日两国实现邦交正常化。",
    "1972年9月，中日兩國實現邦交正常化。",
])
def test_normalised_diplomatic_ties_are_ties_established(text) -> None:
    a = of_type(events(text), "ALIGN")[0]
    assert keys(a.actors) == ["CHN", "JPN"] and a.label == "建交"


@pytest.mark.parametrize("text", [
    "2023年以来，美菲已举行多轮“2+2”部长级对话。",
    "2023年以來，美菲已舉行多輪「2+2」部長級對話。",
])
def test_a_count_before_a_quoted_name_and_a_rank_is_an_aggregate(text) -> None:
    assert not [e for e in events(text) if e.type == "CONSULT"]


def test_an_ordinal_before_a_quoted_name_is_one_session() -> None:
    c = of_type(events("2024年4月，美菲举行第四次“2+2”部长级对话。"), "CONSULT")[0]
    assert c.date == "2024-04"


@pytest.mark.parametrize("text, parties", [
    ("2024年，日本向菲律宾出口护卫舰。", (["JPN"], ["PHL"])),
    ("2022年，印度向菲律宾出口“布拉莫斯”反舰导弹。", (["IND"], ["PHL"])),
    ("2023年，韓國向波蘭出口K2坦克。", (["KOR"], ["POL"])),
])
def test_arms_exported_to_a_state_are_aid(text, parties) -> None:
    a = of_type(events(text), "AID")[0]
    assert (keys(a.actors), keys(a.recipients)) == parties


@pytest.mark.parametrize("text", [
    "2023年，美国禁止向俄罗斯出口武器。",
    "2023年，日本修改规定，允许向其他国家出口致命性武器。",
    "2023年，越南向中国出口大米。",
])
def test_arms_exports_banned_or_permitted_and_trade_goods_are_no_aid(text) -> None:
    assert not [e for e in events(text) if e.type == "AID"]


@pytest.mark.parametrize("text, etype", [
    ("2023年，菲律宾否认曾与中国达成任何“君子协定”。", "AGREE"),
    ("2023年，日本外务省否认日方已同意向乌克兰提供致命性武器。", "AID"),
    ("2023年，日本外務省否認日方已同意向烏克蘭提供致命性武器。", "AID"),
    ("2023年，韩国总统府表示，韩方从未考虑加入“奥库斯”。", "JOIN"),
    ("2023年，越南拒绝了美国提出的建立军事同盟的建议。", "ALIGN"),
])
def test_a_denial_or_refusal_covers_the_claim_and_later_cues(text, etype) -> None:
    assert of_type(events(text), etype)[0].modality == "negated"


def test_a_negation_inside_a_plain_modifier_still_leaves_the_act_asserted() -> None:
    c = of_type(events("2023年5月，中越两国领导人举行了事先未公布的会谈。"), "CONSULT")[0]
    assert c.modality == "asserted"


@pytest.mark.parametrize("text, parties", [
    ("2024年1月，美国与中国在曼谷举行新一轮战略沟通。", ["CHN", "USA"]),
    ("2024年1月，中美雙方在曼谷舉行新一輪戰略溝通。", ["CHN", "USA"]),
])
def test_a_round_of_strategic_communication_is_talks(text, parties) -> None:
    assert keys(of_type(events(text), "CONSULT")[0].actors) == parties


def test_communication_as_a_habit_is_no_meeting() -> None:
    assert not [e for e in events("美澳两国在各个领域经常进行非正式的临时性沟通。") if e.type == "CONSULT"]


@pytest.mark.parametrize("text, etype", [
    ("2024年3月，澳大利亚在雅加达设立东南亚投资融资办公室。", "AID"),
    ("2024年3月，澳洲在雅加達設立東南亞投資融資辦公室。", "AID"),
    ("2023年，中国与老挝成立联合训练中心。", "COOPERATE"),
])
def test_a_trigger_word_inside_the_name_of_a_body_set_up_is_the_founding_only(text, etype) -> None:
    evs = events(text)
    assert of_type(evs, "ESTABLISH") and not [e for e in evs if e.type == etype]


def test_aid_told_beside_a_fund_set_up_stays() -> None:
    a = of_type(events("2023年，中国设立基金，向老挝提供10亿美元援助。"), "AID")[0]
    assert keys(a.recipients) == ["LAO"]


@pytest.mark.parametrize("text, etype, parties", [
    ("2023年4月，中方强烈谴责美国众议院议长麦卡锡会见蔡英文。", "CONSULT", ["TWN", "USA"]),
    ("2023年4月，中國外交部強烈譴責美國眾議院議長會見蔡英文。", "CONSULT", ["TWN", "USA"]),
    ("2024年3月，中方强烈谴责菲律宾与美国举行联合军演。", "COOPERATE", ["PHL", "USA"]),
    ("2023年4月，中方欢迎日本与韩国恢复外长对话。", "CONSULT", ["JPN", "KOR"]),
])
def test_the_condemner_or_welcomer_is_no_party_of_the_act(text, etype, parties) -> None:
    e = of_type(events(text), etype)[0]
    assert sorted(keys(e.actors) + keys(e.recipients)) == parties


@pytest.mark.parametrize("text", [
    "2024年5月14日，美国总统拜登宣布，对中国电动车的关税由25%提高至100%。",
    "2024年5月14日，美国宣布将中国电动汽车的关税从25%提高到100%。",
    "2024年5月14日，美國總統拜登宣布，對中國電動車的關稅由25%提高至100%，新關稅將於8月1日生效。",
])
def test_a_tariff_raised_from_one_rate_to_another_is_a_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["USA"] and keys(s.recipients) == ["CHN"] and s.date == "2024-05-14"


@pytest.mark.parametrize("text", [
    "2023年3月，沙特与伊朗在北京达成和解协议，同意恢复外交关系。",
    "2023年3月，沙特與伊朗同意恢復外交關係。",
])
def test_relations_agreed_to_be_restored_are_labelled_as_ties_established(text) -> None:
    assert of_type(events(text), "ALIGN")[0].label == "建交"


@pytest.mark.parametrize("text, state", [
    ("2023年4月，中国航母“山东舰”编队在西太平洋开展训练。", "CHN"),
    ("2023年4月，日本海上自卫队在东海进行训练。", "JPN"),
    ("2023年4月，日本海上自衛隊在東海進行訓練。", "JPN"),
])
def test_one_force_training_alone_is_a_show_of_force(text, state) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == [state]


@pytest.mark.parametrize("text", [
    "2023年2月，菲律宾同意美军使用4处新基地。",
    "2023年2月，菲律宾允许美军使用其4处军事基地。",
    "2023年2月，菲律賓同意美軍使用4處新基地。",
])
def test_bases_a_foreign_force_may_use_are_its_deployment(text) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == ["USA"] and keys(m.recipients) == ["PHL"]


def test_using_a_platform_is_no_deployment() -> None:
    assert not [e for e in events("2023年2月，菲律宾与日本使用同一平台共享信息。") if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text, recipient", [
    ("2024年，澳大利亚宣布向图瓦卢追加2亿澳元援助。", "TUV"),
    ("2024年，澳洲宣布向吐瓦魯追加2億澳元援助。", "TUV"),
])
def test_more_aid_added_is_aid(text, recipient) -> None:
    a = of_type(events(text), "AID")[0]
    assert keys(a.actors) == ["AUS"] and keys(a.recipients) == [recipient]


def test_sanctions_added_are_no_aid() -> None:
    assert not [e for e in events("2024年，美国宣布对俄罗斯追加制裁。") if e.type == "AID"]


def test_a_partner_across_the_globe_applied_for_is_a_join() -> None:
    j = of_type(events("2023年，韩国申请成为北约全球伙伴。"), "JOIN")[0]
    assert keys(j.actors) == ["KOR"] and keys(j.recipients) == ["nato"]


@pytest.mark.parametrize("text, modality", [
    ("2024年，土耳其表示有意加入金砖国家。", "planned"),
    ("2024年，土耳其表示无意加入金砖国家。", "negated"),
])
def test_an_intention_declared_is_a_plan(text, modality) -> None:
    assert of_type(events(text), "JOIN")[0].modality == modality


def test_an_accession_memorandum_signed_is_agreed_with_the_body() -> None:
    a = of_type(events("2022年9月，伊朗签署加入上海合作组织的备忘录。"), "AGREE")[0]
    assert keys(a.actors) == ["IRN", "sco"]


@pytest.mark.parametrize("text, target", [
    ("2024年6月，中国宣布暂停对台湾部分农产品的进口。", "TWN"),
    ("2024年6月，中國宣布暫停從台灣進口部分農產品。", "TWN"),
    ("2024年6月，国台办宣布对多名台独顽固分子实施惩戒。", "TWN"),
    ("2024年6月，中方决定依法对美国军工企业及高管予以惩戒。", "USA"),
])
def test_imports_halted_and_punishments_imposed_are_sanctions(text, target) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["CHN"] and keys(s.recipients) == [target]


@pytest.mark.parametrize("text", [
    "2023年9月，东盟在雅加达召开第18届东亚峰会。",
    "2023年9月，東協在雅加達召開第18屆東亞峰會。",
])
def test_a_series_with_members_of_its_own_held_by_its_parent_is_the_series_session(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert keys(c.actors) == ["eas"]


def test_an_organ_beside_its_body_is_still_the_body() -> None:
    c = of_type(events("2024年6月，美欧峰会期间，欧盟委员会主席冯德莱恩同拜登在布鲁塞尔会谈。"), "CONSULT")[0]
    assert "eu" in keys(c.actors) and "european-commission" not in keys(c.actors)


@pytest.mark.parametrize("text", [
    "美澳同盟可追溯至1951年签署的《澳新美安全条约》。",
    "美澳同盟可追溯到1951年签署的《澳新美安全条约》。",
])
def test_a_date_traced_back_to_is_no_target_year(text) -> None:
    a = of_type(events(text), "AGREE")[0]
    assert a.modality == "asserted" and a.date == "1951"


def test_the_forces_detected_around_taiwan_deploy() -> None:
    m = of_type(events("2024年10月14日，國防部偵獲共機153架次、共艦14艘在台海周邊活動。"), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"] and keys(m.recipients) == ["TWN"] and m.date == "2024-10-14"


@pytest.mark.parametrize("text", [
    "2023年4月，中共航艦山東號編隊通過巴士海峽，進入西太平洋。",
    "2023年4月，中国航母山东舰编队通过巴士海峡，进入西太平洋。",
])
def test_a_fleet_passing_another_strait_is_a_deployment(text) -> None:
    assert keys(of_type(events(text), "MOBILIZE")[0].actors) == ["CHN"]


@pytest.mark.parametrize("text", [
    "2024年2月，金門海巡署驅離越界的中國籍快艇。",
    "2024年2月，金门海巡署驱离越界的中国籍快艇。",
])
def test_crossing_a_line_names_no_viet_nam(text) -> None:
    c = of_type(events(text), "COERCE")[0]
    assert keys(c.recipients) == ["CHN"]


@pytest.mark.parametrize("text", [
    "2024年9月，越南新任国家主席苏林出席联合国大会并访问美国。",
    "2024年9月，越南國家主席蘇林出席聯合國大會並訪問美國。",
])
def test_the_host_of_a_visit_joined_by_bing_is_no_attendee(text) -> None:
    evs = events(text)
    attended = [e for e in of_type(evs, "CONSULT") if "un-general-assembly" in keys(e.actors)]
    assert attended and "USA" not in keys(attended[0].actors) + keys(attended[0].recipients)
    assert any(keys(e.recipients) == ["USA"] for e in evs if e.type == "CONSULT")
