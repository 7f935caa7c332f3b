"""A press digest: several news items one after another in one file, each under its own dateline or
headline and stamp (lead18). Each item is dated by its own dateline and stamp, as it would be alone.
The items are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from latticework import pipeline
from latticework.events import event_json, extract_events

_ONE = ("日菲签署互惠准入协定\n"
        "（中央社記者馬尼拉8日電）日本與菲律賓8日在馬尼拉簽署《互惠准入協定》，允許兩國軍隊進入對方領土進行聯合訓練。\n"
        "（編輯：王小明）1130708\n")
_TWO = ("中老签署新合作文件\n"
        "新华社万象3月5日电 中国与老挝5日在万象签署关于深化铁路合作的谅解备忘录。\n"
        "（2025年3月5日 来源：新华网）\n")
_THREE = ("美越宣布提升关系\n2023年9月11日　星期一\n"
          "美国总统拜登10日抵达河内，两国宣布将双边关系提升为全面战略伙伴关系。\n")


def _dates(path: Path) -> dict[str, str | None]:
    proc = pipeline.process(path)
    out = {}
    for e in extract_events(proc):
        j = event_json(proc, e)
        out[j["type"] + ":" + ",".join(sorted(a.get("country") or a["id"] for a in j["actors"]))] = j["date"]
    return out


def test_each_item_of_a_digest_keeps_its_own_date(tmp_path: Path) -> None:
    alone = {}
    for name, text in (("a", _ONE), ("b", _TWO), ("c", _THREE)):
        f = tmp_path / f"{name}.txt"
        f.write_text(text, encoding="utf-8")
        alone.update(_dates(f))
    digest = tmp_path / "digest.txt"
    digest.write_text(_ONE + "\n" + _TWO + "\n" + _THREE, encoding="utf-8")
    together = _dates(digest)
    assert together == alone
    assert together["AGREE:JPN,PHL"] == "2024-07-08" and together["AGREE:CHN,LAO"] == "2025-03-05"


def test_one_story_with_a_closing_stamp_is_no_digest(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(_TWO, encoding="utf-8")
    from latticework.layout import digest_stories
    assert digest_stories(pipeline.process(f).doc) == []


def test_after_the_meeting_in_a_paragraph_of_its_own_is_the_meetings_day(tmp_path: Path) -> None:
    # 双方会后… opening a paragraph: the day of the meeting told last, not the story's day weeks later
    text = ("美日首脑会谈回顾\n（中央社記者台北2025年4月29日電）日本首相上月訪美一事仍受關注。\n"
            "日本首相石破茂2月6日抵達華府，7日在白宮與美國總統舉行會談。\n"
            "雙方會後發表聯合聲明，重申美日同盟的重要性。\n")
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    assert _dates(f).get("AGREE:JPN,USA") == "2025-02-07"


@pytest.mark.parametrize("sentence", ["1日，日本经济产业省宣布", "另据报道，日本经济产业省1日宣布"])
def test_the_datelines_day_told_bare_after_a_background_month_is_the_storys(tmp_path: Path, sentence: str) -> None:
    # a story in one paragraph: 1日 after 4月 is the dateline's 1 July, not 1 April
    text = ("日韩摩擦升级\n新华社东京2019年7月1日电 据报道，韩国4月曾就核污水问题批评日本。"
            + sentence + "对韩国加强三种半导体材料的出口管制。\n")
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    assert _dates(f).get("SANCTION:JPN") == "2019-07-01"
