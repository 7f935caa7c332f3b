"""Dates of news items whose dateline cannot be completed (bugs16): a day-only dateline (台北31日電,
（吉隆坡13日讯）) or a month-day one with no year, on a page with no stamp. Their story's days and months
are of the dateline's unknown month and year: a bare day or month in a later paragraph takes no date
told in an earlier one (background), and 年底 no background year; where another dateline of the page
states the same day in full, that is the date. 半年内 is a length, not 年内 (this year)."""

from __future__ import annotations

import pytest
from event_helpers import full_events

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, text: str):
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    proc = process(f)
    return proc, extract_events(proc)


@pytest.mark.parametrize("text, background", [
    ("菲越簽署海警合作備忘錄\n\n（中央社記者李明馬尼拉12日電）菲律賓總統今天在馬尼拉會見越南總理。兩國曾於2019年8月商討海上合作。\n\n"
     "越南總理10日抵達馬尼拉，11日與菲律賓總統舉行會談，雙方簽署海警合作備忘錄。\n", "2019"),
    ("马新重启高铁谈判\n\n（吉隆坡13日讯）马来西亚与新加坡交通部长表示，两国已重启高铁项目谈判。该项目于2018年5月搁置。\n\n"
     "两国交通部长9日在新加坡会晤，同意在6月完成可行性研究。\n", "2018"),
    ("泰柬同意恢复边境贸易\n\n新华社曼谷3月15日电 泰国外长和柬埔寨外长在曼谷举行会谈。两国曾于2023年关闭边境口岸。\n\n"
     "柬埔寨外长14日抵达曼谷。两国总理5月在金边会晤，并于年底签署了边境贸易协定。\n", "2023"),
    ("日菲签署互惠准入协定\n\n【本报讯】日本与菲律宾两国防长15日在马尼拉签署《互惠准入协定》。两国早在2023年11月3日就启动了谈判。\n\n"
     "日本首相14日抵达马尼拉，并于次日与菲律宾总统会谈。\n", "2023"),
])
def test_the_story_of_an_undated_dateline_takes_no_background_date(tmp_path, text, background) -> None:
    proc, evs = _events(tmp_path, text)
    assert proc.date is None
    story = [e for e in evs if e.evidence and "2018年" not in e.evidence[0].text and "2019年" not in e.evidence[0].text
             and "2023年" not in e.evidence[0].text]
    assert story, [(e.type, e.date) for e in evs]
    assert [(e.type, e.date) for e in story if e.date and e.date.startswith(background)] == []


@pytest.mark.parametrize("first, second, date", [
    ("（中央社吉隆坡13日電）", "（中央社記者王某吉隆坡2025年3月13日電）", "2025-03-13"),
    ("（吉隆坡13日讯）", "【2025年3月13日吉隆坡电】", "2025-03-13"),
    ("新华社吉隆坡3月13日电 ", "（新华社记者吉隆坡2025年3月13日电）", "2025-03-13"),
    ("（中央社吉隆坡13日電）", "（中央社記者王某吉隆坡2025年3月12日電）", None),  # another day: not this one's
])
def test_a_dateline_is_completed_from_another_dateline_of_the_same_day(tmp_path, first, second, date) -> None:
    proc, _ = _events(tmp_path, f"东盟外长会议闭幕\n\n{first}东盟外长会议今天在吉隆坡闭幕，各国外长通过联合公报。\n\n"
                                f"{second}马来西亚外长当天与泰国外长举行会谈，两国同意加强边境合作。\n")
    assert proc.date == date


@pytest.mark.parametrize("text", [
    "美国与澳大利亚将在半年内各自投入至少10亿美元。",
    "日本承诺于半年内向菲律宾提供五艘巡逻船。",
    "越南与印度同意在半年内签署新的防务合作协定。",
])
def test_half_a_year_is_a_length_not_this_year(text) -> None:
    evs = full_events(text, doc_date="2025-03-01")
    assert evs and all(e.date is None for e in evs), [(e.type, e.date) for e in evs]
