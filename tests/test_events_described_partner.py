"""Talks with a partner described by a relative clause (invented sentences in both scripts)."""

from __future__ import annotations

import pytest
from event_helpers import file_events


def _events(tmp_path, text: str):
    return file_events(tmp_path, text, "news.txt")


@pytest.mark.parametrize(
    "text,parties",
    [
        ("特朗普与来访的日本首相会谈，讨论了关税问题。", {"USA", "JPN"}),
        ("李在明同新当选的美国总统会晤，双方谈及同盟事务。", {"KOR", "USA"}),
        ("印度总理与新上任的斯里兰卡总统会谈。", {"IND", "LKA"}),
        ("拜登與上任不久的韓國總統會談，雙方交換意見。", {"USA", "KOR"}),
        ("澳洲總理跟到訪的紐西蘭總理會晤。", {"AUS", "NZL"}),
    ],
)
def test_talks_with_a_described_partner_are_talks(tmp_path, text: str, parties: set[str]) -> None:
    consult = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert consult and {p.key() for p in consult[0].actors + consult[0].recipients} == parties


@pytest.mark.parametrize(
    "text",
    [
        "美国与日本的双边磋商仍停留在技术层面。",  # a possessive: the talks of the two, a noun
        "这些伙伴的双边经济政策磋商进展缓慢。",  # no party named after 的
        "美方表示愿与相关的伙伴磋商。",  # an undetermined partner
    ],
)
def test_a_noun_phrase_of_talks_stays_no_event(tmp_path, text: str) -> None:
    assert not [e for e in _events(tmp_path, text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text,parties",
    [
        # the traveller of the clause before meets the described partner in the next clause
        ("特朗普27日飞往东京，次日与上任刚满一周的日本首相会谈。", {"USA", "JPN"}),
        ("川普27日轉往東京，次日與上任剛滿一週的日本首相會談。", {"USA", "JPN"}),
        ("莫迪结束在科伦坡的行程后，同新上任的马尔代夫总统会晤。", {"IND", "MDV"}),
    ],
)
def test_the_described_partner_of_a_clause_is_no_subject(tmp_path, text: str, parties: set[str]) -> None:
    consult = [e for e in _events(tmp_path, text) if e.type == "CONSULT" and ("会" in e.trigger or "會" in e.trigger)]
    assert consult and {p.key() for p in consult[0].actors + consult[0].recipients} == parties


def test_attending_or_same_is_no_partner(tmp_path) -> None:
    # 与会 "attending" and 同 "same" open no partner: the prime minister speaks, alone
    for text in ("会议闭幕。与会的日本首相随后与澳大利亚总理会谈。", "同年的日本首相随后与澳大利亚总理会谈。"):
        consult = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
        assert consult and {p.key() for p in consult[0].actors + consult[0].recipients} == {"JPN", "AUS"}
