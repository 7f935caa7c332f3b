"""Where a sentence's events stand: the offset of each one's trigger in the simplified text.

Passes over a sentence's events (reactions, demands, mediators, 2+2 sessions, attendances) compare
positions; an Event keeps its trigger's words, not its offset, so they are found again here.
"""

from __future__ import annotations

from ..actors.gazetteer import simplify
from .model import Event


def trigger_position(text: str, s: int, e: int, ev: Event) -> int:
    """The first offset of the event's trigger in the sentence [s, e), or -1."""
    return text.find(simplify(ev.trigger), s, e)


def placed_triggers(text: str, s: int, e: int, found: list[Event]) -> list[tuple[int, Event]]:
    """Each event with the position of its trigger (repeated trigger words claimed in order; s when
    the trigger is not found)."""
    out, claimed = [], set()
    for ev in found:
        w = simplify(ev.trigger)
        k = text.find(w, s, e)
        while k >= 0 and k in claimed and text.find(w, k + 1, e) >= 0:
            k = text.find(w, k + 1, e)
        claimed.add(k)
        out.append((k if k >= 0 else s, ev))
    return out
