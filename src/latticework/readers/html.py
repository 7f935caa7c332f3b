"""HTML through trafilatura's main-content extraction: navigation, ads and footers are dropped.

The `SourceText` of an HTML page is the extracted main text (title line, then paragraphs); its
`origin` maps each character back to the markup, so every output offset and line is the file's.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..clean.patterns import stamp_date
from ..errors import ReadError
from ..model import SourceText
from .html_map import line_starts, origin_map
from .text import decode

# trafilatura's precise mode drops a story's bullet lists (a brief's key findings, numbered
# recommendations) with the menus; as paragraphs they are judged like paragraphs (link-dense
# menus still go). Only tags change, so the text still maps onto the file's markup.
_LISTS = re.compile(r"(?i)</?[uo]l\b[^>]*>")
_LIST_ITEMS = re.compile(r"(?i)<(/?)li\b")
# a list item that opens with a link: an entry of a list of links to other pages (相关新闻, 延伸阅读),
# whose headlines and dates are no part of the story and no date of the page (lead18: htmldate took a
# linked story's date for the page's)
_LINK_ITEM = re.compile(r"(?is)<li\b[^>]*>\s*<a\b[^>]*>.*?</li>")


_BODY = re.compile(r"(?is)<body\b.*")
_TAG = re.compile(r"(?s)<(script|style)\b.*?</\1>|<[^>]+>")


_HEAD_LINES = 30  # at most so many lines of a page's head (menus, banners, headline, stamp)


def _printed_stamp(html: str) -> str | None:
    """The publication line a page prints at the top of its body (发布日期：2025年9月), which the
    main-content extraction may drop as page furniture: the first stamp among the body's first
    lines of text, before the story's first sentence however many menu items come first (never a
    year named in the story or a copyright line at its foot)."""
    body = _BODY.search(html)
    lines = [t.strip() for t in _TAG.sub("\n", body.group(0) if body else html).splitlines() if t.strip()]
    story = next((i for i, t in enumerate(lines) if "。" in t), len(lines))
    return next((d for t in lines[: max(8, min(story, _HEAD_LINES))] if (d := stamp_date(t))), None)


def read_html(path: Path) -> SourceText:
    import trafilatura

    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "contains only white space")
    html, enc = decode(data, path)
    doc = trafilatura.bare_extraction(
        _LIST_ITEMS.sub(r"<\1p", _LISTS.sub("", _LINK_ITEM.sub("", html))),  # bullet points of the story are its paragraphs
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
    date = getattr(doc, "date", None) or _printed_stamp(html)
    parts = []
    if title and not body.lstrip().startswith(title.strip()):
        parts.append(f"# {title.strip()}")
    parts.append(body.strip())
    text = "\n\n".join(parts) + "\n"
    return SourceText(path=str(path), text=text, format="html", encoding=enc, title=title, date=date,
                      origin=origin_map(html, text), file_line_starts=line_starts(html))
