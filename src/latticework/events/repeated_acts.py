"""An act told again with its object left out: 两国于2015年举行联合演习，并于2019年再次举行.

Chronicles and briefs tell a renewal by repeating the verb alone after a date of its own and a cue
of repetition (又, 再次, 再度, 重新; 续签 for a signing): 2016年向菲律宾提供援助，2020年再次提供; 2015年
签署合作协定，2023年又续签. The bare verb is no trigger on its own (its noun is the one told before),
so the second happening was lost. It is the act told before, by the same parties, at its own date.
"""

from __future__ import annotations

import copy
import re

from ..actors.gazetteer import simplify
from ..timex import Timex
from .clauses import _clause_end
from .model import Event
from .positions import placed_triggers

# between the act's clause and the date of the repeat: a clause break and a conjunction (not 将: a plan)
_TO_DATE = re.compile(r"[，,；;]\s*(?:并|而|且|后|随后|之后)?\s*(?:于|在)?\s*")
_ANY_CUE = re.compile(r"又|再|重新|也|亦|续签|续订|重签")
# the cue of repetition, then the bare verb ending its clause
_AGAIN = re.compile(r"\s*(?:又|再次|再度|再一次|重新|再|也|亦)+\s*(?:于此|在此)?\s*(?P<verb>[\u4e00-\u9fff]{2,4}?)\s*了?\s*(?=[，,；;。]|$)")
# the renewal of a signing (续签 a document signed before)
_RENEWED = {"续签": ("签署", "签订", "签约", "缔结"), "续订": ("签署", "签订"), "重签": ("签署", "签订")}


def _same_verb(told: str, again: str) -> bool:
    """The bare verb repeats the act's trigger: the word itself, its verb (提供 of 提供援助), or a
    renewal of a signing (续签 of 签署)."""
    return again == told or (len(again) >= 2 and told.startswith(again)) or told in _RENEWED.get(again, ())


def repeated_acts(text: str, s: int, e: int, times: list[Timex], found: list[Event], mentions: list) -> list[Event]:
    """The acts of the sentence [s, e) told again later in it by their bare verb after a date of
    their own and a cue of repetition: one copy each, at that date."""
    out: list[Event] = []
    if not found or len(times) < 2 or not _ANY_CUE.search(text, s, e):
        return out  # (most sentences: no repetition told)
    placed = placed_triggers(text, s, e, found)
    taken = {k for k, _ in placed}
    for k, ev in placed:
        if ev.modality != "asserted" or not ev.date:
            continue
        verb = simplify(ev.trigger)
        end = _clause_end(text, k + len(verb), e)
        for t in times:
            if t.start < end or t.start >= e or not t.value or t.target or t.value == ev.date:
                continue
            if not _TO_DATE.fullmatch(text, end, t.start):
                break  # (the next date opens a clause of another act or another party)
            again = _AGAIN.match(text, t.end, e)
            if again is None or not _same_verb(verb, again.group("verb")) or again.start("verb") in taken:
                break
            if any(end <= m.start < again.start("verb") for m in mentions):
                break  # (…，2019年菲律宾再次举行: another party's act)
            y = copy.copy(ev)
            y.date, y.date_end = t.value, None
            out.append(y)
            break
    return out
