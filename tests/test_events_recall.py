"""Recall of the document and institution types (AGREE, ESTABLISH, POLICY, AID, JOIN, ALIGN) on
sentences written for these tests, in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


def one(evs, etype):
    got = [e for e in evs if e.type == etype]
    assert len(got) == 1, summary(evs)
    return got[0]


# --- ESTABLISH: 宣布建立 and partnerships named for a field of work ------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，美国和韩国宣布建立一个新的核磋商小组，以讨论核战略规划。",
    "2024年3月，美國和韓國宣佈建立一個新的核磋商小組，以討論核戰略規劃。",
])
def test_announced_body_is_established(text) -> None:
    evs = events(text)
    ev = one(evs, "ESTABLISH")
    assert sorted(a.key() for a in ev.actors) == ["KOR", "USA"]
    assert ev.date == "2024-03" and ev.modality == "asserted"
    assert ev.object and ev.object["id"] == "nuclear-consultative-group"
    assert not [e for e in evs if e.type == "ALIGN"]


@pytest.mark.parametrize("text", [
    "2019年6月，日本与澳大利亚宣布建立“海底电缆联通伙伴关系”，为太平洋岛国铺设光缆。",
    "2019年6月，日本與澳大利亞宣佈建立「海底電纜聯通夥伴關係」，為太平洋島國鋪設光纜。",
])
def test_partnership_named_for_a_field_is_a_programme(text) -> None:
    evs = events(text)
    ev = one(evs, "ESTABLISH")
    assert sorted(a.key() for a in ev.actors) == ["AUS", "JPN"] and ev.date == "2019-06"
    assert ev.object and "海底电缆联通伙伴关系" in ev.object["name"].replace("電纜", "电缆").replace("聯通夥伴關係", "联通伙伴关系")
    assert not [e for e in evs if e.type == "ALIGN"]


@pytest.mark.parametrize("text", [
    "2020年10月，美国、英国和澳大利亚领导人宣布建立“澳英美三边安全伙伴关系”，以加强防务合作。",
    "2020年10月，美國、英國和澳大利亞領導人宣佈建立「澳英美三邊安全夥伴關係」，以加強防務合作。",
])
def test_grouping_known_to_the_gazetteer_is_established(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.object and ev.object["id"] == "aukus" and ev.date == "2020-10"
    assert {"USA", "GBR", "AUS"} <= {a.key() for a in ev.actors}


@pytest.mark.parametrize("text", [
    "2016年9月，越南和印度宣布建立全面战略伙伴关系。",
    "2016年9月，越南和印度宣佈建立全面戰略夥伴關係。",
])
def test_a_tier_of_relations_stays_align(text) -> None:
    evs = events(text)
    ev = one(evs, "ALIGN")
    assert sorted(a.key() for a in ev.actors) == ["IND", "VNM"] and ev.date == "2016-09"
    assert not [e for e in evs if e.type == "ESTABLISH"]


# --- lists after ；: items share the frame's date and modality ---------------------------------


@pytest.mark.parametrize("text", [
    "2024年2月，日本和菲律宾领导人在马尼拉举行会谈。双方发表的联合声明列出了成果：加强海上安全合作；发起“日菲关键矿产工作组”；启动“日菲数字联通伙伴关系”。",
    "2024年2月，日本和菲律賓領導人在馬尼拉舉行會談。雙方發表的聯合聲明列出了成果：加強海上安全合作；發起「日菲關鍵礦產工作組」；啟動「日菲數字聯通夥伴關係」。",
])
def test_items_of_a_reported_list_take_its_date(text) -> None:
    est = [e for e in events(text) if e.type == "ESTABLISH"]
    assert len(est) == 2, summary(est)
    for e in est:
        assert sorted(a.key() for a in e.actors) == ["JPN", "PHL"]
        assert e.date == "2024-02" and e.modality == "asserted"


@pytest.mark.parametrize("text", [
    "2024年2月，日本和菲律宾领导人举行会谈。日本和菲律宾承诺：举行首次外长会晤；发起“日菲海洋对话”；设立“日菲清洁能源基金”。",
    "2024年2月，日本和菲律賓領導人舉行會談。日本和菲律賓承諾：舉行首次外長會晤；發起「日菲海洋對話」；設立「日菲清潔能源基金」。",
])
def test_items_of_a_planned_list_are_planned_and_undated(text) -> None:
    est = [e for e in events(text) if e.type == "ESTABLISH"]
    assert len(est) == 2, summary(est)
    for e in est:
        assert sorted(a.key() for a in e.actors) == ["JPN", "PHL"]
        assert e.date is None and e.modality == "planned"
    consult = [e for e in events(text) if e.type == "CONSULT" and e.date is None and e.trigger in ("举行", "舉行")]
    assert consult and consult[0].modality == "planned"  # the first item, right after the colon


# --- ESTABLISH: the body named before an intransitive 成立 or a passive 由…提出 -------------------


@pytest.mark.parametrize("text", [
    "2015年12月，东盟防长扩大会网络安全专家组（EWG）正式成立，成为各方交流的平台。",
    "2015年12月，東盟防長擴大會網絡安全專家組（EWG）正式成立，成為各方交流的平台。",
])
def test_body_founded_named_before_the_verb(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert [a.key() for a in ev.actors] == ["admm-plus"] and ev.date == "2015-12" and ev.modality == "asserted"
    assert ev.object and ev.object["name"].endswith(("专家组", "專家組"))


@pytest.mark.parametrize("text", [
    "“蓝点网络”由美国、日本和澳大利亚在2019年11月共同提出，旨在认证优质基础设施项目。",
    "「藍點網絡」由美國、日本和澳大利亞在2019年11月共同提出，旨在認證優質基礎設施項目。",
])
def test_passive_proposal_names_the_proposers(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert {"AUS", "JPN", "USA"} <= {a.key() for a in ev.actors} and ev.date == "2019-11"
    assert ev.object and ev.object["name"] in ("蓝点网络", "藍點網絡")


@pytest.mark.parametrize("text", [
    "2021年3月，韩国驻东盟代表团正式运行，这是韩国在雅加达设立的常驻机构。",
    "2021年3月，韓國駐東盟代表團正式運行，這是韓國在雅加達設立的常駐機構。",
])
def test_mission_at_an_organisation_has_it_as_recipient(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert [a.key() for a in ev.actors] == ["KOR"] and [r.key() for r in ev.recipients] == ["asean"]
    assert ev.date == "2021-03"


@pytest.mark.parametrize("text", [
    "2022年，美国计划建立范围更大、涉及领域更广的区域合作框架，以确保其主导权。",
    "这一机制启动后，双方的沟通更加顺畅。",
])
def test_no_object_before_a_transitive_verb(text) -> None:
    for e in events(text):
        assert not (e.type == "ESTABLISH" and e.object and e.object["name"] in ("美国计划", "这一机制")), summary([e])


# --- uses of the triggers that report no act -----------------------------------------------------


@pytest.mark.parametrize("text, etype", [
    ("2023年5月，菲律宾为海警现代化制定《海上安全援助路线图》。", "AID"),
    ("2023年5月，菲律賓為海警現代化制定《海上安全援助路線圖》。", "AID"),
    ("2022年4月，日本提出要继续顺应《东盟印太展望》中提出的优先领域。", "ESTABLISH"),
    ("2022年4月，日本提出加入北约网络防御中心的设想。", "ESTABLISH"),
    ("2021年4月，美国发起并召开“领导人气候峰会”。", "ESTABLISH"),
    ("2012年，中国、日本与东盟合作推出区域全面经济伙伴关系（RCEP）谈判。", "ESTABLISH"),
    ("2023年6月，美国和新加坡讨论了建立关于新兴技术的双边对话机制。", "ESTABLISH"),
    ("日本对加入该联盟的态度较为积极。", "JOIN"),
    ("日本對加入該聯盟的態度較為積極。", "JOIN"),
    ("2021年新加坡对华实际投资103亿美元，同比增长34%。", "AID"),
    ("四国寻求在卫生安全、人道主义援助和灾难救援等方面的务实合作。", "AID"),
])
def test_uses_that_report_no_act(text, etype) -> None:
    assert not [e for e in events(text) if e.type == etype], summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年3月，日本提出“自由开放的印太新方案”。",
    "2023年3月，日本提出「自由開放的印太新方案」。",
])
def test_a_named_proposal_is_still_established(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert [a.key() for a in ev.actors] == ["JPN"] and ev.date == "2023-03"


# --- the purpose of an act and the content of a consensus are planned -----------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，日本和菲律宾就尽早签署《互惠准入协定》达成共识。",
    "2024年5月，日本和菲律賓就盡早簽署《互惠准入協定》達成共識。",
])
def test_content_of_a_consensus_is_planned(text) -> None:
    agree = [e for e in events(text) if e.type == "AGREE"]
    got = sorted((e.modality, e.date) for e in agree)
    assert got == [("asserted", "2024-05"), ("planned", None)], summary(agree)
    for e in agree:
        assert sorted(a.key() for a in e.actors) == ["JPN", "PHL"]


@pytest.mark.parametrize("text", [
    "2023年6月，美国、日本和韩国同意加强合作，以建立导弹预警数据共享机制。",
    "2023年6月，美國、日本和韓國同意加強合作，以建立導彈預警數據共享機制。",
])
def test_purpose_clause_is_planned(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.modality == "planned" and ev.date is None
    assert {"USA", "JPN", "KOR"} <= {a.key() for a in ev.actors}


# --- JOIN: invitations, founding members, one accession told twice, ideas, the 将 of the object ----


@pytest.mark.parametrize("text", [
    "2022年6月，北约邀请芬兰和瑞典加入北约。",
    "2022年6月，北約邀請芬蘭和瑞典加入北約。",
])
def test_invitation_to_join(text) -> None:
    ev = one(events(text), "JOIN")
    assert sorted(a.key() for a in ev.actors) == ["FIN", "SWE"] and [r.key() for r in ev.recipients] == ["nato"]
    assert ev.date == "2022-06" and ev.modality == "asserted"


def test_invitation_to_a_meeting_is_no_accession() -> None:
    assert not [e for e in events("2023年5月，日本邀请韩国总统参加七国集团峰会。") if e.type == "JOIN"]


@pytest.mark.parametrize("text", [
    "2015年12月，亚洲基础设施投资银行正式成立，创始成员包括中国、印度、印度尼西亚等57国。",
    "2015年12月，亞洲基礎設施投資銀行正式成立，創始成員包括中國、印度、印度尼西亞等57國。",
])
def test_founding_members_join(text) -> None:
    ev = one(events(text), "JOIN")
    assert {"CHN", "IND", "IDN"} <= {a.key() for a in ev.actors} and [r.key() for r in ev.recipients] == ["aiib"]
    assert ev.date == "2015-12"


@pytest.mark.parametrize("text", [
    "2023年3月，越南正式加入东盟地区论坛，成为该论坛的第27个成员。",
    "2023年3月，越南正式加入東盟地區論壇，成為該論壇的第27個成員。",
])
def test_one_accession_told_twice_is_one_join(text) -> None:
    ev = one(events(text), "JOIN")
    assert [a.key() for a in ev.actors] == ["VNM"] and ev.date == "2023-03"


@pytest.mark.parametrize("text", [
    "2019年1月，韩国提出加入北约网络防御卓越中心的设想。",
    "2019年1月，韓國提出加入北約網絡防禦卓越中心的設想。",
])
def test_an_idea_of_joining_is_proposed_and_undated(text) -> None:
    ev = one(events(text), "JOIN")
    assert [a.key() for a in ev.actors] == ["KOR"] and ev.modality == "proposed" and ev.date is None


@pytest.mark.parametrize("text", [
    "2006年，北约将韩国纳入“全球伙伴国”行列。",
    "2006年，北約將韓國納入「全球夥伴國」行列。",
])
def test_jiang_marking_the_admitted_state_is_not_the_future(text) -> None:
    ev = one(events(text), "JOIN")
    assert [a.key() for a in ev.actors] == ["KOR"] and [r.key() for r in ev.recipients] == ["nato"]
    assert ev.modality == "asserted" and ev.date == "2006"


def test_return_to_a_region_is_no_accession() -> None:
    assert not [e for e in events("一些国家主动迎合美国军事上的“重返”亚太。") if e.type == "JOIN"]


# --- AGREE: titles after the parties, statements, documents drawn up together, outcomes ---------


@pytest.mark.parametrize("text", [
    "2023年8月，蒙古国外长访美，并发表了美国和蒙古国《关于战略性第三邻国伙伴关系的联合声明》。",
    "2023年8月，蒙古國外長訪美，並發表了美國和蒙古國《關於戰略性第三鄰國夥伴關係的聯合聲明》。",
])
def test_title_after_the_parties(text) -> None:
    ev = one(events(text), "AGREE")
    assert sorted(a.key() for a in ev.actors) == ["MNG", "USA"] and ev.date == "2023-08"
    assert ev.object and "第三" in ev.object["name"]


@pytest.mark.parametrize("text", [
    "2023年12月，美国、日本和韩国举行三边会议，三国共同制订了一个多年三边演习计划。",
    "2023年12月，美國、日本和韓國舉行三邊會議，三國共同制訂了一個多年三邊演習計劃。",
])
def test_plan_drawn_up_together(text) -> None:
    ev = one(events(text), "AGREE")
    assert {"USA", "JPN", "KOR"} <= {a.key() for a in ev.actors} and ev.date == "2023-12"


def test_one_state_drawing_up_targets_is_no_agreement() -> None:
    assert not [e for e in events("2023年，印尼根据本国实际情况制订节能减排目标和规划。") if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "2023年6月，印度总理访美，两国在国防、航天等方面达成多项合作成果。",
    "2023年6月，印度總理訪美，兩國在國防、航天等方面達成多項合作成果。",
])
def test_outcomes_reached(text) -> None:
    ev = one(events(text), "AGREE")
    assert sorted(a.key() for a in ev.actors) == ["IND", "USA"] and ev.date == "2023-06"


@pytest.mark.parametrize("text", [
    "2023年11月，东盟十国领导人发表声明，欢迎东帝汶参与合作。",
    "2023年11月，東盟十國領導人發表聲明，歡迎東帝汶參與合作。",
])
def test_statement_of_an_organisation(text) -> None:
    ev = one(events(text), "AGREE")
    assert "asean" in {a.key() for a in ev.actors} and ev.date == "2023-11"


@pytest.mark.parametrize("text", [
    "2023年5月，美国和澳大利亚签署了一份意向声明，推动清洁能源合作。",
    "2023年5月，美國和澳大利亞簽署了一份意向聲明，推動清潔能源合作。",
])
def test_statement_of_intent_is_a_document_signed(text) -> None:
    ev = one(events(text), "AGREE")
    assert ev.modality == "asserted" and ev.date == "2023-05"


@pytest.mark.parametrize("text", [
    "三方同意鼓励加快制定一个多年三边演习计划。",
])
def test_encouraged_drafting_is_not_asserted(text) -> None:
    for e in events("2023年11月，美国、日本和韩国外长举行会谈。美国、日本和韩国同意鼓励加快制定一个多年三边演习计划。"):
        if e.type == "AGREE" and e.trigger == "制定":
            assert e.modality == "proposed" and e.date is None


@pytest.mark.parametrize("text", [
    "12月19日，美国、日本和韩国举行三边国防部长会议。美国、日本和韩国宣布已全面激活导弹预警数据共享机制。",
    "12月19日，美國、日本和韓國舉行三邊國防部長會議。美國、日本和韓國宣佈已全面激活導彈預警數據共享機制。",
])
def test_same_parties_with_a_completed_act_continue_the_dated_happening(text) -> None:
    ev = one(events(text, doc_date="2023-12-30"), "ESTABLISH")
    assert {"USA", "JPN", "KOR"} <= {a.key() for a in ev.actors} and ev.date == "2023-12-19"


def test_same_parties_in_background_stay_undated() -> None:
    evs = events("2023年5月，美国和日本举行首脑会谈。美国和日本长期致力于建立地区合作机制。")
    est = [e for e in evs if e.type == "ESTABLISH"]
    assert all(e.date is None for e in est), summary(est)


# --- POLICY: revisions, relative clauses with a title, 宣布 that introduces another act -----------


@pytest.mark.parametrize("text", [
    "2022年12月，日本根本性调整《国家安全保障战略》，提出构筑反击能力。",
    "2022年12月，日本根本性調整《國家安全保障戰略》，提出構築反擊能力。",
    "2024年4月，澳大利亚修订《外国投资审查法》，收紧审查标准。",
])
def test_revised_strategy_or_law(text) -> None:
    ev = one(events(text), "POLICY")
    assert len(ev.actors) == 1 and ev.actors[0].key() in ("JPN", "AUS") and ev.date in ("2022-12", "2024-04")


@pytest.mark.parametrize("text", [
    "2023年2月，美日韩举行会谈。三方欢迎韩国宣布的《韩国印太战略》。",
    "2023年2月，美日韓舉行會談。三方歡迎韓國宣佈的《韓國印太戰略》。",
])
def test_strategy_released_in_a_relative_clause_keeps_no_frame_date(text) -> None:
    ev = one(events(text), "POLICY")
    assert [a.key() for a in ev.actors] == ["KOR"] and ev.date is None and ev.modality == "asserted"


@pytest.mark.parametrize("text", [
    "2023年11月，印尼总统访美，两国宣布将美印尼关系提升为“全面战略伙伴关系”。",
    "2023年11月，印尼總統訪美，兩國宣佈將美印尼關係提升為「全面戰略夥伴關係」。",
    "2022年6月，拜登宣布美国未来五年内将为该倡议筹集2000亿美元。",
])
def test_announcing_another_act_is_no_policy(text) -> None:
    assert not [e for e in events(text) if e.type == "POLICY"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2014年11月，奥巴马访华期间，与中国共同发表了《中美气候变化联合声明》。",
    "2014年11月，奧巴馬訪華期間，與中國共同發表了《中美氣候變化聯合聲明》。",
])
def test_a_joint_statement_is_never_unilateral(text) -> None:
    assert not [e for e in events(text) if e.type == "POLICY"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2017年，韩国文在寅政府推出“新南方政策”，加强与东盟的联系。",
    "2017年，韓國文在寅政府推出「新南方政策」，加強與東盟的聯繫。",
])
def test_a_named_policy_launched_is_policy(text) -> None:
    ev = one(events(text), "POLICY")
    assert [a.key() for a in ev.actors] == ["KOR"] and ev.date == "2017"
    assert not [e for e in events(text) if e.type == "ESTABLISH"]


@pytest.mark.parametrize("text", [
    "2023年11月，美国还宣布了一个新的“印太清洁能源投资基金”倡议，动员项目融资。",
    "2023年11月，美國還宣佈了一個新的「印太清潔能源投資基金」倡議，動員項目融資。",
])
def test_announced_initiative_is_established(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert [a.key() for a in ev.actors] == ["USA"] and ev.date == "2023-11"
    assert not [e for e in events(text) if e.type == "POLICY"]


# --- AID: sums before 投资, support given to a state, equipment; decades have no date --------------


@pytest.mark.parametrize("text", [
    "2022年5月，韩国企业宣布计划在美增加超过100亿美元的电动汽车投资。",
    "2022年5月，韓國企業宣佈計劃在美增加超過100億美元的電動汽車投資。",
])
def test_investment_pledge_with_the_sum_before(text) -> None:
    ev = one(events(text), "AID")
    assert [a.key() for a in ev.actors] == ["KOR"] and ev.modality == "planned" and ev.date is None
    assert any(q["kind"] == "money" for q in ev.quantities)


@pytest.mark.parametrize("text", [
    "2023年7月，日本和澳大利亚将增加对乌克兰的支持；支持无人机共同生产。",
    "2023年7月，日本和澳大利亞將增加對烏克蘭的支持；支持無人機共同生產。",
])
def test_support_given_to_a_state(text) -> None:
    evs = events(text)
    ev = one(evs, "AID")
    assert sorted(a.key() for a in ev.actors) == ["AUS", "JPN"] and [r.key() for r in ev.recipients] == ["UKR"]
    assert ev.modality == "planned" and ev.date is None
    for e in evs:  # the recipient is no party of the next item
        if e.type == "COOPERATE":
            assert "UKR" not in {a.key() for a in e.actors}


def test_sum_raised_for_investment_is_not_an_investment() -> None:
    evs = events("2022年6月，美国争取与七国集团其他国家共同筹集6000亿美元用于全球基建投资。")
    assert not [e for e in evs if e.type == "AID" and e.trigger == "投资"], summary(evs)


@pytest.mark.parametrize("text", [
    "2027年，英国向澳大利亚海军提供一艘核潜艇。",
    "2027年，英國向澳大利亞海軍提供一艘核潛艇。",
])
def test_equipment_delivered(text) -> None:
    ev = one(events(text), "AID")
    assert [a.key() for a in ev.actors] == ["GBR"] and [r.key() for r in ev.recipients] == ["AUS"]


@pytest.mark.parametrize("text", [
    "1980年代，东盟国家建立起多个对话机制，包括东盟地区论坛。",
    "20世纪90年代，美国向菲律宾提供巡逻艇。",
])
def test_a_decade_gives_no_date(text) -> None:
    for e in events(text):
        assert e.date is None, summary([e])


def test_fields_of_cooperation_are_no_investment() -> None:
    evs = events("2023年9月，两国表示将继续深化在“经济、贸易和投资合作”“科学、技术合作”等领域的合作。")
    assert not [e for e in evs if e.type == "AID"], summary(evs)


@pytest.mark.parametrize("text, value, unit", [
    ("2023年3月，日本宣布向菲律宾提供500亿日元贷款。", 50_000_000_000, "日元"),
    ("2023年3月，日本宣佈向菲律賓提供500億日圓貸款。", 50_000_000_000, "日元"),
])
def test_money_in_either_script(text, value, unit) -> None:
    ev = one(events(text), "AID")
    assert [a.key() for a in ev.actors] == ["JPN"] and [r.key() for r in ev.recipients] == ["PHL"]
    assert [(q["value"], q["unit"], q["kind"]) for q in ev.quantities] == [(value, unit, "money")]


# --- a dialogue launched is founded; a concept put forward is founded ------------------------------


@pytest.mark.parametrize("text", [
    "在实务层面，日本和澳大利亚通过2021年9月启动的太平洋岛国战略对话机制加强协调。",
    "在實務層面，日本和澳大利亞通過2021年9月啟動的太平洋島國戰略對話機制加強協調。",
    "2021年9月，日本和澳大利亚启动太平洋岛国战略对话。",
])
def test_dialogue_launched_is_established(text) -> None:
    evs = events(text)
    ev = one(evs, "ESTABLISH")
    assert sorted(a.key() for a in ev.actors) == ["AUS", "JPN"] and ev.date == "2021-09"
    assert not [e for e in evs if e.type == "CONSULT"]


def test_negotiations_launched_stay_consult() -> None:
    evs = events("2013年3月，日本和欧盟启动自由贸易协定谈判。")
    assert not [e for e in evs if e.type == "ESTABLISH"], summary(evs)


@pytest.mark.parametrize("text", [
    "2008年6月，澳大利亚总理首次提出建设“亚太共同体”的设想。",
    "2008年6月，澳大利亞總理首次提出建設「亞太共同體」的設想。",
])
def test_concept_put_forward_is_established(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert [a.key() for a in ev.actors] == ["AUS"] and ev.date == "2008-06" and ev.modality == "asserted"


# --- a dated document cited as speaking was issued --------------------------------------------------


@pytest.mark.parametrize("text, etype, party, date", [
    ("2021年6月，七国集团卡比斯湾峰会公报称，各方将加强协调。", "AGREE", "g7", "2021-06"),
    ("2021年6月，七國集團卡比斯灣峰會公報稱，各方將加強協調。", "AGREE", "g7", "2021-06"),
    ("2012年版北约《战略概念》文件强调伙伴关系的重要性。", "AGREE", "nato", "2012"),
    ("2017年12月，美国《国家安全战略》报告称，中国是战略竞争对手。", "POLICY", "USA", "2017-12"),
    ("2017年12月，美國《國家安全戰略》報告稱，中國是戰略競爭對手。", "POLICY", "USA", "2017-12"),
])
def test_cited_document_was_issued(text, etype, party, date) -> None:
    ev = one(events(text), etype)
    assert [a.key() for a in ev.actors] == [party] and ev.date == date and ev.modality == "asserted"


@pytest.mark.parametrize("text", [
    "根据2015年《巴黎协定》提出的目标，各国应当减排。",
    "北约《战略概念》文件强调伙伴关系的重要性。",
])
def test_undated_or_authority_citation_is_no_event(text) -> None:
    assert not [e for e in events(text) if e.type in ("AGREE", "POLICY")], summary(events(text))


# --- ALIGN: 共建 a partnership, 升格至“…战略伙伴”, 关系正常化; JOIN: ratification ------------------


@pytest.mark.parametrize("text, label", [
    ("2021年11月，东盟与澳大利亚达成共建全面战略伙伴关系的共识。", "全面战略伙伴关系"),
    ("2021年11月，東盟與澳大利亞達成共建全面戰略夥伴關係的共識。", "全面戰略夥伴關係"),
    ("2022年11月，美国和东盟把双方关系升格至“全面战略伙伴”。", "全面战略伙伴"),
])
def test_partnership_tier_agreed_or_raised(text, label) -> None:
    ev = one(events(text), "ALIGN")
    assert len(ev.actors) == 2 and "asean" in {a.key() for a in ev.actors} and ev.date in ("2021-11", "2022-11")
    assert ev.label and ev.label.replace("戰略夥伴關係", "战略伙伴关系") == label.replace("戰略夥伴關係", "战略伙伴关系")


@pytest.mark.parametrize("text", [
    "1979年1月，中美实现关系正常化。",
    "1979年1月，中美實現關係正常化。",
])
def test_normalisation_of_relations(text) -> None:
    ev = one(events(text), "ALIGN")
    assert sorted(a.key() for a in ev.actors) == ["CHN", "USA"] and ev.label == "关系正常化" and ev.date == "1979-01"


def test_a_decade_alone_leaves_the_event_undated() -> None:
    evs = events("2023年5月，两国领导人会晤。没有始于1970年代的中美关系正常化，就没有今天的合作。")
    for e in evs:
        if e.type == "ALIGN":
            assert e.date is None


@pytest.mark.parametrize("text, modality", [
    ("2020年3月，日本国会批准了《区域全面经济伙伴关系协定》。", "asserted"),
    ("2020年3月，日本國會批准了《區域全面經濟夥伴關係協定》。", "asserted"),
    ("美国国会始终没有批准该条约。", "negated"),
])
def test_ratification_is_join(text, modality) -> None:
    ev = one(events(text), "JOIN")
    assert len(ev.actors) == 1 and ev.actors[0].key() in ("JPN", "USA") and ev.modality == modality
    assert not [e for e in events(text) if e.type == "AGREE"]


# --- anniversaries, plans with examples, comparative tiers, a body adopting a document ------------


@pytest.mark.parametrize("text", [
    "2023年9月，澳英美三国领导人发表联合声明，纪念宣布建立AUKUS两周年。",
    "2023年9月，澳英美三國領導人發表聯合聲明，紀念宣佈建立AUKUS兩週年。",
])
def test_anniversary_dates_the_founding(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.date == "2021"


@pytest.mark.parametrize("text", [
    "2022年11月，美国和东盟将继续在能源领域扩大合作，包括发起美国—东盟电动汽车倡议。",
    "2022年11月，美國和東盟將繼續在能源領域擴大合作，包括發起美國—東盟電動汽車倡議。",
])
def test_examples_of_a_plan_are_planned(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.modality == "planned" and ev.date is None


@pytest.mark.parametrize("text", [
    "双方决心以建立一个更有能力、更加灵活的同盟，应对地区挑战。",
    "两国在建立先进和全面防务伙伴关系方面已取得实质进展。",
])
def test_improving_an_existing_tie_is_no_new_tier(text) -> None:
    assert not [e for e in events("2023年1月，美国和日本举行会谈。" + text) if e.type == "ALIGN"]


@pytest.mark.parametrize("text", [
    "亚太经合组织在1996年马尼拉会议提出《马尼拉行动计划》。",
    "亞太經合組織在1996年馬尼拉會議提出《馬尼拉行動計劃》。",
    "2010年11月，亚太经合组织部长会议正式提出建设亚太自贸区目标。",
])
def test_body_adopting_a_document_or_goal_agrees(text) -> None:
    evs = events(text)
    ev = one(evs, "AGREE")
    assert "apec" in {a.key() for a in ev.actors} and ev.date in ("1996", "2010-11")
    assert not [e for e in evs if e.type == "ESTABLISH"]


@pytest.mark.parametrize("text", [
    "2019年8月，泰国总理首次提出“生物循环绿色经济”经济发展模式。",
    "1976年，日本学术团体发起成立太平洋合作委员会的运动。",
])
def test_domestic_models_and_campaigns_are_not_founded(text) -> None:
    assert not [e for e in events(text) if e.type == "ESTABLISH"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2022年底，东盟又与印度建立了平行的对话关系。",
    "2022年底，東盟又與印度建立了平行的對話關係。",
])
def test_dialogue_relations_are_a_tier(text) -> None:
    ev = one(events(text), "ALIGN")
    assert sorted(a.key() for a in ev.actors) == ["IND", "asean"] and ev.date == "2022"


@pytest.mark.parametrize("text", [
    "2021年9月16日，中国正式提出申请加入《全面与进步跨太平洋伙伴关系协定》。",
    "2021年9月16日，中國正式提出申請加入《全面與進步跨太平洋夥伴關係協定》。",
])
def test_application_to_join_is_join_only(text) -> None:
    evs = events(text)
    ev = one(evs, "JOIN")
    assert [a.key() for a in ev.actors] == ["CHN"] and [r.key() for r in ev.recipients] == ["cptpp"]
    assert ev.date == "2021-09-16"
    assert not [e for e in evs if e.type == "ESTABLISH"]


@pytest.mark.parametrize("text, name", [
    ("2021年11月，中国宣布成立亚太经合组织中小企业中心。", "亚太经合组织中小企业中心"),
    ("2021年11月，中國宣佈成立亞太經合組織中小企業中心。", "亞太經合組織中小企業中心"),
])
def test_body_named_after_its_parent_is_the_object(text, name) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.object and ev.object["name"] == name and [a.key() for a in ev.actors] == ["CHN"]


@pytest.mark.parametrize("text", [
    "2023年9月9日，拜登和莫迪在新德里主持了基础设施领导人会议。美国、印度、沙特和欧盟发表谅解备忘录，承诺合作建设经济走廊。",
    "2023年9月9日，拜登和莫迪在新德里主持了基礎設施領導人會議。美國、印度、沙特和歐盟發表諒解備忘錄，承諾合作建設經濟走廊。",
])
def test_document_issued_by_states_of_the_meeting_just_told(text) -> None:
    ev = one(events(text), "AGREE")
    assert {"USA", "IND", "SAU"} <= {a.key() for a in ev.actors} and ev.date == "2023-09-09"


def test_document_of_other_states_keeps_no_meeting_date() -> None:
    evs = events("2023年9月9日，拜登和莫迪在新德里举行会谈。日本与澳大利亚签署了《互惠准入协定》。")
    agree = [e for e in evs if e.type == "AGREE" and "JPN" in {a.key() for a in e.actors}]
    assert agree and all(e.date is None for e in agree), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年2月，日本和菲律宾发起“日菲海洋对话”。",
    "2024年2月，日本和菲律賓發起「日菲海洋對話」。",
])
def test_meeting_word_inside_the_name_founded(text) -> None:
    evs = events(text)
    one(evs, "ESTABLISH")
    assert not [e for e in evs if e.type == "CONSULT"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年4月，日本政府设立新的安全援助制度，向菲律宾提供雷达。",
    "2023年4月，日本政府設立新的安全援助制度，向菲律賓提供雷達。",
])
def test_aid_clause_without_subject_takes_the_sentence_subject(text) -> None:
    ev = one(events(text), "AID")
    assert [a.key() for a in ev.actors] == ["JPN"] and [r.key() for r in ev.recipients] == ["PHL"] and ev.date == "2023-04"


@pytest.mark.parametrize("text", [
    "2023年11月，美国和韩国举行第55次安全磋商会议。双方签署了2023年《定制型威慑战略》文件。",
    "2023年11月，美國和韓國舉行第55次安全磋商會議。雙方簽署了2023年《定制型威懾戰略》文件。",
])
def test_year_naming_the_edition_does_not_date_the_signing(text) -> None:
    ev = one(events(text), "AGREE")
    assert ev.date == "2023-11"


@pytest.mark.parametrize("text, name", [
    ("2023年10月，澳大利亚宣布成立澳美关键矿产工作组。", "澳美关键矿产工作组"),
    ("2023年10月，澳洲宣佈成立澳美關鍵礦產工作組。", "澳美關鍵礦產工作組"),
])
def test_unquoted_body_name_is_the_object(text, name) -> None:
    ev = one(events(text), "ESTABLISH")
    assert ev.object and ev.object["name"] == name and "AUS" in {a.key() for a in ev.actors}


@pytest.mark.parametrize("text", [
    "中国通过东盟地区论坛和中国倡议成立的上海合作组织等渠道深化联系。",
    "中國通過東盟地區論壇和中國倡議成立的上海合作組織等渠道深化聯繫。",
])
def test_body_founded_on_an_initiative_in_a_relative_clause(text) -> None:
    ev = one(events(text), "ESTABLISH")
    assert [a.key() for a in ev.actors] == ["CHN"] and ev.object and ev.object["id"] == "sco"
    assert ev.modality == "asserted" and ev.date is None


def test_unnamed_relative_body_stays_no_event() -> None:
    assert not [e for e in events("双方通过已经建立的对话机制保持沟通。") if e.type == "ESTABLISH"]


@pytest.mark.parametrize("text", [
    "2022年12月16日，日本内阁会议通过新版《国家安全保障战略》等三份安保文件。",
    "2022年12月16日，日本內閣會議通過新版《國家安全保障戰略》等三份安保文件。",
])
def test_new_edition_adopted_by_one_government(text) -> None:
    ev = one(events(text), "POLICY")
    assert [a.key() for a in ev.actors] == ["JPN"] and ev.date == "2022-12-16"


@pytest.mark.parametrize("text", [
    "2024年1月，美国国会参议院批准芬兰加入北约的议定书。",
    "2024年1月，美國國會參議院批准芬蘭加入北約的議定書。",
])
def test_ratifying_another_states_accession(text) -> None:
    evs = events(text)
    ev = one(evs, "JOIN")
    assert [a.key() for a in ev.actors] == ["FIN"] and [r.key() for r in ev.recipients] == ["nato"]
    assert not [e for e in evs if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "2022年4月，拜登宣布了一项价值8亿美元的对乌克兰军事援助计划。",
    "2022年4月，拜登宣佈了一項價值8億美元的對烏克蘭軍事援助計劃。",
])
def test_aid_package_announced(text) -> None:
    ev = one(events(text), "AID")
    assert [a.key() for a in ev.actors] == ["USA"] and [r.key() for r in ev.recipients] == ["UKR"] and ev.date == "2022-04"


@pytest.mark.parametrize("text", [
    "2023年11月16日，美国和日本发表联合声明。同日，两国领导人发表声明强调将加强合作。",
    "2023年11月16日，美國和日本發表聯合聲明。同日，兩國領導人發表聲明強調將加強合作。",
])
def test_joint_statement_and_leaders_statement_are_two_documents(text) -> None:
    agree = [e for e in events(text) if e.type == "AGREE"]
    assert len(agree) == 2, summary(agree)
    assert all(e.date == "2023-11-16" for e in agree)


def test_negotiating_an_agreement_is_talks() -> None:
    evs = events("2023年10月，美国和澳大利亚进行了双边太空框架协定谈判。")
    assert not [e for e in evs if e.type == "AGREE"], summary(evs)
    assert [e for e in evs if e.type == "CONSULT"]


# --- a light verb whose event noun comes after a name with an English gloss -------------------------


@pytest.mark.parametrize("text", [
    "2023年8月29日，美国和蒙古国在乌兰巴托举行美国—蒙古国贸易与投资理事会(U.S.-Mongolia Trade and Investment Council)第7次会议。",
    "2023年8月29日，美國和蒙古國在烏蘭巴托舉行美國—蒙古國貿易與投資理事會(U.S.-Mongolia Trade and Investment Council)第7次會議。",
])
def test_an_english_gloss_does_not_hide_the_meeting_noun(text) -> None:
    ev = one(events(text), "CONSULT")
    assert ev.date == "2023-08-29"
    assert {"USA", "MNG"} <= {p.country or p.id for p in ev.actors}


# --- one happening per coordinated date ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年6月和12月，美国和日本举行了两次延伸威慑对话。",
    "2023年6月和12月，美國和日本舉行了兩次延伸威懾對話。",
    "2021年、2022年和2023年，美国与日本举行“2+2”会谈。",
])
def test_each_coordinated_date_is_a_session_of_its_own(text) -> None:
    evs = [e for e in events(text) if e.type == "CONSULT"]
    want = ["2021", "2022", "2023"] if "2021年" in text else ["2023-06", "2023-12"]
    assert sorted(e.date for e in evs) == want, summary(evs)


def test_dates_given_respectively_are_not_multiplied() -> None:
    evs = events("1990年和1995年，马来西亚总理先后提出建立东亚经济集团和东亚经济核心论坛的倡议。")
    assert len([e for e in evs if e.type == "ESTABLISH"]) <= 2, summary(evs)


# --- switching recognition: coordinated subjects, the partner of each relation ---------------------


@pytest.mark.parametrize("text", [
    "2019年9月，所罗门群岛与基里巴斯相继与台湾断交，转与北京建交。",
    "2019年9月，索羅門群島與吉里巴斯相繼與台灣斷交，轉與北京建交。",
])
def test_each_state_switching_recognition_has_its_own_relations(text) -> None:
    evs = [e for e in events(text) if e.type == "ALIGN"]
    pairs = sorted((e.label, tuple(sorted(p.country or p.id for p in e.actors))) for e in evs)
    assert pairs == [("建交", ("CHN", "KIR")), ("建交", ("CHN", "SLB")),
                     ("断交", ("KIR", "TWN")), ("断交", ("SLB", "TWN"))], summary(evs)
    assert all(e.date == "2019-09" for e in evs)


@pytest.mark.parametrize("text", [
    "2023年11月，日本與越南將關係升格為「全面戰略夥伴關係」。",
    "2023年11月，日本与越南将关系升格为『全面战略伙伴关系』。",
])
def test_a_label_in_corner_quotes_is_the_label_alone(text) -> None:
    ev = one(events(text), "ALIGN")
    assert ev.label == "全面战略伙伴关系"


# --- attending a session of a body's organ; what the meeting adopts ------------------------------


@pytest.mark.parametrize("text", [
    "2024年7月3日，习近平出席上海合作组织成员国元首理事会第二十四次会议。会议通过《阿斯塔纳宣言》。",
    "2024年7月3日，習近平出席上海合作組織成員國元首理事會第二十四次會議。會議通過《阿斯塔納宣言》。",
])
def test_a_leader_attends_the_bodys_council_and_the_meeting_adopts_its_declaration(text) -> None:
    evs = events(text)
    consult = one(evs, "CONSULT")
    assert {"CHN", "sco"} <= {p.country or p.id for p in consult.actors}
    agree = one(evs, "AGREE")
    assert [p.id for p in agree.actors] == ["sco"] and agree.date == "2024-07-03"


@pytest.mark.parametrize("text", [
    "2024年7月2日，习近平同托卡耶夫举行会谈。\n会谈后，两国元首共同见证签署多项合作文件，并共同出席中欧班列开通仪式。\n",
    "2024年7月2日，習近平同托卡耶夫舉行會談。\n會談後，兩國元首共同見證簽署多項合作文件，並共同出席中歐班列開通儀式。\n",
])
def test_what_follows_the_talks_takes_their_day_and_a_freight_service_is_no_eu(text) -> None:
    evs = events(text)
    agree = one(evs, "AGREE")
    assert agree.date == "2024-07-02"
    assert {p.country or p.id for p in agree.actors} == {"CHN", "KAZ"}
    assert all("eu" not in {p.id for p in e.actors + e.recipients} for e in evs), summary(evs)


@pytest.mark.parametrize("text", [
    "此后，美印两国先后签署《后勤交流备忘录协定》（2016年8月）、《通信兼容与安全协议》（2018年9月）和《基本交流与合作协议》（2020年10月）。",
    "此後，美印兩國先後簽署《後勤交流備忘錄協定》（2016年8月）、《通信兼容與安全協議》（2018年9月）和《基本交流與合作協議》（2020年10月）。",
])
def test_each_document_is_dated_by_the_date_in_brackets_after_its_title(text) -> None:
    evs = [e for e in events(text) if e.type == "AGREE"]
    assert sorted(e.date for e in evs) == ["2016-08", "2018-09", "2020-10"], summary(evs)


@pytest.mark.parametrize("text", [
    "马尔代夫新政府要求印度在2024年5月10日前撤出驻扎在该国的军事人员。",
    "馬爾地夫新政府要求印度在2024年5月10日前撤出駐紮在該國的軍事人員。",
])
def test_forces_to_be_withdrawn_are_no_deployment(text) -> None:
    assert not [e for e in events(text) if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "2024年7月起，欧盟对中国电动车加征临时反补贴税。中国商务部随即表示强烈不满，并对原产于欧盟的白兰地启动反倾销调查。",
    "2024年7月起，歐盟對中國電動車加徵臨時反補貼稅。中國商務部隨即表示強烈不滿，並對原產於歐盟的白蘭地啟動反傾銷調查。",
])
def test_a_reaction_to_a_bodys_measure_and_a_countermeasure_on_its_goods(text) -> None:
    evs = events(text)
    accuse = one(evs, "ACCUSE")
    assert [p.id for p in accuse.recipients] == ["eu"]
    counter = [e for e in evs if e.type == "SANCTION" and [p.country for p in e.actors] == ["CHN"]]
    assert counter and [p.id for p in counter[0].recipients] == ["eu"], summary(evs)
