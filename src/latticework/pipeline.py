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


def process(path: str | Path) -> Processed:
    src = read(path)
    doc = clean(src)
    return Processed(src, doc, layout(doc))
