"""Events that are speech acts: what a future cue before them means.

A threat is made when it is uttered; its 将 (中方将奉陪到底, 将采取必要措施) belongs to what is
threatened, so the threat itself is asserted, not planned. Kept apart from the modality reader,
which reads cues without knowing the event type.
"""

from __future__ import annotations

# types whose trigger is the utterance: a plan cue before them is the content of what is said
_UTTERED = frozenset({"THREATEN"})


def speech_act_modality(etype: str, modality: str) -> str:
    """The modality of an event of type `etype` whose cues read as `modality`: a threat read as
    planned is asserted (its future is the threatened act)."""
    if etype in _UTTERED and modality == "planned":
        return "asserted"
    return modality
