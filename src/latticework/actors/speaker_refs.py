"""我国 in reported speech is the speaker's country: 安瓦尔说，我国作为轮值主席国… is Malaysia, whatever
the paper's own country. A self-reference (我国, 我方, 本国) right after a speech verb whose speaker is
named just before it, in the same sentence, stands for the state the speaker acts for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import STATE_KINDS, Gazetteer
from .spans import last_of

# the speaker, a speech verb and the opening of what is said: 安瓦尔说，/ 他在致辞中表示：/ 普京强调“
_SAID = re.compile(r"(?:在[^，。；]{0,12}?中)?(?:说|表示|指出|强调|称|宣称|声称|坦言|透露|重申)[，,：:]?\s*[“「\"]?$")
_SELF = ("我国", "我方", "本国", "我国政府")


def speaker_self_refs(text: str, offset: int, mentions: list, gz: Gazetteer) -> list:
    """`mentions` with each self-reference in reported speech given its speaker's state."""
    out = list(mentions)
    if not any(w in text for w in _SELF):
        return out  # (我 and 本国 in other words only: no self-reference to give a speaker)
    for i, m in enumerate(out):
        if text[m.start - offset : m.end - offset] not in _SELF:
            continue
        stop = last_of(text, "。！？；", m.start - offset) + 1
        said = _SAID.search(text, stop, m.start - offset)
        if said is None:
            continue
        speakers = [x for x in out[:i] if x.end - offset <= said.start() and x.start - offset >= stop
                    and (x.kind == "person" or x.kind in STATE_KINDS) and x.country]
        if not speakers or speakers[-1].end - offset < said.start() - 2:
            continue  # the speaker is named right before the verb (安瓦尔说, 普京在致辞中表示)
        state = speakers[-1].country
        e = gz.entities.get(state)
        if e is not None and state != m.id:
            out[i] = replace(m, id=state, name_zh=e.name_zh, name_en=e.name_en, country=state)
    return out
