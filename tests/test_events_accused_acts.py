"""An act told as the content of an accusation is the accused's, done to the accuser (events/accused_acts.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary


def _acts(text: str, etype: str):
    return [(sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients)) for e in full_events(text) if e.type == etype]


@pytest.mark.parametrize("text", [
    "2024年3月5日，菲律宾海警指控中国海警船在仁爱礁附近发射水炮。",
    "2024年3月5日，菲律賓海警指控中國海警船隻在仁愛礁附近發射水砲。",
    "2024年3月5日，菲律宾谴责中国海警船在黄岩岛附近使用水炮。",
])
def test_the_accused_does_the_act_to_the_accuser(text) -> None:
    assert _acts(text, "COERCE") == [(["CHN"], ["PHL"])], summary(full_events(text))


def test_a_coordinated_act_goes_on_with_the_content() -> None:
    text = "2024年3月5日，菲律宾海警指控中国海警船在仁爱礁附近发射水炮，并进行危险拦截。"
    assert _acts(text, "COERCE") and all(a == (["CHN"], ["PHL"]) for a in _acts(text, "COERCE")), summary(full_events(text))


def test_a_target_the_content_names_stays() -> None:
    text = "2024年3月5日，菲律宾指责中国海警船对越南渔船发射水炮。"
    assert _acts(text, "COERCE") == [(["CHN"], ["VNM"])], summary(full_events(text))


def test_an_act_after_the_content_ends_is_the_speakers() -> None:
    # the clause after the break is the speaker's own act, not the content
    text = "2024年3月5日，菲律宾指责中国海警船挑衅，随后在黄岩岛附近部署军舰。"
    assert all(a[0] == ["PHL"] for a in _acts(text, "MOBILIZE")), summary(full_events(text))

