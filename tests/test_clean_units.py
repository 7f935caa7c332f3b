"""Cleaning rules on small documents written for these tests."""

from __future__ import annotations

from latticework.clean import clean
from latticework.model import SourceText


def doc(text: str, fmt: str = "txt"):
    return clean(SourceText(path="t.txt", text=text, format=fmt))


def paragraphs(d) -> list[str]:
    return [d.block_text(i) for i, b in enumerate(d.blocks) if b.kind == "paragraph"]


def notes(d) -> list[tuple[str | None, str, int | None]]:
    """(label, body text, line of the paired marker) for every footnote."""
    return [
        (f.label, d.block_text(f.block), d.markers[f.marker].line if f.marker is not None else None)
        for f in d.footnotes
    ]


WRAPPED = "\n\n".join(
    [
        "2023年亚太秩序的演变",
        " 摘　要：　 2023年, 美国与日本、 韩国和澳大利亚的同盟关系进一步强化, 美日韩",
        "三国领导人在戴维营举行首次单独峰会并发表 《戴维营原则》。① 与此同时, 东",
        "盟继续坚持其中心地位, 并接纳东帝汶为第十一个成员的原则决定也在推进之中。",
        "一　同盟体系的强化",
        "（一）美日同盟",
        "2023 年 1月, 日本首相岸田文雄访问华盛顿, 两国发表联合声明, 强调同盟的现代化。② 同年",
        "5 月, 七国集团峰会在广岛举行, 日本作为东道主邀请韩国和澳大利亚等国领导人出席会",
    ]
) + "\n ①\n\n②\n“Joint Statement of the United States and Japan,” January 13, 2023, https: / / www. white\nhouse. gov / a / , accessed: 2024-03-01.\n“G7 Hiroshima Leaders' Communiqué,” May 20, 2023, https: / / www. g7. jp / , accessed: 2024-03-01.\n 议, 并就乌克兰局势进行了讨论。\n\n214\n\n 2023年亚太秩序的演变\n\n（二）美韩同盟\n\n2023年4月, 韩国总统尹锡悦对美国进行国事访问, 双方发表 《华盛顿宣言》。\n"


def test_wrapped_report_rejoins_across_footnote_block_and_page() -> None:
    d = doc(WRAPPED)
    paras = paragraphs(d)
    joined = "\n".join(paras)
    assert "出席会议，并就乌克兰局势进行了讨论。" in joined
    assert "美日韩三国领导人" in joined and "与此同时，东盟继续" in joined
    assert "2023年1月，日本首相岸田文雄访问华盛顿" in joined
    assert "同年5月，七国集团峰会" in joined
    assert "214" not in joined and joined.count("2023年亚太秩序的演变") == 1  # the title, not its repeat
    assert [d.block_text(i) for i, b in enumerate(d.blocks) if b.kind == "heading"] == [
        "一 同盟体系的强化", "（一）美日同盟", "（二）美韩同盟"]
    assert [b.level for b in d.blocks if b.kind == "heading"] == [1, 2, 2]
    got = notes(d)
    assert len(got) == 2
    assert got[0][0] == "1" and "January 13, 2023, https://www.whitehouse.gov/a/" in got[0][1]
    assert got[1][0] == "2" and got[1][2] is not None
    dropped = dict(d.dropped)
    assert "page number" in dropped.values() and "running header" in dropped.values()


def test_markdown_footnotes_restart_per_page_and_pair_with_the_latest_marker() -> None:
    text = (
        "# 东盟中心地位的挑战<sup>\\*</sup>\n\n□ 王 磊\n\n<sup>\\*</sup> 本文系某基金项目的阶段性成果。\n\n"
        "东盟在二〇二三年迎来轮值主席国印度尼西亚。<sup>[1]</sup>会议期间通过了多项声明。<sup>[2]</sup>“东盟印太展\n\n"
        "---\n\n[1] 示例出处一。\n\n[2] 示例出处二。\n\n"
        "望”的落实成为焦点。<sup>[1]</sup>\n\n---\n\n[1] 第二页的出处。\n"
    )
    d = doc(text)
    assert "“东盟印太展望”的落实成为焦点。" in "".join(paragraphs(d))
    got = notes(d)
    assert [(g[0], g[1]) for g in got] == [
        ("*", "本文系某基金项目的阶段性成果。"), ("1", "示例出处一。"), ("2", "示例出处二。"), ("1", "第二页的出处。")]
    assert got[0][2] == 1 and got[1][2] == 7 and got[2][2] == 7 and got[3][2] == 15
    assert all(m.footnote is not None for m in d.markers)


def test_caret_and_pandoc_marker_styles() -> None:
    text = (
        "# 简报^{*}\n\n日本与菲律宾签署互惠准入协定。^[1] 澳大利亚表示欢迎。[^2]\n\n"
        "^{*} 本文为示例。\n\n[1] 出处甲。\n\n[^2]: 出处乙。\n"
    )
    d = doc(text, "md")
    assert "日本与菲律宾签署互惠准入协定。澳大利亚表示欢迎。" in paragraphs(d)
    assert [(g[0], g[1]) for g in notes(d)] == [("*", "本文为示例。"), ("1", "出处甲。"), ("2", "出处乙。")]
    assert all(m.footnote is not None for m in d.markers)


def test_latin_words_keep_their_space_and_hyphenated_wraps_their_hyphen() -> None:
    text = "美国国务卿布林肯出席了湄公河下游倡议之友 (Friends of the\n\nMekong) 会议, 讨论 Asia-\n\nPacific 合作。\n"
    p = paragraphs(doc(text))[0]
    assert "(Friends of the Mekong)" in p and "Asia-Pacific" in p


def test_duplicated_character_at_a_page_join_is_dropped_only_when_a_dictionary_confirms() -> None:
    long = "双方同意在此前达成的共识基础上继续推进合作并在此基"
    d = doc(f"{long}\n\n\n\n基础上建立新的对话机制。\n")
    assert "在此基础上建立" in paragraphs(d)[0]
    d = doc("二〇二三年十二月，拜登签署的预算法案由美国\n\n\n\n国会两院通过后生效。\n")
    assert "美国国会两院" in paragraphs(d)[0]


def test_fullwidth_forms_spaces_and_escapes() -> None:
    d = doc("□ 杨 娜\n\nＡＰＥＣ成员占全球ＧＤＰ约６０％，见 https://example.org/a\\_b 。\n", "md")
    text = d.text
    assert "□杨娜" in text
    assert "APEC成员占全球GDP约60%" in text
    assert "https://example.org/a_b" in text


def test_traditional_text_has_a_simplified_view_with_the_same_offsets() -> None:
    d = doc("南韓總統與澳洲總理在東京會晤，雙方同意加強國際合作。\n")
    assert d.is_traditional
    assert d.simplified == "南韩总统与澳洲总理在东京会晤，双方同意加强国际合作。"
    assert len(d.simplified) == len(d.text)


def test_every_block_maps_to_its_lines() -> None:
    d = doc(WRAPPED)
    for i, b in enumerate(d.blocks):
        start, end = d.orig_span(b.start, b.end)
        assert d.source.line_of(start) == b.line_first
        assert d.source.line_of(end - 1) == b.line_last


def test_a_running_head_seen_once_beside_a_page_number_and_notes_that_name_their_source() -> None:
    """A report's title printed once over a page number is page furniture, not words inside the
    sentence the page break cut; notes that start with a marker used in the body and name their
    source (a statement, a date) are footnotes even without a citation pattern."""
    body = ("2023年9月，美國總統拜登訪問越南，兩國將關係提升為全面戰略夥伴關係①。同年11月，日本首相岸田文雄訪問菲律賓，"
            "宣布啟動談判。2024年7月，日菲兩國外長和防長在馬尼拉舉行「2+2」會談，正式簽署協定。")
    lines = [body[i : i + 35] for i in range(0, len(body), 35)]
    text = "\n".join(lines[:2] + ["", "亞太安全形勢評估報告", "", "— 12 —", ""] + lines[2:] + ["", "① 美越聯合聲明，2023年9月11日。"]) + "\n"
    doc = clean(SourceText("r.txt", text, "txt"))
    kinds = [(b.kind, doc.block_text(i)) for i, b in enumerate(doc.blocks)]
    assert kinds[0][0] == "paragraph" and kinds[0][1].replace("①", "") == body.replace("①", "")
    assert ("footnote", "美越聯合聲明，2023年9月11日。") in kinds and len(kinds) == 2


def test_text_typed_one_paragraph_a_line_keeps_its_paragraphs() -> None:
    """News copy and chronicles are often typed one paragraph a line with no blank line between:
    a line that ends a sentence ends its paragraph (a Markdown-style join would make the whole
    story one paragraph, and the paragraph is the unit dates and references are inherited in)."""
    news = ("澳中贸易关系回暖\n"
            "澳大利亚贸易部长法瑞尔5月12日抵达北京，与中国商务部长王文涛举行会谈，这是三年来澳方贸易部长首次访华。\n"
            "双方同意恢复中澳自由贸易协定联合委员会机制，并就葡萄酒和大麦关税问题进一步磋商。\n"
            "去年12月，两国外长在北京举行第六轮外交与战略对话。\n")
    d = doc(news)
    assert paragraphs(d)[1:] == [line for line in news.splitlines()[1:]]
    chronicle = ("2023年太平洋岛国外交纪事\n"
                 "3月15日，洪都拉斯宣布与台湾断绝所谓“外交关系”。\n"
                 "3月26日，中国与洪都拉斯在北京签署建交联合公报。\n"
                 "5月22日，美国与巴布亚新几内亚签署防务合作协议，美国国务卿布林肯出席签字仪式。\n"
                 "8月29日，所罗门群岛总理索加瓦雷出席中国—东盟博览会开幕式。\n")
    assert len(paragraphs(doc(chronicle))) == 5


def test_hard_wrapped_lines_still_rejoin_when_few_lines_end_a_sentence() -> None:
    wrapped = ("澳中贸易关系的曲折历程\n"
               "2020年5月，中国对原产于澳大利亚的大麦征收反倾销税和反补贴税，此后又对葡萄\n"
               "酒采取反倾销措施。2022年5月澳大利亚工党政府上台后，两国关系逐步改善，同年\n"
               "12月，澳外长黄英贤访华，两国在北京举行第六轮外交与战略对话，双方同意保持\n"
               "高层交往。2023年8月，中方宣布取消对澳大麦加征的关税。\n")
    paras = paragraphs(doc(wrapped))
    assert any("此后又对葡萄酒采取反倾销措施" in p and "取消对澳大麦加征的关税" in p for p in paras)


def test_a_dashed_page_number_inside_a_cut_paragraph_is_furniture() -> None:
    """A page break that falls inside a paragraph of a hard-wrapped report leaves the page number
    (— 41 —) and the running head between the two halves of a sentence; both are furniture and
    the sentence is one (simplified and traditional)."""
    for head, first, rest, joined in (
        ("东亚合作年度报告｜第二章", "2023年3月，两国外长在东京会晤，并宣布将双边关系提升为战略伙", "伴关系，同时签署了三项合作文件。",
         "提升为战略伙伴关系，同时签署"),
        ("東亞合作年度報告｜第二章", "2023年3月，兩國外長在東京會晤，並宣布將雙邊關係提升為戰略夥", "伴關係，同時簽署了三項合作文件。",
         "提升為戰略夥伴關係，同時簽署"),
    ):
        text = "\n".join([head, "第二章　东亚合作", "一、双边关系", "两国关系近年发展迅速，高层往来频繁，各领域合作不断",
                          "深入。" + first, "— 41 —", head, rest, "— 42 —"]) + "\n"
        paras = paragraphs(doc(text))
        assert any(joined in p for p in paras), paras
        assert not any("41" in p for p in paras), paras


def test_the_paragraph_after_a_table_is_not_its_last_row() -> None:
    """A table's last row ends at its line: the sentence of the paragraph after the table is a
    paragraph of its own (an HTML page's table comes out as Markdown rows)."""
    for rows, after in (
        ("| 机制 | 成立年份 |\n|---|---|\n| 东盟地区论坛 | 1994年 |\n| 东亚峰会 | 2005年 |\n",
         "2019年8月，东盟地区论坛外长会议在曼谷举行。\n"),
        ("| 機制 | 成立年份 |\n|---|---|\n| 東盟地區論壇 | 1994年 |\n| 東亞峰會 | 2005年 |\n",
         "2019年8月，東盟地區論壇外長會議在曼谷舉行。\n"),
    ):
        d = doc("# 区域机制\n\n前言一句。\n" + rows + after, "md")
        blocks = [d.block_text(i) for i in range(len(d.blocks))]
        assert after.strip() in blocks, blocks
