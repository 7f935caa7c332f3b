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
            ("2021年10月，美国宣布向东盟援助1亿美元，并为一项新的美国—东盟清洁能源倡议提供2000万美元。\n", "USA"),
            ("2021年10月，日本宣布向東協援助1億美元，並為新的日本—東協海洋合作計畫提供3000萬美元資金。\n", "JPN"),
    ):
        aid = _aid(tmp_path, text)
        assert aid == [([giver], ["asean"]), ([giver], ["asean"])], (text, aid)


def test_plain_recipients_and_other_markers_are_unchanged(tmp_path) -> None:
    """为一家美国企业提供贷款 still gives to the firm's state; 向菲律宾提供 after another clause still takes
    that clause's subject as giver."""
    assert _aid(tmp_path, "2022年3月，日本为一家美国企业提供贷款。\n") == [(["JPN"], ["USA"])]
    assert _aid(tmp_path, "2022年3月，日本设立新的援助制度，向菲律宾提供雷达。\n") == [(["JPN"], ["PHL"])]


def _joined(tmp_path, text: str, etype: str = "JOIN") -> list[tuple]:
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    return [(sorted(p.key() for p in e.actors), sorted(p.key() for p in e.recipients))
            for e in extract_events(process(f)) if e.type == etype]


def test_joining_the_board_that_steers_an_initiative_joins_the_initiative(tmp_path) -> None:
    """加入“蓝点网络指导委员会”, 加入「藍點網絡指導委員會」, 欢迎X加入…, 成为…成员, 退出…: an initiative's
    membership is its steering board's, so the initiative is what is joined or left."""
    for text, joiner in (("葡萄牙2023年夏天正式加入了“蓝点网络指导委员会”的行列。\n", "PRT"),
                         ("2023年11月，瑞士加入「藍點網絡指導委員會」。\n", "CHE"),
                         ("2023年4月，美国、日本和澳大利亚欢迎英国加入蓝点网络指导委员会。\n", "GBR"),
                         ("2024年2月，日本成为藍點網絡指導委員會成員。\n", "JPN")):
        assert (([joiner], ["blue-dot-network"]) in _joined(tmp_path, text)), (text, _joined(tmp_path, text))
    assert _joined(tmp_path, "2025年1月，英国宣布退出蓝点网络指导委员会。\n", "LEAVE") == [(["GBR"], ["blue-dot-network"])]


def test_an_organ_of_an_organisation_stays_the_organ(tmp_path) -> None:
    """当选联合国人权理事会成员: a council of an organisation has a membership of its own."""
    assert _joined(tmp_path, "2023年10月，日本当选联合国人权理事会成员。\n") == [(["JPN"], ["un-human-rights-council"])]


def test_an_initiative_named_after_the_joining_verb_is_joined(tmp_path) -> None:
    """加入“一带一路”倡议, 正式加入「一帶一路」倡議: the initiative in the verb's clause is the body joined;
    one in a later clause (拒绝加入，并批评…倡议) is not."""
    for text in ("2019年3月，意大利加入“一带一路”倡议。\n", "2019年3月，意大利正式加入「一帶一路」倡議。\n"):
        assert _joined(tmp_path, text) == [(["ITA"], ["belt-and-road-initiative"])], text
    assert _joined(tmp_path, "2019年3月，意大利拒绝加入，并批评一带一路倡议。\n") == [(["ITA"], [])]


def _actor_sets(tmp_path, text: str, etype: str) -> list[list[str]]:
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    return [sorted(p.key() for p in e.actors) for e in extract_events(process(f)) if e.type == etype]


def test_two_parties_said_to_share_an_identity_are_both_subjects_of_the_next_clause(tmp_path) -> None:
    """A与B同为…，又与C…; A與B均為…; A与B是…，同为…而与C…: the 与 joins two subjects, it names no partner."""
    five = ["AUS", "CAN", "GBR", "NZL", "USA"]
    for text in ("澳大利亚与新西兰同为英联邦国家，又与美、英、加共同组建了情报联盟。\n",
                 "澳大利亞與紐西蘭均為英聯邦國家，又與美、英、加共同組建了情報聯盟。\n",
                 "澳大利亚与新西兰是美方在南太的两大盟国，同为说英语的国家而与美、英、加一起组建了情报联盟。\n",
                 "澳大利亞與紐西蘭是美方在南太的兩大盟國，同為說英語的國家而與美、英、加一起組建了情報聯盟。\n"):
        assert _actor_sets(tmp_path, text, "ESTABLISH") == [five], (text, _actor_sets(tmp_path, text, "ESTABLISH"))


def test_a_partner_of_talks_stays_a_partner(tmp_path) -> None:
    """中国与越南举行会谈，并与老挝签署协议: with no shared identity, the 与-party before is a past partner."""
    assert _actor_sets(tmp_path, "2023年4月，中国与越南举行会谈，并与老挝签署协议。\n", "AGREE") == [["CHN", "LAO"]]
