"""A rebuke or a warning told inside a dated statement is voiced on the statement's day
(invented sentences in both scripts; events/speech_dates.py)."""

from __future__ import annotations

import pytest

from event_helpers import file_events


def _events(tmp_path, text: str):
    return file_events(tmp_path, text, "news.txt")


def _of(events, etype: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.date, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients)) for e in events if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "2024年6月19日，菲律宾军方表示，中国海警17日登上菲方船只，菲方要求中方归还枪械。",
        "菲律宾军方2024年6月19日表示，中国海警17日登上菲方船只，菲方要求中方归还枪械并赔偿损失。",
        "菲律賓參謀總長布勞納（Romeo Brawner Jr.）2024年6月19日表示，中國海警17日登上菲方船隻，菲方要求中方歸還槍械。",
    ],
)
def test_a_demand_inside_a_statement_is_made_on_the_statements_day(tmp_path, text: str) -> None:
    events = _events(tmp_path, text)
    assert _of(events, "COERCE") == [("2024-06-17", ["CHN"], ["PHL"])]  # the act answered keeps its day
    assert _of(events, "ACCUSE") == [("2024-06-19", ["PHL"], ["CHN"])]


def test_an_opposition_voiced_by_the_speakers_side(tmp_path) -> None:
    text = "外交部发言人汪文斌2023年7月20日表示，日本18日宣布的出口管制措施是错误的，中方对此坚决反对。"
    events = _events(tmp_path, text)
    assert _of(events, "SANCTION") == [("2023-07-18", ["JPN"], [])]
    assert _of(events, "ACCUSE") == [("2023-07-20", ["CHN"], ["JPN"])]


def test_a_date_in_the_acts_own_clause_stays_its_own(tmp_path) -> None:
    """中方18日已…提出严正交涉: the representation has its own day, before the statement."""
    text = "外交部发言人汪文斌2023年7月20日表示，中方18日已就此向日方提出严正交涉。"
    assert [d for d, *_ in _of(_events(tmp_path, text), "ACCUSE")] == ["2023-07-18"]


def test_another_sides_act_inside_the_statement_keeps_the_contents_day(tmp_path) -> None:
    """The threat is China's, not the speaker's: it is part of what is reported, on the 17th."""
    text = "菲律宾军方2024年6月19日表示，中国海警17日登上菲方船只，中方随后威胁将采取进一步行动。"
    accused = [d for d, actors, _ in _of(_events(tmp_path, text), "THREATEN") if actors == ["CHN"]]
    assert all(d != "2024-06-19" for d in accused)


def test_the_speaker_is_the_source_with_a_full_date_before_the_verb(tmp_path) -> None:
    """菲律宾军方2024年6月19日表示，中国海警…: the statement's full date stands between the claimant and its verb."""
    text = "菲律宾军方2024年6月19日表示，中国海警17日登上菲方船只。"
    (coerce,) = [e for e in _events(tmp_path, text) if e.type == "COERCE"]
    assert coerce.source == "菲律宾军方"
