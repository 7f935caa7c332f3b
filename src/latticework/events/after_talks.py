"""A paragraph that opens after the talks (会谈后，…; 会见后, 会晤后, 通话后, 会谈结束后; 双方会后…).

News tells the meeting first, then what followed it in a paragraph of its own (会谈后，两国元首共同
见证了…文件的签署). Those acts are of the day of the meeting named, the last one told with that noun,
not of the last date the paragraph before happened to name (a battle's year recalled in a quote, the
start of 这是…以来首次).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .model import Event

_AFTER = re.compile(r"\s*(?:(?:双方|两国|两国元首|两国领导人)\s*)?(?P<noun>会谈|会晤|会见|会面|通话|磋商)\s*(?:结束)?\s*(?:后|之后|以后)\s*[，,]"
                    # (lead18: 双方会后发表联合声明, 两国领导人会后…: "after the meeting", the meeting told last)
                    r"|\s*(?:双方|两国|两国元首|两国领导人|两人|三方|三国|三国领导人)\s*(?P<generic>会)后")


def talks_date(paragraph: str, told: list[Event]) -> str | None:
    """The date of the meeting a paragraph opening with 会谈后 (会见后, …) follows: that of the last
    asserted, dated meeting told before with the same noun in its trigger, else None."""
    m = _AFTER.match(paragraph)
    if m is None:
        return None
    noun = m.group("noun") or m.group("generic")
    for ev in reversed(told):
        if ev.type == "CONSULT" and ev.date and ev.modality == "asserted" and (
                m.group("generic") or noun in simplify(ev.trigger)):
            return ev.date
    return None
