"""A ；-item that opens with its own time, an adverb that goes on and a place before the 与-partner
(；两天后又在东京与日本首相会晤) is an act of the subject told before, not a clause without a party
(invented sentences in both scripts)."""

from __future__ import annotations

import pytest

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, body: str):
    f = tmp_path / "item.txt"
    f.write_text("标题\n" + body + "\n", encoding="utf-8")
    return extract_events(process(f))


@pytest.mark.parametrize(
    "body,date",
    [
        ("2023年5月8日，越南总理访问首尔；两天后还在东京同日本首相会谈。", "2023-05-10"),
        ("2023年5月8日，越南总理访问首尔；翌日又在大阪跟日本首相会谈。", "2023-05-09"),
        ("2023年5月8日，越南總理訪問首爾；10日又在東京與日本首相會談。", "2023-05-10"),
        ("2023年5月8日，越南总理访问首尔；次日还在东京与日本首相会晤。", "2023-05-09"),
    ],
)
def test_a_later_meeting_at_a_place_of_its_own_keeps_the_subject(tmp_path, body: str, date: str) -> None:
    met = [e for e in _events(tmp_path, body) if e.type == "CONSULT" and "JPN" in [a.key() for a in e.actors + e.recipients]]
    assert [(e.date, "VNM" in [a.key() for a in e.actors + e.recipients]) for e in met] == [(date, True)]


def test_a_frame_of_talks_is_no_meeting_of_its_own(tmp_path) -> None:
    body = "2023年5月8日，越南总理访问首尔。此外，在与日本首相会谈时表示欢迎。"
    assert not [e for e in _events(tmp_path, body) if "JPN" in [a.key() for a in e.actors + e.recipients]]
