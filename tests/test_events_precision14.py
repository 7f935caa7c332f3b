"""False alarms of the prec14 round: events the gold has not at all. A trigger word read inside
another word or sense (违反制裁 holds 反制裁; 移交 a role or a power, not goods), a stance towards
every case of a class (不加入任何军事集团). Sentences written for these tests, in simplified and
traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- violating sanctions is no sanction ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，一架澳洲军机在东海执行监视朝鲜违反制裁行为的任务。",
    "該船被指違反制裁，向朝鮮運送石油。",
    "联合国专家小组的报告列举了多起违反制裁的海上转运。",
    "朝鲜多次违背制裁决议试射导弹，安理会未能达成一致。",
])
def test_violating_sanctions_is_no_sanction(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，中方宣布对美国军工企业实施反制裁。",
    "2023年7月，欧盟宣布对俄罗斯实施新一轮制裁。",
])
def test_sanctions_and_counter_sanctions_stay(text) -> None:
    of_type(events(text), "SANCTION")


# --- a role, a power or people handed over is no aid ----------------------------------------------


@pytest.mark.parametrize("text", [
    "峰会闭幕后，印尼将二十国集团轮值主席国职责移交印度。",
    "2023年9月，印度总理莫迪将G20主席国职务移交给巴西。",
    "2024年1月，東盟輪值主席國由印尼移交老撾。",
    "美韩同意在条件成熟后将战时作战指挥权移交韩国。",
    "1997年7月1日，英国将香港主权移交中国。",
    "泰国警方将两名嫌犯移交柬埔寨。",
])
def test_a_role_or_power_handed_over_is_no_aid(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "AID"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，美国向乌克兰移交了一批M1坦克。",
    "2023年11月，日本向菲律宾移交首部防空雷达。",
    "澳洲海軍去年向巴紐移交兩艘巡邏艇。",
])
def test_goods_handed_over_stay_aid(text) -> None:
    of_type(events(text), "AID")


# --- a stance towards any party of a class is no act -----------------------------------------------


@pytest.mark.parametrize("text", [
    "印尼奉行独立积极的外交路线，不加入任何军事集团。",
    "马来西亚总理表示，该国不会加入任何大国阵营。",
    "越南從不參與任何軍事聯盟。",
    "菲律宾总统称，绝不会签署任何损害主权的协议。",
    "该国宪法规定，不得与任一外国结成军事同盟。",
])
def test_a_stance_on_any_party_of_a_class_is_no_event(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text, etype", [
    ("日本首相表示，日本没有计划加入北约。", "JOIN"),
    ("2023年，印尼拒绝加入金砖国家。", "JOIN"),
    # (an objection to any such attempt is the gold sets' ACCUSE with no target named)
    ("2023年3月，美日韩三国外长坚决反对任何以武力单方面改变现状的企图。", "ACCUSE"),
])
def test_a_named_party_or_an_objection_stays(text, etype) -> None:
    of_type(events(text), etype)


# --- a measure told as the means or bait of another end is no act ---------------------------------


@pytest.mark.parametrize("text", [
    "台湾官员指出，中國以經濟援助為誘餌，意在打壓我國的國際空間。",
    "北京以投资和援助为筹码拉拢南太岛国。",
    "台湾外交部批评中国利用经济援助作为拉拢手段。",
    "美国惯于把制裁当作外交工具。",
    "该国以人道援助为名向叛军运送武器。",
])
def test_a_measure_as_a_means_is_no_act(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("AID", "SANCTION")], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，美国向乌克兰提供了20亿美元援助。",
    "2022年，中国以贷款形式向斯里兰卡提供了10亿美元援助。",
])
def test_aid_given_in_a_form_stays(text) -> None:
    of_type(events(text), "AID")


# --- a happening told again on its day, after another of the same parties told in between ----------


@pytest.mark.parametrize("text", [
    "2025年10月26日，东盟峰会接纳东帝汶为第十一个成员国。东帝汶于2011年3月申请加入东盟。"
    "2025年10月26日，中国外交部表示欢迎东帝汶成为东盟正式成员。",
    "2024年3月5日，芬兰正式加入北约。芬兰曾在2022年5月申请加入北约。2024年3月5日，美方欢迎芬兰加入北约。",
    "2023年7月4日，伊朗正式成为上合组织成员国。伊朗于2022年9月签署了加入上合组织的备忘录。"
    "2023年7月4日，伊朗加入上合组织一事受到关注。",
])
def test_the_same_happening_on_its_day_is_one_event(text) -> None:
    joins = of_type(events(text), "JOIN")
    dated = [e for e in joins if e.date and len(e.date) == 10]
    assert len(dated) == 1 and len(dated[0].evidence) == 2, summary(joins)


def test_two_months_of_one_pair_stay_two() -> None:
    # (only the same day folds: meetings of the same pair in months told apart stay apart)
    evs = events("2023年3月，中日举行会谈。2022年11月，两国也曾举行会谈。2023年5月，中日再次举行会谈。")
    assert len([e for e in evs if e.type == "CONSULT"]) == 3, summary(evs)


# --- a possessed measure as the topic of a comment, set off by a comma or a modal ------------------


@pytest.mark.parametrize("text", [
    "可以預見，澳方在AUKUS框架下的軍事部署，仍會是雙方難以迴避的議題。",
    "分析指出，美国在菲律宾的军事部署仍将是中菲关系的敏感议题。",
    "日本在西南诸岛的导弹部署，已成为中日摩擦的焦点之一。",
    "美军在韩国的前沿部署，势必会成为朝鲜反弹的理由。",
])
def test_a_possessed_deployment_commented_on_is_no_act(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "MOBILIZE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年4月，美国在菲律宾新增四处军事基地，成为两国关系的焦点。",
    "2024年4月，美国陆军在菲律宾北部部署中程导弹系统，引发中方强烈不满。",
])
def test_a_dated_deployment_with_a_comment_stays(text) -> None:
    of_type(events(text), "MOBILIZE")


# --- an act named by its bare verb as what takes effect resumes the act told before ---------------


@pytest.mark.parametrize("text, etype", [
    ("2019年11月4日，美国宣布正式启动退出《巴黎协定》的程序，退出于一年后生效。", "LEAVE"),
    ("2020年1月，英國正式宣佈退出歐盟，退出於當日生效。", "LEAVE"),
    ("2024年5月，欧盟宣布对俄罗斯三家企业实施制裁，制裁自即日起生效。", "SANCTION"),
    ("2024年3月，印尼宣布加入《禁止核武器条约》，加入将于次年1月生效。", "JOIN"),
])
def test_an_act_taking_effect_is_the_act_told(text, etype) -> None:
    assert len(of_type(events(text), etype)) == 1


def test_a_second_body_left_stays_a_second_act() -> None:
    evs = events("2018年5月，美国宣布退出伊核协议，退出联合国人权理事会。")
    assert len(of_type(evs, "LEAVE")) == 2, summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，菲律宾否认曾与中国签署任何秘密协议。",
    "2024年，越南否認曾加入任何針對第三方的同盟。",
])
def test_a_denial_of_any_such_act_stays_negated(text) -> None:
    evs = events(text)
    assert [e for e in evs if e.modality == "negated"], summary(evs)


# --- habits: what usually or whenever happens ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "每当美国对台军售，中国都会宣布制裁相关美国企业。",
    "每逢美日举行联合军演，朝鲜就会试射导弹。",
    "中国通常在美国高官访台后举行军演。",
    "美日兩國往往在峰會前舉行外長會談。",
    "东盟总是在年度峰会期间与对话伙伴举行会议。",
])
def test_a_habit_is_no_event(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_a_dated_act_after_a_habit_stays() -> None:
    evs = events("2024年4月，美菲举行“肩并肩”联合军演，这是两国每年都举行的例行演习。")
    assert len(of_type(evs, "COOPERATE")) == 1, summary(evs)


# --- the other conditional conjunctions make a hypothetical ----------------------------------------


@pytest.mark.parametrize("text", [
    "要是日本加入AUKUS，地区局势将更加复杂。",
    "倘使美国退出北约，欧洲安全将面临挑战。",
    "假使菲律宾允许美军进驻更多基地，中菲关系将恶化。",
    "若是美國對台軍售，中方必將反制。",
])
def test_a_condition_is_hypothetical(text) -> None:
    evs = events(text)
    assert evs and all(e.modality == "hypothetical" for e in evs[:1]), summary(evs)
