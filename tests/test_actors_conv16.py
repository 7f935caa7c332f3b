"""Armed forces named with their state (thirteenth session, ruling 3): one mention of the state over the
whole span, the force as its role, as for the state's ministries. Invented sentences in both scripts."""

from __future__ import annotations

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _spans(text: str) -> list[tuple[str, str, str, str | None]]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.country or m.id, m.how, m.role) for m in link(doc)]


def test_a_force_after_its_states_name_is_one_organ_mention() -> None:
    cases = {
        "澳洲海軍一艘巡防艦駛經台灣海峽。": [("澳洲海軍", "AUS", "organ", "navy")],
        "菲律宾武装部队发言人证实了这一消息。": [("菲律宾武装部队", "PHL", "organ", "military")],
        "新加坡军队派员参加了演练。": [("新加坡军队", "SGP", "organ", "military")],
        "印尼空军战机升空拦截。": [("印尼空军", "IDN", "organ", "air_force")],
        "美国海军陆战队在冲绳举行训练。": [("美国海军陆战队", "USA", "organ", "marines")],
        "泰國軍方否認了這一說法。": [("泰國軍方", "THA", "organ", "military")],
    }
    for text, want in cases.items():
        got = [x for x in _spans(text) if x[1] in {w[1] for w in want}]
        assert got == want, (text, got)


def test_a_force_after_a_one_character_abbreviation_stays_a_compound() -> None:
    got = _spans("美军和韩海军随后进入该海域。")
    assert [(t, c) for t, c, _, _ in got] == [("美", "USA"), ("韩", "KOR")]
