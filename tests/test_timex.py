"""Time expressions: absolute, inherited, relative, ranges and decades, never inventing a year."""

from __future__ import annotations

import pytest

from latticework.timex import find_dates


def values(text: str, doc_date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.value_end) for t in find_dates(text, doc_date)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2023年8月18日", [("2023年8月18日", "2023-08-18", None)]),
        ("2023 年 1月", [("2023 年 1月", "2023-01", None)]),
        ("二〇二二年十一月", [("二〇二二年十一月", "2022-11", None)]),
        ("2023/4/12", [("2023/4/12", "2023-04-12", None)]),
        ("2022—2023年", [("2022—2023年", "2022", "2023")]),
        ("2021至2022年", [("2021至2022年", "2021", "2022")]),
        ("上世纪90年代", [("上世纪90年代", "1990", "1999")]),
        ("2023年3月6~7日", [("2023年3月6~7日", "2023-03-06", "2023-03-07")]),
    ],
)
def test_absolute_forms(text: str, expected) -> None:
    assert values(text) == expected


def test_months_and_days_inherit_the_year_stated_before_them() -> None:
    got = values("2023年9月，两国发表声明。11月15日至16日，领导人会议在旧金山举行。12月再次通话。")
    assert got[1:] == [("11月15日至16日", "2023-11-15", "2023-11-16"), ("12月", "2023-12", None)]


def test_relative_expressions_resolve_against_the_last_date() -> None:
    got = values("2022年11月13日双方会谈。同年12月签署协议。次月生效。次年3月又举行对话，当天发表公报。")
    assert [g[1] for g in got] == ["2022-11-13", "2022-12", "2023-01", "2023-03", None]


def test_document_date_anchors_today_words() -> None:
    assert values("今年2月，去年，本月", "2023-09-15") == [("今年2月", "2023-02", None), ("去年", "2022", None), ("本月", "2023-09", None)]


def test_no_year_anywhere_means_no_value() -> None:
    assert values("9月，外相访问乌克兰。") == [("9月", None, None)]
    assert values("当天，双方发表声明。") == [("当天", None, None)]


def test_a_day_is_never_invented() -> None:
    got = values("2023年12月，美韩举行对话，当天发表声明。")
    assert got[-1] == ("当天", None, None)


def test_a_bare_month_in_a_new_paragraph_takes_the_documents_year() -> None:
    from latticework.timex import TimeResolver

    r = TimeResolver("2023-12-13")
    first = r.find("两国于2022年10月底举行会谈，同年11月发表声明。")
    second = r.find("分析人士指出，此次访问距9月的访问仅三个月。")
    assert [t.value for t in first] == ["2022-10", "2022-11"]
    assert [t.value for t in second] == ["2023-09"]
    same_paragraph = TimeResolver("2023-12-13").find("2022年10月两国会谈。9月的那次访问更早。")
    assert same_paragraph[-1].value == "2022-09"  # within its own paragraph the stated year holds


def test_a_target_year_does_not_date_the_narrative() -> None:
    got = values("2021年4月，该国承诺到2030年实现减排目标。9月，两国举行对话。")
    assert got[-1] == ("9月", "2021-09", None)
    got = values("2021年4月，该国提出2060年前实现碳中和。9月，两国举行对话。")
    assert got[-1] == ("9月", "2021-09", None)
    got = values("2021年4月两国会谈。2022年，双方再次会谈。9月，两国举行对话。")
    assert got[-1] == ("9月", "2022-09", None)


def test_saved_anchors_keep_a_footnote_from_dating_the_body() -> None:
    from latticework.timex import TimeResolver

    r = TimeResolver()
    r.find("2023年5月，两国领导人会谈。")
    state = r.save()
    r.find("某某报道，2019年6月29日。")
    r.restore(state)
    got = r.find("7月，双方再次会谈。")
    assert got[0].value == "2023-07"


def test_a_bare_day_takes_the_month_of_the_last_date() -> None:
    text = "2024年4月10日电 首相9日抵达华盛顿，总统10日与其会谈，双方11日至12日出席峰会。"
    assert values(text)[1:] == [("9日", "2024-04-09", None), ("10日", "2024-04-10", None),
                                ("11日至12日", "2024-04-11", "2024-04-12")]
    # 同月/次月 + a day: the month they name
    assert values("2023年9月1日启动，次月3日结束。")[-1] == ("次月3日", "2023-10-03", None)  # one expression


def test_a_bare_day_is_not_a_duration_a_currency_or_an_ordinal() -> None:
    text = "2024年5月，协议规定30日内完成，为期10日，援助100日元，第2日再议。"
    assert [t for t, _, _ in values(text)] == ["2024年5月"]
    # and with no month stated anywhere it stays unresolved
    assert values("外长20日表示关切。") == [("20日", None, None)]


def test_weekdays_count_from_the_documents_date() -> None:
    # 2024-04-10 was a Wednesday
    got = values("拜登周二表示，双方上周五通话，并将于下周一启动谈判；外长周五将出访。", "2024-04-10")
    assert [(t, v) for t, v, _ in got] == [("周二", "2024-04-09"), ("上周五", "2024-04-05"),
                                           ("下周一", "2024-04-15"), ("周五", "2024-04-12")]
    # without the document's date no day is invented; 上周 + 日本 and 周年 are not weekdays
    assert values("拜登周二表示") == [("周二", None, None)]
    assert values("上周日本首相访问，纪念建交二十周年。", "2024-04-10") == []


def test_ranges_across_expressions_decades_in_four_digits_and_the_year_before_last() -> None:
    assert values("2022年11月至2023年1月") == [("2022年11月至2023年1月", "2022-11", "2023-01")]
    assert values("2024年1—6月") == [("2024年1—6月", "2024-01", "2024-06")]
    assert values("2020年代") == [("2020年代", "2020", "2029")]
    assert values("前年", "2024-04-10") == [("前年", "2022", None)]
    # two dates in a list are not a range, nor is a later date before an earlier one
    assert [v for _, v, _ in values("2023年5月，2024年6月")] == ["2023-05", "2024-06"]
    assert values("2024年6月至2023年1月")[0][2] is None


def test_centuries_written_with_digits_and_baseline_years() -> None:
    assert values("21世纪30年代末") == [("21世纪30年代末", "2030", "2039")]
    got = find_dates("2023年5月，日本承诺到2030年比2013年减排46%。同月，双方举行会谈。")
    assert [(t.text, t.target) for t in got][1:3] == [("2030年", True), ("2013年", True)]
    assert got[-1].value == "2023-05"  # a baseline year does not become the narrative's year


@pytest.mark.parametrize(
    "text,doc_date,expected",
    [
        ("民國112年8月18日三國會晤", None, [("民國112年8月18日", "2023-08-18", None)]),
        ("民国85年台海危机", None, [("民国85年", "1996", None)]),
        ("112年8月18日行政院通過", None, [("112年8月18日", "2023-08-18", None)]),
        ("该协定已有100年历史", None, []),
        ("外交部昨（9）日宣布，今(10)日起生效", "2024-05-10",
         [("昨（9）日", "2024-05-09", None), ("今(10)日", "2024-05-10", None)]),
        ("前天两国签署协议", "2024-05-10", [("前天", "2024-05-08", None)]),
        ("昨日兩國簽署協議", "2024-05-10", [("昨日", "2024-05-09", None)]),
    ],
)
def test_taiwan_calendar_and_news_days(text: str, doc_date, expected) -> None:
    assert values(text, doc_date) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2016年7月12日，仲裁庭裁决。三天后，中方表示。", "2016-07-15"),
        ("2016年7月12日，仲裁庭裁決。一週後，中方表示。", "2016-07-19"),
        ("2016年7月，仲裁庭裁决。两个月后，中方表示。", "2016-09"),
        ("2016年，仲裁庭裁决。两年后，中方表示。", "2018"),
        ("2016年，仲裁庭裁决。三天后，中方表示。", None),  # no day to count from: never invent one
    ],
)
def test_counted_from_the_last_date(text: str, expected) -> None:
    assert values(text)[-1][1] == expected


def test_a_year_heading_dates_the_entries_under_it_even_in_a_dated_document() -> None:
    """A chronicle published in December 2025 with sections 2023年 and 2024年: its bare-month
    entries belong to their section's year, not to the year of publication."""
    from latticework.timex import TimeResolver

    tr = TimeResolver("2025-12-15")
    got = []
    for block, heading in [("2023年", True), ("3月16日，韩日首脑在东京举行会谈。", False),
                           ("8月18日，三国领导人在戴维营会晤。", False), ("2024年大事", True),
                           ("6月19日，俄朝签署条约。", False), ("今年1月，双方再次会晤。", False)]:
        got += [t.value for t in tr.find(block, heading=heading) if t.value and not heading]
    assert got == ["2023-03-16", "2023-08-18", "2024-06-19", "2025-01"]


def test_a_heading_naming_a_starting_year_is_no_section_year() -> None:
    from latticework.timex import TimeResolver

    tr = TimeResolver("2025-12-15")
    tr.find("一、2022年以来的美日同盟", heading=True)
    assert [t.value for t in tr.find("3月，两国举行外长防长会谈。")] == ["2025-03"]


def test_year_lines_of_a_chronicle_date_its_entries_through_extraction(tmp_path) -> None:
    from latticework.events import extract_events
    from latticework.pipeline import process

    f = tmp_path / "chronicle.txt"
    f.write_text("東北亞紀事\n發布時間：2025年12月20日\n\n2023年\n3月16日，南韓總統尹錫悅訪問日本。\n"
                 "2024年\n6月19日，俄羅斯總統普丁訪問北韓。\n", encoding="utf-8")
    dates = sorted(e.date for e in extract_events(process(f)) if e.type == "CONSULT")
    assert dates == ["2023-03-16", "2024-06-19"]


def test_this_year_in_an_undated_text_is_not_a_year_told_paragraphs_before() -> None:
    from latticework.timex import TimeResolver

    tr = TimeResolver(None)
    tr.find("2018年，美国对中国商品加征关税，双方随后展开多轮谈判。")
    assert [t.value for t in tr.find("今年，两国再度就贸易问题展开磋商。")] == [None]
    same = TimeResolver(None).find("2019年6月，日本承诺今年向东盟提供援助。")
    assert [t.value for t in same] == ["2019-06", "2019"]
    sectioned = TimeResolver(None)
    sectioned.find("2024年", heading=True)
    assert [t.value for t in sectioned.find("日本承诺今年提供援助。")] == ["2024"]


@pytest.mark.parametrize("text, expected", [
    ("總統9日表示，他將於明年4月訪問北京。川普10日在社群平台揚言加徵關稅。", "2025-11-10"),
    ("总统9日表示，他预计下月5日出访欧洲。外交部10日就此回应。", "2025-11-10"),
    ("外长9日表示，两国拟在2027年3月签署协定。双方12日发表声明。", "2025-11-12"),
])
def test_a_plans_own_date_anchors_no_bare_day_after_it(text: str, expected: str) -> None:
    """将于明年4月… dates the plan only: the story goes on in the month told before it."""
    from latticework.timex import TimeResolver

    found = TimeResolver("2025-11-26").find(text)
    assert found[0].value == "2025-11-09"
    assert found[-1].value == expected


@pytest.mark.parametrize("text", [
    "峰会26日在吉隆坡开幕。东帝汶2011年提交申请，2022年11月获原则同意。当天，美国总统抵达吉隆坡。",
    "峰會26日在吉隆坡開幕。東帝汶2011年提交申請，2022年11月獲原則同意。同日，美國總統抵達吉隆坡。",
])
def test_the_same_day_after_a_background_date_is_the_story_day(text: str) -> None:
    """A background year or month told after the story's day (2011年申请，2022年11月获…) is no day
    that 当天/同日 could name: they go back to the last day told."""
    from latticework.timex import TimeResolver

    found = TimeResolver("2025-10-28").find(text)
    assert found[-1].value == "2025-10-26"
def test_a_day_after_a_month_word_is_a_day_of_that_month() -> None:
    from latticework.timex import TimeResolver

    tr = TimeResolver("2024-04-10")
    got = [(t.text, t.value) for t in tr.find("9日，双方磋商。上月23日，补给船遭拦截。本月7日，四国举行演习。")]
    assert got == [("9日", "2024-04-09"), ("上月23日", "2024-03-23"), ("本月7日", "2024-04-07")]
    tw = TimeResolver("2025-01-08")
    assert [t.value for t in tw.find("上个月 20日双方举行会谈。")] == ["2024-12-20"]  # (find reads the simplified view)


def test_a_year_inside_a_title_names_and_never_anchors() -> None:
    from latticework.timex import TimeResolver

    tr = TimeResolver(None)
    found = tr.find("2022年6月，五国启动“蓝色太平洋伙伴”倡议，依据《2050年蓝色太平洋大陆战略》开展合作，同年9月举行部长会议。")
    assert [(t.text, t.value, t.in_name) for t in found] == [
        ("2022年6月", "2022-06", False), ("2050年", "2050", True), ("同年9月", "2022-09", False)]
    got = TimeResolver(None).find("2023年，两国依据《2030年议程》扩大合作，同年11月举行峰会。")
    assert got[-1].value == "2023-11"


def test_press_today_and_the_day_before_yesterday_and_what_counts_from_them() -> None:
    # Hong Kong and Taiwan press: 今日 is the document's day, 前日 two days before it; 同日/次日
    # after them count from the day they name, not from the dateline
    got = values("兩國外長前日在河內會晤，同日簽署聯合聲明；代表團今日離開。", "2024-05-10")
    assert [(t, v) for t, v, _ in got] == [("前日", "2024-05-08"), ("同日", "2024-05-08"), ("今日", "2024-05-10")]
    got = values("两国防长前日举行会谈，次日发表声明。", "2024-05-10")
    assert [(t, v) for t, v, _ in got] == [("前日", "2024-05-08"), ("次日", "2024-05-09")]
    # not a date: 此前日本, 前日本首相, 时至今日, the channel 今日俄罗斯
    assert values("此前日本与前日本首相都表示，时至今日，今日俄罗斯报道称。", "2024-05-10") == []


def test_the_day_a_measure_takes_effect_anchors_nothing_after_it() -> None:
    from latticework.timex import TimeResolver

    tr = TimeResolver(None)
    tr.find("2023年7月，欧盟与新西兰签署自由贸易协定，协定于2024年5月1日生效。")
    assert [t.value for t in tr.find("同年10月，欧委会展开反补贴调查。")] == ["2023-10"]


@pytest.mark.parametrize("paras", [
    ["峰会26日在吉隆坡开幕。两国军队7月在边境冲突后，于7月28日达成停火。", "同日，美国与马来西亚签署协定。"],
    ["峰會26日在吉隆坡開幕。兩國軍隊7月在邊境衝突後，於7月28日達成停火。", "當天，美國與馬來西亞簽署協定。"],
])
def test_a_news_paragraph_opening_with_the_same_day_returns_to_the_story_day(paras) -> None:
    """A background date months before the story (7月28日) is no day a new paragraph's 同日 names."""
    from latticework.timex import TimeResolver

    from latticework.actors.gazetteer import simplify

    tr = TimeResolver("2025-10-28")
    tr.find(simplify(paras[0]))  # (the pipeline reads dates on the simplified view)
    assert tr.find(simplify(paras[1]))[0].value == "2025-10-26"


def test_the_same_day_in_a_chronicle_is_the_day_told_before() -> None:
    """No day of the story near the document's date: 同日 keeps the last day told."""
    from latticework.timex import TimeResolver

    tr = TimeResolver("2025-12-20")
    tr.find("2025年3月5日，两国外长会谈。")
    assert tr.find("同日，双方签署协定。")[0].value == "2025-03-05"


@pytest.mark.parametrize("text, value", [
    ("2023年2月30日", "2023-02"),
    ("2023年2月29日", "2023-02"),
    ("2024年2月29日", "2024-02-29"),
    ("2023年4月31日", "2023-04"),
    ("2023/2/30", "2023-02"),
])
def test_a_day_the_month_does_not_have_keeps_the_month_only(text, value) -> None:
    assert [t.value for t in find_dates(text)] == [value]


@pytest.mark.parametrize("text, values", [
    ("2024年11月16日，两国元首会晤。前一日，两国外长会谈。", ["2024-11-16", "2024-11-15"]),
    ("2024年11月16日，兩國元首會晤。前一日，兩國外長會談。", ["2024-11-16", "2024-11-15"]),
    ("2024年11月16日，两国元首会晤。后一天，两国外长会谈。", ["2024-11-16", "2024-11-17"]),
])
def test_the_day_before_and_after_in_either_form(text, values) -> None:
    assert [t.value for t in find_dates(text)] == values
