"""Dates written the ways official and Taiwanese text writes them: years of the Republic heading a
chronicle's sections and ranging over days, and front-matter dates in Chinese numerals. Found by
rewriting the development texts' dates in those forms and comparing the events (lead, thirteenth
session); sentences in our own words."""

from __future__ import annotations

import pytest
from event_helpers import full_events

from latticework.clean.patterns import digitise_dates, stamp_date
from latticework.events import extract_events
from latticework.pipeline import process

CHRONICLE = ("國際大事紀要\n2023年\n十二月\n7日　中國與歐盟領導人在北京舉行會晤。\n{year}\n一月\n"
             "24日　中國與諾魯在北京簽署聯合公報，恢復外交關係。\n")


@pytest.mark.parametrize("year", ["2024年", "民國113年", "中華民國113年", "二〇二四年"])
def test_a_chronicle_s_year_line_dates_the_entries_under_it_in_any_form(tmp_path, year):
    f = tmp_path / "chronicle.txt"
    f.write_text(CHRONICLE.format(year=year), encoding="utf-8")
    p = process(f)
    assert {e.date for e in extract_events(p) if e.type == "AGREE"} == {"2024-01-24"}


def test_a_range_of_days_in_a_year_of_the_republic():
    evs = [e for e in full_events("民國113年5月26日至27日，中日韓領導人會議在首爾舉行。") if e.type == "CONSULT"]
    assert [(e.date, e.date_end) for e in evs] == [("2024-05-26", "2024-05-27")]


@pytest.mark.parametrize("line, date", [
    ("发布时间：二〇二四年四月十日", "2024-04-10"),
    ("二〇二三年十二月三十一日 星期日", "2023-12-31"),
])
def test_a_stamp_in_chinese_numerals(line, date):
    assert stamp_date(line) == date


def test_digitised_dates_keep_other_text():
    assert digitise_dates("（二〇二四年十月）") == "（2024年10月）"
    assert digitise_dates("2024年4月10日 星期三") == "2024年4月10日 星期三"


def test_a_report_dated_in_chinese_numerals_under_its_title(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("东南亚地区形势评估报告\n（二〇二四年十月）\n今年3月，越南与菲律宾外长在河内举行会谈，同意加强海上合作。\n", encoding="utf-8")
    p = process(f)
    assert p.date == "2024-10"
    assert {e.date for e in extract_events(p) if e.type == "CONSULT"} == {"2024-03"}


@pytest.mark.parametrize("masthead, year", [
    ("印太安全季報　2025年第4期", "2025"),
    ("亞洲區域情勢觀察（2024年第4季）", "2024"),
    ("亞太區域秩序年度報告（2025）", "2025"),
])
def test_a_periodical_s_issue_dates_the_document(tmp_path, masthead, year):
    f = tmp_path / "brief.txt"
    f.write_text(masthead + "\n\n南海情勢的新變化\n\n川普總統今年4月簽署行政命令，要求商務部加快審查對菲律賓的軍售案。\n",
                 encoding="utf-8")
    p = process(f)
    assert p.date == year


def test_the_year_a_title_is_about_is_no_date_of_the_document(tmp_path):
    f = tmp_path / "yearbook.txt"
    f.write_text("2019年中国外交大事记（节选）\n3月\n21日国家主席对意大利进行国事访问。\n", encoding="utf-8")
    assert process(f).date is None
