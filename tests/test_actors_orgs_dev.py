"""Third organisation round: organs named after their body, typed references (该行, 該委員會),
numbered resolutions, seats that are no venues, agencies as organs of their state, Taiwan's
bare ministries and Hong Kong's 本港, in both scripts.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions

# --- organs named after their body ---------------------------------------------------------


def test_secretariat_after_an_introduced_short_form() -> None:
    text = "南太平洋论坛于1971年成立，后更名为太平洋岛国论坛（以下简称“论坛”）。论坛秘书处负责落实领导人的决定。"
    got = found(text)
    assert ("论坛秘书处", "pif-secretariat") in got
    assert ("论坛", "pacific-islands-forum") not in got  # the short form is part of the organ's name here
    trad = found("太平洋島國論壇（以下簡稱「論壇」）每年舉行峰會，論壇秘書處設於蘇瓦。")
    assert ("論壇秘書處", "pif-secretariat") in trad


def test_secretariat_after_a_short_form_in_traditional_script() -> None:
    got = found("世界衛生組織（以下簡稱世衛）多次拒絕台灣參與，世衛秘書處亦未回應。")
    assert ("世衛秘書處", "who-secretariat") in got
    assert got.count(("世衛", "who")) == 0  # the only 世衛 after the gloss is inside the organ's name


def test_an_organ_the_gazetteer_lacks_is_discovered_after_its_body() -> None:
    got = found("联合国大会第四委员会讨论了非殖民化问题。")
    assert got == [("联合国大会第四委员会", "x:联合国大会第四委员会")]
    trad = found("國際證監會組織亞太區域委員會在香港開會。")
    assert trad[0] == ("國際證監會組織亞太區域委員會", "x:国际证监会组织亚太区域委员会")


def test_a_clause_or_a_count_before_the_organ_word_is_no_name() -> None:
    assert found("东盟呼吁各方成立委员会。") == [("东盟", "asean")]
    got = found("该机构是联合国五个区域委员会之一。")
    assert ("联合国", "un") in got and not any(t.startswith("联合国五") for t, _ in got)


def test_organ_after_a_gloss_and_a_word_of_belonging() -> None:
    got = found("韩国参与经济合作与发展组织（OECD）下设的钢铁委员会。")
    assert ("经济合作与发展组织", "oecd") in got and ("钢铁委员会", "oecd-steel-committee") in got
    trad = found("台灣參與經濟合作暨發展組織（OECD）轄下鋼鐵委員會的工作。")
    assert ("鋼鐵委員會", "oecd-steel-committee") in trad


# --- typed references ----------------------------------------------------------------------


def test_the_bank_reference_skips_a_forum_named_in_between() -> None:
    ms = mentions("亚洲基础设施投资银行行长出席了东盟地区论坛的边会，该行随后宣布新的贷款。")
    ref = next(m for m in ms if m.text == "该行")
    assert ref.refers_to == ["aiib"] and ref.how == "coreference"


def test_typed_references_in_traditional_script() -> None:
    ms = mentions("中美洲經濟整合銀行總部設於宏都拉斯，該行向友邦提供貸款。湄公河委員會發布報告，該委員會呼籲合作。")
    refs = [(m.text, m.refers_to) for m in ms if m.how == "coreference"]
    assert refs == [("該行", ["cabei"]), ("該委員會", ["mekong-river-commission"])]


def test_a_reference_to_a_body_reaches_the_paragraph_before() -> None:
    ms = mentions("国际原子能机构发布了评估报告。\n\n中方认为，该机构的结论不够全面。")
    ref = next(m for m in ms if m.text == "该机构")
    assert ref.refers_to == ["iaea"]


def test_the_organisation_reference_is_never_a_document() -> None:
    ms = mentions("上海合作组织成员国签署了《上海合作组织宪章》，该组织随后扩员。")
    ref = next(m for m in ms if m.text == "该组织")
    assert ref.refers_to == ["sco"]


def test_an_agency_reference_is_the_agency_state() -> None:
    ms = mentions("日本国际协力机构与亚洲开发银行合作，该机构在菲律宾资助铁路建设。")
    ref = next(m for m in ms if m.text == "该机构")
    assert ref.refers_to == ["JPN"] and ref.country == "JPN"


def test_an_acronym_gloss_is_no_antecedent() -> None:
    ms = mentions("台美共同成立「全球合作暨訓練架構」（GCTF），日本隨後加入該架構。")
    ref = next(m for m in ms if m.text == "該架構")
    assert ref.refers_to == ["gctf-taiwan"]  # not the counter-terrorism forum that shares the acronym


# --- documents, seats, organs --------------------------------------------------------------


def test_resolutions_named_by_number_are_documents() -> None:
    got = found("安理会第2397号决议要求各国遣返朝鲜劳工。")
    assert got[0] == ("安理会第2397号决议", "x:安理会第2397号决议")
    assert ("安理会", "un-security-council") not in got
    assert found("聯大第2758號決議")[0] == ("聯大第2758號決議", "unga-resolution-2758")


def test_the_seat_of_a_body_is_no_venue() -> None:
    assert found("东盟秘书处设在雅加达。") == [("东盟秘书处", "asean-secretariat")]
    venue = mentions("东盟外长会议在雅加达举行。")
    assert [(m.text, m.kind) for m in venue if m.text == "雅加达"] == [("雅加达", "place")]
    assert [m.text for m in mentions("美国重开驻霍尼亚拉大使馆。")] == ["美国"]


def test_policy_lenders_and_export_credit_agencies_are_organs() -> None:
    ms = mentions("美國進出口銀行與海外私人投资公司曾共同支持该项目，韩国进出口银行亦参与。")
    assert [(m.text, m.id, m.how, m.role) for m in ms] == [
        ("美國進出口銀行", "USA", "organ", "export_credit"), ("海外私人投资公司", "USA", "organ", "development_finance"),
        ("韩国进出口银行", "KOR", "organ", "export_credit")]


def test_bare_ministries_in_text_written_from_taiwan_are_taiwan_organs() -> None:
    taiwan = mentions("立法院通過決議，要求外交部與經濟部協助友邦，中國大陸則持續施壓。")
    organs = [(m.text, m.id, m.role) for m in taiwan if m.how == "organ"]
    assert ("外交部", "TWN", "foreign_ministry") in organs and ("經濟部", "TWN", "economy_ministry") in organs
    # in mainland text the same bare ministry is China's (actors/voice.py bare_organs), never Taiwan's
    mainland = mentions("外交部发言人表示，经济部门要加强协调。")
    assert [(m.text, m.id) for m in mainland if m.text == "外交部"] == [("外交部", "CHN")]


def test_hong_kong_speaks_of_itself_as_benggang() -> None:
    ms = mentions("本港是世界貿易組織的創始成員。")
    assert [(m.text, m.id) for m in ms] == [("本港", "HKG"), ("世界貿易組織", "wto")]


def test_a_founder_before_a_fund_name_is_part_of_the_name() -> None:
    assert found("中国—联合国和平与发展基金资助了多个项目。") == [("中国—联合国和平与发展基金", "china-un-peace-development-fund")]
    assert found("中国—东盟自贸区升级谈判完成。")[:2] == [("中国", "CHN"), ("东盟", "asean")]


def test_former_names_are_the_same_body() -> None:
    got = found("亞洲及遠東經濟委員會1974年更名，海關合作理事會亦改稱世界海關組織。")
    assert got == [("亞洲及遠東經濟委員會", "escap"), ("海關合作理事會", "wco"), ("世界海關組織", "wco")]


# --- introductions ---------------------------------------------------------------------------


def test_a_short_form_introduced_after_a_comma() -> None:
    ms = mentions("东北亚海洋环境合作委员会，简称“海环委”，于2020年成立。海环委秘书处设在首尔。")
    got = [(m.text, m.id) for m in ms if m.kind not in ("state", "place")]
    assert got == [("东北亚海洋环境合作委员会", "x:东北亚海洋环境合作委员会"), ("海环委秘书处", "x:海环委秘书处")]
    assert found("他表示，简称“海执”的说法并不准确。") == []


def test_an_acronym_after_an_english_name_in_the_gloss() -> None:
    ms = mentions("南太平洋海洋觀測中心（South Pacific Ocean Observing Centre，SPOOC）於2019年成立，SPOOC設於蘇瓦。")
    got = [(m.text, m.id) for m in ms if m.kind not in ("state", "place")]
    assert got == [("南太平洋海洋觀測中心", "x:南太平洋海洋观测中心"), ("SPOOC", "x:南太平洋海洋观测中心")]


def test_an_english_short_form_gloss() -> None:
    got = found("亚洲海岸带管理委员会（英文简称ACZMC）于2018年成立，ACZMC随后召开会议。")
    assert got == [("亚洲海岸带管理委员会", "x:亚洲海岸带管理委员会"), ("ACZMC", "x:亚洲海岸带管理委员会")]


def test_the_short_form_being_introduced_is_no_antecedent() -> None:
    ms = mentions("东南亚海洋治理论坛（以下简称“海治论坛”）在雅加达成立，该论坛每年举行一次。")
    ref = next(m for m in ms if m.text == "该论坛")
    assert ref.refers_to == ["x:东南亚海洋治理论坛"]


def test_regional_names_of_bodies() -> None:
    got = found("本港以亞太區經濟合作組織成員身分出席會議，國合會亦與世界動物衛生組織合作。")
    assert ("亞太區經濟合作組織", "apec") in got and ("國合會", "taiwan-icdf") in got and ("世界動物衛生組織", "woah") in got


def test_heads_of_bodies_are_found_after_their_title() -> None:
    ms = mentions("香港金融管理局总裁余伟文在会上发言。")
    assert [(m.text, m.how) for m in ms if m.kind == "person"] == [("余伟文", "discovered")]


def test_a_bracket_of_glosses_gives_no_second_mention() -> None:
    assert found("亚太经合组织（APEC，亚太经济合作组织）领导人会议在利马举行。")[0] == ("亚太经合组织", "apec")
    assert [t for t, _ in found("亚太经合组织（APEC，亚太经济合作组织）领导人会议在利马举行。")].count("亚太经济合作组织") == 0
    got = found("世界貿易組織（世貿，WTO）與國際貨幣基金組織合作，世貿隨後發表聲明。")
    assert got == [("世界貿易組織", "wto"), ("國際貨幣基金組織", "imf"), ("世貿", "wto")]


def test_short_regional_names_of_states() -> None:
    got = found("星國與柬國、緬國代表會晤，巴纽和阿联也派员出席。")
    assert got == [("星國", "SGP"), ("柬國", "KHM"), ("緬國", "MMR"), ("巴纽", "PNG"), ("阿联", "ARE")]
    assert found("冷战时期的卫星国和今天的明星国家。") == []


def test_gang_is_hong_kong_in_text_written_from_hong_kong() -> None:
    hk = mentions("特區政府表示，本港歡迎更多企業來港投資；貨櫃碼頭在港口一帶。")
    assert [(m.text, m.id, m.how) for m in hk if m.text == "港"] == [("港", "HKG", "compound")]
    mainland = mentions("美国航母抵港停泊，随后在港口补给。")
    assert not any(m.text == "港" for m in mainland)


def test_centres_and_funds_named_after_their_body() -> None:
    assert found("美国支持东盟气候变化中心建设。")[-1] == ("东盟气候变化中心", "x:东盟气候变化中心")
    assert found("亞投行項目準備特別基金支持多個項目。") == [("亞投行項目準備特別基金", "x:亚投行项目准备特别基金")]
    # a body named right after another name is part of a pair, not the opening of an organ's name
    got = found("中国应设立中国东盟扶贫合作基金。")
    assert not any(i.startswith("x:东盟") for _, i in got)


def test_a_verb_before_the_organ_word_is_no_name() -> None:
    got = found("联合国妇女署设有办事处，联合国开发计划署驻华办事处也参与了项目。")
    assert not any(i.startswith("x:") for _, i in got)


def test_a_cna_dispatch_speaks_from_taiwan() -> None:
    ms = mentions("（中央社記者林某台北5日電）外交部感謝歐洲議會長期友台，我國將持續爭取參與國際刑警組織。"
                  "財政部長率團出席亞銀年會。")
    got = [(m.text, m.id) for m in ms if m.id == "TWN" or m.text == "我國"]
    assert got == [("外交部", "TWN"), ("台", "TWN"), ("我國", "TWN")]  # 財政部長 is a title, not the ministry


def test_more_government_agencies_are_organs() -> None:
    ms = mentions("国台办发言人回应后，日本内阁府和澳大利亚安全情报组织也发表了看法。")
    assert [(m.text, m.id, m.how) for m in ms] == [("国台办", "CHN", "organ"), ("日本内阁府", "JPN", "organ"),
                                                   ("澳大利亚安全情报组织", "AUS", "organ")]


def test_qi_after_a_copula_is_not_the_clause_subject() -> None:
    ms = mentions("亚洲开发银行于1992年发起大湄公河次区域经济合作，该行至今仍为其秘书处。")
    assert [m.refers_to for m in ms if m.text == "其"] == [["greater-mekong-subregion"]]
    ms = mentions("東盟領導人同意接納東帝汶，東帝汶於2025年成為其第11個成員國。")
    assert [m.refers_to for m in ms if m.text == "其"] == [["asean"]]
    ms = mentions("美国倾向于将东南亚作为其亚太布局的一环。")  # 将X作为其…: the subject itself
    assert [m.refers_to for m in ms if m.text == "其"] == [["USA"]]


def test_you_before_an_abbreviation_is_a_stance_toward_the_state() -> None:
    assert found("歐洲議會長期友台。")[-1] == ("台", "TWN")
    assert [t for t, _ in found("他们是友军，双边友好关系稳定。")] == []


def test_the_head_noun_of_a_body_named_before_with_an_organ_tail() -> None:
    got = found("太平洋島國論壇秘書長表示，論壇將推動合作，澳洲亦向論壇秘書處增撥資金。")
    assert ("論壇秘書處", "pif-secretariat") in got
    assert found("上海合作组织峰会召开，组织秘书处发布公报。")[-1] == ("组织秘书处", "sco-secretariat")
    assert found("他参加了多个论坛，论坛秘书处很忙。") == []  # no body named before


def test_an_agency_reference_by_its_type_word() -> None:
    ms = mentions("論壇漁業局發布報告，該局認為鮪魚資源下降。")
    assert [(m.text, m.refers_to) for m in ms if m.how == "coreference"] == [("該局", ["ffa"])]


def test_treaties_missions_and_mechanisms_of_the_third_round() -> None:
    got = found("中日海空聯絡機制於2018年啟動，中國維和部隊參加聯黎部隊任務，《昆明-蒙特利爾全球生物多樣性框架》獲通過。")
    assert [i for _, i in got if not i.isupper()] == [
        "china-japan-maritime-air-communication-mechanism", "unifil", "kunming-montreal-gbf"]


def test_a_quoted_name_introduced_as_a_name() -> None:
    got = found("多國成立了一個名為「太平洋海洋聯盟」的新機制，該聯盟致力於海洋保護。")
    assert got[0] == ("太平洋海洋聯盟", "x:太平洋海洋联盟")
    assert found("他们建立了“芯片联盟”。") == []  # a coined concept, not introduced as a name
