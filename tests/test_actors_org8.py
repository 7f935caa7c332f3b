"""Round org8: organisation and document constructions of unseen text, in both scripts — a name
introduced after a clause-opening adverb, 其 before an ordinal party or member, 该院 and
该共同体, consensus documents and other documents named after a city, and the round's data.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions


def test_an_introduced_name_starts_after_a_clause_opening_adverb() -> None:
    got = found("太平洋岛国论坛有18个成员，并与太平洋共同体（SPC）合作。")
    assert ("太平洋共同体", "pacific-community") in got
    assert not any(t.startswith("并") for t, _ in got)
    trad = found("該論壇現有18個成員，亦與\n太平洋共同體（SPC）等機構同屬區域組織。")
    assert ("太平洋共同體", "pacific-community") in trad
    assert not any(t.startswith(("亦", "與")) for t, _ in trad)


def test_its_nth_party_is_the_treaty_and_its_nth_member_the_body() -> None:
    got = [(m.text, m.id) for m in mentions("智利申请加入《数字经济伙伴关系协定》后，韩国于2024年成为其第四个缔约方。")
           if m.how == "coreference"]
    assert got == [("其", "depa")]
    trad = [(m.text, m.id) for m in mentions("印尼2025年1月加入金磚國家，成為其第10個成員國。") if m.how == "coreference"]
    assert trad == [("其", "brics")]


def test_a_court_or_house_is_taken_up_by_gai_yuan() -> None:
    got = [(m.text, m.id) for m in mentions("常设仲裁法院2016年作出裁决，该院并非联合国的机构。") if m.how == "coreference"]
    assert got == [("该院", "permanent-court-of-arbitration")]
    trad = [(m.text, m.id) for m in mentions("國際調解院總部今年揭幕，該院以調解處理國際爭端。") if m.how == "coreference"]
    assert trad == [("該院", "iomed")]


def test_a_consensus_named_after_its_host_is_a_document_a_plain_one_is_not() -> None:
    got = [(m.text, m.kind) for m in mentions("会议在多哈达成“多哈共识”，双方也形成“重要共识”。")]
    assert ("多哈共识", "agreement") in got
    assert not any(t == "重要共识" for t, _ in got) and not any(t == "多哈" and k != "place" for t, k in got)
    trad = [(m.text, m.kind) for m in mentions("與會各方通過「多哈共識」。")]
    assert ("多哈共識", "agreement") in trad and not any(t == "多哈" for t, _ in trad)


def test_a_document_named_after_a_city_is_no_metonym() -> None:
    got = [(m.text, m.kind) for m in mentions("两国领导人发表河内联合声明，并重申雅加达宣言的原则。")]
    assert ("河内联合声明", "agreement") in got and ("雅加达宣言", "agreement") in got
    assert not any(t in ("河内", "雅加达") for t, _ in got)
    trad = [(m.text, m.kind) for m in mentions("雙方發表河內聯合聲明。")]
    assert ("河內聯合聲明", "agreement") in trad


def test_a_city_before_the_verb_to_state_stays_the_government() -> None:
    got = [(m.text, m.id) for m in mentions("华盛顿声明称将加征关税。")]
    assert ("华盛顿", "USA") in got
    trad = [(m.text, m.id) for m in mentions("華盛頓聲明，將恢復對話。")]
    assert ("華盛頓", "USA") in trad


def test_round_data_treaties_and_bodies_in_both_scripts() -> None:
    got = found("各方应落实明斯克协议，并遵守日内瓦公约和《禁止杀伤人员地雷公约》。")
    assert ("明斯克协议", "minsk-agreements") in got and ("日内瓦公约", "geneva-conventions") in got
    assert ("禁止杀伤人员地雷公约", "ottawa-convention") in got and not any(i == "BLR" for _, i in got)
    trad = found("歐盟晶片法案生效後，台灣亦關注大英國協與中美洲議會的動向，以及多方臨時上訴仲裁安排。")
    assert ("歐盟晶片法案", "eu-chips-act") in trad and ("大英國協", "commonwealth-of-nations") in trad
    assert ("中美洲議會", "parlacen") in trad and ("多方臨時上訴仲裁安排", "wto-mpia") in trad
    assert not any(i in ("GBR", "chips-and-science-act") for _, i in trad)


def test_its_antecedent_is_the_head_a_clause_modifies_not_the_state_inside() -> None:
    got = [(m.text, m.id) for m in mentions("总部位于韩国仁川的绿色气候基金是资金机制的经营实体，截至2024年其批准的项目逾二百个。")
           if m.how == "coreference"]
    assert got == [("其", "green-climate-fund")]
    trad = [(m.text, m.id) for m in mentions("美國主導的北約在峰會上稱其防務開支須提高。") if m.how == "coreference"]
    assert trad == [("其", "nato")]


def test_a_shared_short_form_stands_where_the_document_names_its_parent_body() -> None:
    got = found("东盟峰会闭幕，各成员国同意继续落实五点共识。")
    assert ("五点共识", "asean-five-point-consensus") in got
    trad = found("東協外長會後表示，緬甸軍政府仍未落實五點共識。")
    assert ("五點共識", "asean-five-point-consensus") in trad
    assert not any(t == "五点共识" for t, _ in found("中印两国外长在莫斯科达成五点共识。"))


def test_hong_kong_financial_secretary_in_both_scripts() -> None:
    got = [(m.text, m.id, m.country) for m in mentions("财政司司长陈茂波出席亚太经合组织财长会议。", )]
    assert ("陈茂波", "paul-chan-mo-po", "HKG") in got
    trad = found("財政司司長陳茂波今日發表預算案。")
    assert ("陳茂波", "paul-chan-mo-po") in trad


def test_a_title_that_is_only_a_type_word_is_no_document() -> None:
    got = found("两国发表《联合声明》，并签署《谅解备忘录》和《中美联合公报》。")
    assert not any(t in ("联合声明", "谅解备忘录") for t, _ in got)
    assert any(t == "中美联合公报" for t, _ in got)
    trad = found("雙方發表《聯合聲明》並簽署《合作備忘錄》。")
    assert not any(t in ("聯合聲明", "合作備忘錄") for t, _ in trad)


def test_the_pacific_community_bare_and_its_seminar() -> None:
    got = found("瓦努阿图与太平洋共同体签署渔业合作协议。")
    assert ("太平洋共同体", "pacific-community") in got
    trad = found("太平洋共同體在努美阿召開理事會。")
    assert ("太平洋共同體", "pacific-community") in trad
    assert not any(i == "pacific-community" for _, i in found("1980年太平洋共同体研讨会在堪培拉召开。"))


def test_a_quoted_kind_of_initiative_is_no_name() -> None:
    got = found("报告比较多边开发银行与“联通倡议”，并评估“东盟互联互通倡议”。")
    assert not any(t == "联通倡议" for t, _ in got)
    trad = found("報告評估「基礎設施倡議」的成效。")
    assert not any(t == "基礎設施倡議" for t, _ in trad)


def test_a_union_act_named_without_its_owner_is_the_union_named_before_it() -> None:
    got = found("欧盟的《芯片法案》旨在提升产能，美国的《芯片法案》则以补贴为主。")
    assert [i for t, i in got if t == "芯片法案"] == ["eu-chips-act", "chips-and-science-act"]
    trad = found("歐盟的《人工智慧法案》2024年8月生效。")
    assert ("人工智慧法案", "eu-ai-act") in trad
    assert not any(t == "人工智能法案" for t, _ in found("各国正在讨论人工智能法案的利弊。"))


def test_a_city_document_title_runs_over_a_second_document_word() -> None:
    got = found("东盟通过河内宣言行动计划，并重申雅加达宣言精神。")
    assert any(t == "河内宣言行动计划" for t, _ in got) and any(t == "雅加达宣言" for t, _ in got)
    trad = found("北京宣言和東京宣言均提及此事。")
    assert any(t == "北京宣言" for t, _ in trad) and any(t == "東京宣言" for t, _ in trad)


def test_conventions_cited_by_their_bare_names_in_both_scripts() -> None:
    got = found("南非依据防止及惩治灭绝种族罪公约起诉，并援引维也纳条约法公约和联合国反腐败公约。")
    assert ("防止及惩治灭绝种族罪公约", "genocide-convention") in got
    assert ("维也纳条约法公约", "vienna-convention-law-of-treaties") in got and ("联合国反腐败公约", "uncac") in got
    trad = found("台灣自願遵循公民與政治權利國際公約及經濟社會文化權利國際公約。")
    assert ("公民與政治權利國際公約", "iccpr") in trad and ("經濟社會文化權利國際公約", "icescr") in trad


def test_gai_jituan_and_gai_jigou_fall_back_to_the_kind_of_body() -> None:
    got = [(m.text, m.id) for m in mentions("金砖国家2024年扩员，该集团成员增至十国。") if m.how == "coreference"]
    assert got == [("该集团", "brics")]
    trad = [(m.text, m.id) for m in mentions("聯合國安理會通過決議，該機構要求各方停火。") if m.how == "coreference"]
    assert trad == [("該機構", "un-security-council")]
    typed = [(m.text, m.id) for m in mentions("国际原子能机构发布报告后，欧盟表示支持，该机构随即派员。") if m.how == "coreference"]
    assert typed == [("该机构", "iaea")]


def test_hong_kong_and_taiwan_forms_of_listed_bodies() -> None:
    got = found("國際刑警發出紅色通緝令，經濟合作及發展組織同日發表報告。")
    assert ("國際刑警", "interpol") in got and ("經濟合作及發展組織", "oecd") in got
    simp = found("国际刑警组织与国际刑事警察组织是同一机构。")
    assert ("国际刑警组织", "interpol") in simp


def test_a_city_before_an_office_word_is_the_office_seat_not_the_government() -> None:
    got = found("北约计划设立北约东京联络处，世界银行北京代表处同日发布报告。")
    assert not any(i in ("JPN", "CHN") for _, i in got) and ("北约", "nato") in got
    trad = found("北約東京聯絡處計畫擱置，東京表示遺憾。")
    assert [t for t, i in trad if i == "JPN"] == ["東京"]


def test_the_league_of_nations_only_opens_a_name() -> None:
    got = found("“一带一路”绿色发展国际联盟在北京成立，日本1933年退出国际联盟。")
    assert [t for t, i in got if i == "league-of-nations"] == ["国际联盟"]
    assert sum(1 for _, i in got if i == "league-of-nations") == 1
    trad = found("日本1933年退出國際聯盟。")
    assert ("國際聯盟", "league-of-nations") in trad


def test_mikta_in_both_scripts() -> None:
    assert ("中等强国合作体", "mikta") in found("“中等强国合作体”（MIKTA）外长会在纽约举行。")
    assert ("中等強國合作體", "mikta") in found("韓國是中等強國合作體成員。")


def test_brussels_and_rio_are_venues_only() -> None:
    got = [(m.text, m.id, m.kind) for m in mentions("北约外长会在布鲁塞尔举行，二十国集团外长会则在里约举行。")]
    assert ("布鲁塞尔", "brussels", "place") in got and ("里约", "rio-de-janeiro", "place") in got
    trad = [(m.text, m.id) for m in mentions("歐盟外長會在布魯塞爾舉行，布魯塞爾認為應加強合作。")]
    assert [t for t, i in trad if i == "brussels"] == ["布魯塞爾"]


def test_qi_after_a_time_clause_is_the_sentence_subject_not_the_last_name() -> None:
    got = [(m.text, m.id) for m in mentions("亚投行的年度贷款超过世界银行后，其影响力明显上升。") if m.how == "coreference"]
    assert got == [("其", "aiib")]
    trad = [(m.text, m.id) for m in mentions("東盟秘書處的規模超過歐盟時，其職員增至四百人。") if m.how == "coreference"]
    assert trad == [("其", "asean-secretariat")]


def test_micronesia_as_a_subregion_and_its_presidents_summit() -> None:
    got = found("密克羅尼西亞次區域認為，密克羅尼西亞總統高峰會應有一席。")
    assert not any(i == "FSM" for _, i in got)
    assert ("密克羅尼西亞總統高峰會", "micronesian-presidents-summit") in got
    simp = found("密克罗尼西亚总统峰会在帕劳举行，密克罗尼西亚联邦总统出席。")
    assert ("密克罗尼西亚总统峰会", "micronesian-presidents-summit") in simp and any(i == "FSM" for _, i in simp)


def test_asean_bodies_and_documents_in_taiwan_and_singapore_usage() -> None:
    got = found("東協共同體願景2045於吉隆坡通過，東協互聯互通總體規劃2025隨之到期。")
    assert ("東協共同體願景2045", "asean-community-vision-2045") in got
    assert any(t == "東協互聯互通總體規劃2025" for t, _ in got)
    sg = found("亚细安地区论坛今年在万象举行，亚细安共同体愿景2045同时出炉。")
    assert ("亚细安地区论坛", "arf") in sg and ("亚细安共同体愿景2045", "asean-community-vision-2045") in sg
    assert [i for t, i in found("东盟组织成立于1967年。")] == ["asean"]


def test_negotiating_formats_named_without_their_members() -> None:
    got = found("诺曼底模式会谈中断后，伊核六国与伊朗的谈判也陷入僵局，中东问题四方发表声明。")
    assert ("诺曼底模式", "normandy-format") in got and ("伊核六国", "p5-plus-1") in got
    assert ("中东问题四方", "middle-east-quartet") in got
    trad = found("歐安組織明斯克小組解散，四國集團呼籲安理會改革。")
    assert ("歐安組織明斯克小組", "osce-minsk-group") in trad and ("四國集團", "g4-nations") in trad
    assert not any(i in ("BLR", "minsk") for _, i in trad)


def test_national_laws_cited_bare_or_owned() -> None:
    got = found("中国的《国家情报法》引发关注，美国战略竞争法随之提出。")
    assert ("国家情报法", "china-national-intelligence-law") in got and ("战略竞争法", "us-strategic-competition-act") in got
    assert not any(i == "china-counter-terrorism-law" for _, i in found("菲律宾2020年通过反恐怖主义法。"))
    trad = found("澳洲外國干預法與日本重要經濟安保資訊保護法相繼上路。")
    assert ("澳洲外國干預法", "australia-foreign-influence-transparency-scheme") in trad
    assert ("重要經濟安保資訊保護法", "japan-economic-security-information-act") in trad


def test_japan_and_korea_documents() -> None:
    got = found("尹锡悦政府提出对朝大胆构想，朝方拒绝大胆构想。日韩请求权协定仍是争议焦点。")
    assert [i for t, i in got if t in ("对朝大胆构想", "大胆构想")] == ["rok-audacious-initiative"] * 2
    assert ("日韩请求权协定", "japan-rok-claims-agreement") in got
    assert not any(i == "rok-audacious-initiative" for _, i in found("这是一个大胆构想。"))
    trad = found("福田主義奠定日本對東南亞外交基礎，美韓互助防禦條約則於1953年簽署。")
    assert ("福田主義", "fukuda-doctrine") in trad and ("美韓互助防禦條約", "us-rok-mutual-defense-treaty") in trad


def test_pacts_covenants_and_ententes_in_title_marks_are_documents() -> None:
    got = [(m.text, m.kind) for m in mentions("各国签署《巴黎非战契约》，后又订立《英俄协约》。")]
    assert ("巴黎非战契约", "agreement") in got and ("英俄协约", "agreement") in got
    trad = [(m.text, m.id) for m in mentions("聯合國大會通過《未來契約》，並重申《國際聯盟盟約》的教訓。")]
    assert ("未來契約", "pact-for-the-future") in trad and any(t == "國際聯盟盟約" for t, _ in trad)


def test_another_states_strategy_named_bare_after_its_state_is_not_the_us_one() -> None:
    got = found("报告比较法国印太战略与美国印太战略。")
    assert ("法国印太战略", "x:法国印太战略") in got and ("美国印太战略", "us-indo-pacific-strategy") in got
    trad = found("德國的印太戰略強調多邊合作。")
    assert not any(i == "us-indo-pacific-strategy" for _, i in trad) and any(t == "印太戰略" for t, _ in trad)
    assert ("印太战略", "us-indo-pacific-strategy") in found("拜登政府发布的印太战略提出五大目标。")


def test_charters_and_strategies_of_bodies_and_states() -> None:
    got = found("上海合作组织宪章于2002年签署，欧盟的《战略指南针》则在2022年通过。")
    assert ("上海合作组织宪章", "sco-charter") in got and ("战略指南针", "eu-strategic-compass") in got
    trad = found("德國對華戰略強調去風險，德國國家安全戰略同年公布。")
    assert ("德國對華戰略", "germany-china-strategy") in trad and ("德國國家安全戰略", "germany-national-security-strategy") in trad
    assert ("华", "CHN") in found("美国对华战略日趋强硬。")


def test_gai_jigou_after_a_state_agency_is_that_agency() -> None:
    got = [(m.text, m.id) for m in mentions("联合国开发计划署与美国国际开发署签约，该机构随后削减预算。") if m.how == "coreference"]
    assert got == [("该机构", "USA")]
    trad = [(m.text, m.id) for m in mentions("世界銀行與美國國際開發署合作，該機構提供贈款。") if m.how == "coreference"]
    assert trad == [("該機構", "USA")]


def test_shuangfang_after_two_representative_offices_are_the_sides_they_represent() -> None:
    got = [sorted(m.refers_to) for m in mentions("美国在台协会与驻美国台北经济文化代表处代表双方签署协定。") if m.how == "coreference"]
    assert got == [["TWN", "USA"]]
    trad = [sorted(m.refers_to) for m in mentions("美國在台協會與駐美國台北經濟文化代表處代表雙方簽署協定。") if m.how == "coreference"]
    assert trad == [["TWN", "USA"]]


def test_gai_before_a_word_or_after_ying_is_no_reference() -> None:
    got = [(m.text, m.id) for m in mentions("亚洲开发银行发布报告，各国应该行动起来，该行动计划随即公布，该行行长表示乐观。")
           if m.how == "coreference"]
    assert got == [("该行", "adb")]
    trad = [(m.text, m.id) for m in mentions("亞太經合會部長會議舉行，該會表示支持；各國應該會增加投資，該會議亦討論貿易。")
            if m.how == "coreference"]
    assert trad == [("該會", "apec")]
