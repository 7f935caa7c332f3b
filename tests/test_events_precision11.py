"""False alarms of the prec11 round (retired 7, 6 and 3): acts done by or with a class of states
(外国, 第三方, 任何国家), trends of unnamed plurals, the pledge not to threaten force, weapons named by
what they do, and a first-of-its-kind description. Sentences written for these tests, in simplified
and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary


def _of(evs, etype):
    return [e for e in evs if e.type == etype]

# --- a generic doer or partner: a rule or principle, no happening ----------------------------------


@pytest.mark.parametrize("text", [
    "泰国总理表示，泰国法律不允许外国在其领土上设立军事基地。",
    "泰國總理表示，泰國法律不允許外國在其領土上設立軍事基地。",
    "2023年6月，蒙古国重申任何国家都不得在其境内部署军队。",
    "2023年6月，印尼宣布自明年1月起禁止外国军舰停靠该港，为期半年。",
    "2023年6月，印尼宣布自明年1月起禁止外國軍艦停靠該港，為期半年。",
])
def test_generic_doer_is_no_mobilize(text) -> None:
    evs = events(text)
    assert not _of(evs, "MOBILIZE"), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，斐济与新西兰签署条约，斐济承诺与第三方签订防务协议前须先与新方磋商。",
    "2024年3月，斐濟與紐西蘭簽署條約，斐濟承諾與第三方簽訂防務協議前須先與紐方磋商。",
    "该国奉行独立外交，不同他国结成军事同盟，也不与一国联手反对另一国。",
])
def test_generic_partner_is_no_act(text) -> None:
    evs = events(text)
    assert len([e for e in evs if e.type in ("AGREE", "ACCUSE", "ALIGN")]) <= 1, summary(evs)
    assert not [e for e in evs if e.type == "ACCUSE"], summary(evs)
    assert not [e for e in evs if e.type == "AGREE" and e.modality != "asserted"], summary(evs)


@pytest.mark.parametrize("text", [
    "自中国2013年提出该倡议以来，西方国家陆续推出各自的替代方案。",
    "冷战结束后，各国纷纷受到区域合作的吸引，先后建立起多种对话机制。",
    "冷戰結束後，各國紛紛受到區域合作的吸引，先後建立起多種對話機制。",
])
def test_trend_of_unnamed_plurals_is_no_act(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("POLICY", "ESTABLISH") and e.trigger in ("推出", "建立")], summary(evs)


@pytest.mark.parametrize("text", [
    "同月，俄方宣布将在白俄罗斯部署战术核武器，西方国家对此普遍批评，中方则呼吁各方保持克制。",
    "同月，俄方宣布將在白俄羅斯部署戰術核武器，西方國家對此普遍批評，中方則呼籲各方保持克制。",
])
def test_reaction_of_unnamed_plurals_is_no_accuse(text) -> None:
    evs = events(text)
    assert not _of(evs, "ACCUSE"), summary(evs)
    assert of_type(evs, "MOBILIZE"), summary(evs)


def test_named_parties_reacting_in_turn_stay() -> None:
    evs = events("2023年5月，美国和日本对此相继表示关切。")
    assert len(of_type(evs, "ACCUSE")) == 2, summary(evs)


@pytest.mark.parametrize("text", [
    "马来西亚2022年发布的国防白皮书承诺，不在国际关系中使用或威胁使用武力。",
    "馬來西亞2022年發布的國防白皮書承諾，不在國際關係中使用或威脅使用武力。",
])
def test_pledge_of_non_use_of_force_is_no_threat(text) -> None:
    evs = events(text)
    assert not _of(evs, "THREATEN"), summary(evs)


# --- the same words that stay events ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "9月3日，普京、金正恩等外国领导人在北京出席阅兵式。",
    "9月3日，普京、金正恩等外國領導人在北京出席閱兵式。",
])
def test_named_parties_summed_up_by_a_generic_word_stay(text) -> None:
    evs = events(text)
    assert of_type(evs, "CONSULT"), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年7月，美方宣布向菲方提供5亿美元外国军事融资。",
    "2024年7月，美方宣布向菲方提供5億美元外國軍事融資。",
    "拜登宣布美国将为该计划筹集2000亿美元，并争取与七国集团其他国家共同筹集6000亿美元。",
])
def test_programme_or_named_partners_stay(text) -> None:
    evs = events(text)
    assert of_type(evs, "AID"), summary(evs)


def test_third_party_market_cooperation_stays() -> None:
    evs = events("2019年，中日两国在北京举行第三方市场合作论坛。")
    assert of_type(evs, "CONSULT"), summary(evs)


def test_opposing_any_party_stays_an_accuse() -> None:
    evs = events("2025年10月，中方坚决反对任何一方以损害中方利益为代价达成交易。")
    assert of_type(evs, "ACCUSE"), summary(evs)
    assert not _of(evs, "AGREE"), summary(evs)


def test_named_party_barred_stays_negated() -> None:
    evs = events("2022年5月，所罗门群岛总理表示，不会允许中国在该国设立军事基地。")
    assert [e for e in evs if e.type == "MOBILIZE" and e.modality == "negated"], summary(evs)


# --- weapons named by what they do ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年，美国向乌克兰交付了一批巡航导弹。",
    "2022年5月，澳大利亚宣布采购美国的战斧巡航飞弹。",
    "2022年5月，澳大利亞宣布採購美國的戰斧巡航飛彈。",
])
def test_cruise_missile_is_no_patrol(text) -> None:
    evs = events(text)
    assert of_type(evs, "AID"), summary(evs)
    assert not _of(evs, "MOBILIZE"), summary(evs)


@pytest.mark.parametrize("text", [
    "同年12月，日本政府决定向美国出口爱国者拦截飞弹，以补充美方库存。",
    "同年12月，日本政府決定向美國出口愛國者攔截飛彈，以補充美方庫存。",
    "2023年3月，韩国在星州部署了新型拦截系统。",
    "2023年3月，以色列向该国出售了一批拦截弹和拦截器。",
])
def test_interceptor_is_no_coercion(text) -> None:
    evs = events(text)
    assert not _of(evs, "COERCE"), summary(evs)


def test_interception_of_a_ship_stays_coercion() -> None:
    evs = events("2024年5月，中国海警船在黄岩岛附近拦截菲律宾补给船。")
    assert of_type(evs, "COERCE"), summary(evs)


# --- the first of its kind: a description, no accession ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年7月，日菲两国签署该协定，菲律宾因而成为首个与日本缔结此类协定的东南亚国家。",
    "2024年7月，日菲兩國簽署該協定，菲律賓因而成為首個與日本締結此類協定的東南亞國家。",
    "2015年12月，越南成为第一个同欧盟签订自由贸易协定的东盟成员国。",
])
def test_first_with_a_long_relative_clause_is_no_join(text) -> None:
    evs = events(text)
    assert not _of(evs, "JOIN"), summary(evs)
    assert of_type(evs, "AGREE"), summary(evs)


def test_member_by_rank_stays_a_join() -> None:
    evs = events("2024年3月，瑞典成为北约第32个成员国。")
    assert of_type(evs, "JOIN"), summary(evs)


# --- an act in a relative clause inside the object of a verb that undoes it ------------------------


@pytest.mark.parametrize("text", [
    "2021年5月，该国拆除了港口内一座由日本援建的仓库。",
    "2021年5月，該國拆除了港口內一座由日本援建的倉庫。",
    "南韩于2018年11月宣布解散依该协议设立的和解基金会。",
    "南韓於2018年11月宣布解散依該協議設立的和解基金會。",
])
def test_act_describing_what_is_undone_is_no_event(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("AID", "ESTABLISH")], summary(evs)


def test_dated_act_inside_what_is_undone_stays() -> None:
    evs = events("2021年，该国宣布解散2015年与日本共同设立的联合委员会。")
    assert [e for e in evs if e.type == "ESTABLISH" and e.date == "2015"], summary(evs)


# --- a field named in a list before a locative ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "美澳两国在援助、使领馆布点和防务安排上的密集动作，显示其正在经营这一地区。",
    "美澳兩國在援助、使領館布點和防務安排上的密集動作，顯示其正在經營這一地區。",
    "日本在援助、投资与人员培训方面的投入不断增加。",
])
def test_field_in_a_list_before_a_locative_is_no_aid(text) -> None:
    evs = events(text)
    assert not _of(evs, "AID"), summary(evs)


# --- a signatory is a status; a measure told by its effect is a noun ------------------------------


@pytest.mark.parametrize("text", [
    "2022年，该国是《巴黎协定》的签署国之一。",
    "2022年，該國是《巴黎協定》的簽署國之一。",
    "2021年，全部签约国都已完成国内程序。",
])
def test_signatory_is_no_signing(text) -> None:
    evs = events(text)
    assert not _of(evs, "AGREE"), summary(evs)


def test_becoming_a_signatory_stays_a_join() -> None:
    evs = events("2023年，印度成为《阿尔忒弥斯协定》签署国。")
    assert of_type(evs, "JOIN"), summary(evs)


@pytest.mark.parametrize("text,etype", [
    ("2023年5月，美国的出口管制对韩国企业造成冲击。", "SANCTION"),
    ("2023年5月，美國的出口管制對韓國企業造成衝擊。", "SANCTION"),
    ("2024年，日本的援助对菲律宾海警能力建设产生了重要作用。", "AID"),
    ("2023年5月，中方表示，美国在亚太的军事部署对地区安全构成威胁。", "MOBILIZE"),
])
def test_measure_told_by_its_effect_is_a_noun(text, etype) -> None:
    evs = events(text)
    assert not _of(evs, etype), summary(evs)


def test_measure_told_then_its_effect_stays() -> None:
    evs = events("2023年5月，美国向菲律宾部署导弹系统，对地区安全构成威胁。")
    assert of_type(evs, "MOBILIZE"), summary(evs)


# --- an invitation to join with a long list of invitees and the start it names --------------------


@pytest.mark.parametrize("text", [
    "2023年8月，金砖国家领导人在南非会晤，决定邀请沙特阿拉伯、埃及、阿联酋、阿根廷、伊朗和埃塞俄比亚自2024年1月1日起成为正式成员。",
    "2023年8月，金磚國家領導人在南非會晤，決定邀請沙烏地阿拉伯、埃及、阿聯酋、阿根廷、伊朗和衣索比亞自2024年1月1日起成為正式成員。",
    "2023年8月，金砖国家峰会宣布邀请沙特阿拉伯、埃及、阿联酋、阿根廷、伊朗和埃塞俄比亚从明年1月1日起加入该机制。",
])
def test_invitation_to_join_with_a_start_is_one_join(text) -> None:
    evs = events(text)
    joins = of_type(evs, "JOIN")
    assert len(joins) == 1 and joins[0].date == "2023-08", summary(evs)
    assert not [e for e in evs if e.type == "CONSULT" and e.modality == "proposed"], summary(evs)


def test_invitation_carries_the_start_as_effective() -> None:
    evs = events("2023年8月，金砖国家领导人在南非会晤，决定邀请沙特阿拉伯、埃及、阿联酋、阿根廷、伊朗和埃塞俄比亚"
                 "自2024年1月1日起成为正式成员。")
    assert [e.effective for e in of_type(evs, "JOIN")] == ["2024-01-01"], summary(evs)


def test_membership_told_in_its_own_clause_stays_apart() -> None:
    evs = events("2023年8月24日，金砖国家峰会宣布邀请沙特、伊朗、阿联酋、埃及、埃塞俄比亚和阿根廷加入，"
                 "伊朗等四国于2024年1月1日正式成为成员。")
    assert len(of_type(evs, "JOIN")) == 2, summary(evs)


# --- sanctions named as a cause, a setting, or what a class of firms underwent ---------------------


@pytest.mark.parametrize("text", [
    "2023年，受美国制裁影响，俄罗斯的石油出口大幅下降。",
    "2023年，受美國制裁衝擊，俄羅斯的石油出口大幅下降。",
    "2023年，在西方制裁的压力下，伊朗转向亚洲市场。",
    "2022年起，美国商务部两次修订规则，允许美企在出口管制之下参与标准制定。",
    "2023年，被列入实体清单的中国企业数量不断增加。",
    "2023年，遭到美国制裁的俄罗斯银行无法使用该系统。",
])
def test_sanctions_as_cause_or_class_are_no_measure(text) -> None:
    evs = events(text)
    assert not _of(evs, "SANCTION"), summary(evs)


@pytest.mark.parametrize("text", [
    "2023年5月，美国宣布对俄罗斯实施新一轮制裁。",
    "2023年5月，俄罗斯受到美国制裁。",
    "2023年5月，华为被美国列入实体清单。",
    "2023年5月被美国列入实体清单的华为公司提起诉讼。",
])
def test_sanctions_imposed_stay(text) -> None:
    evs = events(text)
    assert of_type(evs, "SANCTION"), summary(evs)


# --- a posture or a plan named with 部署 ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年，美军在亚太地区的部署重心逐步南移。",
    "2024年，美軍在亞太地區的部署重心逐步南移。",
    "2023年，日本调整西南方向的兵力部署态势。",
    "2023年，该国政府作出战略部署，推进高水平开放。",
])
def test_posture_or_plan_is_no_deployment(text) -> None:
    evs = events(text)
    assert not _of(evs, "MOBILIZE"), summary(evs)


def test_reinforced_deployment_stays() -> None:
    evs = events("2023年，俄罗斯加强了在南千岛群岛的军事部署。")
    assert of_type(evs, "MOBILIZE"), summary(evs)


# --- a meeting or drill word inside the title of a work ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年5月，布林肯在《外交事务》发表题为《中美对话的未来》的文章。",
    "2023年5月，布林肯在《外交事務》發表題為《中美對話的未來》的文章。",
    "2023年，美国智库发布《美日联合军演与地区安全》报告。",
])
def test_word_of_a_title_is_no_session(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("CONSULT", "COOPERATE")], summary(evs)


def test_statement_named_after_a_dialogue_stays_an_agree() -> None:
    evs = events("2023年11月，中美两国发表《中美战略对话联合声明》。")
    assert of_type(evs, "AGREE"), summary(evs)


# --- captions of tables and figures ------------------------------------------------------------------


@pytest.mark.parametrize("caption", [
    "表1 2023年美日联合军演一览",
    "表 3-1：2023年美日聯合軍演一覽",
    "图2 2018年以来美国对华制裁措施数量变化",
    "图2 美国对华制裁措施数量变化（2018—2023年）",
    "圖4.1 2022年以来美菲联合巡逻次数",
])
def test_caption_tells_no_event(caption) -> None:
    for text in (f"2023年，美日同盟持续强化。\n\n{caption}\n\n2023年5月，美国与菲律宾在南海举行联合巡逻。\n",
                 f"2023年，美日同盟持续强化。\n\n{caption}\n\n| 时间 | 地点 |\n|---|---|\n| 2023年5月 | 南海 |\n"):
        evs = events(text)
        assert not [e for e in evs if any(x.text.lstrip().startswith(("表", "图", "圖")) for x in e.evidence)], summary(evs)
        assert not [e for e in evs if e.type in ("SANCTION", "AID") or e.actors and e.actors[0].key() == "JPN"], summary(evs)


def test_short_paragraph_that_is_no_caption_stays() -> None:
    evs = events("表态之后，2023年5月美国与菲律宾在南海举行联合巡逻\n\n两国随后发表联合声明。\n")
    assert of_type(evs, "COOPERATE"), summary(evs)


@pytest.mark.parametrize("caption", [
    "图2 2018年以来美国对华制裁措施数量变化",
    "表 3-1：亚太地区主要合作倡议及其主导国家一览",
])
def test_caption_line_is_a_block_of_its_own(caption) -> None:
    from latticework.clean import clean
    from latticework.model import SourceText

    doc = clean(SourceText("t.txt", f"2023年，美日同盟持续强化。\n\n{caption}\n\n2023年5月，美国与菲律宾在南海举行联合巡逻。\n", "txt"))
    blocks = [doc.text[b.start : b.end] for b in doc.blocks]
    assert any(x.replace(" ", "") == caption.replace(" ", "") for x in blocks), blocks


def test_sentence_opening_with_a_table_reference_still_wraps() -> None:
    from latticework.clean import clean
    from latticework.model import SourceText

    doc = clean(SourceText("t.txt", "表1显示，2023年美日两国举行的联合演习次数明显增加，\n其中多数在日本西南海域举行。\n", "txt"))
    assert len(doc.blocks) == 1, [doc.text[b.start : b.end] for b in doc.blocks]


# --- more countries welcomed or courted to join ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年，中方欢迎更多国家加入全球发展倡议之友小组。",
    "2023年，中方歡迎更多國家加入全球發展倡議之友小組。",
    "2023年，美国拉拢更多盟友加入对华芯片封锁。",
    "2023年，日本力争吸引更多的伙伴加入CPTPP。",
])
def test_more_countries_welcomed_is_no_join(text) -> None:
    evs = events(text)
    assert not _of(evs, "JOIN"), summary(evs)


# --- transit as a modifier: a route or a trade, no stopover -----------------------------------------


@pytest.mark.parametrize("text", [
    "2024年，中吉乌铁路将成为连接中国与中亚的重要过境通道。",
    "2024年，中吉烏鐵路將成為連接中國與中亞的重要過境通道。",
    "2023年，乌兹别克斯坦是中亚天然气管道的主要过境国。",
])
def test_transit_route_is_no_visit(text) -> None:
    evs = events(text)
    assert not _of(evs, "CONSULT"), summary(evs)


def test_transit_stopover_stays_a_visit() -> None:
    evs = events("2024年1月，赖清德过境美国。")
    assert of_type(evs, "CONSULT"), summary(evs)
