"""The one-way pipeline: read -> clean -> layout (extraction stages plug in after these)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .clean import CleanDoc, clean
from .errors import LatticeworkError
from .layout import Layout, layout
from .model import SourceText
from .readers import read


@dataclass
class Processed:
    source: SourceText
    doc: CleanDoc
    layout: Layout
    given_date: str | None = None  # the date the user gave for a document that states none (--date)

    @property
    def date(self) -> str | None:
        """The document's own date: a dateline, an issue's publication date, or an HTML date; else the
        date the user gave (a wire story copied without its page states only a day: 中央社…31日電)."""
        own = self.layout.date or (self.layout.issue or {}).get("published")
        return own or self.given_date  # type: ignore[return-value]


_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def process(path: str | Path, date: str | None = None) -> Processed:
    """Read, clean and lay out the file; `date` (YYYY, YYYY-MM or YYYY-MM-DD) stands for the document's
    date when the document states none of its own."""
    if date is not None and not _DATE.fullmatch(date):
        raise LatticeworkError(path, f"--date {date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    src = read(path)
    doc = clean(src)
    return Processed(src, doc, layout(doc), date)
