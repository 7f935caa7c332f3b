"""Readers: turn a file on disk into a `SourceText`, or fail with a one-line `ReadError`.

Dispatch is by content first (a PDF is a PDF whatever its name), then by suffix.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ReadError
from ..model import SourceText
from .html import read_html
from .pdf import read_pdf
from .text import read_text, sniff_binary

SUPPORTED = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".pdf")


def read(path: str | Path) -> SourceText:
    """Read any supported document."""
    p = Path(path)
    if not p.exists():
        raise ReadError(p, "no such file")
    if p.is_dir():
        raise ReadError(p, "is a directory, not a document")
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ReadError(p, f"cannot be opened ({exc.strerror or exc})") from None
    if size == 0:
        raise ReadError(p, "is empty")
    suffix = p.suffix.lower()
    if head.startswith(b"%PDF"):
        return read_pdf(p)
    if suffix == ".pdf":
        raise ReadError(p, "has a .pdf name but is not a PDF (no %PDF header)")
    if suffix in (".html", ".htm"):
        return read_html(p)
    kind = sniff_binary(head)
    if kind:
        raise ReadError(p, f"is a binary file ({kind}), not a text document")
    return read_text(p, fmt="md" if suffix in (".md", ".markdown") else "txt")


__all__ = ["SUPPORTED", "ReadError", "read"]
