"""Recall of recurring phrasings the lexicon lacked (session rec12), on sentences written for these
tests in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


# --- a government approving a protected area ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年6月3日，越南政府批准设立长沙群岛海洋自然保护区，中方随即表示反对。",
    "2021年6月3日，越南政府批准設立長沙群島海洋自然保護區，中方隨即表示反對。",
    "2021年6月3日，越南政府批复同意设立长沙群岛海洋保护区。",
    "2021年6月3日，越南政府批覆同意設立長沙群島海洋保護區。",
])
def test_approving_a_protected_area_is_a_policy_act(text) -> None:
    evs = events(text)
    policy = of_type(evs, "POLICY")
    assert len(policy) == 1, summary(evs)
    assert [p.key() for p in policy[0].actors] == ["VNM"]
    assert policy[0].date == "2021-06-03" and policy[0].modality == "asserted"
    assert not of_type(evs, "ESTABLISH"), summary(evs)


@pytest.mark.parametrize("text", [
    "2021年6月3日，东盟外长同意设立一个新的工作组。",
    "2021年6月3日，東盟外長同意設立一個新的工作組。",
])
def test_agreeing_to_set_up_a_body_is_no_policy(text) -> None:
    evs = events(text)
    assert not of_type(evs, "POLICY"), summary(evs)


# --- leaders opening a jointly built port or railway together -----------------------------------------


@pytest.mark.parametrize("text", [
    "2022年5月8日，老挝总理与泰国总理在万象共同为跨境铁路新站揭幕。",
    "2022年5月8日，老撾總理與泰國總理在萬象共同為跨境鐵路新站揭幕。",
    "2022年5月8日，老挝总理与泰国总理通过视频共同出席深水港开港仪式。",
    "2022年5月8日，老撾總理與泰國總理透過視訊共同出席深水港開港儀式。",
])
def test_leaders_opening_a_joint_project_together_cooperate(text) -> None:
    evs = events(text)
    coop = of_type(evs, "COOPERATE")
    assert len(coop) == 1, summary(evs)
    assert sorted(p.key() for p in coop[0].actors) == ["LAO", "THA"]
    assert coop[0].date == "2022-05-08" and coop[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "2022年5月8日，东盟峰会在万象揭幕，会期两天。",
    "2022年5月8日，東盟峰會在萬象揭幕，會期兩天。",
    "2022年5月8日，老挝与泰国外长共同为两国关系发展指明方向。",
    "2022年5月8日，老撾與泰國外長共同為兩國關係發展指明方向。",
])
def test_a_summit_opening_or_a_shared_aim_is_no_cooperation(text) -> None:
    evs = events(text)
    assert not of_type(evs, "COOPERATE"), summary(evs)


# --- allies reshaping the command of forces stationed with one of them --------------------------------


@pytest.mark.parametrize("text", [
    "2021年4月2日，美国与韩国防长在首尔会谈，双方宣布将把驻韩美军升级为联合作战司令部。",
    "2021年4月2日，美國與韓國防長在首爾會談，雙方宣布將把駐韓美軍升級為聯合作戰司令部。",
    "2021年4月2日，美国与韩国防长在首尔会谈，双方宣布将修订驻韩美军指挥架构。",
    "2021年4月2日，美國與韓國防長在首爾會談，雙方宣布將修訂駐韓美軍指揮架構。",
])
def test_allies_reshaping_a_command_plan_joint_integration(text) -> None:
    evs = events(text)
    coop = of_type(evs, "COOPERATE")
    assert len(coop) == 1, summary(evs)
    assert sorted(p.key() for p in coop[0].actors) == ["KOR", "USA"]
    assert coop[0].modality == "planned"


@pytest.mark.parametrize("text", [
    "2021年4月2日，美国与韩国宣布将双边关系升级为全面战略同盟。",
    "2021年4月2日，美國與韓國宣布將雙邊關係升級為全面戰略同盟。",
    "2021年4月2日，韩国国会修订了兵役法。",
    "2021年4月2日，韓國國會修訂了兵役法。",
])
def test_ties_raised_or_a_law_revised_is_no_cooperation(text) -> None:
    evs = events(text)
    assert not of_type(evs, "COOPERATE"), summary(evs)


# --- a coastal state filing a continental shelf submission --------------------------------------------


@pytest.mark.parametrize("text", [
    "2009年5月6日，马来西亚向联合国大陆架界限委员会提交南海南部外大陆架划界案。",
    "2009年5月6日，馬來西亞向聯合國大陸架界限委員會提交南海南部外大陸架劃界案。",
])
def test_a_shelf_submission_lodged_with_the_commission_is_the_filer_s_policy(text) -> None:
    evs = events(text)
    policy = of_type(evs, "POLICY")
    assert len(policy) == 1, summary(evs)
    assert [p.key() for p in policy[0].actors] == ["MYS"]
    assert policy[0].date == "2009-05-06"
    assert not of_type(evs, "AGREE"), summary(evs)


@pytest.mark.parametrize("text", [
    "2009年5月6日，马来西亚向联合国秘书长提交了一份照会。",
    "2009年5月6日，馬來西亞向聯合國秘書長提交了一份照會。",
])
def test_a_note_handed_in_is_no_policy(text) -> None:
    evs = events(text)
    assert not of_type(evs, "POLICY"), summary(evs)
