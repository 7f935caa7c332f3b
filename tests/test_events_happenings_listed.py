"""Several happenings of one type told in one sentence (multi11): a list of partners each dated
in brackets, a run of dates paired with the acts or objects told 先后, a visit named after an
attendance. Sentences written for these tests, in simplified and traditional script, over the
full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- partners listed with 以及, each dated in brackets ------------------------------------------


@pytest.mark.parametrize("text", [
    "近年来，印尼先后与日本（2021年3月）、澳大利亚（2022年6月）以及韩国（2023年9月）建立全面战略伙伴关系。",
    "近年來，印尼先後與日本（2021年3月）、澳大利亞（2022年6月）以及韓國（2023年9月）建立全面戰略夥伴關係。",
    "印尼分别同日本（2021年3月）、澳大利亚（2022年6月）以及韩国（2023年9月）签署了防务合作协定。",
])
def test_partners_listed_with_yiji_each_take_their_bracketed_date(text) -> None:
    evs = [e for e in events(text) if e.type in ("ALIGN", "AGREE")]
    got = sorted((keys(e.actors), e.date) for e in evs)
    assert got == [(["AUS", "IDN"], "2022-06"), (["IDN", "JPN"], "2021-03"), (["IDN", "KOR"], "2023-09")], summary(evs)


@pytest.mark.parametrize("text", [
    "菲律宾先后与日本（2023年2月）、法国和德国（2024年5月、7月）建立战略伙伴关系。",
    "菲律賓先後與日本（2023年2月）、法國和德國（2024年5月、7月）建立戰略夥伴關係。",
    "菲律宾先后与日本（2023年2月）、法国及德国（2024年5月和7月）建立战略伙伴关系。",
])
def test_a_bracket_of_two_dates_after_two_partners_goes_one_to_one(text) -> None:
    evs = of_type(events(text), "ALIGN")
    got = sorted((keys(e.actors), e.date) for e in evs)
    assert got == [(["DEU", "PHL"], "2024-07"), (["FRA", "PHL"], "2024-05"), (["JPN", "PHL"], "2023-02")], summary(evs)


def test_a_bracket_of_two_dates_after_one_partner_keeps_the_first() -> None:
    evs = of_type(events("菲律宾先后与日本（2023年2月、3月）、法国（2024年5月）建立战略伙伴关系。"), "ALIGN")
    got = sorted((keys(e.actors), e.date) for e in evs)
    assert got == [(["FRA", "PHL"], "2024-05"), (["JPN", "PHL"], "2023-02")], summary(evs)


# --- a run of dates before 先后 and as many acts after it go one to one --------------------------


@pytest.mark.parametrize("text", [
    "2021年11月、12月，美国先后以人权为由制裁两名缅甸军官，并对缅甸实施武器禁运。",
    "2021年11月和12月，美國先後制裁兩名緬甸軍官，並對緬甸實施武器禁運。",
    "2021年11月及12月，美国相继宣布制裁两名缅甸军官，又对缅甸实施武器禁运。",
])
def test_two_measures_after_two_dates_take_one_date_each(text) -> None:
    evs = of_type(events(text), "SANCTION")
    assert sorted(e.date for e in evs) == ["2021-11", "2021-12"], summary(evs)
    assert all(keys(e.actors) == ["USA"] and keys(e.recipients) == ["MMR"] for e in evs), summary(evs)


def test_acts_of_two_types_in_turn_take_one_date_each() -> None:
    evs = events("2021年3月和5月，中国先后与伊朗签署合作协议，并与叙利亚举行会谈。")
    assert [e.date for e in of_type(evs, "AGREE")] == ["2021-03"], summary(evs)
    assert [e.date for e in of_type(evs, "CONSULT")] == ["2021-05"], summary(evs)


def test_no_pairing_without_acts_in_turn_of_one_party() -> None:
    """The dates count the rounds of talks; the agreement after them is not paired with the first."""
    evs = events("2021年3月和5月，中国与伊朗先后举行两轮会谈，并签署合作协议。")
    assert "2021-03" not in [e.date for e in evs if e.type != "CONSULT"], summary(evs)


def test_another_partys_reaction_is_no_act_in_turn() -> None:
    """先后制裁两名缅甸军官: one sanction at each date (lead19: one act repeated, no list of items to pair the
    dates with); the reaction in the clause after them (中方对此表示强烈反对) is not copied to each date."""
    evs = events("2021年11月、12月，美国先后制裁两名缅甸军官，中方对此表示强烈反对。")
    assert sorted(e.date for e in of_type(evs, "SANCTION")) == ["2021-11", "2021-12"], summary(evs)
    assert "2021-11" not in [e.date for e in of_type(evs, "ACCUSE")], summary(evs)


# --- a ；-item with only a time and an adverb before its directed verb keeps the subject ---------


@pytest.mark.parametrize("text, second, date", [
    ("印尼总统佐科2022年7月访问中国；2023年5月又访问日本。", "JPN", "2023-05"),
    ("印尼總統佐科2022年7月訪問中國；翌年再度訪問日本。", "JPN", "2023"),
    ("印尼总统佐科2022年7月访问中国；同年9月还访问了越南。", "VNM", "2022-09"),
])
def test_a_second_visit_in_the_next_item_has_the_same_visitor(text, second, date) -> None:
    visits = of_type(events(text), "CONSULT")
    got = sorted((keys(e.actors), keys(e.recipients), e.date) for e in visits)
    assert got == sorted([(["IDN"], ["CHN"], "2022-07"), (["IDN"], [second], date)]), summary(visits)


def test_a_second_sanction_in_the_next_item_has_the_same_actor() -> None:
    evs = of_type(events("美国2019年宣布制裁伊朗；2020年又制裁叙利亚。"), "SANCTION")
    got = sorted((keys(e.actors), keys(e.recipients), e.date) for e in evs)
    assert got == [(["USA"], ["IRN"], "2019"), (["USA"], ["SYR"], "2020")], summary(evs)


def test_an_item_with_a_subject_of_its_own_keeps_it() -> None:
    visits = of_type(events("印尼总统佐科2022年7月访问中国；2023年5月日本首相访问印尼。"), "CONSULT")
    got = sorted((keys(e.actors), keys(e.recipients)) for e in visits)
    assert got == [(["IDN"], ["CHN"]), (["JPN"], ["IDN"])], summary(visits)


# --- an attendance abroad restated as a visit of the host -----------------------------------------


@pytest.mark.parametrize("text, host", [
    ("2024年10月10日，印度总理莫迪赴万象出席东亚峰会，这是他五年来首次访问老挝。", "LAO"),
    ("2024年10月10日，印度總理莫迪赴北京出席上海合作組織峰會，這是他五年來首次訪華。", "CHN"),
    ("2024年10月10日，印度总理莫迪前往东京出席东亚峰会，此行是他就任后第三次访日。", "JPN"),
    ("2024年10月10日，印度总理莫迪抵达河内出席东亚峰会，这也是他首次访问越南。", "VNM"),
])
def test_an_attendance_named_a_visit_is_also_a_visit(text, host) -> None:
    consult = of_type(events(text), "CONSULT")
    visits = [e for e in consult if e.recipients]
    attendances = [e for e in consult if not e.recipients]
    assert [(keys(e.actors), keys(e.recipients), e.date) for e in visits] == [(["IND"], [host], "2024-10-10")], summary(consult)
    assert len(attendances) == 1 and "IND" in keys(attendances[0].actors), summary(consult)


def test_a_visit_restated_by_its_count_stays_one_visit() -> None:
    consult = of_type(events("2024年10月10日，印度总理莫迪访问老挝并出席东亚峰会，这是他五年来首次访问老挝。"), "CONSULT")
    assert len([e for e in consult if e.recipients]) == 1, summary(consult)


# --- negotiations launched during a visit are a CONSULT of their own ----------------------------


@pytest.mark.parametrize("text", [
    "2024年7月8日，新西兰总理抵达马尼拉进行正式访问，两国宣布启动《访问部队地位协定》谈判。",
    "2024年7月8日，紐西蘭總理抵達馬尼拉進行正式訪問，兩國並宣布啟動《訪問部隊地位協定》談判。",
    "2024年7月8日，新西兰总理访问菲律宾，双方正式启动自由贸易协定谈判。",
])
def test_negotiations_launched_during_a_visit_stay_apart(text) -> None:
    consult = of_type(events(text), "CONSULT")
    visits = [e for e in consult if e.recipients]
    talks = [e for e in consult if not e.recipients]
    assert [(keys(e.actors), keys(e.recipients)) for e in visits] == [(["NZL"], ["PHL"])], summary(consult)
    assert [keys(e.actors) for e in talks] == [["NZL", "PHL"]], summary(consult)
    assert talks[0].date == "2024-07-08"


def test_negotiations_launched_with_a_bracketed_short_name() -> None:
    consult = of_type(events("2012年11月20日，东盟与中国宣布启动《区域全面经济伙伴关系》（RCEP）谈判。"), "CONSULT")
    assert [keys(e.actors) for e in consult] == [["CHN", "asean"]], summary(consult)


def test_a_launch_by_one_visitor_has_no_host_as_partner() -> None:
    consult = [e for e in events("2022年5月23日，拜登在访问日本时宣布启动印太经济框架谈判。") if e.type == "CONSULT"]
    assert not [e for e in consult if not e.recipients], summary(consult)


def test_a_fund_launched_stays_a_founding() -> None:
    evs = events("2012年11月20日，东盟与中国宣布启动合作基金。")
    assert [e.type for e in evs] == ["ESTABLISH"], summary(evs)


# --- meetings on the sidelines of an attendance or a visit, told after 期间， -------------------


@pytest.mark.parametrize("text, met", [
    ("2023年11月，拜登出席亚太经合组织领导人非正式会议期间，会见了日本首相岸田文雄。", [["JPN", "USA"]]),
    ("2023年11月，拜登出席亚太经合组织领导人非正式会议期间，分别会见了日本首相岸田文雄和印度尼西亚总统佐科。",
     [["IDN", "USA"], ["JPN", "USA"]]),
    ("2023年11月，拜登出席亞太經合組織領導人非正式會議期間，分別會見了日本首相岸田文雄和印尼總統佐科。",
     [["IDN", "USA"], ["JPN", "USA"]]),
])
def test_meetings_after_an_attendance_frame_have_the_attendee(text, met) -> None:
    consult = of_type(events(text), "CONSULT")
    meetings = sorted(keys(e.actors) for e in consult if "apec" not in keys(e.actors))
    assert meetings == met, summary(consult)


@pytest.mark.parametrize("text", [
    "2024年8月，李强访问越南期间，分别会见越南国家主席和老挝总理。",
    "2024年8月，李强访问越南，期间分别会见越南国家主席和老挝总理。",
    "2024年8月，李强訪問越南期間，分別會見越南國家主席和寮國總理。",
])
def test_meetings_during_a_visit_with_another_state_are_their_own(text) -> None:
    consult = of_type(events(text), "CONSULT")
    got = sorted((keys(e.actors), keys(e.recipients)) for e in consult)
    assert got == [(["CHN"], ["VNM"]), (["CHN", "LAO"], [])], summary(consult)


# --- rounds of one mechanism listed by their ordinals, one date each ----------------------------


@pytest.mark.parametrize("text, dates", [
    ("2023年3月和9月，中日两国分别举行第二轮和第三轮海洋事务高级别磋商。", ["2023-03", "2023-09"]),
    ("2023年3月和9月，中國與日本分別舉行第二輪和第三輪海洋事務高級別磋商。", ["2023-03", "2023-09"]),
    ("中国与东盟于2022年5月、8月和11月先后举行第20次、第21次和第22次联合工作组会议。", ["2022-05", "2022-08", "2022-11"]),
])
def test_rounds_listed_by_ordinal_are_one_meeting_per_date(text, dates) -> None:
    consult = of_type(events(text), "CONSULT")
    assert sorted(e.date for e in consult) == dates, summary(consult)



# --- the earlier act of a 继…之后 frame is the main subject's own, at its own date -----------------


@pytest.mark.parametrize("text, etype, parties", [
    ("继2019年6月访问日本之后，印度总理莫迪2023年5月再次访问日本。", "CONSULT", (["IND"], ["JPN"])),
    ("繼2019年6月訪問日本之後，印度總理莫迪2023年5月再度訪問日本。", "CONSULT", (["IND"], ["JPN"])),
    ("继2019年6月对伊朗实施制裁以后，美国2023年5月再次制裁伊朗。", "SANCTION", (["USA"], ["IRN"])),
    ("继2019年6月与菲律宾签署协定之后，日本2023年5月又与菲律宾签署《互惠准入协定》。", "AGREE", (["JPN", "PHL"], [])),
])
def test_the_act_a_main_clause_follows_is_its_subjects_own(text, etype, parties) -> None:
    evs = of_type(events(text), etype)
    got = sorted((e.date, keys(e.actors), keys(e.recipients)) for e in evs)
    assert got == [("2019-06", *parties), ("2023-05", *parties)], summary(evs)


def test_a_followed_act_with_its_own_party_keeps_it() -> None:
    visits = of_type(events("继美国总统2023年2月访问基辅之后，日本首相岸田文雄3月访问基辅。"), "CONSULT")
    got = sorted((e.date, keys(e.actors)) for e in visits)
    assert got == [("2023-02", ["USA"]), ("2023-03", ["JPN"])], summary(visits)


# --- a white-list status given back in return is a second easing -------------------------------


@pytest.mark.parametrize("text", [
    "韩国于2023年4月将日本重新列入出口“白名单”，日本亦于7月恢复了韩国的“白名单”待遇。",
    "韓國於2023年4月將日本重新列入出口「白色名單」，日本亦於7月恢復了韓國的「白色名單」待遇。",
    "韩国于2023年4月将日本重新列入出口白名单，同年7月日本也恢复韩国的白色清单地位。",
])
def test_a_white_list_restored_in_return_is_its_own_policy(text) -> None:
    evs = of_type(events(text), "POLICY")
    got = sorted((keys(e.actors), keys(e.recipients), e.date) for e in evs)
    assert got == [(["JPN"], ["KOR"], "2023-07"), (["KOR"], ["JPN"], "2023-04")], summary(evs)


def test_sanctions_resumed_stay_a_sanction() -> None:
    evs = events("2023年7月，美国恢复了对伊朗的制裁。")
    assert [e.type for e in evs] == ["SANCTION"], summary(evs)


# --- a tariff, then its rate raised: two measures at the same target ----------------------------


@pytest.mark.parametrize("text", [
    "2018年9月，美国对中国商品加征10%关税，2019年5月又将税率提高至25%。",
    "2018年9月，美國對中國商品加徵10%關稅，2019年5月又將稅率提高至25%。",
    "2018年9月，美国对中国商品加征10%关税，次年5月再把关税上调至25%。",
])
def test_a_rate_raised_after_a_tariff_is_a_second_measure_at_its_target(text) -> None:
    evs = of_type(events(text), "SANCTION")
    got = sorted((e.date, keys(e.actors), keys(e.recipients), e.modality) for e in evs)
    assert got == [("2018-09", ["USA"], ["CHN"], "asserted"), ("2019-05", ["USA"], ["CHN"], "asserted")], summary(evs)


# --- 分别/先后 before a run of dates still reaches the verb -------------------------------------


@pytest.mark.parametrize("text, dates", [
    ("芬兰和瑞典分别于2023年4月和2024年3月加入北约。", ("2023-04", "2024-03")),
    ("芬蘭和瑞典分別於2023年4月和2024年3月加入北約。", ("2023-04", "2024-03")),
    ("芬兰、瑞典先后于2023年4月4日和2024年3月7日正式加入北约。", ("2023-04-04", "2024-03-07")),
])
def test_joiners_in_turn_at_a_run_of_dates_join_each_at_theirs(text, dates) -> None:
    joins = of_type(events(text), "JOIN")
    got = sorted((keys(e.actors), e.date) for e in joins)
    assert got == [(["FIN"], dates[0]), (["SWE"], dates[1])], summary(joins)


# --- bodies founded in turn: one founding each, dated one to one --------------------------------


@pytest.mark.parametrize("text", [
    "中国于2014年和2015年先后设立丝路基金和亚洲基础设施投资银行。",
    "2014年和2015年，中國先後設立絲路基金與亞洲基礎設施投資銀行。",
])
def test_bodies_founded_in_turn_are_founded_each_at_its_date(text) -> None:
    evs = of_type(events(text), "ESTABLISH")
    got = sorted((e.date, (e.object or {}).get("id")) for e in evs)
    assert got == [("2014", "silk-road-fund"), ("2015", "aiib")], summary(evs)


def test_standing_meetings_founded_in_turn_are_foundings() -> None:
    evs = of_type(events("东盟于2006年和2010年先后建立东盟防长会议与东盟防长扩大会议。"), "ESTABLISH")
    assert sorted((e.date, keys(e.actors)) for e in evs) == [("2006", ["asean"]), ("2010", ["asean"])], summary(evs)


def test_a_summit_convened_is_no_founding() -> None:
    evs = events("2021年12月，美国发起首届民主峰会。")
    assert not [e for e in evs if e.type == "ESTABLISH"], summary(evs)
