"""State names and forms the coref6 dev texts probe: Taiwan forms (紐, 索國, 威靈頓), 声索国, 龙山,
juntas, 美籍 (but not 韩裔), a headline's venue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _link(text: str):
    return link(clean(SourceText("t.txt", text, "txt")))


def _states(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.country) for m in _link(text) if m.kind in ("state", "economy", "organ") and m.how != "coreference"]


@pytest.mark.parametrize("text, expected", [
    ("美澳紐三國外長會晤，紐方表示歡迎。", [("美", "USA"), ("澳", "AUS"), ("紐", "NZL"), ("紐方", "NZL")]),
    ("威靈頓亦調整政策。", [("威靈頓", "NZL")]),
    ("華府宣布在索國重開大使館。", [("華府", "USA"), ("索國", "SLB")]),
    ("越南是南海声索国之一。", [("越南", "VNM")]),
    ("两国的纽带日益紧密，中美纽带也很重要。", [("中", "CHN"), ("美", "USA")]),
])
def test_taiwan_forms_of_new_zealand_and_solomon_islands(text: str, expected) -> None:
    assert _states(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("龙山方面强调，该承诺不构成同盟义务。", [("龙山", "KOR")]),
    ("龍山方面強調，該承諾不構成同盟義務。", [("龍山", "KOR")]),
    ("驻韩美军龙山基地已迁往平泽。", [("韩", "KOR"), ("美", "USA")]),
])
def test_yongsan_is_the_rok_presidency_but_not_the_garrison(text: str, expected) -> None:
    assert [x for x in _states(text) if x[0] != "平泽"] == expected


@pytest.mark.parametrize("text, expected", [
    ("缅甸军政府拒绝出席峰会。", [("缅甸军政府", "MMR")]),
    ("尼日爾軍政府宣布退出。", [("尼日爾軍政府", "NER")]),
])
def test_a_junta_named_with_its_state_is_its_government(text: str, expected) -> None:
    assert _states(text) == expected


def test_nationality_is_the_state_but_descent_is_not() -> None:
    assert _states("一位美籍韩裔学者和一位俄裔作家参加了讨论。") == [("美", "USA")]


def test_a_headline_venue_before_closing() -> None:
    ms = _link("东盟峰会万象闭幕\n\n第44届东盟峰会今日闭幕。")
    assert [(m.text, m.kind) for m in ms if m.text == "万象"] == [("万象", "place")]


@pytest.mark.parametrize("text, expected", [
    ("緬甸軍政府只派出外交部常任秘書出席會議，外界認為此舉是冷處理。", [("緬甸軍政府", "MMR"), ("外交部", "MMR")]),
    ("尼日尔军政府宣布由国防部接管边境事务。", [("尼日尔军政府", "NER"), ("国防部", "NER")]),
])
def test_a_bare_organ_belongs_to_the_government_its_clause_opens_with(text: str, expected) -> None:
    assert _states(text) == expected


def test_si_fang_is_sri_lanka_only_where_the_text_names_it() -> None:
    assert _states("斯里兰卡债务重组取得进展，中国进出口银行与斯方达成协议。")[-1] == ("斯方", "LKA")
    assert ("斯方", "LKA") not in _states("帛琉总统惠普斯方面表示欢迎。")


@pytest.mark.parametrize("text, organ, expected", [
    ("國家安全研究季刊\n中共對岸持續施壓，立法院通過預算。川普總統今年4月簽署行政命令，要求商務部加速核發許可。", "商務部", "USA"),
    ("尹锡悦总统指示国防部加强戒备。", "国防部", "KOR"),
    ("拜登总统访华期间，外交部发言人表示欢迎。", "外交部", "CHN"),
])
def test_an_organ_a_leader_directs_is_his_states(text: str, organ: str, expected: str) -> None:
    assert [c for t, c in _states(text) if t == organ] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("据《日本经济新闻》报道，美国之音也援引中国新闻网的消息。", []),
    ("據《日本經濟新聞》報道，美國之音也援引中國新聞網的消息。", []),
    ("越南战争的记忆仍影响河内的对美政策。", [("河内", "VNM"), ("美", "USA")]),
    ("日本新闻界和韩国新闻媒体高度关注。", [("日本", "JPN"), ("韩国", "KOR")]),
])
def test_media_named_after_a_state_and_the_vietnam_war(text: str, expected) -> None:
    assert _states(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("外長出訪斐濟、薩摩亞與東加，並與吐瓦魯簽署條約。", [("斐濟", "FJI"), ("薩摩亞", "WSM"), ("東加", "TON"), ("吐瓦魯", "TUV")]),
    ("俄罗斯远东加强开发，东加里曼丹将建新首都。", [("俄罗斯", "RUS")]),
    ("東加里曼丹省的新首都計畫持續推進。", []),
])
def test_tonga_in_taiwan_form_only_in_a_list_of_states(text: str, expected) -> None:
    assert _states(text) == expected
