"""HTML through trafilatura's main-content extraction: navigation, ads and footers are dropped.

The `SourceText` of an HTML page is the extracted main text (title line, then paragraphs); its
`origin` maps each character back to the markup, so every output offset and line is the file's.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ReadError
from ..model import SourceText
from .html_map import line_starts, origin_map
from .text import decode


def read_html(path: Path) -> SourceText:
    import trafilatura

    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "contains only white space")
    html, enc = decode(data, path)
    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        include_links=False,
        favor_precision=True,
        with_metadata=True,
        # only the page's own metadata (meta tags, <time>, the URL): htmldate's extensive search
        # takes a copyright year or a year named in the body and returns it as YYYY-01-01, a day
        # and a month the page never stated
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise ReadError(path, "HTML page has no main text that could be extracted")
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    parts = []
    if title and not body.lstrip().startswith(title.strip()):
        parts.append(f"# {title.strip()}")
    parts.append(body.strip())
    text = "\n\n".join(parts) + "\n"
    return SourceText(path=str(path), text=text, format="html", encoding=enc, title=title, date=date,
                      origin=origin_map(html, text), file_line_starts=line_starts(html))
