"""Trade-remedy cases and restrictive measures, and the China-Lithuania pair 中立 (invented sentences;
data/lexicon/event_triggers.yaml SANCTION, data/gazetteer/states_zh.yaml LTU abbr_context)."""

from __future__ import annotations

import pytest

from event_helpers import file_events
from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _of(tmp_path, text: str, etype: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(e.date, sorted(a.key() for a in e.actors), sorted(r.key() for r in e.recipients))
            for e in file_events(tmp_path, text, "news.txt") if e.type == etype]


@pytest.mark.parametrize(
    "text,target",
    [
        ("2024年6月17日，商务部宣布对原产于欧盟的进口猪肉进行反倾销立案调查。", "eu"),
        ("2024年6月17日，中國商務部宣布對原產於歐盟的進口豬肉進行反補貼立案調查。", "eu"),
        ("2024年6月17日，中方决定对美方采取对等限制措施。", "USA"),
    ],
)
def test_a_case_opened_or_a_restriction_imposed_is_a_sanction(tmp_path, text: str, target: str) -> None:
    assert _of(tmp_path, text, "SANCTION") == [("2024-06-17", ["CHN"], [target])]


@pytest.mark.parametrize("text", ["报告认为，各国应避免采取贸易限制措施。", "2020年，疫情期间多国采取出行限制措施。"])
def test_restrictions_with_no_state_named_are_no_sanction(tmp_path, text: str) -> None:
    assert [e for e in _of(tmp_path, text, "SANCTION") if e[0] is not None or e[1]] == []


def _linked(text: str) -> list[tuple[str, str | None]]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.country) for m in link(doc)]


def test_zhong_li_is_china_and_lithuania_beside_a_relation_word() -> None:
    text = "立陶宛允许台湾设立代表处。中方将中立两国外交关系降为代办级，中立关系由此跌入低谷。"
    linked = _linked(text)
    assert linked.count(("立", "LTU")) == 2 and linked.count(("中", "CHN")) == 2


@pytest.mark.parametrize("text", ["立陶宛表示，将保持中立的立场。", "瑞士奉行中立政策，中立关系一词另有所指。"])
def test_zhong_li_stays_neutral_otherwise(text: str) -> None:
    assert ("立", "LTU") not in _linked(text)


def test_the_downgrade_is_an_align(tmp_path) -> None:
    text = "2021年8月，立陶宛允许台湾设立代表处。同年11月，中方将中立两国外交关系降为代办级。"
    assert _of(tmp_path, text, "ALIGN") == [("2021-11", ["CHN", "LTU"], [])]


def test_a_generic_restriction_beside_the_named_measure_is_one_sanction(tmp_path) -> None:
    """采取限制措施，实施出口管制新规: the export controls are the restriction, told by its name."""
    text = "2022年10月，美国对中国半导体产业采取限制措施，实施出口管制新规。"
    assert [(d, a) for d, a, _ in _of(tmp_path, text, "SANCTION")] == [("2022-10", ["USA"])]


@pytest.mark.parametrize(
    "text",
    [
        "2024年8月，加拿大宣布，10月1日起对中国电动汽车额外征收100%附加税。",
        "2024年8月，加拿大宣布，自10月1日起对中国电动汽车额外征收100%关税。",
    ],
)
def test_a_surtax_from_a_day_is_dated_by_its_announcement(tmp_path, text: str) -> None:
    (ev,) = [e for e in file_events(tmp_path, text, "news.txt") if e.type == "SANCTION"]
    assert (ev.date, ev.effective, [a.key() for a in ev.actors], [r.key() for r in ev.recipients]) == (
        "2024-08", "2024-10-01", ["CAN"], ["CHN"])
