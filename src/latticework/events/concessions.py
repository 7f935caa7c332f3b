"""不反对X，但反对Y: the negated half of a concession is no event.

A reaction often grants one thing before objecting to another (中方不反对太平洋岛国同其他国家开展正常交往，
但反对以合作为名进行地缘政治博弈). The objection is the ACCUSE; the negated one before 但 tells no
act (a negated accusation is not a denial of an earlier one), so a sentence that holds both keeps
only the asserted one.
"""

from __future__ import annotations

import re

from .model import Event

_BUT = re.compile(r"但|但是|而是|却")


def drop_conceded(text: str, s: int, e: int, found: list[Event]) -> list[Event]:
    """The sentence's events without a negated ACCUSE when the same party accuses after 但."""
    asserted = [ev for ev in found if ev.type == "ACCUSE" and ev.modality == "asserted"]
    if not asserted or not _BUT.search(text, s, e):
        return found
    speakers = {p.key() for ev in asserted for p in ev.actors}
    return [ev for ev in found if not (ev.type == "ACCUSE" and ev.modality == "negated"
                                       and {p.key() for p in ev.actors} <= speakers)]
