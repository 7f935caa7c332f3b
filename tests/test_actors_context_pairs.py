"""Pairs whose second character abbreviates a state only in context (actors/context_pairs.py), in
both scripts. Every passage was written for these tests."""

from __future__ import annotations

from actor_helpers import found


def test_a_pair_with_a_context_abbreviation_is_a_compound_where_the_state_is_named() -> None:
    got = found("斯里兰卡外长访华期间，中斯两国同意加快自贸谈判。")
    assert ("中", "CHN") in got and ("斯", "LKA") in got
    trad = found("所羅門群島總理訪問北京後，中所關係進一步升溫。")
    assert ("所", "SLB") in trad
    assert ("以", "ISR") in found("以色列外长访问华盛顿，美以同盟面临考验。")


def test_the_character_is_no_state_where_the_text_does_not_name_one() -> None:
    for text in ("中斯两国的说法并不准确。", "中所周知，这项合作的意义重大。", "中南海召开会议研究经济工作。"):
        assert not any(i in ("LKA", "SLB", "ZAF") for _, i in found(text)), text
    assert ("亚", "ARM") not in found("亚美尼亚总理访华，中亚合作也受关注。")  # 亚 is no context abbreviation


def test_several_candidates_take_the_state_named() -> None:
    got = found("尼日利亚总统提努布访华，中尼关系提升为全面战略伙伴关系。")
    assert ("尼", "NGA") in got
    trad = found("尼泊爾總理奧利訪華，中尼邊界聯合委員會隨後召開會議。")
    assert ("尼", "NPL") in trad
