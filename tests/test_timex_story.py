"""Which date a story stands at: bare days after a background paragraph, chronicle day lines after a
background year, year and month words that anchor, counts told in apposition, weekends, and dates
of later clauses (read off the dates7 dev texts da-*; invented sentences in both scripts)."""

from __future__ import annotations

from latticework.timex import TimeResolver, find_dates
from event_helpers import file_events


def _events(tmp_path, text: str, name: str = "doc.txt"):
    return file_events(tmp_path, text, name)


def _dates(tmp_path, text: str, etype: str, name: str = "doc.txt") -> list[str | None]:
    return [e.date for e in _events(tmp_path, text, name) if e.type == etype]


def test_a_bare_day_after_a_background_paragraph_is_of_the_storys_month(tmp_path) -> None:
    """新华社…3月8日电 … 2019年5月，…曾… ¶ 6日，…: the 6th of the dateline's month, not of May 2019."""
    for name, text in {
        "cn.txt": "越柬领导人会见\n新华社河内2024年3月8日电 越南总理8日在河内会见老挝总理。2019年5月，两国曾签署边界协定。\n"
                  "6日，越南国家主席在河内会见柬埔寨首相。\n",
        "tw.txt": "越柬領導人會見\n新華社河內2024年3月8日電 越南總理8日在河內會見寮國總理。2019年5月，兩國曾簽署邊界協定。\n"
                  "6日，越南國家主席在河內會見柬埔寨首相。\n",
    }.items():
        assert sorted(d for d in _dates(tmp_path, text, "CONSULT", name) if d) == ["2024-03-06", "2024-03-08"], name


def test_a_bare_day_after_the_day_of_the_month_before_stays_in_that_month() -> None:
    r = TimeResolver("2024-11-02")
    r.find("10月28日，两国外长举行会谈。")
    assert [t.value for t in r.find("30日，双方发表联合声明。")] == ["2024-10-30"]
    r = TimeResolver("2024-11-16")
    r.find("上月，两国领导人会晤。")
    assert [t.value for t in r.find("按照日程，他将于17日离开。")] == ["2024-11-17"]  # a month word is no day told


def test_a_chronicle_day_line_is_of_its_entry_month_not_of_a_background_year(tmp_path) -> None:
    for name, text in {
        "cn.txt": "大事记\n2024年\n三月\n7日　芬兰总统访问瑞典。两国于2021年6月签署防务协定。\n19日　美国国务卿访问菲律宾。\n",
        "tw.txt": "大事紀\n2024年\n三月\n7日　芬蘭總統訪問瑞典。兩國於2021年6月簽署防務協定。\n19日　美國國務卿訪問菲律賓。\n",
    }.items():
        got = {(e.type, e.date) for e in _events(tmp_path, text, name)}
        assert ("CONSULT", "2024-03-19") in got and ("AGREE", "2021-06") in got, name


def test_last_year_in_an_undated_chronicle_is_the_year_before_its_section() -> None:
    r = TimeResolver()
    r.find("2024年", heading=True)
    assert [t.value for t in r.find("瑞典正式加入北约，芬兰已于去年4月加入。")] == ["2023-04"]
    assert [t.value for t in TimeResolver().find("芬兰已于去年4月加入。")] == [None]  # never invented


def test_a_month_word_is_what_the_same_month_after_it_names() -> None:
    got = [t.value for t in find_dates("拜登下月将赴新德里出席峰会，并于同月访问越南。", "2023-08-19")]
    assert got == ["2023-09", "2023-09"]


def test_a_count_in_apposition_restates_the_date_before_it() -> None:
    """早在5月23日，也就是就职三天后: not three days after the 23rd."""
    for text in ("早在5月23日，也就是总统就职三天后，军方展开演习。", "早在5月23日，亦即總統就職三天後，軍方展開演習。"):
        got = [(t.text, t.value) for t in find_dates(text, "2024-10-15") if t.value]
        assert got == [("5月23日", "2024-05-23")], text
    assert [t.value for t in find_dates("5月20日双方会谈，三天后签署协议。", "2024-10-15")] == ["2024-05-20", "2024-05-23"]


def test_last_and_this_weekend_are_their_saturday_and_sunday() -> None:
    assert [(t.value, t.value_end) for t in find_dates("双方团队上周末在吉隆坡举行磋商。", "2025-10-30")] == [("2025-10-25", "2025-10-26")]
    assert [(t.value, t.value_end) for t in find_dates("雙方團隊上週末在吉隆坡舉行磋商。", "2025-10-30")] == [("2025-10-25", "2025-10-26")]
    assert [(t.value, t.value_end) for t in find_dates("雙方將於本週末舉行會談。", "2025-10-30")] == [("2025-11-01", "2025-11-02")]
    assert [t.value for t in find_dates("周末两国外长通话。", "2025-10-30")] == []  # which weekend is not said


def test_a_year_word_is_the_year_of_the_bare_months_after_it() -> None:
    assert [t.value for t in find_dates("回顾去年，总统11月30日至12月6日出访。", "2025-04-29")] == ["2024", "2024-11-30"]
    assert [t.value for t in find_dates("回顧去年，總統11月30日出訪。", "2025-04-29")] == ["2024", "2024-11-30"]
    # the baseline of a comparison is no year the story moves to
    assert [t.value for t in find_dates("出口比去年增长5%。11月，两国签署协定。", "2025-12-01")] == ["2024", "2025-11"]


def test_a_date_with_bing_yu_before_the_partner_keeps_the_subject(tmp_path) -> None:
    """A与B断交，并于5月26日与C复交: A's act with C, on its own day."""
    for name, text in {
        "cn.txt": "非洲\n2018年5月，布基纳法索与台湾当局断交，并于5月26日与中国复交。\n",
        "tw.txt": "非洲\n2021年12月，尼加拉瓜與台灣斷交，並於12月10日與中國復交。\n",
    }.items():
        got = [(sorted(p.id for p in e.actors), e.date) for e in _events(tmp_path, text, name) if e.label in ("建交", "复交")]
        assert got and got[0][0] == sorted(["CHN", "BFA" if name == "cn.txt" else "NIC"]), name
        assert got[0][1] == ("2018-05-26" if name == "cn.txt" else "2021-12-10"), name


def test_a_date_of_a_later_clause_does_not_date_the_act_before_it(tmp_path) -> None:
    """…启动倡议，并计划于2025年开展…: the launch is not in 2025; …批评…，B次日予以反驳: the criticism is
    on the story's day, not the next."""
    for name, text in {
        "cn.txt": "四国峰会\n2024年9月21日，美日澳印四国领导人峰会在威尔明顿举行。四国领导人宣布启动海事培训倡议，并计划于2025年首次开展联合观察任务。\n",
        "tw.txt": "四國峰會\n2024年9月21日，美日澳印四國領導人峰會在威爾明頓舉行。四國領導人宣布啟動海事培訓倡議，並計劃於2025年首次開展聯合觀察任務。\n",
    }.items():
        assert _dates(tmp_path, text, "ESTABLISH", name) == ["2024-09-21"], name


def test_an_act_told_after_the_documents_date_is_planned_and_dated_by_its_gathering(tmp_path) -> None:
    """A wire of 16 November: 将于17日离开…，前往…出席18日至19日举行的峰会 — the 将 covers the second
    clause, and the summit's days date the attendance (not the day of departure)."""
    for name, text in {
        "cn.txt": "元首出访\n新华社利马2024年11月16日电 按照日程，习近平将于17日离开利马，前往里约热内卢出席18日至19日举行的二十国集团领导人峰会。\n",
        "tw.txt": "元首出訪\n新華社利馬2024年11月16日電 按照日程，習近平將於17日離開利馬，前往里約熱內盧出席18日至19日舉行的二十國集團領導人峰會。\n",
    }.items():
        c = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert [(e.date, e.date_end, e.modality) for e in c] == [("2024-11-18", "2024-11-19", "planned")], name


def test_a_month_after_the_documents_month_is_planned(tmp_path) -> None:
    for name, text in {
        "cn.txt": "总统出访\n发布时间：2023-08-19 10:20\n拜登下月出席在新德里举行的二十国集团峰会。\n",
        "tw.txt": "總統出訪\n發布時間：2023-08-19 10:20\n拜登下月出席在新德里舉行的二十國集團峰會。\n",
    }.items():
        c = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert c and all(e.date == "2023-09" and e.modality == "planned" for e in c), name


def test_a_length_that_qualifies_the_drill_gives_its_last_day(tmp_path) -> None:
    """5月23日，…展开为期两天的演习: 23 to 24 May."""
    for name, text in {
        "cn.txt": "演习\n2024年5月23日，中国人民解放军在台湾周边展开为期两天的军事演习。\n",
        "tw.txt": "演習\n2024年5月23日，中國人民解放軍在台灣周邊展開為期兩天的軍事演習。\n",
    }.items():
        m = [e for e in _events(tmp_path, text, name) if e.type == "MOBILIZE"]
        assert m and (m[0].date, m[0].date_end) == ("2024-05-23", "2024-05-24"), name


def test_a_part_of_the_year_keeps_only_the_year(tmp_path) -> None:
    """5月…。年底，…升格…: the upgrade is of 2022, not of May (guidelines: 年初/年底/上半年 keep the year)."""
    for name, text in {
        "cn.txt": "美国与东盟\n2022年5月，美国与东盟在华盛顿举行特别峰会。年底，双方把关系升格为全面战略伙伴关系。\n",
        "tw.txt": "美國與東協\n2022年5月，美國與東協在華盛頓舉行特別峰會。年底，雙方把關係升格為全面戰略夥伴關係。\n",
    }.items():
        assert _dates(tmp_path, text, "ALIGN", name) == ["2022"], name
    assert [t.value for t in find_dates("近三年内双方多次会谈。", "2024-05-02")] == []  # a length, not this year
    assert [t.value for t in find_dates("两国力争年内完成谈判。", "2024-05-02")] == ["2024"]


def test_a_bracketed_year_or_month_of_the_taiwan_press_is_the_date_itself(tmp_path) -> None:
    """去（2023）年12月 is December 2023, 去（112）年 a Republic of China year; 本（5）月10日 the 10th."""
    assert [t.value for t in find_dates("去（2023）年12月，两国签署协定。", "2024-05-02")] == ["2023-12"]
    assert [t.value for t in find_dates("去(112)年8月访问。", "2024-05-02")] == ["2023-08"]
    assert [t.value for t in find_dates("本（5）月10日，双方会谈。", "2024-05-22")] == ["2024-05-10"]
    assert [t.value for t in find_dates("上（12）月双方会谈。", "2024-01-22")] == ["2023-12"]
    text = "外交動態\n【中央社台北2024年5月2日電】去（2023）年12月，美國與菲律賓簽署核能合作協定。\n"
    assert _dates(tmp_path, text, "AGREE", "tw.txt") == ["2023-12"]
    text = "外交动态\n【中央社台北2024年5月2日电】去（112）年12月，美国与菲律宾签署核能合作协定。\n"
    assert _dates(tmp_path, text, "AGREE", "cn.txt") == ["2023-12"]


def test_an_act_during_a_summit_of_several_days_is_dated_by_the_month(tmp_path) -> None:
    """9月9日至10日…峰会。峰会期间，…宣布建立…: one of the summit's days, the text does not say which."""
    for name, text in {
        "cn.txt": "峰会\n2023年9月9日至10日，二十国集团领导人峰会在新德里举行。峰会期间，印度、美国和沙特阿拉伯宣布建立经济走廊。\n",
        "tw.txt": "峰會\n2023年9月9日至10日，二十國集團領導人峰會在新德里舉行。峰會期間，印度、美國和沙烏地阿拉伯宣布建立經濟走廊。\n",
    }.items():
        assert _dates(tmp_path, text, "ESTABLISH", name) == ["2023-09"], name
    # a one-day happening: during it is on its day
    text = "峰会\n2023年9月9日，二十国集团领导人峰会在新德里举行。峰会期间，印度、美国和沙特阿拉伯宣布建立经济走廊。\n"
    assert _dates(tmp_path, text, "ESTABLISH", "one.txt") == ["2023-09-09"]


def test_a_gathering_that_only_frames_a_dated_meeting_is_dated_by_the_month(tmp_path) -> None:
    """16日，A出席APEC会议期间同B会晤: the 16th is the meeting's day; the APEC meeting's is not told."""
    for name, text in {
        "cn.txt": "会晤\n2023年11月16日，日本首相在旧金山出席亚太经合组织领导人非正式会议期间同中国国家主席举行会晤。\n",
        "tw.txt": "會晤\n2023年11月16日，日本首相在三藩市出席亞太經合組織領導人非正式會議期間同中國國家主席舉行會晤。\n",
    }.items():
        got = sorted((sorted(p.id for p in e.actors), e.date) for e in _events(tmp_path, text, name) if e.type == "CONSULT")
        assert got == [(["CHN", "JPN"], "2023-11-16"), (["JPN", "apec"], "2023-11")], name


def test_an_act_told_as_later_keeps_only_the_month(tmp_path) -> None:
    """23日，…使用水炮，菲方随后提出抗议: the protest's day is not stated; 当天会谈，其后签署: the same day."""
    for name, text in {
        "cn.txt": "南海\n2024年3月23日，中国海警在仁爱礁附近对菲律宾补给船使用水炮，菲律宾随后提出抗议。\n",
        "tw.txt": "南海\n2024年3月23日，中國海警在仁愛礁附近對菲律賓補給船使用水炮，菲律賓隨後提出抗議。\n",
    }.items():
        assert _dates(tmp_path, text, "ACCUSE", name) == ["2024-03"], name
        assert _dates(tmp_path, text, "COERCE", name) == ["2024-03-23"], name
    text = "中俄\n2024年5月16日，普京抵达北京。两国元首当天举行会谈，其后签署联合声明。\n"
    assert _dates(tmp_path, text, "AGREE", "same.txt") == ["2024-05-16"]


def test_a_two_digit_year_after_a_republic_year_is_of_the_republic() -> None:
    """民國91年…94年5月: May 2005; with no 民國 before it, 94年 is no year read."""
    r = TimeResolver("2024-01-16")
    got = [(t.text, t.value) for t in r.find("诺鲁上一次与我断交是在民国91年，并于94年5月与我复交。")]
    assert got == [("民国91年", "2002"), ("94年5月", "2005-05")]
    assert [t.value for t in r.find("上世纪90年代，两国建交50年。")] == ["1990"]
    assert [t.text for t in TimeResolver("2024-01-16").find("94年5月双方复交。")] == ["5月"]


def test_a_range_across_the_new_year_ends_in_the_next_year() -> None:
    assert [(t.value, t.value_end) for t in find_dates("2023年12月31日至1月2日，双方会谈。")] == [("2023-12-31", "2024-01-02")]
    # told in a January news story: it began in December of the year before
    assert [(t.value, t.value_end) for t in find_dates("12月30日至1月2日，双方会谈。", "2024-01-05")] == [("2023-12-30", "2024-01-02")]
    assert [(t.value, t.value_end) for t in find_dates("11月15日至16日，雙方會談。", "2024-12-05")] == [("2024-11-15", "2024-11-16")]


def test_an_act_a_few_days_later_keeps_the_month(tmp_path) -> None:
    """9月16日…断交，数日后与中国建交: not the 16th (the day is not stated)."""
    for name, text in {
        "cn.txt": "南太\n2019年9月16日，所罗门群岛宣布与台湾断交，数日后与中国建交。\n",
        "tw.txt": "南太\n2019年9月16日，所羅門群島宣布與台灣斷交，幾天後與中國建交。\n",
    }.items():
        got = {e.label: e.date for e in _events(tmp_path, text, name) if e.type == "ALIGN"}
        assert got == {"断交": "2019-09-16", "建交": "2019-09"}, name


def test_a_planned_bare_month_is_the_next_such_month_from_the_documents_date() -> None:
    """预计于4月11日出席 after a paragraph about 2021: April of the document's year; 计划于3月 told in
    November: next March."""
    r = TimeResolver("2024-03-07")
    r.find("2021年10月，美国总统宣布举办峰会。")
    assert [t.value for t in r.find("菲律宾总统预计于4月11日出席峰会。")] == ["2024-04-11"]
    r = TimeResolver("2024-11-16")
    r.find("2019年5月，兩國建交。")
    assert [t.value for t in r.find("雙方計劃於3月舉行會談。")] == ["2025-03"]
    r = TimeResolver("2024-11-16")
    r.find("2019年5月，两国建交。")
    assert [t.value for t in r.find("双方于3月举行会谈。")] == ["2024-03"]  # no plan: as before


def test_an_announced_plan_is_one_planned_event_dated_by_the_plan(tmp_path) -> None:
    """2021年10月，拜登宣布将于次年举办…峰会: a planned summit of 2022, no asserted one of October 2021."""
    for name, text in {
        "cn.txt": "外交\n2021年10月，拜登宣布将于次年举办首届美国—东盟特别峰会。\n",
        "tw.txt": "外交\n2021年10月，拜登宣布將於次年舉辦首屆美國—東協特別峰會。\n",
    }.items():
        got = [(e.date, e.modality) for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert got == [("2022", "planned")], name


def test_a_count_back_runs_from_the_last_date_told() -> None:
    """一个月前, 三天前, 十年前: counted back; not 3日前 (before the 3rd) nor 前往."""
    assert [t.value for t in find_dates("6月17日，海警登临补给船。一个月前，两国举行磋商。", "2024-07-03")] == ["2024-06-17", "2024-05"]
    assert [t.value for t in find_dates("2024年5月20日雙方會談，三天前簽署協議。")] == ["2024-05-20", "2024-05-17"]
    assert [t.value for t in find_dates("2019年，两国十年前建交。")] == ["2019", "2009"]
    assert [t.text for t in find_dates("双方应在3日前完成谈判。", "2024-07-01")] == []
    assert [t.text for t in find_dates("2024年5月20日，代表团三天前往北京。")] == ["2024年5月20日"]
    r = TimeResolver("2023-10-18")
    r.find("2019年，两国签署协定。")
    assert [t.value for t in r.find("十年前，中方首次提出该倡议。")] == ["2013"]  # from the writing, not from 2019


def test_that_evening_and_last_night_are_days() -> None:
    assert [t.value for t in find_dates("5月16日，普京抵达北京。当晚，两国领导人会谈。", "2024-05-20")] == ["2024-05-16", "2024-05-16"]
    assert [t.value for t in find_dates("美國總統昨晚致電日本首相。", "2024-05-20")] == ["2024-05-19"]
    assert [t.text for t in find_dates("双方此前晚些时候会谈。", "2024-05-20")] == []


def test_last_week_is_its_month_when_it_has_one() -> None:
    assert [t.value for t in find_dates("菲律宾总统上周表示，不会退出。", "2024-07-03")] == ["2024-06"]
    assert [t.value for t in find_dates("美國上週宣布新措施。", "2024-07-10")] == ["2024-07"]
    assert [t.value for t in find_dates("两国本周举行会谈。", "2024-07-31")] == ["2024"]  # 29 July to 4 August
    assert [t.text for t in find_dates("这周边地区局势紧张。", "2024-07-31")] == []


def test_a_date_in_brackets_after_the_act_is_its_own(tmp_path) -> None:
    """自2021年12月复交以来，…签署了自由贸易协定（2023年8月）: August 2023, not December 2021."""
    for name, text in {
        "cn.txt": "拉美\n自2021年12月复交以来，中国与尼加拉瓜关系发展迅速，两国签署了自由贸易协定（2023年8月）。\n",
        "tw.txt": "拉美\n自2021年12月復交以來，中國與尼加拉瓜關係發展迅速，兩國簽署了自由貿易協定（2023年8月）。\n",
    }.items():
        assert _dates(tmp_path, text, "AGREE", name) == ["2023-08"], name
    # a bracketed day restating a weekday, of a noun, dates nothing of its own
    text = "台海\n發布時間：2024/10/15 12:30\n國台辦週一批評賴清德上週四（10日）的國慶演說。\n"
    assert _dates(tmp_path, text, "ACCUSE", "noun.txt") == ["2024-10-14"]


def test_a_bare_day_well_after_the_storys_day_is_of_the_month_before() -> None:
    """30日 in a wire of 1 November is 30 October; 将于30日 is a plan of this month."""
    assert [t.value for t in find_dates("30日，两国外长举行会谈。", "2024-11-01")] == ["2024-10-30"]
    assert [t.value for t in find_dates("30日，兩國外長舉行會談。", "2024-01-02")] == ["2023-12-30"]
    assert [t.value for t in find_dates("两国外长将于30日举行会谈。", "2024-11-01")] == ["2024-11-30"]
    assert [t.value for t in find_dates("12日，两国外长举行会谈。", "2024-11-10")] == ["2024-11-12"]


def test_a_meeting_whose_holding_is_planned_is_one_planned_event(tmp_path) -> None:
    """中日韩外长会议可望今年稍后举行: one planned meeting of this year, no asserted one beside it."""
    for name, text in {
        "cn.txt": "外交\n发布时间：2023-08-19 10:20\n据报道，中日韩外长会议可望今年稍后举行。\n",
        "tw.txt": "外交\n發布時間：2023-08-19 10:20\n據報道，中日韓外長會議可望今年稍後舉行。\n",
    }.items():
        got = [(e.date, e.modality) for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert got == [("2023", "planned")], name


def test_a_reaction_told_as_later_in_its_own_sentence_keeps_the_month(tmp_path) -> None:
    """2024年2月23日，美国宣布…制裁。中国商务部随后表示坚决反对: February 2024, the day not stated."""
    for name, text in {
        "cn.txt": "制裁\n2024年2月23日，美国宣布对俄罗斯实施新制裁，其中包括多家中国企业。中国商务部随后表示坚决反对。\n",
        "tw.txt": "制裁\n2024年2月23日，美國宣布對俄羅斯實施新制裁，其中包括多家中國企業。中國商務部隨後表示堅決反對。\n",
    }.items():
        assert _dates(tmp_path, text, "ACCUSE", name) == ["2024-02"], name
    r = TimeResolver("2024-11-20")
    r.find("10月13日，外长抵达河内。")
    assert [t.value for t in r.find("15日，外长会见越南总理。")] == ["2024-10-15"]  # the story goes on in October
    r = TimeResolver("2024-11-16")
    r.find("2019年5月，两国建交。")
    assert [t.value for t in r.find("原计划于3月举行的会谈被推迟。")] == ["2024-03"]  # a past plan
