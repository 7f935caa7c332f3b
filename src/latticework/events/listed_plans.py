"""Acts listed after one plan cue: the cue covers every verb of the list.

A plan, a proposal or a hypothesis stated once before a list of verb phrases joined by 、, 和, 及
or 以及 (双方将成立禁毒合作工作组、启动人工智能对话; 拟于明年设立热线和举行首轮磋商) covers each of
them: the later acts are as much to come as the first, and a plan is dated only by a date of its
own, never by the day it was announced. The modality reader sees only a few characters before a
trigger, so a bare 将 a whole verb phrase away reads as the marker of an object (将两国关系提升为…);
here the cue is taken from the act the list opens with.
"""

from __future__ import annotations

import re

from .model import Event
from .positions import placed_triggers

_TO_COME = ("planned", "proposed", "hypothetical")
# what joins the verb phrases of one list: nothing that ends a clause stands between the two triggers,
# and the second follows a list joiner right away (也/还/再 may stand before it)
_JOINED = re.compile(r"(?:、|和|及|以及|与)\s*(?:也|还|再|并)?\s*$")
_CLAUSE_BREAK = re.compile(r"[，。；：,;:！？!?\n]")


def plans_listed(text: str, s: int, e: int, found: list[Event]) -> None:
    """Give each asserted act of a list the modality (and the plan's own date) of the planned act the
    list opens with (see the module docstring)."""
    placed = sorted(((k, ev) for k, ev in placed_triggers(text, s, e, found) if k >= s), key=lambda x: x[0])
    for i, (k, ev) in enumerate(placed):
        if ev.modality != "asserted" or i == 0:
            continue
        k0, prev = placed[i - 1]
        if prev.modality not in _TO_COME or k0 >= k:
            continue
        between = text[k0 + len(prev.trigger) : k]
        if _CLAUSE_BREAK.search(between) or not _JOINED.search(between):
            continue
        if text.startswith("了", k + len(ev.trigger)):
            continue  # 和启动了…: told as done (、已启动 has 已 before it, no joiner)
        ev.modality = prev.modality
        ev.date, ev.date_end = prev.date, prev.date_end
