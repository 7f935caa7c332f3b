"""Dates of events that the gold sets date otherwise (the dates9 round): acts told as following
another with no day of their own, parties acting in turn, acts inside a gathering of several days,
and sentences that go on with the happening told before. Every sentence was written for these
tests, in simplified and traditional script, and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- 随即 keeps the month of the act it follows (gold/events/GUIDELINES.md conventions) ----------


@pytest.mark.parametrize("text", [
    "2023年9月4日，日本宣布扩大对俄罗斯的出口管制，俄罗斯外交部随即提出强烈抗议。",
    "2023年9月4日，日本宣布擴大對俄羅斯的出口管制，俄羅斯外交部隨即提出強烈抗議。",
])
def test_suiji_in_the_same_sentence_keeps_the_month(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert a.date == "2023-09" and keys(a.actors) == ["RUS"], summary([a])


@pytest.mark.parametrize("text", [
    "6月3日，印度渔船在争议海域遭斯里兰卡海军扣押。印度驻科伦坡高级专员随即发表声明，谴责斯方的做法。",
    "6月3日，印度漁船在爭議海域遭斯里蘭卡海軍扣押。印度駐可倫坡高級專員隨即發表聲明，譴責斯方的做法。",
])
def test_suiji_far_into_a_dateless_sentence_still_ties_it_to_the_paragraph(text) -> None:
    """The cue stands after a long subject: the sentence still follows the act told before."""
    a = [x for x in of_type(events("南亚\n2024年5月1日，两国举行会谈。\n" + text), "ACCUSE") if keys(x.actors) == ["IND"]][0]
    assert a.date == "2024-06", summary([a])


# --- 相继: parties reacting in turn, in a sentence with no date of its own ----------------------


@pytest.mark.parametrize("text", [
    "2024年3月12日，美国宣布对伊朗实施新一轮制裁。对此，俄罗斯和中国相继表示强烈反对。",
    "2024年3月12日，美國宣布對伊朗實施新一輪制裁。對此，俄羅斯和中國相繼表示強烈反對。",
])
def test_reactions_in_turn_keep_the_month(text) -> None:
    got = of_type(events(text), "ACCUSE")
    assert got and all(a.date == "2024-03" for a in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年2月7日，日本和韩国相继向土耳其派出救援队。",
    "2023年2月7日，日本和韓國相繼向土耳其派出救援隊。",
])
def test_in_turn_under_a_date_of_its_own_keeps_the_day(text) -> None:
    got = of_type(events(text), "AID")
    assert got and all(a.date == "2023-02-07" for a in got), summary(got)


# --- 其间: an act during a gathering of several days, on a day not stated -------------------------


@pytest.mark.parametrize("text", [
    "2024年9月9日至10日，莫迪在新德里主持二十国集团峰会，其间会见了南非总统拉马福萨。",
    "2024年9月9日至10日，莫迪在新德里主持二十國集團峰會，其間會見了南非總統拉馬福薩。",
])
def test_a_meeting_during_a_summit_of_two_days_is_dated_by_the_month(text) -> None:
    got = [x for x in of_type(events(text), "CONSULT") if "ZAF" in keys(x.actors + x.recipients)]
    assert got and got[0].date == "2024-09" and got[0].date_end is None, summary(got)


# --- a party that 'also' acts, in a news item's short paragraph, goes on with its happening -------


@pytest.mark.parametrize("text", [
    "2024年8月5日，朝鲜试射一枚洲际弹道导弹。日本外务省发表声明予以谴责，韩国外交部也发表声明，批评朝鲜违反安理会决议。",
    "2024年8月5日，北韓試射一枚洲際彈道飛彈。日本外務省發表聲明予以譴責，南韓外交部也發表聲明，批評北韓違反安理會決議。",
])
def test_a_party_that_also_reacts_takes_the_paragraphs_date(text) -> None:
    got = [x for x in of_type(events(text), "ACCUSE") if keys(x.actors) == ["KOR"]]
    assert got and got[0].date == "2024-08-05", summary(got)


@pytest.mark.parametrize("text", [
    "2023年11月16日，美国商务部长主持投资者论坛。" + "论坛讨论了扩大私营部门投资的合作行动和共同关注的优先事项，与会者交换了意见。" * 6
    + "美国还宣布设立了太平洋基础设施投资基金。",
    "2023年11月16日，美國商務部長主持投資者論壇。" + "論壇討論了擴大私營部門投資的合作行動和共同關注的優先事項，與會者交換了意見。" * 6
    + "美國還宣布設立了太平洋基礎設施投資基金。",
])
def test_also_with_a_done_act_in_a_long_paragraph_takes_its_date(text) -> None:
    got = [x for x in of_type(events(text), "ESTABLISH") if keys(x.actors) == ["USA"]]
    assert got and got[0].date == "2023-11-16", summary(got)


def test_also_in_an_essays_long_paragraph_stays_undated() -> None:
    filler = "地区局势在过去十年间经历了复杂而深刻的变化，经贸、安全和人文等领域的互动既有合作也有竞争。" * 6
    text = "2024年8月5日，日本与菲律宾举行会谈。" + filler + "澳大利亚也宣布设立太平洋基础设施融资机制。"
    got = [x for x in of_type(events(text), "ESTABLISH") if keys(x.actors) == ["AUS"]]
    assert got and got[0].date is None, summary(got)


@pytest.mark.parametrize("text", [
    "2024年8月5日，日本与菲律宾举行会谈。澳大利亚也宣布设立太平洋基础设施融资机制。",
    "2024年8月5日，日本與菲律賓舉行會談。澳洲也宣布設立太平洋基礎設施融資機制。",
])
def test_also_in_a_short_paragraph_dates_a_founding(text) -> None:
    got = [x for x in of_type(events(text), "ESTABLISH") if keys(x.actors) == ["AUS"]]
    assert got and got[0].date == "2024-08-05", summary(got)


# --- a subject speaking at the gathering told before (在记者会上, 在论坛) is on its day -------------


@pytest.mark.parametrize("text", [
    "外长会\n（新华社堪培拉7月30日电）澳大利亚外长和新西兰外长今天在堪培拉举行会谈。\n澳大利亚外长在记者会上宣布，澳方向斐济提供3000万澳元援助。\n",
    "外長會\n（中央社坎培拉30日專電）澳洲外長與紐西蘭外長今天在坎培拉舉行會談。\n澳洲外長在記者會上宣布，澳方向斐濟提供3000萬澳元援助。\n",
])
def test_an_announcement_at_the_press_conference_takes_the_story_day(text) -> None:
    got = of_type(events(text, "2024-07-30"), "AID")
    assert got and got[0].date == "2024-07-30", summary(got)


@pytest.mark.parametrize("text", [
    "2023年5月，美国—太平洋岛屿论坛领导人对话在莫尔兹比港举行。美国在论坛表示，将帮助岛国应对气候危机，并启动太平洋韧性基金。",
    "2023年5月，美國—太平洋島嶼論壇領袖對話在莫士比港舉行。美國在論壇表示，將協助島國因應氣候危機，並啟動太平洋韌性基金。",
])
def test_a_statement_at_the_forum_takes_its_date(text) -> None:
    got = [x for x in of_type(events(text), "ESTABLISH") if keys(x.actors) == ["USA"]]
    assert got and got[0].date == "2023-05", summary(got)


# --- a protest between the two parties of the act told just before answers it -----------------


@pytest.mark.parametrize("text", [
    "2024年3月，越南渔船在西沙群岛附近遭中国海警船驱离。越南外交部召见中国驻越使馆官员，提出抗议。",
    "2024年3月，越南漁船在西沙群島附近遭中國海警船驅離。越南外交部召見中國駐越使館官員，提出抗議。",
])
def test_a_summons_of_the_doer_by_its_target_takes_the_acts_date(text) -> None:
    got = [x for x in of_type(events(text), "ACCUSE") if keys(x.actors) == ["VNM"]]
    assert got and got[0].date == "2024-03" and keys(got[0].recipients) == ["CHN"], summary(got)


def test_a_protest_against_a_third_party_stays_undated() -> None:
    text = "2024年3月，越南渔船在西沙群岛附近遭中国海警船驱离。越南外交部召见日本驻越使馆官员，提出抗议。"
    got = [x for x in of_type(events(text), "ACCUSE") if keys(x.actors) == ["VNM"]]
    assert got and got[0].date is None, summary(got)


# --- agreeing to change a measure (同意把…下调) is a plan, dated only by a date of its own ---------


@pytest.mark.parametrize("text", [
    "2025年6月5日，两国发表联合声明，同意把相互加征的关税下调一半。",
    "2025年6月5日，兩國發表聯合聲明，同意把相互加徵的關稅下調一半。",
])
def test_agreeing_to_cut_tariffs_is_planned_and_undated(text) -> None:
    got = of_type(events("中国和美国\n" + text), "POLICY")
    assert got and all(p.modality == "planned" and p.date is None for p in got), summary(got)
