"""Fourth organisation round: organs named after a treaty (缔约方大会, 联合委员会, 审议大会), boards of
banks and funds, 「」-quoted laws in Taiwan and Hong Kong prose, regional names of arms-control
regimes and bodies, departments that are no ministry, in both scripts.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions

# --- organs named after a treaty --------------------------------------------------------------


def test_conference_of_the_parties_after_the_treaty_title_and_a_session_number() -> None:
    got = found("《生物多样性公约》第十五次缔约方大会（COP15）第二阶段会议在加拿大举行。")
    assert ("生物多样性公约", "cbd") in got  # the treaty stays a mention of its own
    assert ("缔约方大会", "x:生物多样性公约缔约方大会") in got  # its organ, named after it
    assert not any(t == "COP15" for t, _ in got)  # the acronym in brackets is the organ's gloss
    trad = found("《聯合國氣候變化框架公約》第29屆締約方大會（COP29）於去年11月閉幕。")
    assert ("聯合國氣候變化框架公約", "unfccc") in trad
    assert ("締約方大會", "unfccc-cop") in trad  # the gazetteer's record of the treaty's COP
    assert not any(t == "COP29" for t, _ in trad)


def test_a_treaty_secretariat_is_an_organ_of_the_treaty() -> None:
    got = found("《生物多样性公约》秘书处发布了第六版全球生物多样性展望。")
    assert ("秘书处", "x:生物多样性公约秘书处") in got and ("生物多样性公约", "cbd") in got
    trad = found("聯合國氣候變化框架公約秘書處執行秘書呼籲各國提高目標。")
    assert trad == [("聯合國氣候變化框架公約秘書處", "x:联合国气候变化框架公约秘书处")]


def test_review_conference_and_commission_named_with_the_treaty() -> None:
    got = found("《不扩散核武器条约》审议大会连续两次未能通过成果文件。")
    assert ("不扩散核武器条约", "npt") in got and ("审议大会", "x:不扩散核武器条约审议大会") in got
    trad = found("英國申請加入後，CPTPP委員會決定成立加入工作組。")
    assert ("CPTPP委員會", "x:全面与进步跨太平洋伙伴关系协定委员会") in trad
    assert ("CPTPP", "cptpp") not in trad


def test_a_treaty_followed_by_a_title_or_a_member_word_keeps_its_own_mention() -> None:
    got = found("东盟提议尽快设立RCEP秘书处。")  # a secretariat still to be set up: the seed gold reads RCEP
    assert ("RCEP", "rcep") in got
    trad = found("各方同意籌建 CPTPP秘書處。")
    assert ("CPTPP", "cptpp") in trad
    trad = found("他曾任《巴黎協定》委員會委員。")
    assert ("巴黎協定", "paris-agreement") in trad and not any(t.endswith("委員會") for t, _ in trad)


# --- boards of banks and funds ----------------------------------------------------------------


def test_the_board_of_a_bank_is_an_organ_of_it() -> None:
    got = found("亚投行董事会去年批准了首笔本币贷款。")
    assert got == [("亚投行董事会", "x:亚投行董事会")]
    trad = found("國際貨幣基金組織執董會本月完成對斯里蘭卡貸款的第三次審查。")
    assert ("國際貨幣基金組織執董會", "imf-executive-board") in trad
    assert ("國際貨幣基金組織", "imf") not in trad


def test_a_preposition_between_a_body_and_a_fund_word_is_no_organ() -> None:
    got = found("该计划由世界银行以信托基金形式管理。")
    assert ("世界银行", "world-bank") in got and not any(t.startswith("世界银行以") for t, _ in got)
    trad = found("新基金暫由亞洲開發銀行以中介基金方式託管。")
    assert ("亞洲開發銀行", "adb") in trad and not any("以" in t for t, _ in trad)


# --- regional names and variants ---------------------------------------------------------------


def test_taiwan_names_of_the_export_control_regimes() -> None:
    got = found("我國雖非飛彈技術管制建制、瓦聖納協定、核子供應國集團及澳洲集團成員，仍比照其清單管制出口。")
    ids = [i for _, i in got]
    for body in ("mtcr", "wassenaar-arrangement", "nuclear-suppliers-group", "australia-group"):
        assert body in ids
    assert ("澳洲", "AUS") not in got  # 澳洲 inside the group's name is no state


def test_seabed_authority_and_its_council_in_taiwan_usage() -> None:
    got = found("國際海床管理局理事會7月開會，但國際海床管理局仍未完成採礦規章。")
    assert got == [("國際海床管理局理事會", "isa-council"), ("國際海床管理局", "isa")]


def test_group_of_77_and_china_is_one_name() -> None:
    got = found("“77国集团加中国”在谈判中要求发达国家兑现资金承诺。")
    assert got == [("77国集团加中国", "g77")]
    trad = found("77國集團加中國發表聲明，批評資金不足。")
    assert trad == [("77國集團加中國", "g77")]


def test_former_name_of_the_financial_stability_board() -> None:
    got = found("金融稳定论坛于2009年改组为金融稳定理事会。")
    assert [i for _, i in got] == ["financial-stability-board", "financial-stability-board"]


def test_national_security_law_in_a_title_but_not_inside_a_longer_word() -> None:
    got = found("中方依据《国家安全法》采取措施。")
    assert ("国家安全法", "china-national-security-law") in got
    assert not any(i == "china-national-security-law" for _, i in found("完善国家安全法律体系是长期任务。"))
    assert not any(i == "china-national-security-law" for _, i in found("健全國家安全法治保障。"))


def test_climate_conference_as_the_cop() -> None:
    got = found("今年的气候大会在巴西贝伦举行。")
    assert ("气候大会", "unfccc-cop") in got and ("贝伦", "belem") in got
    trad = found("氣候大會閉幕後，小島嶼國家聯盟批評損失與損害基金規模太小。")
    assert [i for _, i in trad] == ["unfccc-cop", "aosis", "loss-and-damage-fund"]


# --- 「」-quoted laws ------------------------------------------------------------------------------


def test_a_law_quoted_in_corner_brackets_is_discovered() -> None:
    got = [(m.text, m.kind) for m in mentions("行政院提出「資通安全管理法」修正草案，並依「產業創新條例」提供優惠。")]
    assert ("資通安全管理法", "law") in got and ("產業創新條例", "law") in got


def test_a_quoted_way_or_act_of_law_is_no_law() -> None:
    got = found("這種「新做法」與「嚴格執法」的主張，以及所謂「解決辦法」，都引起爭議。")
    assert got == []


# --- departments --------------------------------------------------------------------------------


def test_departments_are_no_ministry() -> None:
    assert found("会议邀请各经济体的财政部门和央行参加。") == []
    got = found("中国财政部与各省财政部门召开会议。")
    assert got.count(("中国财政部", "CHN")) == 1 and len(got) == 1


# --- organs of groupings and mechanisms, committees named by a resolution ----------------------


def test_a_working_group_of_a_grouping_or_mechanism_is_its_organ() -> None:
    got = found("二十国集团可持续金融工作组发布了年度报告。")
    assert got == [("二十国集团可持续金融工作组", "x:二十国集团可持续金融工作组")]
    trad = found("東盟防長擴大會議海上安全專家工作組在達爾文舉行演練。")
    assert trad[0] == ("東盟防長擴大會議海上安全專家工作組", "x:东盟防长扩大会议海上安全专家工作组")


def test_a_clause_after_a_grouping_is_no_organ() -> None:
    got = found("二十国集团可以设立工作组。")
    assert got == [("二十国集团", "g20")]
    trad = found("七國集團領導人同意成立委員會。")
    assert trad[0] == ("七國集團", "g7") and len(trad) == 1


def test_a_committee_named_by_its_resolution() -> None:
    got = found("联合国安理会1540委员会负责监督各国履行防扩散义务。")
    assert got == [("联合国安理会1540委员会", "x:联合国安理会1540委员会")]
    trad = found("安理會1267委員會將該組織列入制裁名單。")
    assert trad[0][0] == "安理會1267委員會"
