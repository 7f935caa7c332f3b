"""Mentions inside a clause that name no party of its event: the city of a venue told after its
state (在秘鲁利马) and the state an act that is condemned was aimed at (谴责朝鲜向俄罗斯派兵: the accused is 朝鲜)."""

from __future__ import annotations

import itertools
import re

from ..actors.gazetteer import STATE_KINDS
from ..actors.resolve import Mention

_AIMED_AT = re.compile(r"(?:向|对|对于|给|为|替|针对)$")


def venue_city(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """在秘鲁利马出席…, 于日本东京举行: a city named right after the state of a venue is part of the
    venue, and the linker's reading of a capital as its government (利马 → Peru) makes no party."""
    before = next((x for x in mentions if x.end == m.start and x is not m), None)
    if before is None or before.kind not in STATE_KINDS:
        return False
    if text[max(0, before.start - 1) : before.start] not in ("在", "于", "赴", "到"):
        return False
    return m.country == before.country or m.id == before.id


def condemned_act_target(text: str, t1: int, recipients: list[Mention]) -> list[Mention]:
    """谴责朝鲜向俄罗斯派兵, 批评日本对乌克兰提供武器: when the accusation names after its verb a party
    that acts towards another, the first is accused; the party the act was aimed at is not."""
    after = sorted((m for m in recipients if m.start >= t1), key=lambda m: m.start)
    if len(after) < 2:
        return recipients
    drop: list[Mention] = []
    for prev, m in itertools.pairwise(after):
        gap = text[prev.end : m.start]
        if _AIMED_AT.search(gap) and len(gap) <= 3 and prev not in drop:
            drop.append(m)
    return [m for m in recipients if m not in drop]
