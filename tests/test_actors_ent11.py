"""Round ent11: the agencies, rules, lists, orders and firms of export control and economic
security, named as Chinese writing on technology controls names them (mainland, Taiwan and Hong
Kong forms), and documents referred to by their type word (该协定, 该清单).

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions


def _of(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.id, m.country) for m in mentions(text)]


def test_chinas_regulators_and_export_control_bureau_are_organs_of_china() -> None:
    got = _of("市场监管总局宣布对这家美国芯片企业立案调查，网信办随后也启动了网络安全审查。")
    assert ("市场监管总局", "CHN", "CHN") in got and ("网信办", "CHN", "CHN") in got
    got = _of("国家市场监督管理总局附条件批准了这宗并购，国家互联网信息办公室则公布了审查结论。")
    assert ("国家市场监督管理总局", "CHN", "CHN") in got and ("国家互联网信息办公室", "CHN", "CHN") in got
    # the bureau with its ministry is one organ mention, not 商务部 and a remainder
    got = _of("商务部产业安全与进出口管制局负责人就镓、锗物项管制答记者问。")
    assert got[0][:2] == ("商务部产业安全与进出口管制局", "CHN")
    assert not any(t == "商务部" for t, _, _ in got)


def test_export_control_agencies_named_bare() -> None:
    assert ("BIS", "USA") in found("BIS周二又把十余家企业加入了管制名录。")
    assert ("經濟產業省", "JPN") in found("經濟產業省宣布擴大半導體設備管制品項。")
    assert ("经产省", "JPN") in found("经产省的新规从7月下旬开始实施。")
    assert ("产业通商资源部", "KOR") in found("产业通商资源部表示将与华盛顿就豁免进行协商。")
    # Taiwan's name of the US bureau
    assert ("美國商務部產業安全局", "USA") in found("美國商務部產業安全局更新了管制規定。")


def test_a_gloss_of_the_settlements_bank_keeps_its_own_acronym() -> None:
    got = found("国际清算银行（BIS）在年报中警告债务风险，BIS还建议各国央行保持警惕。")
    assert ("BIS", "bis") in got and ("BIS", "USA") not in got


def test_the_dated_chip_rules_are_named_by_their_date() -> None:
    rule = "us-advanced-computing-rule-2022"
    assert ("10·7新规", rule) in found("美方出台的“10·7新规”大幅收紧了先进芯片出口。")
    assert ("10‧7新規", rule) in found("業界所稱的「10‧7新規」衝擊設備廠商。")
    assert ("10月7日新规", rule) in found("2022年10月7日新规把超级计算机最终用途纳入管制。")
    assert ("10月17日出口管制新规", "us-advanced-computing-rule-2023") in found("一年后的10月17日出口管制新规补上了漏洞。")
    # a date's 日 still opens no name elsewhere
    assert found("10月7日日本政府宣布追加制裁。") == [("日本政府", "JPN")]


def test_rules_orders_and_lists_of_the_field() -> None:
    assert ("最低减让规则", "ear-de-minimis-rule") in found("美方援引最低减让规则，要求含美国技术超过一定比例的产品申请许可。")
    assert ("第13959号行政令", "eo-13959") in found("特朗普签署第13959号行政令，禁止投资涉军企业。")
    assert ("輸出貿易管理令", "japan-export-trade-control-order") in found("日本修訂輸出貿易管理令，新增二十多項設備。")
    assert ("反向CFIUS", "eo-14105") in found("对外投资审查机制被称为“反向CFIUS”。")
    assert ("美歐貿易暨科技委員會", "us-eu-ttc") in found("美歐貿易暨科技委員會討論了出口管制的協調。")


def test_numbered_announcements_and_orders_are_documents_of_their_issuer() -> None:
    got = _of("商务部、海关总署发布2023年第23号公告，对镓、锗相关物项实施出口管制。")
    assert ("2023年第23号公告", "x:2023年第23号公告", "CHN") in got
    got = _of("商务部 海关总署公告2025年第18号宣布对部分中重稀土物项实施管制。")
    assert ("公告2025年第18号", "x:公告2025年第18号", "CHN") in got
    assert ("商务部", "CHN", "CHN") in got and ("海关总署", "CHN", "CHN") in got
    got = _of("拜登2024年2月签署第14117号行政令，限制敏感数据流向受关注国家。")
    assert ("第14117号行政令", "x:第14117号行政令", "USA") in got
    # a listed order keeps its record
    assert ("第14105号行政令", "eo-14105") in found("美国财政部依据第14105号行政令制定了实施细则。")


def test_titled_announcements_rules_and_measures() -> None:
    docs = [(m.text, m.kind) for m in mentions("商务部发布《关于对部分无人机物项实施出口管制的公告》，同时修订《两用物项出口许可管理规定》。")
            if m.kind in ("law", "agreement", "initiative")]
    assert ("关于对部分无人机物项实施出口管制的公告", "law") in docs
    assert ("两用物项出口许可管理规定", "law") in docs
    docs = [m.text for m in mentions("欧盟通过《关于企业可持续发展尽职调查的指令》。") if m.kind == "law"]
    assert docs == ["关于企业可持续发展尽职调查的指令"]


def test_firms_of_the_chip_supply_chain() -> None:
    got = found("長江存儲與長鑫存儲先後被列管，艾司摩爾、科林研發和東京電子的在華業務也受到影響。")
    for name, firm in (("長江存儲", "ymtc"), ("長鑫存儲", "cxmt"), ("艾司摩爾", "asml"), ("科林研發", "lam-research"),
                       ("東京電子", "tokyo-electron")):
        assert (name, firm) in got
    got = found("北方华创和中微公司订单增加，海康威视与大疆则被列入多份美国清单。")
    for name, firm in (("北方华创", "naura"), ("中微公司", "amec"), ("海康威视", "hikvision"), ("大疆", "dji")):
        assert (name, firm) in got
    # a firm's home state: Nexperia is Dutch
    assert [m.country for m in mentions("安世半导体的控制权之争持续发酵。") if m.id == "nexperia"] == ["NLD"]
    # an ordinary-word form stands only with support: the Cambrian period is no firm
    assert found("这些化石属于寒武纪早期。") == []


def test_a_document_referred_to_by_its_type_word() -> None:
    got = [(m.text, m.id) for m in mentions(
        "2020年11月，十五国签署《区域全面经济伙伴关系协定》，该协定于2022年1月生效。")]
    assert ("该协定", "rcep") in got
    got = [(m.text, m.id) for m in mentions(
        "商务部依据《出口管制法》把几家美国军工企业列入不可靠实体清单，该清单此后不断扩充。")]
    assert ("该清单", "unreliable-entity-list") in got  # the list, not the law named before it
    got = [(m.text, m.id) for m in mentions("國會通過《台灣關係法》，該法案至今仍規範美台往來。")]
    assert ("該法案", "taiwan-relations-act") in got
    # a reference whose nearest document of its type is not named is no mention (the initiative is no 协议)
    got = [m.text for m in mentions("中方提出“全球安全倡议”，随后与岛国签署安全合作协议，邻国担心该协议的影响。")]
    assert "该协议" not in got


def test_quoted_lists_and_regulations_named_by_what_they_list() -> None:
    got = found("国土安全部把几家纺织企业列入“强迫劳动实体清单”，联邦通信委员会另有“受管制设备清单”。")
    assert ("强迫劳动实体清单", "x:强迫劳动实体清单") in got and ("受管制设备清单", "x:受管制设备清单") in got
    assert ("實體清單", "entity-list") not in found("美方另設「外國污染實體清單」。")
    # a type of list is no name
    assert found("自贸试验区推行“负面清单”管理，地方政府公布“权力清单”。") == []
    # the committee that decides entries of the Entity List is a US organ
    assert ("最终用户审查委员会", "USA") in found("最终用户审查委员会一致同意将其列入。")


def test_standing_bodies_of_the_us_alliances() -> None:
    got = found("美日韩三边合作秘书处设在首尔，美韩则重启延伸威慑战略磋商机制。")
    assert ("美日韩三边合作秘书处", "us-japan-rok-trilateral-secretariat") in got
    assert ("延伸威慑战略磋商机制", "edscg") in got
    # the members inside the secretariat's name are no mentions of their own
    assert [m.id for m in mentions("美日韩三边合作秘书处设在首尔。") if m.end <= 10] == ["us-japan-rok-trilateral-secretariat"]



def test_a_document_referred_to_by_its_type_word_is_no_party_to_the_events(tmp_path) -> None:
    from latticework.events import extract_events
    from latticework.pipeline import process

    f = tmp_path / "t.txt"
    f.write_text("2019年，两国签署《边境贸易协定》。2024年5月6日，甲国宣布退出该协定。\n"
                 "2022年8月，拜登签署《芯片与科学法案》。该法案向半导体企业提供补贴。\n", encoding="utf-8")
    parties = {a.id for e in extract_events(process(f)) for a in (*e.actors, *e.recipients)}
    assert not any(i.startswith("x:") or i == "chips-and-science-act" for i in parties)
    # the linker itself still gives the references
    assert ("该法案", "chips-and-science-act") in found(f.read_text(encoding="utf-8"))


def test_the_macao_forum_with_its_bracketed_seat_is_one_name() -> None:
    got = found("帝力是中國—葡語國家經貿合作論壇（澳門）的成員，該論壇去年舉行了部長級會議。")
    assert ("中國—葡語國家經貿合作論壇（澳門）", "forum-macao") in got and ("該論壇", "forum-macao") in got
    assert ("中葡论坛", "forum-macao") in found("中葡论坛的常设秘书处今年换届。")


def test_a_ministry_referred_to_by_its_type_word() -> None:
    got = [(m.text, m.id) for m in mentions("菲律宾外交部召见了中国大使。该部随后发表声明，要求对方撤离。")]
    assert ("该部", "PHL") in got
    got = [(m.text, m.id) for m in mentions("日本經濟產業省3月公布新規，該省強調措施不針對特定國家。")]
    assert ("該省", "JPN") in got
    # words that open with the type word are no reference (该部门, 该部分, 该省份), nor is a province
    assert [m.text for m in mentions("美国国防部表示，该部分部队和该部门人员将轮换。") if m.how == "coreference"] == []
    assert found("广东省外贸增长较快，该省出口额创新高。") == []


def test_the_philippine_maritime_council_is_an_organ_of_the_philippines() -> None:
    assert ("菲律賓國家海事委員會", "PHL") in found("菲律賓國家海事委員會翌日發表聲明，譴責對方船隻的行為。")
    assert ("国家海事委员会", "PHL") in found("国家海事委员会发言人在马尼拉表示将继续运补。")


def test_indias_foreign_secretary() -> None:
    got = [(m.text, m.id, m.country) for m in mentions("2024年10月，印度外交秘书米斯里宣布双方就巡逻安排达成一致。")]
    assert ("米斯里", "vikram-misri", "IND") in got


def test_a_discovered_transliterated_name_ends_before_its_verb() -> None:
    for text, name in (("外长约翰·史密斯出席了会议。", "约翰·史密斯"), ("外长约翰·史密斯表示支持。", "约翰·史密斯"),
                       ("大使约翰·肯尼思在会上说明立场。", "约翰·肯尼思"), ("外长约翰·史密斯·琼斯宣布辞职。", "约翰·史密斯·琼斯")):
        assert [m.text for m in mentions(text) if m.kind == "person"] == [name], text
