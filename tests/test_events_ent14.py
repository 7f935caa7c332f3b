"""Round ent14: a reaction dated by the act it answers takes no date from a plan (a plan's date is
when it is to happen). Invented sentences."""

from __future__ import annotations

from event_helpers import full_events, of_type


def test_a_reaction_after_a_plan_is_not_dated_by_the_plans_target_year() -> None:
    text = ("2023年3月5日，韩国政府通过新的国防计划，并计划在2030年度使国防预算达到国内生产总值的3%。\n\n"
            "朝鲜外务省随即表示强烈不满与坚决反对。\n")
    evs = of_type(full_events(text), "ACCUSE")
    assert evs and all(ev.date is None or not ev.date.startswith("2030") for ev in evs)
