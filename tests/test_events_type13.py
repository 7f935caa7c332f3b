"""Events of one type missed beside events of other types (the type13 round): arms exported, missions
opened, and the other patterns where a second happening of the sentence, or the right type for its
trigger, was lost. Every sentence was written for these tests, in simplified and traditional script,
and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


@pytest.mark.parametrize("text, giver, receiver", [
    ("2024年4月，印度向菲律宾出口一批岸基反舰导弹。", "IND", "PHL"),
    ("2024年4月，印度向菲律賓出口一批岸基反艦飛彈。", "IND", "PHL"),
    ("2022年8月，韩国向波兰出口数百辆坦克和自行火炮。", "KOR", "POL"),
    ("2023年，俄罗斯向朝鲜输出防空导弹和雷达。", "RUS", "PRK"),
])
def test_arms_exported_to_a_state_are_a_transfer(text: str, giver: str, receiver: str) -> None:
    got = of_type(events(text), "AID")
    assert any(keys(e.actors) == [giver] and keys(e.recipients) == [receiver] and e.modality == "asserted" for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年12月，日本内阁决定向美国出口一批地对空导弹。",
    "2023年12月，日本內閣決定向美國出口一批地對空飛彈。",
    "2023年12月，日本修改装备转移规则，允许向美国出口所需弹药。",
])
def test_an_arms_export_decided_or_allowed_is_planned(text: str) -> None:
    got = of_type(events(text), "AID")
    assert any(keys(e.recipients) == ["USA"] and e.modality == "planned" and e.date is None for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2024年，欧盟禁止向俄罗斯出口武器和弹药。",
    "2024年，歐盟禁止向俄羅斯出口武器和彈藥。",
    "2024年5月，美国暂停向以色列出口重型炸弹和导弹。",
    "2024年3月，日本决定允许向第三国出口新一代战斗机。",
    "2023年，日本对韩国三种半导体材料实施出口管制。",
    "2023年，韩国武器出口额达到140亿美元。",
])
def test_a_ban_on_exports_exports_to_no_one_or_export_controls_are_no_transfer(text: str) -> None:
    assert not [e for e in events(text) if e.type == "AID"], summary(events(text))


@pytest.mark.parametrize("text, opener, host, date", [
    ("2023年2月，美国在所罗门群岛重开大使馆。", "USA", "SLB", "2023-02"),
    ("2023年2月，美國在索羅門群島重開大使館。", "USA", "SLB", "2023-02"),
    ("2024年5月，澳大利亚在瓦努阿图新设一座领事馆。", "AUS", "VUT", "2024-05"),
    ("2023年2月，美国驻所罗门群岛大使馆在闭馆近30年后重新开馆。", "USA", "SLB", "2023-02"),
    ("2023年2月，美國駐索羅門群島大使館在閉館近30年後重新開館。", "USA", "SLB", "2023-02"),
    ("2019年，中国驻基里巴斯大使馆正式复馆。", "CHN", "KIR", "2019"),
    ("2021年11月，台湾在立陶宛设立代表处。", "TWN", "LTU", "2021-11"),
])
def test_a_mission_opened_is_founded_with_its_host_as_recipient(text: str, opener: str, host: str, date: str) -> None:
    got = of_type(events(text), "ESTABLISH")
    assert [(keys(e.actors), keys(e.recipients), e.date) for e in got] == [([opener], [host], date)], summary(got)


@pytest.mark.parametrize("text", [
    "美国先后在所罗门群岛（2023年2月）和汤加（2023年5月）重开或新设大使馆。",
    "美國先後在索羅門群島（2023年2月）和湯加（2023年5月）重開或新設大使館。",
])
def test_missions_opened_one_after_another_are_one_founding_each(text: str) -> None:
    got = of_type(events(text), "ESTABLISH")
    assert sorted((keys(e.recipients)[0], e.date, e.modality) for e in got) == [
        ("SLB", "2023-02", "asserted"), ("TON", "2023-05", "asserted")], summary(got)


@pytest.mark.parametrize("text", [
    "2024年3月，中国驻菲律宾大使馆发表声明，回应菲方指责。",
    "2024年3月，美國駐日本大使館發言人表示，美方支持日本。",
])
def test_a_mission_that_speaks_is_founded_by_no_one(text: str) -> None:
    assert not [e for e in events(text) if e.type == "ESTABLISH"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2000年，印尼与中国在断交二十多年后恢复外交关系。",
    "1990年，中國與印尼在斷交逾20年後恢復外交關係。",
    "1990年，中国与印尼时隔23年后复交。",
])
def test_a_count_after_the_act_that_opened_a_gap_is_no_date(text: str) -> None:
    got = [e for e in of_type(events(text), "ALIGN") if "交" in e.trigger[-2:] or "關係" in e.trigger or "关系" in e.trigger]
    restored = [e for e in got if not e.trigger.endswith(("断交", "斷交"))]
    opened = [e for e in got if e.trigger.endswith(("断交", "斷交"))]
    # the act of the sentence keeps the sentence's year; the act that opened the gap came long before (lead11)
    assert restored and all(e.date == text[:4] for e in restored), summary(got)
    assert all(e.date is None for e in opened), summary(got)


@pytest.mark.parametrize("text, pair, date", [
    ("2023年12月，马尔代夫决定不再续签2019年6月与印度签署的水文测量合作协议。", ["IND", "MDV"], "2019-06"),
    ("2023年12月，馬爾代夫決定不再續簽2019年6月與印度簽署的水文測量合作協議。", ["IND", "MDV"], "2019-06"),
    ("2019年，美国宣布退出1987年同苏联缔结的《中导条约》。", ["SUN", "USA"], "1987"),
    ("2025年4月，印度宣布暂停执行与巴基斯坦于1960年签订的《印度河水条约》。", ["IND", "PAK"], "1960"),
])
def test_a_dated_signing_in_a_relative_clause_is_the_subjects_with_the_partner(text: str, pair: list, date: str) -> None:
    got = of_type(events(text), "AGREE")
    assert [(keys(e.actors), e.date) for e in got] == [(pair, date)], summary(got)


@pytest.mark.parametrize("text", [
    "中国是最早与东帝汶建交的国家。",
    "2025年4月，印度宣布暂停执行与巴基斯坦签订的《印度河水条约》。",
])
def test_an_undated_relative_clause_only_describes(text: str) -> None:
    assert not [e for e in events(text) if e.type in ("AGREE", "ALIGN")], summary(events(text))


@pytest.mark.parametrize("text, debtor", [
    ("2022年4月，斯里兰卡宣布暂停偿还全部外债。", "LKA"),
    ("2022年4月，斯里蘭卡宣布暫停償還外債。", "LKA"),
    ("2020年5月，阿根廷政府宣布停止偿付部分国债利息。", "ARG"),
    ("2023年6月，加纳宣布中止偿付大部分双边债务。", "GHA"),
])
def test_a_state_suspending_its_debt_payments_makes_policy(text: str, debtor: str) -> None:
    got = of_type(events(text), "POLICY")
    assert [keys(e.actors) for e in got] == [[debtor]], summary(got)


@pytest.mark.parametrize("text, recipients", [
    ("2021年，中国宣布给予老挝98%税目产品零关税待遇。", ["LAO"]),
    ("2021年，中國宣布給予寮國98%稅目產品零關稅待遇。", ["LAO"]),
    ("2024年12月1日起，中国对老挝实施零关税。", ["LAO"]),
    ("2024年9月，中国决定给予所有最不发达国家100%税目产品零关税待遇。", []),
    ("2024年，中国决定给予包括20多个亚洲国家在内的所有同中国有外交关系的最不发达国家全部税目产品零关税待遇。", []),
])
def test_tariff_preferences_granted_are_a_policy_towards_the_states_named(text: str, recipients: list) -> None:
    got = of_type(events(text), "POLICY")
    assert [(keys(e.actors), keys(e.recipients)) for e in got] == [(["CHN"], recipients)], summary(got)


@pytest.mark.parametrize("text", [
    "鼓励企业向这些国家有序转移产能，同时落实“三零”（零关税、零壁垒、零补贴）安排。",
    "2024年，中国给予老挝高度评价。",
    "2024年，中国对俄罗斯实施出口管制的说法不实。",
])
def test_an_arrangement_named_or_other_grants_are_no_preference(text: str) -> None:
    assert not [e for e in events(text) if e.type == "POLICY"], summary(events(text))


@pytest.mark.parametrize("text, body", [
    ("2019年11月4日，第三次RCEP领导人会议在曼谷举行。", "rcep"),
    ("2019年11月4日，第三次區域全面經濟夥伴關係協定領導人會議在曼谷舉行。", "rcep"),
    ("2024年11月，《全面与进步跨太平洋伙伴关系协定》部长级会议在温哥华举行。", "cptpp"),
])
def test_a_session_of_an_agreements_parties_is_a_meeting_of_the_agreement(text: str, body: str) -> None:
    got = of_type(events(text), "CONSULT")
    assert [keys(e.actors) for e in got] == [[body]], summary(got)


@pytest.mark.parametrize("text", [
    "2019年11月4日，第三次RCEP领导人会议在曼谷举行，15个成员国结束全部文本谈判。",
    "2019年11月4日，第三次RCEP領導人會議在曼谷舉行，15個成員國結束全部文本談判。",
    "2019年11月4日，第三次RCEP领导人会议在曼谷举行，全体成员国完成市场准入谈判。",
])
def test_what_the_members_of_a_sessions_agreement_conclude_is_its_agreement(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert [(keys(e.actors), e.date) for e in got] == [(["rcep"], "2019-11-04")], summary(got)


@pytest.mark.parametrize("text", [
    "2024年3月，日本与菲律宾就《互惠准入协定》举行磋商。",
    "2024年3月，两国外长讨论了RCEP的实施问题。",
])
def test_an_agreement_discussed_is_no_party_of_the_talks(text: str) -> None:
    assert all(keys(e.actors) != ["rcep"] and "raa" not in keys(e.actors) for e in events(text)), summary(events(text))


@pytest.mark.parametrize("text", [
    "2022年6月，美国与澳大利亚宣布成立“蓝色太平洋伙伴”，其后德国、加拿大相继加入。",
    "2022年6月，美國與澳洲宣布成立「藍色太平洋夥伴」，其後德國、加拿大相繼加入。",
    "2022年6月，美国与澳大利亚宣布成立“蓝色太平洋伙伴”，此后德国和加拿大先后加入。",
])
def test_memberships_taken_up_in_turn_later_are_undated(text: str) -> None:
    got = of_type(events(text), "JOIN")
    assert sorted(k for e in got for k in keys(e.actors)) == ["CAN", "DEU"] and all(e.date is None for e in got), summary(got)


def test_a_membership_taken_up_at_once_keeps_the_date() -> None:
    got = of_type(events("2022年6月，美国与澳大利亚宣布成立“蓝色太平洋伙伴”，德国随即加入。"), "JOIN")
    assert [e.date for e in got] == ["2022-06"], summary(got)


@pytest.mark.parametrize("text, pair", [
    ("2025年10月29日，韩美双方敲定3500亿美元对美投资的细节。", ["KOR", "USA"]),
    ("2025年10月29日，韓美雙方敲定3500億美元對美投資的細節。", ["KOR", "USA"]),
    ("2025年7月，美国与日本敲定关税协议的最终条款。", ["JPN", "USA"]),
    ("2024年10月，中国与东盟敲定自贸区升级方案。", ["CHN", "asean"]),
])
def test_terms_finalised_by_two_parties_are_their_agreement(text: str, pair: list) -> None:
    got = of_type(events(text), "AGREE")
    assert [keys(e.actors) for e in got] == [pair], summary(got)


def test_what_a_deal_settles_is_told_in_its_own_right() -> None:
    got = of_type(events("2025年10月29日，韩美双方敲定3500亿美元对美投资的细节。"), "AID")
    assert [(keys(e.actors), keys(e.recipients)) for e in got] == [(["KOR"], ["USA"])], summary(got)


@pytest.mark.parametrize("text", [
    "2025年，美方尚未敲定对华政策的细节。",
    "会议日期尚待敲定。",
])
def test_terms_finalised_by_one_party_are_no_agreement(text: str) -> None:
    assert not [e for e in events(text) if e.type == "AGREE"], summary(events(text))


@pytest.mark.parametrize("text, etype, parties", [
    ("2024年7月，日本首次参与美菲在南海的联合军演。", "COOPERATE", ["JPN", "PHL", "USA"]),
    ("2024年7月，日本首次參與美菲在南海的聯合軍演。", "COOPERATE", ["JPN", "PHL", "USA"]),
    ("2023年3月，韩国参与七国集团峰会。", "CONSULT", ["KOR", "g7"]),
])
def test_taking_part_in_talks_or_drills_is_the_talks_or_drills(text: str, etype: str, parties: list) -> None:
    got = of_type(events(text), etype)
    assert [keys(e.actors) for e in got] == [parties], summary(got)


@pytest.mark.parametrize("text", [
    "泰国、柬埔寨等国对参与“印太经济框架”仍持观望态度。",
    "中国积极参与亚太地区的安全合作与对话。",
])
def test_taking_part_in_a_framework_or_an_area_is_no_happening(text: str) -> None:
    assert not [e for e in events(text) if e.type in ("AGREE", "CONSULT", "COOPERATE")], summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年10月，美方决定无限期豁免三星电子和SK海力士在华工厂的设备进口许可要求。",
    "2023年10月，美方決定無限期豁免三星電子和SK海力士在華工廠的設備進口許可要求。",
    "2023年10月，美国豁免韩国企业的出口许可证要求。",
])
def test_a_licence_requirement_waived_is_a_policy_towards_the_holders_state(text: str) -> None:
    got = of_type(events(text), "POLICY")
    assert [(keys(e.actors), sorted(set(p.country for p in e.recipients))) for e in got] == [(["USA"], ["KOR"])], summary(got)


@pytest.mark.parametrize("text", [
    "2018年4月27日，韩国与朝鲜领导人会晤，双方商定在开城设立共同联络办公室。",
    "2018年4月27日，韓國與朝鮮領導人會晤，雙方商定在開城設立共同聯絡辦公室。",
    "2023年1月，北约与日本商定在东京设立联络处。",
])
def test_a_liaison_office_agreed_is_a_planned_founding(text: str) -> None:
    got = of_type(events(text), "ESTABLISH")
    assert len(got) == 1 and got[0].modality == "planned", summary(got)


@pytest.mark.parametrize("text, speaker", [
    ("2021年9月，中国国家主席在第76届联合国大会一般性辩论中提出一项新倡议。", "CHN"),
    ("2021年9月，中國國家主席在第76屆聯合國大會一般性辯論中提出一項新倡議。", "CHN"),
    ("2023年9月，印尼总统在联合国大会一般性辩论上发表讲话。", "IDN"),
])
def test_speaking_at_the_general_debate_attends_the_assembly(text: str, speaker: str) -> None:
    got = of_type(events(text), "CONSULT")
    assert [keys(e.actors) for e in got] == [sorted([speaker, "un-general-assembly"])], summary(got)


@pytest.mark.parametrize("text, state", [
    ("2025年9月，中国宣布在世界贸易组织谈判中不再寻求新的特殊和差别待遇。", "CHN"),
    ("2019年10月，韩国宣布在世贸组织谈判中放弃发展中国家地位。", "KOR"),
    ("2019年10月，韓國宣布在世貿組織談判中放棄發展中國家地位。", "KOR"),
])
def test_a_trade_status_given_up_is_the_states_own_policy(text: str, state: str) -> None:
    got = of_type(events(text), "POLICY")
    assert [(keys(e.actors), keys(e.recipients)) for e in got] == [([state], [])], summary(got)
    assert not [e for e in events(text) if e.type == "AGREE"], summary(events(text))


def test_giving_up_a_claim_is_no_trade_policy() -> None:
    assert not [e for e in events("2024年，日本放弃了在该海域的主张。") if e.type == "POLICY"]


@pytest.mark.parametrize("text, modality", [
    ("2022年11月，中国国家主席在二十国集团峰会上宣布，中国将向非洲提供援助。", "asserted"),
    ("2022年11月，中國國家主席在二十國集團峰會上表示，中國將向非洲提供援助。", "asserted"),
    ("2022年11月，中国国家主席将在二十国集团峰会上宣布，中国将向非洲提供援助。", "planned"),
])
def test_a_gathering_where_a_party_spoke_happened_whatever_the_speech_plans(text: str, modality: str) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if "g20" in keys(e.actors)]
    assert [e.modality for e in got] == [modality], summary(got)


@pytest.mark.parametrize("text, joiner, body", [
    ("2021年9月，上合组织峰会决定给予埃及对话伙伴地位。", "EGY", "sco"),
    ("2021年9月，上合組織峰會決定給予埃及對話夥伴地位。", "EGY", "sco"),
    ("2023年7月，上海合作组织授予伊朗成员国地位。", "IRN", "sco"),
])
def test_a_status_granted_by_a_body_is_the_grantees_membership(text: str, joiner: str, body: str) -> None:
    got = of_type(events(text), "JOIN")
    assert [(keys(e.actors), keys(e.recipients)) for e in got] == [([joiner], [body])], summary(got)


@pytest.mark.parametrize("text, state", [
    ("2017年11月，美国政府提出“自由开放的印太战略”。", "USA"),
    ("2017年，韩国政府提出“新南方政策”。", "KOR"),
    ("2017年，韓國政府提出「新南方政策」。", "KOR"),
])
def test_a_strategy_or_policy_a_state_puts_forward_is_its_policy(text: str, state: str) -> None:
    evs = events(text)
    assert [keys(e.actors) for e in of_type(evs, "POLICY")] == [[state]], summary(evs)
    assert not [e for e in evs if e.type == "ESTABLISH"], summary(evs)


@pytest.mark.parametrize("text", [
    "2013年，中国提出“一带一路”倡议。",
    "2022年，美国提出“芯片四方联盟”构想。",
])
def test_an_initiative_or_a_grouping_put_forward_is_still_founded(text: str) -> None:
    assert of_type(events(text), "ESTABLISH")


def test_missions_opened_in_a_clause_after_a_partner_are_the_subjects() -> None:
    text = "美国于2022年9月主办首届峰会，次年9月又宣布与库克群岛建交，并先后在所罗门群岛（2023年2月）和汤加（2023年5月）重开使馆。"
    got = of_type(events(text), "ESTABLISH")
    assert sorted((keys(e.actors)[0], keys(e.recipients)[0]) for e in got) == [("USA", "SLB"), ("USA", "TON")], summary(got)


@pytest.mark.parametrize("text, planned", [
    ("2024年5月，日本与菲律宾签署关于举行联合演习的备忘录。", "COOPERATE"),
    ("2024年5月，日本與菲律賓簽署關於舉行聯合演習的備忘錄。", "COOPERATE"),
    ("2025年4月5日，印度与斯里兰卡签署关于合作建设港口的协议。", "COOPERATE"),
])
def test_a_document_about_an_act_is_signed_and_the_act_is_planned(text: str, planned: str) -> None:
    evs = events(text)
    assert [e.modality for e in of_type(evs, "AGREE")] == ["asserted"], summary(evs)
    assert [(e.modality, e.date) for e in of_type(evs, planned)] == [("planned", None)], summary(evs)


@pytest.mark.parametrize("text, parties", [
    ("2025年4月5日，印度与斯里兰卡、阿联酋签署关于建设港口能源枢纽的三边备忘录。", ["ARE", "IND", "LKA"]),
    ("2025年4月5日，印度與斯里蘭卡、阿聯酋簽署關於建設港口能源樞紐的三邊備忘錄。", ["ARE", "IND", "LKA"]),
    ("2024年6月，老挝与泰国签署关于兴建跨境大桥的协议。", ["LAO", "THA"]),
])
def test_works_a_signed_document_is_about_are_planned_cooperation(text: str, parties: list) -> None:
    got = of_type(events(text), "COOPERATE")
    assert [(keys(e.actors), e.modality, e.date) for e in got] == [(parties, "planned", None)], summary(got)


@pytest.mark.parametrize("text", [
    "2025年4月5日，印度发布关于建设国内铁路的规划。",
    "中方表示，关于建设港口的问题，双方仍在讨论。",
])
def test_works_one_party_plans_or_a_topic_are_no_cooperation(text: str) -> None:
    assert not [e for e in events(text) if e.type == "COOPERATE"], summary(events(text))
