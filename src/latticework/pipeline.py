"""The one-way pipeline: read -> clean -> layout (extraction stages plug in after these)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .clean import CleanDoc, clean
from .layout import Layout, layout
from .model import SourceText
from .readers import read


@dataclass
class Processed:
    source: SourceText
    doc: CleanDoc
    layout: Layout

    @property
    def date(self) -> str | None:
        """The document's own date: a dateline, an issue's publication date, or an HTML date."""
        return self.layout.date or (self.layout.issue or {}).get("published")  # type: ignore[return-value]


def process(path: str | Path) -> Processed:
    src = read(path)
    doc = clean(src)
    return Processed(src, doc, layout(doc))
