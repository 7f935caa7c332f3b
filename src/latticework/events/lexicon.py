"""The event ontology and its trigger lexicon, loaded from data/lexicon/event_triggers.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import yaml

from ..actors.gazetteer import DATA, simplify

TRIGGERS = DATA / "lexicon" / "event_triggers.yaml"


@dataclass
class EventType:
    name: str
    score: float
    direction: str  # reciprocal | directed | unilateral
    triggers: list[str]
    directed: list[str] = field(default_factory=list)  # triggers of this type that are directed
    after_any: list[str] = field(default_factory=list)
    after_any_for: dict[str, list[str]] = field(default_factory=dict)
    none_after_for: dict[str, list[str]] = field(default_factory=dict)  # trigger -> words after it that cancel it
    none_in_clause_for: dict[str, list[str]] = field(default_factory=dict)  # trigger -> words of its clause that cancel it
    label_suffixes: list[str] = field(default_factory=list)
    conditional: list[str] = field(default_factory=list)  # triggers that need an `after_any` word
    self_contained: list[str] = field(default_factory=list)  # AGREE/ESTABLISH triggers that need no `after_any` word
    field_words: list[str] = field(default_factory=list)  # ALIGN: a partnership named for a field is ESTABLISH
    founded_nouns: list[str] = field(default_factory=list)  # ESTABLISH: more heads of a body named before 成立


@dataclass
class Lexicon:
    types: dict[str, EventType]
    modality: dict[str, list[str]]
    attribution: dict[str, list[str]]
    frame_verbs: list[str] = field(default_factory=list)
    agreed_verbs: list[str] = field(default_factory=list)  # light verbs only after 同意 (同意展开谈判)
    frame_nouns: dict[str, list[str]] = field(default_factory=dict)
    frame_window: int = 24
    nominal_verbs: list[str] = field(default_factory=list)
    nominal_types: list[str] = field(default_factory=list)
    nominal_window: int = 6
    nominal_reach: int = 40
    nominal_far_verbs: list[str] = field(default_factory=list)
    blockers: list[str] = field(default_factory=list)
    leader_meetings: dict = field(default_factory=dict)

    def trigger_table(self) -> dict[str, list[tuple[str, bool]]]:
        """trigger word -> [(type, directed)] in simplified script."""
        table: dict[str, list[tuple[str, bool]]] = {}
        for t in self.types.values():
            for w in t.triggers:
                table.setdefault(simplify(w), []).append((t.name, t.direction == "directed"))
            for w in t.directed:
                table.setdefault(simplify(w), []).append((t.name, True))
            for w in t.conditional:
                table.setdefault(simplify(w), []).append((t.name, t.direction == "directed"))
        return _inherit(table)


def _inherit(table: dict[str, list[tuple[str, bool]]]) -> dict[str, list[tuple[str, bool]]]:
    """A trigger that ends with a shorter trigger (宣布推出, 宣布建立) also signals that one's types:
    the longer word shadows the shorter in leftmost-longest matching and must not lose them."""
    for w, opts in table.items():
        for k in range(1, len(w) - 1):
            base = table.get(w[k:])
            if base is not None:
                have = {o[0] for o in opts}
                opts.extend(o for o in base if o[0] not in have)
                break
    return table


@functools.cache
def lexicon() -> Lexicon:
    with TRIGGERS.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    types = {
        name: EventType(
            name=name,
            score=float(spec.get("score", 0)),
            direction=spec.get("direction", "directed"),
            # (a self-contained word is a trigger whether or not the trigger list repeats it)
            triggers=list(dict.fromkeys([w for w in spec.get("triggers") or [] if "…" not in w]
                                        + (spec.get("self_contained") or []))),
            directed=spec.get("directed") or [],
            # (stored simplified once: they are looked up for every trigger)
            after_any=[simplify(w) for w in spec.get("after_any") or []],
            after_any_for={simplify(k): [simplify(w) for w in v] for k, v in (spec.get("after_any_for") or {}).items()},
            none_after_for={simplify(k): [simplify(w) for w in v] for k, v in (spec.get("none_after_for") or {}).items()},
            none_in_clause_for={simplify(k): [simplify(w) for w in v] for k, v in (spec.get("none_in_clause_for") or {}).items()},
            label_suffixes=spec.get("label_suffixes") or [],
            conditional=spec.get("conditional") or [],
            self_contained=[simplify(w) for w in spec.get("self_contained") or []],
            field_words=spec.get("field_words") or [],
            founded_nouns=spec.get("founded_nouns") or [],
        )
        for name, spec in data["types"].items()
    }
    frames = data.get("frames") or {}
    nominal = data.get("nominal") or {}
    return Lexicon(
        types,
        data.get("modality") or {},
        data.get("attribution") or {},
        frame_verbs=[simplify(v) for v in frames.get("verbs") or []],
        agreed_verbs=[simplify(v) for v in frames.get("agreed_verbs") or []],
        frame_nouns={k: [simplify(n) for n in v] for k, v in (frames.get("nouns") or {}).items()},
        frame_window=int(frames.get("window") or 24),
        nominal_verbs=[simplify(v) for v in nominal.get("verbs") or []],
        nominal_types=list(nominal.get("types") or []),
        nominal_window=int(nominal.get("window") or 6),
        nominal_reach=int(nominal.get("reach") or 40),
        nominal_far_verbs=[simplify(v) for v in nominal.get("far_verbs") or []],
        leader_meetings=data.get("leader_meetings") or {},
        blockers=[simplify(w) for w in data.get("blockers") or []],
    )


def score_of(event_type: str) -> float:
    return lexicon().types[event_type].score
