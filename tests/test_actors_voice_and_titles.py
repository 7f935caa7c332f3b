"""Whose voice and whose office: text written from Taiwan (its own names of states mark its voice,
its words for the PLA and its craft are the PRC's military, 中共 before an organ keeps it the
subject), and the state written before a title naming which namesake is meant."""

from __future__ import annotations

import pytest
from actor_helpers import found, mentions
from event_helpers import full_events as events
from event_helpers import summary


@pytest.mark.parametrize("text", [
    "外交部今天表示，我國與史瓦帝尼的邦交穩固；外交部長林佳龍上週訪問瓜地馬拉。",
    "我國駐帛琉大使館表示，我國將協助吐瓦魯興建港口。",
])
def test_taiwan_names_of_states_mark_taiwans_voice(text) -> None:
    got = found(text)
    assert ("我國", "TWN") in got and ("我國", "CHN") not in got, got


def test_taiwans_words_for_pla_craft_are_the_prcs_military() -> None:
    text = "國防部今天表示，共機昨日越過海峽中線，共艦也在周邊海域活動；我方對中共擾台表達嚴正抗議。"
    got = found(text)
    assert ("共機", "CHN") in got and ("共艦", "CHN") in got and ("國防部", "TWN") in got, got


@pytest.mark.parametrize("text", [
    "國防部指出，共機昨日越過海峽中線，我國軍隊嚴密監控。外交部對此表示，中共的挑釁不利區域和平。",
])
def test_a_pla_craft_is_the_actor_of_its_move(text) -> None:
    evs = [e for e in events(text) if e.type == "MOBILIZE"]
    assert evs and [a.key() for a in evs[0].actors] == ["CHN"], summary(events(text))


def test_public_bodies_and_the_party_name_hold_no_craft() -> None:
    got = found("共機擾台之外，中共軍機頻繁出沒；政府將補助公共機構。我國外交部表示關切。")
    spans = [t for t, _ in got]
    assert spans.count("共機") == 1, got  # not inside 公共機構, nor the 共軍 of 中共軍機


@pytest.mark.parametrize("text", [
    "2024年5月20日，中共國台辦批評賴清德的就職演說，並宣布對3家美國軍工企業實施制裁。",
    "2024年5月20日，中共国台办批评赖清德的就职演说，并宣布对3家美国军工企业实施制裁。",
])
def test_taiwans_word_for_the_prc_before_an_organ_keeps_it_the_subject(text) -> None:
    sanction = [e for e in events(text) if e.type == "SANCTION"]
    assert sanction and [a.key() for a in sanction[0].actors] == ["CHN"], summary(events(text))


@pytest.mark.parametrize("text, person, state", [
    ("2024年5月20日，巴拉圭总统培尼亚率团访华。", "santiago-pena", "PRY"),
    ("2024年5月20日，巴拉圭總統培尼亞率團訪華。", "santiago-pena", "PRY"),
    ("2016年7月，墨西哥总统培尼亚会见来访的中国外长。", "enrique-pena-nieto", "MEX"),
])
def test_the_state_before_a_title_names_which_namesake_is_meant(text, person, state) -> None:
    people = [(m.id, m.country) for m in mentions(text) if m.kind == "person"]
    assert people == [(person, state)], people


@pytest.mark.parametrize("text, state", [
    ("2025年5月26日，马来西亚首相安瓦尔说，我国作为今年的轮值主席国，将推动区域合作。", "MYS"),
    ("2025年5月26日，馬來西亞首相安瓦爾說，我國作為今年的輪值主席國，將推動區域合作。", "MYS"),
    ("2024年5月，俄罗斯总统普京在致辞中表示，我国愿与各方加强合作。", "RUS"),
    ("2024年5月，外交部发言人表示，我国坚决反对。", "CHN"),
])
def test_wo_guo_in_reported_speech_is_the_speakers_state(text, state) -> None:
    got = [i for t, i in found(text) if t in ("我国", "我國")]
    assert got == [state], got


def test_a_security_council_named_bare_in_taiwans_own_text_is_taiwans() -> None:
    got = found("總統府表示，國家安全會議今天召開，中共軍機持續擾台，國軍嚴密監控。")
    assert ("國家安全會議", "TWN") in got, got


@pytest.mark.parametrize("text, states", [
    ("2017年11月，美日印澳重启四方安全对话。", ["USA", "JPN", "IND", "AUS"]),
    ("2017年11月，美日印澳重啟四方安全對話。", ["USA", "JPN", "IND", "AUS"]),
    ("2017年，印度重启美日印澳四方安全对话。", ["IND", "USA", "JPN", "IND", "AUS"]),
    ("有学者提出中美欧加南方国家的合作构想。", ["CHN", "USA"]),
    ("两国宣布建立中俄新时代全面战略协作伙伴关系。", ["CHN", "RUS"]),
])
def test_a_run_of_abbreviations_with_one_ambiguous_inside_needs_no_context(text, states) -> None:
    got = [i for _, i in found(text) if len(i) == 3 and i.isupper()]
    assert got == states, got
