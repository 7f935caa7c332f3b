"""A sentence that opens with 他/她: the person who opened the sentence before.

News tells a leader's acts over several sentences and names him once: 穆伊兹去年11月就任后，首次出访
即选择土耳其。他8日至12日对中国进行国事访问，10日在北京与习近平举行会谈. The linker does not annotate
pronouns (the entity guidelines leave them out), so the event walk lends the pronoun the first person
named in the nearest earlier sentence of the paragraph that names one (its subject, not the partner
named after the verb).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.resolve import Mention
from ..actors.spans import sentence_stop

# 他8日…, 随后她…, 此前，他… (not 他国, 他们, 他人, 他方: others, not the person)
_OPENS_WITH = re.compile(r"\s*(?:(?:随后|此后|其后|之后|此前|同时|另外|此外)[，,]?\s*)?([他她])(?![国们人方处乡])")


def pronoun_subject(text: str, s: int, e: int, sent: list[Mention], block: list[Mention]) -> list[Mention]:
    """The sentence's mentions, with the person 他/她 stands for when the sentence opens with it."""
    m = _OPENS_WITH.match(text, s, e)
    if m is None:
        return sent
    persons = [x for x in block if x.end <= s and x.kind == "person" and x.country]
    end = s
    while persons:
        start = sentence_stop(text, end - 1) + 1
        person = next((x for x in persons if x.start >= start), None)
        if person is not None:
            at = m.start(1)
            return sorted(sent + [replace(person, start=at, end=at + 1, text=text[at])], key=lambda x: x.start)
        persons = [x for x in persons if x.end <= start]
        end = start
    return sent
