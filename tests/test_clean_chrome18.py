"""A story copied or saved from a news site with its page around it (lead18): a breadcrumb, share,
editor and copyright lines, and a list of links to other stories with dates of their own. The story
must read the same as without them. Texts are invented for these tests."""

from __future__ import annotations

from pathlib import Path

from latticework import pipeline
from latticework.events import event_json, extract_events

_STORY = ("日菲两国签署互惠准入协定\n"
          "（本报马尼拉8日电）日本与菲律宾8日在马尼拉签署《互惠准入协定》，允许两国军队进入对方领土开展联合训练。"
          "菲律宾总统马科斯出席签字仪式。\n"
          "分析人士认为，该协定将推动两国防务合作迈上新台阶。\n")
_PAGE_HEAD = "首页 > 国际 > 亚太\n分享到：微信 微博\n"
_PAGE_TAIL = ("\n相关新闻：\n· 中美两国外长在北京举行会谈（2023-05-04）\n· 日本宣布加入新的安全框架（2022-11-12）\n"
              "· 越南与印度签署海上合作备忘录（2021-03-08）\n责任编辑：李明\n扫码关注我们 | 阅读原文\n"
              "© 2025 某某新闻网 版权所有 京ICP备12345678号\n")


def _events(path: Path) -> list[tuple]:
    proc = pipeline.process(path)
    out = []
    for e in extract_events(proc):
        j = event_json(proc, e)
        out.append((j["type"], sorted(a.get("country") or a["id"] for a in j["actors"]), j["date"], j["modality"]))
    return sorted(out)


def test_page_chrome_changes_nothing_of_the_story(tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    page = tmp_path / "page.txt"
    bare.write_text(_STORY, encoding="utf-8")
    page.write_text(_PAGE_HEAD + _STORY + _PAGE_TAIL, encoding="utf-8")
    assert _events(bare) and _events(page) == _events(bare)


def test_the_headline_after_a_breadcrumb_is_the_title(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE_HEAD + _STORY + _PAGE_TAIL, encoding="utf-8")
    proc = pipeline.process(page)
    assert "相关新闻" not in proc.doc.text and "ICP" not in proc.doc.text
    assert proc.doc.text.lstrip().startswith("日菲两国签署互惠准入协定")


def test_a_list_of_links_in_html_gives_the_page_no_date(tmp_path: Path) -> None:
    html = ("<html><head><meta charset='utf-8'><title>t</title></head><body><article>"
            "<h1>日菲两国签署互惠准入协定</h1><p class='meta'>2024年7月8日　星期一</p>"
            "<p>日本与菲律宾8日在马尼拉签署《互惠准入协定》，允许两国军队进入对方领土开展联合训练。</p>"
            "<p>分析人士认为，该协定将推动两国防务合作迈上新台阶。</p></article>"
            "<div class='related'><h3>相关新闻</h3><ul><li><a href='/n/1.html'>中美两国外长在北京举行会谈</a> 2023-05-04</li>"
            "<li><a href='/n/2.html'>日本宣布加入新的安全框架</a> 2022-11-12</li></ul></div></body></html>")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    proc = pipeline.process(page)
    assert proc.date == "2024-07-08"
    assert [e for e in _events(page) if e[0] == "AGREE"][0][2] == "2024-07-08"


def test_a_story_paragraph_after_a_links_heading_is_read(tmp_path: Path) -> None:
    # the list ends at the first line that ends a sentence: a story line after it is body text again
    text = ("相关阅读：\n· 东盟峰会在雅加达开幕\n"
            "2023年9月5日，印尼总统佐科在雅加达主持第43届东盟峰会。\n")
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    assert any(e[0] == "CONSULT" and e[2] == "2023-09-05" for e in _events(f))


def test_markdown_front_matter_is_metadata(tmp_path: Path) -> None:
    bare = tmp_path / "bare.md"
    page = tmp_path / "page.md"
    bare.write_text(_STORY, encoding="utf-8")
    page.write_text("---\ntitle: 日菲两国签署互惠准入协定\ndate: 2024-07-08T10:30:00+08:00\nauthor: 李明\n"
                    "tags:\n  - 亚太\n  - 防务\n---\n\n" + _STORY, encoding="utf-8")
    proc = pipeline.process(page)
    assert proc.date == "2024-07-08" and "author" not in proc.doc.text and "---" not in proc.doc.text
    # the same events as the bare story, dated by the front matter's day (the dateline gives only 8日)
    assert [(t, p, m) for t, p, _, m in _events(page)] == [(t, p, m) for t, p, _, m in _events(bare)]
    assert [d for t, _, d, _ in _events(page) if t == "AGREE"] == ["2024-07-08"]


def test_a_fence_that_opens_no_field_block_is_text(tmp_path: Path) -> None:
    # a rule at the top followed by prose is no front matter
    page = tmp_path / "page.md"
    page.write_text("---\n2023年9月5日，印尼总统佐科在雅加达主持第43届东盟峰会。\n---\n", encoding="utf-8")
    assert any(e[0] == "CONSULT" for e in _events(page))


def test_a_list_of_past_posts_under_its_heading_is_chrome(tmp_path: Path) -> None:
    # a WeChat account's 往期推荐: headlines, one ending with a question mark
    page = tmp_path / "page.txt"
    page.write_text(_STORY + "\n往期推荐\n美日韩峰会释放了什么信号？\n东盟外长会聚焦南海议题\n\n点击关注，获取更多资讯\n",
                    encoding="utf-8")
    bare = tmp_path / "bare.txt"
    bare.write_text(_STORY, encoding="utf-8")
    assert _events(page) == _events(bare)
