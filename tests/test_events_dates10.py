"""Dates of events told as coming at an open later time (the dates10 round): 此后 and 后来 state no
date, unlike 随后/此后不久, which keep the month of the act before. Every sentence was written for
these tests, in simplified and traditional script, and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


@pytest.mark.parametrize("text", [
    "2021年11月3日，韩国政府通过新版《国防白皮书》。此后，韩国进一步放宽武器出口限制。",
    "2021年11月3日，韓國政府通過新版《國防白皮書》。此後，韓國進一步放寬武器出口限制。",
    "2021年11月3日，韩国政府通过新版《国防白皮书》。后来，韩国进一步放宽武器出口限制。",
])
def test_an_act_told_from_then_on_takes_no_date_of_the_paragraph(text: str) -> None:
    # (the loosening is read by 放宽 since absent13, by 出口限制 before)
    got = [e for e in of_type(events(text), "POLICY") if any(w in e.trigger for w in ("出口", "限制", "放宽", "放寬"))]
    assert got and all(e.date is None for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "亚洲开发银行于1966年成立，此后，蒙古、越南和柬埔寨先后成为该行成员。",
    "亞洲開發銀行於1966年成立，此後，蒙古、越南和柬埔寨先後成為該行成員。",
])
def test_members_joining_from_then_on_are_not_dated_by_the_founding(text: str) -> None:
    joins = of_type(events(text), "JOIN")
    assert joins and all(e.date is None for e in joins), summary(joins)


@pytest.mark.parametrize("text", [
    "2023年4月，美韩两国领导人在华盛顿会晤。此后美日韩三国领导人在戴维营举行峰会。",
    "2023年4月，美韓兩國領導人在華盛頓會晤。此後美日韓三國領導人在大衛營舉行峰會。",
])
def test_a_summit_held_from_then_on_is_not_of_the_month_before(text: str) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if "JPN" in keys(e.actors)]
    assert got and all(e.date is None for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年7月，两国外长在雅加达会晤。印度此后在二十国集团峰会上力推数字议程。",
    "2023年7月，兩國外長在雅加達會晤。印度此後在二十國集團峰會上力推數位議程。",
])
def test_a_gathering_framing_a_later_act_is_not_of_the_month_before(text: str) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if "g20" in keys(e.actors)]
    assert got and all(e.date is None for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年9月4日，日本与菲律宾签署合作协定；此后不久，日本与菲律宾海军举行联合演习。",
    "2023年9月4日，日本與菲律賓簽署合作協定；此後不久，日本與菲律賓海軍舉行聯合演習。",
])
def test_soon_after_keeps_the_month(text: str) -> None:
    got = of_type(events(text), "COOPERATE")
    assert got and got[0].date == "2023-09", summary(got)


@pytest.mark.parametrize("text", [
    "2020年，越南与新加坡建立战略伙伴关系；此后越南与新加坡于2022年5月签署自贸协定。",
    "2020年，越南與新加坡建立戰略夥伴關係；此後越南與新加坡於2022年5月簽署自貿協定。",
])
def test_a_date_after_from_then_on_is_the_acts_own(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert got and got[0].date == "2022-05", summary(got)


# --- an act told as following someone's taking office: the date is the inauguration's ------------


@pytest.mark.parametrize("text", [
    "被视为亲西方的韩国新总统去年5月就任后，首次出访即选择日本。",
    "被視為親西方的韓國新總統去年5月就任後，首次出訪即選擇日本。",
    "新加坡总理于2024年5月就职后，首度出访即选择文莱。",
    "新加坡總理於2024年5月上任以來，首度出訪即選擇汶萊。",
])
def test_a_first_trip_after_taking_office_is_not_of_its_month(text: str) -> None:
    visits = of_type(events(text, doc_date="2025-03-01"), "CONSULT")
    assert visits and all(v.date is None for v in visits), summary(visits)


@pytest.mark.parametrize("text", [
    "2022年5月，印太框架在东京启动；然而美国总统2025年再度执政后退出多项多边承诺。",
    "2022年5月，印太框架在東京啟動；然而美國總統2025年再度執政後退出多項多邊承諾。",
])
def test_an_act_after_taking_office_takes_no_earlier_date_either(text: str) -> None:
    leaves = of_type(events(text), "LEAVE")
    assert leaves and all(v.date is None for v in leaves), summary(leaves)


@pytest.mark.parametrize("text", [
    "2022年11月，德国总理就任后首次访华。",
    "2022年11月，德國總理就任後首次訪華。",
])
def test_a_frame_date_before_the_taking_of_office_is_the_acts(text: str) -> None:
    visits = of_type(events(text), "CONSULT")
    assert visits and visits[0].date == "2022-11", summary(visits)


@pytest.mark.parametrize("text", [
    "越南领导人2024年上任后，河内延续平衡路线，并于2025年6月成为金砖国家的伙伴国。",
    "越南領導人2024年上任後，河內延續平衡路線，並於2025年6月成為金磚國家的夥伴國。",
])
def test_an_act_with_a_date_of_its_own_after_taking_office_keeps_it(text: str) -> None:
    joins = of_type(events(text), "JOIN")
    assert joins and joins[0].date == "2025-06", summary(joins)


# --- two gatherings of one body attended on two coordinated dates -------------------------------


@pytest.mark.parametrize("text", [
    "2021年3月和6月，韩国外长与总统先后参加北约外长会议和北约首脑峰会。",
    "2021年3月和6月，韓國外長與總統先後參加北約外長會議和北約首腦峰會。",
    "2021年3月和6月，韩国外长与总统先后受邀参加北约外长与首脑会议。",
    "韓國外長與總統分別於2021年3月和6月參加北約外長與首腦會議。",
])
def test_each_gathering_of_one_body_takes_its_own_date(text: str) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if "nato" in keys(e.actors)]
    assert sorted(e.date for e in got) == ["2021-03", "2021-06"], summary(got)


@pytest.mark.parametrize("text", [
    "2023年5月和7月，韩国总统先后出席七国集团峰会和北约峰会。",
    "2023年5月和7月，韓國總統先後出席七國集團峰會和北約峰會。",
])
def test_gatherings_of_two_bodies_stay_one_attendance_each(text: str) -> None:
    got = of_type(events(text), "CONSULT")
    assert sorted((e.date, tuple(keys(e.actors))) for e in got) == [
        ("2023-05", ("KOR", "g7")), ("2023-07", ("KOR", "nato"))], summary(got)


@pytest.mark.parametrize("text", [
    "2021年6月，韩国总统先后参加北约外长会议和北约首脑峰会。",
    "2021年6月，韓國總統先後參加北約外長會議和北約首腦峰會。",
])
def test_one_date_for_two_gatherings_makes_no_copy(text: str) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if "nato" in keys(e.actors)]
    assert [e.date for e in got] == ["2021-06"], summary(got)


# --- an investment plan is a pledge: planned, with no date of the announcement -------------------


@pytest.mark.parametrize("text", [
    "2022年5月，拜登访问韩国。此行期间，现代汽车再次确认了至少100亿美元的赴美投资计划。",
    "2022年5月，拜登訪問韓國。此行期間，現代汽車再次確認了至少100億美元的赴美投資計劃。",
    "2024年2月，丰田汽车宣布了总额50亿美元的对印度尼西亚投资计划。",
])
def test_an_investment_plan_is_planned_and_undated(text: str) -> None:
    aid = of_type(events(text), "AID")
    assert aid and all(a.modality == "planned" and a.date is None for a in aid), summary(aid)


@pytest.mark.parametrize("text", [
    "2023年3月，日本企业宣布向越南投资50亿美元。",
    "2023年3月，日本企業宣布向越南投資50億美元。",
])
def test_an_investment_announced_stays_asserted(text: str) -> None:
    aid = of_type(events(text), "AID")
    assert aid and aid[0].modality == "asserted" and aid[0].date == "2023-03", summary(aid)


# --- a plan's own date in an earlier clause does not date an act told as done -------------------


@pytest.mark.parametrize("text", [
    "2024年4月11日，美日菲三国领导人在白宫会晤，同意今年稍后在南海举行联合海上演习，并成立“吕宋经济走廊”。",
    "2024年4月11日，美日菲三國領導人在白宮會晤，同意今年稍後在南海舉行聯合海上演習，並成立「呂宋經濟走廊」。",
    "2024年4月11日，美日菲三国领导人在白宫会晤，宣布将于2025年举行联合演习，并成立了“吕宋经济走廊”。",
])
def test_a_founding_after_a_planned_drill_keeps_the_meetings_day(text: str) -> None:
    got = of_type(events(text), "ESTABLISH")
    assert got and got[0].date == "2024-04-11", summary(got)


# --- a visit named as the frame of an act dated by the sentence's frame: its month --------------


@pytest.mark.parametrize("text", [
    "2022年5月23日，美国总统在访问日本时宣布启动新的经济框架。",
    "2022年5月23日，美國總統在訪問日本時宣布啟動新的經濟框架。",
    "2022年5月23日，美国总统访问日本期间宣布启动新的经济框架。",
    "2022年5月23日，美國總統訪問日本之際宣布啟動新的經濟框架。",
])
def test_a_visit_framing_a_dated_announcement_is_of_its_month(text: str) -> None:
    visits = [e for e in of_type(events(text), "CONSULT") if "JPN" in keys(e.recipients)]
    assert visits and visits[0].date == "2022-05", summary(visits)


@pytest.mark.parametrize("text", [
    "2023年\n4月26日　韩国总统对美国进行国事访问期间，美韩发表联合声明。\n",
    "2023年\n4月26日　韓國總統對美國進行國事訪問期間，美韓發表聯合聲明。\n",
])
def test_a_chronicle_day_dates_the_act_not_the_visit_framing_it(text: str) -> None:
    visits = [e for e in of_type(events(text), "CONSULT") if "USA" in keys(e.recipients)]
    assert visits and visits[0].date == "2023-04", summary(visits)


@pytest.mark.parametrize("text", [
    "美国防长2023年2月2日访问马尼拉期间，美菲两国宣布扩大防务合作。",
    "美國防長2023年2月2日訪問馬尼拉期間，美菲兩國宣布擴大防務合作。",
])
def test_a_date_told_right_before_the_visit_is_its_own(text: str) -> None:
    visits = [e for e in of_type(events(text), "CONSULT") if "PHL" in keys(e.recipients)]
    assert visits and visits[0].date == "2023-02-02", summary(visits)


@pytest.mark.parametrize("text", [
    "2023年5月，越南在区域合作中后来居上，与日本签署自由贸易协定。",
    "2023年5月，越南在區域合作中後來居上，與日本簽署自由貿易協定。",
])
def test_a_latecomer_overtaking_is_no_later_time(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert got and got[0].date == "2023-05", summary(got)


@pytest.mark.parametrize("text", [
    "2024年1月执政党大选后，台湾与美国签署贸易协定。",
    "2024年1月執政黨大選後，台灣與美國簽署貿易協定。",
])
def test_a_ruling_party_is_no_taking_of_office(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert got and got[0].date == "2024-01", summary(got)
