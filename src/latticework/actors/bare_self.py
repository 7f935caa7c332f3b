"""A bare 我 "us" as the partner of a relation act: 諾魯宣布與我斷交, 並於94年5月與我復交.

News written from Taiwan (and state media generally) names its own country by a bare 我 after the
preposition of a relation act (與我斷交, 与我建交, 同我签署): the author's country, as 我国 is (Taiwan
in text written from Taiwan, the press's own state in Malaysian or Singaporean papers, else the
default self-reference). Only right after 与/同/和/对/向/跟 and right before a verb of ties or of a
document (断交, 建交, 复交, 断绝, 恢复, 签署, 签订, 建立, 合作, 邦交): 我们, 我国, 我方 are other words.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .mention import Mention, sort_spans
from .spans import Taken
from .mention import start_sorted

# (the preposition is matched and 我 taken one after it: a pattern opening with a look-behind is tried
# at every position of the document, one opening with a class of characters is scanned fast)
_BARE_SELF = re.compile(r"[与同和对向跟]我(?=断交|建交|复交|断绝|恢复|签署|签订|建立|合作|邦交|的邦交)")


def bare_self(text: str, mentions: list[Mention], block_of, state: str | None, gz: Gazetteer) -> list[Mention]:
    """The mentions with each such 我 added as the author's country `state`."""
    if state is None or state not in gz.entities or "我" not in text:
        return mentions
    hits = [m.start() + 1 for m in _BARE_SELF.finditer(text)]
    if not hits:
        return mentions
    e = gz.entities[state]
    taken = Taken(start_sorted(mentions))
    out = list(mentions)
    for k in hits:
        if not taken.any(k, k + 1):
            out.append(Mention(k, k + 1, "我", state, e.kind, e.name_zh, e.name_en, state, "gazetteer", block=block_of(k)))
    sort_spans(out)
    return out
