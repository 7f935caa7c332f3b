"""Round doc10: documents the genre cites most often — laws, lists, strategies, white papers,
treaties and declarations of the Asia-Pacific — named bare, in 《》 or in quotation marks, in
simplified and traditional script.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions


def _docs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in mentions(text) if m.kind in ("agreement", "law", "initiative")]


def test_us_trade_and_sanctions_statutes_named_bare() -> None:
    got = _docs("白宫援引国防生产法扩大关键矿产产能，并依据以制裁反击美国敌人法对相关实体实施制裁。")
    assert ("国防生产法", "us-defense-production-act") in got and ("以制裁反击美国敌人法", "caatsa") in got
    got = _docs("有學者把當前關稅戰比作斯姆特—霍利關稅法的年代，而1962年貿易擴展法第232條仍是主要工具。")
    assert ("斯姆特—霍利關稅法", "smoot-hawley-tariff-act") in got
    got = _docs("国会通过保护美国人免受外国对手控制应用程序法，俗称不卖就禁法案。")
    assert ("保护美国人免受外国对手控制应用程序法", "pafaca") in got and ("不卖就禁法案", "pafaca") in got


def test_export_control_lists_of_both_sides() -> None:
    got = _docs("商务部工业与安全局把9家企业移出未经核实清单，另将3家列入军事最终用户清单。")
    assert ("未经核实清单", "us-unverified-list") in got and ("军事最终用户清单", "us-military-end-user-list") in got
    got = _docs("商務部依據兩用物項出口管制條例，將7家美國軍工企業列入出口管制管控名單。")
    assert ("兩用物項出口管制條例", "china-dual-use-export-control-regulations") in got
    assert ("出口管制管控名單", "china-export-control-list") in got
    # the regulations are no mention of the EAR inside their name
    assert not any(i == "export-administration-regulations" for _, i in got)


def test_japan_principles_and_laws() -> None:
    got = _docs("日本政府修订「防衛裝備移轉三原則」，此前的武器出口三原则已于2014年废止。")
    assert ("防衛裝備移轉三原則", "japan-three-principles-defense-equipment-transfer") in got
    assert ("武器出口三原则", "japan-three-principles-arms-exports") in got
    got = _docs("日本依据外为法审查外资并购，同时坚持无核三原则。")
    assert ("外为法", "japan-fefta") in got and ("无核三原则", "japan-three-non-nuclear-principles") in got


def test_inter_korean_documents_and_status_of_forces_agreements() -> None:
    got = _docs("韩国政府宣布全面中止九一九军事协议，朝方则宣布不再受9月平壤共同宣言约束。")
    assert ("九一九军事协议", "inter-korean-military-agreement") in got
    assert ("9月平壤共同宣言", "pyongyang-joint-declaration-2018") in got
    got = _docs("沖繩縣要求修改日美地位協定，韓方也提出修訂駐韓美軍地位協定。")
    assert ("日美地位協定", "us-japan-sofa") in got and ("駐韓美軍地位協定", "us-rok-sofa") in got
    # the agreement's name, not the two states it is between
    assert not any(t in ("日", "美", "韓") for t, _ in found("沖繩縣要求修改日美地位協定。"))


def test_china_laws_and_white_papers() -> None:
    got = _docs("中方依据领海及毗连区法和专属经济区和大陆架法主张权利，并于2022年发表《台湾问题与新时代中国统一事业》。")
    assert ("领海及毗连区法", "china-territorial-sea-law") in got
    assert ("专属经济区和大陆架法", "china-eez-law") in got
    assert ("台湾问题与新时代中国统一事业", "taiwan-white-paper-2022") in got
    got = _docs("外交部发布《关于政治解决乌克兰危机的中国立场》和《全球安全倡议概念文件》。")
    assert ("关于政治解决乌克兰危机的中国立场", "china-ukraine-position-2023") in got
    assert ("全球安全倡议概念文件", "gsi-concept-paper-2023") in got


def test_document_sets_consensus_and_regional_treaties() -> None:
    got = _docs("双方重申恪守中日四个政治文件和中美三个联合公报的原则，国民党则强调九二共识。")
    assert ("中日四个政治文件", "china-japan-four-political-documents") in got
    assert ("中美三个联合公报", "china-us-three-joint-communiques") in got
    assert ("九二共识", "1992-consensus") in got
    got = _docs("澳大利亚与图瓦卢签署法萊皮利聯盟條約后，又与巴新签署普普克条约。")
    assert ("法萊皮利聯盟條約", "falepili-union-treaty") in got and ("普普克条约", "pukpuk-treaty") in got
    got = _docs("元首们签署《永久睦邻友好合作条约》，并发表中国—中亚国家元首阿斯塔纳宣言。")
    assert ("永久睦邻友好合作条约", "china-central-asia-good-neighbourliness-treaty") in got
    assert ("中国—中亚国家元首阿斯塔纳宣言", "astana-declaration-2025") in got


def test_a_state_law_named_after_the_sea_is_not_unclos() -> None:
    got = _docs("越南海洋法于2013年生效，菲律宾海洋区域法则在2024年签署。")
    assert ("越南海洋法", "vietnam-law-of-the-sea-2012") in got
    assert ("菲律宾海洋区域法", "philippines-maritime-zones-act-2024") in got
    assert not any(i == "unclos" for _, i in got)


def test_taiwan_hong_kong_and_singapore_forms_of_listed_documents() -> None:
    got = _docs("香港申請加入全面及進步跨太平洋夥伴協定，並推動聯合國永續發展目標；歐盟關鍵原材料法已生效。")
    assert ("全面及進步跨太平洋夥伴協定", "cptpp") in got and ("聯合國永續發展目標", "sdgs") in got
    assert ("歐盟關鍵原材料法", "eu-critical-raw-materials-act") in got
    got = _docs("東協與中方完成中國—東協自貿區3.0版談判，另推進東協數位經濟架構協定。")
    assert ("中國—東協自貿區3.0版", "china-asean-fta-3-0") in got and ("東協數位經濟架構協定", "asean-defa") in got
    got = _docs("两国防长商定加快日本—菲律宾互惠准入协定的国内批准。")
    assert ("日本—菲律宾互惠准入协定", "japan-philippines-raa") in got


def test_statutes_lists_and_policy_papers_in_title_marks() -> None:
    got = _docs("法院依据《海洋争端仲裁规约》受理此案，商务部公布《鼓励外商投资产业目录》，外交部发布《中国对东盟政策文件》。")
    assert [t for t, _ in got] == ["海洋争端仲裁规约", "鼓励外商投资产业目录", "中国对东盟政策文件"]


def test_quoted_bills_and_papers_are_documents_a_quoted_deal_is_not() -> None:
    got = _docs("众议院审议“芯片与人工智能安全法案”，国防部发布“海洋安全白皮书”。双方只达成“君子协议”。")
    assert [t for t, _ in got] == ["芯片与人工智能安全法案", "海洋安全白皮书"]


def test_a_short_title_right_after_its_owner_is_the_owners_document() -> None:
    got = found("两国同意把日本“印太构想”与东盟“印太展望”对接。")
    assert ("印太构想", "japan-foip") in got and ("印太展望", "aoip") in got
    assert ("日本", "JPN") in got and ("东盟", "asean") in got  # the owner stays a mention of its own
    trad = found("東協「印太展望」與日本的「印太戰略」各有側重。")
    assert ("印太展望", "aoip") in trad and ("印太戰略", "japan-foip") in trad
    # a quoted name that makes no listed name with the state before it keeps its own reading
    assert ("一带一路", "belt-and-road-initiative") in found("中国“一带一路”倡议提出十年。")


def test_corridors_silk_roads_and_regional_principles() -> None:
    got = _docs("北京推进中蒙俄经济走廊和冰上丝绸之路，并重申万隆十项原则。")
    assert ("中蒙俄经济走廊", "china-mongolia-russia-economic-corridor") in got
    assert ("冰上丝绸之路", "polar-silk-road") in got and ("万隆十项原则", "bandung-ten-principles") in got
    got = _docs("首爾宣布廢除韓美飛彈指針，並檢討國家保安法；台灣則修訂兩岸條例。")
    assert ("韓美飛彈指針", "us-rok-missile-guidelines") in got and ("國家保安法", "rok-national-security-act") in got
    assert ("兩岸條例", "taiwan-cross-strait-act") in got


def test_taiwan_names_of_the_communiques_and_the_visiting_forces_agreement() -> None:
    got = _docs("美方重申美中三個聯合公報與台灣關係法，並依美菲部隊互訪協定輪調兵力。")
    assert ("美中三個聯合公報", "china-us-three-joint-communiques") in got
    assert ("美菲部隊互訪協定", "us-philippines-vfa") in got


def test_reports_named_after_china_are_us_documents_not_mentions_of_china() -> None:
    got = found("五角大楼发布年度中国军力报告，国家情报总监办公室的年度威胁评估也点名北京。")
    assert ("中国军力报告", "us-china-military-power-report") in got
    assert ("年度威胁评估", "odni-annual-threat-assessment") in got
    assert not any(t == "中国" for t, _ in got)
    trad = found("國防部回應中共軍力報告，並關注全球海洋條約的生效。")
    assert ("中共軍力報告", "us-china-military-power-report") in trad and ("全球海洋條約", "bbnj-agreement") in trad


def test_two_pacific_agreements_of_december_2024_are_told_apart() -> None:
    got = _docs("澳大利亚与瑙鲁签署纳卡马拉条约，与瓦努阿图则签署纳卡马尔协议。")
    assert ("纳卡马拉条约", "nakamarra-treaty") in got
    assert ("纳卡马尔协议", "australia-vanuatu-nakamal-agreement") in got
