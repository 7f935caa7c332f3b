"""Accuracy of the attributes of matched events: effective date, label, object, location, source, quantities.

The gold and the system write some attributes differently, so each is compared at the level both
can state. A location is right when it is the same place, or when the gold names the state where
the event happened and the system's place lies in it (the gold guidelines code most locations by
state: 在白宫会谈 has the location USA, the extractor gives washington). An object or a source is
right when both name the same entity (an id, or a name that links to it), else when their words
are the same. Quantities are compared as a multiset of values. Accuracy counts the matched events
whose gold states the attribute; the system stating one where the gold states none is counted
apart (`extra`): the gold sets differ in which optional attributes they fill (one leaves a JOIN's
body among the recipients only, another also names it as the object).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ATTRIBUTES = ("effective", "label", "object", "location", "source", "quantities")


@dataclass
class AttributeCounts:
    seen: int = 0  # matched events whose gold states the attribute
    ok: int = 0  # ... and the system states the same
    extra: int = 0  # matched events where only the system states one

    def accuracy(self) -> float | None:
        return round(self.ok / self.seen, 4) if self.seen else None


def _plain(text: str) -> str:
    from ..actors.gazetteer import simplify

    return simplify(text).strip("“”\"《》「」『』 ")


def _entity_key(value: str, gz, names: dict[str, str]) -> str:
    """An id or a name normalised to a gazetteer id where one links, else to its plain words."""
    if value in gz.entities:
        return gz.entities[value].id
    name = value[2:] if value.startswith("x:") else names.get(value, value)
    e = gz.find(name) or gz.find(_plain(name))
    return e.id if e is not None else "name:" + _plain(name)


def _object_key(value, gz, names: dict[str, str]) -> str | None:
    """The gold writes an object as an id or its words; the system as {id, name, kind}."""
    if not value:
        return None
    if isinstance(value, dict):
        if value.get("id") and (value["id"] in gz.entities or value["id"].startswith("x:")):
            return _entity_key(value["id"], gz, names)
        return _entity_key(value.get("name") or "", gz, names) if value.get("name") else None
    return _entity_key(value, gz, names)


def _capital_states(gz) -> dict[str, str]:
    """Place ids the linker gives a capital named as a venue (washington, tokyo) -> its state."""
    from ..actors.gazetteer import STATE_KINDS
    from ..actors.resolve import place_slug

    return {place_slug(e, e.name_en): e.id for e in gz.entities.values() if e.kind in STATE_KINDS and e.capital_en}


def _state_of(key: str, gz) -> str | None:
    """The state a place lies in, or the state itself."""
    e = gz.entities.get(key)
    if e is None:
        return gz.derived("capital_states", lambda: _capital_states(gz)).get(key)
    return e.country or (e.owner if e.kind == "place" else None)


def _same_location(g: str, s: str, gz, names: dict[str, str]) -> bool:
    gk, sk = _entity_key(g, gz, names), _entity_key(s, gz, names)
    if gk == sk:
        return True
    gold_entity = gz.entities.get(gk)
    return gold_entity is not None and gold_entity.country == gk and gk in (_state_of(s, gz), _state_of(sk, gz))


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# 据越通社报道 and 越通社 name one claimant: gold sets write the source either as the claimant or as
# the phrase that attributes the claim (the words 据报道 alone stay: no one is named)
_REPORTED = re.compile(r"^(?:据|據)(?P<who>.+?)(?:报道|報道|報導|报导|称|稱|透露|消息|说|說)$")


def _claimant(value):
    """The claimant of an attribution phrase (据X报道 -> X); anything else as it is."""
    if isinstance(value, str) and (m := _REPORTED.match(value.strip())):
        return m.group("who")
    return value


def _quantities(qs) -> list[float | str]:
    """The values stated, in order of size. Gold sets write a quantity as {value, unit, kind} or as
    a string ("350000000000 USD", "20%"); units are written in either language, so only values are
    compared (the value of money in units of its currency, as the gold writes it)."""
    out: list[float | str] = []
    for q in qs or []:
        raw = str(q.get("value")) if isinstance(q, dict) else str(q)
        m = _NUMBER.search(raw.replace(",", ""))
        out.append(round(float(m.group(0)), 6) if m else raw)
    return sorted(out, key=repr)


def _form(attr: str, value):
    """A value as the comparison expects it (gold sets written by hand vary: a list for one value,
    a number for a string)."""
    if not value:
        return None
    if attr == "quantities":
        return value if isinstance(value, list) else [value]
    if isinstance(value, list):
        value = value[0]
    if isinstance(value, dict) and attr != "object":
        value = value.get("id") or value.get("name") or ""
    return value if isinstance(value, (str, dict)) else str(value)


def compare(g: dict, s: dict, gz, names: dict[str, str]) -> dict[str, tuple[bool, object, object]]:
    """For each attribute the gold or the system states: (right?, gold value, system value)."""
    out: dict[str, tuple[bool, object, object]] = {}
    for attr in ATTRIBUTES:
        gv, sv = _form(attr, g.get(attr)), _form(attr, s.get(attr))
        if gv is None and sv is None:
            continue
        if gv is None or sv is None:
            out[attr] = (False, gv, sv)
        elif attr == "effective":
            out[attr] = (gv == sv, gv, sv)  # a date, exactly as precise as the gold
        elif attr == "label":
            out[attr] = (_plain(gv) == _plain(sv), gv, sv)
        elif attr == "object":
            out[attr] = (_object_key(gv, gz, names) == _object_key(sv, gz, names), gv, sv)
        elif attr == "source":
            out[attr] = (_object_key(_claimant(gv), gz, names) == _object_key(_claimant(sv), gz, names), gv, sv)
        elif attr == "location":
            out[attr] = (_same_location(gv, sv, gz, names), gv, sv)
        else:
            out[attr] = (_quantities(gv) == _quantities(sv), gv, sv)
    return out
