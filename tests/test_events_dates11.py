"""Dates of events found but dated wrongly (the dates11 round, read off retired 7): invented
sentences in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

from latticework.events import extract_events
from latticework.pipeline import process

# --- an act at the meeting just told, relayed by a source ---------------------------------------


@pytest.mark.parametrize("text", [
    "两国外长2023年5月6日在河内会谈。据国务院转述，美方在会中对朝鲜试射导弹表达关切。",
    "兩國外長2023年5月6日在河內會談。據國務院轉述，美方在會中對北韓試射飛彈表達關切。",
    "两国外长2023年5月6日在河内会谈。美方在会谈时对朝鲜试射导弹表达关切。",
    "兩國外長2023年5月6日在河內通話。據外交部透露，美方在通話中對北韓試射飛彈表達關切。",
])
def test_an_act_at_the_meeting_just_told_takes_its_day(text: str) -> None:
    accuse = of_type(events(text), "ACCUSE")
    assert accuse[0].date == "2023-05-06", summary(accuse)


# --- a bare year under a table's time column dates its row ----------------------------------------

YEAR_ROWS_MD = """# 各国对缅接触

2021年3月，东盟发表主席声明。

| 年份 | 主席国 | 做法 |
|---|---|---|
| 2022 | 柬埔寨 | 洪森首相3月5日至6日访问缅甸 |
| 2023 | 印尼 | 外长9月在雅加达会见缅甸外长 |
| 2024 | 老挝 | 老挝向缅甸提供紧急援助 |
"""

YEAR_ROWS_HTML_TW = """<html><body><h1>各國對緬接觸</h1>
<p>2021年3月，東盟發表主席聲明。</p>
<table>
<tr><th>年度</th><th>主席國</th><th>做法</th></tr>
<tr><td>2022</td><td>柬埔寨</td><td>洪森首相3月5日至6日訪問緬甸</td></tr>
<tr><td>2023</td><td>印尼</td><td>外長9月在雅加達會見緬甸外長</td></tr>
<tr><td>2024</td><td>寮國</td><td>寮國向緬甸提供緊急援助</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize(("name", "text"), [("y.md", YEAR_ROWS_MD), ("y.html", YEAR_ROWS_HTML_TW)])
def test_a_bare_year_under_the_time_column_dates_its_row(tmp_path, name: str, text: str) -> None:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    evs = extract_events(process(p))
    dates = {e.type: e.date for e in evs if e.type in ("CONSULT", "AID")}
    visit = [e for e in evs if e.type == "CONSULT" and "KHM" in keys(e.actors)]
    assert visit and (visit[0].date, visit[0].date_end) == ("2022-03-05", "2022-03-06"), summary(evs)
    met = [e for e in evs if e.type == "CONSULT" and "IDN" in keys(e.actors + e.recipients)]
    assert met and met[0].date == "2023-09", summary(evs)
    assert dates.get("AID") == "2024", summary(evs)


def test_a_number_under_another_column_is_no_year(tmp_path) -> None:
    p = tmp_path / "n.md"
    p.write_text("# 援助\n\n2021年3月，东盟发表主席声明。\n\n| 国家 | 金额 | 做法 |\n|---|---|---|\n"
                 "| 柬埔寨 | 2022 | 洪森首相3月5日访问缅甸 |\n", encoding="utf-8")
    visit = [e for e in extract_events(process(p)) if e.type == "CONSULT" and "KHM" in keys(e.actors)]
    assert visit and visit[0].date == "2021-03-05", summary(visit)


# --- a membership's first day, after the decision's date, is its effective date -----------------


@pytest.mark.parametrize("text", [
    "2023年8月，峰会决定接纳埃及和伊朗自2024年1月1日起成为金砖国家正式成员。",
    "2023年8月，峰會決定接納埃及和伊朗自2024年1月1日起成為金磚國家正式成員。",
    "2023年8月，峰会宣布埃及和伊朗从2024年1月起正式加入金砖国家。",
])
def test_a_membership_from_a_later_day_is_dated_by_the_decision(text: str) -> None:
    join = of_type(events(text), "JOIN")
    assert {(e.date, e.effective) for e in join} <= {("2023-08", "2024-01-01"), ("2023-08", "2024-01")}, summary(join)


@pytest.mark.parametrize("text", [
    "埃及自2024年1月1日起成为金砖国家正式成员。",
    "埃及自2024年1月起正式加入金砖国家。",
])
def test_a_lone_membership_start_dates_the_joining(text: str) -> None:
    join = of_type(events(text), "JOIN")
    assert join[0].date in ("2024-01-01", "2024-01"), summary(join)


@pytest.mark.parametrize("text", [
    "本月4日，成员国就方案表决。德国总理今年4月曾率团访华；匈牙利亦表示反对。",
    "本月4日，成員國就方案表決。德國總理今年4月曾率團訪華；匈牙利亦表示反對。",
])
def test_the_next_item_keeps_the_paragraphs_day_after_a_recalled_act(text: str) -> None:
    accuse = [e for e in events(text, "2024-10-30") if e.type == "ACCUSE" and "HUN" in keys(e.actors)]
    assert accuse and accuse[0].date == "2024-10-04", summary(accuse)


# --- leaders tasking officials with an act order it for later ------------------------------------


@pytest.mark.parametrize("text", [
    "2024年10月23日，中印两国领导人举行会谈，并责成两国外长尽早会面。",
    "2024年10月23日，中印兩國領導人舉行會談，並責成兩國外長儘早會面。",
    "2024年10月23日，习近平同莫迪举行会谈，责成两国有关部门尽快启动边界谈判。",
])
def test_an_act_a_leader_tasks_officials_with_is_planned(text: str) -> None:
    later = [e for e in events(text) if e.type == "CONSULT" and e.date != "2024-10-23"]
    assert later and all(e.modality in ("planned", "proposed") and e.date is None for e in later), summary(events(text))


# --- a paragraph inside the visit told before, after a background date ----------------------------

VISIT = ("峰会开幕\n2025年10月27日　星期一\n"
         "美国总统昨日抵达吉隆坡，出席东盟峰会。泰柬两国今年7月爆发冲突；7月28日，双方在布城举行会谈，同意停火。\n"
         "访问期间，美国分别与马来西亚、柬埔寨签署贸易协定。\n")
VISIT_TW = ("峰會開幕\n2025年10月27日　星期一\n"
            "美國總統昨日抵達吉隆坡，出席東盟峰會。泰柬兩國今年7月爆發衝突；7月28日，雙方在布城舉行會談，同意停火。\n"
            "訪問期間，美國分別與馬來西亞、柬埔寨簽署貿易協定。\n")
VISIT_PLAIN = ("峰会开幕\n2025年10月27日　星期一\n美国总统昨日抵达吉隆坡，出席东盟峰会。\n"
               "此访期间，美国与马来西亚签署贸易协定。\n")


@pytest.mark.parametrize(("name", "text"), [("v.txt", VISIT), ("vt.txt", VISIT_TW), ("vp.txt", VISIT_PLAIN)])
def test_acts_during_the_visit_told_before_are_of_its_month(tmp_path, name: str, text: str) -> None:
    """Not the background day told last (7月28日), and not a day the text does not state."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    signed = [e for e in extract_events(process(p)) if e.type == "AGREE" and "MYS" in keys(e.actors)]
    assert signed and signed[0].date == "2025-10", summary(signed)


# --- 同时/当时 opening a sentence: at the time just told -------------------------------------------


@pytest.mark.parametrize(("text", "etype", "date"), [
    ("2023年9月10日，美国总统访问越南。同时，美国宣布向越南提供援助。", "AID", "2023-09-10"),
    ("2023年9月10日，美國總統訪問越南。同時，美國宣布向越南提供援助。", "AID", "2023-09-10"),
    ("2022年11月，美中两国元首在巴厘岛会晤。当时，美国宣布向印尼提供援助。", "AID", "2022-11"),
    ("2022年11月，美中兩國元首在峇里島會晤。當時，美國宣布向印尼提供援助。", "AID", "2022-11"),
])
def test_an_act_told_at_the_same_time_takes_the_date_told(text: str, etype: str, date: str) -> None:
    got = of_type(events(text), etype)
    assert got[0].date == date, summary(got)


# --- later that year is past, not a plan ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年2月，中越领导人通电话。同年稍后，中越签署防务协定。",
    "2024年2月，中越領導人通電話。同年稍後，中越簽署防務協定。",
    "2024年2月，中越领导人通电话。同年晚些时候，中越签署防务协定。",
])
def test_later_that_year_dates_the_act_by_the_year(text: str) -> None:
    signed = of_type(events(text), "AGREE")
    assert (signed[0].date, signed[0].modality) == ("2024", "asserted"), summary(signed)


# --- a 先后 list of partners each with its bracketed date, closed by 以及, two to a bracket ----------


@pytest.mark.parametrize("text", [
    "越南先后与韩国（2022年12月）、法国和马来西亚（2024年10月、11月）以及新西兰（2025年2月）建立全面战略伙伴关系。",
    "越南先後與韓國（2022年12月）、法國和馬來西亞（2024年10月、11月）以及紐西蘭（2025年2月）建立全面戰略夥伴關係。",
])
def test_each_partner_of_a_bracketed_list_keeps_its_own_date(text: str) -> None:
    got = {next(k for k in keys(e.actors) if k != "VNM"): e.date for e in of_type(events(text), "ALIGN")}
    assert got == {"KOR": "2022-12", "FRA": "2024-10", "MYS": "2024-11", "NZL": "2025-02"}, got


def test_a_shared_bracket_of_one_date_dates_both_partners() -> None:
    got = {next(k for k in keys(e.actors) if k != "VNM"): e.date
           for e in of_type(events("越南先后与韩国（2022年12月）、法国和马来西亚（2024年10月）建立全面战略伙伴关系。"), "ALIGN")}
    assert got == {"KOR": "2022-12", "FRA": "2024-10", "MYS": "2024-10"}, got


# --- acts of different verbs after a run of dates and 先后: one date each, in order ----------------


@pytest.mark.parametrize("text", [
    "2021年11月、12月，美国先后制裁两名柬埔寨军官，并对柬埔寨实施武器禁运。",
    "2021年11月、12月，美國先後制裁兩名柬埔寨軍官，並對柬埔寨實施武器禁運。",
    "2021年11月和12月，美国先后宣布制裁两名柬埔寨军官和对柬埔寨实施武器禁运。",
])
def test_two_measures_told_in_turn_take_the_dates_in_order(text: str) -> None:
    got = sorted(e.date for e in of_type(events(text), "SANCTION"))
    assert got == ["2021-11", "2021-12"], summary(events(text))


def test_talks_and_a_signing_told_in_turn_take_the_dates_in_order() -> None:
    evs = events("2023年5月和9月，日本先后与菲律宾举行会谈、签署协定。")
    assert (of_type(evs, "CONSULT")[0].date, of_type(evs, "AGREE")[0].date) == ("2023-05", "2023-09"), summary(evs)



# --- a measure applied from a day, its target named between 起 and the verb -----------------------


@pytest.mark.parametrize("text", [
    "2024年6月12日，欧盟委员会公布初裁，7月5日起对中国电动车临时征收反补贴税。",
    "2024年6月12日，歐盟委員會公布初裁，7月5日起對中國電動車臨時徵收反補貼稅。",
    "2024年6月12日，美国宣布7月5日起对中国钢铁加征关税。",
])
def test_the_day_a_measure_applies_from_is_its_effective_date(text: str) -> None:
    measure = of_type(events(text), "SANCTION")
    assert (measure[0].date, measure[0].effective) == ("2024-06-12", "2024-07-05"), summary(measure)


# --- an act told as coming before the one told keeps only its month ------------------------------


@pytest.mark.parametrize("text", [
    "2023年11月15日，中美两国元首在旧金山会晤。此前两国气候特使已发表联合声明。",
    "2023年11月15日，中美兩國元首在舊金山會晤。此前兩國氣候特使已發表聯合聲明。",
    "2023年11月15日，中美两国元首在旧金山会晤。在此之前，中美两国气候特使已发表联合声明。",
])
def test_an_act_told_before_the_one_told_keeps_its_month(text: str) -> None:
    statement = of_type(events(text), "AGREE")
    assert statement[0].date == "2023-11", summary(statement)


def test_a_count_back_still_dates_the_day() -> None:
    statement = of_type(events("2023年11月15日，中美两国元首在旧金山会晤。此前一天，中美两国气候特使发表联合声明。"), "AGREE")
    assert statement[0].date == "2023-11-14", summary(statement)
