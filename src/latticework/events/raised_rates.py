"""A rate raised after the tariff it raises: 美国对中国商品加征10%关税，随后又将税率提高至25%.

The second measure names no target of its own: 税率/关税 refers back to the tariff told before in the
sentence, so the raise hits the state that tariff hits (one SANCTION each, the second at its own date).
"""

from __future__ import annotations

from ..actors.gazetteer import simplify
from .model import Event

_RAISING = ("提高", "上调", "调高", "提升")


def raised_targets(found: list[Event]) -> None:
    """Give a targetless tariff raise the recipients of the same party's SANCTION told before it."""
    for i, ev in enumerate(found):
        if ev.type != "SANCTION" or ev.recipients or not simplify(ev.trigger).startswith(_RAISING):
            continue
        who = {a.key() for a in ev.actors}
        before = next((x for x in reversed(found[:i]) if x.type == "SANCTION" and x.recipients
                       and {a.key() for a in x.actors} == who), None)
        if before is not None:
            ev.recipients = list(before.recipients)
