"""Render a text file to a small PDF with a real text layer (reportlab, built-in CID font).

Used for the sample corpus (samples/policy-brief.pdf) and by the tests. Lines of the source are
paragraphs; a line holding only `\\f` starts a new page. No font file is needed: reportlab's
STSong-Light is a standard CID font every PDF reader knows.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path


def render(text: str, out: Path, chars_per_line: int = 30) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(out.stem)
    width, height = A4
    pages = [p.strip("\n") for p in text.split("\\f")]
    for number, page in enumerate(pages, 1):
        y = height - 72
        for para in page.split("\n"):
            if not para.strip():
                y -= 8
                continue
            size = 16 if para.startswith("# ") else 11
            para = para[2:] if para.startswith("# ") else para
            c.setFont("STSong-Light", size)
            for line in textwrap.wrap(para, chars_per_line) or [""]:
                c.drawString(72, y, line)
                y -= size + 7
        c.setFont("Helvetica", 9)
        c.drawCentredString(width / 2, 40, str(number))
        c.showPage()
    c.save()


def render_blank(out: Path, pages: int = 1) -> None:
    """A PDF with drawings but no text layer, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4)
    for _ in range(pages):
        c.rect(72, 72, 300, 500, fill=1)
        c.showPage()
    c.save()


if __name__ == "__main__":
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    render(src.read_text(encoding="utf-8"), dst)
