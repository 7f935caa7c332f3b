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


@pytest.mark.parametrize("text, word, expected", [
    ("俄罗斯与朝鲜签署条约后，韩国表示严重关切，俄方则回应称两国合作不针对第三国。", "两国", ["PRK", "RUS"]),
    ("俄羅斯與北韓簽署條約後，南韓表示嚴重關切，俄方則回應稱兩國合作不針對第三國。", "兩國", ["PRK", "RUS"]),
    # a pair of an earlier sentence is no guide: the visit names the pair meant
    ("中美两国曾多次会谈。菲律宾外长访华期间，中方表示，两国应妥善处理分歧。", "两国", ["CHN", "PHL"]),
])
def test_two_states_in_a_speakers_words_are_the_speakers_pair(text: str, word: str, expected: list[str]) -> None:
    assert sorted(_refs(text, word)[-1]) == expected


@pytest.mark.parametrize("text", [
    "南韓與日本互將對方移出貿易白名單，兩國關係一度冰封。",
    "韩国与日本曾相互将对方移出贸易白名单。",
])
def test_a_reciprocal_duifang_is_no_one_state(text: str) -> None:
    assert _refs(text, "对方") == [] and _refs(text, "對方") == []


@pytest.mark.parametrize("text, expected", [
    ("二十国集团将金融稳定论坛改组为金融稳定理事会（FSB），其秘书处设在巴塞尔。", [["financial-stability-board"]]),
    ("二十國集團將金融穩定論壇改組為金融穩定理事會（FSB），其秘書處設在巴塞爾。", [["financial-stability-board"]]),
])
def test_qi_right_after_a_name_and_its_gloss_is_that_name(text: str, expected) -> None:
    assert _refs(text, "其") == expected


@pytest.mark.parametrize("text, word, expected", [
    ("美日印澳四国外长举行会议，四国寻求务实合作。各方重申支持东盟中心地位。", "各方", [["AUS", "IND", "JPN", "USA"]]),
    ("美日印澳四國外長舉行會議，四國尋求務實合作。各方重申支持東協中心地位。", "各方", [["AUS", "IND", "JPN", "USA"]]),
    ("中俄两国举行会谈，我方重申各方应保持克制。", "各方", []),
])
def test_ge_fang_is_the_parties_just_counted_or_none(text: str, word: str, expected) -> None:
    assert [sorted(r) for r in _refs(text, word)] == expected


@pytest.mark.parametrize("text, word, expected", [
    ("日本与海峡三国（印尼、马来西亚、新加坡）建立合作机制。", "三国", ["IDN", "MYS", "SGP"]),
    ("日本與海峽三國（印尼、馬來西亞、新加坡）建立合作機制。", "三國", ["IDN", "MYS", "SGP"]),
])
def test_a_count_followed_by_a_bracketed_list_is_that_list(text: str, word: str, expected) -> None:
    assert [sorted(r) for r in _refs(text, word)] == [expected]


@pytest.mark.parametrize("text, word", [
    ("越南官员表示，多数国家会在中美两国之间保持平衡。", "两国"),
    ("越南官員表示，多數國家會在中美兩國之間保持平衡。", "兩國"),
])
def test_a_compound_after_zai_is_no_venue(text: str, word: str) -> None:
    assert [sorted(r) for r in _refs(text, word)] == [["CHN", "USA"]]


@pytest.mark.parametrize("text, expected", [
    ("美国提出新战略的同时，日本也积极推广自己的构想，其2022年版安保文件作了阐述。", [["JPN"]]),
    ("美國提出新戰略的同時，日本也積極推廣自己的構想，其2022年版安保文件作了闡述。", [["JPN"]]),
])
def test_qi_opening_a_clause_is_the_subject_of_the_clause_before(text: str, expected) -> None:
    assert _refs(text, "其") == expected


def test_a_state_and_its_capital_after_zai_stay_the_venue() -> None:
    text = "美国总统与日本首相在秘鲁利马举行会晤，两国领导人发表声明。"
    assert [sorted(r) for r in _refs(text, "两国")] == [["JPN", "USA"]]


@pytest.mark.parametrize("text, expected", [
    ("值得注意的是，美国试图把竞争的主题强加给亚洲，使地区走向对立。其根本目的是维护霸权。", [["USA"]]),
    ("值得注意的是，美國試圖把競爭的主題強加給亞洲，使地區走向對立。其根本目的是維護霸權。", [["USA"]]),
    ("这一理念具有重要意义。其核心是合作共赢。", []),
])
def test_qi_opening_a_sentence_is_the_state_the_last_one_opened_with(text: str, expected) -> None:
    assert _refs(text, "其") == expected
