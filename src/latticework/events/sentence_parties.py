"""The passes over one sentence's events that settle who takes part once all of them are known:
mediators and chairs of talks (mediators.py), 2+2 sessions (two_plus_two.py), gatherings attended
one after another (attendances.py), witnesses of a signing (witnesses.py), the state travelled to for a gathering (arrival_purpose.py), a deployment its host allows (permissions.py)."""

from __future__ import annotations

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from .arrival_purpose import destinations_as_venues
from .attendances import each_gathering_attended
from .mediators import mediated
from .model import Event
from .permissions import permitted_deployments
from .two_plus_two import two_plus_two
from .witnesses import witnessed


def sentence_parties(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> list[Event]:
    """The sentence's events with their parties settled by the passes above, in that order."""
    found = mediated(text, s, e, found, mentions, gz)
    found = two_plus_two(text, s, e, found, gz)
    witnessed(text, s, e, found, mentions, gz)
    destinations_as_venues(text, s, e, found, mentions)
    permitted_deployments(text, s, e, found, mentions, gz)
    return each_gathering_attended(text, s, e, found)
