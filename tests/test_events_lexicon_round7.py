"""Lexicon additions of the seventh session: reconsidering is hypothetical, deep worry is a
protest, a pair named before a tie-building verb is linked, and a security council named bare is
the council of the state its text names."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "2024年6月20日，韩国表示将重新考虑向乌克兰提供武器的问题。",
    "2024年6月20日，韓國表示將重新考慮向烏克蘭提供武器的問題。",
])
def test_an_act_to_be_reconsidered_is_hypothetical(text) -> None:
    aid = of_type(events(text), "AID")
    assert aid and aid[0].modality == "hypothetical", summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年6月19日，美国国务院发言人称，美方对俄朝军事合作深表担忧。",
    "2024年6月19日，美國國務院發言人稱，美方對俄朝軍事合作深表擔憂。",
])
def test_deep_worry_about_a_pair_is_a_protest_at_both(text) -> None:
    acc = of_type(events(text), "ACCUSE")
    assert acc and [a.key() for a in acc[0].actors] == ["USA"] and sorted(r.key() for r in acc[0].recipients) == ["PRK", "RUS"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年6月20日，日本内阁官房长官林芳正批评俄朝加强合作。",
    "2024年6月20日，日本內閣官房長官林芳正批評俄朝加強合作。",
])
def test_a_pair_before_a_tie_building_verb_is_linked(text) -> None:
    acc = of_type(events(text), "ACCUSE")
    assert acc and sorted(r.key() for r in acc[0].recipients) == ["PRK", "RUS"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年6月20日，韩国政府召开国家安全会议，讨论朝鲜局势。",
    "2024年6月20日，韓國政府召開國家安全會議，討論朝鮮局勢。",
])
def test_a_security_council_named_bare_is_not_taiwans_outside_taiwan(text) -> None:
    assert all("TWN" not in [a.key() for a in e.actors + e.recipients] for e in events(text)), summary(events(text))


@pytest.mark.parametrize("text", [
    "2025年3月4日，中国商务部宣布，由3月10日起对原产于美国的鸡肉加征15%关税。",
    "2025年3月4日，中國商務部宣布，由3月10日起對原產於美國的雞肉加徵15%關稅。",
])
def test_you_before_a_day_marks_the_day_a_measure_applies_from(text) -> None:
    s = of_type(events(text), "SANCTION")
    assert s and (s[0].date, s[0].effective, s[0].modality) == ("2025-03-04", "2025-03-10", "asserted"), summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年12月，日本与英国、意大利共同启动“全球作战空中计划”，联合研发下一代战斗机。",
    "2023年12月，日本與英國、義大利共同啟動「全球作戰空中計畫」，聯合研發下一代戰鬥機。",
])
def test_a_programme_launched_is_founded_not_agreed(text) -> None:
    evs = events(text)
    assert any(e.type == "ESTABLISH" for e in evs) and not any(e.type == "AGREE" for e in evs), summary(evs)


@pytest.mark.parametrize("text", [
    "2023年2月，美国与菲律宾宣布新增4处《加强防务合作协议》军事基地。",
    "2023年2月，美國與菲律賓宣布新增4處《加強防務合作協議》軍事基地。",
])
def test_a_title_naming_the_bases_is_no_document_issued(text) -> None:
    evs = events(text)
    assert any(e.type == "MOBILIZE" for e in evs) and not any(e.type == "AGREE" for e in evs), summary(evs)
