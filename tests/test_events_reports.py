"""Report and journal prose (ev7): dates a report states for itself, measures that start later,
numbered recommendations after a colon. Invented sentences in both scripts."""

from __future__ import annotations

from latticework.clean import clean
from latticework.layout import layout
from latticework.model import SourceText
from latticework.timex import TimeResolver

from event_helpers import full_events, summary


def _doc(text: str):
    return clean(SourceText("t.txt", text, "txt"))


def test_a_bracketed_date_under_a_report_title_is_its_own_date() -> None:
    cn = "三、区域合作的新进展\n（2024年10月）\n（一）背景\n今年6月，两国举行会谈。\n"
    tw = "第二章　區域情勢\n（2023年9月）\n一、概況\n今年3月，兩國舉行會談。\n"
    assert layout(_doc(cn)).date == "2024-10"
    assert layout(_doc(tw)).date == "2023-09"
    # a date in brackets inside a sentence is no date of the document
    assert layout(_doc("两国（2024年10月）举行会谈，双方签署协议。双方同意加强合作。\n")).date is None


def test_a_month_a_measure_starts_from_anchors_no_bare_month_after_it() -> None:
    tr = TimeResolver(None)
    got = [t.value for t in tr.find("2023年10月，某国宣布自2024年1月起暂停外国船只靠港。11月，两国签署协议。")]
    assert got == ["2023-10", "2024-01", "2023-11"]
    tw = TimeResolver(None)
    got = [t.value for t in tw.find("2022年5月，該國宣布自2023年7月起實施新規定；8月，兩國舉行會談。")]
    assert got == ["2022-05", "2023-07", "2022-08"]


def test_numbered_recommendations_after_a_colon_are_items_of_their_own() -> None:
    text = ("（四）政策建议\n基于上述分析，本报告提出以下建议：\n1. 我国应推动磋商尽早取得实质成果，争取与东盟国家达成协议。\n"
            "2. 应加强区域合作的对接。\n3. 我国可支持蒙古国申请成为上海合作组织正式成员国。\n")
    doc = _doc(text)
    kinds = [(b.kind, doc.block_text(i)[:2]) for i, b in enumerate(doc.blocks)]
    assert kinds[-3:] == [("paragraph", "1."), ("paragraph", "2."), ("paragraph", "3.")]
    tw = _doc("（四）政策建議\n本報告提出以下建議：\n1. 我國應與日本洽簽經濟夥伴協定。\n2. 我國可支持蒙古國申請成為上海合作組織正式成員國。\n")
    assert [b.kind for b in tw.blocks][-2:] == ["paragraph", "paragraph"]


def test_a_recommended_membership_in_a_numbered_item_is_proposed() -> None:
    text = ("（四）政策建议\n基于上述分析，本报告提出以下建议：\n1. 应加强区域合作的对接。\n"
            "2. 我国可支持蒙古国申请成为上海合作组织正式成员国。\n")
    joins = [s for s in summary(full_events(text)) if s[0] == "JOIN"]
    assert joins and all(s[4] == "proposed" for s in joins)
    assert any("MNG" in s[1] and s[2] == ["sco"] for s in joins)


def test_a_respectively_cue_before_a_long_list_gives_one_event_per_partner() -> None:
    cn = full_events("1992年1月，中国先后同哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦、塔吉克斯坦和土库曼斯坦建立外交关系。")
    aligns = sorted(tuple(s[1]) for s in summary(cn) if s[0] == "ALIGN")
    assert aligns == sorted(tuple(sorted(["CHN", x])) for x in ["KAZ", "UZB", "KGZ", "TJK", "TKM"])
    tw = full_events("2023年5月19日，習近平分別同哈薩克總統托卡耶夫、吉爾吉斯總統扎帕羅夫、塔吉克總統拉赫蒙舉行會談。")
    talks = sorted(tuple(s[1]) for s in summary(tw) if s[0] == "CONSULT")
    assert talks == [("CHN", "KAZ"), ("CHN", "KGZ"), ("CHN", "TJK")]



def test_a_measure_undone_is_a_policy_toward_the_affected_state_not_a_sanction() -> None:
    cn = summary(full_events("2023年3月，日本宣布解除对韩国三项半导体材料的出口管制。"))
    assert [s[0] for s in cn] == ["POLICY"] and cn[0][1] == ["JPN"]
    tw = summary(full_events("2023年7月，日本將南韓重新列入出口管理「白色名單」。"))
    assert [(s[0], s[1], s[2]) for s in tw] == [("POLICY", ["JPN"], ["KOR"])]
    lifted = summary(full_events("2024年5月，美国宣布取消对该国企业的制裁。"))
    assert not any(s[0] == "SANCTION" for s in lifted)
    # imposing them is still a sanction
    imposed = summary(full_events("2019年7月，日本宣布对韩国加强三项半导体材料的出口管制。"))
    assert [(s[0], s[1], s[2]) for s in imposed] == [("SANCTION", ["JPN"], ["KOR"])]


def test_the_state_goods_are_exported_to_is_the_target_of_a_control_on_them() -> None:
    cn = summary(full_events("2019年7月，日本宣布对出口韩国的三项半导体材料加强出口管制。"))
    assert [(s[0], s[1], s[2]) for s in cn] == [("SANCTION", ["JPN"], ["KOR"])]
    tw = summary(full_events("2022年3月，美國宣布對輸往俄羅斯的晶片實施出口管制。"))
    assert [(s[0], s[1], s[2]) for s in tw] == [("SANCTION", ["USA"], ["RUS"])]


def test_a_journal_running_head_with_page_number_is_furniture_even_inside_a_sentence() -> None:
    cn = _doc("此后，上合组织于2017年6月接纳印度和巴基斯坦为正式成员国，伊朗于\n"
              "·46·　　　　　　　　　　俄罗斯东欧中亚研究　2024年第6期\n"
              "2023年7月成为第九个成员国。\n")
    assert "研究" not in cn.text and "伊朗于2023年7月成为" in cn.text
    tw = _doc("問題研究　2023年第4期　　　　　　　　　　　　　　　　　　　　12\n"
              "日本與南韓於1965年正式建交，兩國關係\n此後逐步改善。\n")
    assert "問題研究" not in tw.text
    # a sentence that cites an issue is no running head
    note = _doc("相关讨论参见王某：《四边机制的限度》，载《国际问题研究》2023年第2期。\n")
    assert "国际问题研究" in note.text


def test_a_demand_that_a_named_state_withdraw_or_stop_is_an_accusation() -> None:
    cn = summary(full_events("2023年11月，马尔代夫政府要求印度撤出驻马军事人员。"))
    assert [(s[0], s[2]) for s in cn] == [("ACCUSE", ["IND"])]
    tw = summary(full_events("2024年3月，菲律賓要求中國停止在黃岩島附近的活動。"))
    assert [(s[0], s[1], s[2]) for s in tw] == [("ACCUSE", ["PHL"], ["CHN"])]
    # a demand on no named party, or to cooperate, accuses no one
    assert not summary(full_events("2024年5月，东盟要求各方加强合作。"))


def test_a_meeting_word_qualifying_a_text_or_process_is_no_meeting() -> None:
    cn = summary(full_events("2018年8月，中国与东盟国家形成“准则”单一磋商文本草案。"))
    assert not any(s[0] == "CONSULT" for s in cn)
    tw = summary(full_events("2019年，雙方的談判進程一度停滯。"))
    assert not any(s[0] == "CONSULT" for s in tw)
    # the talks themselves still count
    assert any(s[0] == "CONSULT" for s in summary(full_events("2019年7月，中国与东盟国家在曼谷举行磋商。")))


def test_a_party_admitted_in_the_passive_joins_the_body() -> None:
    cn = summary(full_events("2023年9月，非洲联盟被接纳为二十国集团正式成员。"))
    assert [(s[0], s[1], s[2]) for s in cn] == [("JOIN", ["african-union"], ["g20"])]
    tw = summary(full_events("2022年11月，東帝汶獲東協接納為第11個成員國。"))
    assert [(s[0], s[1], s[2]) for s in tw] == [("JOIN", ["TLS"], ["asean"])]


def test_the_year_an_undated_review_names_in_its_title_dates_its_bare_months() -> None:
    cn = ("2023年南亚地区外交综述\n斯里兰卡在债务危机中前行。自斯里兰卡2017年与中国签署港口协议以来，该港备受关注。\n"
          "尼泊尔总理5月31日访问印度。\n")
    assert [s[3] for s in summary(full_events(cn)) if s[0] == "CONSULT"] == ["2023-05-31"]
    tw = "2022年東北亞外交回顧\n日本與南韓2015年達成協議。\n\n10月，日本與南韓外長舉行會談。\n"
    assert [s[3] for s in summary(full_events(tw)) if s[0] == "CONSULT"] == ["2022-10"]
    # a document with a date of its own keeps it as the anchor of bare months
    dated = "2021年的峰會回顧\n日本與南韓外長2019年曾會談。\n\n10月，日本與南韓外長舉行會談。\n"
    got = [s[3] for s in summary(full_events(dated, doc_date="2024-12-01")) if s[0] == "CONSULT"]
    assert "2021-10" not in got


def test_a_group_of_states_named_by_region_and_size_stands_for_each_member() -> None:
    cn = summary(full_events("2023年9月19日，拜登在纽约与中亚五国元首举行首次峰会。"))
    talks = [s for s in cn if s[0] == "CONSULT"]
    assert talks and set(talks[0][1]) >= {"USA", "KAZ", "KGZ", "TJK", "TKM", "UZB"}
    tw = summary(full_events("2020年8月，中國宣布將向湄公河國家提供水文數據援助。"))
    aid = [s for s in tw if s[0] == "AID"]
    assert aid and aid[0][2] == ["KHM", "LAO", "MMR", "THA", "VNM"]
    # inside a name it is part of the name, not the group
    named = summary(full_events("2015年11月，美国在撒马尔罕启动美国—中亚五国外长会晤机制。"))
    assert all("KAZ" not in s[1] for s in named)


def test_what_follows_according_to_the_plan_is_planned() -> None:
    cn = summary(full_events("2023年4月，美日发布电力伙伴关系行动计划。根据该计划，美日将通过培训项目、联合研究等多种形式在多个领域向越南提供技术援助。"))
    assert [s[4] for s in cn if s[0] == "AID"] == ["planned"]
    tw = summary(full_events("2023年4月，美日發布行動計劃。依據此計劃，美日將通過培訓項目、聯合研究等多種形式在多個領域向越南提供技術援助。"))
    assert [s[4] for s in tw if s[0] == "AID"] == ["planned"]


def test_a_body_founded_with_no_founder_named_is_its_own_party_also_as_a_noun() -> None:
    assert summary(full_events("上海合作组织于2001年6月15日正式成立。")) == [
        ("ESTABLISH", ["sco"], [], "2001-06-15", "asserted")]
    assert summary(full_events("2001年6月15日上海合作组织的成立，标志着这一机制实现了转变。")) == [
        ("ESTABLISH", ["sco"], [], "2001-06-15", "asserted")]
    assert summary(full_events("2016年1月亞洲基礎設施投資銀行的正式成立，改變了區域金融格局。")) == [
        ("ESTABLISH", ["aiib"], [], "2016-01", "asserted")]
    # a body named after its parent keeps the parent as the founder
    assert [s[1] for s in summary(full_events("东盟环境部长级会议于1981年正式成立。"))] == [["asean"]]


def test_a_document_adopted_with_tong_guo_closing_its_clause_is_agreed() -> None:
    cn = summary(full_events("2017年8月，中国—东盟外长会通过“准则”框架。"))
    assert ("AGREE", ["CHN", "asean"], [], "2017-08", "asserted") in cn
    tw = summary(full_events("2017年8月，東協外長會通過「準則」框架，雙方同意繼續磋商。"))
    assert any(s[0] == "AGREE" and "asean" in s[1] for s in tw)
    # 通过 "by means of" a framework is no adoption
    assert not any(s[0] == "AGREE" for s in summary(full_events("2019年，两国通过该框架开展合作。")))


def test_concluding_negotiations_or_a_reading_of_a_text_is_agreeing() -> None:
    cn = summary(full_events("2023年7月，中国与东盟国家外长在雅加达宣布完成“准则”案文第二轮审读。"))
    assert cn == [("AGREE", ["CHN", "asean"], [], "2023-07", "asserted")]
    tw = summary(full_events("日本與歐盟於2017年完成經濟夥伴關係協定談判。"))
    assert tw == [("AGREE", ["JPN", "eu"], [], "2017", "asserted")]
    # finishing a project is no agreement
    assert not summary(full_events("2023年，中国与老挝完成了铁路建设。")) or all(
        s[0] != "AGREE" for s in summary(full_events("2023年，中国与老挝完成了铁路建设。")))


def test_support_for_another_state_s_membership_is_a_proposed_join_of_that_state() -> None:
    cn = summary(full_events("2024年，我国支持蒙古国申请成为上海合作组织正式成员国。"))
    assert cn == [("JOIN", ["MNG"], ["sco"], None, "proposed")]
    tw = summary(full_events("2023年，美國支持菲律賓早日加入東協區域論壇。"))
    assert tw == [("JOIN", ["PHL"], ["arf"], None, "proposed")]
    # joining with another's support (在X支持下) happened
    assert summary(full_events("2001年，中国在美国支持下加入了世界贸易组织。")) == [("JOIN", ["CHN"], ["wto"], "2001", "asserted")]


def test_the_place_or_state_a_for_phrase_names_receives_the_aid() -> None:
    cn = summary(full_events("2023年11月，美国国际开发金融公司宣布为科伦坡港西集装箱码头项目提供5.53亿美元贷款。"))
    assert [(s[0], s[1], s[2]) for s in cn] == [("AID", ["USA"], ["LKA"])]
    tw = summary(full_events("2022年，日本宣布為越南河內地鐵項目提供貸款。"))
    assert [(s[0], s[1], s[2]) for s in tw] == [("AID", ["JPN"], ["VNM"])]


def test_a_state_whose_threat_a_cooperation_is_about_is_no_party_of_it() -> None:
    cn = summary(full_events("2023年12月，美日韩启动朝鲜导弹预警数据实时共享机制。"))
    assert cn and all("PRK" not in s[1] + s[2] for s in cn)
    tw = summary(full_events("2023年12月，美日韓啟動北韓飛彈預警資料即時共享機制。"))
    assert tw and all("PRK" not in s[1] + s[2] for s in tw)
    # a condemnation of the missiles still targets the state
    acc = summary(full_events("2023年12月，美日韩谴责朝鲜导弹发射。"))
    assert any("PRK" in s[2] for s in acc if s[0] == "ACCUSE")


def test_an_act_named_as_the_focus_of_a_policy_is_no_happening() -> None:
    assert not summary(full_events("2023年，印度以主办二十国集团（G20）峰会为外交重心。"))
    assert not summary(full_events("2023年，日本以推動與東協的聯合演習為外交重點。"))
    # the grounds of an act still leave the act
    assert [s[0] for s in summary(full_events("2023年，美国以对台军售为由，宣布对中国企业实施制裁。"))] == ["SANCTION"]


def test_a_tier_of_relations_declared_with_fa_zhan_is_an_upgrade() -> None:
    assert summary(full_events("2019年9月，中国与哈萨克斯坦宣布发展永久全面战略伙伴关系。")) == [
        ("ALIGN", ["CHN", "KAZ"], [], "2019-09", "asserted")]
    assert summary(full_events("2019年9月，中國與哈薩克宣布發展永久全面戰略夥伴關係。")) == [
        ("ALIGN", ["CHN", "KAZ"], [], "2019-09", "asserted")]
    # developing relations already held is vague intent
    assert not summary(full_events("2019年，中国与哈萨克斯坦继续发展全面战略伙伴关系。"))
