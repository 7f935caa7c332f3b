"""The records an extraction produces: events, their participants and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..actors.gazetteer import Entity


@dataclass
class Participant:
    id: str
    kind: str
    name_zh: str
    name_en: str
    country: str | None

    @classmethod
    def of(cls, ent: Entity) -> Participant:
        """The participant a gazetteer entity is, with its names and the state it stands for."""
        return cls(ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country)

    def key(self) -> str:
        return self.country or self.id


@dataclass
class Evidence:
    start: int  # cleaned text
    end: int
    text: str


@dataclass
class Event:
    type: str
    trigger: str
    actors: list[Participant]
    recipients: list[Participant] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    effective: str | None = None
    location: str | None = None
    modality: str = "asserted"
    label: str | None = None
    object: dict | None = None
    quantities: list[dict] = field(default_factory=list)
    source: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    block_kind: str = "paragraph"
