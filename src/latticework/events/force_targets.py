"""The target of an act of force whose clause names none.

Coast-guard news tells the intrusion first and the force after it, often in the passive or with
the victim left implicit: 菲律宾海警船只强闯黄岩岛海域，被中国海警依法驱离; 菲律宾公务船闯入…，中国海警
依法采取喷射水炮等管制措施. The force is used on the party the sentence named before it (its vessels),
not on nobody.
"""

from __future__ import annotations

from ..actors.gazetteer import STATE_KINDS


def force_target(s: int, t0: int, mentions: list, actor_keys: set) -> list:
    """The state mentions told earlier in the sentence (from `s` to the trigger at `t0`) that are not
    the doers: what the force is used on."""
    out = []
    for m in mentions:
        if s <= m.start < t0 and m.kind in STATE_KINDS and (getattr(m, "country", None) or m.id) not in actor_keys \
                and m.id not in actor_keys and all(o.id != m.id for o in out):
            out.append(m)
    return out
