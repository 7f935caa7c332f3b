"""Several happenings of one type told together: talks dated apart from the visit they fall in, a
meeting on arrival during a tour of several hosts. Sentences written for these tests, in simplified
and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- talks dated apart from the visit are a happening of their own -----------------------------


@pytest.mark.parametrize("text, day", [
    ("2023年9月5日至8日，印尼总统佐科对日本进行国事访问。5日，佐科同日本首相岸田文雄举行会谈。", "2023-09-05"),
    ("2023年9月5日至8日，印尼總統佐科對日本進行國事訪問。5日，佐科與日本首相岸田文雄在東京會晤。", "2023-09-05"),
    ("2023年9月5日至8日，印尼总统佐科对日本进行国事访问。当天，佐科与日本首相岸田文雄会谈。", "2023-09-05"),
])
def test_talks_dated_on_the_first_day_of_a_visit_stay_apart(text, day) -> None:
    consult = of_type(events(text), "CONSULT")
    visits = [e for e in consult if e.recipients]
    talks = [e for e in consult if not e.recipients]
    assert len(visits) == 1 and len(talks) == 1, summary(consult)
    assert keys(talks[0].actors) == ["IDN", "JPN"] and talks[0].date == day
    assert visits[0].date_end == "2023-09-08"


@pytest.mark.parametrize("text", [
    "2023年9月5日至8日，印尼总统佐科对日本进行国事访问。佐科同日本首相岸田文雄举行会谈。",
    "2023年9月5日至8日，印尼總統佐科對日本進行國事訪問，並與日本首相岸田文雄舉行會談。",
])
def test_talks_without_a_day_of_their_own_fold_into_the_visit(text) -> None:
    consult = of_type(events(text), "CONSULT")
    assert len(consult) == 1, summary(consult)  # (同日本: the 日 of 日本 is no day)
    assert keys(consult[0].actors) == ["IDN"] and keys(consult[0].recipients) == ["JPN"]


# --- a meeting on arrival during a tour of several hosts ---------------------------------------


@pytest.mark.parametrize("text, host", [
    ("外长王毅2023年8月10日至15日出访越南、老挝和柬埔寨，抵达河内当天即同越南外长裴青山会谈。", "VNM"),
    ("外長王毅2023年8月10日至15日出訪越南、寮國和柬埔寨，抵達河內當天即與越南外長裴青山會談。", "VNM"),
    ("外长王毅2023年8月10日至15日出访越南、老挝和柬埔寨，抵达金边后与柬埔寨首相洪森会晤。", "KHM"),
    ("外长王毅2023年8月10日至15日出访越南、老挝和柬埔寨，到达万象时同老挝外长会面。", "LAO"),
])
def test_meeting_on_arrival_has_the_traveller_and_that_host(text, host) -> None:
    consult = of_type(events(text), "CONSULT")
    tour = [e for e in consult if e.recipients]
    talks = [e for e in consult if not e.recipients]
    assert len(tour) == 1 and keys(tour[0].recipients) == sorted(["VNM", "LAO", "KHM"]), summary(consult)
    assert len(talks) == 1 and keys(talks[0].actors) == sorted(["CHN", host]), summary(consult)


# --- a meeting during a gathering attended is a second happening --------------------------------


@pytest.mark.parametrize("text, body", [
    ("2024年10月，印度总理莫迪出席东亚峰会，其间同日本首相石破茂举行会谈。", "eas"),
    ("2024年10月，印度總理莫迪出席東亞峰會，其間與日本首相石破茂會談。", "eas"),
    ("2024年10月，印度总理莫迪出席东亚峰会，会议间隙与日本首相石破茂会面。", "eas"),
    ("2024年10月，印度总理莫迪出席东亚峰会，会后同日本首相石破茂举行会谈。", "eas"),
])
def test_meeting_during_a_gathering_is_its_own_consult(text, body) -> None:
    consult = of_type(events(text), "CONSULT")
    assert any(body in keys(e.actors) for e in consult), summary(consult)
    talks = [e for e in consult if body not in keys(e.actors)]
    assert len(talks) == 1 and keys(talks[0].actors) == ["IND", "JPN"], summary(consult)


# --- each body or treaty left in one list is its own LEAVE -------------------------------------


@pytest.mark.parametrize("text, second", [
    ("2025年1月20日，美國總統簽署行政命令，宣布美國退出世界衛生組織和「巴黎協定」。", "paris-agreement"),
    ("2017年，美国宣布退出联合国教科文组织及“巴黎协定”。", "paris-agreement"),
])
def test_treaty_in_quotation_marks_listed_after_a_body_left(text, second) -> None:
    left = of_type(events(text), "LEAVE")
    assert len(left) == 2 and keys(left[1].recipients) == [second], summary(left)


# --- a second tariff act told after the first: the rate raised, named before its verb -------------


@pytest.mark.parametrize("text", [
    "美国总统4月2日宣布对各国商品加征关税。4月9日，美国宣布对中国商品的税率则提高至125%。",
    "美國總統4月2日宣布對各國商品加徵關稅。4月9日，美國宣布對中國商品的稅率則提高至125%。",
    "美国总统4月2日宣布对各国商品加征关税。4月9日，美国将中国输美商品的关税上调至125%。",
])
def test_a_rate_raised_later_is_a_second_sanction(text) -> None:
    sanctions = of_type(events(text, doc_date="2025-04-10"), "SANCTION")
    assert len(sanctions) == 2, summary(sanctions)
    raised = sanctions[1]
    assert keys(raised.actors) == ["USA"] and keys(raised.recipients) == ["CHN"]
    assert raised.date == "2025-04-09" and raised.modality == "asserted"


@pytest.mark.parametrize("text", [
    "2025年3月4日，美方将对华芬太尼关税提高至20%。",  # 将 marks the rate raised: a chronicle's done act
    "2025年3月4日，美方將對華芬太尼關稅提高至20%。",
])
def test_jiang_before_a_rate_raised_marks_its_object(text) -> None:
    s = of_type(events(text, doc_date="2025-03-20"), "SANCTION")
    assert len(s) == 1 and s[0].modality == "asserted" and s[0].date == "2025-03-04", summary(s)


@pytest.mark.parametrize("text", [
    "2024年5月14日，美国宣布对价值180亿美元的中国商品加征关税，其中电动汽车关税提高至100%。",
    "2024年5月14日，美國宣布對價值180億美元的中國商品加徵關稅，其中電動汽車關稅提高至100%。",
])
def test_a_rate_raised_as_a_detail_of_the_measure_is_no_second_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")
    assert len(s) == 1, summary(s)


@pytest.mark.parametrize("text", [
    "2024年5月，中方或考虑把大排量进口汽车的关税提高至25%。",
    "2024年5月，中方或考慮把大排量進口汽車的關稅提高至25%。",
])
def test_a_hedge_before_a_ba_phrase_covers_its_verb(text) -> None:
    s = of_type(events(text), "SANCTION")
    assert len(s) == 1 and s[0].modality == "hypothetical" and s[0].date is None, summary(s)


# --- two measures of one sentence, each in a clause of its own ------------------------------------


@pytest.mark.parametrize("text", [
    "2025年3月4日，中方宣布对美国大豆加征15%关税，并将10家美国军工企业列入出口管制名单。",
    "2025年3月4日，中方宣布對美國大豆加徵15%關稅，並將10家美國軍工企業列入出口管制名單。",
    "2025年4月4日，中方宣布对美国进口商品加征34%关税，并对美国实施稀土出口管制。",
    "2025年4月4日，中方宣布對美國進口商品加徵34%關稅，並對美國實施稀土出口管制。",
])
def test_a_tariff_and_a_listing_are_two_sanctions(text) -> None:
    s = of_type(events(text), "SANCTION")
    assert len(s) == 2, summary(s)
    assert all(keys(x.actors) == ["CHN"] and keys(x.recipients) == ["USA"] for x in s), summary(s)


@pytest.mark.parametrize("text", [
    "2023年2月28日，日本宣布对俄罗斯追加制裁，禁止向俄出口军民两用物品，并冻结多名个人资产。",
    "2023年2月28日，日本宣布對俄羅斯追加制裁，禁止向俄出口軍民兩用物品，並凍結多名個人資產。",
])
def test_the_content_of_an_announced_sanction_is_no_second_measure(text) -> None:
    s = of_type(events(text), "SANCTION")
    assert len(s) == 1, summary(s)


# --- a visit dated more vaguely than the talks of its sentence does not frame them ----------------


@pytest.mark.parametrize("text", [
    "2023年5月10日，印尼总统佐科与日本首相岸田文雄在东京会谈，佐科同年秋天再次访问日本。",
    "2023年5月10日，印尼總統佐科與日本首相岸田文雄在東京會談，佐科同年秋天再次訪問日本。",
])
def test_talks_on_a_day_and_a_visit_later_that_year_are_two(text) -> None:
    consult = of_type(events(text), "CONSULT")
    talks = [e for e in consult if not e.recipients]
    visits = [e for e in consult if e.recipients]
    assert len(talks) == 1 and talks[0].date == "2023-05-10", summary(consult)
    assert len(visits) == 1 and visits[0].date == "2023", summary(consult)


# --- pairs of parties told before 分别/先后: one event per pair ------------------------------------


@pytest.mark.parametrize("text, pairs", [
    ("2023年7月，日本与越南、美国与菲律宾分别签署防务合作协议。", [["JPN", "VNM"], ["PHL", "USA"]]),
    ("2023年7月，日本與越南、美國與菲律賓分別簽署防務合作協議。", [["JPN", "VNM"], ["PHL", "USA"]]),
    ("2023年7月，日本首相岸田文雄与越南总理、美国总统拜登与菲律宾总统马科斯分别举行会谈。", [["JPN", "VNM"], ["PHL", "USA"]]),
    ("2023年7月，中国和俄罗斯、美国和日本先后举行联合演习。", [["CHN", "RUS"], ["JPN", "USA"]]),
])
def test_pairs_before_separately_act_pair_by_pair(text, pairs) -> None:
    evs = [e for e in events(text) if e.type in ("AGREE", "CONSULT", "COOPERATE")]
    assert sorted(keys(e.actors) for e in evs) == pairs, summary(evs)


def test_one_party_with_each_of_a_list_is_unchanged() -> None:
    evs = of_type(events("2023年7月，美国与日本、韩国分别举行会谈。"), "CONSULT")
    assert sorted(keys(e.actors) for e in evs) == [["JPN", "USA"], ["KOR", "USA"]], summary(evs)


# --- parties told each with a date of their own before the verb --------------------------------------


@pytest.mark.parametrize("text", [
    "孟加拉国于2021年、埃及于2023年加入新开发银行。",
    "孟加拉國於2021年、埃及於2023年加入新開發銀行。",
    "孟加拉國於2021年、埃及於2023年先後加入新開發銀行。",
])
def test_joiners_each_with_a_year_join_at_their_year(text) -> None:
    joins = of_type(events(text), "JOIN")
    assert sorted((keys(j.actors), j.date) for j in joins) == [(["BGD"], "2021"), (["EGY"], "2023")], summary(joins)


def test_states_each_with_a_year_relate_to_the_partner_at_their_year() -> None:
    ties = of_type(events("中国于1979年、越南于1995年与美国建交。"), "ALIGN")
    assert sorted((keys(t.actors), t.date) for t in ties) == [(["CHN", "USA"], "1979"), (["USA", "VNM"], "1995")], summary(ties)


# --- a second joiner, a body, told in the clause after the first accession -------------------------


@pytest.mark.parametrize("text, date", [
    ("美国于2009年7月加入《东南亚友好合作条约》，欧盟则于2012年加入。", "2012"),
    ("美國於2009年7月加入《東南亞友好合作條約》，歐盟則於2012年加入。", "2012"),
    ("美国于2009年加入东盟地区论坛，欧盟也随后加入。", "2009"),
])
def test_a_body_joining_after_a_state_joins_the_same(text, date) -> None:
    joins = of_type(events(text), "JOIN")
    eu = [j for j in joins if keys(j.actors) == ["eu"]]
    assert len(joins) == 2 and len(eu) == 1 and eu[0].date == date, summary(joins)
    assert keys(eu[0].recipients) == keys(joins[0].recipients)


# --- an earlier meeting told back in a clause of its own (此前曾于…与B…) -------------------------------


@pytest.mark.parametrize("text", [
    "中国2023年5月与越南举行会谈，此前曾于3月与越南举行磋商。",
    "中國2023年5月與越南舉行會談，此前曾於3月與越南舉行磋商。",
    "中国2023年5月与越南举行会谈，之前已于3月同越南举行磋商。",
])
def test_an_earlier_meeting_told_back_is_a_second_consult(text) -> None:
    consult = of_type(events(text), "CONSULT")
    assert sorted(e.date for e in consult) == ["2023-03", "2023-05"], summary(consult)
    assert all(keys(e.actors) == ["CHN", "VNM"] for e in consult)
