"""Participants of matched events (part13 of the eleventh session): who the parties of a clause
are when the sentence names them around it. Sentences written for these tests, in simplified and
traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


# --- a 与-list of the clause before is all partners, none a subject of the next clause ------------


@pytest.mark.parametrize("text, first, second", [
    ("2024年3月，美国分别与马来西亚、柬埔寨签署贸易协定，并与泰国、越南达成框架协议。",
     [["MYS", "USA"], ["KHM", "USA"]], [["THA", "USA"], ["USA", "VNM"]]),
    ("2024年3月，美國分別與馬來西亞、柬埔寨簽署貿易協定，並與泰國和越南達成框架協議。",
     [["MYS", "USA"], ["KHM", "USA"]], [["THA", "USA"], ["USA", "VNM"]]),
    ("2024年3月，美国与马来西亚、柬埔寨签署贸易协定，并与泰国、越南达成框架协议。",
     [["KHM", "MYS", "USA"]], [["THA", "USA", "VNM"]]),
    ("2024年3月，日本先后同菲律宾总统、越南总理举行会谈，并同泰国、老挝签署合作文件。",
     [["JPN", "PHL"], ["JPN", "VNM"]], [["JPN", "LAO"], ["JPN", "THA"]]),
])
def test_a_list_of_partners_stays_with_its_own_verb(text, first, second) -> None:
    evs = events(text)
    verbs = [e for e in evs if e.type in ("AGREE", "CONSULT")]
    cut = next(i for i, e in enumerate(verbs) if e.trigger in ("达成", "達成") or (e.type == "AGREE" and verbs[0].type == "CONSULT"))
    got_first = sorted(keys(e.actors) for e in verbs[:cut])
    got_second = sorted(keys(e.actors) for e in verbs[cut:])
    assert got_first == sorted(first) and got_second == sorted(second), summary(evs)


def test_a_party_coordinated_with_the_subject_still_acts_after_the_partner() -> None:
    # A与B相继与C断交，转与D建交: only C was the partner; B, coordinated with A, goes on
    evs = events("2019年9月，所罗门群岛与基里巴斯相继与台湾断交，转与北京建交。")
    assert sorted(keys(e.actors) for e in evs if e.label == "建交") == [["CHN", "KIR"], ["CHN", "SLB"]], summary(evs)


# --- the one who warns is no party of the 两国/双方 its warning is about --------------------------


@pytest.mark.parametrize("text, pair", [
    ("泰国与柬埔寨边境今年7月爆发武装冲突，特朗普当时警告，若两国不停火，美国将暂停与两国的贸易谈判。", ["KHM", "THA"]),
    ("2025年7月，泰國與柬埔寨爆發邊境衝突。美國國務院警告稱，如果雙方繼續交火，美國將暫停與兩國的貿易談判。", ["KHM", "THA"]),
    ("2025年7月，印度与巴基斯坦爆发冲突。美国总统警告说，一旦两国动用核武器，后果不堪设想。", ["IND", "PAK"]),
])
def test_a_warning_about_two_parties_is_aimed_at_both(text, pair) -> None:
    evs = events(text)
    ev = of_type(evs, "THREATEN")[0]
    assert keys(ev.actors) == ["USA"] and keys(ev.recipients) == pair, summary(evs)


def test_the_pair_warned_goes_on_to_talk() -> None:
    evs = events("泰柬边境今年7月爆发武装冲突，特朗普当时警告，若两国不停火，美国将暂停与两国的贸易谈判；"
                 "7月28日，双方在布城举行会谈，同意停火。")
    assert keys(of_type(evs, "CONSULT")[0].actors) == ["KHM", "THA"], summary(evs)


# --- a lender's board of directors stands for the lender -----------------------------------------


@pytest.mark.parametrize("text, lender, receiver", [
    ("2023年3月20日，国际货币基金组织执董会批准向斯里兰卡提供约29亿美元的中期贷款安排。", "imf", "LKA"),
    ("2023年3月20日，國際貨幣基金組織執董會批准向斯里蘭卡提供約29億美元的貸款。", "imf", "LKA"),
    ("2024年6月，亚行董事会批准向巴基斯坦提供5亿美元贷款。", "adb", "PAK"),
    ("2024年6月，世界银行执董会批准向乌克兰提供15亿美元贷款。", "world-bank", "UKR"),
])
def test_a_board_approving_a_loan_stands_for_its_lender(text, lender, receiver) -> None:
    evs = events(text)
    ev = of_type(evs, "AID")[0]
    assert keys(ev.actors) == [lender] and keys(ev.recipients) == [receiver], summary(evs)


def test_a_council_of_governors_stays_itself() -> None:
    # (国际原子能机构理事会: a governing council that votes resolutions is no board of a lender)
    evs = events("2024年6月，国际原子能机构理事会通过决议，谴责伊朗。")
    assert keys(of_type(evs, "ACCUSE")[0].actors) == ["iaea-board-of-governors"], summary(evs)


# --- a tariff on unnamed partners hits the states whose rates the sentence lists --------------------


@pytest.mark.parametrize("text, hit", [
    ("4月2日，美国宣布对多国加征对等关税，其中日本为24%，韩国为25%。", ["JPN", "KOR"]),
    ("4月2日，美國宣布對多國加徵對等關稅，其中日本為24%，韓國為25%。", ["JPN", "KOR"]),
    ("美国总统2日宣布对各贸易伙伴课征对等关税，除10%基准税率外，泰国被课以36%，南韩、日本分别为25%与24%，越南更高达46%。",
     ["JPN", "KOR", "THA", "VNM"]),
    ("4月2日，美国宣布加征对等关税，对越南征收46%，对柬埔寨征收49%。", ["KHM", "VNM"]),
])
def test_a_tariff_hits_the_states_whose_rates_are_listed(text, hit) -> None:
    evs = events(text)
    ev = of_type(evs, "SANCTION")[0]
    assert keys(ev.actors) == ["USA"] and keys(ev.recipients) == hit, summary(evs)


def test_the_rates_listed_after_a_second_tariff_are_its_own() -> None:
    evs = events("4月2日，美国宣布对所有贸易伙伴征收10%的基准关税，并对数十个经济体加征更高的对等关税，其中对华税率为34%。")
    got = sorted((e.trigger, keys(e.recipients)) for e in of_type(evs, "SANCTION"))
    assert got == [("加征", ["CHN"]), ("征收", [])], summary(evs)


def test_a_figure_that_is_no_rate_of_a_state_names_no_target() -> None:
    evs = events("4月2日，美国宣布对多国加征关税，此举将使日本对美出口下降2%。")
    assert keys(of_type(evs, "SANCTION")[0].recipients) == [], summary(evs)


def test_an_effect_told_after_a_tariff_names_no_target() -> None:
    evs = events("4月2日，美国宣布对多国加征关税，此举将使日本出口下降2%。")
    assert keys(of_type(evs, "SANCTION")[0].recipients) == [], summary(evs)


# --- aid told by the site it builds goes to the state that holds the site ---------------------------


@pytest.mark.parametrize("text, giver, receiver", [
    ("2022年6月8日，由中方援建的扩建工程在云壤海军基地举行开工仪式。", "CHN", "KHM"),
    ("2022年6月8日，由中方援建的擴建工程在瑞穆海軍基地舉行開工儀式。", "CHN", "KHM"),
    ("2023年，日本援建的马塔巴里深水港项目继续推进。", "JPN", "BGD"),
    ("2024年11月，钱凯港由中国企业控股，首期投资约13亿美元。", "CHN", "PER"),
    ("2024年11月，錢凱港由中國企業控股，首期投資約13億美元。", "CHN", "PER"),
])
def test_aid_told_by_its_site_goes_to_the_site_s_state(text, giver, receiver) -> None:
    evs = events(text)
    ev = of_type(evs, "AID")[0]
    assert keys(ev.actors) == [giver] and keys(ev.recipients) == [receiver], summary(evs)


def test_the_venue_of_an_earlier_act_receives_no_aid() -> None:
    evs = events("2023年11月9日，两国总理在拉罗汤加签署条约，澳方承诺在图瓦卢遭受侵略时提供援助。")
    assert "COK" not in keys(of_type(evs, "AID")[0].recipients), summary(evs)


# --- the one whose campaign or trip frames an act does it ------------------------------------------


@pytest.mark.parametrize("text, etype", [
    ("2024年11月，特朗普竞选期间扬言，将对中国商品加征60%关税。", "THREATEN"),
    ("2024年11月，美國總統當選人川普競選期間則揚言，將對中國商品課徵60%關稅。", "THREATEN"),
    ("2024年11月，特朗普访问日本期间表示，将对中国商品加征关税。", "SANCTION"),
])
def test_the_one_whose_spell_frames_the_act_does_it(text, etype) -> None:
    evs = events(text)
    ev = of_type(evs, etype)[0]
    assert keys(ev.actors) == ["USA"] and keys(ev.recipients) == ["CHN"], summary(evs)


def test_a_visit_that_frames_a_clause_with_its_own_subject_stays_a_frame() -> None:
    evs = events("2024年11月，特朗普访华期间，两国签署了贸易协定。")
    assert keys(of_type(evs, "AGREE")[0].actors) == ["CHN", "USA"], summary(evs)


# --- aid whose words point back takes the receiver of the act pointed to ---------------------------


def test_a_sale_approved_after_the_purchase_is_one_aid_to_the_buyer() -> None:
    evs = events("为落实反击能力，日本决定向美国采购至多400枚“战斧”导弹，美国国务院于2023年11月批准此项军售。")
    aid = of_type(evs, "AID")
    assert len(aid) == 1 and keys(aid[0].actors) == ["USA"] and keys(aid[0].recipients) == ["JPN"] \
        and aid[0].date == "2023-11", summary(evs)


@pytest.mark.parametrize("text, receiver", [
    ("2022年9月1日，斯里兰卡与国际货币基金组织就29亿美元中期贷款安排达成工作人员级协议。"
     "2023年3月20日，国际货币基金组织执董会批准上述贷款安排，首批约3.3亿美元随即发放。", "LKA"),
    ("2022年9月1日，斯里蘭卡與國際貨幣基金組織就29億美元貸款安排達成協議。"
     "2023年3月20日，國際貨幣基金組織執董會批准上述貸款安排。", "LKA"),
    ("2024年5月，日本与菲律宾签署协议，日本将向菲方提供5艘巡逻船。同年8月，日本政府批准该笔援助。", "PHL"),
])
def test_aid_pointed_back_goes_to_the_earlier_partner(text, receiver) -> None:
    evs = events(text)
    dated = [e for e in of_type(evs, "AID") if e.modality == "asserted"]
    assert dated and all(keys(e.recipients) == [receiver] for e in dated), summary(evs)


def test_aid_that_points_nowhere_keeps_no_receiver() -> None:
    evs = events("2023年3月20日，国际货币基金组织执董会批准上述贷款安排。")
    assert keys(of_type(evs, "AID")[0].recipients) == [], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，日本決定向美國採購至多400枚「戰斧」巡弋飛彈。",
    "2023年，日本决定向美国采购至多400枚“战斧”巡弋飞弹。",
    "2023年，日本决定向美国采购“战斧”巡弋导弹。",
])
def test_a_cruise_missile_is_no_patrol(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "MOBILIZE"] and keys(of_type(evs, "AID")[0].recipients) == ["JPN"], summary(evs)


# --- Taiwan's word for a missile tells text written from Taiwan ------------------------------------


def test_wo_guo_in_text_with_taiwan_s_words_is_taiwan() -> None:
    evs = events("2024年，北韓多次試射彈道飛彈，川普則表示將與金正恩會面。本報告建議，我國應分別與日本、南韓洽簽經濟夥伴協定。")
    assert sorted(keys(e.actors) for e in of_type(evs, "AGREE")) == [["JPN", "TWN"], ["KOR", "TWN"]], summary(evs)


def test_wo_guo_in_hong_kong_text_stays_the_default() -> None:
    evs = events("2024年，北韓多次試射彈道導彈，特朗普則表示將與金正恩會面。本報告建議，我國應與日本洽簽經濟夥伴協定。")
    assert keys(of_type(evs, "AGREE")[0].actors) == ["CHN", "JPN"], summary(evs)


# --- the subject of a 继…后 frame is the main clause's, across a date and without its partner ----------


@pytest.mark.parametrize("text, earlier", [
    ("继同印尼设立“2+2”对话机制之后，2022年4月，日本同菲律宾召开了第一次“2+2”部长级磋商。", ["IDN", "JPN"]),
    ("繼同印尼設立「2+2」對話機制之後，2022年4月，日本同菲律賓召開第一次「2+2」磋商。", ["IDN", "JPN"]),
    ("继与越南签署协定之后，同年，日本又与菲律宾签署了同类协定。", ["JPN", "VNM"]),
])
def test_the_earlier_act_of_a_ji_frame_is_the_main_subject_s(text, earlier) -> None:
    evs = events(text)
    assert any(keys(e.actors) == earlier for e in evs if e.type in ("ESTABLISH", "AGREE")), summary(evs)
    assert not any(keys(e.actors) == sorted(earlier + ["PHL"]) for e in evs), summary(evs)


# --- the party a purpose clause after the aid helps receives it ------------------------------------


@pytest.mark.parametrize("text, givers, receiver", [
    ("2022年11月，日本宣布筹集100亿美元，帮助越南实现能源转型。", ["JPN"], ["VNM"]),
    ("2022年11月，美国将提供5亿美元资金，支持菲律宾加强海上执法。", ["USA"], ["PHL"]),
    ("2022年11月，美國將提供5億美元資金，協助菲律賓加強海上執法。", ["USA"], ["PHL"]),
    ("2022年11月，美国、欧盟和日本等伙伴携手印度尼西亚建立合作机制，计划筹集200亿美元，帮助印尼推进能源转型。",
     ["JPN", "USA", "eu"], ["IDN"]),
])
def test_the_state_a_purpose_clause_helps_receives_the_aid(text, givers, receiver) -> None:
    evs = events(text)
    ev = of_type(evs, "AID")[0]
    assert keys(ev.actors) == givers and keys(ev.recipients) == receiver, summary(evs)


# --- a body named after the partners it is shared with is what is left or joined -----------------


@pytest.mark.parametrize("text, body", [
    ("今年3月，美方宣布退出与印度尼西亚、越南等国的“公正能源转型伙伴关系”。", "jetp"),
    ("今年3月，美方宣布退出與印尼的「公正能源轉型夥伴關係」。", "jetp"),
    ("2023年，意大利宣布退出与中国的“一带一路”合作。", "belt-and-road-initiative"),
])
def test_the_partners_of_a_body_left_describe_it(text, body) -> None:
    evs = events(text)
    assert keys(of_type(evs, "LEAVE")[0].recipients) == [body], summary(evs)


def test_a_cooperation_with_a_state_left_keeps_the_state() -> None:
    evs = events("2024年，马尔代夫决定不再续签与印度签署的水文测量合作协议。")
    got = [keys(e.recipients) for e in evs if e.type == "LEAVE"]
    assert got == [["IND"]], summary(evs)


# --- the parties inside the act a reaction names after 对 are not its parties -----------------------


@pytest.mark.parametrize("text, speaker, target", [
    ("2024年11月，拜登对朝鲜派兵协助俄罗斯表达关切。", ["USA"], ["PRK"]),
    ("2024年11月，日本对中国向俄罗斯出口无人机表示关切。", ["JPN"], ["CHN"]),
    ("2024年11月，美國對朝鮮向俄羅斯提供導彈表示嚴重關切。", ["USA"], ["PRK"]),
    ("2024年11月，日本对中国和俄罗斯的联合巡航表示关切。", ["JPN"], ["CHN", "RUS"]),
])
def test_the_parties_of_the_act_reacted_to_are_not_the_reaction_s(text, speaker, target) -> None:
    evs = events(text)
    ev = of_type(evs, "ACCUSE")[0]
    assert keys(ev.actors) == speaker and keys(ev.recipients) == target, summary(evs)


# --- a document or body referred to by its type word is what is joined or left ---------------------


@pytest.mark.parametrize("text, etype", [
    ("2015年12月，近200个缔约方通过《巴黎协定》。2017年6月，特朗普宣布美国退出该协定。", "LEAVE"),
    ("2015年12月，近200个缔约方通过《巴黎协定》。2021年1月20日，拜登宣布美国重新加入该协定。", "JOIN"),
    ("2015年12月，近200個締約方通過《巴黎協定》。2021年1月，美國宣布重新加入該協定。", "JOIN"),
])
def test_the_document_referred_to_is_joined_or_left(text, etype) -> None:
    evs = events(text)
    ev = of_type(evs, etype)[0]
    assert keys(ev.actors) == ["USA"] and keys(ev.recipients) == ["paris-agreement"], summary(evs)


def test_a_document_referred_to_is_no_party_of_a_reaction() -> None:
    evs = events("2015年12月，近200个缔约方通过《巴黎协定》。2017年6月，中方对该协定表示支持，并批评美国退出。")
    assert all("paris-agreement" not in keys(e.actors) for e in evs), summary(evs)


# --- parties that join a drill told before them are its parties -------------------------------------


@pytest.mark.parametrize("text, parties", [
    ("2024年4月，美菲举行年度“肩并肩”联合军演，澳大利亚与法国派舰参与。", ["AUS", "FRA", "PHL", "USA"]),
    ("2024年4月，美菲舉行年度「肩並肩」聯合軍演，澳洲與法國派艦參與，演習首度延伸至菲律賓領海以外。", ["AUS", "FRA", "PHL", "USA"]),
    ("2024年6月，日美在东海举行联合演习，英国亦派员参加。", ["GBR", "JPN", "USA"]),
])
def test_the_states_that_join_a_drill_are_its_parties(text, parties) -> None:
    evs = events(text)
    drills = of_type(evs, "COOPERATE")
    assert len(drills) == 1 and keys(drills[0].actors) == parties, summary(evs)


def test_a_state_reacting_to_a_drill_does_not_join_it() -> None:
    evs = events("2024年6月，日美举行联合演习，英国则表示关切。")
    assert keys(of_type(evs, "COOPERATE")[0].actors) == ["JPN", "USA"], summary(evs)


# --- partners told each after a date of its own act each at their date ------------------------------


@pytest.mark.parametrize("text", [
    "日本已于2022年1月与澳大利亚、2023年1月与英国分别签署同类协定。",
    "此前日本已於2022年1月與澳洲、2023年1月與英國分別簽署同類協定。",
    "日本于2022年1月与澳大利亚、2023年1月与英国签署了同类协定。",
])
def test_each_partner_signs_at_its_own_date(text) -> None:
    evs = events(text)
    got = sorted((keys(e.actors), e.date) for e in of_type(evs, "AGREE"))
    assert got == [(["AUS", "JPN"], "2022-01"), (["GBR", "JPN"], "2023-01")], summary(evs)


# --- a mechanism in corner brackets before its meeting noun is the session's body ------------------


@pytest.mark.parametrize("text", [
    "今年1月17日，中菲在上海舉行第22次「南海問題雙邊磋商機制」會議。",
    "今年1月17日，中菲在上海举行第22次“南海问题双边磋商机制”会议。",
    "今年1月17日，中菲在上海舉行第22次『南海問題雙邊磋商機制』會議。",
])
def test_a_mechanism_in_any_quotation_marks_holds_the_session(text) -> None:
    evs = events(text)
    assert keys(of_type(evs, "CONSULT")[0].actors) == ["CHN", "PHL", "china-philippines-bcm"], summary(evs)


# --- passives: what a state receives or suffers comes from the party named after the marker --------


@pytest.mark.parametrize("text, giver, receiver", [
    ("2024年3月，越南获得日本提供的5亿美元贷款。", "JPN", "VNM"),
    ("2024年3月，柬埔寨接受中国援助的两艘巡逻艇。", "CHN", "KHM"),
    ("2024年3月，蒙古國接受日本提供的無償援助。", "JPN", "MNG"),
    ("2024年3月，越南获得了美国的援助。", "USA", "VNM"),
])
def test_aid_received_comes_from_the_party_named_after_the_verb(text, giver, receiver) -> None:
    evs = events(text)
    ev = of_type(evs, "AID")[0]
    assert keys(ev.actors) == [giver] and keys(ev.recipients) == [receiver], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，俄罗斯遭到欧盟新一轮制裁。",
    "2024年3月，俄羅斯遭到歐盟新一輪制裁。",
    "2024年3月，俄罗斯遭受欧盟新的制裁。",
])
def test_a_sanction_suffered_with_a_modifier_is_the_agent_s(text) -> None:
    evs = events(text)
    ev = of_type(evs, "SANCTION")[0]
    assert keys(ev.actors) == ["eu"] and keys(ev.recipients) == ["RUS"], summary(evs)


def test_an_invitation_received_stays_an_attendance() -> None:
    evs = events("2024年3月，缅甸获邀出席东盟峰会。")
    assert keys(of_type(evs, "CONSULT")[0].actors) == ["MMR", "asean"], summary(evs)


@pytest.mark.parametrize("text, guest", [
    ("2024年3月，越南接待了日本首相的国事访问。", "JPN"),
    ("2024年3月，越南接待日本首相岸田文雄的国事访问。", "JPN"),
    ("2024年3月，越南接待習近平國事訪問。", "CHN"),
])
def test_the_host_receives_the_guest_s_visit(text, guest) -> None:
    evs = events(text)
    ev = of_type(evs, "CONSULT")[0]
    assert keys(ev.actors) == [guest] and keys(ev.recipients) == ["VNM"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，习近平同来华访问的越南总理举行会谈。",
    "2024年3月，習近平同來華訪問的越南總理舉行會談。",
    "2024年3月，对中国进行国事访问的越南总理在北京发表演讲。",
])
def test_the_party_after_a_visit_told_as_a_relative_clause_visits(text) -> None:
    evs = events(text)
    ev = next(e for e in of_type(evs, "CONSULT") if e.recipients)
    assert keys(ev.actors) == ["VNM"] and keys(ev.recipients) == ["CHN"], summary(evs)


def test_a_place_a_visit_went_to_is_no_visitor() -> None:
    evs = events("2024年3月，日本首相访问的城市包括河内。")
    assert keys(of_type(evs, "CONSULT")[0].actors) == ["JPN"], summary(evs)


# --- a body told as the topic of a 除…退出外 frame is what is left ----------------------------------


@pytest.mark.parametrize("text, leaver, body", [
    ("RCEP谈判中，除印度于2019年宣布退出外，剩下的15国最终在2020年签约。", "IND", "rcep"),
    ("TPP除美国于2017年退出外，其余11国继续推进谈判。", "USA", "tpp"),
    ("TPP除美國於2017年退出外，其餘11國繼續推進談判。", "USA", "tpp"),
])
def test_the_topic_of_an_excepted_withdrawal_is_left(text, leaver, body) -> None:
    evs = events(text)
    ev = of_type(evs, "LEAVE")[0]
    assert keys(ev.actors) == [leaver] and keys(ev.recipients) == [body], summary(evs)


# --- a joint exercise named as a party stands for the states that drill in it ----------------------


@pytest.mark.parametrize("text, states", [
    ("2025年4月，美军借“肩并肩”联合演习之机，向巴坦群岛部署反舰导弹系统。", ["PHL", "USA"]),
    ("2019年11月，“马拉巴尔”联合军演在日本近海举行。", ["IND", "JPN", "USA"]),
    ("2020年11月，澳大利亚重返“马拉巴尔”联合军演。", ["AUS", "IND", "JPN", "USA"]),
    ("2025年4月，美軍借「肩並肩」聯合演習之機，向巴坦群島部署反艦系統。", ["PHL", "USA"]),
])
def test_an_exercise_named_as_a_party_is_its_states(text, states) -> None:
    evs = events(text)
    assert keys(of_type(evs, "COOPERATE")[0].actors) == states, summary(evs)
