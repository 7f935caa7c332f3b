"""The target of a reaction whose words name it: 澤倫斯基批評，美俄在烏方缺席下討論烏克蘭的前途.

A reaction with no target of its own aims at the doers of the act told before it (context.py). When
the words it reports open with some of those doers as their subject, the reaction is aimed at them
alone: the Saudi host of the US-Russia talks is no target of a criticism of 美俄.
"""

from __future__ import annotations

from ..actors.resolve import Mention
from .model import Participant

_JOINERS = ("", "、", "和", "与", "及", "同")


def named_in_content(text: str, t1: int, e: int, doers: list[Participant], mentions: list[Mention]) -> list[Participant]:
    """The doers named as the subject of the clause right after the reaction verb (else all of them)."""
    k = t1
    while k < e and text[k] in "，,：: ":
        k += 1
    if k == t1:
        return doers
    run: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start == k or (run and m.start >= run[-1].end and text[run[-1].end : m.start] in _JOINERS):
            run.append(m)
        elif run:
            break
    named = {m.country or m.id for m in run}
    return [p for p in doers if p.key() in named] or doers
