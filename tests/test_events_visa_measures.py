"""Visas withheld from a state's citizens or officials (暂停…签证, 签证限制, 签证制裁, 停发签证) are a
SANCTION; 暂停 without 签证 keeps its other readings (talks suspended: LEAVE; research ships banned:
POLICY). Sentences written for these tests."""

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
