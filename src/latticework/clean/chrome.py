"""Web page chrome copied with a news story: what of a page is no part of the story.

A story copied from a news site brings the page around it: a breadcrumb (首页 > 国际 > 亚太), share,
follow, editor and copyright lines, and lists of links to other stories under a heading (相关新闻：,
延伸阅读) whose items are headlines with dates of their own. Read as text, the links were events of
other days; counted as lines, the chrome made the layout look hard-wrapped and took the headline's
place as the title. The line classifier marks these lines furniture and the layout profile leaves
them out (lead18).
"""

from __future__ import annotations

from typing import Protocol

from . import patterns as P


class _HasText(Protocol):
    text: str


# a link item: a short line that ends no sentence (a headline, with or without its date)
_LINK_MAX = 60
_SENTENCE_ENDS = ("。", "。」", "。”")  # (a headline may end with ？ or ！: 美日韩峰会释放了什么信号？)


def web_chrome(lines: list[_HasText]) -> dict[int, str]:
    """Index → note ("web page chrome" or "related links") of every chrome line; a list of links runs
    from its heading over the short lines after it (blank lines between them allowed) to the first
    line that is not one."""
    out: dict[int, str] = {}
    in_links = False
    for i, l in enumerate(lines):
        t = l.text
        if not t:
            continue
        if P.BREADCRUMB.match(t) or P.WEB_CHROME.match(t):
            out[i] = "web page chrome"
        elif P.RELATED_LINKS_HEAD.match(t):
            out[i], in_links = "related links", True
        elif in_links and len(t) <= _LINK_MAX and not t.rstrip().endswith(_SENTENCE_ENDS):
            out[i] = "related links"
        else:
            in_links = False
    return out
