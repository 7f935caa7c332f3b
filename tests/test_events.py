"""Event extraction on sentences written for these tests, over the mini gazetteer."""

from __future__ import annotations


import pytest

from latticework.actors import link
from latticework.actors.gazetteer import load
from latticework.actors.matcher import Matcher
from latticework.actors.resolve import Resolver
from latticework.clean import clean
from latticework.events.extract import Extractor
from latticework.model import SourceText

from event_helpers import MINI, full_events, mini_tools
from event_helpers import mini_events as events


@pytest.fixture(scope="module")
def tools():
    return mini_tools()


def summary(evs):
    return [(e.type, [a.key() for a in e.actors], [r.key() for r in e.recipients], e.date, e.modality, e.label) for e in evs]


def test_visit_and_upgrade(tools) -> None:
    got = summary(events(tools, "2023年9月，拜登访问越南，两国关系提升为全面战略伙伴关系。"))
    assert ("CONSULT", ["USA"], ["VNM"], "2023-09", "asserted", None) in got
    assert ("ALIGN", ["USA", "VNM"], [], "2023-09", "asserted", "全面战略伙伴关系") in got


def test_planned_and_negated(tools) -> None:
    got = summary(events(tools, "2024年，日本与菲律宾将举行首次外长会谈。韩国并未加入东盟地区论坛。"))
    assert got[0][0] == "CONSULT" and got[0][4] == "planned"
    assert ("JOIN", ["KOR"], ["arf"], None, "negated", None) in got  # no date of its own: none inherited


def test_evidence_points_at_the_sentence(tools) -> None:
    text = "背景介绍。\n\n2023年1月，美日举行安全磋商委员会会议后，双方发表联合声明。\n"
    resolver, extractor = tools
    doc = clean(SourceText("t.txt", text, "txt"))
    evs = extractor.extract(doc, link(doc, resolver=resolver))
    agree = next(e for e in evs if e.type == "AGREE")
    ev = agree.evidence[0]
    start, end = doc.orig_span(ev.start, ev.end)
    assert text[start:end].startswith("2023年1月") and doc.source.line_of(start) == 3


def test_the_same_happening_twice_is_one_event(tools) -> None:
    evs = events(tools, "2023年5月，岸田文雄访问韩国。2023年5月，岸田文雄对韩国的访问备受关注。")
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1 and len(consult[0].evidence) == 2


def test_jiang_marking_the_object_is_not_the_future(tools) -> None:
    got = summary(events(tools, "2023年9月，美越双方同意将两国关系提升为全面战略伙伴关系。"))
    assert got and got[0][0] == "ALIGN" and got[0][4] == "asserted"
    got = summary(events(tools, "2024年，日本与菲律宾将举行外长会谈。"))
    assert got[0][4] == "planned"


def test_light_verb_frames_and_later_clauses(tools) -> None:
    got = summary(events(tools, "2023年1月，美日在华盛顿举行“安全磋商委员会”会议，并发表联合声明。"))
    types = [g[0] for g in got]
    assert "CONSULT" in types and "AGREE" in types
    agree = next(g for g in got if g[0] == "AGREE")
    assert {"JPN", "USA"} <= set(agree[1])


def test_parties_acting_separately_give_one_event_each(tools) -> None:
    got = summary(events(tools, "2023年5月，岸田文雄分别与美国总统、韩国总统举行会谈。"))
    consult = sorted(sorted(g[1]) for g in got if g[0] == "CONSULT")
    assert consult == [["JPN", "KOR"], ["JPN", "USA"]]
    got = summary(events(tools, "2023年，日本和韩国领导人相继访问美国。"))
    visits = sorted((g[1], g[2]) for g in got if g[0] == "CONSULT")
    assert visits == [(["JPN"], ["USA"]), (["KOR"], ["USA"])]


@pytest.fixture(scope="module")
def tools_members(tmp_path_factory):
    """The mini gazetteer plus small groupings with their members (written for these tests)."""
    import shutil

    d = tmp_path_factory.mktemp("gz")
    for f in MINI.glob("*.yaml"):
        shutil.copy(f, d / f.name)
    (d / "groupings_test.yaml").write_text(
        "- {id: quad4, kind: grouping, name_en: Four-Party Test Dialogue, name_zh: 四方测试对话, names: [四方测试对话],"
        " members: [{id: USA}, {id: JPN}, {id: IND}, {id: AUS}]}\n"
        "- {id: tri3, kind: grouping, name_en: Test Trilateral, name_zh: 美日韩测试合作, names: [美日韩测试合作],"
        " members: [{id: USA}, {id: JPN}, {id: KOR}]}\n",
        encoding="utf-8",
    )
    gz = load(d)
    return Resolver(gz, Matcher(gz)), Extractor(gazetteer=gz)


def test_the_body_whose_session_is_held_is_an_actor(tools) -> None:
    got = summary(events(tools, "2023年2月，美国和日本在东京举行“安全磋商委员会”会议。"))
    consult = next(g for g in got if g[0] == "CONSULT")
    assert set(consult[1]) == {"USA", "JPN", "us-japan-2plus2"}


def test_a_small_grouping_acts_with_its_members(tools_members) -> None:
    got = summary(events(tools_members, "2022年3月，“四方测试对话”在东京举行领导人峰会。"))
    consult = next(g for g in got if g[0] == "CONSULT")
    assert set(consult[1]) == {"quad4", "USA", "JPN", "IND", "AUS"}
    # a meeting of exactly the members of a trilateral is a session of it
    got = summary(events(tools_members, "2023年6月，美国、日本和韩国三国外长在首尔举行会谈。"))
    consult = next(g for g in got if g[0] == "CONSULT")
    assert set(consult[1]) == {"USA", "JPN", "KOR", "tri3"}
    # two of them are not
    got = summary(events(tools_members, "2023年6月，美国和日本外长在首尔举行会谈。"))
    consult = next(g for g in got if g[0] == "CONSULT")
    assert set(consult[1]) == {"USA", "JPN"}


def test_a_trigger_after_a_verb_of_enhancement_names_an_area(tools) -> None:
    got = summary(events(tools, "2023年3月，美国和日本同意加强信息共享和联合训练。"))
    assert not [g for g in got if g[0] == "COOPERATE"]
    got = summary(events(tools, "2023年3月，美国和日本举行联合训练。"))
    assert [g for g in got if g[0] == "COOPERATE"]


def test_each_document_signed_is_an_event(tools) -> None:
    evs = events(tools, "2023年4月，美国和越南签署了《海关互助协定》和《教育交流备忘录》，加强合作。")
    agree = [e for e in evs if e.type == "AGREE"]
    assert sorted((e.object or {}).get("name") for e in agree) == ["教育交流备忘录", "海关互助协定"]
    evs = events(tools, "2023年4月，美国和越南签署了《海关互助协定》，并讨论了《教育交流备忘录》。")
    assert len([e for e in evs if e.type == "AGREE"]) == 1


def test_jiang_after_announce_marks_the_object_and_intent_is_planned(tools) -> None:
    got = summary(events(tools, "2023年11月，两国领导人会谈，宣布将美国-越南关系提升为全面战略伙伴关系。"))
    align = [g for g in got if g[0] == "ALIGN"]
    assert align and align[0][4] == "asserted"
    got = summary(events(tools, "2023年9月，美国和越南宣布了将两国关系提升为全面战略伙伴关系的意愿。"))
    align = [g for g in got if g[0] == "ALIGN"]
    assert align and align[0][4] == "planned"


def test_unable_to_join_is_negated(tools) -> None:
    got = summary(events(tools, "受国内政治牵制，美国难以加入上海合作组织。"))
    join = [g for g in got if g[0] == "JOIN"]
    assert join and join[0][4] == "negated"


def test_citations_in_footnotes_are_not_events() -> None:
    from latticework.events.extract import _CITATION

    assert _CITATION.search("「某国首相访问某组织」、外務省、2022年6月29日、https://example.org/a.html。")
    assert _CITATION.search("《两国签署协定》，某某新闻网，2021年5月3日。")
    assert not _CITATION.search("2021年5月，两国外长在北京举行会谈，并签署了《经济合作协定》。")


def test_list_items_after_a_semicolon_keep_the_subject(tools) -> None:
    text = "2023年5月，美国和日本领导人发表联合声明，宣布加强合作；发起“太平洋电缆伙伴关系”；启动“青年交流倡议”。"
    got = summary(events(tools, text))
    est = [g for g in got if g[0] == "ESTABLISH"]
    assert len(est) == 2 and all(set(g[1]) == {"USA", "JPN"} for g in est)


def test_a_dated_session_named_as_subject_is_a_gathering(tools) -> None:
    got = summary(events(tools, "2022年11月，东盟第40届峰会在金边举行，并通过了《金边宣言》。"))
    assert ("CONSULT", ["asean"], [], "2022-11", "asserted", None) in got
    got = summary(events(tools, "东盟峰会机制是地区合作的重要平台。"))
    assert not [g for g in got if g[0] == "CONSULT"]


def test_a_partner_introduced_by_yu_does_not_replace_the_subject(tools) -> None:
    got = summary(events(tools, "2023年9月，拜登对越南进行国事访问，与越南领导人举行会谈并发表联合声明。"))
    agree = [g for g in got if g[0] == "AGREE"]
    assert agree and set(agree[0][1]) == {"USA", "VNM"}


def test_a_document_signed_by_both_sides_is_agreed_not_policy(tools) -> None:
    got = summary(events(tools, "2023年11月，美国和韩国签署了《联合威慑战略》文件。"))
    assert [g for g in got if g[0] == "AGREE"] and not [g for g in got if g[0] == "POLICY"]
    got = summary(events(tools, "2022年10月，美国发布了《国家安全战略》报告。"))
    assert [g for g in got if g[0] == "POLICY"] and not [g for g in got if g[0] == "AGREE"]


def test_joint_press_statement_is_agree(tools) -> None:
    got = summary(events(tools, "2023年8月，美国国防部与日本防卫省发布联合新闻声明。"))
    assert [g for g in got if g[0] == "AGREE"]


def test_a_plan_is_dated_by_its_own_date_only(tools) -> None:
    got = summary(events(tools, "2021年10月，美国宣布将向东盟提供1亿美元援助。"))
    aid = [g for g in got if g[0] == "AID"]
    assert aid and aid[0][3] is None and aid[0][4] == "planned"
    got = summary(events(tools, "美国和越南拟于2024年5月建立全面战略伙伴关系。"))
    align = [g for g in got if g[0] == "ALIGN"]
    assert align and align[0][3] == "2024-05" and align[0][4] == "planned"
    got = summary(events(tools, "2021年10月，美国向东盟提供了1亿美元援助。"))
    aid = [g for g in got if g[0] == "AID"]
    assert aid and aid[0][3] == "2021-10" and aid[0][4] == "asserted"


def test_an_undated_relative_clause_describes_and_implementing_is_not_releasing(tools) -> None:
    got = summary(events(tools, "双方将继续利用两国已经建立的对话机制。"))
    assert not [g for g in got if g[0] == "ESTABLISH"]
    got = summary(events(tools, "2023年，日本继续实施《国家安全战略》。"))
    assert not [g for g in got if g[0] == "POLICY"]


def test_a_clause_opening_with_the_verb_continues_the_topic(tools) -> None:
    got = summary(events(tools, "2022年3月，日本对中国实施制裁。随后，对中国实施出口管制。"))
    sanction = [g for g in got if g[0] == "SANCTION" and g[2] == ["CHN"]]
    assert sanction and all(g[1] == ["JPN"] for g in sanction)


def test_visit_written_with_the_hosts_short_name(tools) -> None:
    got = summary(events(tools, "2023年5月，美国国务卿访老，讨论双边合作。"))
    visit = [g for g in got if g[0] == "CONSULT"]
    assert visit and visit[0][1] == ["USA"] and visit[0][2] == ["LAO"]


def test_activating_a_mechanism_is_establish_and_a_proposal_to_found_is_proposed(tools) -> None:
    got = summary(events(tools, "2023年12月，美国、日本和韩国宣布全面激活导弹预警数据共享机制。"))
    assert [g for g in got if g[0] == "ESTABLISH" and g[4] == "asserted"]
    got = summary(events(tools, "1980年9月，研讨会提议成立由美国、日本和澳大利亚参加的合作委员会。"))
    est = [g for g in got if g[0] == "ESTABLISH"]
    assert est and est[0][4] == "proposed"


def test_separately_applies_to_light_verb_events_but_never_splits_a_meeting_apart(tools) -> None:
    got = summary(events(tools, "2022年，日本相继与印尼、越南签署《防务装备转移协定》。"))
    agree = sorted(sorted(g[1]) for g in got if g[0] == "AGREE")
    assert agree == [["IDN", "JPN"], ["JPN", "VNM"]]
    got = summary(events(tools, "2023年7月，日本外相与首相先后参加东盟峰会。"))
    assert all(len(g[1]) >= 2 or g[2] for g in got if g[0] == "CONSULT")


def test_becoming_a_member_or_partner_is_join_only_with_a_membership_word(tools) -> None:
    got = summary(events(tools, "2008年，日本成为东盟的对话伙伴国。"))
    assert [g for g in got if g[0] == "JOIN" and g[1] == ["JPN"]]
    got = summary(events(tools, "2008年，日本成为地区合作的重要推动者。"))
    assert not [g for g in got if g[0] == "JOIN"]


def test_blockers_tariffs_and_hosting(tools) -> None:
    got = summary(events(tools, "2023年6月，美国派出两艘驱逐舰前往南海。"))
    assert not [g for g in got if g[0] == "SANCTION"]
    got = summary(events(tools, "2019年5月，美国对中国商品征收25%的关税。"))
    assert [g for g in got if g[0] == "SANCTION" and g[1] == ["USA"] and g[2] == ["CHN"]]
    got = summary(events(tools, "2023年9月，印尼举办东盟峰会。"))
    assert [g for g in got if g[0] == "CONSULT"]


def test_tallies_and_inventories_of_meetings_are_not_events(tools) -> None:
    got = summary(events(tools, "截至2023年6月，美国和日本已累计召开四次部长级会议。"))
    assert not [g for g in got if g[0] == "CONSULT"]
    got = summary(events(tools, "美国和日本通过首脑会晤、外长磋商等机制协调政策。"))
    assert not [g for g in got if g[0] == "CONSULT"]
    got = summary(events(tools, "2023年6月，美国和日本举行第四次部长级会议。"))
    assert [g for g in got if g[0] == "CONSULT"]


def test_striving_and_announcing_intent_are_planned(tools) -> None:
    got = summary(events(tools, "2015年9月，美国和中国表示将争取共同签署《气候协定》。"))
    agree = [g for g in got if g[0] == "AGREE"]
    assert agree and agree[0][4] == "planned"
    got = summary(events(tools, "美国宣布要向菲律宾部署导弹。"))
    mob = [g for g in got if g[0] == "MOBILIZE"]
    assert mob and mob[0][4] == "planned"
    got = summary(events(tools, "2021年10月，美国为一项新的气候倡议提供2000万美元资金。"))
    aid = [g for g in got if g[0] == "AID"]
    assert not aid or aid[0][4] == "asserted"


def test_one_states_drill_is_mobilize_and_news_wording(tools) -> None:
    got = summary(events(tools, "2023年8月，中国在台湾周边举行实弹演习。"))
    assert [g for g in got if g[0] == "MOBILIZE" and g[1] == ["CHN"]] and not [g for g in got if g[0] == "COOPERATE"]
    got = summary(events(tools, "2023年8月，美国和菲律宾举行联合演习。"))
    assert [g for g in got if g[0] == "COOPERATE"]
    got = summary(events(tools, "2022年8月，中国外交部召见美国驻华大使。"))
    assert [g for g in got if g[0] == "ACCUSE" and g[1] == ["CHN"]]


def test_an_anniversary_dates_the_founding(tools) -> None:
    got = summary(events(tools, "2023年是美国和越南建立“全面伙伴关系”10周年。"))
    align = [g for g in got if g[0] == "ALIGN"]
    assert align and align[0][3] == "2013" and align[0][5] == "全面伙伴关系"
    got = summary(events(tools, "2023年4月，两国领导人纪念美韩同盟建立七十周年。"))
    align = [g for g in got if g[0] == "ALIGN"]
    assert align and align[0][3] == "1953"


def test_interception_in_a_drill_is_not_coercion(tools) -> None:
    got = summary(events(tools, "2023年6月，美国、日本和韩国承诺举行海上拦截演习。"))
    assert not [g for g in got if g[0] == "COERCE"]
    got = summary(events(tools, "2023年6月，中国海警船拦截菲律宾补给船。"))
    assert [g for g in got if g[0] == "COERCE"]


def test_join_roles(tools) -> None:
    got = summary(events(tools, "2023年4月，美国和日本发表联合声明，欢迎新西兰加入上海合作组织。"))
    join = [g for g in got if g[0] == "JOIN"]
    assert join and join[0][1] == ["NZL"] and join[0][2] == ["sco"]
    got = summary(events(tools, "2004年，东盟将日本纳入对话伙伴国行列。"))
    join = [g for g in got if g[0] == "JOIN"]
    assert join and join[0][1] == ["JPN"] and join[0][2] == ["asean"]
    got = summary(events(tools, "东盟不断扩员。"))
    assert not [g for g in got if g[0] == "JOIN"]


def test_the_proposer_of_an_initiative_is_the_subject(tools) -> None:
    got = summary(events(tools, "2022年5月，美国为了与中国竞争，提出“繁荣框架”倡议。"))
    est = [g for g in got if g[0] == "ESTABLISH"]
    assert est and est[0][1] == ["USA"]


def test_an_undated_sentence_takes_the_paragraph_date_only_when_it_continues_the_happening(tools) -> None:
    got = summary(events(tools, "2023年5月，美国和日本在东京举行会谈。双方签署了《海关互助协定》。"))
    agree = [g for g in got if g[0] == "AGREE"]
    assert agree and agree[0][3] == "2023-05"
    got = summary(events(tools, "2023年5月，美国和日本在东京举行会谈。美国与越南签署了《海关互助协定》。"))
    agree = [g for g in got if g[0] == "AGREE"]
    assert agree and agree[0][3] is None


def test_intent_negators_reach_the_whole_verb_phrase(tools) -> None:
    got = summary(events(tools, "日本表示，无意在短期内以成员身份加入上海合作组织。"))
    join = [g for g in got if g[0] == "JOIN"]
    assert join and join[0][4] == "negated"


def test_a_headline_restating_the_story_is_one_more_evidence_span(tools) -> None:
    text = ("日菲外長舉行會談\n\n2023年11月3日，日本外長與菲律賓外長在馬尼拉舉行會談，雙方討論了海上安全和經濟合作等議題。\n\n"
            "分析人士認為，兩國在南海問題上的立場日益接近，未來合作的空間仍然很大。\n")
    evs = events(tools, text)
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].date == "2023-11-03"
    assert [ev.text[:4] for ev in consult[0].evidence] == ["2023", "日菲外長"]


def test_a_headline_the_body_does_not_tell_stays_an_event(tools) -> None:
    evs = events(tools, "美韩举行会谈\n\n2023年11月3日，日本外长访问菲律宾，并与菲律宾外长讨论了海上安全和经济合作等议题。\n\n"
                        "分析人士认为，两国在南海问题上的立场日益接近，未来合作的空间仍然很大。\n")
    assert {(e.type, tuple(sorted(p.key() for p in e.actors + e.recipients))) for e in evs} >= {
        ("CONSULT", ("KOR", "USA")), ("CONSULT", ("JPN", "PHL"))}


def test_threat_speech_acts_and_anniversaries_after_a_relation_noun(tools) -> None:
    got = summary(events(tools, "2024年1月，美国威胁将对中国加征关税。"))
    assert ("THREATEN", ["USA"], ["CHN"], "2024-01", "asserted", None) in got
    # 建立…关系50周年 (no quotation mark or space before the number) dates the founding 50 years back
    evs = events(tools, "2021年，中国与东盟举行纪念建立对话关系30周年特别峰会。")
    assert any(e.date == "1991" for e in evs if e.type in ("ESTABLISH", "ALIGN", "JOIN"))


def test_traditional_script_quantities_and_session_names(tools) -> None:
    evs = events(tools, "2024年7月，美國宣布向菲律賓提供5億美元軍事援助。")
    aid = next(e for e in evs if e.type == "AID")
    assert aid.quantities and aid.quantities[0]["text"] == "5億美元" and aid.quantities[0]["value"] == 500_000_000
    assert aid.quantities[0]["unit"] == "美元" and aid.quantities[0]["kind"] == "money"


def test_arrival_host_and_restatements_of_a_visit(tools) -> None:
    text = ("2024年4月10日电 日本首相岸田文雄9日抵达华盛顿，展开国是访问。这是日本首相时隔9年再度访美。\n\n"
            "两国领导人10日举行会谈，讨论了防务合作等议题。\n\n两国领导人会后发表联合声明。\n")
    evs = events(tools, text, "2024-04-10")
    visits = [e for e in evs if e.type == "CONSULT" and e.recipients]
    assert [(v.actors[0].key(), v.recipients[0].key(), v.date, len(v.evidence)) for v in visits] == [("JPN", "USA", "2024-04-09", 2)]
    agree = next(e for e in evs if e.type == "AGREE")
    assert sorted(p.key() for p in agree.actors) == ["JPN", "USA"] and agree.date == "2024-04-10"


def test_listing_is_a_sanction_on_the_party_listed(tools) -> None:
    got = summary(events(tools, "2023年5月，美国商务部宣布将31家中国实体列入出口管制清单。"))
    assert [g[:4] for g in got] == [("SANCTION", ["USA"], ["CHN"], "2023-05")]  # not a POLICY of 宣布
    # a clause whose only party is the target takes the subject of the clause before it
    got = summary(events(tools, "2023年5月，中国商务部表示强烈不满，并宣布对美国雷神公司实施反制裁。"))
    assert ("SANCTION", ["CHN"], ["USA"], "2023-05") in [g[:4] for g in got]


@pytest.mark.parametrize("text", [
    "2024年7月25日，中国外长与越南、菲律宾等国外长分别举行双边会见。",
    "2024年7月25日，中國外長與越南、菲律賓等國外長分別舉行雙邊會見。",
])
def test_a_listed_comitative_before_separately_gives_one_meeting_each(tools, text: str) -> None:
    got = sorted(tuple(sorted(p.key() for p in e.actors)) for e in events(tools, text) if e.type == "CONSULT")
    assert got == [("CHN", "PHL"), ("CHN", "VNM")]


def test_an_official_arriving_is_a_visit_a_ship_arriving_is_not(tools) -> None:
    got = summary(events(tools, "2024年7月25日，美国国务卿布林肯抵达华盛顿。"))
    assert got == []  # no visit: 华盛顿 is his own capital
    got = summary(events(tools, "2024年7月25日，拜登抵达东京，开始对日本的访问。"))
    assert [g[:4] for g in got] == [("CONSULT", ["USA"], ["JPN"], "2024-07-25")]
    assert [g[0] for g in summary(events(tools, "2024年7月，美国航母抵达釜山。"))] != ["CONSULT"]


@pytest.mark.parametrize("text", [
    "2019年9月，菲律宾和越南先后与台湾当局断交，同中国建立外交关系。",
    "2019年9月，菲律賓和越南先後與台灣當局斷交，同中國建立外交關係。",
])
def test_relations_broken_and_set_up_by_parties_acting_one_after_the_other(tools, text) -> None:
    got = sorted((e.label, tuple(sorted(p.key() for p in e.actors))) for e in events(tools, text) if e.type == "ALIGN")
    assert got == [("建交", ("CHN", "PHL")), ("建交", ("CHN", "VNM")), ("断交", ("PHL", "TWN")), ("断交", ("TWN", "VNM"))]


def test_restored_relations_and_a_late_month(tools) -> None:
    evs = events(tools, "2023年3月10日，美日举行会谈。下旬，印尼与台湾当局断交，并与中国恢复外交关系。")
    align = [(e.label, sorted(p.key() for p in e.actors), e.date) for e in evs if e.type == "ALIGN"]
    assert ("建交", ["CHN", "IDN"], "2023-03") in align and ("断交", ["IDN", "TWN"], "2023-03") in align


@pytest.mark.parametrize("text", [
    "2024年5月，美国宣布对中国电动汽车加征100%关税，新税率自8月1日起生效。",
    "2024年5月，美國宣布對中國電動汽車加徵100%關稅，新稅率自8月1日起生效。",
])
def test_a_measure_is_dated_by_its_announcement_and_its_effect_goes_apart(tools, text) -> None:
    ev = next(e for e in events(tools, text) if e.type == "SANCTION")
    assert (ev.date, ev.effective) == ("2024-05", "2024-08-01")


def test_jiang_before_an_upgrade_verb_marks_its_object(tools) -> None:
    got = summary(events(tools, "2023年12月，日本与东盟决定将关系提升为全面战略伙伴关系。"))
    assert ("ALIGN", ["JPN", "asean"], [], "2023-12", "asserted", "全面战略伙伴关系") in got


def test_coordinated_recipients_and_a_body_first_in_a_pair(tools) -> None:
    got = summary(events(tools, "2023年3月，日本宣布向菲律宾提供雷达。2024年4月，美国国会通过一项援助法案，向越南、印尼和菲律宾提供援助。"))
    aid = [g for g in got if g[0] == "AID" and g[3] == "2024-04"]
    assert aid == [("AID", ["USA"], ["VNM", "IDN", "PHL"], "2024-04", "asserted", None)]  # no aid named by the law's title
    got = summary(events(tools, "2024年6月，中国和新西兰签署了合作文件。2022年5月，东盟与美国将双方关系提升为全面战略伙伴关系。"))
    assert ("ALIGN", ["asean", "USA"], [], "2022-05", "asserted", "全面战略伙伴关系") in got


@pytest.mark.parametrize("text,expected", [
    ("2024年3月，菲律宾外交部召见中国驻菲使馆官员，提出严正抗议。", [("ACCUSE", ["PHL"], ["CHN"])]),
    ("2023年1月，美国一艘驱逐舰过航台湾海峡，中国军队对其全程跟踪监视。", [("MOBILIZE", ["CHN"], ["USA"])]),
    ("2023年7月，中国警告菲律宾若继续挑衅，后果自负。", [("THREATEN", ["CHN"], ["PHL"])]),
])
def test_one_protest_shadowing_and_a_conditional_warning(tools, text, expected) -> None:
    got = [(g[0], g[1], g[2]) for g in summary(events(tools, text)) if g[0] == expected[0][0]]
    assert got[-1:] == expected and len(got) <= 2  # (the destroyer's transit is a MOBILIZE of its own)


def test_a_titled_partner_and_one_meeting_of_a_body_attended() -> None:
    text = "2023年7月，布林肯在雅加达出席东盟外长会议期间，与中共中央外事办主任王毅会面。"
    got = sorted(tuple(sorted(p.key() for p in e.actors)) for e in full_events(text) if e.type == "CONSULT")
    assert got == [("CHN", "USA"), ("USA", "asean")]


def test_the_source_of_a_report_in_taiwan_spelling(tools) -> None:
    ev = events(tools, "據共同社報導，日本計劃在沖繩部署導彈部隊。")[0]
    assert ev.source == "共同社"


def test_revised_joint_guidelines_and_a_free_trade_area_completed(tools) -> None:
    got = [g[:4] for g in summary(events(tools, "2015年，美日两国修订《美日防卫合作指针》。2010年，中国—东盟自由贸易区全面建成。"))]
    assert ("AGREE", ["USA", "JPN"], [], "2015") in got
    assert [g for g in got if g[0] == "ESTABLISH" and g[3] == "2010"]


@pytest.mark.parametrize("text,expected", [
    ("2023年5月，日本外相拜會韓國總統。", ("CONSULT", ["JPN"], ["KOR"])),
    ("2024年2月，美日兩國外長舉行晤談。", ("CONSULT", ["USA", "JPN"], [])),
    ("2024年1月，美國總統與菲律賓總統舉行視訊會晤。", ("CONSULT", ["USA", "PHL"], [])),
])
def test_taiwan_and_hong_kong_words_for_meetings(tools, text, expected) -> None:
    assert expected in [g[:3] for g in summary(events(tools, text))]


@pytest.mark.parametrize("text,expected", [
    ("2023年11月15日，拜习会在旧金山举行。", [("CONSULT", ("CHN", "USA"), "2023-11-15")]),
    ("2018年6月，川金會在新加坡舉行。", [("CONSULT", ("PRK", "USA"), "2018-06")]),
    ("川普会在下周访问日本。", []),  # 川普 is Trump's name, not a Trump-Putin meeting
])
def test_leader_meetings_named_by_nickname(text, expected) -> None:
    got = [(e.type, tuple(sorted(p.key() for p in e.actors)), e.date) for e in full_events(text) if not e.recipients]
    assert got == expected


def test_the_body_an_accession_is_negotiated_with() -> None:
    for text in ("2023年3月，英国与CPTPP成员国完成加入谈判。", "2023年3月，英國與CPTPP成員國完成加入談判。"):
        got = [(e.type, [p.key() for p in e.actors], [p.key() for p in e.recipients]) for e in full_events(text)]
        assert got == [("JOIN", ["GBR"], ["cptpp"])]


def test_official_chinese_news_phrasing() -> None:
    def run(text: str):
        return [(e.type, [p.key() for p in e.actors], [p.key() for p in e.recipients], e.date, e.modality) for e in full_events(text)]

    # 应约 is "at the request of", not a call; 依法 is "by law", not France
    assert run("2024年4月2日，国家主席习近平应约同美国总统拜登通电话。") == [("CONSULT", ["CHN", "USA"], [], "2024-04-02", "asserted")]
    assert run("2023年10月，菲律宾船只擅自闯入仁爱礁邻近海域，中国海警依法对其采取必要管控措施。") == [
        ("COERCE", ["CHN"], ["PHL"], "2023-10", "asserted")]
    # 将于 far before the verb makes a plan, dated by its own date
    got = run("2024年6月10日，外交部发言人宣布：应国务院总理邀请，新西兰总理将于6月17日至20日对中国进行正式访问。")
    assert ("CONSULT", ["NZL"], ["CHN"], "2024-06-17", "planned") in got


@pytest.mark.parametrize("text,expected", [
    ("2023年6月，中俄兩國空軍在日本海上空實施第六次聯合空中戰略巡航。", ("COOPERATE", ["CHN", "RUS"], [])),
    ("2024年3月，美國海軍偵察機飛越台灣海峽。", ("MOBILIZE", ["USA"], [])),
    ("2023年2月，美國宣布將在菲律賓新增4個軍事基地。", ("MOBILIZE", ["USA"], ["PHL"])),
])
def test_patrols_overflights_and_the_host_of_new_bases(text, expected) -> None:
    assert expected in [(e.type, [p.key() for p in e.actors], [p.key() for p in e.recipients]) for e in full_events(text)]


def test_freedom_of_overflight_is_no_overflight() -> None:
    assert not [e for e in full_events("2023年8月，美日韩三方强调捍卫“航行与飞越自由”。") if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text,expected", [
    ("2023年，美国邀请印尼总统访问华盛顿。", [("CONSULT", ["IDN"], ["USA"], "proposed")]),
    ("2021年，美国并未邀请中国出席“民主峰会”。", [("CONSULT", ["CHN"], ["USA", "summit-for-democracy"], "negated")]),
    ("2022年8月，中國宣布暫停中美氣候變化商談。", [("LEAVE", ["CHN"], ["USA"], "asserted")]),
    ("2024年1月，中國宣布對美國5家軍工企業實施制裁，以回應美方對台軍售。", [("SANCTION", ["CHN"], ["USA"], "asserted"), ("AID", ["USA"], ["TWN"], "asserted")]),
])
def test_invitations_suspended_talks_and_responses(text, expected) -> None:
    got = [(e.type, [p.key() for p in e.actors], [p.key() for p in e.recipients], e.modality) for e in full_events(text)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("2023年11月，中美元首在旧金山举行会晤。", ("CONSULT", ["CHN", "USA"], "asserted")),  # 美元首 is no US dollar
    ("2024年4月，日菲两国同意于年内启动《互惠准入协定》谈判。", ("CONSULT", ["JPN", "PHL"], "planned")),
])
def test_heads_of_state_of_a_pair_and_agreed_plans(text, expected) -> None:
    assert expected in [(e.type, [p.key() for p in e.actors], e.modality) for e in full_events(text)]


def test_an_accession_under_consideration_is_hypothetical(tools) -> None:
    got = summary(events(tools, "据报道，日本政府正考虑加入东盟地区论坛的新机制。"))
    assert got and got[0][0] == "JOIN" and got[0][4] == "hypothetical"


def test_an_attendee_named_after_the_gathering_joins_it() -> None:
    for text in ("2024年10月，第19屆東亞峰會在老撾萬象舉行，美國國務卿布林肯出席。", "2024年10月，第19届东亚峰会在万象举行，美国国务卿布林肯出席。"):
        got = [(e.type, [p.key() for p in e.actors]) for e in full_events(text)]
        assert got == [("CONSULT", ["eas", "USA"])]
