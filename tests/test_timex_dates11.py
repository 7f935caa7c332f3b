"""Where dates count from (the dates11 round, read off the free date misses of retired 7).
Every sentence was written for these tests, in simplified and traditional script."""

from __future__ import annotations

import pytest

from latticework.timex import TimeResolver


def _values(text: str, doc_date: str | None = None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in TimeResolver(doc_date).find(text)]


# --- a month that opens a paragraph as its frame is the month of the bare days after it ---------


@pytest.mark.parametrize(("text", "word", "value"), [
    ("去年11月，东亚峰会在雅加达举行。两国总理8日在会场外会晤。", "8日", "2023-11-08"),
    ("去年11月，東亞峰會在雅加達舉行。兩國總理8日在會場外會晤。", "8日", "2023-11-08"),
    ("2023年9月，联合国大会在纽约开幕，两国外长19日举行会谈。", "19日", "2023-09-19"),
    ("去年10月,双方在河内举行磋商,次轮磋商定于12日举行的消息随后传出。", "12日", "2023-10-12"),
])
def test_a_month_framing_its_paragraph_dates_its_bare_days(text: str, word: str, value: str) -> None:
    assert dict(_values(text, "2024-11-20"))[word] == value


@pytest.mark.parametrize("text", [
    "该国总统去年11月就任。他8日抵达北京进行国事访问。",
    "該國總統去年11月就任。他8日抵達北京進行國事訪問。",
    "两国2017年12月签署协定，外交部8日召见对方大使。",
])
def test_a_month_told_inside_a_clause_leaves_bare_days_to_the_story(text: str) -> None:
    """The month told in passing (after the subject) is background: the story's days are its own month."""
    assert dict(_values(text, "2024-11-20"))["8日"] == "2024-11-08"


# --- the previous time, or the start of a span up to now, told after the sentence's date ---------


@pytest.mark.parametrize("text", [
    "2024年10月23日，两国领导人在喀山会谈，上一次是2019年10月在金奈举行的非正式会晤。\n12月18日，两国特别代表在北京会晤。",
    "2024年10月23日，兩國領導人在喀山會談，上一次是2019年10月在金奈舉行的非正式會晤。\n12月18日，兩國特別代表在北京會晤。",
    "2024年10月23日，两国领导人在喀山会谈，上次正式会谈则在2019年举行。12月18日，两国特别代表在北京会晤。",
    "2024年10月23日，两国领导人在喀山会谈，这是双方自2019年以来首次正式会谈。12月18日，两国特别代表在北京会晤。",
    "2024年10月23日，兩國領導人在喀山會談，這是雙方自2019年以來首次正式會談。12月18日，兩國特別代表在北京會晤。",
])
def test_a_look_back_does_not_move_the_story(text: str) -> None:
    resolver = TimeResolver()
    got = [(t.text, t.value) for block in text.split("\n") for t in resolver.find(block)]
    assert dict(got)["12月18日"] == "2024-12-18", got


@pytest.mark.parametrize("text", [
    "两国领导人上一次会晤是在2019年10月。12月，两国外长通话。",
    "2019年以来，两国关系持续改善。12月，两国外长通话。",
])
def test_a_look_back_that_is_the_only_date_still_anchors(text: str) -> None:
    """No date of the story's own before it: the sentence is about that time."""
    assert dict(_values(text))["12月"] == "2019-12"


# --- an act recalled with 曾 after the paragraph's own date ---------------------------------------


@pytest.mark.parametrize(("text", "aside"), [
    ("本月4日，成员国表决通过方案。德国投了反对票，德国总理今年4月曾率团访华；匈牙利亦表示反对。", "今年4月"),
    ("本月4日，成員國表決通過方案。德國投了反對票，德國總理今年4月曾率團訪華；匈牙利亦表示反對。", "今年4月"),
    ("本月4日，成员国表决通过方案。德国总理也曾于2019年访华。", "2019年"),
])
def test_a_date_recalled_with_once_is_told_aside(text: str, aside: str) -> None:
    found = {t.text: t for t in TimeResolver("2024-10-30").find(text)}
    assert found[aside].aside and not found["本月4日"].aside


def test_a_frame_told_with_once_is_no_aside() -> None:
    """1998年，俄罗斯曾正式加入: the paragraph's first date is its own frame."""
    found = {t.text: t for t in TimeResolver().find("1998年，俄罗斯曾正式加入该集团。同年5月，峰会在英国举行。")}
    assert not found["1998年"].aside and found["同年5月"].value == "1998-05"


# --- comparisons and objects' dates in a later sentence of the paragraph --------------------------


@pytest.mark.parametrize(("text", "word", "value"), [
    ("2021年9月，三国宣布建立安全伙伴关系。这是继1951年《太平洋安全条约》后最重要的安排。同月，中方表示反对。", "同月", "2021-09"),
    ("2021年9月，三國宣布建立安全夥伴關係。這是繼1951年《太平洋安全條約》後最重要的安排。同月，中方表示反對。", "同月", "2021-09"),
    ("2023年7月，日本与北约签署新的伙伴计划。该计划取代了2014年签署的旧计划。次月，日本宣布设立代表处。", "次月", "2023-08"),
    ("2023年7月，日本與北約簽署新的夥伴計畫。該計畫取代了2014年簽署的舊計畫。次月，日本宣布設立代表處。", "次月", "2023-08"),
])
def test_a_comparison_or_an_objects_date_in_a_later_sentence_anchors_nothing(text: str, word: str, value: str) -> None:
    assert dict(_values(text))[word] == value


def test_a_date_opening_a_later_sentence_still_anchors() -> None:
    """A subject's relative clause with no verb told before it: the story moves on."""
    assert dict(_values("2023年7月，两国签署协定。2024年5月签署的补充协定随后生效。次月，两国举行会谈。"))["次月"] == "2024-06"


# --- 'the same year' keeps the month told, for 次月 after it ----------------------------------------


@pytest.mark.parametrize("text", [
    "2018年4月27日，两国领导人在板门店会晤，韩国总统同年秋天访问平壤。\n次月7日至8日，朝鲜领导人在大连与中国领导人再次会晤。",
    "2018年4月27日，兩國領導人在板門店會晤，韓國總統同年秋天訪問平壤。\n次月7日至8日，朝鮮領導人在大連與中國領導人再次會晤。",
])
def test_the_same_year_keeps_the_month_for_the_next_month(text: str) -> None:
    resolver = TimeResolver()
    got = [(t.text, t.value, t.value_end) for block in text.split("\n") for t in resolver.find(block)]
    assert ("次月7日至8日", "2018-05-07", "2018-05-08") in got, got


def test_the_same_year_right_after_a_recalled_act_counts_from_it() -> None:
    """A 曾-date is no paragraph date, yet 同年 told right after it goes on with the recalled time."""
    found = {t.text: t for t in TimeResolver().find("2023年5月，两国举行会谈。双方曾于2019年签署协议，同年还建立了热线。")}
    assert found["2019年"].aside and found["同年"].value == "2019"
