"""中共 standing for the state it governs: 譴責中共的非理性挑釁行為, 招致中共降低雙邊關係層級, 因中共施壓.

Taiwan's press and think tanks name the PRC by its ruling party. The entity guidelines leave the party
unannotated (it is no state mention), but as a party to an event it acts for China, as the gold sets
code it. The event walk lends such a 中共 a China mention of its own; 中共中央, 中共二十大 and 中共党员
name the party itself and stay out, and so does 中共 opening a longer name the linker read (中共外交部,
中共東部戰區: an organ mention already).
"""

from __future__ import annotations

import re

from ..actors.resolve import Mention

# 中共 not opening a party organ, congress or member (中共中央, 中共二十大, 中共十二大, 中共党员)
_PARTY_STATE = re.compile(r"中共(?!中央|党|[0-9一二三四五六七八九十]|代表大会|全会|政治局)")


def party_state_mentions(text: str, s: int, e: int, sent: list[Mention]) -> list[Mention]:
    """The sentence's mentions with a China mention for each 中共 that stands for the state."""
    found = [m for m in _PARTY_STATE.finditer(text, s, e)
             if not any(x.start <= m.start() < x.end or m.start() <= x.start < m.end() for x in sent)]
    if not found:
        return sent
    extra = [Mention(m.start(), m.end(), m.group(), "CHN", "state", "中国", "China", "CHN", "metonym", role="government")
             for m in found]
    return sorted(sent + extra, key=lambda x: x.start)
