"""The one document model every stage shares.

`SourceText` is what a reader produced: the text of the original file (for .txt/.md the decoded
file itself; for PDF the text layer; for HTML the main content) with its line index.
`MappedText` is a piece of text in which every character carries the offset of the original
character it comes from, so every later stage can point back at the exact span of the source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .text_forms import equivalent


@dataclass
class SourceText:
    """The original text of a document, as the reader produced it."""

    path: str
    text: str
    format: str  # txt | md | pdf | html
    encoding: str = "utf-8"
    title: str | None = None  # from HTML metadata, when there is one
    date: str | None = None  # publication date from HTML metadata (ISO), when there is one
    line_starts: list[int] = field(default_factory=list)
    # HTML: the offset in the file (the markup) of each character of `text`, and the file's lines;
    # None where `text` is the file itself
    origin: list[int] | None = None
    file_line_starts: list[int] | None = None

    def __post_init__(self) -> None:
        if not self.line_starts:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self.line_starts = starts

    @property
    def n_lines(self) -> int:
        """Physical lines, counting a last line without a trailing newline."""
        n = len(self.line_starts)
        if self.text.endswith("\n") or not self.text:
            n -= 1
        return n

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The span [start, end) of `text` as offsets in the original file (the same offsets
        except for HTML, whose `text` is the main content extracted from the markup)."""
        if self.origin is None or not self.origin:
            return start, end
        if end <= start:
            o = self.origin[min(start, len(self.origin) - 1)]
            return o, o
        seg = self.origin[start:end]
        return min(seg), max(seg) + 1

    def file_line(self, file_offset: int) -> int:
        """1-based line of an offset in the original file."""
        return bisect.bisect_right(self.file_line_starts or self.line_starts, file_offset)

    def line_span(self, line: int) -> tuple[int, int]:
        """(start, end) offsets of 1-based line `line`, without its newline (a Windows CR LF too:
        the CR is part of the line break, not of the line's text)."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def lines(self) -> Iterable[tuple[int, int, int]]:
        """Yield (line_no, start, end) for every physical line."""
        for i in range(1, self.n_lines + 1):
            s, e = self.line_span(i)
            yield i, s, e


class MappedText:
    """Text whose characters each carry the offset of their original character.

    Transformations (`sub`) rebuild both the string and the offsets, so the map survives any
    number of cleaning steps.
    """

    __slots__ = ("offs", "text")

    def __init__(self, text: str = "", offs: list[int] | None = None):
        self.text = text
        self.offs = offs if offs is not None else []
        if len(self.text) != len(self.offs):
            raise ValueError("text and offsets differ in length")

    @classmethod
    def from_source(cls, src: str, start: int, end: int) -> MappedText:
        return cls(src[start:end], list(range(start, end)))

    def __len__(self) -> int:
        return len(self.text)

    def __add__(self, other: MappedText) -> MappedText:
        return MappedText(self.text + other.text, self.offs + other.offs)

    def append(self, other: MappedText) -> None:
        self.text += other.text
        self.offs.extend(other.offs)

    def append_char(self, ch: str, off: int) -> None:
        self.text += ch
        self.offs.append(off)

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], self.offs[start:end])

    def strip(self) -> MappedText:
        t = self.text
        s = len(t) - len(t.lstrip())
        e = len(t.rstrip())
        return self.slice(s, max(s, e))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str] | str) -> MappedText:
        """Regex substitution that keeps the offset map.

        Each character of a replacement maps to the first not-yet-used character of the match with
        an equivalent form (so `\\_` -> `_` maps to the underscore and `, ` -> `，` to the comma);
        failing that, to the first non-space character of the match.
        """
        text, offs = self.text, self.offs
        out_t: list[str] = []
        out_o: list[int] = []
        pos = 0
        for m in pattern.finditer(text):
            s, e = m.span()
            if s > pos:
                out_t.append(text[pos:s])
                out_o.extend(offs[pos:s])
            r = repl if isinstance(repl, str) else repl(m)
            if r:
                seg = text[s:e]
                if r == seg:
                    out_o.extend(offs[s:e])
                else:
                    out_o.extend(offs[s + i] for i in _align(r, seg))
                out_t.append(r)
            pos = e
        if pos == 0 and not out_t:
            return MappedText(text, list(offs))
        out_t.append(text[pos:])
        out_o.extend(offs[pos:])
        return MappedText("".join(out_t), out_o)

    def translate_chars(self, table: dict[int, str]) -> MappedText:
        """Same-length, character-for-character substitution (offsets unchanged)."""
        new = self.text.translate(table)
        if len(new) != len(self.text):
            raise ValueError("translate_chars needs a one-to-one table")
        return MappedText(new, list(self.offs))


def _align(repl: str, seg: str) -> list[int]:
    """Index in `seg` of the original character behind each character of `repl`."""
    idx: list[int] = []
    j = 0
    fallback = next((i for i, c in enumerate(seg) if not c.isspace()), 0)
    for ch in repl:
        k = j
        while k < len(seg) and not equivalent(ch, seg[k]):
            k += 1
        if k < len(seg):
            idx.append(k)
            j = k + 1
        else:
            idx.append(min(j, len(seg) - 1) if j < len(seg) and not seg[j].isspace() else fallback)
    return idx
