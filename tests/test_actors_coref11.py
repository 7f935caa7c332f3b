"""Coreference of 其 where it opens a word that looks like a non-pronoun one (其一己, 其实力), 其 of
the one helped (帮助X实现其…) and 其 in an opening adverbial (随着其…，X…). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _qi(text: str) -> list[list[str]]:
    ms = link(clean(SourceText("t.txt", text, "txt")))
    return [m.refers_to for m in ms if m.text == "其" and m.how == "coreference"]


@pytest.mark.parametrize("text, count", [
    ("美国坚持旧思维，并维护其一己私利。", 1),
    ("美國堅持舊思維，並維護其一己私利。", 1),
    ("日本延续其一贯立场，并推出其一系列新举措。", 2),
    ("日本延續其一貫立場，並推出其一系列新舉措。", 2),
    ("印度不断增强其实力。", 1),
    ("印度不斷增強其實力。", 1),
])
def test_qi_before_a_word_that_opens_like_a_fixed_one_is_a_pronoun(text: str, count: int) -> None:
    refs = _qi(text)
    assert len(refs) == count and all(len(r) == 1 for r in refs)


@pytest.mark.parametrize("text", ["美国列出其一、其二两项理由。", "日本其实并不情愿。", "日本其後改變立場。"])
def test_fixed_words_with_qi_stay_no_pronoun(text: str) -> None:
    assert _qi(text) == []


@pytest.mark.parametrize("text", [
    "韩国认为，与其对抗，不如合作。", "韓國認為，與其對抗，毋寧合作。",
    "美国与其盟友举行联合演习。", "美國與其盟友舉行聯合演習。",
])
def test_yuqi_is_never_a_mention_in_either_script(text: str) -> None:
    assert _qi(text) == []  # (the guidelines list 与其 among the words holding no pronoun)


@pytest.mark.parametrize("text, expected", [
    ("东盟的目标在于维持其中心地位。", [["asean"]]),
    ("東協的目標在於維持其中心地位。", [["asean"]]),
])
def test_qi_before_zhongxin_is_a_pronoun(text: str, expected: list[list[str]]) -> None:
    assert _qi(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("美国推动日本增强其防卫能力。", [["JPN"]]),
    ("美國推動日本增強其防衛能力。", [["JPN"]]),
    ("中国支持东盟在地区合作中发挥其主导作用。", [["asean"]]),
    ("中國支持東協在區域合作中發揮其主導作用。", [["asean"]]),
])
def test_qi_after_the_helped_ones_verb_is_the_one_helped(text: str, expected: list[list[str]]) -> None:
    assert _qi(text) == expected


@pytest.mark.parametrize("text", [
    "美国推出新倡议，以帮助湄公河国家实现其减排目标。",
    "美國推出新倡議，以幫助湄公河國家實現其減排目標。",
    "美国要求盟友承担其防务责任。",
    "美國要求盟友承擔其防務責任。",
])
def test_qi_of_an_unnamed_group_helped_is_no_mention(text: str) -> None:
    assert _qi(text) == []


def test_qi_with_no_object_after_the_verb_stays_the_subject() -> None:
    assert _qi("美国要求尽快恢复其地位。") == [["USA"]]


@pytest.mark.parametrize("text, expected", [
    ("冷战后美国逐步收缩。随着其经济实力的加强，东盟在地区事务中更加活跃。", ["asean"]),
    ("冷戰後美國逐步收縮。隨著其經濟實力的加強，東協在區域事務中更加活躍。", ["asean"]),
    ("由于其人口老龄化，日本开始引进外劳。", ["JPN"]),
    ("由於其人口老化，日本開始引進外勞。", ["JPN"]),
])
def test_qi_in_an_opening_adverbial_is_the_main_clauses_subject(text: str, expected: list[str]) -> None:
    assert _qi(text)[0] == expected


def test_qi_after_an_actor_in_its_sentence_does_not_look_ahead() -> None:
    assert _qi("美国由于其债务压力，日本则不同。") == [["USA"]]
