"""Participants of aid (part15): a 为-phrase naming a programme whose name opens with the giver and its
partner (为一项新的美国—东盟…倡议提供资金) gives to the partner even when a determiner or 新的 stands
before the name, and a clause opened by such a phrase keeps the giver of the clause before.
Invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process


def _aid(tmp_path, text: str) -> list[tuple]:
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    return [(sorted(p.key() for p in e.actors), sorted(p.key() for p in e.recipients))
            for e in extract_events(process(f)) if e.type == "AID"]


def test_a_determiner_before_a_programme_named_for_both_sides_keeps_the_partner_the_receiver(tmp_path) -> None:
    """为新的日本—东盟…计划, 为一个…项目, 為一項…計畫, 为该…中心: the giver named first stays the giver."""
    cases = {
        "2022年3月，日本为新的日本—东盟海洋合作计划提供3000万美元资金。\n": "JPN",
        "2022年3月，日本为一个日本—东盟青年交流项目捐赠500万美元。\n": "JPN",
        "2022年3月，韓國為一項新的韓國—東協數位合作計畫提供800萬美元。\n": "KOR",
        "2022年3月，印度为这一印度—东盟绿色走廊项目提供2亿卢比。\n": "IND",
    }
    for text, giver in cases.items():
        aid = _aid(tmp_path, text)
        assert ([giver], ["asean"]) in aid, (text, aid)


def test_a_clause_opened_by_such_a_phrase_keeps_the_giver_of_the_clause_before(tmp_path) -> None:
    """宣布向东盟援助…，并为一项新的美国—东盟…倡议提供资金: the announcer gives both, to ASEAN."""
    for text, giver in (
            ("2021年10月，美国宣布向东盟援助1亿美元，并为一项新的美国—东盟气候合作倡议提供2000万美元的资金支持。\n", "USA"),
            ("2021年10月，日本宣布向東協援助1億美元，並為新的日本—東協海洋合作計畫提供3000萬美元資金。\n", "JPN"),
    ):
        aid = _aid(tmp_path, text)
        assert aid == [([giver], ["asean"]), ([giver], ["asean"])], (text, aid)


def test_plain_recipients_and_other_markers_are_unchanged(tmp_path) -> None:
    """为一家美国企业提供贷款 still gives to the firm's state; 向菲律宾提供 after another clause still takes
    that clause's subject as giver."""
    assert _aid(tmp_path, "2022年3月，日本为一家美国企业提供贷款。\n") == [(["JPN"], ["USA"])]
    assert _aid(tmp_path, "2022年3月，日本设立新的援助制度，向菲律宾提供雷达。\n") == [(["JPN"], ["PHL"])]
