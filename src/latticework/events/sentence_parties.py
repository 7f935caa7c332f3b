"""The passes over one sentence's events that settle who takes part once all of them are known:
mediators and chairs of talks (mediators.py), 2+2 sessions (two_plus_two.py), arrivals to attend a
gathering and gatherings attended one after another (arrivals.py)."""

from __future__ import annotations

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from .arrivals import arrivals_and_attendances
from .mediators import mediated
from .model import Event
from .two_plus_two import two_plus_two


def sentence_parties(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> list[Event]:
    """The sentence's events with their parties settled by the passes above, in that order."""
    found = mediated(text, s, e, found, mentions, gz)
    found = two_plus_two(text, s, e, found, gz)
    return arrivals_and_attendances(text, s, e, found)
