"""Coreference on phrasing the coref6 dev texts probe: 前者/后者, 这些国家, 本国, 其 after a
conjunction, 三国 said again, the host of a visit as a party; titles after names. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _link(text: str):
    return link(clean(SourceText("t.txt", text, "txt")))


def _refs(text: str, word: str) -> list[list[str]]:
    return [m.refers_to for m in _link(text) if m.text == word and m.how == "coreference"]


def _states(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.country) for m in _link(text) if m.kind in ("state", "economy", "organ") and m.how != "coreference"]


@pytest.mark.parametrize("text", [
    "日本和韩国的人口都在下降。前者已经开放移民，后者仍然犹豫。",
    "日本與南韓的人口都在下降。前者已經開放移民，後者仍然猶豫。",
    "泰国与柬埔寨在边境问题上争执不下：前者指责对方越界，后者则向东盟求助。",
])
def test_former_and_latter_are_the_pair_named_together(text: str) -> None:
    ms = _link(text)
    first = next(m for m in ms if m.text == "前者")
    second = next(m for m in ms if m.text in ("后者", "後者"))
    pair = [m.country for m in ms if m.kind == "state" and m.how != "coreference"][:2]
    assert first.refers_to == [pair[0]] and second.refers_to == [pair[1]]


def test_latter_keeps_the_pair_of_its_former_after_a_second_pair() -> None:
    text = "马来西亚与印尼立场不同：前者加强与英澳的合作，后者则坚持不结盟。"
    assert _refs(text, "前者") == [["MYS"]] and _refs(text, "后者") == [["IDN"]]


def test_former_with_no_pair_of_states_is_no_mention() -> None:
    assert _refs("两种方案各有利弊，前者成本较低，后者见效更快。", "前者") == []


@pytest.mark.parametrize("text, word, expected", [
    ("老挝、缅甸和柬埔寨等国的官员表示，这些国家不愿在中美之间选边。", "这些国家", ["LAO", "MMR", "KHM"]),
    ("寮國、緬甸與柬埔寨等國的官員表示，這些國家不願在中美之間選邊。", "這些國家", ["LAO", "MMR", "KHM"]),
    ("斐济与汤加同为岛国，却与澳新关系各异。上述国家都接受援助。", "上述国家", ["FJI", "TON"]),
])
def test_these_states_are_the_group_that_opens_a_clause(text: str, word: str, expected: list[str]) -> None:
    assert _refs(text, word) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("2024年，蒙古国总统宣布本国将举行大选。", ["MNG"]),
    ("本国学界对此看法不一。", ["CHN"]),
])
def test_ben_guo_is_the_sentence_subject_or_the_author(text: str, expected: list[str]) -> None:
    assert [m.refers_to for m in _link(text) if m.text == "本国"] == [expected]


def test_ben_guo_is_taiwan_in_taiwan_voice_and_none_after_each_state() -> None:
    tw = "面對中共壓力與對岸的統戰攻勢，立法院通過國防預算，本國學界與輿論普遍表示支持這項決定。"
    assert [m.country for m in _link(tw) if m.text == "本國"] == ["TWN"]
    assert ("中", "CHN") not in _states(tw)  # 對中共: a party, no 對 + 中
    assert [m for m in _link("各国都应维护本国利益。") if m.text == "本国"] == []


@pytest.mark.parametrize("text, expected", [
    ("美国及其盟友在东海举行演习。", [["USA"]]),
    ("日本及其伙伴在太平洋加强合作。", [["JPN"]]),
    ("各方应在东海及其周边保持克制。", []),
    ("各方應在東海及其周邊保持克制。", []),
    ("全球治理及其改革需要大国担当。", []),
])
def test_qi_after_a_conjunction_is_what_stands_before_it(text: str, expected: list) -> None:
    assert _refs(text, "其") == expected


@pytest.mark.parametrize("text", [
    "美英澳三国领导人在圣地亚哥会晤，称三国将合作研发潜艇。法国召回驻澳大使，德国和意大利表示遗憾，中国则批评三国。",
    "美英澳三國領導人在聖地牙哥會晤，稱三國將合作研發潛艇。法國召回駐澳大使，德國和義大利表示遺憾，中國則批評三國。",
])
def test_three_states_said_again_are_the_same_three(text: str) -> None:
    refs = _refs(text, "三国") or _refs(text, "三國")
    assert refs and all(sorted(r) == ["AUS", "GBR", "USA"] for r in refs)


@pytest.mark.parametrize("text, expected", [
    ("阿尔巴尼斯访问雅加达期间，两国签署防务合作协定。", ["AUS", "IDN"]),
    ("阿爾巴尼斯訪問雅加達期間，兩國簽署防務合作協定。", ["AUS", "IDN"]),
])
def test_the_host_of_a_visit_is_a_party(text: str, expected: list[str]) -> None:
    refs = _refs(text, "两国") or _refs(text, "兩國")
    assert [sorted(r) for r in refs] == [sorted(expected)]


def test_a_pair_after_zai_is_no_venue() -> None:
    text = "菲律宾学者在越南和泰国的报刊上撰文，但这不代表两国政府的立场。"
    assert [sorted(r) for r in _refs(text, "两国政府")] == [["THA", "VNM"]]


def test_a_leader_named_before_his_title() -> None:
    ms = _link("峰会在新德里举行时，中方由李强总理出席。")
    assert [m.id for m in ms if m.kind == "person"] == ["li-qiang"]


def test_a_second_title_is_no_discovered_name() -> None:
    ms = _link("两国防长和外长在马尼拉举行会谈。")
    assert [m for m in ms if m.kind == "person"] == []




@pytest.mark.parametrize("text, expected", [
    ("汶莱、柬埔寨与老挝的官员表示，这些国家担心大国竞争迫使其选边。", [["BRN", "KHM", "LAO"]]),
    ("汶萊、柬埔寨與寮國的官員表示，這些國家擔心大國競爭迫使其選邊。", [["BRN", "KHM", "LAO"]]),
])
def test_qi_of_a_group_referred_to_as_these_states_is_the_group(text: str, expected) -> None:
    assert [sorted(r) for r in _refs(text, "其")] == expected


@pytest.mark.parametrize("text, expected", [
    ("越南官员表示，中美竞争迫使其调整政策。", [["VNM"]]),
    ("越南官員表示，中美競爭迫使其調整政策。", [["VNM"]]),
    ("七国集团邀请印度与会，使其成为常客。", [["IND"]]),
])
def test_an_actor_in_the_causatives_own_clause_is_the_causer(text: str, expected) -> None:
    assert _refs(text, "其") == expected


@pytest.mark.parametrize("text, word, expected", [
    ("帛琉總統惠普斯感謝我方協助，並稱該國將持續支持台灣。外交部與中共對岸的說法不同，立法院亦表支持，我國政府表示歡迎。", "該國", [["PLW"]]),
    ("蒙古国总统感谢我方的援助，表示该国愿意深化合作。", "该国", [["MNG"]]),
])
def test_the_authors_own_country_is_never_that_country(text: str, word: str, expected) -> None:
    assert _refs(text, word) == expected
