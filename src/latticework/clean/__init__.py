"""Cleaning: original text -> cleaned text whose every character maps back to the original.

`clean(source)` classifies lines, assembles paragraphs across wraps, page breaks and footnote
blocks, normalises each block, pairs footnote markers with their bodies page by page, and returns
a `CleanDoc`.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model import MappedText, SourceText
from ..text_forms import t2s_converter
from .blocks import RawBlock, assemble
from .classify import classify
from .lines import Line, Profile, profile, split_lines
from .normalize import build, normalise

_HAN = re.compile("[\u4e00-\u9fff]")

# Heading numbering schemes from the highest rank down; levels are assigned to the ranks a
# document actually uses, so 一、 is level 1 in a journal article and level 2 under 壹、.
SCHEME_RANK = {"part": 0, "capital": 1, "cn": 2, "named": 2, "cn_paren": 3, "arabic": 4, "arabic_paren": 5}


@dataclass
class Block:
    kind: str  # paragraph | heading | footnote
    start: int  # in the cleaned text
    end: int
    line_first: int  # 1-based lines of the original
    line_last: int
    scheme: str | None = None  # heading numbering scheme
    md: int = 0  # Markdown '#' count of a heading
    level: int | None = None  # logical heading level (1 = section)
    label: str | None = None  # footnote label as printed (1, 2, *)
    page: int | None = None  # footnote page-block index


@dataclass
class Marker:
    label: str
    pos: int  # position in the cleaned text where the marker stood
    orig_start: int
    orig_end: int
    line: int
    block: int
    footnote: int | None = None  # index into CleanDoc.footnotes


@dataclass
class Footnote:
    label: str | None
    block: int  # index into CleanDoc.blocks
    page: int
    marker: int | None = None  # index into CleanDoc.markers


@dataclass
class CleanDoc:
    source: SourceText
    profile: Profile
    text: str
    offs: list[int]
    blocks: list[Block]
    markers: list[Marker]
    footnotes: list[Footnote]
    dropped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason) furniture

    def block_text(self, i: int) -> str:
        b = self.blocks[i]
        return self.text[b.start : b.end]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) offsets of the cleaned span [start, end)."""
        if end <= start:
            o = self.offs[start] if start < len(self.offs) else len(self.source.text)
            return o, o
        seg = self.offs[start:end]
        return min(seg), max(seg) + 1

    def line_of(self, pos: int) -> int:
        return self.source.line_of(self.offs[pos])

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The cleaned span [start, end) as offsets in the original file: what every output
        (mentions, evidence, the store) reports."""
        return self.source.file_span(*self.orig_span(start, end))

    def file_line(self, file_offset: int) -> int:
        return self.source.file_line(file_offset)

    def file_offs(self, start: int, end: int) -> list[int]:
        """The original-file offset of each cleaned character in [start, end)."""
        o = self.source.origin
        return self.offs[start:end] if o is None else [o[min(x, len(o) - 1)] for x in self.offs[start:end]]

    @functools.cached_property
    def footnote_of_block(self) -> dict[int, Footnote]:
        return {f.block: f for f in self.footnotes}

    @functools.cached_property
    def simplified(self) -> str:
        """The view every rule reads: the cleaned text in simplified script, with the titles of laws
        and documents that Taiwan's and Hong Kong's press set in corner brackets (「台灣關係法」) marked
        as titles (《台湾关系法》), as mainland text marks them, and their other corner quotes written as
        mainland quotes (「…」 -> “…”), and a full stop written as a period (．, . between Chinese
        text: some journals and copy-paste give it) written 。. Same length, same offsets."""
        view = bracket_titles(self._t2s)
        view = view.translate(_CORNER_QUOTES) if "「" in view or "」" in view else view
        return _PERIOD_STOP.sub("。", view) if "．" in view or "." in view else view

    @functools.cached_property
    def titled(self) -> str:
        """The cleaned text as written, with the corner brackets `simplified` reads as title marks
        written as such (「台灣關係法」 -> 《台灣關係法》): for rules that take names as written."""
        view = self.simplified
        if "「" not in self.text or view == self._t2s:
            return self.text
        return "".join(v if v in "《》" and c in "「」" else c for c, v in zip(self.text, view))

    @functools.cached_property
    def _t2s(self) -> str:
        conv = t2s_converter()
        out = conv.convert(self.text)
        if len(out) != len(self.text):
            out = "".join(conv.convert(ch) if len(conv.convert(ch)) == 1 else ch for ch in self.text)
        return out

    @functools.cached_property
    def is_traditional(self) -> bool:
        """Written in traditional script: over 3% of its Han characters change under t2s."""
        han = len(_HAN.findall(self.text))
        changed = sum(map(operator.ne, self.text, self._t2s))
        return han > 0 and changed / han > 0.03


# a period closing a Chinese sentence (…举行会谈．两国…, …会谈.): after a Han character or a closing mark,
# before Han text, an opening mark, a space or the line's end; never in a number (3.5), an acronym (U.S.)
# or a web address, which have no Han character before the period
_PERIOD_STOP = re.compile(r"(?<=[\u4e00-\u9fff”」』）)])[．.](?=[\u4e00-\u9fff“「『（(\s]|$)", re.M)
_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”"})  # (『』 are left as they are: rules read them as names already)


@functools.cache
def _bracketed_title() -> tuple[re.Pattern, tuple[str, ...]]:
    """The pattern of a title in corner brackets and the words in 法 that are none
    (data/lexicon/corner_titles.yaml)."""
    import yaml

    conf = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "lexicon" / "corner_titles.yaml").read_text(encoding="utf-8"))
    heads = "|".join(sorted(map(re.escape, conf["heads"]), key=len, reverse=True))
    return re.compile(r"「([^「」『』《》。，；：！？,;!?\n]{2,40}?(?:" + heads + r"))」"), tuple(conf.get("not_titles") or ())


def bracket_titles(text: str) -> str:
    """`text` with each 「title」 of a law or document written 《title》 (same length)."""
    if "「" not in text:
        return text
    pattern, not_titles = _bracketed_title()
    out = list(text)
    for m in pattern.finditer(text):
        if not m.group(1).endswith(not_titles):
            out[m.start()] = "《"
            out[m.end() - 1] = "》"
    return "".join(out)


def clean(source: SourceText) -> CleanDoc:
    lines = split_lines(source)
    prof = profile(lines, source.format)
    classify(lines, prof)
    raw_blocks = assemble(lines, prof, source.text)
    text_parts: list[str] = []
    offs: list[int] = []
    blocks: list[Block] = []
    found: list[tuple[int, list]] = []
    pos = 0
    for rb in raw_blocks:
        mt, markers = normalise(build(rb, source.text), rb, prof.markdown)
        if not mt.text:
            continue
        if blocks:
            sep_off = _separator_offset(source, blocks[-1].line_last, rb.lines[0], offs[-1], mt.offs[0])
            text_parts.append("\n")
            offs.append(sep_off)
            pos += 1
        blocks.append(
            Block(
                kind=rb.kind,
                start=pos,
                end=pos + len(mt.text),
                line_first=rb.lines[0],
                line_last=rb.lines[-1],
                scheme=rb.heading_scheme,
                md=rb.heading_md,
                label=rb.footnote_label,
            )
        )
        found.append((len(blocks) - 1, [(m, mt) for m in markers]))
        text_parts.append(mt.text)
        offs.extend(mt.offs)
        pos += len(mt.text)
    markers = _place_markers(found, blocks, source)
    footnotes = _pair(blocks, markers, raw_blocks)
    _assign_levels(blocks)
    dropped = [(l.no, l.note or l.kind) for l in lines if l.kind in ("furniture", "rule")]
    return CleanDoc(source, prof, "".join(text_parts), offs, blocks, markers, footnotes, dropped)


def _separator_offset(source: SourceText, prev_last_line: int, next_first_line: int, prev_end: int, next_start: int) -> int:
    """A newline of the original to stand behind the '\\n' between two blocks. Two blocks cut
    from one line (a run-in heading: （一）加强对话。APEC…) have none between them: the separator
    then stands on white space between them, else on the last character of the first block."""
    if prev_end < next_start:
        between = source.text[prev_end + 1 : next_start]
        if "\n" not in between:
            ws = next((k for k, c in enumerate(between) if c.isspace()), None)
            return prev_end + 1 + ws if ws is not None else prev_end
    for line in (prev_last_line, next_first_line - 1):
        if 1 <= line < len(source.line_starts):
            nl = source.line_starts[line] - 1
            if 0 <= nl < len(source.text) and source.text[nl] == "\n":
                return nl
    nl = source.text.find("\n")
    return max(nl, 0)


def _place_markers(found, blocks: list[Block], source: SourceText) -> list[Marker]:
    out: list[Marker] = []
    for bi, items in found:
        b = blocks[bi]
        for fm, mt in items:
            local = bisect.bisect_left(mt.offs, fm.orig_start)
            out.append(
                Marker(
                    label=fm.label,
                    pos=b.start + min(local, b.end - b.start),
                    orig_start=fm.orig_start,
                    orig_end=fm.orig_end,
                    line=source.line_of(fm.orig_start),
                    block=bi,
                )
            )
    out.sort(key=lambda m: m.orig_start)
    return out


def _pair(blocks: list[Block], markers: list[Marker], raw_blocks: list[RawBlock]) -> list[Footnote]:
    """Pair markers with footnote bodies page by page (numbering restarts on every page).

    A page's notes are a run of footnote blocks with no body text between them in the original;
    they pair with the markers seen since the previous run, the latest marker with a label winning.
    Funding-note anchors (`*`) wait for their note wherever it comes.
    """
    events: list[tuple[int, int, int]] = []  # (original line, 0=marker/1=footnote, index)
    for mi, m in enumerate(markers):
        events.append((m.line, 0, mi))
    for bi, b in enumerate(blocks):
        if b.kind == "footnote":
            events.append((b.line_first, 1, bi))
    events.sort()
    body_lines = sorted(no for rb in raw_blocks if rb.kind != "footnote" for no in rb.lines)
    footnotes: list[Footnote] = []
    pending: list[int] = []
    stars: list[int] = []
    page = -1
    last_fn_line: int | None = None
    current_page_markers: list[int] = []
    for line, kind, idx in events:
        if kind == 0:
            (stars if markers[idx].label == "*" else pending).append(idx)
            continue
        b = blocks[idx]
        new_page = last_fn_line is None or _body_between(body_lines, last_fn_line, line)
        if new_page:
            page += 1
            prev_pending = pending
            pending = []
            page_markers = prev_pending
        else:
            page_markers = current_page_markers
        current_page_markers = page_markers
        b.page = page
        fn = Footnote(label=b.label, block=idx, page=page)
        pool = stars if b.label == "*" else page_markers
        for j in range(len(pool) - 1, -1, -1):
            m = markers[pool[j]]
            if m.label == b.label and m.footnote is None:
                m.footnote = len(footnotes)
                fn.marker = pool[j]
                break
        if fn.marker is None and b.label is None:
            # A citation whose marker line the PDF lost: take the page's next unpaired marker.
            for j in page_markers:
                m = markers[j]
                if m.footnote is None:
                    m.footnote, fn.marker, fn.label, b.label = len(footnotes), j, m.label, m.label
                    break
        footnotes.append(fn)
        last_fn_line = blocks[idx].line_last
    return footnotes


def _body_between(body_lines: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_right(body_lines, a)
    return i < len(body_lines) and body_lines[i] < b


def _assign_levels(blocks: list[Block]) -> None:
    ranks = sorted({SCHEME_RANK[b.scheme] for b in blocks if b.kind == "heading" and b.scheme})
    level_of = {r: i + 1 for i, r in enumerate(ranks)}
    for b in blocks:
        if b.kind == "heading" and b.scheme:
            b.level = level_of[SCHEME_RANK[b.scheme]]


__all__ = ["Block", "CleanDoc", "Footnote", "Line", "MappedText", "Marker", "Profile", "clean"]
