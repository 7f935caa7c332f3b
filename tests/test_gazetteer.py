"""The gazetteer data: generated files are current, ids are unique and well formed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry

from latticework.actors.gazetteer import STATE_KINDS, load

ROOT = Path(__file__).resolve().parent.parent


def test_states_yaml_is_what_the_builder_makes_of_its_sources() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "build_states.py"), "--check"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ids_and_members_are_well_formed() -> None:
    gz = load()
    iso = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    kinds = {e.kind for e in gz.entities.values()}
    assert kinds <= {"state", "economy", "organisation", "grouping", "mechanism", "agreement", "law", "initiative", "person"}
    for e in gz.entities.values():
        if e.kind in STATE_KINDS:
            assert e.id in iso, e.id
        else:
            assert e.id == e.id.lower() and " " not in e.id, e.id
        for m in e.members:
            assert m["id"] in iso or m["id"] in gz.entities, (e.id, m["id"])
        for r in e.roles:
            assert r.state is None or r.state in iso, (e.id, r.state)
    assert sum(1 for e in gz.entities.values() if e.kind == "person") >= 500
    assert sum(1 for e in gz.entities.values() if e.kind not in STATE_KINDS and e.kind != "person") >= 300
