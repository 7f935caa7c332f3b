"""A wire item whose dateline gives the month and day but no year (新华社…6月17日电) and whose
page prints no stamp: its year is read from its own text (invented sentences in both scripts)."""

from __future__ import annotations

import pytest

from latticework.events import extract_events
from latticework.layout.told_year import anniversary_year, dateline_year, latest_told, today_anniversary
from latticework.pipeline import process


def _process(tmp_path, text: str):
    f = tmp_path / "wire.txt"
    f.write_text(text, encoding="utf-8")
    return process(f)


@pytest.mark.parametrize(
    "text,expected",
    [
        # background told before the filing day: the item is of the first such day after it
        ("两国于2023年11月签署投资协定，2024年12月又启动了自贸谈判。", 2025),
        ("兩國於2023年11月簽署投資協定，2024年12月又啟動了自貿談判。", 2025),
        ("该港口项目已于2025年2月8日动工。", 2025),
        # a plan's date, a deadline and a title's date are no background
        ("双方于2024年3月建立伙伴关系，并计划于2026年9月举行首轮对话。", 2024),
        ("雙方於2024年3月建立夥伴關係，預計2026年9月舉行首輪對話。", 2024),
        ("双方于2024年3月建立伙伴关系，目标是到2027年1月完成谈判。", 2024),
        ("双方于2024年3月建立伙伴关系，相关工作须在2026年9月前完成。", 2024),
        ("双方于2024年3月建立伙伴关系，并讨论了《2030年5月愿景》。", 2024),
        ("双方于2024年3月建立伙伴关系，新规自2025年9月1日起施行。", 2024),
        ("雙方於2024年3月建立夥伴關係，協定2025年9月生效。", 2024),
        # nothing dated to the month: the year stays unknown
        ("双方回顾了建交以来的合作，2027年将在北京举行下一届峰会。", None),
    ],
)
def test_a_dateline_month_and_day_fall_after_the_latest_background_date(text: str, expected: int | None) -> None:
    assert dateline_year(text, 6, 17) == expected


def test_a_dateline_earlier_in_the_year_than_the_background_is_of_the_next_year() -> None:
    text = "两国外长2024年9月在纽约会晤。"
    assert dateline_year(text, 3, 2) == 2025
    assert dateline_year(text, 9, 1) == 2024  # a month told without its day may be that very day
    assert dateline_year(text, 10, 5) == 2024


@pytest.mark.parametrize(
    "text",
    [
        "今年是两国建交七十五周年。1949年10月，两国正式建立外交关系。",
        "今年適逢兩國建交75週年，兩國於1949年10月建交。",
        "今年恰逢该条约签署75周年，该条约签署于1949年。",
        "两国1949年建交，今年迎来建交75周年。",
    ],
)
def test_an_anniversary_of_the_present_names_the_year(text: str) -> None:
    assert anniversary_year(text) == 2024


def test_an_anniversary_wins_over_the_background_only_when_it_agrees_with_it() -> None:
    agrees = "今年是两国建交75周年。1949年，两国建立外交关系。2023年3月双方签署了新协定。"
    assert latest_told(agrees) == (2023, 3, None)
    assert dateline_year(agrees, 9, 3) == 2024  # not 2023 (the first 3 September after March 2023)
    # a year in the next sentence that is not the one counted from (2073) is no present year
    unrelated = "今年是两国建交50周年。2023年5月，双边贸易创下新高。"
    assert dateline_year(unrelated, 9, 3) == 2023


def test_a_wire_without_year_dates_its_story_and_this_year_from_its_own_text(tmp_path) -> None:
    text = ("两国元首举行会谈\n"
            "新华社河内9月3日电 越南国家主席3日在河内同来访的老挝国家主席举行会谈。\n"
            "越南国家主席表示，今年是两国建交62周年。1962年，两国正式建交。\n"
            "今年6月，老挝国家主席曾对柬埔寨进行国事访问。2022年9月，三国领导人曾在金边会晤。\n")
    p = _process(tmp_path, text)
    assert p.date == "2024-09-03"
    events = extract_events(p)
    assert [e.date for e in events if e.type == "CONSULT" and "LAO" in [a.key() for a in e.actors] and "VNM" in
            [a.key() for a in e.actors + e.recipients]] == ["2024-09-03"]
    visit = [e for e in events if e.type == "CONSULT" and "KHM" in [a.key() for a in e.recipients]]
    assert [e.date for e in visit] == ["2024-06"]  # 今年 is the item's year, not the 2022 told after it


@pytest.mark.parametrize(
    "text",
    [
        "两国的投资协定于2022年3月8日在雅加达签署，今天届满两年。",
        "兩國投資協定2022年3月8日在雅加達簽署，今天屆滿兩年，雙方將檢討成效。",
        "2022年3月8日，两国签署投资协定。今天是该协定签署2周年。",
        "兩國2022年3月8日簽署投資協定，至今正好滿2年。",
    ],
)
def test_a_day_only_dateline_on_an_anniversary_the_text_names_is_dated(text: str) -> None:
    assert today_anniversary(text, 8) == (2024, 3, 8)


@pytest.mark.parametrize(
    "text,day",
    [
        ("两国的投资协定于2022年3月8日签署，今天届满两年。", 9),  # the anniversary is not the dateline's day
        ("两国的投资协定于2022年3月签署，今天届满两年。", 8),  # told to the month only
        ("兩國於2021年11月申請加入協定，2024年5月8日再度表達意願。", 8),  # background only: no month is guessed
        ("双方计划在2026年3月8日举行首轮对话。", 8),  # a plan only
        ("双方回顾了建交以来的合作，承诺深化伙伴关系。", 8),  # no dated prose
        ("他2022年3月8日就任总理，今天是他任内第3年。", 8),  # the third year is no anniversary
        ("他2022年3月8日就任总理，今天是2025年首次出访。", 8),  # a year is no count of years
    ],
)
def test_a_day_only_dateline_is_not_dated_without_an_anniversary_of_its_day(text: str, day: int) -> None:
    assert today_anniversary(text, day) is None


def test_a_day_only_wire_on_an_anniversary_dates_its_story(tmp_path) -> None:
    text = ("印尼越南投资协定届满两年\n"
            "（中央社記者雅加達8日電）印尼與越南的投資協定2022年3月8日在雅加達簽署，今天屆滿兩年。印尼外交部今天表示，盼擴大合作。\n")
    assert _process(tmp_path, text).date == "2024-03-08"
    no_anniversary = text.replace("今天屆滿兩年", "雙方持續推動")
    assert _process(tmp_path, no_anniversary).date is None
