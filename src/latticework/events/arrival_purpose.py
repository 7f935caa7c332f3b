"""An arrival told only as the way to a gathering: 李强27日抵达吉隆坡，先后出席…会议; 特朗普当天抵达
吉隆坡出席东盟—美国峰会. The attendance is the event (a CONSULT of the attendee and the body); the
arrival is no visit of the host state. An arrival told for itself (布林肯同日抵达万象，其后将访问…) still is.
"""

from __future__ import annotations

import re

_ARRIVALS = ("抵达", "飞抵", "抵", "到达")
# the attendance right after the place arrived at, in the same clause or the next
_TO_ATTEND = re.compile(r"[^，。；,;]{1,12}?[，,]?\s*(?:随即|随后|并|先后|相继|分别|将)?\s*(?:出席|参加|与会)")


def arrival_to_attend(text: str, t1: int, word: str) -> bool:
    """True when the arrival ending at `t1` leads straight to attending a gathering."""
    return word in _ARRIVALS and bool(_TO_ATTEND.match(text, t1))
