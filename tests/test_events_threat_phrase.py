"""将采取必要措施 with an adverb or 一切 inside (将继续采取必要措施, 将采取一切必要措施) is still the stock
threat the shared guidelines code as THREATEN. Sentences written for these tests, in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "2024年6月3日，外交部发言人表示，中方将继续采取必要措施，坚决维护国家主权。",
    "2024年6月3日，外交部發言人表示，中方將繼續採取必要措施，堅決維護國家主權。",
    "2024年6月3日，国防部发言人强调，中方将采取一切必要措施捍卫领土完整。",
    "2024年6月3日，國防部發言人強調，中方將採取一切必要措施捍衛領土完整。",
])
def test_the_stock_threat_with_an_adverb(text) -> None:
    got = [x for x in summary(events(text)) if x[0] == "THREATEN"]
    assert got and got[0][1] == ["CHN"] and got[0][3] == "2024-06-03" and got[0][4] == "asserted", summary(events(text))
