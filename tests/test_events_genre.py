"""Genre phrasing of news, think-tank and chronicle text (the ev3 round): reactions without a
named target, modality words that are not cues (予以, 不满), day anchors (同日 after a month told in
passing, 自…起 effective days), 曾 for background acts, and lexicon additions. Sentences written for
these tests, in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- a reaction with no target told reacts to the act told before it --------------------------


@pytest.mark.parametrize("text", [
    "2023年8月，俄罗斯海军在日本海举行大规模演习。日本政府对此提出抗议。",
    "2023年8月，俄羅斯海軍在日本海舉行大規模演習。日本政府對此提出抗議。",
])
def test_protest_about_this_targets_the_actor_before(text) -> None:
    acc = of_type(events(text), "ACCUSE")[-1]
    assert [a.key() for a in acc.actors] == ["JPN"]
    assert [r.key() for r in acc.recipients] == ["RUS"]
    assert acc.date == "2023-08" and acc.modality == "asserted"  # 对此 continues the happening


@pytest.mark.parametrize("text", [
    "2022年3月，美国宣布对俄罗斯石油实施禁运，俄罗斯外交部予以谴责。",
    "2022年3月，美國宣布對俄羅斯石油實施禁運，俄羅斯外交部予以譴責。",
])
def test_condemnation_with_yuyi_is_asserted_and_targeted(text) -> None:
    acc = of_type(events(text), "ACCUSE")[-1]
    assert acc.modality == "asserted"  # 予以 is no purpose 以
    assert [r.key() for r in acc.recipients] == ["USA"]


@pytest.mark.parametrize("text", [
    "2021年6月，英国军舰驶近克里米亚，俄罗斯国防部表示强烈不满并提出严正交涉。",
    "2021年6月，英國軍艦駛近克里米亞，俄羅斯國防部表示強烈不滿並提出嚴正交涉。",
])
def test_buman_is_no_negation(text) -> None:
    accs = of_type(events(text), "ACCUSE")
    assert all(a.modality == "asserted" for a in accs), summary(accs)


def test_a_reaction_skips_earlier_reactions() -> None:
    evs = events("2024年4月，伊朗向以色列发射导弹。美国当天表示严重关切，英国亦予以谴责。")
    accs = [e for e in evs if e.type == "ACCUSE"]
    assert accs and all("USA" not in [r.key() for r in a.recipients] for a in accs), summary(evs)


def test_named_target_is_kept_and_none_is_guessed_for_a_generic_statement() -> None:
    evs = events("2023年5月，七国集团峰会在广岛举行。会议声明表示反对以武力单方面改变现状。")
    for a in [e for e in evs if e.type == "ACCUSE"]:
        assert not a.recipients, summary(evs)  # an object follows the verb: no reaction


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "【本报东京12日电】12日，日本首相与来访的英国首相举行会谈。据报道，两国已于3月完成谈判。同日，英国首相会见了日本天皇。",
    "【本報東京12日電】12日，日本首相與來訪的英國首相舉行會談。據報道，兩國已於3月完成談判。同日，英國首相會見了日本天皇。",
])
def test_same_day_is_the_last_day_not_a_month_in_passing(text) -> None:
    evs = events(text, doc_date="2023-05-12")
    consults = [e for e in evs if e.type == "CONSULT"]
    assert consults and all(e.date == "2023-05-12" for e in consults), summary(evs)


def test_effective_day_does_not_anchor_the_next_bare_day() -> None:
    text = "8月\n1日 美国宣布自9月1日起对中国商品加征15%关税。\n5日 中国宣布暂停采购美国农产品。"
    evs = events(text, doc_date="2019-12-31")
    s = of_type(evs, "SANCTION")[0]
    assert s.date == "2019-08-01" and s.effective == "2019-09-01"
    later = [e for e in evs if e.date and e.date.endswith("-05")]
    assert all(e.date == "2019-08-05" for e in later), summary(evs)


@pytest.mark.parametrize("text", [
    "同日，印度总理与俄罗斯总统会面，乌克兰外交部曾就此批评印度。",
    "同日，印度總理與俄羅斯總統會面，烏克蘭外交部曾就此批評印度。",
])
def test_an_act_told_with_ceng_is_undated(text) -> None:
    evs = events("2024年7月8日，印度总理抵达莫斯科。" + text)
    acc = of_type(evs, "ACCUSE")[0]
    assert acc.date is None, summary(evs)


def test_ceng_with_a_date_of_its_own_keeps_it() -> None:
    evs = events("2014年，俄罗斯曾正式加入该论坛。")
    for e in evs:
        assert e.date in (None, "2014")


# --- lexicon -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年9月，美国总统访问越南，两国关系跃升为全面战略伙伴关系。",
    "2023年9月，美國總統訪問越南，兩國關係躍升為全面戰略夥伴關係。",
])
def test_leap_to_a_tier_is_align(text) -> None:
    ev = of_type(events(text), "ALIGN")[0]
    assert ev.label == "全面战略伙伴关系"


@pytest.mark.parametrize("text", [
    "2024年5月4日，一架中国战机在黄海上空对澳大利亚海军直升机投放照明弹，澳大利亚总理予以谴责。",
    "2024年5月4日，一架中國戰機在黃海上空對澳大利亞海軍直升機投放照明彈，澳大利亞總理予以譴責。",
])
def test_flares_are_coercion_and_the_condemnation_targets_it(text) -> None:
    evs = events(text)
    c = of_type(evs, "COERCE")[0]
    assert [a.key() for a in c.actors] == ["CHN"] and c.date == "2024-05-04"
    acc = of_type(evs, "ACCUSE")[0]
    assert [r.key() for r in acc.recipients] == ["CHN"] and acc.date == "2024-05-04"


def test_blockade_in_a_scenario_is_hypothetical_coercion() -> None:
    c = of_type(events("若俄罗斯对波罗的海实施封锁，北约可能增派部队。"), "COERCE")[0]
    assert c.modality == "hypothetical"


def test_technology_blockade_is_no_coercion() -> None:
    assert not [e for e in events("2020年，美国对中国实施技术封锁。") if e.type == "COERCE"]


def test_warning_that_it_means_war_is_a_threat() -> None:
    t = of_type(events("2021年1月，中国国防部警告“台独”意味着战争。"), "THREATEN")[0]
    assert t.date == "2021-01"


# --- suspensions and invitations ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年2月，美国中止了对缅甸的部分援助。",
    "2021年2月，美國中止了對緬甸的部分援助。",
])
def test_aid_suspended_is_leave_not_aid(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["LEAVE"], summary(evs)
    assert [r.key() for r in evs[0].recipients] == ["MMR"]


@pytest.mark.parametrize("text", [
    "2023年2月，俄罗斯宣布暂停履行《新削减战略武器条约》。",
    "2023年2月，俄羅斯宣布暫停履行《新削減戰略武器條約》。",
])
def test_announced_suspension_of_a_treaty_is_leave_only(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["LEAVE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年10月22日，国家主席习近平应俄罗斯总统普京邀请出席金砖国家领导人会晤。",
    "2024年10月22日，國家主席習近平應俄羅斯總統普京邀請出席金磚國家領導人會晤。",
])
def test_at_the_invitation_of_is_no_invitation(text) -> None:
    evs = events(text)
    assert len(evs) == 1 and evs[0].modality == "asserted" and evs[0].date == "2024-10-22", summary(evs)


def test_an_invitation_is_still_one() -> None:
    ev = events("2024年3月，美国邀请印尼总统访问华盛顿。")[0]
    assert ev.modality == "proposed" and [a.key() for a in ev.actors] == ["IDN"]


# --- participants ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2019年12月23日，习近平在北京分别会见来华出席中日韩领导人会议的日本首相安倍晋三和韩国总统文在寅。",
    "2019年12月23日，習近平在北京分別會見來華出席中日韓領導人會議的日本首相安倍晉三和韓國總統文在寅。",
])
def test_separately_met_guests_after_the_verb(text) -> None:
    # one meeting per guest; each guest travelled there (来华…的), so each is a visit (thirteenth session, ruling 5)
    evs = events(text)
    assert sorted((tuple(a.key() for a in e.actors), tuple(r.key() for r in e.recipients)) for e in evs) == [
        (("JPN",), ("CHN",)), (("KOR",), ("CHN",))], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年10月14日，解放军东部战区在台岛周边举行“联合利剑—2024B”演习。",
    "2024年10月14日，解放軍東部戰區在台島周邊舉行「聯合利劍－2024B」演習。",
])
def test_one_states_named_drill_is_mobilize(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["MOBILIZE"], summary(evs)
    assert [a.key() for a in evs[0].actors] == ["CHN"]


@pytest.mark.parametrize("text", [
    "2019年8月1日，美国宣布自9月1日起对3000亿美元中国输美商品加征10%关税。",
    "2019年8月1日，美國宣布自9月1日起對3000億美元中國輸美商品加徵10%關稅。",
])
def test_the_state_whose_goods_are_taxed_is_the_recipient(text) -> None:
    ev = of_type(events(text), "SANCTION")[0]
    assert [a.key() for a in ev.actors] == ["USA"] and [r.key() for r in ev.recipients] == ["CHN"]
    assert ev.date == "2019-08-01" and ev.effective == "2019-09-01"


def test_reaction_without_cue_looks_only_in_its_own_sentence() -> None:
    text = "2024年10月14日，美国宣布对台军售。中国海警船13日驶入钓鱼岛周边海域，日方已提出严正抗议。"
    acc = of_type(events(text), "ACCUSE")[0]
    assert not acc.recipients  # the act protested (驶入) is no event; the sale before is not it


@pytest.mark.parametrize("text", [
    "2024年10月14日，中国国防部随即表示坚决反对，并宣布对相关美国军工企业实施制裁。",
    "2024年10月14日，中國國防部隨即表示堅決反對，並宣布對相關美國軍工企業實施制裁。",
])
def test_determiner_between_dui_and_the_state(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert [a.key() for a in s.actors] == ["CHN"] and [r.key() for r in s.recipients] == ["USA"]


@pytest.mark.parametrize("text", [
    "据共同社报道，日本首相将于下月访问菲律宾，并与菲律宾总统签署相互准入协定。12日，菲律宾召见中国大使提出抗议。",
    "據共同社報導，日本首相將於下月訪問菲律賓，並與菲律賓總統簽署相互准入協定。12日，菲律賓召見中國大使提出抗議。",
])
def test_coordinated_plan_and_next_month_anchor(text) -> None:
    evs = events(text, doc_date="2024-10-15")
    agree = of_type(evs, "AGREE")[0]
    assert agree.modality == "planned"  # 并 shares the plan of the clause before
    acc = of_type(evs, "ACCUSE")[0]
    assert acc.date == "2024-10-12", summary(evs)  # 下月 (a plan's month) anchors no bare day


# --- JOIN and LEAVE ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "伊朗于2023年7月成为上海合作组织正式成员国，白俄罗斯则于2024年7月加入。",
    "伊朗於2023年7月成為上海合作組織正式成員國，白俄羅斯則於2024年7月加入。",
])
def test_bare_join_takes_the_body_of_the_clause_before(text) -> None:
    joins = of_type(events(text), "JOIN")
    assert [[r.key() for r in j.recipients] for j in joins] == [["sco"], ["sco"]], summary(joins)


@pytest.mark.parametrize("text", [
    "意大利于2023年12月正式通知中方退出“一带一路”倡议，成为首个退出的七国集团成员。",
    "義大利於2023年12月正式通知中方退出「一帶一路」倡議，成為首個退出的七國集團成員。",
])
def test_first_to_leave_describes_and_the_notified_party_is_no_actor(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["LEAVE"], summary(evs)
    assert [a.key() for a in evs[0].actors] == ["ITA"]
    assert [r.key() for r in evs[0].recipients] == ["belt-and-road-initiative"]


def test_the_nth_member_is_still_an_accession() -> None:
    j = of_type(events("2024年3月，瑞典成为北约第32个成员国。"), "JOIN")[0]
    assert [r.key() for r in j.recipients] == ["nato"]


@pytest.mark.parametrize("text", [
    "金砖国家领导人第十六次会晤22日至24日在俄罗斯喀山举行。峰会23日通过《喀山宣言》。",
    "金磚國家領導人第十六次會晤22日至24日在俄羅斯喀山舉行。峰會23日通過《喀山宣言》。",
])
def test_the_summit_as_subject_is_the_meeting_told_before(text) -> None:
    evs = events(text, doc_date="2024-10-24")
    assert len([e for e in evs if e.type == "CONSULT"]) == 1, summary(evs)
    agree = of_type(evs, "AGREE")[0]
    assert [a.key() for a in agree.actors] == ["brics"] and agree.date == "2024-10-23"


@pytest.mark.parametrize("text", [
    "2018年7月，美国对中国500亿美元商品加征25%关税，中方随即采取对等反制措施。",
    "2018年7月，美國對中國500億美元商品加徵25%關稅，中方隨即採取對等反制措施。",
])
def test_a_counter_measure_is_a_second_act_against_the_first_actor(text) -> None:
    got = sorted((tuple(a.key() for a in e.actors), tuple(r.key() for r in e.recipients)) for e in of_type(events(text), "SANCTION"))
    assert got == [(("CHN",), ("USA",)), (("USA",), ("CHN",))]


def test_an_abbreviation_opening_the_clause_acts() -> None:
    s = of_type(events("此外，俄对日本采取的反制措施涉及能源和渔业。"), "SANCTION")[0]
    assert [a.key() for a in s.actors] == ["RUS"] and [r.key() for r in s.recipients] == ["JPN"]


@pytest.mark.parametrize("text", [
    "2022年6月，北约马德里峰会首次邀请日本、韩国、澳大利亚和新西兰领导人出席。",
    "2022年6月，北約馬德里峰會首次邀請日本、韓國、澳洲和紐西蘭領導人出席。",
])
def test_a_meeting_inviting_its_guests_is_the_meeting(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["CONSULT"] and evs[0].modality == "asserted", summary(evs)


def test_agreeing_to_hold_yearly_drills_is_a_plan() -> None:
    evs = events("2023年8月，美日韩三国领导人在戴维营举行峰会，并同意每年举行三边联合演习。")
    c = of_type(evs, "COOPERATE")[0]
    assert c.modality == "planned" and c.date is None


@pytest.mark.parametrize("text", [
    "2024年6月17日，中国海警人员登临菲方船只并扣押枪械。",
    "2024年6月17日，中國海警人員登臨菲方船隻並扣押槍械。",
])
def test_the_object_of_the_first_verb_is_no_actor_of_the_second(text) -> None:
    for c in of_type(events(text), "COERCE"):
        assert [a.key() for a in c.actors] == ["CHN"] and [r.key() for r in c.recipients] == ["PHL"]
