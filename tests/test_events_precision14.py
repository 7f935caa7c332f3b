"""False alarms of the prec14 round: events the gold has not at all. A trigger word read inside
another word or sense (违反制裁 holds 反制裁; 移交 a role or a power, not goods), a stance towards
every case of a class (不加入任何军事集团). Sentences written for these tests, in simplified and
traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- violating sanctions is no sanction ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，一架澳洲军机在东海执行监视朝鲜违反制裁行为的任务。",
    "該船被指違反制裁，向朝鮮運送石油。",
    "联合国专家小组的报告列举了多起违反制裁的海上转运。",
    "朝鲜多次违背制裁决议试射导弹，安理会未能达成一致。",
])
def test_violating_sanctions_is_no_sanction(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，中方宣布对美国军工企业实施反制裁。",
    "2023年7月，欧盟宣布对俄罗斯实施新一轮制裁。",
])
def test_sanctions_and_counter_sanctions_stay(text) -> None:
    of_type(events(text), "SANCTION")


# --- a role, a power or people handed over is no aid ----------------------------------------------


@pytest.mark.parametrize("text", [
    "峰会闭幕后，印尼将二十国集团轮值主席国职责移交印度。",
    "2023年9月，印度总理莫迪将G20主席国职务移交给巴西。",
    "2024年1月，東盟輪值主席國由印尼移交老撾。",
    "美韩同意在条件成熟后将战时作战指挥权移交韩国。",
    "1997年7月1日，英国将香港主权移交中国。",
    "泰国警方将两名嫌犯移交柬埔寨。",
])
def test_a_role_or_power_handed_over_is_no_aid(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "AID"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，美国向乌克兰移交了一批M1坦克。",
    "2023年11月，日本向菲律宾移交首部防空雷达。",
    "澳洲海軍去年向巴紐移交兩艘巡邏艇。",
])
def test_goods_handed_over_stay_aid(text) -> None:
    of_type(events(text), "AID")


# --- a stance towards any party of a class is no act -----------------------------------------------


@pytest.mark.parametrize("text", [
    "印尼奉行独立积极的外交路线，不加入任何军事集团。",
    "马来西亚总理表示，该国不会加入任何大国阵营。",
    "越南從不參與任何軍事聯盟。",
    "菲律宾总统称，绝不会签署任何损害主权的协议。",
    "该国宪法规定，不得与任一外国结成军事同盟。",
])
def test_a_stance_on_any_party_of_a_class_is_no_event(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text, etype", [
    ("日本首相表示，日本没有计划加入北约。", "JOIN"),
    ("2023年，印尼拒绝加入金砖国家。", "JOIN"),
    # (an objection to any such attempt is the gold sets' ACCUSE with no target named)
    ("2023年3月，美日韩三国外长坚决反对任何以武力单方面改变现状的企图。", "ACCUSE"),
])
def test_a_named_party_or_an_objection_stays(text, etype) -> None:
    of_type(events(text), etype)
