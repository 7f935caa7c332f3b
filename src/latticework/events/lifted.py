"""Measures undone: lifting an export control or a sanction (解除对三项材料的出口管制, 取消对该国的
制裁) and putting a state back on a white list (将南韩重新列入白色名单) ease relations, so they are no
SANCTION: the guidelines code cutting or suspending a measure as POLICY with the affected state as
recipient."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .model import Event

# a lifting verb opening the phrase that ends at the sanction word (对…的 between them)
_LIFT_BEFORE = re.compile(r"(?:解除|取消|撤销|撤除|放宽|停止实施|终止实施|废止)(?:了)?(?:对[^，。；]{0,24}?的?)?(?:全部|部分|相关|有关|各项)?[^，。；]{0,4}$")
# a list that grants, not one that sanctions
_WHITE_LIST = re.compile(r"[^，。；]{0,8}?(?:白名单|白色名单|白色清单|“白名单”|“白色名单”|「白色名单」|「白名单」)")


def lifted(word: str, text: str, t0: int, clause_start: int, after: str) -> bool:
    """True when the sanction word at text[t0:] names a measure being undone, or a white list."""
    if word in ("列入", "纳入") and _WHITE_LIST.match(after):
        return True
    return _LIFT_BEFORE.search(text[max(clause_start, t0 - 40) : t0]) is not None


_SANCTION_WORDS = re.compile(r"管制|制裁|关税|禁令|限制")


def lifted_targets(events: list[Event]) -> list[Event]:
    """日本宣布解除对三项材料的出口管制: a measure undone with no target named eases it for the state the
    same party's measures hit before in the document (its last sanction's target)."""
    last: dict[frozenset, list] = {}
    for ev in events:
        who = frozenset(a.key() for a in ev.actors)
        if ev.type == "SANCTION" and ev.recipients and who:
            last[who] = ev.recipients
        elif ev.type == "POLICY" and not ev.recipients and who in last and ev.evidence and \
                _SANCTION_WORDS.search(trig := simplify(ev.trigger)):
            said = simplify(ev.evidence[0].text)
            k = said.find(trig)
            if k > 0 and _LIFT_BEFORE.search(said[max(0, k - 40) : k]):
                ev.recipients = list(last[who])
    return events
