"""PDF through pdfium's text layer (pypdfium2). Pages are separated by a form-feed line."""

from __future__ import annotations

from pathlib import Path

from ..errors import ReadError
from ..model import SourceText

PAGE_BREAK = "\f"


def read_pdf(path: Path) -> SourceText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        reason = str(exc).split(":")[-1].strip() or "damaged file"
        raise ReadError(path, f"is not a readable PDF ({reason})") from None
    pages: list[str] = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n"))
    except pdfium.PdfiumError as exc:
        raise ReadError(path, f"PDF text layer cannot be read ({exc})") from None
    finally:
        pdf.close()
    if not pages:
        raise ReadError(path, "PDF has no pages")
    if not any(p.strip() for p in pages):
        raise ReadError(
            path, f"PDF has no text layer ({len(pages)} page(s) of images): it needs OCR first"
        )
    text = f"\n{PAGE_BREAK}\n".join(pages) + "\n"
    return SourceText(path=str(path), text=text, format="pdf", encoding="pdf-text-layer")
