"""Regional (Taiwan, Hong Kong) short forms of state names, and short names that are also a
people's name, over the bundled gazetteer."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _states(text: str) -> list[tuple[str, str]]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.country) for m in link(doc) if m.kind in ("state", "economy")]


@pytest.mark.parametrize("text, expected", [
    ("星國與阿聯簽署協議，卡達亦表歡迎。", [("星國", "SGP"), ("阿聯", "ARE"), ("卡達", "QAT")]),
    ("星国与阿联签署协议，卡达亦表欢迎。", [("星国", "SGP"), ("阿联", "ARE"), ("卡达", "QAT")]),
    ("柬國總理出席會議。", [("柬國", "KHM")]),
])
def test_taiwan_press_short_forms(text, expected) -> None:
    assert _states(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("紐澳兩國總理會面。", ["NZL", "AUS"]),
    ("澳紐關係持續升溫。", ["AUS", "NZL"]),
    ("英相與日相通話。", ["GBR", "JPN"]),
])
def test_regional_compounds(text, expected) -> None:
    assert [c for _, c in _states(text) if _ in ("紐", "澳", "英", "日")] == expected


@pytest.mark.parametrize("text, expected", [
    ("苏联的卫星国纷纷独立。", ["SUN"]),
    ("蘇聯的衛星國紛紛獨立。", ["SUN"]),
    ("卡达菲政权倒台。", []),
    ("赴纽约出席会议。", []),
])
def test_look_alikes_are_no_state(text, expected) -> None:
    assert [c for _, c in _states(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("蒙古国、哈萨克、乌兹别克与塔吉克的代表出席。", ["MNG", "KAZ", "UZB", "TJK"]),
    ("蒙古國、哈薩克、烏茲別克與塔吉克的代表出席。", ["MNG", "KAZ", "UZB", "TJK"]),
])
def test_a_short_name_in_a_list_of_states_is_the_state(text, expected) -> None:
    assert [c for _, c in _states(text)] == expected


@pytest.mark.parametrize("text", ["当地的哈萨克族与乌兹别克族居民。", "當地的哈薩克族與烏茲別克族居民。"])
def test_the_same_names_for_peoples_are_no_state(text) -> None:
    assert _states(text) == []


@pytest.mark.parametrize("text, expected", [
    ("欧美国家普遍关注此事。", [("欧", "eu"), ("美", "USA")]),
    ("歐美國家普遍關注此事。", [("歐", "eu"), ("美", "USA")]),
    ("中美国家与南美国家的合作。", []),
    ("港府回应质询。", [("港府", "HKG")]),
    ("港府回應質詢。", [("港府", "HKG")]),
])
def test_europe_and_america_and_the_hong_kong_government(text, expected) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [(m.text, m.country or m.id) for m in link(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    ("2023年9月6日，李强对印尼进行正式访问。", [("李强", "CHN")]),
    ("2023年9月6日，李強對印尼進行正式訪問。", [("李強", "CHN")]),
    ("2020年，李强对印尼进行访问。", []),  # not yet premier: another 李强
    ("2023年9月6日，李强认为这一趋势值得关注。", []),  # no state in the sentence
])
def test_a_leader_named_without_title_stands_in_office(text, expected) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [(m.text, m.country) for m in link(doc) if m.kind == "person"] == expected


@pytest.mark.parametrize("text, expected", [
    ("菲律宾海警表示，日本气象厅发布预警，美国联邦调查局介入。",
     [("菲律宾海警", "PHL"), ("日本气象厅", "JPN"), ("美国联邦调查局", "USA")]),
    ("菲律賓海警表示，日本氣象廳發布預警，美國聯邦調查局介入。",
     [("菲律賓海警", "PHL"), ("日本氣象廳", "JPN"), ("美國聯邦調查局", "USA")]),
    ("中国海警局发布消息。", [("中国海警局", "CHN")]),
    ("美国海军与菲律宾海军举行演习。", [("美国海军", "USA"), ("菲律宾海军", "PHL")]),  # forces with their state's name (ruling 3)
])
def test_agencies_and_coast_guards_are_organs(text, expected) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [(m.text, m.country) for m in link(doc)] == expected
    assert all(m.how == "organ" for m in link(doc) if len(m.text) > 3)


@pytest.mark.parametrize("text", ["欧方表示关切。", "歐方表示關切。"])
def test_the_eu_side(text) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [m.id for m in link(doc)] == ["eu"]


@pytest.mark.parametrize("text, expected", [
    ("2024年4月，外交部发言人批评美方干涉内政。", [("外交部", "CHN"), ("美方", "USA")]),
    ("2019年5月，美國商務部宣布新規。此後，商務部又追加了限制。", [("美國商務部", "USA"), ("商務部", "USA")]),
    ("2024年，日本与菲律宾签署协定。国防部表示欢迎。", [("日本", "JPN"), ("菲律宾", "PHL")]),  # whose? unknown
    ("2022年11月，27名欧盟财政部长联合发表声明。", [("欧盟", "eu")]),  # a minister's title
    ("外交部发言人批评美方。", [("外交部", "CHN"), ("美方", "USA")]),
    ("外交部發言人批評美方。", [("美方", "USA")]),  # traditional script: not mainland voice
])
def test_a_bare_ministry_is_the_state_it_was_named_with_or_chinas_in_mainland_text(text, expected) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [(m.text, m.country or m.id) for m in link(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    ("美国对自华进口的电动汽车加征关税。", ["USA", "CHN"]),
    ("美國對自華進口的電動汽車加徵關稅。", ["USA", "CHN"]),
    ("各自日常工作照常进行。", []),
])
def test_from_china_after_zi(text, expected) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    assert [m.country for m in link(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    ("2023年8月，教皇方济各访问乌兰巴托。", ("方济各", "VAT")),
    ("2023年8月，教宗方濟各訪問烏蘭巴托。", ("方濟各", "VAT")),
    ("2023年11月，马尔代夫总统穆伊兹要求印度撤军。", ("穆伊兹", "MDV")),
    ("2024年1月，馬爾地夫總統穆伊茲訪問北京。", ("穆伊茲", "MDV")),
])
def test_heads_of_state_of_the_holy_see_and_the_maldives(text, expected) -> None:
    doc = clean(SourceText("t.txt", text, "txt"))
    persons = [(m.text, m.country) for m in link(doc) if m.kind == "person"]
    assert any(p[1] == expected[1] and expected[0] in p[0] for p in persons), persons
