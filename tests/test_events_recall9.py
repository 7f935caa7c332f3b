"""Recall of acts the extractor dropped for want of parties (session 9), on sentences written for
these tests in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


# --- a meeting told in one clause is the subject 会议/峰会 of the next -----------------------------


@pytest.mark.parametrize("text", [
    "2022年9月28日，拜登在华盛顿主办首届美国—太平洋岛国峰会，峰会发表《美国—太平洋伙伴关系宣言》。",
    "2022年9月28日，拜登在華盛頓主辦首屆美國—太平洋島國峰會，峰會發表《美國—太平洋夥伴關係宣言》。",
])
def test_a_summit_hosted_in_one_clause_issues_the_declaration_of_the_next(text) -> None:
    evs = events(text)
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1, summary(evs)
    # (part10: the state the summit is named for issues its declaration too, as retired 3 and dev pt-d code it)
    assert [p.id for p in agree[0].actors] == ["us-pacific-islands-summit", "USA"]
    assert agree[0].date == "2022-09-28"


@pytest.mark.parametrize("text", [
    "2024年6月12日，土耳其在安卡拉主办首届土耳其—太平洋岛国峰会，会议发表《联合宣言》。",
    "2024年6月12日，土耳其在安卡拉主辦首屆土耳其—太平洋島國峰會，會議發表《聯合宣言》。",
])
def test_an_unlisted_summit_named_after_its_host_is_a_session_and_adopts_its_declaration(text) -> None:
    # (an invented summit: the gazetteer lists the Mekong-ROK and Korea-Pacific Islands ones)
    evs = events(text)
    consult = of_type(evs, "CONSULT")
    assert len(consult) == 1, summary(evs)
    assert "TUR" in {p.key() for p in consult[0].actors}
    assert any(p.id.startswith("x:") and "太平洋岛国峰会" in p.id for p in consult[0].actors)
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1 and agree[0].date == "2024-06-12", summary(evs)


def test_a_meeting_subject_without_a_meeting_told_before_in_the_sentence_stays_without_a_body() -> None:
    # nothing before names a gathering: 会议 alone gives the document no parties
    evs = events("2019年11月27日，会议发表《联合宣言》。")
    assert not of_type(evs, "AGREE"), summary(evs)


# --- a ceasefire declared by both sides is their agreement ------------------------------------------


@pytest.mark.parametrize("text", [
    "2025年5月10日，印度和巴基斯坦双方宣布停火。",
    "2025年5月10日，印度和巴基斯坦雙方宣佈停火。",
    "2025年5月10日，印度与巴基斯坦宣布正式停火。",
    "2025年5月10日，印度與巴基斯坦同意立即停火。",
    "2025年5月10日，印度和巴基斯坦两国军队宣布脱离接触。",
])
def test_a_ceasefire_declared_by_both_sides_is_an_agreement(text) -> None:
    evs = events(text)
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1, summary(evs)
    assert sorted(p.key() for p in agree[0].actors) == ["IND", "PAK"] and agree[0].date == "2025-05-10"


def test_a_ceasefire_declared_by_one_side_alone_is_no_agreement() -> None:
    evs = events("2025年5月10日，印度宣布停火。")
    assert not of_type(evs, "AGREE"), summary(evs)


# --- a treaty suspended; its signing told in a relative clause is no act of that day ------------------


@pytest.mark.parametrize("text", [
    "2025年4月23日，印度宣布暂停执行与巴基斯坦签订的《印度河水条约》。",
    "2025年4月23日，印度宣佈暫停執行與巴基斯坦簽訂的《印度河水條約》。",
])
def test_suspending_a_treaty_is_leaving_it_and_its_old_signing_is_no_event(text) -> None:
    evs = events(text)
    leave = of_type(evs, "LEAVE")
    assert len(leave) == 1, summary(evs)
    assert [p.key() for p in leave[0].actors] == ["IND"]
    assert [p.key() for p in leave[0].recipients] == ["indus-waters-treaty"]  # not the other signatory
    assert leave[0].date == "2025-04-23"
    assert not [e for e in evs if e.type in ("AGREE", "POLICY")], summary(evs)


def test_a_dated_relative_clause_inside_an_object_stays_a_background_event() -> None:
    evs = events("2023年，两国回顾了2007年5月四国首次举行“四方安全对话”、次年2月澳大利亚宣布退出的经历。")
    assert any(e.type == "LEAVE" and e.date == "2008-02" for e in evs), summary(evs)


# --- rejoining a body -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年初，基里巴斯重返太平洋岛国论坛。",
    "2023年初，吉里巴斯重返太平洋島國論壇。",
])
def test_rejoining_a_forum_is_a_join(text) -> None:
    evs = events(text)
    join = of_type(evs, "JOIN")
    assert len(join) == 1, summary(evs)
    assert [p.key() for p in join[0].actors] == ["KIR"] and [p.key() for p in join[0].recipients] == ["pacific-islands-forum"]


def test_a_return_to_a_region_is_no_accession() -> None:
    assert not of_type(events("2011年，美国宣布重返亚太。"), "JOIN")


# --- a known body founded, named by a short form with no founding noun ---------------------------------


@pytest.mark.parametrize("text,body", [
    ("亚行于1966年在马尼拉成立，日本和美国为并列最大股东。", "adb"),
    ("东盟于1967年8月在曼谷成立。", "asean"),
    ("東協於1967年8月在曼谷成立。", "asean"),
])
def test_a_body_named_by_its_short_form_is_founded(text, body) -> None:
    evs = events(text)
    est = of_type(evs, "ESTABLISH")
    assert len(est) == 1, summary(evs)
    assert est[0].object and est[0].object["id"] == body
    assert est[0].date[:4] in ("1966", "1967")


@pytest.mark.parametrize("text", [
    "东盟成立后，地区合作进入新阶段。",
    "新开发银行由金砖国家于2014年7月决定设立，2015年7月在上海开业。",
])
def test_a_founding_as_time_reference_or_across_a_clause_takes_no_short_form_subject(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ESTABLISH" and e.object and e.object.get("id") in ("asean", "brics")], summary(evs)


# --- two treaties joined in one clause -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年，中国申请加入《全面与进步跨太平洋伙伴关系协定》和《数字经济伙伴关系协定》。",
    "2021年，中國申請加入《全面與進步跨太平洋夥伴關係協定》和《數位經濟夥伴關係協定》。",
])
def test_each_treaty_listed_after_join_is_joined(text) -> None:
    evs = events(text)
    joins = of_type(evs, "JOIN")
    assert sorted(r.key() for e in joins for r in e.recipients) == ["cptpp", "depa"], summary(evs)
    assert all(e.date == "2021" and [a.key() for a in e.actors] == ["CHN"] for e in joins)


# --- negotiating to sign and renewing a document ------------------------------------------------------


@pytest.mark.parametrize("text,modality", [
    ("2023年5月，美国与帕劳续签《自由联系协定》相关协议。", "asserted"),
    ("2023年5月，美國與帛琉續簽《自由聯繫協定》相關協議。", "asserted"),
    ("报告建议，中国与东盟商签睦邻友好合作条约。", "proposed"),
    ("本簡報建議我國政府與吐瓦魯洽簽漁業合作協定。", "proposed"),
])
def test_renewing_or_negotiating_to_sign_a_document_is_an_agreement(text, modality) -> None:
    evs = events(text)
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1, summary(evs)
    assert agree[0].modality == modality
    assert len(agree[0].actors) == 2


def test_negotiating_to_sign_with_no_document_after_is_no_agreement() -> None:
    assert not of_type(events("2023年，双方商签进展顺利。"), "AGREE")


# --- a policy revised, named without brackets --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年12月，日本政府修订防卫装备转移三原则，允许向美国出口爱国者导弹。",
    "2023年12月，日本政府修訂防衛裝備轉移三原則，允許向美國出口愛國者導彈。",
])
def test_revising_a_named_policy_is_a_policy_act(text) -> None:
    evs = events(text)
    pol = of_type(evs, "POLICY")
    assert len(pol) == 1 and [a.key() for a in pol[0].actors] == ["JPN"] and pol[0].date == "2023-12", summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，双方讨论了以日本修订过的战略文件为基础的合作。",
    "2023年12月，两国修订了合作计划。",
])
def test_a_revised_document_as_a_modifier_or_a_plan_revised_is_no_policy_act(text) -> None:
    assert not [e for e in events(text) if e.type in ("POLICY", "AGREE")]


# --- a paragraph opening with 峰会 refers to the summit the paragraph before told ----------------------


@pytest.mark.parametrize("text", [
    "北约成员国领导人7月9日至11日在华盛顿举行峰会。\n峰会10日发表的《华盛顿峰会宣言》称，中国是冲突的推动者。\n",
    "北約成員國領導人7月9日至11日在華盛頓舉行峰會。\n峰會10日發表的《華盛頓峰會宣言》稱，中國是衝突的推動者。\n",
])
def test_the_summit_of_the_paragraph_before_issues_the_declaration(text) -> None:
    evs = events(text, doc_date="2024-07-12")
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1 and [p.id for p in agree[0].actors] == ["nato"] and agree[0].date == "2024-07-10", summary(evs)


def test_a_paragraph_opening_with_a_meeting_word_and_no_meeting_before_stays_without_a_body() -> None:
    evs = events("两国签署了贸易协定。\n会议发表《联合宣言》。\n", doc_date="2024-07-12")
    assert not [e for e in evs if e.type == "AGREE" and e.trigger.startswith("发表")], summary(evs)


# --- a dated session named with its year and host city before the meeting noun -------------------------


@pytest.mark.parametrize("text,year", [
    ("亚太经合组织在1995年日本大阪会议提出《大阪行动议程》。", "1995"),
    ("亞太經合組織在1995年日本大阪會議提出《大阪行動議程》。", "1995"),
    ("2014年APEC北京会议通过《APEC互联互通蓝图》。", "2014"),
])
def test_a_session_named_by_year_and_city_is_a_meeting_of_the_body(text, year) -> None:
    evs = events(text)
    consult = of_type(evs, "CONSULT")
    assert len(consult) == 1 and [p.id for p in consult[0].actors] == ["apec"] and consult[0].date == year, summary(evs)


# --- a state putting forward its own initiative founds it ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2003年11月，泰国总理他信倡议成立伊洛瓦底江—湄南河—湄公河经济合作战略。",
    "2003年11月，泰國總理他信倡議成立伊洛瓦底江—湄南河—湄公河經濟合作戰略。",
])
def test_a_leader_initiating_a_body_founds_it(text) -> None:
    evs = events(text)
    est = of_type(evs, "ESTABLISH")
    assert len(est) == 1 and est[0].modality == "asserted" and est[0].date == "2003-11", summary(evs)
    assert [a.key() for a in est[0].actors] == ["THA"]


@pytest.mark.parametrize("text", ["2023年，报告建议成立区域海上合作中心。", "2023年，學者呼籲成立區域海上合作中心。"])
def test_a_recommendation_or_call_to_found_a_body_stays_a_proposal(text) -> None:
    assert not [e for e in events(text) if e.type == "ESTABLISH" and e.modality == "asserted"]


# --- attributed claims ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,source", [
    ("据消息人士透露，中美两国领导人将于下月在北京会晤。", "消息人士"),
    ("據消息人士透露，中美兩國領導人將於下月在北京會晤。", "消息人士"),
    ("据报道，中美两国领导人将于下月在北京会晤。", "据报道"),
])
def test_unnamed_sources_are_the_claimant(text, source) -> None:
    evs = of_type(events(text, doc_date="2024-05-01"), "CONSULT")
    assert len(evs) == 1 and evs[0].source == source, summary(evs)


@pytest.mark.parametrize("text", ["據白宮公布的說明，美方將把對中國加徵的關稅由20%降至10%。", "据白宫发布的声明，美国将对中国加征关税。"])
def test_the_issuer_of_a_statement_a_claim_is_taken_from_is_its_source(text) -> None:
    evs = [e for e in events(text, doc_date="2025-10-30") if e.type in ("POLICY", "SANCTION")]
    assert len(evs) == 1 and evs[0].source == "白宫", summary(evs)


# --- relief delivered; a modal word inside a body's name is no cue --------------------------------------


@pytest.mark.parametrize("text", [
    "2025年3月，缅甸中部强震后，世界粮食计划署紧急向缅甸运送救援物资。",
    "2025年3月，緬甸中部強震後，世界糧食計劃署緊急向緬甸運送救援物資。",
])
def test_relief_delivered_by_a_body_named_with_plan_is_asserted_aid(text) -> None:
    aid = of_type(events(text), "AID")
    assert len(aid) == 1 and aid[0].modality == "asserted" and aid[0].date == "2025-03", summary(aid)
    assert [p.key() for p in aid[0].actors] == ["wfp"] and [p.key() for p in aid[0].recipients] == ["MMR"]


def test_goods_that_are_no_relief_delivered_are_no_aid_by_this_verb() -> None:
    assert not of_type(events("2025年3月，美国向菲律宾运送武器。"), "AID")


def test_a_plan_cue_outside_a_name_still_plans() -> None:
    aid = of_type(events("2025年3月，世界粮食计划署计划向缅甸运送救援物资。"), "AID")
    assert len(aid) == 1 and aid[0].modality == "planned", summary(aid)


# --- an ordinal session number is no count of sessions ------------------------------------------------


@pytest.mark.parametrize("text", [
    "2025年8月31日，上海合作组织成员国元首理事会第二十五次会议在天津举行。",
    "2025年8月31日，上海合作組織成員國元首理事會第二十五次會議在天津舉行。",
])
def test_a_long_ordinal_before_the_meeting_names_one_session(text) -> None:
    consult = of_type(events(text), "CONSULT")
    assert len(consult) == 1 and consult[0].date == "2025-08-31" and "sco" in {p.id for p in consult[0].actors}


def test_a_count_of_sessions_stays_an_aggregate() -> None:
    assert not of_type(events("2025年，两国外长共举行了五次会议。"), "CONSULT")


# --- playing up another state's threat -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2025年5月31日，美国防长赫格塞思在演讲中渲染“中国威胁”。",
    "2025年5月31日，美國防長赫格塞思在演講中渲染「中國威脅」。",
])
def test_playing_up_a_threat_accuses_the_state_named(text) -> None:
    acc = of_type(events(text), "ACCUSE")
    assert len(acc) == 1 and [p.key() for p in acc[0].actors] == ["USA"] and [p.key() for p in acc[0].recipients] == ["CHN"]


@pytest.mark.parametrize("text", [
    "2024年7月29日，中国外交部发言人表示，美日两国不应渲染所谓“中国威胁”。",
    "2024年7月29日，晚会渲染了节日气氛。",
])
def test_a_demand_to_stop_playing_it_up_or_a_mood_is_no_accusation_by_that_verb(text) -> None:
    assert not [e for e in events(text) if e.type == "ACCUSE" and "渲染" in e.trigger]


# --- 核准, the Taiwan and Hong Kong word for 批准 -----------------------------------------------------


def test_a_body_approving_an_initiative_adopts_it() -> None:
    evs = events("2024年8月，太平洋島國論壇領導人會議在努庫阿洛法舉行，核准由澳洲出資的「太平洋警務倡議」。")
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1 and "pacific-islands-forum" in {p.id for p in agree[0].actors}, summary(evs)


def test_approving_a_treaty_with_hezhun_ratifies_it_as_with_pizhun() -> None:
    assert [(e.type, [p.key() for p in e.actors]) for e in events("2024年，立法院核准《台美貿易協定》。")] == \
        [(e.type, [p.key() for p in e.actors]) for e in events("2024年，立法院批准《台美貿易協定》。")]
