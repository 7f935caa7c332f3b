"""A force let in by its host: 菲律宾允许美军进驻四处新基地, 所方不会允许中方在其领土上建立军事基地,
菲律宾同意美军在其境内部署导弹.

A deployment told as what a state allows (允许, 准许, 同意, 容许, 批准) is done by the party named after
the verb of permission, and the permitting state is its host: the recipient, as a deployment's host is
(the gold sets code the Chinese base Solomon Islands says it will not allow as CHN → SLB, negated).
Without this the subject chooser makes both of them deployers.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from .clauses import _clause_start
from .model import Event
from .positions import placed_triggers
from .roles import _actorish, _participants

_PERMIT = re.compile(r"允许|准许|容许|同意|批准")
# lead19: a mission or office set up with the host's leave (立陶宛允许台湾设立代表处: Taiwan sets it up in
# Lithuania), as a deployment is
_MISSION_AFTER = re.compile(r"[^，。；,;]{0,12}?(?:代表处|办事处|代表机构|大使馆|使馆|领事馆|总领事馆|联络处|办公室)")


def permitted_deployments(text: str, s: int, e: int, found: list[Event], mentions: list[Mention], gz: Gazetteer) -> None:
    """Each MOBILIZE (or founding of a mission) whose clause tells a permission before its verb: the
    permitted party deploys (or sets it up), the parties before the permission host it."""
    if not _PERMIT.search(text, s, e):
        return
    for k, ev in placed_triggers(text, s, e, found):
        if ev.type != "MOBILIZE" and not (ev.type == "ESTABLISH" and _MISSION_AFTER.match(text, k + len(ev.trigger))):
            continue
        cs = _clause_start(text, k, s)
        verbs = list(_PERMIT.finditer(text, cs, k))
        if not verbs:
            continue
        v = verbs[-1]
        permitted = _participants([m for m in mentions if v.end() <= m.start and m.end <= k and _actorish(m)], gz)
        keys = {p.key() for p in permitted}
        hosts = [p for p in ev.actors + ev.recipients if p.key() not in keys]
        if not permitted or not hosts:
            continue
        ev.actors = permitted
        ev.recipients = list({p.key(): p for p in hosts}.values())
