"""Parties told each after a date of its own (lead18): 2021年孟加拉国、2023年埃及与埃塞俄比亚先后加入…;
2017年6月巴拿马、2018年多米尼加与萨尔瓦多先后跟进 — one happening per party at the date told before it,
as for parties told before their dates (孟加拉国于2021年、埃及于2023年…). And ties cut with no partner
named in text written from Taiwan (…率先斷交) are cut with Taiwan. All sentences are invented."""

from __future__ import annotations

import pytest

from event_helpers import full_events, summary


def _typed(text: str, etype: str):
    return sorted((s[1], s[2], s[3]) for s in summary(full_events(text)) if s[0] == etype)


@pytest.mark.parametrize("text", [
    "2021年孟加拉国、2023年埃及与埃塞俄比亚先后加入新开发银行。",
    "2021年孟加拉國、2023年埃及與衣索比亞先後加入新開發銀行。",
])
def test_date_first_groups_join_each_at_their_date(text: str) -> None:
    got = _typed(text, "JOIN")
    assert [(a, d) for a, _, d in got] == [(["BGD"], "2021"), (["EGY"], "2023"), (["ETH"], "2023")], got


def test_date_first_signatories_sign_each_at_their_date() -> None:
    got = _typed("2019年中国、2021年日本分别与该国签署了合作协议。", "AGREE")
    assert [(a, d) for a, _, d in got] == [(["CHN"], "2019"), (["JPN"], "2021")], got


def test_one_date_for_a_list_is_no_split() -> None:
    # one date before the whole list: a single happening of them all
    got = _typed("2023年埃及、埃塞俄比亚和伊朗一同加入金砖国家。", "JOIN")
    assert all(d == "2023" for _, _, d in got) and {p for a, _, _ in got for p in a} == {"EGY", "ETH", "IRN"}, got


_TAIWAN = "中共持續打壓我國國際空間，友邦數目逐年減少。"


def test_followers_of_a_cut_each_at_their_date_in_text_from_taiwan() -> None:
    got = _typed(_TAIWAN + "2016年12月聖多美普林西比率先斷交，2017年6月巴拿馬、2018年多明尼加與薩爾瓦多先後跟進。", "ALIGN")
    assert got == [(["DOM", "TWN"], [], "2018"), (["PAN", "TWN"], [], "2017-06"),
                   (["SLV", "TWN"], [], "2018"), (["STP", "TWN"], [], "2016-12")], got


def test_ties_cut_with_no_partner_are_not_guessed_outside_taiwans_voice() -> None:
    # mainland text names the other side when it means it; a cut with one party stays no event
    assert not _typed("2016年12月，圣多美和普林西比宣布断交。", "ALIGN")


@pytest.mark.parametrize("text, dates", [
    ("美国在2018年、2019年和2025年三次对中国加征关税。", ["2018", "2019", "2025"]),
    ("美國在2018年、2019年和2025年三度對中國加徵關稅。", ["2018", "2019", "2025"]),
])
def test_a_count_with_as_many_dates_is_each_act(text: str, dates: list) -> None:
    assert [d for _, _, d in _typed(text, "SANCTION")] == dates


@pytest.mark.parametrize("text", [
    "美国2018年以来三次对中国加征关税。",  # one date for three acts: a tally
    "2023年，两国举行了四次会谈。",
])
def test_a_count_with_fewer_dates_stays_a_tally(text: str) -> None:
    assert not [s for s in summary(full_events(text)) if s[0] in ("SANCTION", "CONSULT")]


@pytest.mark.parametrize("text", [
    "日本外相今年年初访问菲律宾。",  # 今年 + 年初: a year and a part of it, no 年年 "year after year"
    "日本外相去年年底访问菲律宾。",
    "日本外相明年年中将访问菲律宾。",
])
def test_a_year_then_a_part_of_it_is_no_habit(text: str) -> None:
    assert _typed(text, "CONSULT")


def test_year_after_year_stays_a_habit() -> None:
    assert not _typed("美菲两国此后年年举行联合演习。", "COOPERATE")
