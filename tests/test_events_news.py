"""News phrasing read off the ev6 dev texts (na-nd): invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, text: str, name: str = "news.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return extract_events(process(f))


def test_a_closing_source_stamp_completes_a_dateline_without_year(tmp_path) -> None:
    """新华社…10月26日电 takes its year from the stamp the page prints after the story."""
    more = "".join(f"双方在第{i}个领域交换了意见。\n" for i in range(1, 8))  # the stamp is far below the dateline
    body = "新华社河内5月6日电 越南国家主席6日在河内会见来访的老挝国家主席。\n" + more
    docs = {
        "cn.txt": "越老领导人会见\n" + body + "（2025年05月07日 来源：新华网）\n",
        "cn2.txt": "越老领导人会见\n" + body + "来源：人民网 2025-05-07\n",
        "tw.txt": "越寮領導人會見\n新華社河內5月6日電 越南國家主席6日在河內會見來訪的寮國國家主席。\n" + more + "（2025年05月07日 來源：新華網）\n",
    }
    for name, text in docs.items():
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        assert process(f).date == "2025-05-06", name
        dates = [e.date for e in extract_events(process(f)) if e.type == "CONSULT"]
        assert dates == ["2025-05-06"], name


def test_a_later_mention_of_one_document_is_no_evidence_of_the_others(tmp_path) -> None:
    """Documents issued in one sentence are distinct events; a later restatement of one of them
    adds evidence to that one only."""
    for name, text in {
        "cn.txt": "2022年9月，美国在华盛顿召开峰会，发布《太平洋伙伴战略》《伙伴路线图》等文件。\n"
                  "此后美国继续加强在该地区的存在。\n2022年，美国公布《太平洋伙伴战略》。\n",
        "tw.txt": "2022年9月，美國在華盛頓召開峰會，發布《太平洋夥伴戰略》《夥伴路線圖》等文件。\n"
                  "此後美國繼續加強在該地區的存在。\n2022年，美國公布《太平洋夥伴戰略》。\n",
    }.items():
        evs = [e for e in _events(tmp_path, text, name) if e.type == "POLICY"]
        spans = sorted(len(e.evidence) for e in evs)
        assert spans == [1, 2], name


def _kinds(evs) -> list[tuple]:
    return sorted((e.type, tuple(sorted(p.id for p in e.actors)), tuple(sorted(p.id for p in e.recipients)), e.modality)
                  for e in evs)


def test_what_a_threat_names_is_its_content_not_a_sanction(tmp_path) -> None:
    """扬言加征关税并实施出口管制: one THREATEN; the tariff and the controls are what is threatened."""
    for text in ("美国总统10日扬言，自下月起对中国商品加征100%关税，并对关键软件实施出口管制。\n",
                 "美國總統10日揚言，自下月起對中國商品加徵100%關稅，並對關鍵軟體實施出口管制。\n"):
        types = [e.type for e in _events(tmp_path, "2025年10月\n" + text)]
        assert types == ["THREATEN"], text
    # an act announced after the threat is an act of its own
    evs = _events(tmp_path, "2025年10月10日，美国扬言对中国加征关税；商务部随后宣布对中国实施出口管制。\n")
    assert sorted(e.type for e in evs) == ["SANCTION", "THREATEN"]


def test_the_topics_of_a_consensus_are_no_acts(tmp_path) -> None:
    """就芬太尼关税、出口管制等问题达成共识: the AGREE only."""
    for text in ("2025年10月26日，中美经贸团队在吉隆坡就关税、出口管制等问题达成共识。\n",
                 "2025年10月26日，美中經貿團隊在吉隆坡就關稅、出口管制等問題達成共識。\n"):
        assert [e.type for e in _events(tmp_path, text)] == ["AGREE"], text


def test_a_tariff_cut_is_a_policy_aimed_at_the_state_whose_goods_it_hits(tmp_path) -> None:
    """将南韩汽车关税降至15%: POLICY of the cutter, the state of the goods its recipient."""
    for text, recips in (("2025年10月29日，美方将韩国汽车关税降至15%。\n", ("KOR",)),
                         ("2025年10月29日，美方將南韓汽車關稅降至15%。\n", ("KOR",)),
                         ("2025年4月9日，美国宣布高于基准的税率暂缓实施90天。\n", ()),
                         ("2025年4月9日，美國宣布高於基準的稅率暫緩實施90天。\n", ())):
        evs = _events(tmp_path, text)
        assert _kinds(evs) == [("POLICY", ("USA",), recips, "asserted")], text


def test_a_falling_average_tariff_is_no_policy(tmp_path) -> None:
    for text in ("亚太经合组织成员平均关税由1996年的10.7%下降为2017年的5.3%。\n",
                 "亞太經合組織成員平均關稅由1996年的10.7%下降為2017年的5.3%。\n"):
        assert not [e for e in _events(tmp_path, text) if e.type in ("POLICY", "AGREE")], text


def test_will_with_a_ba_object_plans_the_verb_after_it(tmp_path) -> None:
    """美方将把针对芬太尼加征的关税由20%降为10%: one planned cut; the tariff imposed is its object."""
    for text in ("2025年10月30日，美国总统表示，美方将把针对芬太尼问题加征的关税由20%降为10%。\n",
                 "2025年10月30日，美國總統表示，美方將把針對芬太尼問題加徵的關稅由20%降為10%。\n"):
        evs = _events(tmp_path, text)
        assert [(e.type, e.modality) for e in evs] == [("POLICY", "planned")], text


def test_the_terms_after_an_agreement_and_a_colon_are_planned(tmp_path) -> None:
    """双方就协议细节达成一致：日本将对美投资…，美方则将日本汽车关税降至15%: both terms are to come."""
    for text in ("2025年7月22日，美日双方就贸易协议达成一致：日本将对美投资5500亿美元，美方则将日本汽车关税降至15%。\n",
                 "2025年7月22日，美日雙方就貿易協議達成一致：日本將對美投資5500億美元，美方則將日本汽車關稅降至15%。\n"):
        evs = {e.type: e for e in _events(tmp_path, text)}
        assert evs["AGREE"].modality == "asserted" and evs["AGREE"].date == "2025-07-22", text
        assert (evs["POLICY"].modality, evs["POLICY"].date) == ("planned", None), text
        assert [p.id for p in evs["POLICY"].recipients] == ["JPN"], text


def test_a_dateline_dates_the_filing_when_its_sentence_has_a_date_of_its_own(tmp_path) -> None:
    """新华社吉隆坡10月28日电 峰会26日开幕: the summit is the 26th; a lead with no date of its own
    still takes the dateline's day."""
    for name, text in {
        "cn.txt": "峰会开幕\n新华社吉隆坡10月28日电（记者王某）第47届东盟峰会26日在吉隆坡开幕。\n（2025年10月28日 来源：新华网）\n",
        "tw.txt": "峰會開幕\n中央社吉隆坡28日專電）第47屆東協峰會26日在吉隆坡開幕。\n2025/10/28 18:20\n",
    }.items():
        evs = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert [e.date for e in evs] == ["2025-10-26"], name
    lead = _events(tmp_path, "外长会谈\n新华社东京5月6日电 中国外长与日本外长在东京举行会谈。\n（2025年05月06日 来源：新华网）\n", "lead.txt")
    assert [e.date for e in lead if e.type == "CONSULT"] == ["2025-05-06"]
