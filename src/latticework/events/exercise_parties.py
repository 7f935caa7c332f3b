"""A joint exercise named as a party (美军借“肩并肩”联合演习之机…, “自由刃锋”多域联合演习): the states that
drill in it are the parties of the COOPERATE, not the exercise's name (data/lexicon/exercise_parties.yaml;
the gold sets list the states, never the exercise)."""

from __future__ import annotations

from importlib import resources

import yaml

from ..actors.gazetteer import Gazetteer
from .model import Event, Participant


def _table(gz: Gazetteer) -> dict[str, list[tuple[str, str | None]]]:
    raw = yaml.safe_load(resources.files("latticework.data.lexicon").joinpath("exercise_parties.yaml").read_text("utf-8"))
    out: dict[str, list[tuple[str, str | None]]] = {}
    for ex, parties in ((raw or {}).get("exercises") or {}).items():
        out[ex] = [(p, None) if isinstance(p, str) else (p["id"], p.get("from")) for p in parties]
    return out


def exercises_as_states(found: list[Event], gz: Gazetteer) -> None:
    """Replace each exercise among a COOPERATE's actors by its standing parties at the event's date."""
    table = gz.derived("exercise_parties", lambda: _table(gz))
    for ev in found:
        if ev.type != "COOPERATE" or not any(a.id in table for a in ev.actors):
            continue
        out: list[Participant] = []
        for a in ev.actors:
            if a.id not in table:
                found_here = [a]
            else:  # (a state that joined later drills only from then: Australia in Malabar from 2020)
                found_here = [Participant.of(ent) for pid, since in table[a.id]
                              if not (since and ev.date and ev.date < since) and (ent := gz.get(pid)) is not None]
            out += [p for p in found_here if all(p.key() != o.key() for o in out)]
        ev.actors = out


def own_drills(found: list[Event], gz: Gazetteer) -> None:
    """A COOPERATE whose only party is an exercise one state holds alone (“联合利剑”: the gazetteer's
    `owner`, no members) is that state's show of force, MOBILIZE, as the gold codes the Joint Sword and
    Strait Thunder drills: 2023年4月和2024年5月，又分别举行“联合利剑”演习 (lead19)."""
    for ev in found:
        if ev.type != "COOPERATE" or len(ev.actors) != 1 or ev.recipients:
            continue
        ex = gz.get(ev.actors[0].id)
        owner = gz.get(ex.owner) if ex is not None and ex.owner and not ex.members else None
        if owner is None or ex is None or ex.kind != "mechanism":
            continue
        ev.type = "MOBILIZE"
        ev.actors = [Participant.of(owner), ev.actors[0]]

