"""Dates that belong to a plan: 将于2027年举行, 拟在明年签署, 预计2025年加入.

Such a date dates the planned act only. Told after the acts of a story, it is no anchor for the
undated acts that follow (峰会前后，习近平…会见: the meetings are not in 2027), so the walk over a
paragraph leaves it out of the dates that later sentences inherit.
"""

from __future__ import annotations

import re

# a plan cue, optionally with its preposition, right before the date (将于2027年, 预计在2025年)
_PLAN_BEFORE = re.compile(r"(?:将|拟|计划|预计|有望|准备|打算|定于|订于)\s*(?:于|在|从|自)?\s*$")


def is_plan_date(text: str, start: int) -> bool:
    """True when the date starting at `start` is introduced by a plan cue (将于…, 预计…)."""
    return bool(_PLAN_BEFORE.search(text[max(0, start - 6) : start]))
