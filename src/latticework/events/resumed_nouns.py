"""A bare event noun opening a later clause of the sentence that told the event (美菲两国举行联合军演，
…，演习首次延伸至领海以外; 两国元首举行会晤，会晤持续约四个小时): the noun resumes the happening as the
topic of what is said of it, and is no second event (a news pattern: the act, then its details)."""

from __future__ import annotations

from .clauses import _clause_start
from .model import Event

# the nouns that resume a drill or a meeting, and the types of the event they refer back to
_RESUMING = {"演习": ("COOPERATE", "MOBILIZE"), "军演": ("COOPERATE", "MOBILIZE"), "演练": ("COOPERATE", "MOBILIZE"),
             "会谈": ("CONSULT",), "会晤": ("CONSULT",), "会面": ("CONSULT",), "磋商": ("CONSULT",)}


def resumes_told_event(text: str, s: int, t0: int, word: str, told: list[Event]) -> bool:
    """True when the bare noun `word` at t0 opens a clause after the first of its sentence (nothing
    before it in the clause) and the sentence has already told an event it refers back to (`told`:
    the sentence's events so far)."""
    types = _RESUMING.get(word)
    if types is None:
        return False
    cs = _clause_start(text, t0, s)
    if cs <= s or text[cs:t0].strip():
        return False
    return any(ev.type in types for ev in told)
