"""The target a reaction's fronted topic names: 对于美国的指责，中方表示坚决反对; 针对日本的决定，韩国表示
遗憾; 对美方的无理制裁，中方表示强烈不满. Statements of the genre often open with what they answer, in a
clause of its own before the speaker; the party whose act that clause names is what the reaction is
aimed at, though no 对 stands in the reaction's own clause."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS
from .clauses import _clause_start
from .model import Event
from .positions import trigger_position
from .roles import _participants

# the fronted topic clause: 对于/对/针对 + the act answered (a party's act noun closing it), then a comma
_FRONTED = re.compile(r"(?:对于|针对|对)([^，。；,;：:]{1,40}?)(?:的)?(?:无理|错误|恶意|所谓|单边|最新|有关|相关)?"
                      r"(?:指责|批评|指控|抹黑|决定|制裁|措施|做法|行为|举动|行径|言论|表态|声明|报告|挑衅|访问|军售|演习|部署|"
                      r"要求|威胁|警告|限制|管制|关税|禁令|法案|政策|举措|动作|炒作|干涉|施压|指摘|抗议)[，,]\s*$")
# a pair's relations as the topic (对于中美关系，…) names no one party
_PAIR_AFTER = re.compile(r"\s*(?:、|和|与|及|同)")


def fronted_targets(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """Give a reaction with no target the party whose act the fronted clause before it names."""
    for ev in found:
        if ev.type not in ("ACCUSE", "THREATEN") or ev.recipients or not ev.actors:
            continue
        k = trigger_position(text, s, e, ev)
        if k < 0:
            continue
        cs = _clause_start(text, k, s)
        if cs <= s:
            continue
        prev = _clause_start(text, cs - 1, s)
        f = _FRONTED.search(text, prev, cs)
        if f is None or f.start() != prev + (len(text[prev:cs]) - len(text[prev:cs].lstrip())):
            continue
        own = {a.key() for a in ev.actors}
        inside = [m for m in mentions if f.start(1) <= m.start and m.end <= f.end(1) and (m.kind in STATE_KINDS or m.kind in _ORG_KINDS or m.kind == "person")]
        if not inside or _PAIR_AFTER.match(text, inside[0].end):
            continue
        target = _participants(inside[:1], gz)
        if target and target[0].key() not in own:
            ev.recipients = target[:1]
