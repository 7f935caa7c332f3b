"""Assign every physical line a kind: body, heading, footnote, furniture, rule or blank.

Footnote bodies are found by their form, not by separators: `[n] …` lines (Markdown-like
extractions), funding notes anchored by `*`, and page-bottom blocks of circled-digit notes, which
in PDF text arrive as a column of bare markers followed by the citations, single-spaced, in the
middle of the running text.
"""

from __future__ import annotations

import re

from ..text_forms import cjk_share, is_latin
from . import patterns as P
from .lines import Line, Profile, heading_scheme, looks_like_heading

_ITEM_END = re.compile(
    r"(?:accessed|访问|查询|检索)[^。]*?\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}\s*[.。]?\s*$|\d{4}-\d{2}-\d{2}\s*$|。\s*$"
)
_ORPHAN_CITATION = re.compile(r"^\s*[“\"][A-Z][A-Za-z'’\-]*\s+[A-Za-z]|accessed\s*:\s*\d{4}|https?\s*:\s*/|\bpp?\.\s*\d")
_CIRCLED = re.compile(f"[{P.CIRCLED}]")
_FUNDING = re.compile(r"本文|基金|项目|资助|课题|感谢|致谢|成果")


def _latin_share(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_latin(c) or c in "/.:-_,“”\"'()0123456789") / len(letters)


_cjk_share = cjk_share  # (counted by regex at C speed; this runs on every line)


def is_citation(text: str) -> bool:
    return bool(P.CITATION.search(text)) or (len(text) > 15 and _latin_share(text) > 0.6)


def classify(lines: list[Line], prof: Profile) -> None:
    """Set `kind` (and footnote/heading details) on every line, in place."""
    _mark_furniture(lines, prof)
    _mark_footnotes(lines, prof)
    _mark_link_dumps(lines)
    _mark_chrome(lines, prof)
    _mark_headings(lines, prof)
    if prof.wrapped:
        _mark_lone_headers(lines, prof)
    _mark_spaced_rows(lines)


def _mark_spaced_rows(lines: list[Line]) -> None:
    """Rows of a table whose grid the PDF text layer lost, its columns kept apart by runs of spaces:
    two or more such lines in a row (blank lines between them allowed) are a table, and each line
    is a row of its own (never a wrapped sentence, a heading or a stamp): joined to its neighbours
    it would run the rows' dates, parties and acts into one another."""
    run: list[Line] = []
    for l in lines + [Line(0, 0, 0, "", kind="end")]:
        if l.kind == "blank":
            continue
        if l.kind in ("body", "heading") and not l.raw.lstrip().startswith("|") and P.SPACED_GAP.search(l.text) and \
                not P.TABLE_CAPTION.match(l.text):
            run.append(l)
            continue
        if len(run) >= 2:
            for r in run:
                r.kind, r.row, r.heading_scheme, r.heading_md, r.runin = "body", True, None, 0, 0
        run = []


def _mark_furniture(lines: list[Line], prof: Profile) -> None:
    seen_title = False
    for i, l in enumerate(lines):
        t = l.text
        if not t:
            l.kind = "blank"
            continue
        l.kind = "body"
        if "\f" in l.raw or P.ARTIFACT.match(l.raw):
            l.kind, l.note = "furniture", "page break artefact"
        elif P.RULE.match(t):
            l.kind, l.note = "rule", "separator"
        elif P.PAGE_NUMBER.match(t) and (_isolated(lines, i) or _DECORATED_PAGE.match(t)):
            # — 58 — between two lines of a paragraph cut by the page break is a page number too
            l.kind, l.note = "furniture", "page number"
        elif P.JOURNAL_HEAD.match(t) and (re.search(r"[·•]\s*\d|\d\s*$|^\s*\d", t) or _by_decorated_page(lines, i)):
            # a page number with the journal's issue, on its line or on the line next to it (·46· / 刊名 2025年第3期)
            l.kind, l.note = "furniture", "journal running head"
        elif i < 3 and P.JOURNAL_HEAD_TITLED.match(t):
            l.kind, l.note = "furniture", "journal running head"  # the first page's: name, issue and the title
        elif t.startswith("![") and t.endswith(")"):
            l.kind, l.note = "furniture", "image"
        elif prof.title and t == prof.title:
            if seen_title:
                l.kind, l.note = "furniture", "running header"
            seen_title = True
        elif t in prof.repeated:
            l.kind, l.note = "furniture", "repeated header/footer"
    _mark_lone_running_heads(lines)


def _by_decorated_page(lines: list[Line], i: int) -> bool:
    """The nearest non-blank line before or after line i is a decorated page number (·46·, — 58 —)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].text:
            j += step
        if 0 <= j < len(lines) and _DECORATED_PAGE.match(lines[j].text):
            return True
    return False


def _mark_lone_running_heads(lines: list[Line]) -> None:
    """A running head seen once (the title of a report over one page number) sits next to the page
    number across blank lines: a short line with no punctuation and no heading number there is
    page furniture, not part of the sentence the page break cut."""
    for i, l in enumerate(lines):
        if l.note != "page number":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].text:
                j += step
            if not 0 <= j < len(lines):
                continue
            c = lines[j]
            t = c.text
            if c.kind == "body" and 2 <= len(t) <= 30 and not _PUNCT.search(t) and heading_scheme(t) is None \
                    and not t.startswith("#") and _cjk_share(t) > 0.5 and not P.DATE_HEADING.fullmatch(t.strip()):
                # (a chronicle's month or year heading, 三月 or 2024年, opening the next page is no running head)
                c.kind, c.note = "furniture", "running head by a page number"


_URL_ONLY = re.compile(r"^(?:<?(?:https?://|www\.)\S+?>?)+[，,。.]?$")


_PUNCT = re.compile(r"[。，；：！？、,;:!?“”「」《》（）()]")


def _mark_link_dumps(lines: list[Line]) -> None:
    """Lines made only of URLs outside footnotes are link annotations the PDF export dumped."""
    for l in lines:
        if l.kind == "body" and _URL_ONLY.match(l.text):
            l.kind, l.note = "furniture", "link annotation"


_PUNCT = re.compile(r"[，。、；：！？“”《》（）,.;:!?()]")


def _mark_chrome(lines: list[Line], prof: Profile) -> None:
    """A Markdown document's front matter and, among body lines, a web page's chrome (both found once,
    by the profile: `Profile.chrome`): furniture."""
    for i, note in prof.chrome.items():
        if note == "front matter" or lines[i].kind == "body":
            lines[i].kind, lines[i].note = "furniture", note


def _mark_lone_headers(lines: list[Line], prof: Profile) -> None:
    """A running header printed once (a book title on even pages) cuts an unfinished sentence at a
    page start: a short line without punctuation between a full unfinished line and a line that
    carries the sentence on, right after a page boundary."""
    body: list[tuple[int, bool]] = []  # (index, page boundary before it)
    boundary, blanks = False, 0
    for i, l in enumerate(lines):
        if l.kind == "blank":
            blanks += 1
        elif l.kind in ("furniture", "rule", "footnote"):
            boundary = True
        else:
            body.append((i, boundary or blanks >= 2 or l.leading_space))
            boundary, blanks = False, 0
    for k in range(1, len(body) - 1):
        i, page_start = body[k]
        prev, l, nxt = lines[body[k - 1][0]], lines[i], lines[body[k + 1][0]]
        if l.kind != "body" or prev.kind != "body" or nxt.kind != "body" or not page_start:
            continue
        t = l.text
        if (
            len(t) <= min(20, prof.width * 0.6)
            and not _PUNCT.search(t)
            and not P.terminated(prev.text)
            and len(prev.text) >= prof.width * 0.8
            and (len(nxt.text) >= prof.width * 0.5 or P.terminated(nxt.text))
        ):
            l.kind, l.note = "furniture", "running header"


# a page number dashed or dotted on both sides (— 58 —, - 12 -, ·46·): no fragment of a wrapped date or URL
_DECORATED_PAGE = re.compile(r"^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$|^\s*[·•]\s*\d{1,4}\s*[·•]\s*$")


def _isolated(lines: list[Line], i: int) -> bool:
    """A number line stands alone when the lines around it are blank or furniture-like."""
    blank_before = 0
    while i - blank_before - 1 >= 0 and not lines[i - blank_before - 1].text:
        blank_before += 1
    prev = lines[i - blank_before - 1] if i - blank_before - 1 >= 0 else None
    if blank_before < 2 and prev is not None and prev.text.endswith(("-", "/", "_")):
        return False  # the tail of a wrapped URL or date
    before_blank = i == 0 or not lines[i - 1].text
    after_blank = i + 1 >= len(lines) or not lines[i + 1].text
    return before_blank or after_blank


def _mark_footnotes(lines: list[Line], prof: Profile) -> None:
    n = len(lines)
    # circled digits used as markers inside body lines: a line that starts with one of them and
    # names a source (① 美越联合声明，2023年9月11日。) is that note, even without a citation pattern
    inline = {m.group() for l in lines for m in _CIRCLED.finditer(l.text)
              if m.start() > 0 or l.text[1:2] in ("。", "，", "；", "、", "”", "」")}  # (①。 wrapped to a line's start)
    in_region = False
    column: list[str] = []  # labels of a marker column awaiting their citations
    prev_fn: Line | None = None  # last footnote text line of the region
    i = 0
    while i < n:
        l = lines[i]
        t = l.text
        if l.kind in ("furniture", "rule"):
            i += 1
            continue
        if not t:
            if in_region:
                j = _next_content(lines, i)
                if j is None or not _continues_region(lines[j]):
                    in_region, column, prev_fn = False, [], None
            i += 1
            continue
        # Bracketed bodies `[1] …` and funding notes `\* 本文…` (Markdown-like extractions).
        m = P.BRACKET_BODY.match(l.raw)
        if m and prof.markdown:
            l.kind, l.fn_style, l.footnote_start = "footnote", "bracket", True
            l.footnote_label = str(int(m.group("n") or m.group("n2")))
            in_region, prev_fn = False, None
            i += 1
            continue
        ms = P.STAR_BODY.match(l.raw)
        if ms and (not t.startswith("*") or _FUNDING.search(t[:40])):
            l.kind, l.fn_style, l.footnote_start, l.footnote_label = "footnote", "star", True, "*"
            i += 1
            continue
        # Circled-digit notes at the foot of a PDF page.
        if P.MARKER_ONLY.match(t):
            l.kind, l.fn_style = "footnote", "column"
            column.extend(str(P.CIRCLED_VALUE[c]) for c in t if c in P.CIRCLED_VALUE)
            in_region, prev_fn = True, None
            i += 1
            continue
        mc = P.CIRCLED_START.match(l.raw)
        if mc and (is_citation(mc.group("rest")) or (in_region and not l.leading_space)
                   or (mc.group("c") in inline and mc.group("rest")[:1] not in "。，；、”」）)"
                       and _SOURCE_NOTE.search(mc.group("rest")))):
            l.kind, l.fn_style, l.footnote_start = "footnote", "circled", True
            l.footnote_label = str(P.CIRCLED_VALUE[mc.group("c")])
            in_region, prev_fn = True, l
            i += 1
            continue
        if not in_region and not prof.markdown and _cjk_share(t) < 0.1 and _ORPHAN_CITATION.search(t):
            # a citation whose marker column the PDF lost, stranded in the running text
            l.kind, l.fn_style, l.footnote_start = "footnote", "circled", True
            l.footnote_label = column.pop(0) if column else None
            in_region, prev_fn = True, l
            i += 1
            continue
        if in_region:
            if P.PAGE_NUMBER.match(t) and _isolated(lines, i):
                l.kind, l.note = "furniture", "page number"
                i += 1
                continue
            adjacent = prev_fn is not None and lines[i - 1] is prev_fn
            if l.leading_space and _cjk_share(t) > 0.5 and not is_citation(t):
                in_region, column, prev_fn = False, [], None  # the next page's body resumes
            elif adjacent or is_citation(t):
                l.kind, l.fn_style = "footnote", "circled"
                new_item = (
                    prev_fn is None
                    or t[:1] in "“\""
                    or (prev_fn is not None and _ITEM_END.search(prev_fn.raw) and not adjacent_continuation(prev_fn, l))
                    or not adjacent
                )
                if new_item:
                    l.footnote_start = True
                    l.footnote_label = column.pop(0) if column else None
                prev_fn = l
                i += 1
                continue
            else:
                in_region, column, prev_fn = False, [], None
        i += 1


# what a short note naming its source says, in either script
_SOURCE_NOTE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|《|新闻稿|新聞稿|声明|聲明|报道|報導|報道|网站|網站|"
                          r"官网|官網|公报|公報|[页頁]|讲话|講話|记者会|記者會")


def adjacent_continuation(prev: Line, line: Line) -> bool:
    """A line that merely continues a wrapped URL or title of the previous citation line."""
    return prev.raw.rstrip().endswith(("-", "/", "_")) and not line.text[:1] in "“\""


def _next_content(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text and lines[j].kind not in ("furniture", "rule"):
            return j
    return None


def _continues_region(l: Line) -> bool:
    t = l.text
    if P.MARKER_ONLY.match(t):
        return True
    mc = P.CIRCLED_START.match(l.raw)
    if mc and is_citation(mc.group("rest")):
        return True
    if l.leading_space and _cjk_share(t) > 0.5:
        return False
    return is_citation(t) and _cjk_share(t) < 0.3


def _mark_headings(lines: list[Line], prof: Profile) -> None:
    last_heading: Line | None = None
    for l in lines:
        if l.kind != "body":
            if l.kind != "blank":
                last_heading = None
            continue
        md = P.MD_HEADING.match(l.raw)
        if md and prof.markdown:
            l.kind = "heading"
            l.heading_md = len(md.group("hashes"))
            l.heading_scheme = heading_scheme(md.group("text").replace("**", "").strip())
            last_heading = l
            continue
        scheme = looks_like_heading(l, prof)
        if scheme:
            l.kind, l.heading_scheme = "heading", scheme
            last_heading = l
            continue
        if (
            last_heading is not None
            and last_heading.heading_scheme
            and l.raw.startswith("\u3000\u3000")
            and len(l.text) < max(12, prof.width * 0.7)
            and not P.SENTENCE_FINAL.search(l.text)
        ):
            l.kind, l.note = "heading", "heading continuation"
        last_heading = None
