"""Line classification: what each physical line of the original is (body, heading, furniture…).

PDF-extracted text has two layouts: *wrapped* (every visual line is a line, ~35 characters, often
double-spaced) and *paragraph* (one paragraph per line, Markdown-like). The profile tells them
apart from the line-length distribution, so the joiner knows what a line end means.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from ..model import SourceText
from ..text_forms import cjk_share, fold_width, is_cjk
from . import patterns as P
from ..front_matter import front_matter_lines
from .chrome import web_chrome


_FOLD_WIDTH = {o: fold_width(chr(o)) for o in range(0xFF01, 0xFF5F) if fold_width(chr(o)) != chr(o)}
_FULL_WIDTH = re.compile("[" + "".join(map(chr, _FOLD_WIDTH)) + "]")
_SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”（）《》]) (?=[\u4e00-\u9fff，。、；：“”（）《》])")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Line:
    no: int  # 1-based physical line
    start: int  # offset of the first character
    end: int  # offset after the last character (before the newline)
    raw: str
    kind: str = "blank"  # blank | body | heading | furniture | footnote | rule
    heading_scheme: str | None = None
    heading_md: int = 0  # number of '#' for Markdown headings
    footnote_label: str | None = None
    footnote_start: bool = False  # first line of one footnote body
    fn_style: str | None = None  # bracket | circled | star
    note: str = ""  # why furniture
    runin: int = 0  # for a run-in heading, the index in `raw` of the 。 that ends it
    row: bool = False  # a row of a table whose cells the text layer aligned with spaces
    text: str = field(init=False, repr=False, compare=False)  # `raw` stripped (read on every pass)

    def __post_init__(self) -> None:
        # (full-width digits and Latin letters read as ASCII, character for character: the line
        # tests write dates, page numbers and stamps in ASCII, as the cleaner will fold them)
        text = self.raw.strip()
        text = text.translate(_FOLD_WIDTH) if _FULL_WIDTH.search(text) else text
        # (a line a PDF extraction spaced character by character, 美 国 总 统: read as the cleaner will
        # join it, so its width and its headings are measured as the text's; not a line with a few
        # spaced words, □ 杨 娜)
        spaced = len(_SPACED_HAN.findall(text)) if " " in text else 0
        if spaced >= 2 and spaced >= 0.6 * len(_HAN_CHAR.findall(text)):
            text = _SPACED_HAN.sub("", text)
        self.text = text

    @property
    def leading_space(self) -> bool:
        return self.raw[:1] == " " and self.raw[1:2] not in (" ", "")

    @property
    def trailing_space(self) -> bool:
        return self.raw.endswith(" ") and bool(self.raw.strip())


@dataclass
class Profile:
    """What kind of layout the document has."""

    wrapped: bool  # hard-wrapped visual lines
    width: int  # typical body line length (characters, wrapped mode)
    trailing_space_ends: bool  # a trailing space marks a paragraph end
    markdown: bool  # Markdown syntax (#, <sup>, [n] bodies)
    title: str | None  # first content line, to recognise running headers
    line_paragraphs: bool = False  # every line is a paragraph (text extracted from HTML)
    # most lines end a sentence: the text is typed one paragraph a line (news copy, chronicles),
    # not hard-wrapped, so a line that ends a sentence ends its paragraph too
    sentence_lines: bool = False
    repeated: set[str] = field(default_factory=set)  # short lines repeated as headers/footers
    # blank lines part paragraphs: fewer than half the text lines are followed by one, or most
    # of those end a sentence (a text extracted double-spaced has a blank line after nearly every
    # visual line, inside paragraphs too, mostly in mid-sentence)
    blank_paragraphs: bool = False
    # paragraphs open with an indent (two ideographic spaces, as typeset Chinese prose): an indented
    # line opens a paragraph
    indented: bool = False
    # the lines of a web page's chrome and of a Markdown front matter (index → note): no part of the text
    # (clean/chrome.py, front_matter.py), left out of this profile and marked furniture by the classifier
    chrome: dict[int, str] = field(default_factory=dict)




def split_lines(src: SourceText) -> list[Line]:
    text = src.text
    return [Line(no, s, e, text[s:e]) for no, s, e in src.lines()]


def profile(lines: list[Line], fmt: str) -> Profile:
    chrome = web_chrome(lines)  # (a web page's chrome says nothing of the story's layout, nor front matter)
    chrome.update(dict.fromkeys(range(front_matter_lines([l.raw for l in lines[:42]])), "front matter"))
    content = [l for i, l in enumerate(lines) if l.text and i not in chrome]
    # Width is measured on Chinese lines: English citation lines in footnotes run longer.
    chinese = [l for l in content if len(l.text) >= 8 and cjk_share(l.text) > 0.5]
    lengths = [len(l.text) for l in chinese]
    wrapped = False
    width = 0
    if lengths:
        lengths.sort()
        width = lengths[int(len(lengths) * 0.8)] if len(lengths) > 4 else lengths[-1]
        near = sum(1 for n in lengths if abs(n - width) <= max(3, width * 0.15))
        wrapped = statistics.median(lengths) < 60 and near / len(lengths) >= 0.35 and width < 90
    md_signals = sum(
        1
        for l in content
        if P.MD_HEADING.match(l.raw) or "<sup>" in l.raw or P.BRACKET_BODY.match(l.raw)
    )
    markdown = fmt in ("md", "html") or md_signals >= 3
    ends = [l for l in content if l.trailing_space]
    trailing = (
        wrapped
        and len(ends) >= max(5, 0.05 * len(content))
        and sum(1 for l in ends if P.SENTENCE_FINAL.search(l.raw)) >= 0.2 * len(ends)
    )
    title = content[0].text if content else None
    counts = Counter(
        l.text for l in content if 2 <= len(l.text) <= 40 and not P.SENTENCE_FINAL.search(l.text)
    )
    repeated = {
        t
        for t, n in counts.items()
        if n >= 3
        and not P.PAGE_NUMBER.match(t)
        and not P.RULE.match(t)
        and not P.MARKER_ONLY.match(t)
        and not P.LABEL_LINE.match(t)
        and not P.MD_HEADING.match(t)
        and not P.BRACKET_BODY.match(t)
    }
    ended = sum(1 for l in chinese if P.terminated(l.text))
    sentence_lines = not markdown and bool(lengths) and ended / len(lengths) >= 0.6
    followed = [a for i, (a, b) in enumerate(zip(lines, lines[1:])) if a.text and not b.text and i not in chrome]
    sample = followed[:200]  # (enough to tell the two kinds of text apart)
    blank_paragraphs = bool(followed) and (len(followed) < 0.5 * len(content) or
                                           sum(1 for a in sample if P.terminated(a.text)) >= 0.6 * len(sample))
    indented = sum(1 for l in content if P.INDENT.match(l.raw)) >= max(3, 0.05 * len(content))
    return Profile(wrapped, width, trailing, markdown, title, line_paragraphs=fmt == "html", repeated=repeated,
                   sentence_lines=sentence_lines, blank_paragraphs=blank_paragraphs, indented=indented, chrome=chrome)


def heading_scheme(text: str) -> str | None:
    """The numbering scheme of a heading-like line, or None."""
    for name, rx in P.HEADING_SCHEMES:
        if rx.match(text):
            return name
    if P.NAMED_SECTION.match(text):
        return "named"
    return None


def looks_like_heading(line: Line, prof: Profile) -> str | None:
    """The scheme of a numbered heading line, or None for a paragraph.

    A numbered line whose first sentence is a short title without commas (（一）加强对话。APEC…)
    is a run-in heading: `line.runin` is set to where the title ends.
    """
    t = line.text.replace("**", "").strip()
    scheme = heading_scheme(t)
    if scheme is None:
        return None
    body = P.INLINE_MARKER.sub("", t)
    stop = min((body.find(c) for c in "。！？；;" if c in body), default=-1)
    if stop != -1:
        title = body[:stop]
        if scheme in ("arabic", "arabic_paren") and not body[stop + 1 :].strip():
            return None  # 3.我国可支持…。: one numbered sentence, an item of a list, not a run-in title
        if (
            scheme != "named"
            and 4 <= len(title) <= 32
            and not any(c in title for c in "，,、：:“”")
            and any(is_cjk(c) for c in title)
        ):
            idx = line.raw.find(body[stop], line.raw.find(title[-2:]) if len(title) >= 2 else 0)
            if idx != -1:
                line.runin = idx
                return scheme
        return None
    if body.endswith(("，", ",", "、", "：", ":")):
        return None
    if prof.wrapped and prof.width and len(body) >= prof.width * 0.92 and scheme not in ("part", "named"):
        return None
    limit = 60 if scheme in ("cn", "cn_paren", "part", "capital") else 40
    if len(body) > limit:
        return None
    if scheme == "named" and len(body) > (40 if re.match(r"^\S{2,4}\s*[:：]", body) else 12):
        return None
    if scheme in ("arabic", "arabic_paren"):
        # "1. 加强…" items in a recommendation list are paragraphs when they run long or
        # have no Han characters at all (a numbered English line, a year).
        if not any(is_cjk(c) for c in body) or len(body) > 30:
            return None
    return scheme
