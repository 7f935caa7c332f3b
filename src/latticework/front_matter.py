"""Front matter of a Markdown document: a block of `key: value` lines between two `---` fences at the
very top (Jekyll, Hugo, Pandoc and static news sites write it), giving the title, the date and tags.

It is metadata, not text: the reader takes the title and the date from it, and the cleaner drops its
lines as furniture (read as text, `date: 2024-06-20` and the fences were sentences and rules, and the
title a headline repeated above the real one). Only a block whose every non-empty line is a key and a
value (or a YAML list item) counts, closed within 40 lines.
"""

from __future__ import annotations

import re

_FENCE = "---"
_FIELD = re.compile(r"^[A-Za-z_][\w-]*\s*:(?:\s.*)?$|^\s+-\s.*$|^\s+\S.*$")
_ISO_DAY = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_MAX_LINES = 40


def front_matter_lines(lines: list[str]) -> int:
    """The number of lines the front matter takes at the top (both fences included), or 0."""
    if not lines or lines[0].strip() != _FENCE:
        return 0
    for i in range(1, min(len(lines), _MAX_LINES + 2)):
        t = lines[i].rstrip()
        if t.strip() == _FENCE:
            return i + 1 if i > 1 else 0
        if t.strip() and not _FIELD.match(t):
            return 0
    return 0


def front_matter_fields(text: str) -> dict[str, str]:
    """The front matter's scalar fields (lower-cased keys, unquoted values) of a document's text."""
    lines = text.split("\n", _MAX_LINES + 2)
    n = front_matter_lines(lines)
    out: dict[str, str] = {}
    for line in lines[1 : max(0, n - 1)]:
        key, sep, value = line.partition(":")
        if sep and not line[:1].isspace() and value.strip():
            out[key.strip().lower()] = value.strip().strip("'\"")
    return out


def front_matter_date(fields: dict[str, str]) -> str | None:
    """The ISO day of the `date` (or `published`, `pubdate`) field, or None."""
    for key in ("date", "published", "pubdate", "publishdate"):
        m = _ISO_DAY.match(fields.get(key, ""))
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None
