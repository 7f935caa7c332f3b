"""Representative offices act for the state they represent (美国在台协会 signs for the US side,
驻美国台北经济文化代表处 for Taiwan): where two sides have no official relations, their offices
sign and negotiate in their name, so an event's party is the state (`represents` in the gazetteer)."""

from __future__ import annotations

from ..actors.gazetteer import Gazetteer


def represented(entity_id: str, gz: Gazetteer) -> str:
    """The state an office represents, else the entity itself."""
    ent = gz.get(entity_id)
    return ent.represents if ent is not None and ent.represents else entity_id
