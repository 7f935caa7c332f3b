"""Recipient markers (对, 向, 赴…): 对 inside another word (针对, 面对, 应对) marks no recipient."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "2024年6月，针对美国国务院批准对台出售价值3.6亿美元的无人机，中方表示坚决反对。",
    "2024年6月，針對美國國務院批准對台出售價值3.6億美元的無人機，中方表示堅決反對。",
])
def test_the_dui_of_zhendui_marks_no_recipient(text) -> None:
    sale = [e for e in events(text) if e.type == "AID"]
    assert sale and [a.key() for a in sale[0].actors] == ["USA"] and [r.key() for r in sale[0].recipients] == ["TWN"], summary(events(text))
