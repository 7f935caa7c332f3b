"""Happenings told in the everyday vocabulary of the genre that no trigger used to read (absent11):
links between two states resumed or opened, and acts coordinated after an agreement. Sentences
written for these tests, in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


# --- COOPERATE: flights, border trade, crossings resumed or opened between two states ----------


@pytest.mark.parametrize("text", [
    "2023年5月，中国与越南恢复了两国之间的直航航班。",
    "2023年5月，中國與越南恢復了兩國之間的直航航班。",
    "2023年5月，中国与越南之间的直航航班正式恢复。",
    "2023年5月，中国与越南重开陆路口岸，恢复边境贸易。",
    "2023年5月，中国与越南之间的客运班列复航。",
    "2023年5月，中國與越南開通兩國首條直航航線。",
    "2023年5月，中越两国重新开通直航航班。",
])
def test_a_link_resumed_between_two_states_is_cooperation(text) -> None:
    evs = events(text)
    ev = of_type(evs, "COOPERATE")[0]
    assert keys(ev.actors) == ["CHN", "VNM"] and ev.date == "2023-05" and ev.modality == "asserted", summary(evs)


@pytest.mark.parametrize("text", [
    "2023年5月，中国与越南两国关系逐步恢复。",
    "2023年5月，中国和越南的经济增长恢复。",
    "2023年5月，中国与越南恢复外交关系。",
    "2023年5月，中国与越南恢复外长对话。",
])
def test_other_things_resumed_are_no_link(text) -> None:
    assert not [e for e in events(text) if e.type == "COOPERATE"], summary(events(text))


def test_a_link_resumed_as_a_recommendation_is_proposed() -> None:
    evs = events("作者建议，中印两国尽早启动划界谈判，并恢复边境贸易。")
    ev = of_type(evs, "COOPERATE")[0]
    assert keys(ev.actors) == ["CHN", "IND"] and ev.modality == "proposed" and ev.date is None


# --- a 并-phrase after an agreement to act is agreed to as well ----------------------------------


@pytest.mark.parametrize("text", [
    "2025年1月，印度外长访华，双方同意当年秋季恢复边境贸易，并恢复两国直航。",
    "2025年1月，印度外長訪華，雙方同意當年秋季恢復邊境貿易，並恢復兩國直航。",
])
def test_the_act_coordinated_after_an_agreement_is_planned(text) -> None:
    evs = [e for e in events(text) if e.type == "COOPERATE"]
    assert len(evs) == 2 and all(e.modality == "planned" for e in evs), summary(evs)
    assert sorted(str(e.date) for e in evs) == ["2025", "None"]  # the flights take no date of the trade's


def test_an_act_done_after_an_agreement_stays_asserted() -> None:
    evs = events("2024年5月，美国与越南外长会谈，同意加强合作，并于6月举行了联合演习。")
    ev = of_type(evs, "COOPERATE")[0]
    assert ev.modality == "asserted" and ev.date == "2024-06"


@pytest.mark.parametrize("opener", ["作者建议", "研究者建议", "学者主张", "笔者建议"])
def test_a_sentence_opened_by_an_author_recommending_proposes(opener) -> None:
    ev = of_type(events(f"{opener}，日本与韩国尽快举行联合演习。"), "COOPERATE")[0]
    assert ev.modality == "proposed"


# --- AID: loans disbursed, credit extended, debts forgiven, a loan approved by the lender --------


@pytest.mark.parametrize("text, giver", [
    ("2021年6月，中国进出口银行向巴基斯坦发放20亿美元贷款。", "CHN"),
    ("2021年6月，中國進出口銀行向巴基斯坦發放20億美元貸款。", "CHN"),
    ("2021年6月，中国进出口银行向巴基斯坦授信20亿美元。", "CHN"),
    ("2021年6月，亚洲开发银行批准巴基斯坦的贷款安排。", "adb"),
    ("2021年6月，世界银行批准一笔对巴基斯坦的2亿美元赠款。", "world-bank"),
])
def test_a_loan_disbursed_credited_or_approved_is_aid(text, giver) -> None:
    evs = events(text)
    ev = of_type(evs, "AID")[0]
    assert keys(ev.actors) == [giver] and keys(ev.recipients) == ["PAK"] and ev.date == "2021-06", summary(evs)


@pytest.mark.parametrize("text", [
    "2020年9月，中国宣布减免15个非洲国家的到期债务。",
    "2020年9月，中國宣佈減免15個非洲國家的到期債務。",
])
def test_debts_forgiven_are_aid(text) -> None:
    ev = of_type(events(text), "AID")[0]
    assert keys(ev.actors) == ["CHN"] and ev.date == "2020-09"


@pytest.mark.parametrize("text", [
    "2020年9月，日本宣布减免对东盟国家的部分关税。",
    "2020年9月，越南政府向农户发放补贴。",
    "2020年9月，日本向越南公民发放签证。",
    "2024年4月，美国国会批准了对乌克兰的援助法案。",
])
def test_no_aid_in_tariffs_subsidies_visas_or_an_aid_bill(text) -> None:
    assert not [e for e in events(text) if e.type == "AID"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2022年2月，印度向斯里兰卡提供信贷额度，用于进口燃油。",
    "2022年2月，印度向斯里兰卡提供货币互换额度。",
])
def test_credit_and_swap_lines_given_are_aid(text) -> None:
    ev = of_type(events(text), "AID")[0]
    assert keys(ev.actors) == ["IND"] and keys(ev.recipients) == ["LKA"]


# --- 两军 "the two militaries": the last two states the paragraph named ---------------------------


@pytest.mark.parametrize("text", [
    "2020年6月，中印两国军队在边境发生冲突。同年夏季，两军在边境各自增派兵力。",
    "2020年6月，中印兩國軍隊在邊境發生衝突。同年夏季，兩軍在邊境各自增派兵力。",
    "2020年6月，中国与印度在边境发生冲突。同年夏季，双方军队在边境各自增派兵力。",
])
def test_the_two_militaries_are_the_pair_named_before(text) -> None:
    evs = of_type(events(text), "MOBILIZE")
    assert sorted(k for e in evs for k in keys(e.actors)) == ["CHN", "IND"], summary(evs)


def test_the_two_militaries_through_their_leaders() -> None:
    evs = events("2023年11月，拜登与习近平在旧金山会晤。2024年1月，两军在华盛顿举行防务政策协调会谈。")
    talks = [e for e in evs if e.type == "CONSULT" and e.date == "2024-01"]
    assert talks and keys(talks[0].actors) == ["CHN", "USA"], summary(evs)


# --- ESTABLISH: a body inaugurated by unveiling its nameplate ------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，中老联合培训中心在万象揭牌。",
    "2024年3月，中老聯合培訓中心在萬象揭牌。",
    "2024年3月，中老联合培训中心正式挂牌运行。",
    "2024年3月，中老联合培训中心在万象正式揭牌成立。",
])
def test_a_body_whose_nameplate_is_unveiled_is_founded(text) -> None:
    evs = events(text)
    ev = of_type(evs, "ESTABLISH")[0]
    assert keys(ev.actors) == ["CHN", "LAO"] and ev.date == "2024-03", summary(evs)


def test_no_founding_in_a_listing() -> None:
    evs = events("2024年3月，一家越南公司在河内挂牌上市。")
    assert not [e for e in evs if e.type == "ESTABLISH"], summary(evs)


# --- LEAVE: ceasing to take part --------------------------------------------------------------


@pytest.mark.parametrize("text, left", [
    ("2024年5月，菲律宾宣布不再参加“一带一路”合作。", "belt-and-road-initiative"),
    ("2024年5月，菲律賓宣佈不再參加「一帶一路」合作。", "belt-and-road-initiative"),
    ("2024年5月，菲律宾宣布中止参与联合国人权理事会。", "un-human-rights-council"),
])
def test_ceasing_to_take_part_is_leaving(text, left) -> None:
    evs = events(text)
    ev = of_type(evs, "LEAVE")[0]
    assert keys(ev.actors) == ["PHL"] and left in keys(ev.recipients) and ev.date == "2024-05", summary(evs)


def test_a_drill_no_longer_joined_is_a_cooperation_left() -> None:
    evs = events("2024年5月，日本宣布暂停参与明年的联合演习。")
    assert keys(of_type(evs, "LEAVE")[0].actors) == ["JPN"]
    assert not [e for e in evs if e.type == "COOPERATE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年5月，菲律宾总统宣布不再参加竞选。",
    "2024年5月，日本代表停止参与讨论。",
])
def test_ceasing_to_run_or_to_discuss_leaves_nothing(text) -> None:
    assert not [e for e in events(text) if e.type == "LEAVE"], summary(events(text))


# --- AGREE: a signing told of a document named before, or named by its two sides ---------------


@pytest.mark.parametrize("text", [
    "《中国—新加坡自由贸易协定》于2008年10月签署。",
    "2009年1月1日，《中国—新加坡自由贸易协定》正式生效。该协定于2008年10月签署。",
    "2009年1月1日，《中國—新加坡自由貿易協定》正式生效。該協定於2008年10月簽署。",
])
def test_a_document_named_by_its_two_sides_was_signed_by_them(text) -> None:
    evs = events(text)
    ev = of_type(evs, "AGREE")[0]
    assert keys(ev.actors) == ["CHN", "SGP"] and ev.date == "2008-10", summary(evs)


def test_a_document_of_a_body_referred_back_to_keeps_the_body() -> None:
    evs = events("2022年1月1日，《区域全面经济伙伴关系协定》正式生效。该协定于2020年11月签署。")
    ev = of_type(evs, "AGREE")[0]
    assert keys(ev.actors) == ["rcep"] and ev.date == "2020-11", summary(evs)


# --- COOPERATE: works built together, joint surveys -------------------------------------------


@pytest.mark.parametrize("text, parties", [
    ("2016年1月，中国与印尼合作建设雅万高铁。", ["CHN", "IDN"]),
    ("2016年1月，中國與印尼合作建設雅萬高鐵。", ["CHN", "IDN"]),
    ("2016年1月，中国与老挝共同建设跨境经济合作区。", ["CHN", "LAO"]),
    ("2016年1月，中国与越南开展北部湾联合科考。", ["CHN", "VNM"]),
    ("2016年1月，中國與越南在北部灣進行聯合勘探。", ["CHN", "VNM"]),
])
def test_works_built_and_surveys_made_together_are_cooperation(text, parties) -> None:
    evs = events(text)
    assert keys(of_type(evs, "COOPERATE")[0].actors) == parties, summary(evs)


@pytest.mark.parametrize("text", [
    "2016年1月，中国与印尼合作建设数字经济。",
    "2013年9月，中国领导人首次提出共同建设“丝绸之路经济带”。",
])
def test_building_a_field_or_an_initiative_is_no_work_built(text) -> None:
    assert not [e for e in events(text) if e.type == "COOPERATE"], summary(events(text))


# --- an official introduced with a title, later named alone -----------------------------------


def test_a_visit_by_an_official_named_again_alone() -> None:
    evs = events("2024年10月，印度外交秘书卡里姆宣布，两国已达成协议。\n\n2025年1月26日至27日，卡里姆访华。")
    visit = [e for e in evs if e.type == "CONSULT" and e.date == "2025-01-26"]
    assert visit and keys(visit[0].actors) == ["IND"] and keys(visit[0].recipients) == ["CHN"], summary(evs)


# --- AGREE: agreeing to resume, with words between 同意 and the verb -------------------------------


@pytest.mark.parametrize("text", [
    "2023年11月，中美元首会晤，同意尽快恢复两军高层沟通。",
    "2023年11月，中美元首會晤，同意儘快恢復兩軍高層溝通。",
    "2023年11月，中美元首会晤，双方同意于明年初重启气候变化对话。",
])
def test_agreeing_to_resume_is_an_agreement(text) -> None:
    evs = events(text)
    ev = of_type(evs, "AGREE")[0]
    assert keys(ev.actors) == ["CHN", "USA"] and ev.date == "2023-11" and ev.modality == "asserted", summary(evs)


def test_agreeing_to_strengthen_is_no_agreement() -> None:
    evs = events("2023年11月，中美元首会晤，双方同意加强合作。")
    assert not [e for e in evs if e.type == "AGREE"], summary(evs)


# --- a bare 我 as the partner of a relation act: the author's country ------------------------------


@pytest.mark.parametrize("text, date", [
    ("太平洋友邦吐瓦魯2024年3月宣布與我斷交，外交部對此深表遺憾，並譴責中共的金錢外交。", "2024-03"),
    ("吐瓦魯曾於2003年5月與我復交，中共對此強烈不滿，立法院則表示歡迎。", "2003-05"),
])
def test_a_bare_wo_in_text_written_from_taiwan_is_taiwan(text, date) -> None:
    evs = events(text)
    ev = of_type(evs, "ALIGN")[0]
    assert keys(ev.actors) == ["TUV", "TWN"] and ev.date == date, summary(evs)


def test_a_bare_wo_in_mainland_text_is_china() -> None:
    evs = events("2019年9月，所罗门群岛政府宣布与我建交。")
    ev = of_type(evs, "ALIGN")[0]
    assert keys(ev.actors) == ["CHN", "SLB"], summary(evs)


def test_wo_in_other_words_is_no_party() -> None:
    evs = events("2019年9月，所罗门群岛与我们的邻国建交。")
    assert not [e for e in evs if "CHN" in keys(e.actors)], summary(evs)


# --- JOIN: an instrument of ratification or accession deposited -----------------------------------


@pytest.mark.parametrize("text", [
    "2022年5月，缅甸交存《区域全面经济伙伴关系协定》核准书。",
    "2022年5月，缅甸向东盟秘书长交存《区域全面经济伙伴关系协定》批准书。",
    "2022年5月，緬甸向東協秘書長交存《區域全面經濟夥伴關係協定》批准書。",
])
def test_an_instrument_deposited_joins_the_agreement_not_the_depositary(text) -> None:
    evs = events(text)
    ev = of_type(evs, "JOIN")[0]
    assert keys(ev.actors) == ["MMR"] and keys(ev.recipients) == ["rcep"] and ev.date == "2022-05", summary(evs)


# --- JOIN: an invited state confirming its membership, or not yet -------------------------------


def test_membership_not_yet_confirmed_is_a_negated_join_of_the_body_before() -> None:
    evs = events("2023年8月，金砖国家决定邀请六国加入。沙特阿拉伯至今未正式确认成员身份。")
    neg = [e for e in evs if e.type == "JOIN" and e.modality == "negated"]
    assert neg and keys(neg[0].actors) == ["SAU"] and keys(neg[0].recipients) == ["brics"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年1月，伊朗正式确认加入金砖国家。",
    "2024年1月，伊朗正式確認加入金磚國家。",
])
def test_a_membership_confirmed_is_a_join(text) -> None:
    ev = of_type(events(text), "JOIN")[0]
    assert keys(ev.actors) == ["IRN"] and keys(ev.recipients) == ["brics"] and ev.modality == "asserted"


def test_results_confirmed_are_no_join() -> None:
    evs = events("2024年1月，中国和伊朗确认了会谈成果。")
    assert not [e for e in evs if e.type == "JOIN"], summary(evs)


# --- a programme named …计划 in a list's first item frames no plan -----------------------------


@pytest.mark.parametrize("text", [
    "日本与英国于2022年12月宣布共同研制新型战机，即“全球空战计划”；2023年12月，两国在东京签署公约，成立“联合研制组织”。",
    "日本與英國於2022年12月宣佈共同研製新型戰機，即「全球空戰計畫」；2023年12月，兩國在東京簽署公約，成立「聯合研製組織」。",
])
def test_a_named_programme_is_no_plan_frame_for_the_items_after(text) -> None:
    evs = events(text)
    ev = of_type(evs, "ESTABLISH")[0]
    assert ev.modality == "asserted" and ev.date == "2023-12", summary(evs)


# --- talks launched with 宣布启动/正式启动 are talks, as with 启动 ----------------------------------


@pytest.mark.parametrize("text", [
    "2025年7月，印度与马尔代夫宣布启动自由贸易协定谈判。",
    "2025年7月，印度與馬爾地夫宣佈啟動《自由貿易協定》談判。",
    "2025年7月，印度与马尔代夫正式启动自贸协定谈判。",
])
def test_talks_launched_with_an_announcement_are_talks(text) -> None:
    evs = events(text)
    ev = of_type(evs, "CONSULT")[0]
    assert keys(ev.actors) == ["IND", "MDV"] and ev.date == "2025-07", summary(evs)


def test_a_dialogue_launched_with_an_announcement_stays_a_founding() -> None:
    evs = events("2022年10月，美国与英国宣布启动技术和数据全面对话。")
    assert keys(of_type(evs, "ESTABLISH")[0].actors) == ["GBR", "USA"]
    assert not [e for e in evs if e.type == "CONSULT"], summary(evs)


# --- AGREE: a document told as adopted in the passive --------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年9月，东盟峰会在雅加达举行，《东盟海洋合作宣言》获得通过。",
    "2023年9月，東協峰會在雅加達舉行，《東協海洋合作宣言》獲得通過。",
])
def test_a_declaration_adopted_in_the_passive_is_the_meetings_agreement(text) -> None:
    evs = events(text)
    ev = of_type(evs, "AGREE")[0]
    assert keys(ev.actors) == ["asean"] and ev.date == "2023-09", summary(evs)


# --- POLICY: a zone set up by decree, a strategy approved by a government ---------------------


@pytest.mark.parametrize("text, etype", [
    ("2013年11月，中国宣布设立东海防空识别区。", "POLICY"),
    ("2013年11月，中國宣佈設立東海防空識別區。", "POLICY"),
    ("2013年11月，中国宣布设立新的海军基地。", "MOBILIZE"),  # (宣布设立 keeps the base condition of 设立)
])
def test_a_zone_set_up_is_policy_a_base_a_deployment(text, etype) -> None:
    evs = events(text)
    assert [e.type for e in evs] == [etype] and keys(evs[0].actors) == ["CHN"], summary(evs)


def test_an_announced_founding_inherits_no_unconditioned_type() -> None:
    evs = events("2013年11月，中国宣布设立一个研究中心。")
    assert not [e for e in evs if e.type == "MOBILIZE"], summary(evs)


@pytest.mark.parametrize("text, etype, parties", [
    ("2022年12月，日本内阁会议批准了新的国家安全战略。", "POLICY", ["JPN"]),
    ("2022年12月，日本內閣會議批准了新版《國家安全保障戰略》等三份文件。", "POLICY", ["JPN"]),
    ("2022年12月，美国参议院批准了该条约。", "JOIN", ["USA"]),
])
def test_a_strategy_approved_is_policy_a_treaty_ratified(text, etype, parties) -> None:
    evs = events(text)
    ev = of_type(evs, etype)[0]
    assert keys(ev.actors) == parties and ev.date == "2022-12", summary(evs)
