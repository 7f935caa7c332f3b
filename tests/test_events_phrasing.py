"""Phrasing of news wires, reports and chronicles that the earlier rounds had not seen (the ev4
round, gold/dev texts k-p): Taiwan's tariff vocabulary, import halts and export-control verbs,
rebuttals that begin with 拒绝, threats whose 将 is their content, negations that reach the verb
across a prepositional phrase, and Taiwan's own transcriptions as a sign of a Taiwan voice.
Every sentence was written for these tests, in simplified and traditional script, and runs over
the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- sanction vocabulary ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2025年4月3日，美国宣布对越南商品课征46%的关税。",
    "2025年4月3日，美國宣布對越南商品課徵46%的關稅。",
])
def test_taiwan_word_for_levying_a_tariff_is_a_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["USA"] and keys(s.recipients) == ["VNM"]
    assert s.date == "2025-04-03"


@pytest.mark.parametrize("text", [
    "2021年3月1日，中国宣布暂停进口台湾菠萝。",
    "2021年3月1日，中國宣布暫停輸入台灣鳳梨。",
])
def test_halting_imports_is_a_sanction_not_a_suspension(text) -> None:
    evs = events(text)
    s = of_type(evs, "SANCTION")[0]
    assert keys(s.actors) == ["CHN"] and s.date == "2021-03-01"
    assert not [e for e in evs if e.type == "LEAVE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年6月30日，荷兰政府将多类光刻设备纳入出口管制。",
    "2023年6月30日，荷蘭政府將多類光刻設備納入出口管制。",
])
def test_bringing_goods_under_export_control_is_a_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["NLD"] and s.date == "2023-06-30"


def test_bringing_goods_under_a_non_control_heading_is_no_sanction() -> None:
    evs = events("2023年6月30日，荷兰政府将数字技能纳入中小学课程。")
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


@pytest.mark.parametrize("text", [
    "2022年3月2日，欧盟决定将七家俄罗斯银行剔除出SWIFT系统。",
    "2022年3月2日，歐盟決定將七家俄羅斯銀行剔除出SWIFT系統。",
])
def test_cutting_banks_off_swift_is_a_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert "eu" in keys(s.actors) and "RUS" in keys(s.recipients)


@pytest.mark.parametrize("text", [
    "2024年12月2日，美国再次收紧对华芯片出口。",
    "2024年12月2日，美國再次收緊對華晶片出口。",
])
def test_tightening_exports_is_a_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["USA"] and keys(s.recipients) == ["CHN"]


def test_tightening_without_exports_or_controls_is_no_sanction() -> None:
    evs = events("2024年12月2日，美联储收紧货币政策。")
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


# --- negation across the prepositional phrase of the target -----------------------------------


@pytest.mark.parametrize("text", [
    "2025年4月5日，新加坡表示不对美国采取报复措施。",
    "2025年4月5日，新加坡表示不對美國採取報復措施。",
])
def test_negation_reaches_the_verb_across_dui_phrase(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert s.modality == "negated", summary([s])
    assert keys(s.actors) == ["SGP"]


@pytest.mark.parametrize("text", [
    "2025年4月5日，新加坡表示将对美国采取报复措施。",
    "2025年4月5日，新加坡表示將對美國採取報復措施。",
])
def test_without_negation_the_retaliation_is_planned(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert s.modality == "planned"


def test_negation_does_not_reach_across_a_clause() -> None:
    evs = events("2025年4月5日，新加坡不满，对美国采取报复措施。")
    s = of_type(evs, "SANCTION")[0]
    assert s.modality != "negated"


# --- rebuttals and threats --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年11月11日，菲律宾外交部发表声明，拒绝承认中国公布的基线。",
    "2024年11月11日，菲律賓外交部發表聲明，拒絕承認中國公布的基線。",
])
def test_refusing_to_recognise_is_an_asserted_accusation(text) -> None:
    evs = events(text)
    a = of_type(evs, "ACCUSE")[0]
    assert a.modality == "asserted" and "PHL" in keys(a.actors)
    assert not [e for e in evs if e.type == "ALIGN"], summary(evs)


@pytest.mark.parametrize("text", [
    "2025年4月8日，中国商务部表示，若美方一意孤行，中方将奉陪到底。",
    "2025年4月8日，中國商務部表示，若美方一意孤行，中方將奉陪到底。",
])
def test_a_threat_with_jiang_is_asserted(text) -> None:
    t = of_type(events(text), "THREATEN")[0]
    assert t.modality == "asserted" and keys(t.actors) == ["CHN"]
    assert t.date == "2025-04-08"


@pytest.mark.parametrize("text", [
    "2022年7月28日，中方警告美方，玩火必自焚。",
    "2022年7月28日，中方警告美方，玩火必自焚。".replace("中方", "中國").replace("美方", "美國"),
])
def test_warning_with_playing_with_fire_is_a_threat(text) -> None:
    t = of_type(events(text), "THREATEN")[0]
    assert keys(t.actors) == ["CHN"] and keys(t.recipients) == ["USA"]


def test_planned_sanction_stays_planned() -> None:
    s = of_type(events("2025年4月8日，中方表示将对美方加征34%关税。"), "SANCTION")[0]
    assert s.modality == "planned"  # the speech-act rule is for threats only


# --- Taiwan's voice from its transcriptions ---------------------------------------------------


def test_taiwan_transcriptions_make_woguo_taiwan() -> None:
    text = "2025年4月6日，川普宣布課徵關稅後，普丁表示關注；我國表示不會採取報復性關稅。"
    s = [e for e in of_type(events(text), "SANCTION") if e.modality == "negated"]
    assert s and keys(s[0].actors) == ["TWN"], summary(events(text))


def test_one_transcription_alone_keeps_woguo_china() -> None:
    text = "2025年4月6日，川普宣布課徵關稅後，我國表示不會採取報復性關稅。"
    s = [e for e in of_type(events(text), "SANCTION") if e.modality == "negated"]
    assert s and keys(s[0].actors) == ["CHN"], summary(events(text))


def test_mainland_transcriptions_keep_woguo_china() -> None:
    text = "2025年4月6日，特朗普宣布加征关税后，普京表示关注；我国表示不会采取报复性关税。"
    s = [e for e in of_type(events(text), "SANCTION") if e.modality == "negated"]
    assert s and keys(s[0].actors) == ["CHN"], summary(events(text))


# --- a chronicle's day before a self-reference or a 方-form is no Japan -------------------------


@pytest.mark.parametrize("text", [
    "2022年\n6月1日 我国与美国启动贸易倡议。",
    "2022年\n6月1日 我國與美國啟動貿易倡議。",
    "2022年\n6月1日美方与英方启动贸易倡议。",
])
def test_day_before_self_reference_or_fang_is_not_japan(text) -> None:
    e = of_type(events(text), "ESTABLISH")[0]
    assert "JPN" not in keys(e.actors), summary([e])


def test_japan_before_a_fang_form_still_joins_it() -> None:
    e = of_type(events("2022年6月1日，美日方启动贸易倡议。"), "ESTABLISH")[0]
    assert "JPN" in keys(e.actors) and "USA" in keys(e.actors), summary([e])


# --- 遭 + the agent's ship or aircraft: the agent acts on the subject -------------------------------


@pytest.mark.parametrize("text, doer, undergoer", [
    ("2022年5月26日，澳大利亚一架巡逻机在南海上空遭中国战机危险拦截。", "CHN", "AUS"),
    ("2022年5月26日，澳洲一架巡邏機在南海上空遭中國戰機危險攔截。", "CHN", "AUS"),
    ("2024年8月25日，菲律宾公务船在仙宾礁附近遭中国海警船喷射水炮。", "CHN", "PHL"),
    ("2024年8月25日，菲律賓公務船在仙賓礁附近遭中國海警船噴射水炮。", "CHN", "PHL"),
])
def test_zao_with_the_agents_vessel_makes_it_the_actor(text, doer, undergoer) -> None:
    c = of_type(events(text), "COERCE")[0]
    assert keys(c.actors) == [doer] and keys(c.recipients) == [undergoer], summary([c])


def test_active_interception_keeps_its_subject() -> None:
    c = of_type(events("2022年5月26日，中国战机在南海上空拦截澳大利亚巡逻机。"), "COERCE")[0]
    assert keys(c.actors) == ["CHN"] and keys(c.recipients) == ["AUS"], summary([c])


# --- 随即: an act right after the one told takes its month (its day is not stated) ---------------


@pytest.mark.parametrize("text", [
    "2022年8月2日，佩洛西抵台访问。中国大陆随即宣布暂停进口台湾柑橘类水果。",
    "2022年8月2日，裴洛西抵台訪問。中國大陸隨即宣布暫停進口台灣柑橘類水果。",
])
def test_suiji_dates_the_act_by_the_month_of_the_one_before(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert s.date == "2022-08" and keys(s.actors) == ["CHN"], summary([s])


def test_without_a_cue_a_later_sentence_stays_undated() -> None:
    s = of_type(events("2022年8月2日，佩洛西抵台访问。中国大陆宣布暂停进口台湾柑橘类水果。"), "SANCTION")[0]
    assert s.date is None, summary([s])


# --- a conditional covers its whole clause ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年报告指出，若美国进一步将高带宽存储芯片纳入对华出口管制，韩国企业将承受更大压力。",
    "2024年報告指出，若美國進一步將高頻寬記憶體晶片納入對華出口管制，南韓企業將承受更大壓力。",
    "2024年报告指出，倘若美国政府进一步将高带宽存储芯片纳入对华出口管制，韩国企业将承受更大压力。",
])
def test_conditional_reaches_a_distant_verb_of_its_clause(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert s.modality == "hypothetical", summary([s])


def test_conditional_does_not_cover_the_next_clause() -> None:
    evs = events("2024年5月，中方表示，若美方执意加征关税，中方将对美国商品采取报复措施。")
    s = [e for e in of_type(evs, "SANCTION") if "CHN" in keys(e.actors)]
    assert s and s[0].modality == "planned", summary(evs)


# --- a plan's own date is no anchor for what follows ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年9月5日，峰会在北京开幕。论坛第十届部长级会议将于2027年在刚果共和国举行。\n峰会前后，习近平分别会见南非总统和尼日利亚总统。",
    "2024年9月5日，峰會在北京開幕。論壇第十屆部長級會議將於2027年在剛果共和國舉行。\n峰會前後，習近平分別會見南非總統和尼日利亞總統。",
])
def test_a_planned_date_does_not_date_the_next_paragraph(text) -> None:
    meets = [e for e in of_type(events(text), "CONSULT") if "ZAF" in keys(e.actors) + keys(e.recipients)]
    assert meets and all(not (m.date or "").startswith("2027") for m in meets), summary(meets)


# --- light verbs and tear-ups -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年9月，澳大利亚撕毁与法国签订的潜艇合同。",
    "2021年9月，澳洲撕毀與法國簽訂的潛艦合約。",
])
def test_tearing_up_a_contract_with_a_state_is_leave(text) -> None:
    l = of_type(events(text), "LEAVE")[0]
    assert keys(l.actors) == ["AUS"] and keys(l.recipients) == ["FRA"], summary([l])


def test_tearing_up_a_photo_is_no_leave() -> None:
    evs = events("2021年9月，澳大利亚抗议者撕毁法国总统的照片。")
    assert not [e for e in evs if e.type == "LEAVE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2022年9月8日，朝鲜最高人民会议通过法令，将核武力政策法制化。",
    "2022年9月8日，北韓最高人民會議通過法令，將核武力政策法制化。",
])
def test_adopting_a_decree_is_policy(text) -> None:
    p = of_type(events(text), "POLICY")[0]
    assert keys(p.actors) == ["PRK"] and p.date == "2022-09-08"


@pytest.mark.parametrize("text, etype, party", [
    ("2022年12月16日，日本内阁通过新版“国家安全保障战略”等三份文件。", "POLICY", "JPN"),
    ("2022年12月16日，日本內閣通過新版「國家安全保障戰略」等三份文件。", "POLICY", "JPN"),
    ("2022年6月29日，北约马德里峰会通过新版“战略概念”。", "AGREE", "nato"),
    ("2022年6月29日，北約馬德里峰會通過新版「戰略概念」。", "AGREE", "nato"),
])
def test_a_new_edition_adopted_by_a_state_is_policy_by_a_body_agree(text, etype, party) -> None:
    e = of_type(events(text), etype)[0]
    assert party in keys(e.actors), summary([e])


# --- one act of force with its instrument, two acts joined by a conjunction ------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，菲律宾海警船在仁爱礁附近遭中国海警船使用水炮拦截。",
    "2024年3月，菲律賓海警船在仁愛礁附近遭中國海警船使用水炮攔截。",
])
def test_instrument_and_act_are_one_directed_coercion(text) -> None:
    cs = of_type(events(text), "COERCE")
    assert len(cs) == 1 and keys(cs[0].actors) == ["CHN"] and keys(cs[0].recipients) == ["PHL"], summary(cs)


@pytest.mark.parametrize("text", [
    "2024年8月25日，菲律宾公务船在仙宾礁附近遭中国海警船喷射水炮及撞击。",
    "2024年8月25日，菲律賓公務船在仙賓礁附近遭中國海警船噴射水炮及撞擊。",
])
def test_two_acts_of_force_joined_by_ji_are_two_incidents(text) -> None:
    cs = of_type(events(text), "COERCE")
    assert len(cs) == 2 and all(keys(c.actors) == ["CHN"] and keys(c.recipients) == ["PHL"] for c in cs), summary(cs)


def test_the_same_act_told_in_two_sentences_is_one() -> None:
    cs = of_type(events("2024年8月25日，中国海警船撞击菲律宾公务船。菲方称，中国海警船当天撞击菲律宾公务船。"), "COERCE")
    assert len(cs) == 1, summary(cs)


# --- restated counts, joining a measure, a cue inside the topic ---------------------------------------


@pytest.mark.parametrize("text", [
    "2024年11月18日，美国防长奥斯汀抵达马尼拉访问菲律宾。这是他今年第二次访问菲律宾。",
    "2024年11月18日，美國防長奧斯汀抵達馬尼拉訪問菲律賓。這是他今年第二次訪問菲律賓。",
])
def test_the_count_of_a_visit_just_told_is_no_second_visit(text) -> None:
    cs = [e for e in of_type(events(text), "CONSULT") if "PHL" in keys(e.recipients) + keys(e.actors)]
    assert len(cs) == 1, summary(cs)


def test_a_first_visit_told_as_such_is_still_a_visit() -> None:
    cs = of_type(events("2024年11月18日，美国防长首次访问菲律宾。"), "CONSULT")
    assert len(cs) == 1 and keys(cs[0].recipients) == ["PHL"], summary(cs)


@pytest.mark.parametrize("text", [
    "2022年2月25日，新加坡宣布加入国际对俄制裁行列。",
    "2022年2月25日，新加坡宣布加入國際對俄制裁行列。",
])
def test_joining_the_sanctions_is_a_sanction_not_a_membership(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "JOIN"], summary(evs)
    s = of_type(evs, "SANCTION")[0]
    assert keys(s.actors) == ["SGP"] and keys(s.recipients) == ["RUS"], summary([s])


def test_joining_a_body_is_still_a_membership() -> None:
    j = of_type(events("2022年2月25日，新加坡宣布加入该组织。2023年5月，新加坡宣布加入印太经济框架。"), "JOIN")
    assert j


@pytest.mark.parametrize("text", [
    "2022年7月28日，中方就美国众议院议长可能访台一事警告美方，玩火必自焚。",
    "2022年7月28日，中方就美國眾議院議長可能訪台一事警告美方，玩火必自焚。",
])
def test_a_hedge_inside_the_topic_does_not_hedge_the_verb(text) -> None:
    t = of_type(events(text), "THREATEN")[0]
    assert t.modality == "asserted", summary([t])


def test_a_hedge_before_the_verb_still_hedges_it() -> None:
    t = of_type(events("2022年7月28日，中方可能警告美方，玩火必自焚。"), "THREATEN")[0]
    assert t.modality == "hypothetical", summary([t])


# --- the state goods come from is the target of a tariff ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2025年4月4日，中国宣布对原产于美国的所有进口商品加征34%关税。",
    "2025年4月4日，中國宣布對原產於美國的所有進口商品加徵34%關稅。",
    "2024年5月，美国宣布对来自中国的电动汽车加征100%关税。",
])
def test_origin_of_goods_is_the_recipient(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert len(keys(s.actors)) == 1 and len(keys(s.recipients)) == 1 and keys(s.actors) != keys(s.recipients), summary([s])


def test_a_venue_after_yu_is_still_no_party() -> None:
    s = of_type(events("2025年4月4日，中国于北京宣布对美国商品加征34%关税。2025年4月5日，美国于日本宣布对中国商品加征关税。"), "SANCTION")
    assert all("JPN" not in keys(x.actors) + keys(x.recipients) for x in s), summary(s)


# --- the state where forces deploy or drill is the recipient ------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年8月4日，中国在台湾周边海域举行实弹演习。",
    "2022年8月4日，中國在台灣周邊海域舉行實彈演習。",
])
def test_a_drill_around_a_state_has_it_as_recipient(text) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"] and keys(m.recipients) == ["TWN"], summary([m])


def test_a_drill_in_a_sea_has_no_recipient() -> None:
    m = of_type(events("2022年8月4日，中国在南海举行实弹演习。"), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"] and not m.recipients, summary([m])


@pytest.mark.parametrize("text", [
    "2024年4月，美国在菲律宾部署中程导弹系统。",
    "2024年4月，美國在菲律賓部署中程導彈系統。",
])
def test_medium_range_missiles_are_deployed_not_a_setting(text) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == ["USA"] and keys(m.recipients) == ["PHL"], summary([m])




# --- guests who 与会 join the gathering, also from the next ；-item -------------------------------------


@pytest.mark.parametrize("text", [
    "2022年6月29日，北约峰会在马德里举行，日本、韩国领导人应邀与会。",
    "2022年6月29日，北约马德里峰会通过新版“战略概念”；日本、韩国领导人首度应邀与会。",
    "2022年6月29日，北約馬德里峰會通過新版「戰略概念」；日本、南韓領袖首度應邀與會。",
])
def test_guests_attending_join_the_summit(text) -> None:
    c = [e for e in of_type(events(text), "CONSULT") if "nato" in keys(e.actors)]
    assert c and {"JPN", "KOR"} <= set(keys(c[0].actors)), summary(c)


def test_attendance_in_a_new_sentence_does_not_join_the_summit() -> None:
    evs = events("2022年6月29日，北约马德里峰会通过新版“战略概念”。2022年7月，日本、韩国领导人应邀与会。")
    c = [e for e in evs if e.type == "CONSULT" and "nato" in keys(e.actors)]
    assert all("JPN" not in keys(x.actors) for x in c), summary(evs)


# --- a report's recommendation proposes; an absence up to now is undated ------------------------------


@pytest.mark.parametrize("text", [
    "2024年报告建议，中国应争取早日加入《数字经济伙伴关系协定》。",
    "2024年報告建議，中國應爭取早日加入《數位經濟夥伴關係協定》。",
])
def test_a_recommendation_proposes_even_a_striven_act(text) -> None:
    j = of_type(events(text), "JOIN")[0]
    assert j.modality == "proposed", summary([j])


def test_a_plan_not_framed_as_advice_stays_planned() -> None:
    j = of_type(events("2024年5月，中国表示将争取早日加入《数字经济伙伴关系协定》。"), "JOIN")[0]
    assert j.modality == "planned", summary([j])


@pytest.mark.parametrize("text", [
    "对于美方2022年提出的“芯片四方联盟”构想，韩国至今没有正式加入。",
    "對於美方2022年提出的「晶片四方聯盟」構想，南韓至今沒有正式加入。",
])
def test_never_joined_so_far_is_undated(text) -> None:
    j = [e for e in of_type(events(text), "JOIN") if e.modality == "negated"]
    assert j and j[0].date is None and keys(j[0].actors) == ["KOR"], summary(j)


def test_a_dated_refusal_keeps_its_date() -> None:
    j = [e for e in of_type(events("2019年11月4日，印度决定不加入《区域全面经济伙伴关系协定》。"), "JOIN") if e.modality == "negated"]
    assert j and j[0].date == "2019-11-04", summary(j)


# --- the speaker of a rebuke accuses the party its words are about --------------------------------------


@pytest.mark.parametrize("text", [
    "2025年4月8日，中国商务部回应，美方升级关税是“错上加错”。",
    "2025年4月8日，中國商務部回應，美方升級關稅是「錯上加錯」。",
])
def test_the_speaker_accuses_the_subject_of_the_content(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["CHN"] and keys(a.recipients) == ["USA"], summary([a])


def test_the_speakers_own_side_in_the_content_stays_the_accuser() -> None:
    a = of_type(events("2025年4月8日，中国外交部发言人表示，中方坚决反对美方的做法。"), "ACCUSE")[0]
    assert keys(a.actors) == ["CHN"] and keys(a.recipients) == ["USA"], summary([a])


def test_without_a_speech_intro_the_content_subject_accuses() -> None:
    a = of_type(events("2025年4月8日，中国商务部发布公告。美方批评中方的做法。"), "ACCUSE")[0]
    assert keys(a.actors) == ["USA"], summary([a])


# --- 抵 + the host's short name marks the host of a visit ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年8月2日，佩洛西抵台访问。",
    "2022年8月2日，裴洛西抵台訪問。",
])
def test_arriving_in_a_short_named_host_makes_it_the_recipient(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert keys(c.actors) == ["USA"] and keys(c.recipients) == ["TWN"], summary([c])


def test_talks_between_two_states_stay_reciprocal() -> None:
    c = of_type(events("2022年8月2日，美国与日本举行会谈。"), "CONSULT")[0]
    assert keys(c.actors) == ["JPN", "USA"] and not c.recipients, summary([c])


# --- 两日后 / 三天后 count from the last day told -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年11月8日，菲律宾签署海洋区域法。两日后，中国外交部对此提出抗议。",
    "2024年11月8日，菲律賓簽署海洋區域法。兩日後，中國外交部對此提出抗議。",
    "2024年11月8日，菲律宾签署海洋区域法。两天后，中国外交部对此提出抗议。",
])
def test_days_after_count_from_the_last_day(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert a.date == "2024-11-10", summary([a])


def test_rihou_alone_is_no_date() -> None:
    j = of_type(events("2024年11月8日，报告认为，该组织日后或将吸纳菲律宾加入。"), "JOIN")[0]
    assert j.date is None, summary([j])


# --- a threat without a target is aimed at the other states its content names ------------------------------


@pytest.mark.parametrize("text", [
    "2025年4月7日，特朗普扬言，若中方不撤回反制措施，美方将对中国商品再加征50%关税。",
    "2025年4月7日，川普揚言，若中方不撤回反制措施，美方將對中國商品再加徵50%關稅。",
])
def test_threat_content_names_the_target(text) -> None:
    t = of_type(events(text), "THREATEN")[0]
    assert keys(t.actors) == ["USA"] and keys(t.recipients) == ["CHN"], summary([t])


def test_a_threat_naming_only_its_own_side_has_no_target() -> None:
    t = of_type(events("2025年4月7日，中方表示，中方将奉陪到底。"), "THREATEN")[0]
    assert keys(t.actors) == ["CHN"] and not t.recipients, summary([t])


# --- an act named inside the purpose of another is no act ------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年7月8日，日本与菲律宾签署《互惠准入协定》，为日本自卫队赴菲参与联合训练提供法律基础。",
    "2024年7月8日，日本與菲律賓簽署《互惠准入協定》，為日本自衛隊赴菲參與聯合訓練提供法律基礎。",
])
def test_joint_training_as_purpose_is_no_cooperation(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "COOPERATE"], summary(evs)
    assert [e for e in evs if e.type == "AGREE"], summary(evs)


def test_joint_training_held_is_cooperation() -> None:
    evs = events("2024年7月8日，日本与菲律宾举行联合训练，为此提供了场地。")
    assert [e for e in evs if e.type == "COOPERATE"], summary(evs)


# --- a named joint drill stays joint --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2020年11月，澳大利亚时隔13年重返“马拉巴尔”联合军演。",
    "2020年11月，澳洲時隔13年重返「馬拉巴爾」聯合軍演。",
])
def test_a_named_joint_drill_is_cooperation(text) -> None:
    evs = events(text)
    c = of_type(evs, "COOPERATE")[0]
    assert "AUS" in keys(c.actors), summary([c])
    assert not [e for e in evs if e.type == "MOBILIZE"], summary(evs)


def test_a_named_unilateral_drill_is_still_mobilize() -> None:
    m = of_type(events("2024年10月14日，中国人民解放军东部战区举行“联合利剑—2024B”演习。"), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"], summary([m])


# --- arms bought: the seller gives ---------------------------------------------------------------------


@pytest.mark.parametrize("text, seller, buyer", [
    ("2021年，印度从俄罗斯购买S-400导弹系统。", "RUS", "IND"),
    ("2021年，印度從俄羅斯購買S-400飛彈系統。", "RUS", "IND"),
    ("2023年，波兰向韩国采购K2坦克。", "KOR", "POL"),
])
def test_a_purchase_is_aid_from_the_seller(text, seller, buyer) -> None:
    a = of_type(events(text), "AID")[0]
    assert keys(a.actors) == [seller] and keys(a.recipients) == [buyer], summary([a])


def test_buying_rice_is_no_aid() -> None:
    evs = events("2023年，日本从美国购买大米。")
    assert not [e for e in evs if e.type == "AID"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年3月13日，三国宣布澳大利亚将自2030年代起从美国购买核潜艇。",
    "2023年3月13日，三國宣布澳洲將自2030年代起從美國購買核潛艦。",
])
def test_jiang_before_a_from_time_is_future(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert a.modality == "planned" and a.date is None, summary([a])


# --- declaring baselines is a policy act ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年11月10日，中国政府宣布黄岩岛领海基点基线。",
    "2024年11月10日，中國政府宣布黃岩島領海基點基線。",
])
def test_declaring_baselines_is_policy(text) -> None:
    p = of_type(events(text), "POLICY")[0]
    assert keys(p.actors) == ["CHN"] and p.date == "2024-11-10", summary([p])


def test_announcing_a_visit_is_no_policy() -> None:
    evs = events("2024年11月10日，中国政府宣布王毅将访问菲律宾。")
    assert not [e for e in evs if e.type == "POLICY"], summary(evs)


# --- 结成 + a tier of relations is an alignment ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "倘若印度放弃战略自主，美国与印度才有可能结成正式同盟。",
    "倘若印度放棄戰略自主，美國與印度才有可能結成正式同盟。",
])
def test_forming_an_alliance_is_align(text) -> None:
    a = of_type(events(text), "ALIGN")[0]
    assert a.modality == "hypothetical" and {"USA", "IND"} <= set(keys(a.actors)), summary([a])


def test_forming_a_crust_is_no_align() -> None:
    evs = events("2023年，美国与印度的河流结成冰层。")
    assert not [e for e in evs if e.type == "ALIGN"], summary(evs)


# --- repeated acts told as one are an aggregate -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年，中方对美方做法多次表示强烈不满。",
    "2023年，中方對美方做法多次表示強烈不滿。",
    "2023年，中方对美方做法屡次提出抗议。",
])
def test_repeated_protests_are_no_event(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ACCUSE"], summary(evs)


def test_a_single_protest_is_an_event() -> None:
    a = of_type(events("2023年5月，中方对美方做法表示强烈不满。"), "ACCUSE")[0]
    assert keys(a.actors) == ["CHN"], summary([a])


# --- one accession or withdrawal per body -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年7月，白俄罗斯加入上海合作组织和金砖国家。",
    "2024年7月，白俄羅斯加入上海合作組織和金磚國家。",
])
def test_joining_two_bodies_is_two_joins(text) -> None:
    js = of_type(events(text), "JOIN")
    assert sorted(r.key() for j in js for r in j.recipients) == ["brics", "sco"], summary(js)
    assert all(len(j.recipients) == 1 and j.object and j.object["id"] == j.recipients[0].id for j in js)


def test_joining_one_body_is_one_join() -> None:
    js = of_type(events("2024年7月，白俄罗斯加入上海合作组织。"), "JOIN")
    assert len(js) == 1, summary(js)


def test_leaving_two_bodies_is_two_leaves() -> None:
    ls = of_type(events("2018年，美国宣布退出联合国教科文组织和联合国人权理事会。"), "LEAVE")
    assert len(ls) == 2 and all(keys(x.actors) == ["USA"] for x in ls), summary(ls)


# --- 三国/四国 refer to the states named together -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年9月15日，美英澳宣布建立三边安全伙伴关系，法国召回驻美、驻澳大使以示抗议。中方次日批评三国搞“小圈子”。",
    "2021年9月15日，美英澳宣布建立三邊安全夥伴關係，法國召回駐美、駐澳大使以示抗議。中方次日批評三國搞「小圈子」。",
])
def test_three_states_are_the_three_named_together(text) -> None:
    a = [e for e in of_type(events(text), "ACCUSE") if keys(e.actors) == ["CHN"]]
    assert a and keys(a[0].recipients) == ["AUS", "GBR", "USA"], summary(a)


def test_two_states_named_apart_stay_the_pair() -> None:
    text = "2023年9月，美越关系提升为全面战略伙伴关系。12月，中国国家主席习近平对越南进行国事访问，两国签署了36份合作文件。"
    a = of_type(events(text), "AGREE")[0]
    assert keys(a.actors) == ["CHN", "VNM"], summary([a])


# --- envoys posted to a state, the topic of a warning, the party warned ----------------------------------


@pytest.mark.parametrize("text", [
    "2021年9月17日，法国召回驻美、驻澳大使以示抗议。",
    "2021年9月17日，法國召回駐美、駐澳大使以示抗議。",
])
def test_recalling_envoys_protests_at_the_host_states(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["FRA"] and keys(a.recipients) == ["AUS", "USA"], summary([a])


def test_summoning_a_foreign_envoy_keeps_the_summoner() -> None:
    a = of_type(events("2024年3月，菲律宾外交部召见中国驻菲大使馆副馆长，提出严正抗议。"), "ACCUSE")[0]
    assert keys(a.actors) == ["PHL"] and keys(a.recipients) == ["CHN"], summary([a])


@pytest.mark.parametrize("text", [
    "2022年7月28日，习近平与拜登通电话，就美国众议院议长佩洛西可能访台一事警告美方，玩火必自焚。",
    "2022年7月28日，習近平與拜登通電話，就美國眾議院議長裴洛西可能訪台一事警告美方，玩火必自焚。",
])
def test_the_party_warned_is_the_target_not_a_doer(text) -> None:
    t = of_type(events(text), "THREATEN")[0]
    assert keys(t.actors) == ["CHN"] and keys(t.recipients) == ["USA"], summary([t])
