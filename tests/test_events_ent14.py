"""Round ent14: a reaction dated by the act it answers takes no date from a plan (a plan's date is
when it is to happen). Invented sentences."""

from __future__ import annotations

from event_helpers import full_events, of_type


def test_a_reaction_after_a_plan_is_not_dated_by_the_plans_target_year() -> None:
    text = ("2023年3月5日，韩国政府通过新的国防计划，并计划在2030年度使国防预算达到国内生产总值的3%。\n\n"
            "朝鲜外务省随即表示强烈不满与坚决反对。\n")
    evs = of_type(full_events(text), "ACCUSE")
    assert evs and all(ev.date is None or not ev.date.startswith("2030") for ev in evs)


def test_a_region_groups_count_still_gives_each_member_its_own_tie() -> None:
    # the linker now reads 五国 of 中亚五国 as the five; the events still see the group noun
    evs = of_type(full_events("中国同中亚五国于1992年1月先后建立外交关系。\n"), "ALIGN")
    assert len(evs) == 5
