"""Hard-wrapped text (a PDF's visual lines) reads as the same paragraphs as text typed one paragraph
a line: the metamorphic test rebuilds development texts from their cleaned paragraphs and wraps
them at a fixed width, with blank lines or an indent between paragraphs, and asks for the same
events; the unit tests are the failures it found, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from latticework.clean import clean
from latticework.clean.patterns import stamp_date
from latticework.events import event_json, extract_events
from latticework.model import SourceText
from latticework.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
# chronicles with month headings, news with a title line and a dateline, a journal whose number
# breaks at a wrap: the texts the wrapping used to change
TEXTS = ["dev/texts/i-yearbook-cn.txt", "dev/texts/e-chronology-cn.txt", "dev/texts/nw-wire-korea-cn.txt",
         "dev/texts/z-news-hk.txt", "dev/texts/oq-d-news-tw.txt", "heldout5/texts/b-cna-nauru.txt",
         "heldout3/texts/c-journal.txt"]


def _records(path: Path) -> list[tuple]:
    p = process(path)
    out = []
    for e in extract_events(p):
        j = event_json(p, e)
        parts = lambda xs: tuple(sorted(x["country"] or x["id"] for x in xs))
        out.append((j["type"], parts(j["actors"]), parts(j["recipients"]), j["date"], j["date_end"], j["modality"]))
    return sorted(out, key=repr)


def _wrap(paragraphs: list[str], width: int, indent: bool) -> str:
    lines = []
    for t in paragraphs:
        t = ("\u3000\u3000" + t) if indent and len(t) > width else t
        lines.append("\n".join(t[i : i + width] for i in range(0, len(t), width)))
    return ("\n" if indent else "\n\n").join(lines) + "\n"


@pytest.mark.parametrize("width", [28, 38])
@pytest.mark.parametrize("indent", [False, True])
def test_wrapped_texts_give_the_events_of_their_paragraphs(tmp_path, width, indent):
    differences = []
    for name in TEXTS:
        p = process(ROOT / "gold" / name)
        paragraphs = [p.doc.block_text(i) for i, b in enumerate(p.doc.blocks) if b.kind in ("paragraph", "heading")]
        flat, wrapped = tmp_path / "flat.txt", tmp_path / "wrapped.txt"
        flat.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        wrapped.write_text(_wrap(paragraphs, width, indent), encoding="utf-8")
        a, b = _records(flat), _records(wrapped)
        if a != b:
            differences.append((name, set(a) - set(b), set(b) - set(a)))
    assert not differences, differences


def _blocks(text: str) -> list[str]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [doc.block_text(i) for i in range(len(doc.blocks))]


def test_a_month_heading_after_a_full_last_line_stays_a_heading():
    # each entry ends a sentence at the end of a full visual line; the month heading that follows
    # (after a blank line) is no continuation of it
    entry = "9日两国外长在首都举行会谈，双方同意尽快重启边境谈判，并加强经贸合作。"
    width = len(entry) // 2
    text = "某国外交大事记\n\n十月\n\n" + entry[:width] + "\n" + entry[width:] + "\n\n十一月\n\n" + entry[:width] + "\n" + entry[width:] + "\n"
    blocks = _blocks(text)
    assert "十一月" in blocks and "十月" in blocks, blocks


def test_an_indented_line_opens_a_paragraph():
    title = "两国外长会晤同意重启边境谈判机制"
    body = "\u3000\u3000本报讯两国外长昨日在首都举行会谈，双方同意尽快重启边境谈判，并在能源、交通和农业领域扩大合作，"
    more = "\u3000\u3000双方还就地区形势交换了意见，认为应通过对话化解分歧，维护地区和平稳定与繁荣发展的良好势头。"
    last = "\u3000\u3000据悉，两国将于明年上半年举行新一轮边境谈判，具体时间和地点将通过外交渠道另行商定并对外公布。"
    w = 24
    wrap = lambda t: "\n".join(t[i : i + w] for i in range(0, len(t), w))
    blocks = _blocks(title + "\n" + wrap(body) + "\n" + wrap(more) + "\n" + wrap(last) + "\n")
    assert blocks[0] == title, blocks


def test_a_short_title_line_before_a_blank_line_is_its_own_paragraph():
    text = ("两国宣布复交关系翻开新的一页\n\n"
            "（本报记者某地24日电）两国外长今天在首都签署联合公报，宣\n布即日起恢复大使级外交关系，结束了长达六年的中断。\n\n"
            "分析人士认为，这一决定将推动两国在经贸、人文等领域的合\n作全面恢复，并对地区格局产生深远影响。\n")
    assert _blocks(text)[0] == "两国宣布复交关系翻开新的一页"


def test_a_double_spaced_extraction_still_joins_its_visual_lines():
    # a blank line after every visual line, most of them in mid-sentence: blank lines part nothing
    lines = ["报告指出，地区合作机制在过去十年中不断完善，成员国之间", "的贸易往来日益密切。各方同意进一步推动互联互通建设，",
             "并在数字经济领域开展务实合作，以促进地区共同繁荣发展。", "与此同时，部分国家之间的分歧仍然存在，需要通过对话协商",
             "加以妥善处理，避免矛盾激化影响合作大局，这是各方共识。"]
    blocks = _blocks("\n\n".join(lines) + "\n")
    assert len(blocks) == 1, blocks


def test_a_number_broken_at_a_wrap_after_latin_letters_is_one_number():
    text = ("进入新世纪后，域外大国相继以多种方式介入（Mekong-Lancang Initiative）；200\n"
            "9年7月，某国外长与四国外长会晤，启动新的合作倡议，推动次区域合作。\n")
    assert "2009年7月" in _blocks(text)[0]


@pytest.mark.parametrize("line, date", [
    ("【本報綜合報道】南韓總統某某2023年3月16日抵達東", None),  # a lead's first visual line
    ("（中央社記者台北1日電）首批協定2023年6月1日在", None),
    ("【中央社記者某某台北2025年4月29日電】美國總統某某1月2", None),  # the lead goes on after the dateline
    ("【中央社記者台北2024年1月16日電】", "2024-01-16"),
    ("2025-12-30 06:58  来源：某某时报", "2025-12-30"),
    ("发布时间：2024年04月10日", "2024-04-10"),
])
def test_a_stamp_is_a_date_with_the_words_of_a_stamp_not_a_sentence_going_on(line, date):
    assert stamp_date(line) == date


PDF_TEXTS = ["heldout6/texts/f-chronicle-kor.txt", "dev/texts/pa-news-tw.txt", "dev/texts/nc-wire-cn.txt", "dev/texts/e-chronology-cn.txt",
             "heldout5/texts/b-cna-nauru.txt", "dev/texts/i-yearbook-cn.txt", "dev/texts/st-e-wire-tw.txt",
             "heldout6/texts/d-cna-scs.txt", "heldout3/texts/a-news-tw.txt"]


def _render_pdf(blocks: list[tuple[str, str]], out: Path, per_line: int = 34) -> None:
    """The paragraphs typeset as a PDF would set them: wrapped lines, indented paragraphs, paged, a
    page number at each foot (reportlab's built-in CID font; a real text layer)."""
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out), pagesize=A4)
    w, h = A4
    y, page = h - 72, 1
    for kind, text in blocks:
        size = 14 if kind == "heading" else 11
        c.setFont("STSong-Light", size)
        for line in textwrap.wrap(("" if kind == "heading" else "\u3000\u3000") + text, per_line) or [""]:
            if y < 80:
                c.setFont("Helvetica", 9)
                c.drawCentredString(w / 2, 40, str(page))
                c.showPage()
                page, y = page + 1, h - 72
                c.setFont("STSong-Light", size)
            c.drawString(72, y, line)
            y -= size + 7
        y -= 4
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, 40, str(page))
    c.showPage()
    c.save()


def test_texts_typeset_as_pdf_give_the_events_of_their_paragraphs(tmp_path):
    differences = []
    for name in PDF_TEXTS:
        p = process(ROOT / "gold" / name)
        blocks = [(b.kind, p.doc.block_text(i)) for i, b in enumerate(p.doc.blocks) if b.kind in ("paragraph", "heading")]
        flat, pdf = tmp_path / "flat.txt", tmp_path / "typeset.pdf"
        flat.write_text("\n".join(t for _, t in blocks) + "\n", encoding="utf-8")
        _render_pdf(blocks, pdf)
        a, b = _records(flat), _records(pdf)
        if a != b:
            differences.append((name, set(a) - set(b), set(b) - set(a)))
    assert not differences, differences


def test_a_headline_before_a_dateline_in_double_spaced_text_is_its_own_paragraph():
    # a blank line after every visual line (no paragraph signal); the dateline opens the story
    head = "两国领导人会面同意重启工作层面磋商"
    body = ["中新网3月2日电据报道，两国领导人1日在边境举行会晤，双方同意", "重启此前陷入停滞的对话，并在三周内组建各自的工作团队。",
            "外界普遍认为，此次会晤为半岛局势缓和带来新的契机，但双方", "在核心问题上的分歧依然存在，后续谈判仍面临诸多不确定因素。",
            "分析人士指出，能否取得实质进展仍取决于双方的政治意愿。"]
    blocks = _blocks("\n\n".join([head] + body) + "\n")
    assert blocks[0] == head, blocks


def test_a_press_conference_is_no_dateline(tmp_path):
    # 記者會 holds 記者 (reporter), as a byline does; a day told after it is no dateline's
    f = tmp_path / "t.txt"
    f.write_text("【中央社台北綜合報導】回顧今年，外交情勢起伏不斷。外交部長當天召開記者會，指責對方以金錢利誘。3月29日，"
                 "總統出訪兩個友邦。\n", encoding="utf-8")
    assert process(f).layout.dateline is None


def _with_page_notes(paragraphs: list[str], width: int = 38, every: int = 30) -> str:
    """Wrapped paragraphs with a page's footnote (a citation with its own year) and page number
    every `every` lines, as a PDF's text layer gives a journal's or yearbook's pages."""
    wrapped = "\n\n".join("\n".join(t[i : i + width] for i in range(0, len(t), width)) for t in paragraphs)
    out, n = [], 0
    for i, line in enumerate(wrapped.split("\n")):
        out.append(line)
        if i and i % every == 0:
            n += 1
            out += ["", "①\u3000某某：《地区合作研究》，北京：某出版社，2020年版，第%d页。" % (30 + n), "", "·%d·" % (40 + n), ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("name", ["heldout6/texts/f-chronicle-kor.txt", "dev/texts/da-chronicle-tw.txt",
                                  "heldout7/texts/f-chronicle-lka.txt"])
def test_a_chronicle_s_page_notes_change_no_event(tmp_path, name):
    """A citation's year at a page foot dates nothing after it; a year or month heading that opens
    the next page is neither a running head nor the end of the entry before the notes."""
    p = process(ROOT / "gold" / name)
    paragraphs = [p.doc.block_text(i) for i, b in enumerate(p.doc.blocks) if b.kind in ("paragraph", "heading")]
    flat, paged = tmp_path / "flat.txt", tmp_path / "paged.txt"
    flat.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    paged.write_text(_with_page_notes(paragraphs), encoding="utf-8")
    assert _records(flat) == _records(paged)


@pytest.mark.parametrize("name", ["dev/texts/nd-commentary-cn.txt", "dev/texts/ja-journal-quad-cn.txt",
                                  "dev/texts/ra-journal-centralasia-cn.txt"])
def test_full_width_digits_read_as_digits(tmp_path, name):
    """A text typed with full-width digits (２０２５-１２-３０ stamps, ·３８· page heads) gives the events
    of the same text in ASCII digits."""
    src = ROOT / "gold" / name
    wide = tmp_path / src.name
    wide.write_text(src.read_text(encoding="utf-8").translate(str.maketrans("0123456789", "０１２３４５６７８９")), encoding="utf-8")
    assert _records(src) == _records(wide)


@pytest.mark.parametrize("name", ["dev/texts/ja-journal-quad-cn.txt", "heldout3/texts/b-thinktank-hk.txt"])
def test_windows_line_ends_change_no_event(tmp_path, name):
    src = ROOT / "gold" / name
    crlf = tmp_path / src.name
    crlf.write_bytes(src.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    assert _records(src) == _records(crlf)


def test_big5_as_windows_writes_it_keeps_its_circled_digits(tmp_path):
    from latticework.readers import read

    text = "五國宣布啟動退出程序①。2022年6月，某國外長訪問鄰國並舉行會談②。\n"
    f = tmp_path / "big5.txt"
    f.write_bytes(text.encode("cp950"))
    assert read(f).text == text


def test_a_text_spaced_character_by_character_reads_as_its_paragraphs(tmp_path):
    """Some PDF text layers put a space between every two characters (十 二 月, 中 國 海 警): the line
    tests read such a line as the cleaner will join it."""
    import re

    p = process(ROOT / "gold" / "dev" / "texts" / "da-chronicle-tw.txt")
    paragraphs = [p.doc.block_text(i) for i, b in enumerate(p.doc.blocks) if b.kind in ("paragraph", "heading")]
    flat, spaced = tmp_path / "flat.txt", tmp_path / "spaced.txt"
    flat.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    wrapped = "\n\n".join("\n".join(t[i : i + 38] for i in range(0, len(t), 38)) for t in paragraphs) + "\n"
    spaced.write_text(re.sub(r"(?<=[\u4e00-\u9fff，。、；：])(?=[\u4e00-\u9fff，。、；：])", " ", wrapped), encoding="utf-8")
    assert _records(flat) == _records(spaced)
