"""Assemble classified lines into blocks: paragraphs, headings and footnote bodies.

A paragraph stays open across blank lines, page furniture and footnote blocks until a line ends
it: a sentence end on a short (or trailing-space) line in wrapped text, a sentence end in
one-paragraph-per-line text, or a heading. Footnote blocks met while a paragraph is open are
emitted after it, so the interrupted sentence is rejoined and the notes follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import is_word
from ..text_forms import is_cjk, is_cjk_punct
from . import patterns as P
from .lines import Line, Profile

_ENUMERATOR = re.compile(r"^(?:第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]是|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])")
# a numbered item (1. …, （2）…) on the line after a colon opens an item of a list of its own
_NUMBERED_AFTER_COLON = re.compile(r"^\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])")
_LATINISH = re.compile(r"[A-Za-z0-9,.;:)%\]'’”\"]")
# A byline of romanised names ("XIANG Haoyu & BAO Zhipeng"): never the start of a paragraph.
_NAME_LINE = re.compile(r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3}(?:\s*(?:&|and|,)\s*[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3})*")
# The caption of a table or figure (表1 / 图 3-1： and a title with no clause punctuation; not 表1显示，…)
# ends at its line.
_CAPTION_LINE = re.compile(r"\s*(?:附)?[表圖图]\s*[\d一二三四五六七八九十]+(?:\s*[-－—.．]\s*\d+)?[^，。；！？,;!?]*$")
# A headline (no sentence punctuation at all) or a bracketed dateline stands alone.
_STANDALONE = re.compile(r"[^，。；：！？,;:]{1,60}|[（(【\[][^）)】\]]{1,60}[）)】\]]")


@dataclass
class RawBlock:
    kind: str  # paragraph | heading | footnote
    pieces: list[tuple[int, int]] = field(default_factory=list)
    seps: list[str] = field(default_factory=list)  # separator before pieces[1:], '' or ' '
    lines: list[int] = field(default_factory=list)
    heading_scheme: str | None = None
    heading_md: int = 0
    footnote_label: str | None = None
    fn_style: str | None = None
    row: bool = False  # one row of a space-aligned table (its cells apart by tabs once normalised)

    def add(self, line: Line, sep: str = "", skip: int = 0) -> None:
        if self.pieces:
            self.seps.append(sep)
        self.pieces.append((line.start + skip, line.end))
        self.lines.append(line.no)


_content = P.strip_trailing_markers
_terminated = P.terminated


_DATE_UNIT_AFTER = re.compile(r"\d*\s*[年月日号%％]")


def separator(left: str, right: str) -> str:
    """' ' between two Latin words or numbers, '' elsewhere (CJK text has no spaces)."""
    a, b = _content(left.rstrip())[-1:], right.lstrip()[:1]
    if not a or not b:
        return ""
    if a == "-" or a in "/_":
        return ""
    if a.isdigit() and b.isdigit() and (any(is_cjk(c) or is_cjk_punct(c) for c in left[-12:])
                                        or _DATE_UNIT_AFTER.match(right.lstrip())):
        return ""  # a number broken by the wrap of a Chinese line: 201 / 2年, （ACMECS）；200 / 9年
    return " " if _LATINISH.match(a) and _LATINISH.match(b) else ""


def duplicate_at_join(left: str, right: str) -> bool:
    """True when a page join repeated one character (`基` / `基础`): drop the right one.

    Only when the doubled character is a word with exactly one neighbour and the doubled pair is
    not itself a word, so 美国 / 国会 stays as it is.
    """
    l, r = _content(left.rstrip()), right.lstrip()
    if len(l) < 2 or len(r) < 2 or l[-1] != r[0] or not is_cjk(l[-1]):
        return False
    c = l[-1]
    if is_word(c + c):
        return False
    return is_word(l[-2] + c) != is_word(c + r[1])


def should_join(prev: Line, cur: Line, prof: Profile, blank_gap: int) -> bool:
    pt, ct = _content(prev.text), cur.text
    if not pt:
        return False
    if P.LABEL_LINE.match(ct) or P.LIST_ITEM.match(cur.raw) or P.TABLE_ROW.match(cur.raw) or cur.row or prev.row:
        return False
    if P.stamp_date(pt) or P.stamp_date(ct):
        return False  # a publication stamp is a line of its own, never a wrapped sentence
    if P.TABLE_ROW.match(prev.raw):
        return False  # a table row ends at its line: the paragraph after a table is not its last cell
    if P.LIST_ITEM.match(prev.raw):
        return prof.markdown and blank_gap == 0 and not P.LIST_ITEM.match(cur.raw)
    terminated = _terminated(pt)
    if not terminated and _CAPTION_LINE.match(pt):
        return False  # 图2 2018年以来美国对华制裁措施数量变化: a caption ends at its line (prec11)
    if terminated and prof.sentence_lines:
        return False  # one paragraph a line: the sentence that ends the line ends the paragraph
    if P.LABEL_LINE.match(pt):
        return prof.wrapped and not terminated and len(pt) >= prof.width * 0.8
    if pt.rstrip().endswith(("：", ":")) and _NUMBERED_AFTER_COLON.match(ct):
        return False  # 本报告提出以下建议： / 1. …: the list's items are blocks of their own
    if prof.line_paragraphs:
        return False
    if not prof.wrapped:
        if _NAME_LINE.fullmatch(pt) or _STANDALONE.fullmatch(pt):
            return False
        if terminated and _NUMBERED_AFTER_COLON.match(ct):
            return False  # the next numbered item of a list after one that ended
        if blank_gap == 0:
            return True  # consecutive lines form one Markdown paragraph
        return not terminated and len(pt) >= 20
    if prof.trailing_space_ends and prev.trailing_space and terminated:
        return False
    if blank_gap and prof.blank_paragraphs and (terminated or len(pt) < prof.width * 0.8):
        return False  # a sentence ended, or a short line (a title), then a blank line: a paragraph ended
    if P.DATE_HEADING.fullmatch(ct.strip()):
        return False  # 11月, 2025年: a chronicle's month or year heading on a line of its own
    if prof.indented and prof.wrapped and P.INDENT.match(cur.raw):
        return False  # typeset prose: an indented line opens a paragraph
    if not terminated and len(pt) < prof.width * 0.8 and P.DATELINE_START.match(ct):
        return False  # a headline, then the story's dateline (中新网7月1日电…): the story opens there
    if not terminated:
        # a short unfinished line in wrapped text is a title, byline or caption, not a wrap
        return len(pt) >= max(8, prof.width * 0.45)
    if len(pt) < prof.width * 0.8:
        return False
    if _ENUMERATOR.match(ct):
        return False
    return True


def assemble(lines: list[Line], prof: Profile, source_text: str) -> list[RawBlock]:
    out: list[RawBlock] = []
    para: RawBlock | None = None
    para_last: Line | None = None
    deferred: list[RawBlock] = []
    fn: RawBlock | None = None
    fn_last: Line | None = None
    blank_gap = 0
    page_turned = False  # a page number or running head since the paragraph's last line

    def close() -> None:
        nonlocal para, para_last, deferred
        if para is not None:
            out.append(para)
        out.extend(deferred)
        para, para_last, deferred = None, None, []

    for line in lines:
        k = line.kind
        if k == "blank":
            blank_gap += 1
            continue
        if k in ("furniture", "rule"):
            page_turned = page_turned or line.note in ("page number", "journal running head", "running head by a page number")
            continue
        if k == "footnote":
            if line.fn_style == "column" and not line.footnote_start:
                continue  # a bare marker column: its labels went to the citations
            if line.footnote_start or fn is None or fn_last is None:
                fn = RawBlock("footnote", footnote_label=line.footnote_label, fn_style=line.fn_style)
                fn.add(line)
                (deferred if para is not None else out).append(fn)
            else:
                fn.add(line, separator(fn_last.raw, line.raw))
            fn_last = line
            continue
        fn, fn_last = None, None
        if k == "heading":
            if line.note == "heading continuation" and out and out[-1].kind == "heading" and para is None:
                out[-1].add(line, "")
            else:
                close()
                out.append(
                    RawBlock("heading", heading_scheme=line.heading_scheme, heading_md=line.heading_md)
                )
                if line.runin:
                    out[-1].pieces.append((line.start, line.start + line.runin))
                    out[-1].lines.append(line.no)
                    rest = line.raw[line.runin + 1 :]
                    if rest.strip():
                        para = RawBlock("paragraph")
                        para.add(line, skip=line.runin + 1)
                        para_last = line
                else:
                    out[-1].add(line)
            blank_gap = 0
            continue
        # body line
        if para is not None and para_last is not None and (
                should_join(para_last, line, prof, blank_gap)
                # a page's last line, however short, runs on past the page's footnotes (…首轮谈判于次年3月在 /
                # ①… ②… / ·46· / 首尔举行。): the notes are no title the line could be
                or (deferred and page_turned and prof.wrapped and not _terminated(_content(para_last.text))
                    and not P.LIST_ITEM.match(line.raw) and not P.DATE_HEADING.fullmatch(para_last.text.strip()))):
            skip = 0
            if duplicate_at_join(para_last.raw, line.raw):
                skip = len(line.raw) - len(line.raw.lstrip()) + 1
            para.add(line, separator(para_last.raw, line.raw), skip)
        else:
            close()
            para = RawBlock("paragraph", row=line.row)
            para.add(line)
        para_last = line
        blank_gap = 0
        page_turned = False
    close()
    return out
