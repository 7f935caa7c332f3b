"""Shared one-character abbreviations and 方-forms resolved by the state the text named last
(actors/abbr_context.py), in both scripts. Every passage was written for these tests."""

from __future__ import annotations

from actor_helpers import mentions


def _ids(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in mentions(text)]


def test_ba_after_brazil_or_palestine_is_that_state() -> None:
    got = _ids("巴西外长维埃拉抵达北京，中巴双方就金砖合作交换意见，巴方支持扩员。")
    assert ("巴", "BRA") in got and ("巴方", "BRA") in got and ("巴", "PAK") not in got
    trad = _ids("巴勒斯坦總統阿巴斯會見中東問題特使，巴方重申兩國方案。")
    assert ("巴方", "PSE") in trad


def test_the_default_stands_without_context_and_the_last_named_state_wins() -> None:
    assert ("巴", "PAK") in _ids("中巴经济合作持续推进，中巴关系牢不可破。")
    text = "巴西总统访华后，巴基斯坦总理也于同月来访，中巴两国签署了走廊合作文件。"
    assert ("巴", "PAK") in _ids(text)  # Pakistan was named after Brazil


def test_yi_and_xin_follow_the_text() -> None:
    got = _ids("伊拉克总理苏达尼访华期间，中伊两国签署了能源协议。")
    assert ("伊", "IRQ") in got
    trad = _ids("紐西蘭總理拉克森訪問北京，中新兩國同意擴大貿易，新方並邀請中方領導人回訪。")
    assert ("新", "NZL") in trad and ("新方", "NZL") in trad


def test_coreference_after_the_pair_takes_the_chosen_state() -> None:
    ms = mentions("巴西总统卢拉访问上海，中巴两国发表联合声明。")
    pair = next(m for m in ms if m.text == "两国")
    assert sorted(pair.refers_to) == ["BRA", "CHN"]


def test_a_reading_the_text_itself_marks_is_kept() -> None:
    got = _ids("巴西和巴基斯坦都是发展中大国，中巴（西）关系近年来发展迅速。")
    assert ("巴", "BRA") in got  # the editor's 西 marks Brazil although Pakistan was named last
    trad = _ids("巴西外長訪問伊斯蘭堡，會見巴基斯坦總理；中巴（西）貿易則創新高。")
    assert ("巴", "BRA") in trad
