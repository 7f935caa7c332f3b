"""Happenings told in everyday words of the genre that no trigger read (absent13): meetings
(见面, 座谈, 视频连线, 共商, 召集), agreements (签立, 议定, 缔约, 联署, 续约, texts exchanged,
达成谅解), joint drills and work (操演, 兵推, intelligence exchanged, joint ventures, joint
observation), accusations (质疑, 指称, 控诉, blame, regret and shock, 抵制…企图), membership
(转正, 入列, 回归) and talks broken off (中断, 搁置, 撤出). Sentences written for these tests, in
simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


def _one(text: str, etype: str):
    evs = events(text)
    found = of_type(evs, etype)
    assert found, summary(evs)
    return found[0]


# --- CONSULT -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年5月，中国外长与新加坡外长在北京见面，就双边关系交换意见。",
    "2023年5月，中國外長與新加坡外長在北京見面，就雙邊關係交換意見。",
    "2023年5月，新加坡总理与中国总理在天津见了面。",
    "2023年5月，中国外长与新加坡外长在北京座谈，讨论区域局势。",
    "2023年5月，中國與新加坡兩國外長在北京座談。",
    "2023年5月，中国总理与新加坡总理举行视频连线，讨论能源合作。",
    "2023年5月，中国与新加坡外长在北京共商区域安全议题。",
    "2023年5月，中國與新加坡外長在北京共商區域安全議題。",
    "2023年5月，新加坡总理与中国总理共进工作晚餐。",
])
def test_a_meeting_told_in_everyday_words_is_consultation(text) -> None:
    ev = _one(text, "CONSULT")
    assert keys(ev.actors) == ["CHN", "SGP"] and ev.date == "2023-05" and ev.modality == "asserted", summary([ev])


@pytest.mark.parametrize("text", [
    "2023年8月，美国总统在戴维营召集美日韩三国领导人峰会。",
    "2023年8月，美國總統在大衛營召集美日韓三國領導人峰會。",
])
def test_a_summit_convened_is_consultation(text) -> None:
    ev = _one(text, "CONSULT")
    assert {"USA", "JPN", "KOR"} <= set(keys(ev.actors)) and ev.date == "2023-08", summary([ev])


@pytest.mark.parametrize("text", [
    "2023年5月，外交部长举行记者见面会，介绍中国与新加坡的关系。",
    "两国坚持共商共建共享原则，推进中国与新加坡的合作。",
    "该方案倡导“共商”理念，中国与新加坡均表示欢迎。",
])
def test_a_press_event_or_a_slogan_is_no_meeting(text) -> None:
    assert not [e for e in events(text) if e.trigger in ("见面", "共商", "共商共建")], summary(events(text))


# --- AGREE ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("2024年2月，菲律宾与越南签立海警合作谅解备忘录。", "签立"),
    ("2024年2月，菲律賓與越南簽立海巡合作備忘錄。", "簽立"),
    ("2024年2月，菲律宾与越南议定了海上危机管控的十项原则。", "议定"),
    ("2024年2月，菲律宾与越南缔约，承诺加强海上安全合作。", "缔约"),
    ("2024年2月，菲律宾与越南续约，把渔业合作再延长五年。", "续约"),
    ("2024年2月，菲律宾与越南两国外长签署并交换了海洋合作文本。", "交换"),
    ("2024年2月，菲律宾与越南两国外长交换了海洋合作文件。", "交换"),
    ("2024年2月，菲律宾与越南就海警船只通报机制达成谅解。", "达成"),
])
def test_an_agreement_told_in_everyday_words_is_agree(text, trigger) -> None:
    ev = _one(text, "AGREE")
    assert keys(ev.actors) == ["PHL", "VNM"] and ev.date == "2024-02" and ev.trigger == trigger, summary([ev])


def test_a_statement_co_signed_is_agree() -> None:
    ev = _one("2024年2月，日本、澳大利亚和菲律宾联署一份声明，支持仲裁裁决。", "AGREE")
    assert keys(ev.actors) == ["AUS", "JPN", "PHL"] and ev.trigger == "联署", summary([ev])


@pytest.mark.parametrize("text", [
    "根据公约，缔约方应每年提交报告，菲律宾与越南均为缔约国。",
    "2024年2月，菲律宾与越南两国外长交换了意见。",
])
def test_a_party_of_a_treaty_or_views_exchanged_are_no_agreement(text) -> None:
    assert not [e for e in events(text) if e.type == "AGREE"], summary(events(text))


# --- COOPERATE -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年6月，美國與日本軍方在沖繩舉行聯合操演。",
    "2024年6月，美日兩國在關島附近舉行海上聯合操演。",
    "2024年6月，美国与日本举行代号为“利剑”的军事操演。",
    "2024年6月，美國與日本舉行聯合兵推，模擬封鎖情境。",
    "2024年6月，美国与日本举行兵推，检验联合作战计划。",
    "2024年6月，美国与日本首次交换导弹预警情报。",
    "2024年6月，美國與日本互換軍事情資。",
])
def test_joint_manoeuvres_war_games_and_intelligence_exchanged_are_cooperation(text) -> None:
    ev = _one(text, "COOPERATE")
    assert keys(ev.actors) == ["JPN", "USA"] and ev.date == "2024-06", summary([ev])


@pytest.mark.parametrize("text", [
    "2023年12月，日本与越南企业合资兴建一座深水港。",
    "2023年12月，日本與越南企業合資興建一條高速公路。",
    "2023年12月，日本与越南合资建设工业园区。",
    "2023年12月，日本与越南共同开展海洋联合观测。",
    "2023年12月，日本與越南開展湄公河水文聯合監測。",
])
def test_joint_ventures_and_joint_observation_are_cooperation(text) -> None:
    ev = _one(text, "COOPERATE")
    assert keys(ev.actors) == ["JPN", "VNM"] and ev.date == "2023-12", summary([ev])


@pytest.mark.parametrize("text", [
    "2024年6月，美国与日本外长交换了意见。",
    "2024年6月，美国与日本交换了国书副本。",
])
def test_views_exchanged_are_no_cooperation(text) -> None:
    assert not [e for e in events(text) if e.type == "COOPERATE"], summary(events(text))


# --- ACCUSE --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, actor, target", [
    ("2024年3月，日本政府质疑中国军费不透明。", "JPN", "CHN"),
    ("2024年3月，日本政府質疑中國軍費不透明。", "JPN", "CHN"),
    ("2024年3月，菲律宾指称中国海警船故意冲撞其补给船。", "PHL", "CHN"),
    ("2024年3月，菲律賓指稱中國海警船蓄意衝撞其補給船。", "PHL", "CHN"),
    ("2024年3月，菲律宾控诉中国船只在仁爱礁附近危险操作。", "PHL", "CHN"),
    ("2024年3月，南非向国际法院控告以色列。", "ZAF", "ISR"),
    ("2024年3月，北京怪罪华盛顿破坏地区稳定。", "CHN", "USA"),
    ("2024年3月，韩国外交部对朝鲜的导弹发射表示强烈遗憾。", "KOR", "PRK"),
    ("2024年3月，韓國外交部對北韓的飛彈試射深感遺憾。", "KOR", "PRK"),
    ("2024年3月，新加坡外交部对缅甸军政府处决民主人士表示震惊。", "SGP", "MMR"),
    ("2024年3月，中國外交部怒嗆美方的言論。", "CHN", "USA"),
    ("2024年3月，台灣外交部回嗆中國的打壓。", "TWN", "CHN"),
])
def test_an_accusation_told_in_everyday_words_is_accuse(text, actor, target) -> None:
    ev = _one(text, "ACCUSE")
    assert keys(ev.actors) == [actor] and target in keys(ev.recipients) and ev.date == "2024-03", summary([ev])


@pytest.mark.parametrize("text", [
    "2024年3月，越南将南海紧张局势归咎于中国。",
    "2024年3月，越南把緊張局勢歸咎於中國。",
    "2024年3月，越南把这次事件归罪于中国。",
    "2024年3月，越南外交部称，事件的责任完全在中国。",
    "2024年3月，越南外交部稱，此事責任全在中國。",
])
def test_blame_laid_on_a_party_is_accuse(text) -> None:
    ev = _one(text, "ACCUSE")
    assert keys(ev.actors) == ["VNM"] and keys(ev.recipients) == ["CHN"] and ev.date == "2024-03", summary([ev])


def test_a_state_after_in_stays_a_venue_for_other_accusations() -> None:
    ev = _one("2024年3月，越南在中国批评美国的政策。", "ACCUSE")
    assert keys(ev.recipients) == ["USA"], summary([ev])


@pytest.mark.parametrize("text", [
    "2024年3月，印度抵制了美国将该机制军事同盟化的企图。",
    "2024年3月，印度抵制美国扩大该机制的做法。",
])
def test_resisting_a_design_is_accuse(text) -> None:
    ev = _one(text, "ACCUSE")
    assert "IND" in keys(ev.actors) and ev.trigger == "抵制", summary([ev])


@pytest.mark.parametrize("text", [
    "2024年3月，日本的这一做法令人质疑，中国与韩国均有报道。",
    "2024年3月，日本的政策受到质疑，中国与韩国学界展开讨论。",
    "2024年3月，韩国民众抵制日本商品。",
])
def test_a_question_raised_by_no_one_or_a_boycott_is_no_accusation(text) -> None:
    assert not [e for e in events(text) if e.type == "ACCUSE"], summary(events(text))


# --- JOIN and LEAVE ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, joiner, body", [
    ("2023年7月，伊朗转正为上海合作组织正式成员国。", "IRN", "sco"),
    ("2023年7月，伊朗轉正為上海合作組織正式成員國。", "IRN", "sco"),
    ("2023年7月，伊朗正式入列上海合作组织，成为第九个成员国。", "IRN", "sco"),
    ("2023年7月，美国宣布回归《巴黎协定》。", "USA", None),
])
def test_a_member_made_full_entering_or_returning_joins(text, joiner, body) -> None:
    ev = _one(text, "JOIN")
    assert keys(ev.actors) == [joiner] and ev.date == "2023-07", summary([ev])
    assert body is None or body in keys(ev.recipients), summary([ev])


def test_returning_to_normal_is_no_membership() -> None:
    assert not [e for e in events("2023年7月，中国与澳大利亚的关系回归正常轨道。") if e.type == "JOIN"]


@pytest.mark.parametrize("text", [
    "2022年8月，中国宣布中断与美国的气候变化商谈。",
    "2022年8月，中國宣布中斷與美國的氣候變化商談。",
    "2022年8月，中国与美国搁置了自由贸易协定谈判。",
    "2022年8月，中國與美國擱置了雙邊投資協定談判。",
    "2022年8月，中国宣布撤出与美国的海上安全磋商。",
])
def test_talks_broken_off_shelved_or_walked_out_of_are_leave(text) -> None:
    ev = _one(text, "LEAVE")
    assert "CHN" in keys(ev.actors) and ev.date == "2022-08", summary([ev])


@pytest.mark.parametrize("text", [
    "2022年8月，中国与美国重启中断多年的气候对话。",
    "2022年8月，中國與美國重啟擱置已久的投資協定談判。",
    "2022年8月，暴雨导致中国与越南边境的铁路中断。",
    "2022年8月，中国要求美军撤出该地区。",
])
def test_a_line_cut_or_troops_withdrawn_is_no_leave(text) -> None:
    assert not [e for e in events(text) if e.type == "LEAVE"], summary(events(text))


# --- POLICY: defence spending raised to a share of GDP -------------------------------------------


@pytest.mark.parametrize("text, modality, date", [
    ("2022年12月，日本政府计划在2027年度使防卫相关经费达到国内生产总值的2%。", "planned", "2027"),
    ("2022年12月，日本政府計畫在2027年度使防衛相關經費達到國內生產總值的2%。", "planned", "2027"),
    ("2023年11月，新西兰宣布把国防开支提高到国内生产总值的2%。", "asserted", "2023-11"),
    ("2023年11月，紐西蘭宣布把國防開支提高到GDP的2%。", "asserted", "2023-11"),
])
def test_defence_spending_raised_to_a_share_of_gdp_is_policy(text, modality, date) -> None:
    ev = _one(text, "POLICY")
    assert len(ev.actors) == 1 and ev.modality == modality and ev.date == date, summary([ev])


@pytest.mark.parametrize("text", [
    "2023年，日本防卫费占国内生产总值的1.1%，低于韩国。",
    "目前北约成员国中，有23国的国防开支已达到国内生产总值2%的目标。",
    "2023年，日本国防预算增至7.7万亿日元，韩国也有增加。",
])
def test_a_share_of_gdp_stated_or_a_budget_sum_is_no_policy(text) -> None:
    assert not [e for e in events(text) if e.trigger in ("防卫费", "国防开支", "国防预算")], summary(events(text))


# --- CONSULT: a named gathering opening or closing -----------------------------------------------


@pytest.mark.parametrize("text, body, date", [
    ("2024年6月1日，第21届香格里拉对话在新加坡开幕。", "shangri-la-dialogue", "2024-06-01"),
    ("2024年6月2日，第21屆香格里拉對話在新加坡閉幕。", "shangri-la-dialogue", "2024-06-02"),
    ("2023年10月，第十届北京香山论坛在北京开幕。", "beijing-xiangshan-forum", "2023-10"),
    ("2023年10月，第十屆北京香山論壇在北京落幕。", "beijing-xiangshan-forum", "2023-10"),
    ("2024年11月，亚太经合组织第三十一次领导人非正式会议在利马开幕。", "apec", "2024-11"),
    ("2024年7月，东盟外长会议在万象登场。", "asean", "2024-07"),
    ("2024年10月，第十九届东亚峰会在万象拉开帷幕。", "eas", "2024-10"),
    ("2024年10月，第十九屆東亞峰會在永珍落下帷幕。", "eas", "2024-10"),
])
def test_a_named_gathering_opening_or_closing_is_held(text, body, date) -> None:
    ev = _one(text, "CONSULT")
    assert body in keys(ev.actors) and ev.date == date, summary([ev])


@pytest.mark.parametrize("text", [
    "2024年7月，人工智能对话于5月14日在日内瓦登场。",
    "2024年7月，巴黎奥运会开幕式在塞纳河上举行。",
])
def test_an_opening_with_no_body_named_is_no_gathering(text) -> None:
    assert not [e for e in events(text) if e.trigger in ("登场", "开幕", "开幕式")], summary(events(text))


def test_a_declaration_adopted_at_the_close_is_the_body_agreeing() -> None:
    evs = events("2024年11月16日，亚太经合组织领导人会议在利马举行，各经济体领导人闭幕时通过《马丘比丘宣言》。")
    ev = of_type(evs, "AGREE")[0]
    assert ev.trigger != "闭幕", summary(evs)


# --- JOIN: a seat on a council ------------------------------------------------------------------


@pytest.mark.parametrize("text, modality", [
    ("2023年6月，日本第九次成为联合国安理会非常任理事国。", "asserted"),
    ("2023年6月，日本當選聯合國安理會非常任理事國。", "asserted"),
    ("2023年6月，日本当选联合国安理会非常任理事国，任期两年。", "asserted"),
    ("2023年6月，美国总统重申支持日本成为经改革的联合国安理会的常任理事国。", "proposed"),
])
def test_a_seat_on_the_security_council_is_joined(text, modality) -> None:
    ev = _one(text, "JOIN")
    assert keys(ev.actors) == ["JPN"] and keys(ev.recipients) == ["un-security-council"] and ev.modality == modality, summary([ev])


@pytest.mark.parametrize("text", [
    "2024年11月，特朗普当选美国总统，日本首相表示祝贺。",
    "2024年8月，库克群岛前总理当选太平洋岛国论坛秘书长。",
])
def test_an_election_to_an_office_is_no_membership(text) -> None:
    assert not [e for e in events(text) if e.type == "JOIN"], summary(events(text))


# --- more everyday words: talks, visits, consensus, denunciation, a body put into service ---------


@pytest.mark.parametrize("text", [
    "2024年5月，菲律宾总统在峰会间隙与越南总理进行了简短交谈。",
    "2024年5月，菲律賓總統與越南總理在河內面談。",
    "2024年5月，菲律宾与越南官员在新加坡密谈。",
])
def test_talks_in_other_words_are_consultation(text) -> None:
    ev = _one(text, "CONSULT")
    assert keys(ev.actors) == ["PHL", "VNM"] and ev.date == "2024-05", summary([ev])


@pytest.mark.parametrize("text, host", [
    ("2024年5月，澳大利亚外长走访越南、泰国和柬埔寨。", "VNM"),
    ("2024年5月，美國參議員訪問團抵台。", "TWN"),
])
def test_a_tour_or_an_arrival_in_taiwan_is_a_visit(text, host) -> None:
    ev = _one(text, "CONSULT")
    assert host in keys(ev.recipients) and ev.date == "2024-05", summary([ev])


@pytest.mark.parametrize("text", [
    "2024年5月，中国与越南形成多项共识。",
    "2024年5月，中國與越南取得一系列共識。",
    "2024年5月，中国与越南谈妥本币结算协议。",
    "2024年5月，中国与越南签下液化天然气长期供应协议。",
])
def test_a_consensus_formed_or_a_deal_settled_is_agree(text) -> None:
    ev = _one(text, "AGREE")
    assert keys(ev.actors) == ["CHN", "VNM"] and ev.date == "2024-05", summary([ev])


@pytest.mark.parametrize("text", [
    "2024年5月，中国与越南取得了显著的经济成就。",
    "2024年5月，中国与越南形成了紧密的产业链。",
])
def test_gains_or_ties_formed_are_no_agreement(text) -> None:
    assert not [e for e in events(text) if e.type == "AGREE"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年5月，朝鲜批判美国的敌视政策。",
    "2024年5月，俄罗斯责难北约东扩。",
])
def test_denunciation_is_accuse(text) -> None:
    ev = _one(text, "ACCUSE")
    assert len(ev.actors) == 1 and ev.recipients and ev.date == "2024-05", summary([ev])


def test_a_named_body_put_into_service_is_founded() -> None:
    ev = _one("2024年5月，中国—东盟海上合作中心在海口落成。", "ESTABLISH")
    assert ev.date == "2024-05" and ev.trigger == "落成", summary([ev])


# --- the Central Asian side of a dashed format; a meeting held year after year --------------------


@pytest.mark.parametrize("text", [
    "2020年7月16日，中国—中亚外长首次会晤以视频方式举行。",
    "2020年7月16日，中國—中亞外長首次會晤以視訊方式舉行。",
])
def test_the_central_asian_side_of_a_dashed_format_is_the_five_states(text) -> None:
    ev = _one(text, "CONSULT")
    assert keys(ev.actors) == ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"] and ev.date == "2020-07-16", summary([ev])


def test_a_meeting_held_year_after_year_is_a_habit() -> None:
    evs = [e for e in events("2020年7月16日，中国与蒙古外长首次会晤以视频方式举行，此后逐年召开。") if e.type == "CONSULT"]
    assert len(evs) == 1 and evs[0].date == "2020-07-16", summary(evs)


def test_a_promise_to_meet_every_year_stays_planned() -> None:
    ev = _one("2020年7月，中国与蒙古同意每年举行一次外长会晤。", "CONSULT")
    assert ev.modality == "planned", summary([ev])


# --- negotiations launched in other words than 启动 ----------------------------------------------


@pytest.mark.parametrize("text", [
    "2013年5月，中国与新西兰开启自由贸易协定升级谈判。",
    "2013年5月，中國與紐西蘭展開自由貿易協定升級談判。",
    "2013年5月，中国与新西兰开始自由贸易协定谈判。",
    "2013年5月，中国与新西兰发起新一轮经贸磋商。",
    "2013年5月，中国与新西兰合作推出区域全面经济伙伴关系（RCEP）谈判。",
])
def test_negotiations_launched_are_consultation(text) -> None:
    ev = _one(text, "CONSULT")
    assert {"CHN", "NZL"} <= set(keys(ev.actors)) and ev.date == "2013-05", summary([ev])


@pytest.mark.parametrize("text", [
    "2013年5月，中国与新西兰发起“蓝色经济伙伴关系”倡议。",
    "2013年5月，中国与新西兰开始加强对话。",
])
def test_an_initiative_launched_or_a_trend_begun_is_no_negotiation(text) -> None:
    assert not [e for e in events(text) if e.type == "CONSULT"], summary(events(text))


# --- the Taiwan press's words ----------------------------------------------------------------------


@pytest.mark.parametrize("text, etype", [
    ("2024年5月，台灣與美國在華府舉行經貿諮商。", "CONSULT"),
    ("2024年5月，台灣與美國舉行第三輪雙邊諮商。", "CONSULT"),
    ("2024年5月，台灣與美國獲致共識，將加強供應鏈合作。", "AGREE"),
    ("2024年5月，台灣與美國簽署軍售合約。", "AGREE"),
    ("2024年5月，美國與台灣軍艦在南海聯合巡弋。", "COOPERATE"),
    ("2024年5月，美國與台灣籌組半導體供應鏈聯盟。", "ESTABLISH"),
])
def test_the_taiwan_press_words_tell_two_party_acts(text, etype) -> None:
    ev = _one(text, etype)
    assert keys(ev.actors) == ["TWN", "USA"] and ev.date == "2024-05", summary([ev])


@pytest.mark.parametrize("text", [
    "2024年5月，台灣外交部長率團參訪日本。",
    "2024年5月，台灣外交部長晉見日本天皇。",
])
def test_a_tour_or_a_call_is_a_visit(text) -> None:
    ev = _one(text, "CONSULT")
    assert keys(ev.actors) == ["TWN"] and keys(ev.recipients) == ["JPN"], summary([ev])


# --- a document named first, signed on the day or at the venue the sentence names -----------------


@pytest.mark.parametrize("text", [
    "2024年5月10日，日本和菲律宾的《互惠准入协定》于当天签署。",
    "2024年5月10日，日本和菲律宾的《互惠准入协定》在马尼拉正式签署。",
    "2024年5月10日，日本與菲律賓的《互惠准入協定》於同日簽署。",
])
def test_a_document_named_first_and_signed_that_day_or_there_is_agreed(text) -> None:
    ev = _one(text, "AGREE")
    assert keys(ev.actors) == ["JPN", "PHL"] and ev.date == "2024-05-10", summary([ev])


# --- POLICY: a government loosening its own export rules -------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，日本政府決定容許向第三國出口新一代戰機。",
    "2024年3月，日本政府决定允许向第三国出口新一代战机。",
    "2024年3月，日本内阁会议决定放宽防卫装备出口规定。",
    "2024年3月，日本进一步放宽武器出口限制。",
])
def test_export_rules_loosened_by_their_government_are_policy(text) -> None:
    ev = _one(text, "POLICY")
    assert keys(ev.actors) == ["JPN"] and not ev.recipients and ev.date == "2024-03", summary([ev])


def test_a_revision_and_what_it_allows_are_one_policy() -> None:
    evs = [e for e in events("2023年12月，日本政府修订防卫装备转移三原则，允许向美国出口导弹。") if e.type == "POLICY"]
    assert len(evs) == 1, summary(evs)


def test_controls_eased_on_a_target_stay_the_lifted_measure() -> None:
    evs = [e for e in events("2024年3月，美国宣布放宽对华出口限制。") if e.type == "POLICY"]
    assert len(evs) == 1 and keys(evs[0].recipients) == ["CHN"], summary(evs)


def test_voices_questioning_a_policy_are_no_accusation() -> None:
    text = "2024年3月，日本国内外界质疑中国的这一政策。"
    assert not [e for e in events(text) if e.type == "ACCUSE"], summary(events(text))


# --- COOPERATE: helping a state patrol its waters ---------------------------------------------------


@pytest.mark.parametrize("text, modality", [
    ("2024年3月，美国海岸警卫队协助帕劳巡逻其专属经济区。", "asserted"),
    ("2024年3月，美國海岸防衛隊協助帛琉巡邏其專屬經濟區。", "asserted"),
    ("2024年3月，美国表示，海岸警卫队将帮助帕劳在其海域执法。", "planned"),
])
def test_helping_a_state_patrol_its_waters_is_cooperation(text, modality) -> None:
    ev = _one(text, "COOPERATE")
    assert keys(ev.actors) == ["PLW", "USA"] and ev.modality == modality, summary([ev])


@pytest.mark.parametrize("text", [
    "2024年3月，日本向菲律宾提供巡逻船，帮助其加强海上执法能力。",
    "2024年3月，美国协助乌克兰购买武器。",
])
def test_capacity_built_or_purchases_helped_are_no_joint_patrol(text) -> None:
    assert not [e for e in events(text) if e.type == "COOPERATE"], summary(events(text))
