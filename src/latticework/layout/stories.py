"""The stories of a press digest: several news items one after another in one file, each opening with a
dateline of its own (…（中央社台北19日電）…, 新华社阿斯塔纳17日电, （吉隆坡13日讯）).

Read as one document, a digest took one date for all its items (the first dateline's, completed from a
stamp or an editor line of another item) and let a later item's days resolve against an earlier
item's months. A story opens at its dateline paragraph, or at the headline (and stamp line) right
before it; its date is its own dateline's, completed from a stamp in its own head or an editor line at
its own foot (lead18).
"""

from __future__ import annotations

import re
from typing import Callable

from ..clean import CleanDoc
from ..clean.patterns import stamp_date
from .footers import footer_date

# a dateline opens a paragraph when it starts within its first characters (after a bracket or a mark)
_OPENING = 3
# a headline or a stamp line before a dateline paragraph: short, no sentence end
_HEAD_MAX = 60
# the closing line of the story before (its editor, its source, 完): no head of the next one
_FOOTER = re.compile(r"来源|來源|[（(]完[）)]|編輯|编辑")


def stories(doc: CleanDoc, dateline_re: re.Pattern[str],
            dateline_date: Callable[[str, str | None, str], str | None]) -> list[tuple[int, str | None]]:
    """(first block, date) of each story of a digest, in order; [] when the document is not one (fewer
    than two paragraphs open with a dateline, or the first story starts after the document's head).
    The layout module passes its dateline pattern and its date completion."""
    opens: list[tuple[int, str]] = []  # (block, its dateline, or "" for a stamp line under a headline)
    for i, b in enumerate(doc.blocks):
        t = doc.block_text(i)
        m = dateline_re.search(t[:48]) if b.kind == "paragraph" else None
        if m is not None and m.start() <= _OPENING:
            if opens and opens[-1][1] == "" and opens[-1][0] >= i - 2:
                opens[-1] = (i, m.group(0))  # (a headline, its stamp, then its dateline: one story)
            else:
                opens.append((i, m.group(0)))
        elif i and stamp_date(t) and _head_line(doc, i - 1) and not _FOOTER.search(t) and _body_after(doc, i):
            opens.append((i, ""))  # a headline and its stamp line (2024年6月22日 星期六): a story with no dateline
    if len(opens) < 2 or opens[0][0] > 5:
        return []
    starts = []
    for k, (i, _) in enumerate(opens):
        floor = opens[k - 1][0] + 1 if k else 0
        start = i
        while start - 1 >= floor and start - i > -3 and _head_line(doc, start - 1):
            start -= 1
        starts.append(start)
    out: list[tuple[int, str | None]] = []
    for k, (i, dateline) in enumerate(opens):
        start, end = starts[k], (starts[k + 1] if k + 1 < len(starts) else len(doc.blocks))
        stamp = next((d for j in range(start, i + 1) if (d := stamp_date(doc.block_text(j)))), None) or \
            footer_date(doc, i, end)
        story_text = "".join(doc.block_text(j) for j in range(start, end))
        out.append((start, dateline_date(dateline, stamp, story_text) if dateline else stamp_date(doc.block_text(i))))
    return out


def _body_after(doc: CleanDoc, i: int) -> bool:
    """A paragraph of story follows block i (a closing stamp at the foot of a page opens no story)."""
    return i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "paragraph" and "。" in doc.block_text(i + 1)


def _head_line(doc: CleanDoc, j: int) -> bool:
    t = doc.block_text(j).strip()
    return bool(t) and len(t) <= _HEAD_MAX and not t.endswith(("。", "！", "？")) and not _FOOTER.search(t)
