"""Modality cues found on probe texts: 将 before a light verb and a noun trigger (将采取相应反制措施,
将实施新一轮制裁) is the future, as 将 right before a verb is; 将 before an object (将一百余家实体列入…)
is not; 婉拒/谢绝 negate as 拒绝. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text", [
    "2023年6月，中方表示将采取相应反制措施。",
    "2023年6月，中方表示將採取相應反制措施。",
    "2023年6月，朝鲜警告美国若继续举行联合军演，将采取相应反制措施。",
    "2024年2月，欧盟表示将实施新一轮对俄制裁。",
])
def test_a_light_verb_after_jiang_keeps_the_future(text) -> None:
    sanctions = [e for e in full_events(text) if e.type == "SANCTION"]
    assert sanctions and all(e.modality != "asserted" for e in sanctions), summary(full_events(text))


def test_jiang_before_a_counted_object_stays_no_future() -> None:
    evs = full_events("2024年12月2日，美国商务部将一百余家中国实体列入实体清单。")
    assert [e.modality for e in evs if e.type == "SANCTION"] == ["asserted"], summary(evs)


@pytest.mark.parametrize("text", ["2024年，印尼婉拒参加美澳联合军演。", "2024年，印尼婉拒參加美澳聯合軍演。", "2024年，印尼谢绝出席美国主办的峰会。"])
def test_declining_politely_is_a_negation(text) -> None:
    evs = [e for e in full_events(text) if e.type in ("COOPERATE", "CONSULT")]
    assert evs and all(e.modality == "negated" for e in evs), summary(full_events(text))


@pytest.mark.parametrize("text,modality", [
    ("2024年5月，日本考虑向菲律宾提供巡逻船。", "hypothetical"),
    ("2024年5月，日本考慮向菲律賓提供巡邏船。", "hypothetical"),
    ("2024年5月，考虑到地区局势，日本向菲律宾提供巡逻船。", "asserted"),
])
def test_a_course_weighed_is_hypothetical(text, modality) -> None:
    assert [e.modality for e in full_events(text) if e.type == "AID"] == [modality], summary(full_events(text))
