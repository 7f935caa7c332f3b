"""Round docs14: documents named in notes by their full titles, Japan's security strategy under the
name Chinese writers give the US one, and alliance and initiative documents the gazetteer lacked.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import mentions

_DOC_KINDS = ("agreement", "law", "initiative")


def _docs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in mentions(text) if m.kind in _DOC_KINDS]


def _with_note(note: str) -> str:
    """A short body paragraph with a circled marker, a rule and the note at the foot of the page."""
    return ("三国领导人在会上回顾了合作进程，并就下一阶段的重点领域交换了意见。①\n"
            "与会各方同意继续推进自贸区谈判，并加强人文交流。\n\n"
            "————————————————\n"
            f"{note}\n")


def test_a_note_cites_a_treaty_or_declaration_by_its_full_title() -> None:
    got = _docs(_with_note("①参见《第三次中日韩领导人会议联合声明》，2010年5月30日。"))
    assert ("第三次中日韩领导人会议联合声明", "x:第三次中日韩领导人会议联合声明") in got
    got = _docs(_with_note("①全称为《中华人民共和国政府和新西兰政府自由贸易协定》，2008年签署。"))
    assert any(t == "中华人民共和国政府和新西兰政府自由贸易协定" for t, _ in got)
    got = _docs(_with_note("①條約全文見《東南亞友好合作條約》，1976年2月24日簽署。"))
    assert ("東南亞友好合作條約", "tac") in got or any(t == "東南亞友好合作條約" for t, _ in got)
    got = _docs(_with_note("①2014年5月17日生效的《中华人民共和国政府、日本国政府及大韩民国政府关于促进、便利及保护投资的协定》。"))
    assert ("中华人民共和国政府、日本国政府及大韩民国政府关于促进、便利及保护投资的协定",
            "china-japan-korea-investment-agreement") in got


def test_a_note_citing_an_article_or_a_report_names_no_document() -> None:
    # an article with a subtitle, a headline with a quotation, a study: the titles of cited works
    for note in ("①张明：《同盟的再定义——评新版防卫合作指针》，《国际观察》2016年第2期。",
                 "①《外长谈“澜湄合作”达成的三项共识》，新华网，2018年1月10日。",
                 "①李华：《论区域经济一体化中的原产地规则》，《世界经济研究》2020年第4期。"):
        assert not [t for t, i in _docs(_with_note(note)) if i.startswith("x:")], note


def test_japans_security_strategy_under_the_us_documents_name() -> None:
    for text in ("日本2022年底通过新版国家安全战略，首次写入反击能力。",
                 "日本政府发布的《国家安全战略》把中国称为最大的战略挑战。",
                 "岸田內閣通過新版《國家安全戰略》等三份文件。"):
        got = _docs(text)
        assert any(i == "japan-three-security-documents" and "安全" in t for t, i in got), text
    # the US strategy stays the US one
    got = _docs("美国白宫在那年秋天公布新版《国家安全战略》，把中国列为首要竞争者。")
    assert not any(i == "japan-three-security-documents" for _, i in got)


def test_a_states_short_law_name_after_its_organ() -> None:
    # 中国海警 is an organ; with 法 after it the whole is the law
    for text in ("中国海警法于2021年2月起施行，菲方表示关切。", "日方對中國海警法授權使用武器表示擔憂。"):
        assert any(i == "china-coast-guard-law" for _, i in _docs(text)), text


def test_alliance_cost_sharing_and_nuclear_agreements() -> None:
    got = _docs("美韩第十二份防卫费分担特别协定于2024年11月签署，驻日美军驻留经费负担特别协定也将到期。")
    assert ("防卫费分担特别协定", "us-rok-special-measures-agreement") in got
    assert ("驻日美军驻留经费负担特别协定", "us-japan-host-nation-support-agreement") in got
    got = _docs("韓美防衛費分擔特別協定談判陷入僵局，美日核能協定則在2018年自動延長。")
    assert ("韓美防衛費分擔特別協定", "us-rok-special-measures-agreement") in got
    assert ("美日核能協定", "us-japan-nuclear-cooperation-agreement") in got


def test_initiatives_and_pledges_named_in_quotation_marks() -> None:
    got = _docs("中俄蒙三方决定把“丝绸之路经济带”同蒙方“草原之路”倡议对接。")
    assert ("草原之路", "steppe-road") in got
    got = _docs("陳水扁在就職演說中提出「四不一沒有」，韩国则以“三不一限”回应中方对萨德的关切。")
    assert ("四不一沒有", "taiwan-four-noes-one-without") in got and ("三不一限", "rok-three-noes-one-limit") in got
    got = _docs("越新两国签署“数字经济与绿色经济伙伴关系”框架协议，合作转向新兴产业。")
    assert ("数字经济与绿色经济伙伴关系", "vnm-sgp-digital-green-economy-partnership") in got


def test_apec_declarations_named_after_their_city() -> None:
    got = [(m.text, m.id, m.kind) for m in mentions("亚太经合组织领导人会议在利马闭幕，会议发表马丘比丘宣言。")]
    assert ("马丘比丘宣言", "apec-machu-picchu-declaration-2024", "agreement") in got
    got = [(m.text, m.id) for m in mentions("亞太經合會領袖通過《慶州宣言》，並承諾支持多邊貿易體制。")]
    assert ("慶州宣言", "apec-gyeongju-declaration-2025") in got
    # the body before the declaration stays a mention of its own: the actor of the meeting
    got = [(m.text, m.id) for m in mentions("APEC领导人庆州宣言强调人工智能合作。")]
    assert ("APEC", "apec") in got and ("庆州宣言", "apec-gyeongju-declaration-2025") in got


def test_visiting_forces_and_access_agreements_by_their_full_pair_names() -> None:
    got = _docs("菲律賓一度宣布終止與美國的《軍隊互訪協定》，後又撤回決定。")
    assert ("軍隊互訪協定", "us-philippines-vfa") in got
    got = _docs("两国防长签署《日本和澳大利亚互惠准入协定》，日本与菲律宾互惠准入协定随后也告生效。")
    assert ("日本和澳大利亚互惠准入协定", "japan-australia-raa") in got
    assert ("日本与菲律宾互惠准入协定", "japan-philippines-raa") in got
