"""The date a news item prints at its foot: the editor line of Central News Agency copy, with the
date in the ROC calendar (（編輯：林某）1140410 is 2025-04-10), or a closing source stamp on a line of its
own (（2025年10月28日 来源：新华网）, 来源：新华网 2025-10-28). Used for a whole page and for each item of
a press digest."""

from __future__ import annotations

import re

from ..clean import CleanDoc
from ..clean.patterns import stamp_date

WIRE_FOOTER = re.compile(r"[（(]\s*(?:編輯|编辑|責任編輯|责任编辑)\s*[：:][^）)]{1,24}[）)]\s*(?P<y>1\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_LAST_BLOCKS = 3


def footer_date(doc: CleanDoc, first: int, end: int) -> str | None:
    """The foot date of the blocks [first, end): looked for in the last three of them, the last first."""
    for i in range(end - 1, max(first - 1, end - 1 - _LAST_BLOCKS), -1):
        text = doc.block_text(i)
        m = WIRE_FOOTER.search(text)
        if m is not None:
            y, mo, d = int(m.group("y")) + 1911, int(m.group("m")), int(m.group("d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
        date = stamp_date(text)
        if date is not None:
            return date
    return None
