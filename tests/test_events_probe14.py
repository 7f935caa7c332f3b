"""Patterns found by own-words probe texts of genres not probed before (probe14): a Korean-peninsula
chronicle, Japanese defence news in traditional script, South Asia and Central Asia briefs, Africa and
Latin America commentary, an EU-Asia piece, Taiwan defence news, a Pacific-islands brief. Every
sentence here is written for this test."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

from latticework.actors.matcher import default_matcher
from latticework.timex import find_dates


# --- a second act with another partner, its own date opening the clause -----------------------------

@pytest.mark.parametrize("text, second, date", [
    ("2019年，日本与越南签署协定，并于2023年与菲律宾签署协定。", ["JPN", "PHL"], "2023"),
    ("2019年，日本与越南签署协定，2023年又与菲律宾签署协定。", ["JPN", "PHL"], "2023"),
    ("中國於2019年與智利簽署協定，並於2023年5月與尼加拉瓜簽署自貿協定。", ["CHN", "NIC"], "2023-05"),
    ("2018年，印度同孟加拉国举行会谈，并于2020年下半年同斯里兰卡举行会谈。", ["IND", "LKA"], "2020"),
])
def test_a_dated_comitative_clause_keeps_the_subject_of_the_clause_before(text, second, date) -> None:
    evs = events(text)
    assert any(sorted(keys(e.actors)) == sorted(second) and e.date == date for e in evs), summary(evs)


# --- ties broken with the partner between the verb and 外交关系 --------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("2021年12月，尼加拉瓜宣布断绝与台湾的外交关系。", {"NIC", "TWN"}),
    ("2024年1月，台湾外交部宣布终止与瑙鲁的外交关系。", {"TWN", "NRU"}),
    ("2019年9月，所罗门群岛决定中止同台湾的所谓“外交关系”。", {"SLB", "TWN"}),
    ("2002年7月，台灣政府宣佈終止與諾魯的外交關係。", {"TWN", "NRU"}),
])
def test_ties_broken_with_a_partner_are_an_align(text, pair) -> None:
    aligns = of_type(events(text), "ALIGN")
    assert set(keys(aligns[0].actors)) == pair and aligns[0].label == "断交"


@pytest.mark.parametrize("text", [
    "2020年，日本宣布终止与韩国的军事情报保护协定。",
    "2021年，美国宣布中止与缅甸的贸易协定。",
])
def test_ended_agreements_stay_leave(text) -> None:
    evs = events(text)
    assert of_type(evs, "LEAVE") and not [e for e in evs if e.type == "ALIGN"]


def test_trade_cut_off_is_no_tie_broken() -> None:
    assert not [e for e in events("2019年，两国断绝了经贸往来。") if e.type == "ALIGN"]


# --- recognition switched to Beijing -----------------------------------------------------------------

@pytest.mark.parametrize("text, switcher", [
    ("2024年1月，瑙鲁宣布改为承认北京。", "NRU"),
    ("2019年9月，基里巴斯决定转而承认北京政府。", "KIR"),
    ("2019年9月，所罗门群岛宣布承认中华人民共和国为中国唯一合法政府。", "SLB"),
    ("2024年1月15日，瑙鲁宣布不再承认中华民国，改为承认中华人民共和国政府。", "NRU"),
])
def test_recognition_switched_to_beijing_is_an_align(text, switcher) -> None:
    aligns = [e for e in of_type(events(text), "ALIGN") if e.label == "承认"]
    assert aligns and set(keys(aligns[0].actors)) == {switcher, "CHN"}


def test_recognising_a_position_is_no_align() -> None:
    assert not [e for e in events("2023年，中国承认越南的市场经济地位。") if e.type == "ALIGN"]


# --- 同日 after a month told earlier in the same sentence --------------------------------------------

def test_same_day_after_a_month_of_its_sentence_is_that_month() -> None:
    text = ("2024年1月15日，甲国宣布断交。\n"
            "此前，尼加拉瓜在2021年12月宣布与台湾断交，并于同日与北京建交。")
    tie = [e for e in of_type(events(text), "ALIGN") if "NIC" in keys(e.actors) and "CHN" in keys(e.actors)]
    assert tie and tie[0].date == "2021-12"


def test_same_day_in_a_later_sentence_keeps_the_last_day_told() -> None:
    days = find_dates("24日，甲国出席会议。据报道，乙国已于9月提出申请。同日，丙国宣布退出。", doc_date="2023-11-30")
    same = [t for t in days if t.text == "同日"]
    assert same and same[0].value == "2023-11-24"


# --- a day word opening a clause is no Japan ------------------------------------------------------------

@pytest.mark.parametrize("text, states", [
    ("5月2日，同日美国一艘驱逐舰驶入釜山港。", ["USA"]),
    ("同日中美两国发表联合声明。", ["CHN", "USA"]),
    ("3月9日，俄方宣布退出。次日日方提出抗议。", ["JPN", "RUS"]),
    ("同日美韩在黄海举行联合演习。", ["KOR", "USA"]),
])
def test_a_day_word_opening_a_clause_names_no_japan(text, states) -> None:
    found = sorted({h.aliases[0].entity for h in default_matcher().find(text) if h.aliases and len(h.aliases[0].entity) == 3
                    and h.aliases[0].entity.isupper()})
    assert found == states


def test_with_japan_and_korea_after_a_party_stays_a_pair() -> None:
    found = {h.aliases[0].entity for h in default_matcher().find("中国同日韩两国举行会谈。")}
    assert {"JPN", "KOR"} <= found


def test_a_submarine_in_port_the_same_day_is_no_japanese_act() -> None:
    evs = events("2023年7月18日，美韩在首尔举行磋商，同日美国一艘核潜艇停靠釜山港。")
    assert all("JPN" not in keys(e.actors) for e in evs), summary(evs)


# --- documents under a state's initiative, signed and left ----------------------------------------------

@pytest.mark.parametrize("text, signer", [
    ("2017年5月，尼泊尔签署“一带一路”合作谅解备忘录。", "NPL"),
    ("2022年，阿根廷正式签署“一带一路”合作文件。", "ARG"),
    ("2017年11月，巴拿马政府签署了“一带一路”倡议合作备忘录。", "PAN"),
    ("2018年，菲律宾签署共建“一带一路”合作协议。", "PHL"),
])
def test_a_document_under_an_initiative_is_signed_with_its_owner(text, signer) -> None:
    agreed = of_type(events(text), "AGREE")
    assert set(keys(agreed[0].actors)) == {signer, "CHN"}


@pytest.mark.parametrize("text", [
    "2023年12月，意大利通知中方退出共建“一带一路”谅解备忘录。",
    "2023年12月，意大利通知中方退出“一带一路”合作谅解备忘录。",
    "2020年，菲律宾告知美方将废除两国的联合声明。",
])
def test_a_document_left_is_no_agreement(text) -> None:
    assert not [e for e in events(text) if e.type == "AGREE"], summary(events(text))


def test_a_memorandum_signed_is_still_an_agreement() -> None:
    assert of_type(events("2019年，日本与印度签署谅解备忘录。"), "AGREE")


# --- bans on a state's apps or equipment ------------------------------------------------------------------

@pytest.mark.parametrize("text, banned", [
    ("2020年6月，印度禁止了59款中国应用程序。", "CHN"),
    ("2020年，印度宣布封禁数百款中国手机应用。", "CHN"),
    ("2024年，加拿大禁止使用中国公司开发的应用程序。", "CHN"),
])
def test_a_ban_on_a_states_apps_is_a_sanction(text, banned) -> None:
    assert keys(of_type(events(text), "SANCTION")[0].recipients) == [banned]


@pytest.mark.parametrize("text", [
    "2020年，印度政府禁止学生在课堂上使用手机应用。",
    "2022年，该市封禁了多款涉嫌诈骗的手机软件。",
])
def test_a_ban_with_no_states_goods_is_no_sanction(text) -> None:
    assert not [e for e in events(text) if e.type == "SANCTION"]


# --- arms bought by their maker's name ----------------------------------------------------------------

@pytest.mark.parametrize("text, seller, buyer", [
    ("2023年，日本决定引进美制战斧巡航导弹。", "USA", "JPN"),
    ("2023年，台湾采购美製M1A2T戰車。", "USA", "TWN"),
    ("2022年，波兰采购韩制K2坦克。", "KOR", "POL"),
    ("2021年，印度购入俄制S-400防空系统。", "RUS", "IND"),
    ("2021年，印度从俄罗斯引进S-400防空系统。", "RUS", "IND"),
])
def test_arms_bought_by_their_makers_name_are_sold_by_that_state(text, seller, buyer) -> None:
    aid = of_type(events(text), "AID")[0]
    assert keys(aid.actors) == [seller] and keys(aid.recipients) == [buyer]


@pytest.mark.parametrize("text", [
    "2022年，越南引进日本技术建设地铁。",
    "2023年，该国引进外资兴建港口。",
])
def test_bringing_in_no_arms_is_no_aid(text) -> None:
    assert not [e for e in events(text) if e.type == "AID"]


# --- a passive reaction whose agent is the members of a body ----------------------------------------------

@pytest.mark.parametrize("text, agent, target", [
    ("乌拉圭希望与中国单独商签自由贸易协定，此举遭到南方共同市场其他成员国反对。", "mercosur", "URY"),
    ("2023年，菲律宾的提案受到东盟其他成员国批评。", "asean", "PHL"),
    ("2022年，土耳其的这一决定遭到北约盟国的强烈批评。", "nato", "TUR"),
    ("2022年，匈牙利此举遭到欧盟成员国反对。", "eu", "HUN"),
])
def test_a_reaction_by_the_members_of_a_body_in_the_passive(text, agent, target) -> None:
    acc = of_type(events(text), "ACCUSE")[0]
    assert keys(acc.actors) == [agent] and keys(acc.recipients) == [target]


# --- the alternative set aside is no party -----------------------------------------------------------------

@pytest.mark.parametrize("text, host, other", [
    ("2023年11月，穆伊兹首次出访选择土耳其而非印度。", "TUR", "IND"),
    ("2022年5月，尹锡悦首次出访选择美国而不是日本。", "USA", "JPN"),
    ("2024年，王毅出访选择老挝而不是越南。", "LAO", "VNM"),
])
def test_the_host_not_chosen_is_no_party_of_the_visit(text, host, other) -> None:
    visit = of_type(events(text), "CONSULT")[0]
    assert keys(visit.recipients) == [host]
