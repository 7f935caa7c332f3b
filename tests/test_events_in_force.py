"""An agreement told only as entering into force is an undated AGREE of its parties, its entry into
force the effective date (events/in_force.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, summary


def _agreed(text: str):
    return [e for e in events(text) if e.type == "AGREE"]


@pytest.mark.parametrize("text, parties, effective", [
    ("另外，日菲《互惠准入协定》已于2025年9月11日生效，日本自卫队今后可赴菲训练。", ["JPN", "PHL"], "2025-09-11"),
    ("另外，日菲《互惠准入協定》已於2025年9月11日生效。", ["JPN", "PHL"], "2025-09-11"),
    ("2024年5月1日，新西兰与欧盟的自由贸易协定正式生效。", ["NZL", "eu"], "2024-05-01"),
    ("2025年1月1日，《中国—马尔代夫自由贸易协定》正式生效。", ["CHN", "MDV"], "2025-01-01"),
    ("韩国与印尼的全面经济伙伴关系协定自2023年1月1日起生效。", ["IDN", "KOR"], "2023-01-01"),
])
def test_an_agreement_told_only_in_force_is_an_undated_agree(text, parties, effective) -> None:
    evs = _agreed(text)
    assert len(evs) == 1 and keys(evs[0].actors) == parties, summary(events(text))
    assert evs[0].date is None and evs[0].effective == effective and evs[0].modality == "asserted", summary(evs)


@pytest.mark.parametrize("text", [
    "2017年12月，中国与马尔代夫签署《中国—马尔代夫自由贸易协定》。2025年1月1日，该协定正式生效。",
    "2025年1月1日，《中国—马尔代夫自由贸易协定》正式生效。该协定于2017年12月签署。",
    "2025年1月1日，《中国—马尔代夫自由贸易协定》正式生效。2017年12月，中国与马尔代夫签署了这一协定。",
])
def test_a_signing_told_too_is_the_one_agree(text) -> None:
    evs = _agreed(text)
    assert len(evs) == 1 and evs[0].date == "2017-12", summary(evs)


@pytest.mark.parametrize("text", [
    "2025年1月，日本与菲律宾就《互惠准入协定》生效后的合作交换了意见。",
    "2024年9月，美国的《芯片与科学法》正式生效。",
    "2022年1月1日，《区域全面经济伙伴关系协定》正式生效。",
])
def test_no_agreement_in_force_with_a_time_after_it_a_law_or_no_parties(text) -> None:
    assert not [e for e in _agreed(text) if e.trigger == "生效"], summary(events(text))
