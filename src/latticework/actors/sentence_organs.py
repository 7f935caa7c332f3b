"""A bare organ word that belongs to another state than its usual one in a sentence about that state.

Bare 国务院 is China's State Council in Chinese prose, but in a sentence whose actors are the US
government (拜登政府在白宫…增设职位，并在国务院设立特使办公室; 美国国际开发署并入国务院) it is the US
State Department. The words and their other owner are `sentence_owned_organs` in the cues."""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace
from operator import attrgetter

from .gazetteer import STATE_KINDS, simplify
from .matcher import cues
from .mention import Mention
from .spans import sentence_stop

# what names a government as the actor of its sentence: an organ (拜登政府, 白宫, 美国国际开发署),
# its 方-form or an office holder (拜登 as 总统)
_ACTING = ("organ", "fang", "metonym", "tenure")


def sentence_owned_organs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each such organ relinked to the other owner where its sentence, before it,
    names that owner's government and no state but that owner."""
    conf = _owned_organs()
    if not conf or not any(w in text for w in conf):
        return mentions
    cands = [m for m in mentions if m.how == "organ" and text[m.start : m.end] in conf  # (text: the simplified view)
             and m.country != conf[text[m.start : m.end]]["state"]]
    if not cands:
        return mentions
    out = sorted(mentions, key=attrgetter("start"))
    starts = [x.start for x in out]
    for m in cands:
        rule = conf[text[m.start : m.end]]
        i = bisect.bisect_left(starts, m.start)
        while out[i] is not m:
            i += 1
        lo = bisect.bisect_left(starts, sentence_stop(text, m.start) + 1)
        before = [x for x in out[lo:i] if x.country and x.how != "coreference" and (x.kind in STATE_KINDS or x.kind == "person")]
        if before and all(x.country == rule["state"] for x in before) and any(x.how in _ACTING for x in before):
            out[i] = replace(m, id=rule["state"], country=rule["state"], role=rule.get("role", m.role))
    return out


@functools.cache
def _owned_organs() -> dict[str, dict]:
    """`sentence_owned_organs` of the cues, keys simplified; read once."""
    return {simplify(k): v for k, v in (cues().get("sentence_owned_organs") or {}).items()}
