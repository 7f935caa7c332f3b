"""Plain text and Markdown: encoding detection (UTF-8, UTF-8 BOM, UTF-16 BOM, GB18030/GBK, Big5)."""

from __future__ import annotations

from pathlib import Path

from ..front_matter import front_matter_date, front_matter_fields
from ..errors import ReadError
from ..model import SourceText

# A prose document has paragraphs; a line this long is a dump, a minified file or a binary.
MAX_LINE_CHARS = 200_000
MAX_FILE_BYTES = 512 * 1024 * 1024

_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (DOCX/EPUB?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"SQLite f": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an OLE document (DOC/XLS?)",
}


def sniff_binary(head: bytes) -> str | None:
    """Name the kind of a binary file from its first bytes, or None for text."""
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            return name
    return None


def longest_line(data: bytes) -> tuple[int, int]:
    """(length in bytes, 1-based number) of the longest line, without splitting the data."""
    best, best_no, pos, no = 0, 1, 0, 1
    find = data.find
    n = len(data)
    while pos <= n:
        nl = find(b"\n", pos)
        end = n if nl == -1 else nl
        if end - pos > best:
            best, best_no = end - pos, no
        if nl == -1:
            break
        pos, no = nl + 1, no + 1
    return best, best_no


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data[:65536]:
        raise ReadError(path, "is a binary file (contains NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not GBK or Big5.
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    multibyte = sum(1 for ch in lossy if ord(ch) > 0x7F) - bad
    if multibyte > 20 and bad <= max(8, multibyte // 50):
        raise ReadError(
            path, f"undecodable bytes: invalid UTF-8 at byte {utf8_error.start} (the rest is UTF-8)"
        )
    candidates = []
    # Big5 as Windows writes it in Taiwan (cp950: its circled digits ①② and symbols), else Hong
    # Kong's superset (big5hkscs, whose extra characters cp950 lacks but which reads a few of
    # cp950's symbols as other characters: ① as ロ)
    for encs in (("gb18030",), ("cp950", "big5hkscs")):
        for enc in encs:
            try:
                candidates.append((enc, data.decode(enc)))
                break
            except UnicodeDecodeError:
                continue
    if not candidates:
        raise ReadError(
            path,
            f"undecodable bytes: not UTF-8 (bad byte at {utf8_error.start}), GB18030 or Big5",
        )
    if len(candidates) == 1:
        enc, text = candidates[0]
    else:
        enc, text = max(candidates, key=lambda c: _plausibility(c[1]))
    if _plausibility(text) < 0.5:
        raise ReadError(path, "undecodable bytes: no encoding gives readable text")
    return text, ("gb18030" if enc == "gb18030" else "big5")


def _strict(data: bytes, enc: str, path: Path) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"undecodable bytes: invalid {enc} at byte {exc.start}") from None


def _plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common Han characters or CJK punctuation."""
    from ..text_forms import t2s_converter
    from .common_han import common_han

    sample = [ch for ch in t2s_converter().convert(text[:100_000]) if ord(ch) > 0x7F]
    if not sample:
        return 1.0
    common = common_han()
    good = sum(1 for ch in sample if ch in common or 0x2000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFFEF)
    return good / len(sample)


def read_text(path: Path, fmt: str = "txt") -> SourceText:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ReadError(path, f"is {size:,} bytes; the limit for one document is {MAX_FILE_BYTES:,}")
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "contains only white space")
    length, line_no = longest_line(data)
    if length > MAX_LINE_CHARS * 4:  # bytes; at most 4 bytes a character in UTF-8
        raise ReadError(
            path,
            f"line {line_no} is {length:,} bytes long: not a prose document "
            f"(lines are limited to {MAX_LINE_CHARS:,} characters)",
        )
    text, enc = decode(data, path)
    if length > MAX_LINE_CHARS and max((len(l) for l in text.split("\n")), default=0) > MAX_LINE_CHARS:
        raise ReadError(path, f"line {line_no} is longer than {MAX_LINE_CHARS:,} characters: not a prose document")
    if fmt == "md" and (fields := front_matter_fields(text)):
        # (the front matter's title and date are the document's; its lines are dropped as furniture)
        return SourceText(path=str(path), text=text, format=fmt, encoding=enc, title=fields.get("title") or None,
                          date=front_matter_date(fields))
    return SourceText(path=str(path), text=text, format=fmt, encoding=enc)
