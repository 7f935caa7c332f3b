"""Visas withheld from a state's citizens or officials (暂停…签证, 签证限制, 签证制裁, 停发签证) are a
SANCTION; 暂停 without 签证 keeps its other readings (talks suspended: LEAVE; research ships banned:
POLICY). The state after 针对 (针对中国的…新规) is a measure's target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


@pytest.mark.parametrize("text", [
    "2023年1月11日，中国外交部宣布暂停在韩国受理赴华短期签证。",
    "2023年1月，中国宣布暂停向韩国公民签发短期签证。",
    "2023年1月，中國宣布暫停向日本公民簽發赴華簽證。",
    "2022年3月，俄罗斯宣布对美国官员实施签证限制。",
])
def test_visas_withheld_are_a_sanction(text) -> None:
    assert [e.type for e in full_events(text) if e.type == "SANCTION"] == ["SANCTION"], summary(full_events(text))


@pytest.mark.parametrize("text,etype", [
    ("2023年1月，中国与美国宣布暂停气候变化商谈。", "LEAVE"),
    ("2024年1月，斯里兰卡宣布暂停外国科考船停靠一年。", "POLICY"),
])
def test_other_suspensions_keep_their_reading(text, etype) -> None:
    types = [e.type for e in full_events(text)]
    assert etype in types and "SANCTION" not in types, summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2022年10月7日，美国商务部发布针对中国的先进计算出口管制新规。",
    "2022年10月7日，美國商務部發布針對中國的出口管制新規。",
    "2023年，美国针对中国实施新的投资限制。",
])
def test_the_state_a_measure_aims_at_after_zhendui_is_its_target(text) -> None:
    # 针对X的…, 针对X实施…: X is the target, not a second actor (针对美国国务院批准… stays no marker)
    sanctions = [e for e in full_events(text) if e.type == "SANCTION"]
    assert [([a.key() for a in e.actors], [r.key() for r in e.recipients]) for e in sanctions] == [(["USA"], ["CHN"])], summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2023年6月，荷兰政府宣布，自9月1日起对部分光刻机实施出口许可要求。",
    "2024年，美國對向中國出口的先進晶片實施許可證要求。",
])
def test_a_licence_required_to_export_is_a_control(text) -> None:
    assert [e.type for e in full_events(text) if e.type == "SANCTION"] == ["SANCTION"], summary(full_events(text))


def test_a_requirement_waived_is_no_new_measure() -> None:
    text = "2023年10月，美方决定无限期豁免三星电子和SK海力士在华工厂的设备进口许可证要求。"
    assert not [e for e in full_events(text) if e.type == "SANCTION"], summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2023年3月，中国网信办宣布对美光公司在华销售产品启动网络安全审查。",
    "2023年4月，中國網信辦宣布對美光公司在華銷售產品啟動網路安全審查。",
])
def test_a_security_review_launched_is_a_measure_not_a_founding(text) -> None:
    evs = full_events(text)
    assert [(e.type, [a.key() for a in e.actors], [r.key() for r in e.recipients]) for e in evs] == [("SANCTION", ["CHN"], ["USA"])], summary(evs)


def test_a_review_failed_tells_no_negated_review() -> None:
    evs = full_events("2023年5月21日，中国网信办宣布，美光公司在华销售的产品未通过网络安全审查。")
    assert not [e for e in evs if e.type == "SANCTION" and e.modality == "negated"], summary(evs)


@pytest.mark.parametrize("text", ["2024年5月，中國宣布對美國軍工企業實施反制。", "2024年5月，中方宣布对美国军工企业予以反制。"])
def test_countermeasures_without_cuoshi_are_a_sanction(text) -> None:
    sanctions = [e for e in full_events(text) if e.type == "SANCTION"]
    assert [([a.key() for a in e.actors], [r.key() for r in e.recipients]) for e in sanctions] == [(["CHN"], ["USA"])], summary(full_events(text))
