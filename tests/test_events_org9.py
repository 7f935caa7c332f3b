"""Org9 round, events: a body's own document named before an invitation to join is not the body joined.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from event_helpers import full_events as events


def test_the_invited_join_the_body_not_its_document() -> None:
    evs = events("2022年6月29日，北约峰会通过新版“战略概念”，并正式邀请芬兰和瑞典加入。")
    joins = [ev for ev in evs if ev.type == "JOIN"]
    assert joins and all({p.id for p in ev.recipients} == {"nato"} for ev in joins)
    assert {p.id for p in joins[0].actors} == {"FIN", "SWE"}
    trad = events("2022年6月29日，北約峰會通過新版「戰略概念」，並邀請芬蘭與瑞典加入。")
    assert all({p.id for p in ev.recipients} == {"nato"} for ev in trad if ev.type == "JOIN")
