"""Acts of one type told beside or inside acts of another (type10): weapons tested, talks and
launches agreed on, defence treaties that make allies. Invented sentences in both scripts."""

from __future__ import annotations

from event_helpers import file_events as _events


def _typed(evs, etype: str) -> list[tuple]:
    return sorted((tuple(sorted(p.key() for p in e.actors)), e.modality, e.date) for e in evs if e.type == etype)


def test_a_weapon_tested_or_a_military_satellite_launched_is_a_show_of_force(tmp_path) -> None:
    cases = {
        "2022年3月\n朝鲜24日试射一枚新型洲际弹道导弹。\n": "2022-03-24",
        "2022年3月\n北韓24日試射一枚新型洲際彈道飛彈。\n": "2022-03-24",
        "2016年1月\n朝鲜6日宣布成功进行了第四次核试验。\n": "2016-01-06",
        "2016年1月\n北韓6日宣布成功進行了第四次核試爆。\n": "2016-01-06",
        "2024年5月\n朝鲜27日晚间发射一颗军事侦察卫星，但火箭在空中爆炸。\n": "2024-05-27",
        "2024年5月\n北韓27日向東部海域發射多枚短程彈道飛彈。\n": "2024-05-27",
    }
    for text, day in cases.items():
        assert _typed(_events(tmp_path, text), "MOBILIZE") == [(("PRK",), "asserted", day)], text


def test_tests_halted_by_the_tester_are_its_moratorium_not_a_show_of_force(tmp_path) -> None:
    """停止核试验和洲际弹道导弹试射: a state halting its own tests declares a policy (POLICY), one act."""
    for text in ("2018年4月\n朝鲜20日宣布停止核试验和洲际弹道导弹试射。\n",
                 "2018年4月\n北韓20日宣布暫停核試驗，並廢棄核試驗場。\n",
                 "2018年4月\n朝鲜政府20日决定，自次日起中止洲际弹道导弹试射。\n"):
        evs = _events(tmp_path, text)
        assert _typed(evs, "MOBILIZE") == [], text
        assert _typed(evs, "POLICY") == [(("PRK",), "asserted", "2018-04-20")], text


def test_tests_banned_missiles_fired_at_a_state_and_other_launches_are_no_show_of_force(tmp_path) -> None:
    """A ban names no test; missiles fired at a state are an attack, a use of force the ontology does
    not type (the guidelines leave it out); a civil launch or the water cannon are no test either."""
    for text in ("2024年5月\n俄军27日向乌克兰发射了数十枚导弹。\n",
                 "2024年5月\n伊朗27日對以色列發射了300多枚飛彈和無人機。\n","2017年12月\n安理会22日通过决议，禁止朝鲜进行核试验和弹道导弹试射。\n",
                 "1996年，联合国大会通过《全面禁止核试验条约》。\n",
                 "2024年3月\n中国海警23日向菲方补给船发射水炮。\n",
                 "2024年6月\n中国25日发射嫦娥六号返回器。\n"):
        assert _typed(_events(tmp_path, text), "MOBILIZE") == [], text


def test_a_measure_lifted_that_a_relative_clause_dates_is_eased_on_the_day_of_lifting(tmp_path) -> None:
    """解除2019年7月对韩国实施的…出口管制: the relative clause tells when the measure was imposed; the
    lifting is POLICY toward the state it hit, dated by the lifting."""
    cases = (
        "2023年3月\n日本16日宣布解除2019年7月对韩国实施的三种半导体材料出口管制。\n",
        "2023年3月\n日本16日宣布解除2019年7月對韓國實施的三種半導體材料出口管制。\n",
        "2023年3月\n日本16日宣布取消2019年7月起对韩国实行的出口管制。\n",
    )
    for text in cases:
        evs = _events(tmp_path, text)
        assert [(e.type, e.date, [p.key() for p in e.recipients]) for e in evs] == [("POLICY", "2023-03-16", ["KOR"])], text


def test_a_mutual_defence_pact_signed_makes_its_signatories_allies(tmp_path) -> None:
    """A mutual defence treaty or agreement founds an alliance: AGREE and ALIGN (ontology)."""
    cases = {
        "1951年8月，美国与菲律宾签署《美菲共同防御条约》。\n": ("PHL", "USA"),
        "1951年8月，美國與菲律賓簽署《美菲共同防禦條約》。\n": ("PHL", "USA"),
        "2025年9月\n沙特阿拉伯17日与巴基斯坦签订《战略共同防御协议》。\n": ("PAK", "SAU"),
        "1953年10月，韩国与美国签署了《韩美相互防御条约》。\n": ("KOR", "USA"),
    }
    for text, pair in cases.items():
        evs = _events(tmp_path, text)
        aligns = [e for e in evs if e.type == "ALIGN"]
        assert [tuple(sorted(p.key() for p in e.actors)) for e in aligns] == [pair], text
        assert any(e.type == "AGREE" for e in evs), text
    # a pact named as a reference point signs nothing
    evs = _events(tmp_path, "2024年4月\n美国国务院重申《美菲共同防御条约》适用于南海。\n")
    assert [e for e in evs if e.type == "ALIGN"] == []


def test_talks_or_drills_the_parties_agree_to_hold_are_planned_beside_the_meeting(tmp_path) -> None:
    """双方同意尽快展开关税谈判: the talks agreed on are a planned CONSULT of their own, not folded into
    the meeting that agreed them; 展开/开始/开启 head talks only after 同意."""
    cases = (
        "2024年6月\n王毅22日与布林肯举行会谈，双方同意尽快展开关税谈判。\n",
        "2024年6月\n王毅22日與布林肯舉行會談，雙方同意儘速展開關稅談判。\n",
        "2024年6月\n王毅22日与布林肯举行会谈，双方同意开始新一轮贸易磋商。\n",
        "2024年6月\n王毅22日与布林肯通电话，双方同意就出口管制问题进行磋商。\n",
    )
    for text in cases:
        got = _typed(_events(tmp_path, text), "CONSULT")
        assert got == [(("CHN", "USA"), "asserted", "2024-06-22"), (("CHN", "USA"), "planned", None)], text
    drills = _events(tmp_path, "2024年6月\n中国与俄罗斯防长22日会晤，双方同意举行联合海上演习。\n")
    assert _typed(drills, "COOPERATE") and all(m == "planned" for _, m, _ in _typed(drills, "COOPERATE"))


def test_agreeing_to_resume_or_to_create_conditions_and_other_uses_of_the_verbs_plan_no_talks(tmp_path) -> None:
    resumed = _events(tmp_path, "2024年6月\n王毅22日与布林肯举行会谈，双方同意恢复两军对话。\n")
    assert [e.type for e in resumed if e.type == "AGREE"] == ["AGREE"]
    assert _typed(resumed, "CONSULT") == [(("CHN", "USA"), "asserted", "2024-06-22")]
    for text in ("2025年3月\n中日韩外长22日在东京举行会议，三方同意为举行下一次领导人会议创造条件。\n",
                 "2024年6月\n中国与老挝22日展开禁毒合作。\n",
                 "2024年6月\n两国谈判22日开始陷入僵局。\n"):
        assert [e for e in _events(tmp_path, text) if e.modality == "planned"] == [], text


def test_an_initiative_or_document_a_body_endorses_with_he_ke_is_agreed(tmp_path) -> None:
    """核可 is Taiwan and Hong Kong usage for 批准/核准: a body endorsing an initiative agrees it, a
    legislature approving a treaty joins it."""
    for text in ("2024年8月，太平洋岛国论坛领导人会议在汤加举行，会议核可由澳大利亚推动的“太平洋警务倡议”。\n",
                 "2024年8月，太平洋島國論壇領導人會議在湯加舉行，會議核可由澳洲推動的「太平洋警務倡議」。\n"):
        assert [(e.type, [p.key() for p in e.actors]) for e in _events(tmp_path, text) if e.type == "AGREE"] == \
            [("AGREE", ["pacific-islands-forum"])], text
    ratified = _events(tmp_path, "2024年8月，菲律宾参议院核可了该条约。\n")
    assert [e.type for e in ratified] == ["JOIN"]


def test_a_security_guarantee_given_to_a_state_is_aid(tmp_path) -> None:
    cases = {
        "2023年11月，澳大利亚与图瓦卢签署条约，澳方承诺为图瓦卢提供安全保障。\n": ("AUS", "TUV", "planned"),
        "2023年11月，澳洲與吐瓦魯簽署條約，澳方承諾為吐瓦魯提供安全保障。\n": ("AUS", "TUV", "planned"),
        "2023年7月，美国宣布向乌克兰提供长期安全保障。\n": ("USA", "UKR", "asserted"),
    }
    for text, (giver, taker, modality) in cases.items():
        aid = [(e.actors[0].key(), e.recipients[0].key(), e.modality) for e in _events(tmp_path, text) if e.type == "AID"]
        assert aid == [(giver, taker, modality)], text
    assert [e for e in _events(tmp_path, "2023年7月，该机制为中国与越南的合作提供了制度保障。\n") if e.type == "AID"] == []


def test_aid_sized_in_yuan_renminbi_is_a_pledge_not_a_statistic(tmp_path) -> None:
    """总额X亿元人民币的…援助: the size of one pledge (the currency written after 元), not a total reported."""
    for text in ("2023年5月，中方宣布向哈萨克斯坦提供总额26亿元人民币的无偿援助。\n",
                 "2023年5月，中方宣布向哈薩克斯坦提供總額26億元人民幣的無償援助。\n"):
        aid = [(e.actors[0].key(), [p.key() for p in e.recipients]) for e in _events(tmp_path, text) if e.type == "AID"]
        assert aid == [("CHN", ["KAZ"])], text
    assert [e for e in _events(tmp_path, "2023年，中国对哈萨克斯坦的投资总额达26亿元人民币。\n") if e.type == "AID"] == []


def test_a_joint_drill_suspended_or_cancelled_is_one_leave_of_its_parties_and_no_drill(tmp_path) -> None:
    """Suspending or cancelling a joint drill ends a cooperation (LEAVE, the shared guidelines); the drill
    is not held, and the two sides suspend it together (one act, no recipient)."""
    for text in ("2018年6月\n美韩两国12日宣布暂停原定8月举行的“乙支自由卫士”联合军演。\n",
                 "2018年6月\n美韓兩國12日宣布暫停原定8月舉行的「乙支自由衛士」聯合軍演。\n",
                 "2019年3月\n美国与韩国12日宣布取消今年的年度联合演习。\n"):
        evs = _events(tmp_path, text)
        assert [(e.type, sorted(p.key() for p in e.actors), e.recipients) for e in evs] == \
            [("LEAVE", ["KOR", "USA"], [])], text


def test_the_visitor_of_a_trip_framing_an_act_with_a_partner_acts_in_it(tmp_path) -> None:
    """X访问Y期间，与Y签署…: the trip frames the act, and the visitor (not a setting) signs it with
    the partner, beside the visit."""
    cases = (
        "2014年11月，美国总统奥巴马访华期间，与中方共同发表了《中美气候变化联合声明》。\n",
        "2014年11月，美國總統歐巴馬訪華期間，與中方共同發表了《中美氣候變化聯合聲明》。\n",
        "2023年6月，莫迪访问美国期间，与美方签署了《关于太空合作的谅解备忘录》。\n",
        "2023年6月，莫迪访美期间，同拜登签署了多项合作协议。\n",
    )
    for text in cases:
        evs = _events(tmp_path, text)
        assert len([e for e in evs if e.type == "CONSULT"]) == 1, text
        agree = [sorted(p.key() for p in e.actors) for e in evs if e.type == "AGREE"]
        assert len(agree) == 1 and len(agree[0]) == 2, text
