"""A party marked as recipient in the clause is no actor: 美国与菲律宾举行联合巡逻，并向菲方提供训练 —
the comitative partner of the clause before is carried over as a second actor, but 向菲方 marks it as
the one the training goes to. Directed acts only; reciprocal ones list every party as an actor."""

from __future__ import annotations

from .model import Participant
from .roles import _marked_recipient

_DIRECTED = frozenset({"AID", "SANCTION", "ACCUSE", "THREATEN", "COERCE", "MOBILIZE"})


def split_marked(text: str, clause_start: int, t0: int, mentions: list, etype: str,
                 actors: list[Participant], recipients: list[Participant]) -> tuple[list[Participant], list[Participant]]:
    """Actors and recipients with the parties marked by 向/对 before the trigger in its clause moved to
    the recipients, when the act has no recipient yet and another actor is left."""
    if etype not in _DIRECTED or recipients or len(actors) < 2:
        return actors, recipients
    marked = {m.country or m.id for m in mentions if clause_start <= m.start < t0 and _marked_recipient(text, m)}
    kept = [a for a in actors if a.key() not in marked and a.id not in marked]
    if not kept or len(kept) == len(actors):
        return actors, recipients
    return kept, [a for a in actors if a not in kept]
