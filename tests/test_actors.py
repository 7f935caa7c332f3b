"""Mention detection and linking rules, on a small gazetteer in the bundled files' format."""

from __future__ import annotations

from pathlib import Path

import pytest

from latticework.actors import link
from latticework.actors.gazetteer import load
from latticework.actors.matcher import Matcher
from latticework.actors.resolve import Resolver
from latticework.clean import clean
from latticework.model import SourceText

MINI = Path(__file__).parent / "data" / "mini_gazetteer"


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    gz = load(MINI)
    return Resolver(gz, Matcher(gz))


def mentions(resolver: Resolver, text: str, doc_date: str | None = None):
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.id, m.country, m.how) for m in link(doc, doc_date=doc_date, resolver=resolver)]


def test_compound_abbreviations_expand_to_states(resolver) -> None:
    got = mentions(resolver, "美日印澳四国领导人会晤，中美关系受到关注。")
    assert [(t, i) for t, i, _, h in got if h == "compound"] == [
        ("美", "USA"), ("日", "JPN"), ("印", "IND"), ("澳", "AUS"), ("中", "CHN"), ("美", "USA")]


def test_longest_match_and_word_boundaries(resolver) -> None:
    got = mentions(resolver, "美国会继续支持。第一次官员会议在印度尼西亚召开。南中国海局势紧张。")
    ids = [i for _, i, _, _ in got]
    assert ids == ["USA", "IDN"]  # 美国 (not 美 + 国会), no 中国 inside 南中国海, not India


def test_a_day_before_a_compound_is_not_japan(resolver) -> None:
    got = mentions(resolver, "2023年3月5日日韩外长会谈。")
    assert [(t, i) for t, i, _, _ in got][:2] == [("日", "JPN"), ("韩", "KOR")]
    assert sum(1 for t, *_ in got if t == "日") == 1


def test_organs_metonyms_and_fang(resolver) -> None:
    got = mentions(resolver, "美国防部与白宫表态，中方回应。")
    assert got == [("美国防部", "USA", "USA", "organ"), ("白宫", "USA", "USA", "organ"), ("中方", "CHN", "CHN", "fang")]


def test_persons_resolve_by_tenure(resolver) -> None:
    got = mentions(resolver, "2015年，岸田文雄访问美国。")
    assert got[0] == ("岸田文雄", "fumio-kishida", "JPN", "tenure")
    got = mentions(resolver, "2010年，拜登访问日本。")
    assert got[0][2] == "USA"


def test_traditional_script_and_regional_names(resolver) -> None:
    got = mentions(resolver, "南韓總統與澳洲總理會晤，小馬可仕出席。")
    assert [(t, i) for t, i, _, _ in got] == [("南韓", "KOR"), ("澳洲", "AUS"), ("小馬可仕", "ferdinand-marcos-jr")]


def test_discovery_after_role_titles(resolver) -> None:
    got = mentions(resolver, "日本外相林芳正与美国国务卿布林肯举行会谈。")
    disc = [(t, c) for t, i, c, h in got if h == "discovered"]
    assert disc == [("林芳正", "JPN"), ("布林肯", "USA")]
    assert not [t for t, *_ in got if t in ("会谈", "举行会")]


def test_discovered_documents_by_suffix(resolver) -> None:
    got = mentions(resolver, "双方签署《美菲加强防务合作协议》。")
    assert ("美菲加强防务合作协议", "x:美菲加强防务合作协议", None, "discovered") in got


def test_coreference_within_a_paragraph(resolver) -> None:
    doc = clean(SourceText("t.txt", "2023年9月，拜登访问越南，两国关系提升为全面战略伙伴关系。东盟地区论坛召开，该组织呼吁对话。", "txt"))
    ms = link(doc, resolver=resolver)
    two = next(m for m in ms if m.text == "两国")
    assert two.how == "coreference" and two.refers_to == ["USA", "VNM"]
    org = next(m for m in ms if m.text == "该组织")
    assert org.refers_to == ["arf"]


def test_coreference_opening_a_paragraph_and_counterparts(resolver) -> None:
    text = ("2024年4月10日，拜登在白宫与岸田文雄举行会谈，讨论了防务合作等议题。\n\n"
            "两国领导人会后发表联合声明。中方随即向双方提出严正交涉。\n")
    ms = link(clean(SourceText("t.txt", text, "txt")), resolver=resolver)
    corefs = [(m.text, m.refers_to) for m in ms if m.how == "coreference"]
    # 两国 opening the second paragraph: the parties of the first; 双方 after 中方向: never China itself
    assert corefs[0] == ("两国", ["USA", "JPN"])
    assert corefs[-1] == ("双方", ["USA", "JPN"])
    # with a heading between them there is no antecedent
    text2 = "拜登与岸田文雄举行会谈。\n\n## 二、展望\n\n两国将继续合作。\n"
    ms2 = link(clean(SourceText("t.md", text2, "md")), resolver=resolver)
    assert not [m for m in ms2 if m.how == "coreference"]


def test_capital_as_venue_is_a_place(resolver) -> None:
    got = mentions(resolver, "美日在华盛顿举行会谈，北京对此表示关切。")
    assert ("华盛顿", "washington", "USA", "gazetteer") in got
    assert ("北京", "CHN", "CHN", "metonym") in got


def test_latin_names_only_in_chinese_prose(resolver) -> None:
    got = mentions(resolver, "东盟（ASEAN）成员国。\n\n“ASEAN Leaders Statement,” May 2023, accessed: 2024-01-01.\n")
    assert [(t, i) for t, i, _, _ in got] == [("东盟", "asean")]


def test_ambiguous_abbreviations_need_context(resolver) -> None:
    got = mentions(resolver, "中老铁路通车。新老朋友欢聚。")
    assert [(t, i) for t, i, _, _ in got] == [("中", "CHN"), ("老", "LAO")]


def test_ambiguous_short_forms_need_support(resolver) -> None:
    assert [t for t, *_ in mentions(resolver, "双方同意提高市场准入水平。")] == []
    got = mentions(resolver, "2025年10月，高市早苗出任首相。高市表示将访问美国。")
    assert [t for t, i, *_ in got if i == "sanae-takaichi"] == ["高市早苗", "高市"]
    got = mentions(resolver, "2025年11月，首相高市表示关切。")
    assert ("高市", "sanae-takaichi", "JPN", "tenure") in got


def test_a_surname_inside_another_full_name_is_not_that_person(resolver) -> None:
    assert not [t for t, i, *_ in mentions(resolver, "学者西蒙·拜登认为。") if i == "joe-biden"]


def test_english_glosses_are_not_second_mentions(resolver) -> None:
    got = mentions(resolver, "美日举行“安全磋商委员会” (SCC)会议，东盟（ASEAN）发表声明。")
    assert [t for t, *_ in got].count("SCC") == 0 and [t for t, *_ in got].count("ASEAN") == 0
    got = mentions(resolver, "四边安全对话疫苗伙伴关系 (Quad Vaccine Partnership) 启动。")
    assert "Quad" not in [t for t, *_ in got]


def test_cited_authors_in_footnotes_are_not_actors(resolver) -> None:
    text = "拜登访问日本。<sup>[1]</sup>\n\n[1] 拜登：《重建美国的领导力》，某出版社2021年版。\n"
    doc = clean(SourceText("t.md", text, "md"))
    ms = link(doc, resolver=resolver)
    assert [(m.text, doc.blocks[m.block].kind) for m in ms if m.id == "joe-biden"] == [("拜登", "paragraph")]


def test_armed_forces_named_with_their_state_are_one_organ_mention(resolver) -> None:
    # 美国海军 (the state's name before its force) is one organ mention of the state (thirteenth session,
    # ruling 3); 美军 / 韩海军 / 美韩军方 (one-character abbreviations) stay compounds of the state
    got = mentions(resolver, "美军与美国海军进入南海，韩海军随后跟进，美韩军方举行会谈。美国国务院表示关切。")
    assert [(t, i) for t, i, _, _ in got] == [
        ("美", "USA"), ("美国海军", "USA"), ("韩", "KOR"), ("美", "USA"), ("韩", "KOR"), ("美国国务院", "USA")]


def test_latin_names_in_a_chinese_enumeration_count(resolver) -> None:
    # the neighbours of ASEAN here are only Latin names and the enumeration comma 、
    got = mentions(resolver, "中国需要重视各平台: ARF、ASEAN、UN、SCO、ARF")
    assert [i for _, i, _, _ in got if i != "CHN"] == ["arf", "asean", "un", "sco", "arf"]


def test_acronym_after_a_title_in_book_marks_is_a_gloss(resolver) -> None:
    got = mentions(resolver, "《东盟地区论坛》(ARF)和“东盟”（ASEAN）")
    assert [t for t, _, _, _ in got] == ["东盟地区论坛", "东盟"]


def test_quoted_pair_names_are_not_discovered_as_one_body(resolver) -> None:
    # “中国—东盟…委员会” has a discovery suffix, but names two known sides joined by a dash
    got = mentions(resolver, "双方同意建立“中国—东盟合作机制”和“澜湄合作委员会”。")
    assert ("中国—东盟合作机制" not in [t for t, _, _, _ in got])
    assert [(t, i) for t, i, _, _ in got if i in ("CHN", "asean")] == [("中国", "CHN"), ("东盟", "asean")]
    assert "澜湄合作委员会" in [t for t, _, _, _ in got]


def coref(resolver, text: str):
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.refers_to) for m in link(doc, resolver=resolver) if m.how == "coreference"]


def test_a_venue_is_not_a_party_of_a_later_liang_guo(resolver) -> None:
    got = coref(resolver, "美国总统与日本首相在新加坡举行会谈，两国领导人同意加强合作。")
    assert got == [("两国", ["USA", "JPN"])]  # not SGP; the role noun 领导人 is not part of the mention


def test_di_san_fang_is_not_san_fang(resolver) -> None:
    assert coref(resolver, "美国、日本和韩国反对第三方介入。") == []


def test_shuang_fang_can_be_a_state_and_an_organisation(resolver) -> None:
    got = coref(resolver, "多年来，中国积极拓展与东盟的关系。双方签署了多项协议。")
    assert got == [("双方", ["CHN", "asean"])]
    # an organisation that is only the object of the sentence is not a party
    got = coref(resolver, "美国总统访问日本，重申支持改革联合国。双方发表声明。")
    assert got == [("双方", ["USA", "JPN"])]


def test_san_fang_again_means_the_same_parties(resolver) -> None:
    got = coref(resolver, "美国、日本和韩国举行会议。三方讨论了朝鲜问题和中国。三方同意合作。")
    assert got == [("三方", ["USA", "JPN", "KOR"]), ("三方", ["USA", "JPN", "KOR"])]


def test_qi_inside_words_is_not_a_pronoun(resolver) -> None:
    assert coref(resolver, "美国与其他国家一道，尤其是日本，各行其道。") == []


def test_qi_refers_to_the_subject_of_its_sentence(resolver) -> None:
    # 美国 is the subject; 日本 and 韩国 are named in between, further than a few characters back
    got = coref(resolver, "美国近年来不断拉拢日本和韩国等盟友，以便推行其所谓的地区战略。")
    assert got == [("其", ["USA"])]
    # an actor right before 其 is its antecedent (中国 及其)
    got = coref(resolver, "美国认为中国及其伙伴正在崛起。")
    assert got == [("其", ["CHN"])]


def test_a_state_inside_an_institution_name_is_not_a_mention(resolver) -> None:
    got = mentions(resolver, "澳大利亚国立大学校长、日本经济研究中心主任和中国大百科全书出版社都认为中国式现代化重要，美国学界也关注。")
    assert [t for t, _, _, _ in got] == ["美国"]


def test_a_bare_2_plus_2_is_the_dialogue_of_the_two_states_of_its_sentence(resolver) -> None:
    got = mentions(resolver, "2023年1月，美国和日本举行“2+2”会谈。中国与印度没有“2+2”机制。")
    assert [(t, i) for t, i, _, _ in got if t == "2+2"] == [("2+2", "us-japan-2plus2")]


def test_a_generic_organ_after_a_full_state_name_is_one_organ_mention(resolver) -> None:
    # none of these forms is listed in the mini gazetteer: 政府 / 外交部 / 国防部 follow the name
    got = mentions(resolver, "菲律宾外交部和越南国防部回应，南韩政府表示欢迎，日本经济仍低迷。")
    assert [(t, i, h) for t, i, _, h in got] == [
        ("菲律宾外交部", "PHL", "organ"), ("越南国防部", "VNM", "organ"), ("南韩政府", "KOR", "organ"), ("日本", "JPN", "gazetteer")]


def test_a_city_is_a_place_only_as_a_venue(resolver) -> None:
    got = mentions(resolver, "七国峰会在日本廣島举行。纽约峰会后，美国代表返回。纽约的街道很宽。华盛顿认为此事重要。")
    places = [(t, i, c) for t, i, c, _ in mentions(resolver, "七国峰会在日本廣島举行。纽约峰会后，美国代表返回。纽约的街道很宽。")
              if i in ("hiroshima", "new-york")]
    assert places == [("廣島", "hiroshima", "JPN"), ("纽约", "new-york", "USA")]  # the third 纽约 is no venue
    assert ("华盛顿", "USA") in [(t, i) for t, i, _, _ in got]  # a capital standing for its government


def test_some_abbreviations_count_after_a_plain_preposition(resolver) -> None:
    got = mentions(resolver, "美国恢复了与菲在南海的联合演训，美军在菲获得基地。同日，两国在中期内推动合作，美好愿景。")
    assert [(t, i) for t, i, _, _ in got if len(t) == 1] == [("菲", "PHL"), ("美", "USA"), ("菲", "PHL")]


def test_an_administration_named_after_its_head_is_the_state(resolver) -> None:
    # the mini gazetteer lists no 拜登政府: the rule builds it from the person and the date
    got = mentions(resolver, "2022年，拜登政府宣布新的印太战略，拜登表示欢迎。", doc_date="2022")
    assert [(t, i, c, h) for t, i, c, h in got][:2] == [("拜登政府", "USA", "USA", "organ"), ("拜登", "joe-biden", "USA", "tenure")]


def test_more_single_abbreviation_contexts(resolver) -> None:
    # 以X制Y gives both states, 助台 / 倚美 / 靠美 after verbs, 在华 after a preposition;
    # 华尔街 and 华北 are no China
    got = mentions(resolver, "美国激活“以台制华”，助台拓展空间，日本在倚美靠美之间摇摆。在华投资增加，华尔街和华北也关注。")
    assert [(t, i) for t, i, _, _ in got if len(t) == 1] == [
        ("台", "TWN"), ("华", "CHN"), ("台", "TWN"), ("美", "USA"), ("美", "USA"), ("华", "CHN")]


def test_quoted_concepts_are_not_discovered_but_quoted_bodies_are(resolver) -> None:
    got = [t for t, i, _, _ in mentions(resolver, "美国构建“芯片联盟”，成立“湄公河之友指导委员会”，提出“海洋共同体”。") if i.startswith("x:")]
    assert got == ["湄公河之友指导委员会"]


def test_self_reference_is_taiwan_in_text_written_from_taiwan_and_the_dateline_city_is_no_mention() -> None:
    from latticework.actors import link
    from latticework.actors.resolve import Resolver  # noqa: F401  (the bundled gazetteer is used)

    tw = ("（中央社記者王某台北2024年5月20日電）外交部今天表示，我國將與美國持續深化安全合作。"
          "立法院日前通過相關預算，外交部並批評中共近期在台海周邊的軍事活動。\n")
    ms = link(clean(SourceText("tw.txt", tw, "txt")))
    assert [(m.text, m.id) for m in ms if m.text == "我國"] == [("我國", "TWN")]
    assert not [m for m in ms if m.text == "台北"]  # where the story was filed
    cn = "2024年5月20日，外交部发言人表示，我国将与东盟国家深化合作。\n"
    assert [(m.text, m.id) for m in link(clean(SourceText("cn.txt", cn, "txt"))) if m.text == "我国"] == [("我国", "CHN")]


def test_a_bare_spokesperson_in_mainland_text_is_chinas() -> None:
    # (the bundled gazetteer: the small test one lacks the Philippines)
    text = ("中国外交部副部长9日在北京与菲律宾外交部副部长举行磋商。"
            "外交部发言人10日表示，中方坚决反对域外国家介入南海问题。")
    ms = link(clean(SourceText("t.txt", text, "txt")))
    organ = next(m for m in ms if m.text == "外交部" and m.start > text.index("。"))
    assert organ.country == "CHN"
    # without 发言人 the bare organ is still the one last named with its state
    text2 = "美国商务部宣布新的出口管制规定。商务部称，规定将于下月生效。"
    ms2 = link(clean(SourceText("t.txt", text2, "txt")))
    assert next(m for m in ms2 if m.text == "商务部" and m.start > text2.index("。")).country == "USA"
