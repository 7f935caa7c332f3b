"""False alarms of the prec12 round: opposition told as a noun or as the goal of joint work, which
the gold leaves uncoded (seeds 000-001). Sentences written for these tests, in simplified and
traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- opposition as a noun after a possessive and a degree adverb -----------------------------------


@pytest.mark.parametrize("text", [
    "韩国汽车行业工会的激烈反对，使协定搁浅。",
    "韓國汽車行業工會的激烈反對，使協定擱淺。",
])
def test_opposition_caused_is_a_noun(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ACCUSE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年5月，澳大利亚外交部对此表示强烈反对。",
    "2024年5月，澳大利亞外交部對此表示強烈反對。",
])
def test_opposition_voiced_stays_an_accuse(text) -> None:
    evs = events(text)
    assert of_type(evs, "ACCUSE"), summary(evs)


# --- opposing a practice named as what cooperation aims at ---------------------------------------


@pytest.mark.parametrize("text", [
    "2024年2月，韩国和澳大利亚在堪培拉举行外长会谈，同意加强两国合作反对经济胁迫。",
    "2024年2月，韓國和澳大利亞在坎培拉舉行外長會談，同意加強兩國合作反對經濟脅迫。",
])
def test_cooperating_against_a_practice_is_no_accuse(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ACCUSE"], summary(evs)
    assert of_type(evs, "CONSULT"), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年2月，韩国和澳大利亚外长坚决反对任何以武力单方面改变现状的企图。",
    "2024年2月，韓國和澳大利亞外長堅決反對任何以武力單方面改變現狀的企圖。",
])
def test_opposing_a_practice_outright_stays_an_accuse(text) -> None:
    evs = events(text)
    assert of_type(evs, "ACCUSE"), summary(evs)


# --- a process or a loose alignment joined is no accession ----------------------------------------


@pytest.mark.parametrize("text", [
    "1986年起，越南开始积极行动加入东南亚地区合作进程。",
    "1986年起，越南開始積極行動加入東南亞地區合作進程。",
    "少数国家欢迎美国重返，主动加入或者配合美国政府做出相应的战略安排。",
    "少數國家歡迎美國重返，主動加入或者配合美國政府做出相應的戰略安排。",
])
def test_a_process_or_alignment_joined_is_no_join(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "JOIN"], summary(evs)


@pytest.mark.parametrize("text", [
    "1995年7月，越南正式加入东盟。",
    "1995年7月，越南正式加入東盟。",
])
def test_a_body_joined_stays_a_join(text) -> None:
    evs = events(text)
    assert of_type(evs, "JOIN"), summary(evs)
