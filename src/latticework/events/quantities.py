"""Quantities stated with an act: money with its currency, percentages, counts with their units.

A value is a number an analyst can sum and compare: 5億美元 is 500000000 美元, 7.1万 is 71000, and
the words as written stay in `text`. A sentence's quantities go to the act they measure: the
nearest act told before them in the sentence, or, for one told before any act (以25%的税率加征…),
the first act after it. An ordinal measures nothing: 第22次对话 numbers a session, 成为第11个成员国
ranks a member (the gold sets were split on ranks; the rule keeps none).
"""

from __future__ import annotations

import re

from .model import Event
from .positions import placed_triggers

_MULTIPLIERS = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_CURRENCIES = {"美元": "美元", "日元": "日元", "日圆": "日元", "欧元": "欧元", "英镑": "英镑", "澳元": "澳元",
               "人民币": "人民币", "元": "元", "卢比": "卢比", "韩元": "韩元", "新台币": "新台币", "港元": "港元", "港币": "港元"}
_COUNT_UNITS = "个月|艘|架|名|人|个|项|枚|辆|套|次|国|家|份|处|座|批|吨|公里|款|位|所|颗|门"
_CURRENCY = "|".join(sorted(_CURRENCIES, key=len, reverse=True))
# 5亿美元, 7.1 万亿日元, 100%, 36份; a bare 10亿 (a sum whose currency the sentence gave before)
_QUANTITY = re.compile(
    r"(?P<v>\d+(?:\.\d+)?)\s*(?P<m>[百千万亿]{0,3})\s*(?:(?P<pct>%|％)|(?P<cur>" + _CURRENCY + r")|(?P<cnt>" + _COUNT_UNITS + r"))"
    r"|(?P<v2>\d+(?:\.\d+)?)\s*(?P<m2>[万亿]{1,2})"
)
_ORDINAL = re.compile(r"第\s*$")
_DIGIT = re.compile(r"\d")


def quantities_at(text: str, raw: str, s: int, e: int) -> list[tuple[int, dict]]:
    """The quantities of the sentence [s, e) of `text` (simplified view; `raw` as written), with
    their positions."""
    if _DIGIT.search(text, s, e) is None:
        return []
    out = []
    for m in _QUANTITY.finditer(text, s, e):
        digits, mult = (m.group("v"), m.group("m")) if m.group("v") else (m.group("v2"), m.group("m2"))
        value = float(digits)
        for c in mult or "":
            value *= _MULTIPLIERS[c]
        if m.group("pct"):
            unit, kind = "%", "percentage"
        elif m.group("cur"):
            unit, kind = _CURRENCIES[m.group("cur")], "money"
        elif m.group("cnt"):
            unit, kind = m.group("cnt"), "count"
            if _ORDINAL.search(text, max(s, m.start() - 3), m.start()):
                continue  # 第22次对话, 第11个成员国: a rank, not an amount
        else:
            unit, kind = "", "count"
        out.append((m.start(), {"value": int(value) if value.is_integer() else round(value, 6), "unit": unit,
                                "kind": kind, "text": raw[m.start() : m.end()]}))
    return out


def attach_quantities(text: str, raw: str, s: int, e: int, found: list[Event]) -> None:
    """Give each quantity of the sentence to the act it measures (see the module docstring)."""
    qs = quantities_at(text, raw, s, e)
    if not qs or not found:
        return
    placed = sorted(placed_triggers(text, s, e, found), key=lambda x: x[0])
    for ev in found:
        ev.quantities = []
    for at, q in qs:
        before = [ev for k, ev in placed if k <= at]
        owner = before[-1] if before else placed[0][1]
        # the same happening told twice in the sentence (copies split per party): each copy measures it
        for k, ev in placed:
            if ev.type == owner.type and _happening_key(ev) == _happening_key(owner):
                ev.quantities.append(dict(q))


def _happening_key(ev: Event) -> tuple:
    """Copies of one act made for each party or document share trigger and evidence."""
    return (ev.trigger, ev.evidence[0].start if ev.evidence else None)
