"""Dates of events found but dated wrongly (the dates13 round): invented sentences in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

from latticework.events import extract_events
from latticework.pipeline import process

# --- one plan cue before a list of acts covers each of them ---------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月8日，岸田文雄与尹锡悦会晤，并将成立供应链工作组、启动网络安全对话。",
    "2024年3月8日，岸田文雄与尹锡悦会晤，双方将成立供应链工作组和启动网络安全对话。",
    "2024年3月8日，岸田文雄與尹錫悅會晤，並將成立供應鏈工作組、啟動網絡安全對話。",
    "2024年3月8日，岸田文雄与尹锡悦会晤，两国拟设立海上热线、成立供应链工作组及启动网络安全对话。",
])
def test_a_plan_cue_covers_every_act_of_its_list(text: str) -> None:
    founded = of_type(events(text), "ESTABLISH")
    assert len(founded) >= 2, summary(founded)
    assert all(e.modality in ("planned", "proposed") and e.date is None for e in founded), summary(founded)


def test_a_plan_of_its_own_date_dates_the_list() -> None:
    text = "2024年3月8日，岸田文雄与尹锡悦会晤，双方将于2025年成立供应链工作组、启动网络安全对话。"
    founded = of_type(events(text), "ESTABLISH")
    assert len(founded) == 2 and {e.date for e in founded} == {"2025"}, summary(founded)


@pytest.mark.parametrize("text", [
    "2024年3月8日，岸田文雄与尹锡悦会晤，双方成立了供应链工作组、启动了网络安全对话。",
    "2024年3月8日，岸田文雄与尹锡悦会晤，双方将成立供应链工作组，此前两国已启动网络安全对话。",
])
def test_acts_told_done_or_in_another_clause_keep_their_own_modality(text: str) -> None:
    launched = [e for e in of_type(events(text), "ESTABLISH") if e.trigger in ("启动", "啟動")]
    assert launched and launched[0].modality == "asserted", summary(launched)


# --- a founding agreed with 同意设立 (one word of the lexicon) is to come --------------------------


@pytest.mark.parametrize("text", [
    "2023年8月18日，美日韩发表联合声明，同意设立三方危机热线。",
    "2023年8月18日，美日韓發表聯合聲明，同意設立三方危機熱線。",
    "2023年8月18日，美日韩发表联合声明，同意建立三方危机热线。",
])
def test_a_founding_agreed_is_planned_and_undated(text: str) -> None:
    founded = of_type(events(text), "ESTABLISH")
    assert founded[0].modality == "planned" and founded[0].date is None, summary(founded)


# --- an act at the opening ceremony of the gathering just told --------------------------------------


@pytest.mark.parametrize("text", [
    "第四十六届东盟峰会2025年5月26日在吉隆坡开幕。各国领导人在开幕式上签署宣言，接纳东帝汶为观察员。",
    "第四十六屆東盟峰會2025年5月26日在吉隆坡開幕。各國領導人在開幕式上簽署宣言。",
    "第四十六届东盟峰会2025年5月26日至27日在吉隆坡举行。开幕式上，各国领导人签署宣言。",
    "第四十六届东盟峰会2025年5月26日至27日在吉隆坡举行。\n\n各国领导人在峰会开幕式上签署宣言。",
])
def test_an_act_at_the_opening_ceremony_takes_the_first_day(text: str) -> None:
    signed = of_type(events(text), "AGREE")
    assert signed[0].date == "2025-05-26", summary(signed)


@pytest.mark.parametrize("text", [
    "第四十六届东盟峰会2025年5月26日至27日在吉隆坡举行。在闭幕式上，各国领导人签署宣言。",
    "第四十六屆東盟峰會2025年5月26日至27日在吉隆坡舉行。各國領導人在全體會議上簽署宣言。",
])
def test_an_act_at_a_later_session_of_a_gathering_of_days_is_dated_by_the_month(text: str) -> None:
    signed = of_type(events(text), "AGREE")
    assert signed[0].date == "2025-05", summary(signed)


# --- a date inside a relative clause on the object dates the object, not the act --------------------


@pytest.mark.parametrize("text", [
    "（新华社首尔2024年6月4日电）韩方宣布，退出2018年签署的《九一九军事协议》。",
    "（新華社首爾2024年6月4日電）韓方宣布，退出2018年簽署的《九一九軍事協議》。",
    "（新华社首尔2024年6月4日电）韩方表示，将退出2018年9月与朝方签署的《九一九军事协议》。",
])
def test_the_date_of_the_object_left_does_not_date_the_leaving(tmp_path, text: str) -> None:
    left = of_type(processed(tmp_path, text), "LEAVE")
    assert not (left[0].date or "").startswith("2018"), summary(left)


@pytest.mark.parametrize("text", [
    "（新华社北京2025年11月10日电）中方将暂停实施10月9日公布的稀土出口管制措施一年。",
    "（中央社台北2025年11月10日電）中方將暫停實施10月9日公布的稀土出口管制措施一年。",
    "（新华社北京2025年11月10日电）中方计划暂停实施10月9日对美国实施的稀土出口管制措施。",
])
def test_a_plan_is_not_dated_by_its_object(tmp_path, text: str) -> None:
    suspended = [e for e in processed(tmp_path, text) if e.type == "POLICY"]
    assert suspended and suspended[0].modality == "planned" and suspended[0].date is None, summary(suspended)


def test_the_gathering_attended_still_dates_the_attendance(tmp_path) -> None:
    text = "（新华社北京2025年11月10日电）越南未获邀出席美国2023年3月主办的第二届民主峰会。"
    attended = of_type(processed(tmp_path, text), "CONSULT")
    assert attended[0].date == "2023-03", summary(attended)


def processed(tmp_path, text: str):
    """The events of a news text, read through the pipeline (its dateline gives the document's date)."""
    p = tmp_path / "news.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return extract_events(process(p))


# --- the start of a span up to now anchors no bare month after it -----------------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，美日举行会谈。两国自2016年建立战略对话以来，合作不断深化。12月，美日两国签署协议。",
    "2024年5月，美日舉行會談。兩國自2016年建立戰略對話以來，合作不斷深化。12月，美日兩國簽署協議。",
    "2024年5月，美日举行会谈。自2016年菲律宾提起南海仲裁以来，两国一直关注南海。12月，美日两国签署协议。",
    "2024年5月，美日举行会谈。台湾从2021年9月申请加入《全面与进步跨太平洋伙伴关系协定》（CPTPP）以来，持续争取支持。12月，美日两国签署协议。",
])
def test_a_span_up_to_now_does_not_set_the_year_of_later_months(text: str) -> None:
    signed = of_type(events(text), "AGREE")
    assert signed[0].date == "2024-12", summary(signed)


# --- an act told after a happening of several days, continuing it: one of its days ----------------


@pytest.mark.parametrize("text", [
    "2024年\n\n12月15日至17日　斯里兰卡总统对印度进行国事访问。两国发表联合声明，同意加强防务合作。",
    "2024年\n\n12月15日至17日　斯里蘭卡總統對印度進行國事訪問。兩國發表聯合聲明，同意加強防務合作。",
    "2024年12月15日至17日，斯里兰卡总统对印度进行国事访问。双方发表联合声明，同意加强防务合作。",
])
def test_an_act_continuing_a_visit_of_several_days_is_dated_by_the_month(text: str) -> None:
    stated = of_type(events(text), "AGREE")
    assert (stated[0].date, stated[0].date_end) == ("2024-12", None), summary(stated)
    visit = of_type(events(text), "CONSULT")
    assert (visit[0].date, visit[0].date_end) == ("2024-12-15", "2024-12-17"), summary(visit)


def test_an_act_continuing_a_visit_of_one_day_keeps_the_day() -> None:
    stated = of_type(events("2024年12月15日，斯里兰卡总统对印度进行国事访问。双方发表联合声明，同意加强防务合作。"), "AGREE")
    assert stated[0].date == "2024-12-15", summary(stated)


# --- a fact told done inside a recommendation keeps its own date -----------------------------------


@pytest.mark.parametrize("text", [
    "本报告建议，亚洲国家应推动与海合会的自贸谈判，日本与海合会已于2024年重启自贸协定谈判。",
    "報告建議，東南亞國家應加快與海合會的自貿談判，日本與海合會已於2024年重啟自貿協定談判。",
    "笔者建议，中国应加快与海合会的自贸谈判，日本与海合会已经在2024年重启自贸协定谈判。",
])
def test_an_act_told_done_in_a_recommendation_is_asserted(text: str) -> None:
    talks = of_type(events(text), "CONSULT")
    assert (talks[0].modality, talks[0].date) == ("asserted", "2024"), summary(talks)


def test_the_recommended_acts_stay_proposed() -> None:
    evs = events("本报告建议，我国应与东盟尽早达成协议，并在已有基础上与日本举行磋商。")
    assert all(e.modality == "proposed" for e in evs), summary(evs)


# --- 对此， opening a sentence: a reaction to the act just told, on its day -------------------------


@pytest.mark.parametrize("text", [
    "2025年3月10日，美国宣布对中国商品加征10%关税。对此，中方宣布对美国实施出口管制。",
    "2025年3月10日，美國宣布對中國商品加徵10%關稅。對此，中方宣布對美國實施出口管制。",
    "2025年3月10日，美国宣布对中国商品加征10%关税。就此，中方宣布对美国实施出口管制。",
])
def test_a_reaction_opened_by_dui_ci_takes_the_day_of_the_act(text: str) -> None:
    measures = [e for e in events(text) if e.type == "SANCTION" and keys_of(e.actors) == ["CHN"]]
    assert measures and measures[0].date == "2025-03-10", summary(measures)


def keys_of(parts) -> list[str]:
    return sorted(p.key() for p in parts)


# --- some weeks, months or years later -----------------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("2023年11月15日，美国与印尼举行会谈。数周后，两国签署协议。", "2023-11"),
    ("2023年11月15日，美國與印尼舉行會談。數週後，兩國簽署協議。", "2023-11"),
    ("2023年11月15日，美国与印尼举行会谈。数月后，两国签署协议。", None),
    ("2023年11月15日，美國與印尼舉行會談。幾個月後，兩國簽署協議。", None),
    ("2023年11月15日，美国与印尼举行会谈。多年后，两国签署协议。", None),
])
def test_weeks_later_keep_the_month_and_months_or_years_later_no_date(text: str, date: str | None) -> None:
    signed = of_type(events(text), "AGREE")
    assert signed[0].date == date, summary(signed)


def test_a_first_in_years_is_no_later_time() -> None:
    visit = of_type(events("2023年11月15日，印尼总统时隔多年后首次访问美国。"), "CONSULT")
    assert visit[0].date == "2023-11-15", summary(visit)


# --- a long-standing or earlier act told in passing takes no date from the paragraph -----------------


@pytest.mark.parametrize(("text", "etype"), [
    ("2024年5月10日，中国与越南举行会谈。两国早已建立全面战略合作伙伴关系。", "ALIGN"),
    ("2024年5月10日，中國與越南舉行會談。兩國早在多年前就建立了全面戰略合作夥伴關係。", "ALIGN"),
    ("2024年5月10日，中国与越南举行会谈。双方多年来一直举行联合巡逻。", "COOPERATE"),
    ("2024年5月10日，中國與越南舉行會談。兩國過去已簽署多項協議。", "AGREE"),
])
def test_a_long_standing_act_is_not_dated_by_the_paragraph(text: str, etype: str) -> None:
    found = of_type(events(text), etype)
    assert found[0].date is None, summary(found)


def test_this_morning_is_no_long_standing_act() -> None:
    text = "2025年3月12日，越南与新加坡领导人今早在总统府会谈，双方随后发表联合声明。"
    stated = of_type(events(text), "AGREE")
    assert stated[0].date == "2025-03-12", summary(stated)  # (later that morning's day: the talks were told by their hour)


# --- a promise word inside a list of outcomes does not make the outcomes after it promises -----------


@pytest.mark.parametrize("text", [
    "2023年5月20日，美日印澳四国领导人发表联合声明，阐述了四方的议程：应对气候危机；致力于改善地区互联互通，宣布建立“四边电缆联通伙伴关系”；提升出口信贷合作；发起“四边投资者网络”。",
    "2023年5月20日，美日印澳四國領導人發表聯合聲明，闡述了四方的議程：應對氣候危機；致力於改善地區互聯互通，宣布建立「四邊電纜聯通夥伴關係」；提升出口信貸合作；發起「四邊投資者網絡」。",
])
def test_outcomes_after_a_promise_word_in_the_middle_stay_done(text: str) -> None:
    launched = [e for e in of_type(events(text), "ESTABLISH") if e.trigger in ("发起", "發起")]
    assert launched and (launched[0].modality, launched[0].date) == ("asserted", "2023-05-20"), summary(launched)


@pytest.mark.parametrize("text", [
    "2023年5月20日，美日印澳四国领导人发表联合声明。四国将增加对太平洋岛国的援助；发起“四边投资者网络”。",
    "2023年5月20日，美日印澳四国领导人发表联合声明。四国承诺加强海上合作；发起“四边投资者网络”。",
])
def test_a_list_that_opens_promising_stays_promised(text: str) -> None:
    launched = of_type(events(text), "ESTABLISH")
    assert launched[0].modality == "planned" and launched[0].date is None, summary(launched)


# --- in a news paragraph, an act the parties of the day's meeting announce is of that day ------------


@pytest.mark.parametrize("text", [
    "（新华社马尼拉2024年7月30日电）美菲30日在马尼拉举行外长防长会谈。美国国务卿布林肯宣布向菲律宾提供5亿美元军事援助。",
    "（中央社馬尼拉2024年7月30日電）美菲30日在馬尼拉舉行外長防長會談。美國國務卿布林肯宣布向菲律賓提供5億美元軍事援助。",
])
def test_an_announcement_by_the_parties_of_the_day_is_of_that_day(tmp_path, text: str) -> None:
    aid = of_type(processed(tmp_path, text), "AID")
    assert aid[0].date == "2024-07-30", summary(aid)


def test_an_announcement_by_a_third_party_is_not_dated_by_the_meeting(tmp_path) -> None:
    text = "（新华社马尼拉2024年7月30日电）美菲30日在马尼拉举行外长防长会谈。日本宣布向越南提供巡逻船。"
    aid = of_type(processed(tmp_path, text), "AID")
    assert aid[0].date is None, summary(aid)


# --- later that day: the act before told at a time of the day ------------------------------------


@pytest.mark.parametrize("text", [
    "（新华社新加坡2025年3月12日电）越南总书记苏林昨天抵达新加坡进行正式访问。苏林今早与新加坡总理黄循财会谈，双方随后发表联合声明。",
    "（中央社新加坡2025年3月12日電）越南總書記蘇林昨天抵達新加坡進行正式訪問。蘇林今早與新加坡總理黃循財會談，雙方隨後發表聯合聲明。",
    "2025年3月12日，越南总书记苏林上午与新加坡总理黄循财会谈，双方随后发表联合声明。",
])
def test_an_act_later_in_a_day_told_by_its_hour_keeps_the_day(tmp_path, text: str) -> None:
    stated = of_type(processed(tmp_path, text), "AGREE")
    assert stated[0].date == "2025-03-12", summary(stated)
