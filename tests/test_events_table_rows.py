"""Rows of a table listing initiatives or agreements with who launched them and when: one founding or
signing per row (events/table_rows.py). Tables written for these tests, Markdown and HTML, both scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import summary

from latticework.actors import link
from latticework.clean import clean
from latticework.events import default_extractor
from latticework.readers import read

MD = """# 联通倡议一览

| 倡议 | 发起方 | 启动时间 | 规模 |
|---|---|---|---|
| 蓝点网络 | 美、日、澳 | 2019年11月 | —— |
| 全球门户 | 欧盟 | 2021年12月 | 3000亿欧元 |
| 某某走廊 | 不详 | 2020年 | —— |
"""

HTML_TW = """<html><body><h1>聯通倡議一覽</h1>
<table>
<tr><th>倡議</th><th>發起方</th><th>啟動時間</th></tr>
<tr><td>藍點網絡</td><td>美、日、澳</td><td>2019年11月</td></tr>
<tr><td>全球門戶</td><td>歐盟</td><td>2021年12月</td></tr>
</table></body></html>
"""

AGREEMENTS = """# 协定

| 协定 | 签署方 | 签署时间 |
|---|---|---|
| 《区域全面经济伙伴关系协定》 | 东盟、中国、日本 | 2020年11月15日 |
"""

EVENTS_TABLE = """# 大事记

| 日期 | 事件 | 主要参与方 |
|---|---|---|
| 2023年10月 | 签署《警务合作协议》 | 中国、瓦努阿图 |
"""


def extract(tmp_path: Path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    doc = clean(read(p))
    return default_extractor().extract(doc, link(doc))


@pytest.mark.parametrize("name,text", [("a.md", MD), ("b.html", HTML_TW)])
def test_each_row_of_an_initiative_table_is_a_founding(tmp_path, name, text) -> None:
    evs = [e for e in extract(tmp_path, name, text) if e.type == "ESTABLISH"]
    got = {e.object["id"]: (sorted(a.key() for a in e.actors), e.date) for e in evs}
    assert got.get("blue-dot-network") == (["AUS", "JPN", "USA"], "2019-11"), summary(evs)
    assert got.get("global-gateway") == (["eu"], "2021-12"), summary(evs)


def test_a_row_without_a_known_party_tells_nothing(tmp_path) -> None:
    evs = extract(tmp_path, "a.md", MD)
    assert not [e for e in evs if e.trigger == "某某走廊"]


def test_the_size_column_gives_the_quantity(tmp_path) -> None:
    gg = [e for e in extract(tmp_path, "a.md", MD) if e.object and e.object.get("id") == "global-gateway"]
    assert gg and gg[0].quantities and gg[0].quantities[0]["value"] == 300_000_000_000


def test_a_table_of_agreements_and_signing_dates_tells_signings(tmp_path) -> None:
    evs = extract(tmp_path, "c.md", AGREEMENTS)
    agree = [e for e in evs if e.type == "AGREE"]
    assert len(agree) == 1 and agree[0].date == "2020-11-15", summary(evs)
    assert {"asean", "CHN", "JPN"} <= {a.key() for a in agree[0].actors}


def test_a_table_whose_rows_tell_events_in_words_is_read_as_sentences(tmp_path) -> None:
    evs = extract(tmp_path, "d.md", EVENTS_TABLE)
    assert [(e.type, e.date) for e in evs] == [("AGREE", "2023-10")], summary(evs)


@pytest.mark.parametrize("text", [
    "| 倡议 | 发起方 | 启动时间 |\n",
    "| 倡议 | 发起方 | 启动时间 |\n|---|---|---|\n",
    "| 倡议 | 发起方 | 启动时间 |\n||||\n| 蓝点网络 |\n",
    "|\n||\n| | |\n",
    "| 2019年11月 | 美、日 |\n| 蓝点网络 | 美、日、澳 | 2019年11月 |\n",
])
def test_odd_or_broken_tables_give_no_error_and_no_invented_row(tmp_path, text) -> None:
    evs = extract(tmp_path, "odd.md", text)
    assert all(e.trigger != "" for e in evs)
    assert not [e for e in evs if e.type == "ESTABLISH" and e.object and e.object.get("name") in ("", "——")]
