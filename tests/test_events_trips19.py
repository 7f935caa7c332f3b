"""A leader's onward trip told by a travel verb (invented sentences in both scripts; events/roles.py
_official_travels and _marked_recipient)."""

from __future__ import annotations

import pytest

from event_helpers import file_events


def _visits(tmp_path, text: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.date, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients))
            for e in file_events(tmp_path, text, "news.txt") if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "onward",
    ["随后启程前往马来西亚。", "随后前往马来西亚访问。", "随后转往马来西亚进行正式访问。", "隨後啟程前往馬來西亞。"],
)
def test_the_onward_trip_to_a_state_is_a_second_visit(tmp_path, onward: str) -> None:
    text = "2024年6月，李强对澳大利亚进行正式访问，" + onward
    visits = _visits(tmp_path, text)
    assert (("2024-06", ["CHN"], ["AUS"]) in visits) and (("2024-06", ["CHN"], ["MYS"]) in visits)


@pytest.mark.parametrize(
    "text",
    [
        "2024年6月，李强对澳大利亚进行正式访问，翌日转往珀斯。",  # a city inside the state visited
        "2024年6月，美国派遣两艘驱逐舰前往南海。",  # forces sent to a sea
        "2024年6月，美国派遣两艘驱逐舰前往菲律宾。",  # forces, no official travelling
    ],
)
def test_no_visit_of_a_state_where_none_travels_there(tmp_path, text: str) -> None:
    assert [v for v in _visits(tmp_path, text) if "MYS" in v[2] or "PHL" in v[2]] == []
    assert len(_visits(tmp_path, text)) <= 1


def test_a_trip_ahead_of_talks_told_by_their_own_words_stays_one_meeting(tmp_path) -> None:
    """转往马尼拉，与菲方举行“2+2”会谈: the talks are the event; the travel verb adds none."""
    visits = _visits(tmp_path, "2024年7月，布林肯转往马尼拉，与菲方举行“2+2”会谈。")
    assert len(visits) == 1


def test_a_planned_trip(tmp_path) -> None:
    (visit,) = [e for e in file_events(tmp_path, "2024年7月，布林肯将前往越南。", "news.txt") if e.type == "CONSULT"]
    assert (visit.modality, [a.key() for a in visit.actors], [r.key() for r in visit.recipients]) == ("planned", ["USA"], ["VNM"])
