"""Dates of news acts told after a background year (invented sentences in both scripts)."""

from __future__ import annotations

import pytest

from latticework.events import extract_events
from latticework.pipeline import process
from event_helpers import file_events


def _events(tmp_path, text: str):
    return file_events(tmp_path, text, "news.txt")


def _signed(events) -> list[str | None]:
    return [e.date for e in events if e.type == "AGREE"]


@pytest.mark.parametrize(
    "middle,after",
    [
        ("越南总统表示，1954年，两国人民曾并肩作战。", "会谈后，越南和老挝两国元首共同见证了多份合作文件的签署。"),
        ("这是老挝总统2019年以来首次访问越南。", "会谈后，越南和老挝两国元首共同见证了多份合作文件的签署。"),
        ("越南总统回顾说，两国1962年正式建交。", "会谈结束后，越南和老挝签署了经贸合作协定。"),
        ("越南總統表示，1954年，兩國人民曾並肩作戰。", "會談後，越南和寮國兩國元首共同見證了多份合作文件的簽署。"),
    ],
)
def test_a_paragraph_after_the_talks_is_of_the_day_of_the_talks(tmp_path, middle: str, after: str) -> None:
    text = f"2023年5月10日，越南总统在河内同老挝总统举行会谈。\n{middle}\n{after}\n"
    assert _signed(_events(tmp_path, text)) == ["2023-05-10"]


@pytest.mark.parametrize(
    "since",
    [
        "这是老挝总统2019年以来首次访问越南。",
        "此访为老挝总统2019年以來首度訪越。",
        "两国贸易额创下2019年之后的最高纪录。",
    ],
)
def test_the_first_since_a_year_is_no_date_of_the_story(tmp_path, since: str) -> None:
    """这是…2019年以来首次…: a comparison with the past; a paragraph that continues the story after
    it (双方…) is still of the story's day."""
    text = f"2023年5月10日，越南总统在河内同老挝总统举行会谈。{since}\n双方还签署了越南和老挝经贸合作协定。\n"
    assert _signed(_events(tmp_path, text)) == ["2023-05-10"]


@pytest.mark.parametrize(
    "text",
    [
        "日本首相2019年3月出访东南亚时，曾先后访问越南、泰国和柬埔寨三国。",
        "日本首相在2019年3月出訪東南亞期間，曾先後訪問越南、泰國和柬埔寨三國。",
        "日本首相2019年3月出访东南亚之际，曾先后访问越南、泰国和柬埔寨三国。",
    ],
)
def test_a_when_clause_with_its_date_dates_the_once_told_act_it_frames(tmp_path, text: str) -> None:
    visits = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert visits and {e.date for e in visits} == {"2019-03"}


def test_an_act_told_with_once_after_another_clause_stays_undated(tmp_path) -> None:
    """2019年3月，A会见B，C曾访问D: the 曾-act is earlier background, not of the date of the first clause."""
    events = _events(tmp_path, "2019年3月，日本首相在东京会见越南总理，泰国总理曾访问柬埔寨。\n")
    assert [e.date for e in events if e.type == "CONSULT" and [r.key() for r in e.recipients] == ["KHM"]] == [None]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2025年6月24日至25日，北约峰会在海牙举行。日本首相和韩国总统均未出席。", "2025-06"),
        ("2024年11月15日至16日，亚太经合组织领导人会议在利马举行，日本首相未能亲自出席。", "2024-11"),
        ("2024年11月15日至16日，亞太經合組織領導人會議在利馬舉行，日本首相沒有出席。", "2024-11"),
        ("2025年6月24日，北约峰会在海牙举行。日本首相和韩国总统均未出席。", "2025-06-24"),
    ],
)
def test_staying_away_from_a_gathering_of_several_days_is_dated_by_its_month(tmp_path, text: str, expected: str) -> None:
    away = [e for e in _events(tmp_path, text) if e.type == "CONSULT" and e.modality == "negated"]
    assert away and {e.date for e in away} == {expected}


_ADVICE_BODY = "一、背景\n\n2023年5月，越南同老挝签署了经贸合作协定。\n\n{head}\n\n1. 越南可与老挝建立海上安全对话机制。\n\n2. 东盟国家宜继续向缅甸提供人道主义援助。\n"


@pytest.mark.parametrize("head", ["三、政策建议", "## 三、政策建议", "第五章 对策建议", "四、對策建議", "五、结论与建议"])
def test_numbered_items_under_a_recommendations_heading_are_proposed(tmp_path, head: str) -> None:
    f = tmp_path / ("brief.md" if head.startswith("#") else "brief.txt")
    f.write_text(_ADVICE_BODY.format(head=head), encoding="utf-8")
    got = {(e.type, e.modality) for e in extract_events(process(f))}
    assert ("AGREE", "asserted") in got  # the background before the section is told as done
    assert ("ESTABLISH", "proposed") in got and ("AID", "proposed") in got, got


def test_numbered_items_under_another_heading_stay_as_told(tmp_path) -> None:
    f = tmp_path / "brief.txt"
    f.write_text(_ADVICE_BODY.format(head="三、最新进展").replace("可与老挝建立", "与老挝建立了"), encoding="utf-8")
    got = {(e.type, e.modality) for e in extract_events(process(f))}
    assert ("ESTABLISH", "asserted") in got, got


@pytest.mark.parametrize(
    "text,expected",
    [
        ("会议未能就《中国—太平洋岛国共同发展愿景》达成一致。", "negated"),
        ("兩國仍未能在核心問題上達成一致。", "negated"),
        ("双方至今未就边界问题达成协议。", "negated"),
        ("双方在核心议题方面未能达成一致。", "negated"),
        ("双方就边界问题达成协议，未发生冲突。", "asserted"),
    ],
)
def test_a_negation_reaches_the_agreement_across_the_topic_it_is_about(tmp_path, text: str, expected: str) -> None:
    events = _events(tmp_path, "2022年5月30日，中国外长与斐济外长举行会谈。" + text + "\n")
    assert [e.modality for e in events if e.type == "AGREE"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "2025年6月16日，中国国家主席抵达阿斯塔纳，出席峰会并对哈萨克斯坦进行国事访问。峰会期间，中国国家主席还会见了吉尔吉斯斯坦总统。",
        "2025年6月16日，中國國家主席抵達阿斯塔納，對哈薩克斯坦進行國事訪問。訪問期間，中國國家主席還會見了吉爾吉斯斯坦總統。",
        "2025年6月16日，中国国家主席飞抵阿斯塔纳，开始对哈萨克斯坦的国事访问。此访期间，中国国家主席会见了吉尔吉斯斯坦总统。",
    ],
)
def test_an_act_during_a_frame_that_began_with_an_arrival_is_dated_by_the_month(tmp_path, text: str) -> None:
    met = [e for e in _events(tmp_path, text + "\n") if e.type == "CONSULT" and "KGZ" in [a.key() for a in e.actors]]
    assert [e.date for e in met] == ["2025-06"]


def test_an_act_during_a_gathering_told_on_one_day_keeps_the_day(tmp_path) -> None:
    text = "2025年6月17日，中国—中亚峰会在阿斯塔纳举行。峰会期间，中国国家主席还会见了吉尔吉斯斯坦总统。\n"
    met = [e for e in _events(tmp_path, text) if e.type == "CONSULT" and "KGZ" in [a.key() for a in e.actors]]
    assert [e.date for e in met] == ["2025-06-17"]


@pytest.mark.parametrize(
    "text",
    [
        "中国总理结束对新西兰的正式访问后，于2024年6月15日抵达阿德莱德。",
        "中國總理結束對紐西蘭的訪問後，2024年6月15日抵達阿德萊德。",
        "中国总理在结束对新西兰的国事访问之后，于2024年6月15日抵达阿德莱德。",
    ],
)
def test_a_visit_told_as_ended_before_a_dated_arrival_takes_its_month(tmp_path, text: str) -> None:
    visits = [e for e in _events(tmp_path, text + "\n") if e.type == "CONSULT" and [r.key() for r in e.recipients] == ["NZL"]]
    assert [e.date for e in visits] == ["2024-06"]
