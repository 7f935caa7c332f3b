"""Participants of events (part9): hosts of drills and deployments, targets of reactions, receivers
of aid. Invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, text: str, name: str = "t.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return extract_events(process(f))


def _parts(evs, etype: str) -> list[tuple]:
    return sorted((tuple(sorted(p.key() for p in e.actors)), tuple(sorted(p.key() for p in e.recipients)))
                  for e in evs if e.type == etype)


def test_an_island_or_port_forces_go_to_names_its_state_as_host(tmp_path) -> None:
    """Islands and ports are no entity mentions, yet the state holding them hosts the forces sent there."""
    cases = {
        "2023年6月\n解放军东部战区5日在台岛周边开展海空联合演训。\n": [(("CHN",), ("TWN",))],
        "2023年6月\n解放軍東部戰區5日在台島周邊開展海空聯合演訓。\n": [(("CHN",), ("TWN",))],
        "2023年6月\n美国海军陆战队8日将一套反舰导弹部署至吕宋岛北部。\n": [(("USA",), ("PHL",))],
        "2023年6月\n美國海軍陸戰隊8日將一套反艦飛彈部署至呂宋島北部。\n": [(("USA",), ("PHL",))],
        "2023年6月\n一艘美国核潜艇9日停靠釜山港。\n": [(("USA",), ("KOR",))],
        "2023年6月\n一艘美國核潛艇9日停靠釜山港。\n": [(("USA",), ("KOR",))],
    }
    for text, want in cases.items():
        assert _parts(_events(tmp_path, text), "MOBILIZE") == want, text


def test_a_named_drill_around_an_island_has_the_island_state_as_host(tmp_path) -> None:
    for text in ("2023年6月\n中国东部战区7日在台湾岛周边组织“海峡演练—2023”演习。\n",
                 "2023年6月\n中國東部戰區7日在臺灣島周邊組織「海峽演練—2023」演習。\n"):
        assert _parts(_events(tmp_path, text), "MOBILIZE") == [(("CHN",), ("TWN",))], text


def test_a_drill_retold_without_its_place_keeps_the_host_of_the_drill_before(tmp_path) -> None:
    """其后再度举行军演: a series of drills around one place names the place once."""
    for text in ("2022年8月，解放军在台湾周边举行军演。2023年4月，解放军其后再度举行军演。\n",
                 "2022年8月，解放軍在台灣周邊舉行軍演。2023年4月，解放軍其後再度舉行軍演。\n"):
        assert _parts(_events(tmp_path, text), "MOBILIZE") == [(("CHN",), ("TWN",))] * 2, text
    # a drill of another state does not inherit that host
    evs = _events(tmp_path, "2022年8月，解放军在台湾周边举行军演。2023年4月，俄罗斯举行军演。\n")
    assert (("RUS",), ()) in _parts(evs, "MOBILIZE")
