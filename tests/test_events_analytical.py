"""Analytical prose of journals, think-tank chapters and briefs (ev9): events told in
nominalisations, relative clauses and topic chains. Invented sentences in both scripts."""

from __future__ import annotations

from event_helpers import full_events, summary


def _agree(text: str):
    return [x for x in summary(full_events(text)) if x[0] == "AGREE"]


def test_a_document_signed_with_no_signatory_named_stands_for_them() -> None:
    # the document as topic, a date and 于/在 before the verb
    assert _agree("《区域全面经济伙伴关系协定》于2020年11月15日签署，此后各国陆续批准。") == [
        ("AGREE", ["rcep"], [], "2020-11-15", "asserted")]
    assert _agree("該文件指出，《全面與進步跨太平洋夥伴關係協定》在2018年3月正式簽署。") == [
        ("AGREE", ["cptpp"], [], "2018-03", "asserted")]
    # a dated relative clause on the document
    assert _agree("2002年签署的《南海各方行为宣言》缺乏法律约束力。") == [
        ("AGREE", ["doc-south-china-sea"], [], "2002", "asserted")]
    # the party that led its making is no signatory
    assert _agree("由東協主導的《區域全面經濟夥伴協定》於2020年11月15日簽署。") == [
        ("AGREE", ["rcep"], [], "2020-11-15", "asserted")]


def test_a_signing_whose_parties_are_named_keeps_them() -> None:
    # parties named later in the sentence, or none and no date: no document stands in for them
    got = _agree("1965年6月《日韩基本条约》的签署，使日本与韩国建立外交关系。")
    assert all("JPN" in x[1] for x in got)
    assert _agree("已经签署的《南海各方行为宣言》仍有其意义。") == []
    assert _agree("日澳《互惠準入協定》的簽署（2022年1月）具有標誌意義。") == [
        ("AGREE", ["AUS", "JPN"], [], "2022-01", "asserted")]


def _dated(text: str, etype: str):
    return sorted((tuple(x[1]), x[3]) for x in summary(full_events(text)) if x[0] == etype)


def test_a_bracketed_date_after_each_party_of_a_list_dates_its_own_event() -> None:
    got = _dated("近年東協先後與澳洲（2021年10月）、中國大陸（2021年11月）、美國和印度（2022年11月）建立全面戰略夥伴關係。", "ALIGN")
    assert got == [(("AUS", "asean"), "2021-10"), (("CHN", "asean"), "2021-11"), (("IND", "asean"), "2022-11"),
                   (("USA", "asean"), "2022-11")]
    got = _dated("中国先后同越南（2008年5月）和老挝（2009年9月）建立全面战略合作伙伴关系。", "ALIGN")
    assert got == [(("CHN", "LAO"), "2009-09"), (("CHN", "VNM"), "2008-05")]


def test_coordinated_dates_with_a_cue_pair_with_the_items_in_order() -> None:
    got = _dated("美印两国又于2018年9月和2020年10月先后签署《通信兼容与安全协定》和《地理空间基本交流与合作协定》。", "AGREE")
    assert got == [(("IND", "USA"), "2018-09"), (("IND", "USA"), "2020-10")]
    got = _dated("日本和韓國先後於2023年3月和5月加入該組織。", "JOIN")
    assert got == [(("JPN",), "2023-03"), (("KOR",), "2023-05")]
    got = _dated("索羅門群島與吉里巴斯先後於2019年9月16日及20日與我國斷交。", "ALIGN")
    assert {p[-1] if p[0] == "CHN" else p[0]: d for p, d in got} == {"SLB": "2019-09-16", "KIR": "2019-09-20"}
    # without a cue the act was repeated on each date (each_date.py): two events each
    got = _dated("2023年6月和12月，美日举行了延伸威慑对话。", "CONSULT")
    assert [d for _, d in got] == ["2023-06", "2023-12"]


def _consult(text: str):
    return [tuple(x[1]) for x in summary(full_events(text)) if x[0] == "CONSULT" and x[3] == "2023-08-18"]


def test_a_party_that_backs_an_act_is_no_venue_and_counts_for_a_later_group() -> None:
    # 在X的推动下 names a backer, not the place: 三国 are the two named before and X
    got = _consult("日韩关系的转圜始于2023年3月尹锡悦访问东京。在美国的推动下，三国领导人于2023年8月18日在戴维营举行首次峰会。")
    assert got and set(got[0]) >= {"JPN", "KOR", "USA"}
    got = _consult("尹錫悅3月訪問東京。在美國的大力推動下，三國領導人於2023年8月18日在大衛營舉行峰會。")
    assert got and set(got[0]) >= {"JPN", "KOR", "USA"}
    # a venue stays a venue
    got = _consult("日韩首脑3月会晤。在美国举行的三国峰会于2023年8月18日召开，日韩两国领导人出席。")
    assert all("USA" not in g or "JPN" in g for g in got)


def test_a_section_heading_names_the_group_its_text_refers_back_to() -> None:
    got = _consult("二、美日韩合作\n三国领导人于2023年8月18日在戴维营举行首次单独峰会。\n")
    assert got and set(got[0]) >= {"JPN", "KOR", "USA"}
    got = _consult("貳、美日韓合作\n三國領導人於2023年8月18日在大衛營舉行首次峰會。\n")
    assert got and set(got[0]) >= {"JPN", "KOR", "USA"}


def test_a_dialogue_or_talks_restarted_are_a_meeting() -> None:
    got = summary(full_events("2017年11月，美日印澳四国在马尼拉重启“四方安全对话”。"))
    assert [x[0] for x in got] == ["CONSULT"] and x_has(got[0], {"USA", "JPN", "IND", "AUS"})
    got = summary(full_events("日本與南韓於2023年重啟中斷多年的安全對話。"))
    assert [x[0] for x in got] == ["CONSULT"] and x_has(got[0], {"JPN", "KOR"})
    # with no meeting noun after it, 重启 keeps founding (or reviving) a programme
    got = summary(full_events("日本与韩国2023年重启青年交流计划。"))
    assert "CONSULT" not in [x[0] for x in got]


def x_has(ev: tuple, parties: set[str]) -> bool:
    return parties <= set(ev[1]) | set(ev[2])


def test_an_application_told_after_its_body_joins_that_body() -> None:
    got = [x for x in summary(full_events("中國大陸於2021年9月16日正式申請加入CPTPP，台灣隨後於同月22日提出申請。")) if x[0] == "JOIN"]
    assert ("JOIN", ["TWN"], ["cptpp"], "2021-09-22", "asserted") in got
    got = [x for x in summary(full_events("土耳其2024年9月正式申请加入金砖国家，阿塞拜疆随后也提交了申请。")) if x[0] == "JOIN"]
    assert ("JOIN", ["AZE"], ["brics"], "2024-09", "asserted") in got
    # an application to a state or an office joins nothing
    assert not [x for x in summary(full_events("我國另於2021年9月22日由經濟部向紐西蘭提交申請。")) if x[0] == "JOIN"]
    assert not [x for x in summary(full_events("该公司2023年向商务部提出申请，要求延长豁免期限。")) if x[0] == "JOIN"]


def test_a_bank_opening_for_business_is_its_founding() -> None:
    got = summary(full_events("亚投行于2016年1月16日正式开业。"))
    assert got == [("ESTABLISH", ["aiib"], [], "2016-01-16", "asserted")]
    got = summary(full_events("新開發銀行2015年7月在上海開業。"))
    assert got == [("ESTABLISH", ["ndb"], [], "2015-07", "asserted")]
    # a bare date before an intransitive founding too
    got = summary(full_events("上海合作组织2001年6月在上海成立。"))
    assert got == [("ESTABLISH", ["sco"], [], "2001-06", "asserted")]
    # a factory or shop opening founds no body
    assert summary(full_events("特斯拉上海超级工厂于2019年开业。")) == []


def _align(text: str):
    return sorted((tuple(x[1]), x[3]) for x in summary(full_events(text)) if x[0] == "ALIGN")


def test_a_comitative_clause_after_a_time_count_keeps_the_subject_before() -> None:
    assert (("CHN", "NRU"), "2024-01-24") in _align("諾魯於2024年1月15日宣布與臺灣斷交，九天後與北京恢復外交關係。")
    assert (("CHN", "NRU"), "2024-01") in _align("瑙鲁2024年1月宣布同台湾断交，两周后与中国复交。")


def test_a_relation_with_each_partner_listed_after_yu() -> None:
    got = _align("美國於2022年9月在華府主辦首屆峰會，次年9月的第二屆峰會期間又宣布與庫克群島及紐埃建交。")
    assert got == [(("COK", "USA"), "2023-09"), (("NIU", "USA"), "2023-09")]
    got = _align("2023年9月，美国宣布同库克群岛和纽埃建立外交关系。")
    assert got == [(("COK", "USA"), "2023-09"), (("NIU", "USA"), "2023-09")]
    # two states breaking with one partner keep that partner (each_pair.py as before)
    got = _align("2019年9月，所羅門群島與基里巴斯相繼與台灣斷交，並同中國建交。")
    assert (("KIR", "TWN"), "2019-09") in got and (("CHN", "SLB"), "2019-09") in got and (("CHN", "TWN"), "2019-09") not in got


def test_people_admitted_are_no_accession() -> None:
    assert not [x for x in summary(full_events("澳方承諾每年接納最多280名吐瓦魯公民移居。")) if x[0] == "JOIN"]
    assert not [x for x in summary(full_events("该国2015年接收了大批叙利亚难民。")) if x[0] == "JOIN"]
    got = [x for x in summary(full_events("北约2023年4月接纳芬兰为第31个成员国。")) if x[0] == "JOIN"]
    assert got == [("JOIN", ["FIN"], ["nato"], "2023-04", "asserted")]


def test_parties_after_the_head_of_a_relative_clause_belong_to_the_main_verb() -> None:
    got = [x for x in summary(full_events("2022年4月，中國大陸與索羅門群島簽署的安全合作協議引發澳洲與美國高度關注。")) if x[0] == "AGREE"]
    assert got == [("AGREE", ["CHN", "SLB"], [], "2022-04", "asserted")]
    got = [x for x in summary(full_events("美日两国于2023年1月签署的协定与菲律宾无关。")) if x[0] == "AGREE"]
    assert got == [("AGREE", ["JPN", "USA"], [], "2023-01", "asserted")]


def test_a_bare_withdrawal_leaves_the_body_named_before() -> None:
    got = [x for x in summary(full_events("回顾2007年5月四国在马尼拉首次举行“四方安全对话”、次年2月澳大利亚宣布退出的经历。")) if x[0] == "LEAVE"]
    assert got == [("LEAVE", ["AUS"], ["quad"], "2008-02", "asserted")]
    got = [x for x in summary(full_events("由東協主導的RCEP於2020年11月15日簽署；印度雖曾參與談判，卻已在2019年11月宣布退出。")) if x[0] == "LEAVE"]
    assert got == [("LEAVE", ["IND"], ["rcep"], "2019-11", "asserted")]
    # a withdrawal with an object of its own keeps it
    got = [x for x in summary(full_events("美国2017年加入该组织，2019年宣布退出《巴黎协定》。")) if x[0] == "LEAVE"]
    assert got == [("LEAVE", ["USA"], ["paris-agreement"], "2019", "asserted")]


def test_a_body_launched_in_a_relative_clause_is_founded_by_its_parent_or_itself() -> None:
    got = [x for x in summary(full_events("在2022年5月东京峰会上宣布启动的“印太海域态势感知伙伴关系”，则把合作延伸至海洋监控领域。"))
           if x[0] == "ESTABLISH"]
    assert got and got[0][3] == "2022-05" and {"quad", "USA", "JPN", "IND", "AUS"} <= set(got[0][1])
    got = [x for x in summary(full_events("2020年宣佈啟動的「湄公河—美國夥伴關係」取代了原有倡議。")) if x[0] == "ESTABLISH"]
    # (part10: the state the body is named for founds it too, as the dev and retired-3 gold code it)
    assert got == [("ESTABLISH", ["USA", "mekong-us-partnership"], [], "2020", "asserted")]
    # undated, it describes the body and reports nothing
    assert not [x for x in summary(full_events("已经启动的“印太海域态势感知伙伴关系”把合作延伸至海洋监控领域。")) if x[0] == "ESTABLISH"]


def test_three_states_refer_back_to_the_members_of_a_trilateral_named_last() -> None:
    text = "美日韩合作仍取决于国内政治。2024年5月27日，中日韩领导人会议在首尔举行。报告建议三国尽快重启自由贸易协定谈判。"
    got = [x for x in summary(full_events(text)) if x[4] == "proposed"]
    assert got and set(got[0][1]) == {"CHN", "JPN", "KOR"}
    text = "美日韓合作仍取決於國內政治。2024年5月27日，中日韓領導人會議在首爾舉行。報告建議三國儘快重啟自由貿易協定談判。"
    got = [x for x in summary(full_events(text)) if x[4] == "proposed"]
    assert got and set(got[0][1]) == {"CHN", "JPN", "KOR"}


def test_a_protest_lodged_with_a_summoned_envoy_is_the_summons() -> None:
    got = [x for x in summary(full_events("韩国外交部2024年6月21日召见俄罗斯驻韩大使提出抗议。")) if x[0] == "ACCUSE"]
    assert got == [("ACCUSE", ["KOR"], ["RUS"], "2024-06-21", "asserted")]
    got = [x for x in summary(full_events("菲律賓外交部2024年6月召見中國駐菲大使並提出抗議。")) if x[0] == "ACCUSE"]
    assert got == [("ACCUSE", ["PHL"], ["CHN"], "2024-06", "asserted")]


def test_a_pairs_relations_opening_the_clause_are_its_topic_not_the_visitor() -> None:
    got = [x for x in summary(full_events("报告指出，日韩关系的转圜始于2023年3月尹锡悦访问东京。")) if x[0] == "CONSULT"]
    assert got == [("CONSULT", ["KOR"], ["JPN"], "2023-03", "asserted")]
    got = [x for x in summary(full_events("報告指出，中美關係的緩和始於2023年11月習近平訪問美國。")) if x[0] == "CONSULT"]
    assert got == [("CONSULT", ["CHN"], ["USA"], "2023-11", "asserted")]


def test_a_document_topic_after_an_adverb_and_anothers_entry_into_force() -> None:
    got = [x for x in summary(full_events("日本与英国于2023年1月签署的《互惠准入协定》同年10月生效，与菲律宾的同类协定则于2024年7月签署。"))
           if x[0] == "AGREE"]
    assert ("AGREE", ["JPN", "PHL"], [], "2024-07", "asserted") in got
    evs = [e for e in full_events("日本與英國於2023年1月簽署的協定同年10月生效，與菲律賓的同類協定亦於2024年7月簽署。") if e.type == "AGREE"]
    got = {tuple(sorted(a.key() for a in e.actors)): (e.date, e.effective) for e in evs}
    assert got == {("GBR", "JPN"): ("2023-01", "2023-10"), ("JPN", "PHL"): ("2024-07", None)}


def test_a_nominal_entry_into_force_with_its_bracketed_date_is_the_effective_date() -> None:
    for text in ("日澳《互惠准入协定》的签署（2022年1月）与生效（2023年8月），被视为重要标志。",
                 "日英《互惠準入協定》的簽署（2023年1月）與生效（2023年10月）具有標誌意義。"):
        evs = [e for e in full_events(text) if e.type == "AGREE"]
        assert len(evs) == 1 and evs[0].effective in ("2023-08", "2023-10") and evs[0].date in ("2022-01", "2023-01")


def test_a_nominal_signing_is_by_the_states_its_effect_names() -> None:
    got = [x for x in summary(full_events("1965年6月《日韓基本條約》的簽署，使日本與南韓正式建交。")) if x[0] == "AGREE"]
    assert got == [("AGREE", ["JPN", "KOR"], [], "1965-06", "asserted")]
    got = [x for x in summary(full_events("1978年8月《和平友好条约》的签署，使中国与日本的关系进入新阶段。")) if x[0] == "AGREE"]
    assert got == [("AGREE", ["CHN", "JPN"], [], "1978-08", "asserted")]


def test_a_body_referred_back_to_with_a_founding_date_of_its_own_is_founded_then() -> None:
    text = "印度把合作重心转向环孟加拉湾多领域经济技术合作倡议（BIMSTEC）。该机制1997年在曼谷成立。"
    assert ("ESTABLISH", ["bimstec"], [], "1997", "asserted") in summary(full_events(text))
    text = "印度把合作重心轉向環孟加拉灣多領域經濟技術合作倡議（BIMSTEC）。該機制1997年在曼谷成立。"
    assert ("ESTABLISH", ["bimstec"], [], "1997", "asserted") in summary(full_events(text))
    # with no date of its own it was launched before the act the sentence tells
    assert not [x for x in summary(full_events("该机制启动后，中国与越南于2023年举行了会谈。")) if x[0] == "ESTABLISH"]


def test_a_document_noun_as_topic_with_a_relative_year_is_signed_by_the_parties_before() -> None:
    text = "2023年5月，尼泊尔总理访问印度，两国就电力贸易达成一致，相关协议于次年1月签署。"
    assert ("AGREE", ["IND", "NPL"], [], "2024-01", "asserted") in summary(full_events(text))
    text = "2023年5月，尼泊爾總理訪問印度，兩國就電力貿易達成一致，相關協議於次年1月簽署。"
    assert ("AGREE", ["IND", "NPL"], [], "2024-01", "asserted") in summary(full_events(text))


def test_four_states_opening_a_section_are_the_quad_its_heading_names() -> None:
    text = "一、“四方安全对话”的重启与升级\n回顾2007年5月四国在马尼拉首次举行“四方安全对话”的经历。\n"
    got = [x for x in summary(full_events(text)) if x[0] == "CONSULT"]
    assert got and {"USA", "JPN", "IND", "AUS"} <= set(got[0][1])
    text = "壹、「四方安全對話」的重啟\n回顧2007年5月四國在馬尼拉首次舉行「四方安全對話」的經歷。\n"
    got = [x for x in summary(full_events(text)) if x[0] == "CONSULT"]
    assert got and {"USA", "JPN", "IND", "AUS"} <= set(got[0][1])


def test_a_party_that_follows_suit_does_the_act_told_before() -> None:
    got = summary(full_events("日本在2023年12月與東協將關係提升為全面戰略夥伴關係，南韓亦於2024年10月跟進。"))
    assert ("ALIGN", ["KOR", "asean"], [], "2024-10", "asserted") in got
    got = summary(full_events("2025年1月20日，美国宣布退出世界卫生组织，阿根廷其后也宣布跟进。"))
    assert ("LEAVE", ["ARG"], ["who"], None, "asserted") in got
    # 跟进 with a verb of its own after it is that verb's act, no copy
    got = summary(full_events("2024年6月，菲律宾船只遭中国海警船撞击，美国随即跟进发表声明指责中方。"))
    assert not [x for x in got if x[0] == "COERCE" and x[1] == ["USA"]]


def test_a_relation_raised_to_the_same_tier_takes_the_label_named_before() -> None:
    text = "東協先後與澳洲（2021年10月）、中國大陸（2021年11月）建立全面戰略夥伴關係，日本則在2023年12月與東協將關係提升至同一層級。"
    assert ("ALIGN", ["JPN", "asean"], [], "2023-12", "asserted") in summary(full_events(text))
    evs = [e for e in full_events(text) if e.type == "ALIGN" and e.date == "2023-12"]
    assert evs and evs[0].label == "全面战略伙伴关系"
    text = "2023年9月，美国与越南建立全面战略伙伴关系；同年11月，澳大利亚与越南将关系提升至同等水平。"
    evs = [e for e in full_events(text) if e.type == "ALIGN" and e.date == "2023-11"]
    assert evs and evs[0].label == "全面战略伙伴关系"


def test_a_programme_upgraded_into_a_renamed_one_is_founded() -> None:
    text = "2020年9月11日，美国国务卿蓬佩奥宣布将“湄公河下游倡议”升级为“湄公河—美国伙伴关系”。"
    assert ("ESTABLISH", ["USA"], [], "2020-09-11", "asserted") in summary(full_events(text))
    text = "2020年9月11日，美國國務卿蓬佩奧宣布將「湄公河下游倡議」升級為「湄公河—美國夥伴關係」。"
    assert ("ESTABLISH", ["USA"], [], "2020-09-11", "asserted") in summary(full_events(text))
    # two states raising their relations stay an ALIGN
    got = summary(full_events("2023年9月，美国与越南将两国关系升级为全面战略伙伴关系。"))
    assert got == [("ALIGN", ["USA", "VNM"], [], "2023-09", "asserted")]


def test_a_framework_settled_is_founded_but_principles_are_not() -> None:
    text = "2018年1月10日，澜湄合作第二次领导人会议在金边举行，确立“3+5+X合作框架”。"
    assert [x for x in summary(full_events(text)) if x[0] == "ESTABLISH" and x[3] == "2018-01-10"]
    text = "2018年1月10日，瀾湄合作第二次領導人會議在金邊舉行，確立「3+5+X合作框架」。"
    assert [x for x in summary(full_events(text)) if x[0] == "ESTABLISH" and x[3] == "2018-01-10"]
    assert not [x for x in summary(full_events("2022年11月，中美两国元首同意确立指导两国关系的原则。")) if x[0] == "ESTABLISH"]


def test_a_decision_on_a_recurring_meeting_is_a_plan() -> None:
    got = [x for x in summary(full_events("中日韓三國2019年決定每年輪流舉辦外長會議。")) if x[0] == "CONSULT"]
    assert got == [("CONSULT", ["CHN", "JPN", "KOR"], [], None, "planned")]
    got = [x for x in summary(full_events("中日韩三国2019年确定每年轮流举办外长会议。")) if x[0] == "CONSULT"]
    assert got == [("CONSULT", ["CHN", "JPN", "KOR"], [], None, "planned")]


def test_an_accession_protocol_is_agreed_with_the_body_joined() -> None:
    got = summary(full_events("英國在2023年7月簽署加入議定書後，於2024年12月成為CPTPP第12個成員。"))
    assert ("AGREE", ["GBR", "cptpp"], [], "2023-07", "asserted") in got
    got = summary(full_events("2023年7月16日，英国签署加入《全面与进步跨太平洋伙伴关系协定》的议定书。"))
    assert ("AGREE", ["GBR", "cptpp"], [], "2023-07-16", "asserted") in got
    # a law one state signs stays its policy
    assert [x[0] for x in summary(full_events("2022年8月，美国签署了《芯片与科学法案》。"))] == ["POLICY"]
