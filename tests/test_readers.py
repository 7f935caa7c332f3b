"""Readers: encodings, PDF text layers, HTML main content, and clear errors on bad input."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import pytest

from latticework.errors import ReadError
from latticework.pipeline import process
from latticework.readers import read

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

# Our own sentences, in both scripts.
SIMPLIFIED = "亚太经合组织于一九八九年在堪培拉成立，中国于一九九一年加入。区域全面经济伙伴关系协定在二〇二二年一月一日生效。\n"
TRADITIONAL = "亞太經合組織於一九八九年在坎培拉成立，澳洲與紐西蘭都是創始成員。東協十國與南韓也參與其中。\n"


@pytest.mark.parametrize(
    "encoding,text",
    [("utf-8", SIMPLIFIED), ("utf-8-sig", SIMPLIFIED), ("gb18030", SIMPLIFIED), ("gbk", SIMPLIFIED),
     ("big5", TRADITIONAL), ("utf-8", TRADITIONAL), ("utf-16", SIMPLIFIED)],
)
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    p = tmp_path / f"doc-{encoding}.txt"
    p.write_bytes((text * 3).encode(encoding))
    src = read(p)
    assert src.text == text * 3


def _error(path: Path) -> str:
    with pytest.raises(ReadError) as ei:
        read(path)
    msg = ei.value.message
    assert str(path) in msg and "\n" not in msg
    return msg


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty" in _error(p)


def test_whitespace_only_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.md"
    p.write_text("  \n\n \t\n")
    assert "white space" in _error(p)


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    assert "binary" in _error(p)


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    p = tmp_path / "data.txt"
    p.write_bytes(b"abc\x00def\x00" * 100)
    assert "binary" in _error(p)


def test_damaged_utf8_is_reported_with_its_byte(tmp_path: Path) -> None:
    head = SIMPLIFIED[:20].encode("utf-8")
    p = tmp_path / "damaged.txt"
    p.write_bytes(head + b"\xff\xfe" + SIMPLIFIED.encode("utf-8") * 5)
    msg = _error(p)
    assert "undecodable" in msg and f"byte {len(head)}" in msg


def test_random_high_bytes_are_undecodable(tmp_path: Path) -> None:
    import random

    rnd = random.Random(7)
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(4000)))
    msg = _error(p)
    assert "undecodable" in msg or "binary" in msg


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    assert "directory" in _error(tmp_path)


def test_huge_single_line_fails_fast_with_bounded_memory(tmp_path: Path) -> None:
    p = tmp_path / "oneline.txt"
    size = 50 * 1024 * 1024
    with p.open("wb") as fh:
        chunk = ("亚太" * 1000).encode("utf-8")
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)
    tracemalloc.start()
    msg = _error(p)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "line 1" in msg and "not a prose document" in msg
    # memory proportional to the input: no more than a couple of copies of the file are held
    assert peak < 3 * size


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    from make_sample_pdf import render

    p = tmp_path / "brief.pdf"
    render("# 简报\n\n东盟于一九六七年在曼谷成立。\n\\f\n第二页：越南于一九九五年加入东盟。\n", p)
    src = read(p)
    assert src.format == "pdf"
    assert "东盟于一九六七年在曼谷成立" in src.text.replace("\n", "")
    assert "越南于一九九五年加入东盟" in src.text.replace("\n", "")


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    from make_sample_pdf import render_blank

    p = tmp_path / "scan.pdf"
    render_blank(p, pages=2)
    assert "OCR" in _error(p)


def test_truncated_pdf(tmp_path: Path) -> None:
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    assert "PDF" in _error(p)


def test_pdf_name_without_pdf_content(tmp_path: Path) -> None:
    p = tmp_path / "fake.pdf"
    p.write_text("not a pdf at all")
    assert "not a PDF" in _error(p)


def test_html_main_content_drops_navigation_and_ads(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><meta charset="utf-8"><title>东盟峰会闭幕</title>
    <script>var tracker = "TRACKER_CODE";</script></head><body>
    <nav><a href="/">首页</a> <a href="/world">国际频道导航</a></nav>
    <div class="ad">广告：限时优惠机票</div>
    <article><h1>东盟峰会闭幕</h1>
    <p>第四十三届东盟峰会于二〇二三年九月在雅加达闭幕，与会领导人讨论了缅甸局势与南海问题。</p>
    <p>印度尼西亚作为轮值主席国，推动通过了关于印太展望落实的声明，各方同意加强海上合作。</p>
    <p>会议期间还举行了东亚峰会，美国副总统哈里斯代表美方出席。</p></article>
    <footer>版权所有 示例新闻网</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    src = read(p)
    assert "雅加达闭幕" in src.text
    for noise in ("TRACKER_CODE", "限时优惠", "国际频道导航", "版权所有"):
        assert noise not in src.text


@pytest.mark.parametrize(
    "head,expected",
    [
        # a stamp line completes a dateline without year or month
        ("美日峰會聚焦防衛合作\n2024-04-10 15:32 中央社\n\n（中央社記者王某東京10日專電）", "2024-04-10"),
        ("美日峰会聚焦防卫合作\n发布时间：2024年04月10日 15:32 来源：新华网\n\n新华社华盛顿4月9日电 ", "2024-04-09"),
        # a stamp alone dates the page
        ("美日峰會聚焦防衛合作\n\n2024年4月10日 星期三\n\n（綜合報道）", "2024-04-10"),
        # a newspaper's page line and a byline with the date are stamps too
        ("美日峰会聚焦防卫合作\n人民日报 2024年04月10日 第03版\n\n本报华盛顿4月9日电 ", "2024-04-09"),
        ("美日峰會聚焦防衛合作\n文／記者王某　2024.04.10\n\n", "2024-04-10"),
        # a paper's own report line with the date (本報綜合報道, 本报综合报道, 综合报道)
        ("美日峰會聚焦防衛合作\n（本報綜合報道）2024年4月10日\n\n", "2024-04-10"),
        ("美日峰会聚焦防卫合作\n综合报道　2024-04-10\n\n", "2024-04-10"),
        # a dateline without year and no stamp: no year is invented
        ("美日峰会聚焦防卫合作\n\n新华社华盛顿4月9日电 ", None),
    ],
)
def test_news_date_from_stamp_and_dateline(tmp_path, head: str, expected: str | None) -> None:
    f = tmp_path / "news.txt"
    f.write_text(head + "日本首相9日抵达华盛顿，与美国总统举行会谈。\n", encoding="utf-8")
    p = process(f)
    assert p.date == expected
    # the stamp stays a line of its own, never glued to the title or the story
    assert all(len(p.doc.block_text(i)) < 40 or "首相" in p.doc.block_text(i) for i in range(len(p.doc.blocks)))
    assert any(p.doc.block_text(i).startswith("美日峰") and "首相" not in p.doc.block_text(i) for i in range(len(p.doc.blocks)))


_PAGE = ("<html><head><meta charset='utf-8'><title>湄公河合作外长会举行</title>{meta}</head><body><article>"
         "<h1>湄公河合作外长会举行</h1><p>{body}</p><p>会议期间，各方同意在水资源领域加强信息共享。</p></article>"
         "<footer>{footer}</footer></body></html>")


@pytest.mark.parametrize(
    "meta,body,footer,expected",
    [
        # the page's own metadata dates it, to the day it states
        ("<meta property='article:published_time' content='2023-12-08T09:30:00+07:00'>",
         "各国外长8日在曼谷举行会议，发表联合声明。", "", "2023-12-08"),
        ("<meta name='pubdate' content='2023-12-08'>", "各国外长8日在曼谷举行会议。", "", "2023-12-08"),
        # a copyright year is no publication date, and never becomes 1 January
        ("", "各国外长8日在曼谷举行会议，发表联合声明。", "版权所有 © 2019 某某观察网", None),
        # nor is a year named in the story (the page is about 2016, not from it)
        ("", "2016年，澜沧江—湄公河合作机制正式启动，各方此后每年举行外长会议。", "", None),
        # a publication line printed at the top of the story dates it
        ("", "发布时间：2023年12月8日 18:20<br>各国外长8日在曼谷举行会议。", "", "2023-12-08"),
    ],
)
def test_html_page_date_only_as_the_page_states_it(tmp_path, meta: str, body: str, footer: str, expected: str | None) -> None:
    f = tmp_path / "page.html"
    f.write_text(_PAGE.format(meta=meta, body=body, footer=footer), encoding="utf-8")
    p = process(f)
    assert p.date == expected
    assert p.date is None or not p.date.endswith("-01-01")


def test_html_offsets_and_lines_are_the_files(tmp_path) -> None:
    """Mentions and evidence in an HTML page point at the markup the user has, not at the
    extracted text: the slice of the file is the mention, and the line is the file's."""
    from latticework.actors import link, mention_json
    from latticework.events import extract_events

    page = ("<!DOCTYPE html>\n<html><head><title>峰会 | 新闻网</title>\n<style>p{color:red}</style></head>\n"
            "<body><nav><a href='/'>首页</a></nav>\n<article><h1>中越发表联合声明</h1>\n"
            "<p>2023年12月12日，中国国家主席习近平对越南进行国事访问，两国&nbsp;发表联合声明。</p>\n"
            "<p>同日，两国签署了多份合作文件，涉及<b>经贸</b>与安全领域。</p></article></body></html>\n")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    p = process(f)
    ms = [mention_json(p.doc, m) for m in link(p.doc, doc_date=p.date)]
    assert ms and all(page[m["start"] : m["end"]] == m["text"] for m in ms)
    viet = next(m for m in ms if m["text"] == "越南")
    assert viet["line"] == page[: viet["start"]].count("\n") + 1 == 6
    evs = extract_events(p)
    assert evs
    from latticework.events import event_json

    for ev in (event_json(p, e) for e in evs):
        for x in ev["evidence"] if isinstance(ev["evidence"], list) else [ev["evidence"]]:
            assert x["line"] in (5, 6, 7) and page[x["start"]:x["end"]].startswith(x["text"][:4])


def test_a_wire_items_footer_date_completes_its_dateline(tmp_path) -> None:
    """CNA copy ends with the editor and the date in the ROC calendar (1140403 = 2025-04-03)."""
    f = tmp_path / "cna.txt"
    body = "（中央社記者王某東京2日專電）日本首相2日與來訪的菲律賓總統舉行會談。\n兩國同意加強海上合作。"
    f.write_text("日菲首腦會談\n" + body + "（編輯：李某）1140403\n", encoding="utf-8")
    assert process(f).date == "2025-04-02"
    g = tmp_path / "plain.txt"
    g.write_text("日菲首腦會談\n" + body + "\n", encoding="utf-8")
    assert process(g).date is None  # no footer: the dateline alone names no year


@pytest.mark.parametrize("stamp,items,menu", [
    ("发布日期：2024年3月", ["东盟与日本宣布将关系提升为全面战略伙伴关系，双方同意加强海上合作。",
                        "澳大利亚宣布向太平洋岛国追加提供气候融资，重点支持沿海社区。"], ["首页", "国际频道导航"]),
    ("發布日期：2024年3月", ["東盟與日本宣布將關係提升為全面戰略夥伴關係，雙方同意加強海上合作。",
                        "澳洲宣布向太平洋島國追加提供氣候融資，重點支持沿海社區。"], ["首頁", "國際頻道導航"]),
])
def test_html_brief_keeps_its_bullet_points_and_its_month_stamp(tmp_path, stamp: str, items: list[str], menu: list[str]) -> None:
    """A brief's key findings in a bullet list are its text, while a menu list stays out; the
    publication line at the top of the body dates the page to the month it states."""
    page = ("<html><head><meta charset='utf-8'><title>区域合作简报</title></head><body>"
            f"<nav><ul><li><a href='/'>{menu[0]}</a></li><li><a href='/w'>{menu[1]}</a></li></ul></nav>"
            f"<article><h1>区域合作简报</h1><p class='meta'>{stamp}</p><h2>一、核心判断</h2><ul>"
            + "".join(f"<li>{t}</li>" for t in items)
            + "</ul><p>" + items[0][:4] + "长期以来是地区合作的重要推动力量，各方在多个领域保持密切沟通与协调，合作成果不断丰富。</p>"
            "</article><footer>版权所有 © 2019 某某观察网</footer></body></html>")
    f = tmp_path / "brief.html"
    f.write_text(page, encoding="utf-8")
    p = process(f)
    text = p.doc.text
    assert all(t in text for t in items), text
    assert not any(m in text for m in menu), text
    assert p.date == "2024-03"


def test_a_page_stamp_below_a_long_menu_dates_the_page(tmp_path) -> None:
    """The stamp under the headline comes after more menu items than the first eight lines hold: it
    is still the page's date, and 今日 in the story is that day."""
    menu = " | ".join(f"<a href='/s{i}'>欄目{i}</a>" for i in range(9))
    html = (f"<html><head><meta charset='utf-8'><title>東盟外長會閉幕</title></head><body><nav>{menu}</nav>"
            "<div class='ad'>廣告：旅遊優惠</div><article><h1>東盟外長會閉幕</h1>"
            "<p class='meta'>2024年7月27日 21:40　記者：國際組</p>"
            "<p>東盟外長會議今日在寮國首都萬象閉幕，各國外長發表聯合公報，對南海局勢表示關切。</p>"
            "<p>會議期間，中國外長與東盟各國外長舉行會談，雙方同意加快磋商進程，並就多項合作議題交換意見。</p>"
            "</article></body></html>")
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    assert process(f).date == "2024-07-27"
