"""The respondent of a trade complaint that names none: 澳方就大麦案向世贸组织提出申诉, 中方已就临时措施
向世贸提出诉讼. A complaint lodged with a forum is an ACCUSE of the party whose measure it contests
(the guidelines: the forum is no party). When the complaint names no respondent, the writer has
just told the measure: it is the last sanction in the document that hit the complainant, and its
imposer is the respondent."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .model import Event, Participant

# a complaint or suit lodged (提出申诉, 提起诉讼, 提告), not a protest made to the other side
_LODGED = re.compile(r"申诉|诉讼|起诉|提告|仲裁")


def complaint_respondents(events: list[Event]) -> list[Event]:
    """澳方先后就大麦及葡萄酒两案向世贸提出申诉 (after 中国对澳洲大麦征收反倾销税): the complaint with no
    respondent is against the imposer of the last measure told against the complainant."""
    hit_by: dict[str, list[Participant]] = {}  # complainant key -> who imposed the last measure on it
    for ev in events:
        if ev.type == "SANCTION" and ev.actors and ev.recipients:
            for r in ev.recipients:
                hit_by[r.key()] = list(ev.actors)
        elif ev.type == "ACCUSE" and ev.actors and not ev.recipients and _LODGED.search(simplify(ev.trigger)):
            own = {a.key() for a in ev.actors}
            imposers = next((hit_by[k] for k in own if k in hit_by), None)
            if imposers and not own & {p.key() for p in imposers}:
                ev.recipients = imposers
    return events
