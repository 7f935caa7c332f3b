"""News phrasing read off the ev6 dev texts (na-nd): invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process
from event_helpers import file_events


def _events(tmp_path, text: str, name: str = "news.txt"):
    return file_events(tmp_path, text, name)


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


def test_a_second_call_with_a_time_of_its_own_is_the_first_speakers(tmp_path) -> None:
    """A前日与B通电话后，昨日再与C通话: two calls; B was the partner of the first, not a caller of the second."""
    for text in ("美国总统前日与国家主席习近平通电话后，昨日再与日本首相高市早苗通话。\n",
                 "美國總統前日與國家主席習近平通電話後，昨日再與日本首相高市早苗通話。\n",
                 "美国总统24日与中国国家主席通电话，25日与日本首相通话。\n"):
        evs = _events(tmp_path, "中美通话\n2025年11月26日 星期三\n" + text)
        calls = sorted((e.date, tuple(sorted(p.id for p in e.actors))) for e in evs if e.type == "CONSULT")
        assert calls == [("2025-11-24", ("CHN", "USA")), ("2025-11-25", ("JPN", "USA"))], text


def test_force_on_the_vessels_the_sentence_named_before(tmp_path) -> None:
    """菲律宾船只强闯…，被中国海警驱离: CHN on PHL, though the clause of the force names no target."""
    for text in ("2025年8月11日，菲律宾海警船只强闯黄岩岛海域，被中国海警依法驱离。\n",
                 "2025年8月11日，菲律賓海警船隻強闖黃岩島海域，被中國海警依法驅離。\n",
                 "2025年9月16日，菲律宾多艘公务船闯入黄岩岛附近海域，中国海警依法采取喷射水炮等管制措施。\n"):
        evs = [e for e in _events(tmp_path, text) if e.type == "COERCE"]
        assert [([p.id for p in e.actors], [p.id for p in e.recipients]) for e in evs] == [(["CHN"], ["PHL"])], text


def test_water_cannon_sprayed_and_ramming_are_two_incidents(tmp_path) -> None:
    for text in ("2025年10月12日，菲方称其公务船遭中国海警船水炮喷射和撞击。\n",
                 "2025年10月12日，菲方稱其公務船遭中國海警船水炮噴射和撞擊。\n"):
        evs = [e for e in _events(tmp_path, text) if e.type == "COERCE"]
        assert len(evs) == 2, text


def test_a_warning_of_self_defence_is_a_threat_and_a_rebuttal_accuses(tmp_path) -> None:
    """警告若…，中方将坚决行使自卫权: THREATEN at Japan; 反驳中方指控: Japan's ACCUSE of China (the
    accusation rebutted is its object, no act of China's)."""
    for text in ("中国常驻联合国代表21日致函秘书长，警告若日本武力介入，中方将坚决行使自卫权。日本常驻联合国代表24日致函秘书长，反驳中方指控。\n",
                 "中國常駐聯合國代表21日致函秘書長，警告若日本武力介入，中方將堅決行使自衞權。日本常駐聯合國代表24日致函秘書長，反駁中方指控。\n"):
        evs = _events(tmp_path, "中日交锋\n2025年11月26日\n" + text)
        got = sorted((e.type, tuple(p.id for p in e.actors), tuple(p.id for p in e.recipients), e.date) for e in evs)
        assert got == [("ACCUSE", ("JPN",), ("CHN",), "2025-11-24"), ("THREATEN", ("CHN",), ("JPN",), "2025-11-21")], text


def test_one_reaction_of_one_party_at_one_target_per_sentence(tmp_path) -> None:
    """对此，外交部和国防部相继表态，表示强烈反对，并向美方提出严正交涉: one ACCUSE of China at the US."""
    for text in ("2025年12月17日，美国宣布对台军售计划。对此，中国外交部和国防部相继表态，表示强烈不满和坚决反对，并向美方提出严正交涉。\n",
                 "2025年12月17日，美國宣布對台軍售計畫。對此，中國外交部和國防部相繼表態，表示強烈不滿和堅決反對，並向美方提出嚴正交涉。\n"):
        evs = [e for e in _events(tmp_path, text) if e.type == "ACCUSE"]
        assert [([p.id for p in e.actors], [p.id for p in e.recipients]) for e in evs] == [(["CHN"], ["USA"])], text


def test_gatherings_attended_in_turn_after_an_arrival(tmp_path) -> None:
    """李强27日抵达吉隆坡，先后出席10+3领导人会议和东亚峰会: one CONSULT per gathering, with China;
    the arrival to attend is no visit of Malaysia."""
    for text in ("2025年10月27日，国务院总理李强抵达吉隆坡，先后出席东盟与中日韩领导人会议和东亚峰会。\n",
                 "2025年10月27日，國務院總理李強抵達吉隆坡，先後出席東盟與中日韓領導人會議和東亞峰會。\n"):
        evs = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
        got = sorted(tuple(sorted(p.id for p in e.actors + e.recipients)) for e in evs)
        assert got == [("CHN", "asean-plus-three"), ("CHN", "eas")], text
    # an arrival told for itself is still a visit
    evs = _events(tmp_path, "2024年7月25日，美国国务卿抵达万象，其后将访问越南。\n")
    assert any(e.type == "CONSULT" and [p.id for p in e.recipients] == ["LAO"] for e in evs)


def test_a_reaction_is_aimed_at_the_parties_of_the_topic_it_opens_with(tmp_path) -> None:
    """对于美国与马来西亚签署的协定…，中国外交部回应称，中方坚决反对…: ACCUSE of China at both."""
    for text in ("对于美国与马来西亚签署的贸易协定中涉及第三方的条款，中国外交部发言人27日回应称，中方坚决反对任何一方以损害中方利益为代价达成交易。\n",
                 "對於美國與馬來西亞簽署的貿易協定中涉及第三方的條款，中國外交部發言人27日回應稱，中方堅決反對任何一方以損害中方利益為代價達成交易。\n"):
        evs = [e for e in _events(tmp_path, "外交部回应\n2025年10月28日\n" + text) if e.type == "ACCUSE"]
        assert [([p.id for p in e.actors], sorted(p.id for p in e.recipients)) for e in evs] == [(["CHN"], ["MYS", "USA"])], text


def test_an_official_unknown_to_the_gazetteer_arrives_on_a_day(tmp_path) -> None:
    """局长金井正彰17日抵达北京，18日与…举行磋商: a visit dated by its first day, and the talks apart."""
    for text in ("日本政府派外务省亚洲大洋洲局长金井正彰17日抵达北京，18日与中国外交部亚洲司司长刘劲松举行磋商。\n",
                 "日本政府派外務省亞洲大洋洲局長金井正彰17日抵達北京，18日與中國外交部亞洲司司長劉勁松舉行磋商。\n"):
        evs = [e for e in _events(tmp_path, "中日磋商\n2025年11月26日\n" + text) if e.type == "CONSULT"]
        got = sorted((e.date, tuple(p.id for p in e.actors), tuple(p.id for p in e.recipients)) for e in evs)
        assert got == [("2025-11-17", ("JPN",), ("CHN",)), ("2025-11-18", ("JPN", "CHN"), ())], text


def test_an_admission_told_from_the_joiners_side(tmp_path) -> None:
    """东帝汶2011年提交入盟申请，2022年11月获东盟原则上同意接纳: two JOIN acts of Timor-Leste."""
    for text in ("东帝汶2011年提交入盟申请，2022年11月获东盟原则上同意接纳。\n",
                 "東帝汶2011年提交入盟申請，2022年11月獲東協原則上同意接納。\n",
                 "2022年11月，东帝汶获得东盟原则上同意接纳。\n"):
        evs = [e for e in _events(tmp_path, text) if e.type == "JOIN"]
        got = sorted((e.date, [p.id for p in e.actors], [p.id for p in e.recipients]) for e in evs)
        assert ("2022-11", ["TLS"], ["asean"]) in got, text


def test_a_weapon_system_named_by_its_function_is_a_force_deployed(tmp_path) -> None:
    for text in ("美方2025年4月借联合演习之机，向巴坦群岛部署“海上无人远征拦截系统”。\n",
                 "美方2025年4月借聯合演習之機，向巴坦群島部署「海上無人遠征攔截系統」。\n"):
        evs = [e for e in _events(tmp_path, text) if e.type == "MOBILIZE"]
        assert [(e.date, [p.id for p in e.actors]) for e in evs] == [("2025-04", ["USA"])], text
    # a system that is no weapon is no deployment
    assert not [e for e in _events(tmp_path, "2025年4月，日本在东南亚部署清洁能源系统。\n") if e.type == "MOBILIZE"]
