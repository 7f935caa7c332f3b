"""Participants of matched events (part13 of the eleventh session): who the parties of a clause
are when the sentence names them around it. Sentences written for these tests, in simplified and
traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


# --- a 与-list of the clause before is all partners, none a subject of the next clause ------------


@pytest.mark.parametrize("text, first, second", [
    ("2024年3月，美国分别与马来西亚、柬埔寨签署贸易协定，并与泰国、越南达成框架协议。",
     [["MYS", "USA"], ["KHM", "USA"]], [["THA", "USA"], ["USA", "VNM"]]),
    ("2024年3月，美國分別與馬來西亞、柬埔寨簽署貿易協定，並與泰國和越南達成框架協議。",
     [["MYS", "USA"], ["KHM", "USA"]], [["THA", "USA"], ["USA", "VNM"]]),
    ("2024年3月，美国与马来西亚、柬埔寨签署贸易协定，并与泰国、越南达成框架协议。",
     [["KHM", "MYS", "USA"]], [["THA", "USA", "VNM"]]),
    ("2024年3月，日本先后同菲律宾总统、越南总理举行会谈，并同泰国、老挝签署合作文件。",
     [["JPN", "PHL"], ["JPN", "VNM"]], [["JPN", "LAO"], ["JPN", "THA"]]),
])
def test_a_list_of_partners_stays_with_its_own_verb(text, first, second) -> None:
    evs = events(text)
    verbs = [e for e in evs if e.type in ("AGREE", "CONSULT")]
    cut = next(i for i, e in enumerate(verbs) if e.trigger in ("达成", "達成") or (e.type == "AGREE" and verbs[0].type == "CONSULT"))
    got_first = sorted(keys(e.actors) for e in verbs[:cut])
    got_second = sorted(keys(e.actors) for e in verbs[cut:])
    assert got_first == sorted(first) and got_second == sorted(second), summary(evs)


def test_a_party_coordinated_with_the_subject_still_acts_after_the_partner() -> None:
    # A与B相继与C断交，转与D建交: only C was the partner; B, coordinated with A, goes on
    evs = events("2019年9月，所罗门群岛与基里巴斯相继与台湾断交，转与北京建交。")
    assert sorted(keys(e.actors) for e in evs if e.label == "建交") == [["CHN", "KIR"], ["CHN", "SLB"]], summary(evs)
