"""Inline normalisation of one block, keeping the offset map.

Steps: drop Markdown syntax and escapes, detach footnote markers (recording where they were),
fold full-width ASCII, rejoin URLs broken by spaces, remove the spaces PDF extraction puts into
Chinese text, and write ASCII punctuation inside Chinese prose in its Chinese form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import MappedText
from ..text_forms import ASCII_TO_CJK_PUNCT, fold_width, is_cjk, is_cjk_punct
from . import patterns as P
from .blocks import RawBlock


# the cells of a space-aligned table row are kept apart in the cleaned text by one tab each
CELL_GAP = "\t"
CELL_GAP_HOLDER = "|"


@dataclass
class FoundMarker:
    label: str
    orig_start: int
    orig_end: int


_MD_HEADING_PREFIX = re.compile(r"^\s*#{1,6}\s*")
_FOOTNOTE_LABEL = re.compile(
    r"^\s*(?:\[\^?\d{1,3}\]:?|\^\[\d{1,3}\]|[" + P.CIRCLED + r"]|<sup>\s*\\?\*\s*</sup>|\\\*|\^\{\\?\*\}|\*)\s*"
)
_LIST_PREFIX = re.compile(r"^\s{0,3}(?:[-+*])\s+")
_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_ITALIC = re.compile(r"(?<![\\*A-Za-z0-9_])\*(?=[^\s*])([^*\n]+?)(?<=[^\s\\])\*(?!\*)")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ESCAPE = re.compile(r"\\{1,2}(?=[_*$#\[\]()`~<>|.!+-])")
_HTML_TAG = re.compile(r"</?(?:sup|sub|br|span|i|b|em|strong|u|small|font)\b[^>]*>", re.IGNORECASE)
_URL_START = re.compile(r"(?:https?|ftp)\s*:\s*/\s*/|www\s*\.\s*\w", re.IGNORECASE)
# a URL's characters, with the spaces extraction put into it; a space before a comma, before
# "accessed" or at the end of the text ends it
_URL_RUN = re.compile(r"(?:[A-Za-z0-9_\-./%~?=&#:+@]| (?!,|\Z|(?i:accessed)))*")
_BANG_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[!！](?=[\u4e00-\u9fff])")
_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0\r\n\f\v]+")
_ASCII_PUNCT = re.compile(r"(?<=[^\x00-\x7f])\s*([,;:?!])\s*(?=[^\x00-\x7f]|\d)")
_WIDTH_TABLE = {o: fold_width(chr(o)) for o in list(range(0xFF01, 0xFF5F)) + [0x3000] if fold_width(chr(o)) != chr(o)}


def build(block: RawBlock, source: str) -> MappedText:
    """The block's original pieces, joined with their separators, as mapped text."""
    out = MappedText()
    for i, (s, e) in enumerate(block.pieces):
        if i:
            sep = block.seps[i - 1]
            if sep:
                prev_end = block.pieces[i - 1][1]
                anchor = prev_end if prev_end < len(source) and source[prev_end].isspace() else s - 1
                out.append_char(sep, max(anchor, 0))
        out.append(MappedText.from_source(source, s, e))
    return out


def normalise(mt: MappedText, block: RawBlock, markdown: bool) -> tuple[MappedText, list[FoundMarker]]:
    markers: list[FoundMarker] = []
    if block.kind == "heading":
        mt = mt.sub(_MD_HEADING_PREFIX, "")
        m = P.TITLE_STAR.search(mt.text)
        if m:
            markers.append(FoundMarker("*", mt.offs[m.start()], mt.offs[m.end() - 1] + 1))
            mt = mt.sub(P.TITLE_STAR, "")
        if markdown:
            mt = mt.sub(_BOLD, "")
        mt = mt.strip()
        num = _heading_number(mt.text)
        if num:
            # Keep the numbering apart from the title: "一　强化…" -> "一 强化…", not "一强化…".
            number = mt.slice(0, num).strip()
            rest, found = _normalise_inline(mt.slice(num, len(mt)), block, markdown)
            markers.extend(found)
            number = number.translate_chars(_WIDTH_TABLE)
            if re.fullmatch(r"\(\s*[一二三四五六七八九十]+\s*\)", number.text):
                # (一) -> （一）: Chinese numbering takes full-width brackets
                number = number.sub(re.compile(r"\s+"), "").translate_chars({ord("("): "（", ord(")"): "）"})
            if number.text[-1:] in "、．.)）" or not rest.text:
                return number + rest, markers
            return number + MappedText(" ", [mt.offs[len(number.text)]]) + rest, markers
    if block.row:
        # a space-aligned table row: each gap between cells becomes one tab (mapped to the gap's first
        # space), the only tab the cleaned text keeps; a bar holds its place through the inline steps,
        # which drop the spaces between Chinese characters
        mt = mt.strip().sub(P.SPACED_GAP, CELL_GAP_HOLDER)
        mt, found = _normalise_inline(mt, block, markdown)
        return mt.translate_chars({ord(CELL_GAP_HOLDER): CELL_GAP}), markers + found
    mt, found = _normalise_inline(mt, block, markdown)
    return mt, markers + found


def _heading_number(text: str) -> int:
    """End of the numbering prefix of a heading (with its separator), or 0."""
    for _, rx in P.HEADING_SCHEMES:
        m = rx.match(text)
        if m:
            return m.end()
    return 0


def _normalise_inline(mt: MappedText, block: RawBlock, markdown: bool) -> tuple[MappedText, list[FoundMarker]]:
    markers: list[FoundMarker] = []
    if block.kind == "footnote":
        mt = mt.sub(_FOOTNOTE_LABEL, "")
    elif markdown:
        mt = mt.sub(_LIST_PREFIX, "")
    for m in P.INLINE_MARKER.finditer(mt.text):
        if block.kind != "footnote":
            markers.append(FoundMarker(P.marker_label(m), mt.offs[m.start()], mt.offs[m.end() - 1] + 1))
    mt = mt.sub(P.INLINE_MARKER, "")
    if markdown:
        mt = mt.sub(_HTML_TAG, "")
        mt = mt.sub(_LINK, _link_text)
        mt = mt.sub(_AUTOLINK, lambda m: m.group(1))
        mt = mt.sub(_BOLD, "")
        mt = mt.sub(_ITALIC, lambda m: m.group(1))
        mt = mt.sub(_ESCAPE, "")
    mt = mt.translate_chars(_WIDTH_TABLE)
    if "!" in mt.text or "！" in mt.text:
        mt = mt.sub(_BANG_DOT, "·")  # 约翰!克劳福德: OCR writes the name dot as "!"
    mt = _despace_urls(mt)
    mt = mt.sub(_SPACE_RUN, _space)
    mt = mt.sub(_ASCII_PUNCT, lambda m: ASCII_TO_CJK_PUNCT[m.group(1)] if _cjkish(m) else m.group(0))
    return mt.strip(), markers


def _link_text(m: re.Match[str]) -> str:
    text, url = m.group(1), m.group(2)
    if m.group(0).startswith("!"):
        return ""
    return text if text.strip() else url


def _wide(ch: str) -> bool:
    return is_cjk(ch) or (is_cjk_punct(ch) and ch not in "“”‘’")


def _space(m: re.Match[str]) -> str:
    s = m.string
    i, j = m.start(), m.end()
    a = s[i - 1] if i > 0 else ""
    b = s[j] if j < len(s) else ""
    if not a or not b:
        return ""
    if _wide(a) or _wide(b):
        return ""
    if a in "“‘([（《" or b in "”’)]）》":
        return ""
    # A quotation mark belongs to Chinese text when the text inside it is Chinese.
    if a in "”’" and i >= 2 and is_cjk(s[i - 2]):
        return ""
    if b in "“‘" and j + 1 < len(s) and is_cjk(s[j + 1]):
        return ""
    return " "


def _cjkish(m: re.Match[str]) -> bool:
    s = m.string
    a = s[m.start() - 1] if m.start() > 0 else ""
    b = s[m.end()] if m.end() < len(s) else ""
    return (is_cjk(a) or a in "”’）》」") and (is_cjk(b) or b in "“‘（《「" or (b.isdigit() and is_cjk(a)))


def _despace_urls(mt: MappedText) -> MappedText:
    """`https: / / www. state. gov / a - b /` -> `https://www.state.gov/a-b/`."""
    text = mt.text
    if not _URL_START.search(text):
        return mt
    offs = mt.offs
    out_t: list[str] = []
    out_o: list[int] = []
    i = 0
    for m in _URL_START.finditer(text):
        if m.start() < i:
            continue
        out_t.append(text[i : m.start()])
        out_o.extend(offs[i : m.start()])
        j = _URL_RUN.match(text, m.start()).end()  # type: ignore[union-attr]
        out_t.append(text[m.start() : j].replace(" ", ""))
        out_o.extend(offs[k] for k in range(m.start(), j) if text[k] != " ")
        i = j
    out_t.append(text[i:])
    out_o.extend(offs[i:])
    return MappedText("".join(out_t), out_o)
