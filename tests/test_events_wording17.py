"""The same happening told with other verbs and constructions (lead17, rewrite set gold/rewrites/wording):
each test writes a pattern the rewrite showed the rules missed, in several invented variants, both
scripts where the wording differs."""

from __future__ import annotations

import pytest

from event_helpers import full_events, summary


def _typed(text: str, etype: str):
    return [s for s in summary(full_events(text)) if s[0] == etype]


@pytest.mark.parametrize("text", [
    "2018年12月1日，中美两国元首在布宜诺斯艾利斯会晤，双方商定暂停贸易摩擦的升级。",
    "2023年3月16日，韩日两国领导人在东京会谈，双方议定恢复中断多年的穿梭外交。",
    "2024年11月16日，中美两国元首在利马会晤，双方一致认为应维持由人类控制核武器使用的决定。",
    "2025年7月28日，泰柬两国领导人在布城会谈，双方商定自当晚午夜起无条件停火。",
    "2023年3月16日，韓日兩國領導人在東京會談，雙方議定恢復中斷多年的穿梭外交。",
])
def test_a_consensus_told_with_another_verb_is_an_agreement(text: str) -> None:
    assert len(_typed(text, "AGREE")) == 1


@pytest.mark.parametrize("text", [
    "2024年11月16日，中美两国元首在利马会晤，双方一致认为两国关系十分重要。",  # an opinion shared, no accord
    "2025年10月26日，泰柬两国签署和平宣言，两国同意由东盟派出观察团监督停火。",  # the accord's content, told after it
])
def test_a_shared_opinion_or_an_accords_content_is_no_second_agreement(text: str) -> None:
    assert len(_typed(text, "AGREE")) == (1 if "签署" in text else 0)


@pytest.mark.parametrize("text,etype", [
    ("1998年10月，韩国总统访问日本，两国宣告缔结“面向新世纪的伙伴关系”。", "ALIGN"),
    ("倘若印度放弃不结盟传统，美国与印度才有可能缔结正式同盟。", "ALIGN"),
    ("2021年9月，澳大利亚单方面废止与法国签订的潜艇合同。", "LEAVE"),
    ("2025年3月3日，美国宣告暂时停止对乌克兰的军事援助。", "LEAVE"),
    ("2023年7月17日，俄罗斯宣告不再履行黑海粮食协议。", "LEAVE"),
    ("2025年4月2日，美国宣告开征所谓“对等关税”。", "SANCTION"),
    ("2019年8月，日本把韩国移出出口管理“白色名单”。", "SANCTION"),
    ("2019年8月，日本把韓國移出出口管理「白色名單」。", "SANCTION"),
    ("2023年2月2日，美菲两国对外公布在菲律宾增设四处军事基地。", "MOBILIZE"),
    ("2025年10月26日，东帝汶正式跻身东盟成员国之列。", "JOIN"),
    ("2024年6月17日，中国海警船拦截并登上一艘菲律宾补给船。", "COERCE"),
    ("2024年5月31日，第21届香格里拉对话在新加坡揭幕。", "CONSULT"),
    ("2024年5月23日，美国国务院发表声明，对中国在台湾周边的军演深表关注。", "ACCUSE"),
])
def test_other_words_for_the_act(text: str, etype: str) -> None:
    assert _typed(text, etype), summary(full_events(text))


def test_boarding_told_with_deng_shang_needs_a_vessel() -> None:
    assert not _typed("2024年6月17日，中国代表团登上主席台。", "COERCE")
    got = _typed("2024年6月17日，中国海警船拦截并登上一艘菲律宾补给船。", "COERCE")
    assert len(got) == 2  # interception and boarding: two acts of force


def test_an_opening_verb_needs_a_gathering() -> None:
    assert not _typed("两国领导人共同为纪念碑揭幕。", "CONSULT")


@pytest.mark.parametrize("text", [
    "2024年7月8日，日菲签订协定。中国外交部发言人当天回应说，亚太不需要军事集团。",
    "2024年7月8日，日菲签订协定。中国外交部发言人当天回应指出，亚太不需要军事集团。",
])
def test_a_reply_told_with_shuo_or_zhichu_is_a_rebuke(text: str) -> None:
    got = _typed(text, "ACCUSE")
    assert got and got[0][1] == ["CHN"] and got[0][2] == ["JPN", "PHL"], got


@pytest.mark.parametrize("text", [
    "2024年5月23日，解放军东部战区在台湾岛周边展开代号“联合利剑—2024A”的军事演习。",
    "2024年5月23日，解放军东部战区在台湾岛周边开展“联合利剑—2024A”军事演习。",
    "2025年4月1日，东部战区在台湾周边海空域实施联合演习。",
])
def test_one_states_named_or_joint_service_drill_is_a_show_of_force(text: str) -> None:
    got = _typed(text, "MOBILIZE")
    assert got and got[0][1] == ["CHN"] and got[0][2] == ["TWN"], summary(full_events(text))
    assert not _typed(text, "COOPERATE")


def test_a_named_joint_drill_with_partners_stays_joint() -> None:
    got = _typed("2020年11月，澳大利亚时隔13年再度参加“马拉巴尔”联合军事演习。", "COOPERATE")
    assert got and set(got[0][1]) >= {"AUS", "IND", "JPN", "USA"}
    assert _typed("2025年4月1日，解放军与俄军在日本海实施联合演习。", "COOPERATE")


@pytest.mark.parametrize("text", [
    "2025年8月11日，菲律宾船只强闯黄岩岛海域，中国海警依法将其驱离。",
    "2025年8月11日，菲律宾船只闯入黄岩岛海域，中国海警随即将之驱离。",
])
def test_jiang_before_a_pronoun_marks_the_object_not_the_future(text: str) -> None:
    got = _typed(text, "COERCE")
    assert got and got[0][4] == "asserted", got
    assert _typed("中国海警将驱离闯入的菲律宾船只。", "COERCE")[0][4] == "planned"


@pytest.mark.parametrize("text", [
    "2025年10月26日，泰国总理与柬埔寨首相在美国总统和马来西亚总理的见证下签订联合宣言。",
    "2025年10月26日，泰国总理与柬埔寨首相在美国总统见证下签署联合宣言。",
    "2025年10月26日，在美国总统和马来西亚总理见证下，泰国总理与柬埔寨首相签署联合宣言。",
])
def test_witnesses_in_a_zai_jianzheng_xia_phrase_are_no_signatories(text: str) -> None:
    got = _typed(text, "AGREE")
    assert got and got[0][1] == ["KHM", "THA"], got


def test_a_pledge_with_baozheng_is_planned() -> None:
    got = _typed("2023年8月18日，美日韩三国领导人举行峰会，并保证在共同利益受到威胁时彼此磋商。", "CONSULT")
    assert any(g[4] == "planned" for g in got), got


@pytest.mark.parametrize("text,etype", [
    ("2022年2月2日，印度给予斯里兰卡5亿美元信贷额度，用于进口燃油。", "AID"),
    ("2024年2月，中国科考船停泊马累港。", "MOBILIZE"),
    ("2024年6月9日，马尔代夫总统赴新德里参加印度总理莫迪的就职典礼。", "CONSULT"),
    ("2025年2月，印度企业宣布撤出在斯里兰卡北部投资的两个风电项目。", "LEAVE"),
    ("2024年11月15日，美日韩三国领导人会谈，三方并联合发表声明，谴责朝鲜向俄罗斯派兵。", "AGREE"),
    ("2024年11月15日，美日韓三國領導人會談，三方並共同發布聲明。", "AGREE"),
    ("美国总统当选人竞选期间放话，将对中国商品课征60%关税。", "THREATEN"),
    ("2024年9月，西班牙首相访华时曾促请欧盟重新考虑对中国电动车加征关税。", "ACCUSE"),
])
def test_more_words_for_the_act(text: str, etype: str) -> None:
    assert _typed(text, etype), summary(full_events(text))


def test_granting_a_status_or_a_treatment_is_no_aid() -> None:
    assert not _typed("2023年，上合组织峰会决定给予埃及对话伙伴地位。", "AID")
    assert not _typed("2024年12月，中国宣布给予最不发达国家全部税目产品零关税待遇。", "AID")


@pytest.mark.parametrize("text", [
    "2023年12月，马尔代夫决定不与印度续签水文测量合作协议。",
    "2023年12月，马尔代夫决定不再同印度续签水文测量合作协议。",
])
def test_a_renewal_refused_with_the_partner_between_ends_the_agreement(text: str) -> None:
    got = _typed(text, "LEAVE")
    assert got == [("LEAVE", ["MDV"], ["IND"], "2023-12", "asserted")], summary(full_events(text))
    assert not _typed(text, "AGREE")


def test_a_renewal_is_an_agreement() -> None:
    assert _typed("2023年12月，马尔代夫与印度续签水文测量合作协议。", "AGREE")


@pytest.mark.parametrize("verb", ["转赴", "转往", "飞往"])
def test_a_trip_told_with_any_verb_of_going_is_the_guests_visit(verb: str) -> None:
    got = _typed(f"美国总统17日将{verb}巴西亚马逊地区访问。", "CONSULT")
    assert got and got[0][1] == ["USA"] and got[0][2] == ["BRA"] and got[0][4] == "planned", got


def test_talks_dated_apart_from_the_trip_stay_talks() -> None:
    got = _typed("印度总理会后将转往澳大利亚悉尼，预计24日与澳大利亚总理会谈。", "CONSULT")
    assert any(g[1] == ["AUS", "IND"] and g[2] == [] for g in got), got
    got = _typed("2024年5月，俄罗斯总统赴北京出席开幕式，并与中国国家主席会谈。", "CONSULT")
    assert any(g[1] == ["RUS"] and g[2] == ["CHN"] for g in got), got


def test_ground_broken_on_a_joint_line_is_cooperation() -> None:
    got = _typed("2024年12月27日，中吉乌铁路项目在吉尔吉斯斯坦动工。", "COOPERATE")
    assert got and got[0][1] == ["CHN", "KGZ", "UZB"], got


@pytest.mark.parametrize("verb", ["扬言", "放话"])
def test_a_threat_by_a_president_elect_on_the_campaign(verb: str) -> None:
    text = f"美国总统当选人竞选期间{verb}，将对中国商品课征60%关税。"
    assert _typed(text, "THREATEN") == [("THREATEN", ["USA"], ["CHN"], None, "asserted")], summary(full_events(text))
    assert not _typed(text, "SANCTION")  # what is threatened is no act of its own


@pytest.mark.parametrize("text", [
    "2024年11月16日，美国总统17日将转往巴西访问，之后出席在里约热内卢举行的二十国集团峰会。",
    "2024年11月16日，美国总统17日将转往巴西访问，随后出席在里约热内卢举行的二十国集团峰会。",
])
def test_a_next_step_shares_the_plan(text: str) -> None:
    got = _typed(text, "CONSULT")
    assert got and all(g[4] == "planned" for g in got), got


def test_jiang_before_a_verb_of_attending_is_the_future() -> None:
    got = _typed("2024年11月16日，中国国家主席亦将出席峰会并对巴西进行国事访问。", "CONSULT")
    assert got and all(g[4] == "planned" for g in got), got


@pytest.mark.parametrize("verb", ["征收", "课征", "課徵"])
def test_duties_applied_from_a_later_day_are_dated_by_their_announcement(verb: str) -> None:
    text = f"2024年6月12日，欧委会公布初步裁定，7月5日起对中国电动车临时{verb}反补贴税。"
    got = _typed(text, "SANCTION")
    assert got and got[0][3] == "2024-06-12", got


def test_jiang_wei_before_a_beneficiary_is_the_future() -> None:
    got = _typed("2025年6月17日，中方宣布今年将为中亚国家提供15亿元人民币无偿援助。", "AID")
    assert got and got[0][4] == "planned", got


@pytest.mark.parametrize("text,date", [
    ("台诺于1980年建立邦交。", "1980"),
    ("台諾於1980年建立邦交。", "1980"),
])
def test_a_pair_of_one_character_names_before_ties_established(text: str, date: str) -> None:
    prefix = "瑙鲁政府宣布与台湾断交。\n" if "诺" in text else "諾魯政府宣布與台灣斷交。\n"
    got = [g for g in _typed(prefix + text, "ALIGN") if g[3] == date]
    assert got and got[0][1] == ["NRU", "TWN"], summary(full_events(prefix + text))


@pytest.mark.parametrize("text", [
    "2024年6月，中国总理结束在新西兰的访问后，15日抵达阿德莱德。",
    "2024年6月，中国总理在新西兰进行正式访问。",
])
def test_a_visit_told_with_its_host_after_zai(text: str) -> None:
    got = _typed(text, "CONSULT")
    assert got and got[0][1] == ["CHN"] and got[0][2] == ["NZL"], got


def test_a_state_put_on_a_visa_free_list_is_a_policy_not_a_sanction() -> None:
    text = "2024年6月17日，中国宣布将澳大利亚列入单方面免签国家名单。"
    assert _typed(text, "POLICY") and not _typed(text, "SANCTION")
    assert _typed("2024年6月17日，美国商务部将11家中国企业列入实体清单。", "SANCTION")


# --- dates told in other forms (rewrite set gold/rewrites/dates) --------------------------------------


@pytest.mark.parametrize("same_day", ["同日", "當天", "当日"])
@pytest.mark.parametrize("start", ["自10日起", "自本月10日起"])
def test_the_day_a_measure_starts_anchors_no_same_day(start: str, same_day: str) -> None:
    text = (f"【中央社台北2025年4月10日電】4日，北京方面宣布，{start}對原產於美國的所有進口商品加徵34%關稅；"
            f"商務部{same_day}將11家美國企業列入不可靠實體清單。")
    got = _typed(text, "SANCTION")
    assert [g[3] for g in got] == ["2025-04-04", "2025-04-04"], got


def test_a_year_fronted_before_a_plan_dates_the_plan_and_nothing_after_it() -> None:
    text = ("新华社北京2024年9月5日电 根据行动计划，2027年中非合作论坛第十届部长级会议将在刚果共和国举行。\n"
            "峰会前后，中国国家主席在京分别会见南非总统、尼日利亚总统。\n")
    got = summary(full_events(text))
    assert ("CONSULT", ["focac"], [], "2027", "planned") in got, got
    met = [g for g in got if g[0] == "CONSULT" and "ZAF" in g[1]]
    assert met and met[0][3] != "2027" and met[0][4] == "asserted", got


def test_a_year_inside_a_title_is_no_plan() -> None:
    text = "2014年，日本与北约签署《日本—北约国别伙伴合作计划》。\n"
    got = _typed(text, "AGREE")
    assert got and got[0][3] == "2014", got


def test_a_drill_site_told_with_yu() -> None:
    text = "回顧2023年。中共東部戰區在4月8日至10日於台灣周邊海空域舉行代號「聯合利劍」的演習。\n"
    got = _typed(text, "MOBILIZE")
    assert got and got[0][2] == ["TWN"], got


# --- participants told in other constructions -------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2025年2月18日，美国国务卿与俄罗斯外长在利雅得晤谈，由沙特外交大臣主持。", ["RUS", "SAU", "USA"]),
    ("2025年3月11日，经沙特居间斡旋，美乌两国代表团在吉达进行会谈。", ["SAU", "UKR", "USA"]),
    ("2025年3月11日，經沙特居間斡旋，美烏兩國代表團在吉達進行會談。", ["SAU", "UKR", "USA"]),
])
def test_a_chair_or_mediator_told_in_another_clause_is_at_the_table(text: str, want: list[str]) -> None:
    got = _typed(text, "CONSULT")
    assert got and got[0][1] == want, got


def test_the_two_sides_after_a_chaired_meeting_are_not_the_chair() -> None:
    text = ("2025年7月28日，经马来西亚居中调解，泰国代总理与柬埔寨首相在布特拉贾亚展开谈判，谈判由马来西亚总理主持；"
            "双方商定自当晚午夜起无条件停火。")
    got = _typed(text, "AGREE")
    assert got and got[0][1] == ["KHM", "THA"], got


def test_a_guest_received_with_jiejian_is_met_as_with_huijian() -> None:
    got = _typed("2019年12月23日，中国国家主席在北京先后接见了日本首相和韩国总统。", "CONSULT")
    assert [g[1:3] for g in got] == [(["CHN", "JPN"], []), (["CHN", "KOR"], [])], got
    got = _typed("2024年5月22日，賴清德在總統府接見來台出席就職典禮的巴拉圭總統。", "CONSULT")
    assert got and got[0][1:3] == (["PRY"], ["TWN"]), got  # the guest travelled: the guest's visit (ruling 5)


def test_a_complaint_about_a_measure_told_with_zhendui() -> None:
    got = _typed("2019年9月，韩国针对日方措施向世界贸易组织提起申诉。", "ACCUSE")
    assert got and got[0][1:3] == (["KOR"], ["JPN"]), got
