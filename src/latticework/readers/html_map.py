"""Where each character of an HTML page's extracted main text sits in the page's markup.

trafilatura returns the main text without positions. To keep every span traceable to the file the
user has (an analyst opens the .html, not our extraction), the text nodes of the markup are
collected with their offsets, and each extracted line is found among them in reading order,
ignoring white space. Characters the extractor added (a `# ` before the title, list dashes) take
the offset of the character before them.
"""

from __future__ import annotations

import bisect
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "title"}  # <title> repeats the h1
_WINDOW = 400  # how far ahead one character may be looked for when a whole line is not found


class _TextNodes(HTMLParser):
    """The page's visible characters (entities decoded) and the offset of each in the markup."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=False)
        self.markup = markup
        self.line_starts = [0] + [i + 1 for i, c in enumerate(markup) if c == "\n"]
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.skip = 0

    def _here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        at = self._here()
        self.chars.extend(data)
        self.offs.extend(range(at, at + len(data)))

    def _ref(self, text: str) -> None:
        if not self.skip:
            at = self._here()
            self.chars.extend(text)
            self.offs.extend([at] * len(text))

    def handle_entityref(self, name: str) -> None:
        from html import unescape

        self._ref(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        from html import unescape

        self._ref(unescape(f"&#{name};"))


def origin_map(markup: str, text: str) -> list[int]:
    """For each character of `text` (extracted from `markup`), its offset in `markup`."""
    nodes = _TextNodes(markup)
    nodes.feed(markup)
    nodes.close()
    keep = [i for i, c in enumerate(nodes.chars) if not c.isspace()]
    flat = "".join(nodes.chars[i] for i in keep)
    flat_offs = [nodes.offs[i] for i in keep]
    out: list[int] = []
    p = 0  # position in `flat` reached so far
    last = 0
    pos = 0
    for line in text.split("\n"):
        dense = [(k, c) for k, c in enumerate(line) if not c.isspace()]
        needle = "".join(c for _, c in dense)
        at = flat.find(needle, p) if needle else -1
        mapped: dict[int, int] = {}
        if at != -1:
            for n, (k, _) in enumerate(dense):
                mapped[k] = flat_offs[at + n]
            p = at + len(needle)
        else:  # decorated or re-spaced by the extractor: character by character, near what came before
            for k, c in dense:
                j = flat.find(c, p, p + _WINDOW)
                if j != -1:
                    mapped[k] = flat_offs[j]
                    p = j + 1
        for k in range(len(line)):
            if k in mapped:
                last = mapped[k]
                out.append(last)
            else:
                out.append(last)
        pos += len(line) + 1
        out.append(last)  # the newline
    return out[: len(text)]


def line_starts(markup: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(markup) if c == "\n"]


def line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)
