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
