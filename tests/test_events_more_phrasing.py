"""Phrasing of a Taiwan yearbook, a PDF-extracted report, a journal essay and a Hong Kong
commentary (the ev5 round, gold/dev texts v-x2): negations inside a modifier of the trigger's
noun, ordinal sessions with a compound numeral, and the other constructions read off those texts.
Every sentence was written for these tests, in simplified and traditional script, and runs over
the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- a negation inside a modifier does not negate the act -----------------------------------


@pytest.mark.parametrize("text", [
    "2023年3月21日，日本首相对乌克兰进行了事先未公布的访问。",
    "2023年3月21日，日本首相對烏克蘭進行了事先未公布的訪問。",
])
def test_negation_inside_a_modifier_leaves_the_visit_asserted(text) -> None:
    visits = of_type(events(text), "CONSULT")
    assert all(v.modality == "asserted" for v in visits), summary(visits)
    assert keys(visits[0].recipients) == ["UKR"]


@pytest.mark.parametrize("text", [
    "2024年3月，日本没有访问乌克兰。",
    "2024年3月，日本沒有訪問烏克蘭。",
])
def test_negation_of_the_verb_itself_still_negates(text) -> None:
    assert of_type(events(text), "CONSULT")[0].modality == "negated"


# --- an ordinal with a compound numeral names one session -----------------------------------


@pytest.mark.parametrize("text", [
    "2024年12月18日，中国和印度边界问题特别代表在北京举行第二十三次会晤。",
    "2024年12月18日，中國和印度邊界問題特別代表在北京舉行第二十三次會晤。",
])
def test_compound_ordinal_session_is_one_meeting(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert keys(c.actors) == ["CHN", "IND"] and c.date == "2024-12-18"


@pytest.mark.parametrize("text", [
    "2024年，中国和印度举行了二十三次会晤。",
    "2024年，中國和印度舉行了二十三次會晤。",
])
def test_a_count_of_meetings_stays_an_aggregate(text) -> None:
    assert not [e for e in events(text) if e.type == "CONSULT"]


# --- 宣布 before a membership act is no event of its own -------------------------------------


@pytest.mark.parametrize("text", [
    "2019年11月4日，印度宣布不加入《区域全面经济伙伴关系协定》。",
    "2019年11月4日，印度宣佈不加入《區域全面經濟夥伴關係協定》。",
])
def test_announcing_not_to_join_is_only_the_negated_join(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["JOIN"], summary(evs)
    assert evs[0].modality == "negated" and keys(evs[0].actors) == ["IND"] and evs[0].date == "2019-11-04"


@pytest.mark.parametrize("text", [
    "2023年5月，日本宣布《国家安全保障战略》。",
    "2023年5月，日本宣佈《國家安全保障戰略》。",
])
def test_announcing_a_strategy_stays_a_policy(text) -> None:
    assert of_type(events(text), "POLICY")[0].date == "2023-05"


# --- a note that cites a document tells no event --------------------------------------------


@pytest.mark.parametrize("text", [
    "① 中国、沙特和伊朗三方联合声明全文见中国外交部网站，2023年3月10日。",
    "① 中國、沙特和伊朗三方聯合聲明全文見中國外交部網站，2023年3月10日。",
    "③ 参见美国国防部2024年1月11日声明。",
    "③ 參見美國國防部2024年1月11日聲明。",
])
def test_citing_note_is_no_event(text) -> None:
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "② 2025年5月27日，东盟、海合会和中国在吉隆坡举行峰会。",
    "② 2025年5月27日，東盟、海合會和中國在吉隆坡舉行峰會。",
    "见面后，中国与印度举行会谈。",
    "見面後，中國與印度舉行會談。",
])
def test_note_stating_a_fact_and_meeting_words_still_count(text) -> None:
    assert of_type(events(text), "CONSULT")


# --- resuming diplomatic relations across a modifier ----------------------------------------


@pytest.mark.parametrize("text", [
    "2023年3月10日，沙特与伊朗宣布恢复中断七年的外交关系。",
    "2023年3月10日，沙特與伊朗宣佈恢復中斷七年的外交關係。",
])
def test_resumed_relations_with_a_modifier_is_align(text) -> None:
    a = of_type(events(text), "ALIGN")[0]
    assert keys(a.actors) == ["IRN", "SAU"] and a.label == "建交" and a.date == "2023-03-10"


@pytest.mark.parametrize("text", [
    "2020年，日本与韩国恢复经济合作关系。",
    "2020年，日本與韓國恢復經濟合作關係。",
])
def test_resuming_other_ties_is_no_align(text) -> None:
    assert not [e for e in events(text) if e.type == "ALIGN"]


# --- lexicon: banning a state's goods, delivering arms ----------------------------------------


@pytest.mark.parametrize("text", [
    "2020年6月29日，印度以国家安全为由禁用59款中国手机应用。",
    "2020年6月29日，印度以國家安全為由禁用59款中國手機應用。",
])
def test_banning_another_states_apps_is_a_sanction(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["IND"] and keys(s.recipients) == ["CHN"] and s.date == "2020-06-29"


@pytest.mark.parametrize("text", [
    "2024年，日本禁用了部分旧式设备。",
    "2024年，日本禁用了部分舊式設備。",
])
def test_banning_old_equipment_at_home_is_no_sanction(text) -> None:
    assert not [e for e in events(text) if e.type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "韩国迄今未向乌克兰运交杀伤性武器。",
    "韓國迄今未向烏克蘭運交殺傷性武器。",
])
def test_delivering_weapons_is_aid(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert keys(a.actors) == ["KOR"] and keys(a.recipients) == ["UKR"] and a.modality == "negated"


# --- an act dated before the document's own date stays asserted ---------------------------------


@pytest.mark.parametrize("text", [
    "东盟上月在吉隆坡举行峰会。",
    "東盟上月在吉隆坡舉行峰會。",
])
def test_act_dated_before_the_document_stays_asserted(text) -> None:
    c = of_type(events(text, doc_date="2025-04-20"), "CONSULT")[0]
    assert c.date == "2025-03" and c.modality == "asserted"


@pytest.mark.parametrize("text", [
    "11日，美国与日本在华盛顿举行会谈。",
    "11日，美國與日本在華盛頓舉行會談。",
])
def test_next_day_of_a_dateline_is_still_reporting(text) -> None:
    c = of_type(events(text, doc_date="2024-04-10"), "CONSULT")[0]
    assert c.date == "2024-04-11" and c.modality == "asserted"


# --- an agentless passive names no accuser -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年1月7日，柬埔寨首相洪森访问缅甸，此行被批评为替军政府背书。",
    "2022年1月7日，柬埔寨首相洪森訪問緬甸，此行被批評為替軍政府背書。",
])
def test_agentless_passive_criticism_is_no_accusation(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ACCUSE"], summary(evs)
    assert keys(of_type(evs, "CONSULT")[0].recipients) == ["MMR"]


@pytest.mark.parametrize("text", [
    "2022年，柬埔寨被美国批评。",
    "2022年，柬埔寨被美國批評。",
])
def test_passive_with_its_agent_is_still_an_accusation(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["USA"] and keys(a.recipients) == ["KHM"]


# --- topics and documents are not parties -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年11月5日，联合国安理会召开会议讨论朝鲜派兵问题，美国批评俄朝军事合作违反安理会决议。",
    "2024年11月5日，聯合國安理會召開會議討論朝鮮派兵問題，美國批評俄朝軍事合作違反安理會決議。",
])
def test_discussed_state_and_resolution_author_are_no_parties(text) -> None:
    evs = events(text)
    assert keys(of_type(evs, "CONSULT")[0].actors) == ["un-security-council"]
    a = of_type(evs, "ACCUSE")[0]
    assert keys(a.actors) == ["USA"] and keys(a.recipients) == ["PRK", "RUS"]


@pytest.mark.parametrize("text", [
    "2024年6月，联合国安理会通过决议，谴责朝鲜。",
    "2024年6月，聯合國安理會通過決議，譴責朝鮮。",
])
def test_council_adopting_a_resolution_is_still_a_party(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["un-security-council"] and keys(a.recipients) == ["PRK"]


# --- a membership act whose clause names no body joins the one named before ---------------------


@pytest.mark.parametrize("text", [
    "2023年8月24日，金砖国家峰会宣布邀请沙特、伊朗、埃及和阿根廷加入，伊朗和埃及于2024年1月1日正式成为成员。",
    "2023年8月24日，金磚國家峰會宣佈邀請沙特、伊朗、埃及和阿根廷加入，伊朗和埃及於2024年1月1日正式成為成員。",
])
def test_later_accession_joins_the_body_named_before(text) -> None:
    later = [e for e in of_type(events(text), "JOIN") if e.date == "2024-01-01"]
    assert later and keys(later[0].actors) == ["EGY", "IRN"] and keys(later[0].recipients) == ["brics"]


@pytest.mark.parametrize("text", [
    "美国提出印太经济框架，IPEF本质上是行政化操作，只要参与局部合作便可认为是加入。",
    "美國提出印太經濟框架，IPEF本質上是行政化操作，只要參與局部合作便可認為是加入。",
])
def test_generic_joining_with_no_joiner_takes_no_body(text) -> None:
    assert not [e for e in events(text) if e.type == "JOIN"]


# --- the body a 通过-phrase names is the channel, not the donor ---------------------------------


@pytest.mark.parametrize("text", [
    "2023年3月21日，日本宣布通过世界银行向乌克兰提供5亿美元贷款。",
    "2023年3月21日，日本宣佈透過世界銀行向烏克蘭提供5億美元貸款。",
])
def test_channel_of_aid_is_no_donor(text) -> None:
    evs = events(text)
    a = of_type(evs, "AID")[0]
    assert keys(a.actors) == ["JPN"] and keys(a.recipients) == ["UKR"]
    assert not [e for e in evs if e.type == "ESTABLISH"]


@pytest.mark.parametrize("text", [
    "2023年3月21日，世界银行向乌克兰提供5亿美元贷款。",
    "2023年3月21日，世界銀行向烏克蘭提供5億美元貸款。",
])
def test_body_as_subject_is_still_the_donor(text) -> None:
    assert keys(of_type(events(text), "AID")[0].actors) == ["world-bank"]


# --- a length in days gives the last day ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年5月19日，七国集团峰会在广岛揭幕，会期三天。",
    "2023年5月19日，七國集團峰會在廣島揭幕，會期三天。",
    "2023年5月19日，七国集团峰会在广岛开幕，为期3天。",
])
def test_length_in_days_gives_the_last_day(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert (c.date, c.date_end) == ("2023-05-19", "2023-05-21")


@pytest.mark.parametrize("text", [
    "2024年4月9日，日本首相抵达美国，展开为期一周的国事访问。",
    "2024年4月9日，日本首相抵達美國，展開為期一週的國是訪問。",
])
def test_length_in_weeks_sets_no_last_day(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert c.date == "2024-04-09" and c.date_end is None


# --- 乌国 (Ukraine's short form, as 俄国 and 缅国) -------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年10月24日，韩国表示迄今未向乌国运交杀伤性武器。",
    "2024年10月24日，韓國表示迄今未向烏國運交殺傷性武器。",
])
def test_short_form_of_ukraine_is_the_recipient(text) -> None:
    assert keys(of_type(events(text), "AID")[0].recipients) == ["UKR"]


# --- 今年 in a text with no date of its own is the year it is about --------------------------------


@pytest.mark.parametrize("text", [
    "2024年6月13日，日本承诺今年向乌克兰提供45亿美元援助。",
    "2024年6月13日，日本承諾今年向烏克蘭提供45億美元援助。",
])
def test_this_year_in_an_undated_text_is_the_year_told(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert a.date == "2024" and a.modality == "planned"


@pytest.mark.parametrize("text", [
    "2019年，日本承诺今年向乌克兰提供45亿美元援助。",
    "2019年，日本承諾今年向烏克蘭提供45億美元援助。",
])
def test_this_year_follows_the_document_date_when_there_is_one(text) -> None:
    assert of_type(events(text, doc_date="2024-06-20"), "AID")[0].date == "2024"


# --- 予以谴责 aims at the agent of the act told before --------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年7月，缅军不顾国际呼吁处决四名民主运动人士，东盟发表声明予以谴责。",
    "2022年7月，緬軍不顧國際呼籲處決四名民主運動人士，東盟發表聲明予以譴責。",
])
def test_resumptive_condemnation_targets_the_previous_agent(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["asean"] and keys(a.recipients) == ["MMR"]


@pytest.mark.parametrize("text", [
    "2022年7月，缅军处决四名民主运动人士，东盟发表声明谴责美国。",
    "2022年7月，緬軍處決四名民主運動人士，東盟發表聲明譴責美國。",
])
def test_named_target_is_kept(text) -> None:
    assert keys(of_type(events(text), "ACCUSE")[0].recipients) == ["USA"]


# --- an open list (美日韩等) is no session of the trilateral ----------------------------------------


@pytest.mark.parametrize("text", [
    "2024年1月9日，美日韩等近50国外长发表联合声明，谴责朝鲜。",
    "2024年1月9日，美日韓等近50國外長發表聯合聲明，譴責朝鮮。",
])
def test_open_list_of_states_adds_no_trilateral(text) -> None:
    for e in events(text):
        assert keys(e.actors) == ["JPN", "KOR", "USA"], summary([e])


@pytest.mark.parametrize("text", [
    "2023年8月18日，美日韩三国领导人举行峰会。",
    "2023年8月18日，美日韓三國領導人舉行峰會。",
])
def test_closed_list_of_the_three_is_still_the_trilateral(text) -> None:
    assert "us-japan-rok-trilateral" in keys(of_type(events(text), "CONSULT")[0].actors)
