"""News phrasing read off the ev10 dev texts (nw-): invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, text: str, name: str = "news.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return extract_events(process(f))


def _parties(e) -> set[str]:
    return {p.country or p.id for p in e.actors + e.recipients}


def test_an_abbreviation_means_the_context_state_the_story_names(tmp_path) -> None:
    """巴 is listed as Pakistan and 马 as Malaysia; in a story that names Brazil (or the Maldives)
    and not the listed state, 中巴/巴方 (中馬/馬國) are that state."""
    for name, text, state in [
        ("br.txt", "两国外长会谈\n新华社北京5月6日电 巴西外长6日在北京同中国外长会谈。双方表示，中巴关系发展良好。"
                   "会后，中巴发表联合声明。\n", "BRA"),
        ("br2.txt", "兩國外長會談\n中央社台北5月6日電 巴西外長6日在北京與中國外長會談。會後，中巴發表聯合聲明。\n", "BRA"),
        ("mv.txt", "馬國總統訪中\n中央社台北5月6日電 馬爾地夫總統6日抵達北京訪問。中馬兩國當天發表聯合聲明，馬國並與中方簽署協定。\n", "MDV"),
        ("mv2.txt", "马国总统访华\n新华社北京5月6日电 马尔代夫总统6日抵达北京访问。中马两国当天发表联合声明，马国并与中方签署协定。\n", "MDV"),
    ]:
        agree = [e for e in _events(tmp_path, text, name) if e.type == "AGREE"]
        assert agree, name
        for e in agree:
            assert _parties(e) == {"CHN", state}, (name, e.trigger, _parties(e))


def test_the_listed_state_keeps_its_abbreviation_when_the_story_names_it(tmp_path) -> None:
    for name, text in [
        ("pk.txt", "新华社北京5月6日电 巴基斯坦总理6日在北京同中国总理会谈。会后，中巴发表联合声明。巴西外长当天也在北京。\n"),
        ("pk2.txt", "中央社台北5月6日電 巴基斯坦總理6日在北京與中國總理會談。會後，中巴發表聯合聲明。巴西外長當天也在北京。\n"),
    ]:
        agree = [e for e in _events(tmp_path, text, name) if e.type == "AGREE"]
        assert agree and all(_parties(e) == {"CHN", "PAK"} for e in agree), name


def test_news_days_after_a_background_month_are_the_storys_month(tmp_path) -> None:
    """去年11月就任后…。他8日至12日访华: the bare days of a news story dated in January are January's,
    not those of the background month told before them."""
    stamp = "总统访华\n2024/01/15 10:42\n"
    for name, text, expected in [
        ("cn.txt", stamp + "新华社北京15日电 斯里兰卡总统去年11月就任。斯里兰卡总统8日至12日对中国进行国事访问。\n", ["2024-01-08"]),
        ("tw.txt", stamp + "中央社台北15日電 斯里蘭卡總統去年11月就任。斯里蘭卡總統8日至12日對中國進行國事訪問。\n", ["2024-01-08"]),
        ("cn2.txt", stamp + "新华社北京15日电 中斯两国2017年12月签署协定。\n斯里兰卡外交部7日召见印度大使表示抗议，印度外交部次日召见斯里兰卡大使表示抗议。\n",
         ["2024-01-07", "2024-01-08"]),
        ("tw2.txt", stamp + "中央社台北15日電 中斯兩國2017年12月簽署協定。\n斯里蘭卡外交部7日召見印度大使表示抗議，印度外交部次日召見斯里蘭卡大使表示抗議。\n",
         ["2024-01-07", "2024-01-08"]),
    ]:
        dates = sorted({e.date or "" for e in _events(tmp_path, text, name) if e.type in ("CONSULT", "ACCUSE")})
        assert dates == expected, (name, dates)


def test_a_deadline_does_not_date_what_follows(tmp_path) -> None:
    """要求印度在3月15日前撤军。两国当天举行会议: 当天 is the day of the demand, not the deadline."""
    for name, text in [
        ("cn.txt", "撤军\n2024/01/15 10:42\n新华社新德里15日电 马尔代夫14日要求印度在3月15日前撤出军事人员。两国当天在马累举行会议。\n"),
        ("tw.txt", "撤軍\n2024/01/15 10:42\n中央社新德里15日電 馬爾地夫14日要求印度在3月15日前撤出軍事人員。兩國當天在馬列舉行會議。\n"),
    ]:
        meets = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert [e.date for e in meets] == ["2024-01-14"], (name, [e.date for e in meets])


def test_a_signing_after_two_comitative_clauses_keeps_the_visitor(tmp_path) -> None:
    """A抵达X，与B会谈，并与C签署…: B, the partner of the clause before, is no subject of the signing;
    a document counted after the titles (及一项…协定) is signed too, as an event of its own."""
    for name, text in [
        ("cn.txt", "外长访越\n2024/03/02 10:00\n新华社河内2日电 日本外相2日抵达河内，与越南总理会谈，"
                   "并与越南外长签署《海关互助协定》和一份能源合作备忘录。\n"),
        ("tw.txt", "外相訪越\n2024/03/02 10:00\n中央社河內2日電 日本外相2日抵達河內，與越南總理會談，"
                   "並與越南外長簽署《海關互助協定》及一項能源合作備忘錄。\n"),
    ]:
        evs = _events(tmp_path, text, name)
        agree = [e for e in evs if e.type == "AGREE"]
        assert len(agree) == 2, (name, [(e.type, e.trigger) for e in evs])
        assert all(_parties(e) == {"JPN", "VNM"} for e in agree), name
        assert not [e for e in evs if e.type == "POLICY"], name


def test_tightened_controls_on_a_long_list_of_goods_and_a_threat_with_its_content(tmp_path) -> None:
    """加强对X出口A、B和C三种材料的管制 is a SANCTION on X; 将采取包括…在内的必要措施 a threat."""
    for name, text in [
        ("cn.txt", "管制\n2020/09/01 10:00\n新华社东京1日电 澳大利亚政府1日宣布加强对印度出口锂、钴和稀土三种矿产的管制。"
                   "印度商务部长当天表示，印方将采取包括向法院起诉在内的必要措施。\n"),
        ("tw.txt", "管制\n2020/09/01 10:00\n中央社東京1日電 澳洲政府1日宣布加強對印度出口鋰、鈷和稀土三種礦產的管制。"
                   "印度商務部長當天表示，印方將採取包括向法院起訴在內的必要措施。\n"),
    ]:
        evs = _events(tmp_path, text, name)
        s = [e for e in evs if e.type == "SANCTION"]
        assert len(s) == 1 and [p.country for p in s[0].actors] == ["AUS"] and [p.country for p in s[0].recipients] == ["IND"], name
        assert [e.actors[0].country for e in evs if e.type == "THREATEN"] == ["IND"], name
        assert not [e for e in _events(tmp_path, text.replace("的管制", "的合作"), name) if e.type == "SANCTION"], name


def test_a_meeting_named_as_the_topic_of_a_stance_or_a_time_is_no_new_meeting(tmp_path) -> None:
    """对日韩领导人会面表示欢迎, 保持对话势头, 在会面前…: the meeting told before, no event of their own
    (and the state that welcomes it takes no part in it)."""
    for name, text in [
        ("cn.txt", "会面\n2019/07/01 10:00\n新华社北京1日电 日本首相1日在首尔会见韩国总统。日本首相当天在会面前会见了记者。"
                   "\n中国外交部发言人1日表示，中方对日韩领导人会面表示欢迎和支持，希望双方保持对话势头。\n"),
        ("tw.txt", "會面\n2019/07/01 10:00\n中央社北京1日電 日本首相1日在首爾會見南韓總統。日本首相當天在會面前會見了記者。"
                   "\n中國外交部發言人1日表示，中方對日韓領導人會面表示歡迎和支持，希望雙方保持對話勢頭。\n"),
    ]:
        consult = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert len(consult) == 1 and _parties(consult[0]) == {"JPN", "KOR"}, (name, [(e.trigger, _parties(e)) for e in consult])


def test_a_bare_day_after_a_background_day_of_an_earlier_paragraph_is_the_storys(tmp_path) -> None:
    """…4月25日会晤。¶另据报道，日本1日宣布…: in a story dated 1 July the 1st is July's."""
    for name, text in [
        ("cn.txt", "管制\n2019/07/01 10:00\n新华社东京1日电 两国领导人曾于4月25日会晤。\n另据报道，澳大利亚1日宣布对印度实施出口管制。\n"),
        ("tw.txt", "管制\n2019/07/01 10:00\n中央社東京1日電 兩國領導人曾於4月25日會晤。\n另據報導，澳洲1日宣布對印度實施出口管制。\n"),
    ]:
        s = [e.date for e in _events(tmp_path, text, name) if e.type == "SANCTION"]
        assert s == ["2019-07-01"], (name, s)


def test_a_pronoun_opening_a_sentence_is_the_person_who_opened_the_one_before(tmp_path) -> None:
    """穆伊兹…首次出访即选择土耳其。他8日至12日对中国进行国事访问，10日在北京与习近平举行会谈，…并见证签署
    20份合作文件: the visit is his (the pronoun is not linked), the separately dated talks and the
    documents signed are his and his host's."""
    for name, text in [
        ("cn.txt", "访华\n2024/01/15 10:00\n新华社北京15日电 斯里兰卡总统迪萨纳亚克去年9月就任，首次出访选择印度。"
                   "他8日至12日对中国进行国事访问，10日在北京与中国国家主席习近平举行会谈，"
                   "并见证签署涵盖经贸、农业等领域的15份合作文件。\n"),
        ("tw.txt", "訪中\n2024/01/15 10:00\n中央社台北15日電 斯里蘭卡總統迪薩納亞克去年9月就任，首次出訪選擇印度。"
                   "他8日至12日對中國進行國事訪問，10日在北京與中國國家主席習近平舉行會談，"
                   "並見證簽署涵蓋經貿、農業等領域的15份合作文件。\n"),
    ]:
        evs = [e for e in _events(tmp_path, text, name) if e.date and e.date.startswith("2024-01")]
        got = sorted((e.type, e.date, tuple(sorted(_parties(e)))) for e in evs)
        assert got == [("AGREE", "2024-01-10", ("CHN", "LKA")), ("CONSULT", "2024-01-08", ("CHN", "LKA")),
                       ("CONSULT", "2024-01-10", ("CHN", "LKA"))], (name, got)
        visit = next(e for e in evs if e.date == "2024-01-08")
        assert [p.country for p in visit.actors] == ["LKA"], name


def test_trade_remedy_measures_and_the_day_duties_apply_from(tmp_path) -> None:
    """实施临时反倾销措施 is a SANCTION; 7月5日起征收… is the day the duties apply from (effective), and
    the probe told in the clause before it does not take that day as its own effective date."""
    for name, text in [
        ("cn.txt", "关税\n2024/10/31 10:00\n新华社北京31日电 中国商务部8日宣布，对原产于加拿大的进口油菜籽实施临时反倾销措施。"
                   "\n加拿大去年10月4日对中国电动车展开反补贴调查，今年7月5日起征收临时反补贴税。\n"),
        ("tw.txt", "關稅\n2024/10/31 10:00\n中央社北京31日電 中國商務部8日宣布，對原產於加拿大的進口油菜籽實施臨時反傾銷措施。"
                   "\n加拿大去年10月4日對中國電動車展開反補貼調查，今年7月5日起徵收臨時反補貼稅。\n"),
    ]:
        s = [e for e in _events(tmp_path, text, name) if e.type == "SANCTION"]
        got = sorted((([p.country for p in e.actors][0], e.date, e.effective) for e in s), key=str)
        assert ("CHN", "2024-10-08", None) in got, (name, got)
        assert ("CAN", "2023-10-04", None) in got, (name, got)
        assert any(a == "CAN" and eff == "2024-07-05" and d != "2024-07-05" for a, d, eff in got), (name, got)


def test_talks_expected_on_a_day_keep_the_subject_of_the_clause_before(tmp_path) -> None:
    """A会后将前往X，预计24日与C会谈: the 与-clause led by a plan cue and a day is comitative (A and C
    talk), and the talks are planned."""
    for name, text in [
        ("cn.txt", "会谈\n2023/05/22 10:00\n新华社北京22日电 印度总理莫迪22日在莫尔兹比港出席峰会，会后将前往悉尼，预计24日与澳大利亚总理阿尔巴尼斯会谈。\n"),
        ("tw.txt", "會談\n2023/05/22 10:00\n中央社台北22日電 印度總理莫迪22日在莫士比港出席峰會，會後將前往雪梨，預計24日與澳洲總理艾班尼斯會談。\n"),
    ]:
        talks = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT" and e.date == "2023-05-24"]
        assert len(talks) == 1 and _parties(talks[0]) == {"IND", "AUS"} and talks[0].modality == "planned", name


def test_a_headline_visit_to_papua_new_guinea(tmp_path) -> None:
    """布林肯訪巴紐 / 访巴新: 访巴 must not take Pakistan's 巴 and lose the host."""
    for name, text in [
        ("tw.txt", "布林肯訪巴紐\n2023/05/22 10:00\n中央社台北22日電 美國國務卿布林肯22日表示，美方重視太平洋島國。\n"),
        ("cn.txt", "布林肯访巴新\n2023/05/22 10:00\n新华社北京22日电 美国国务卿布林肯22日表示，美方重视太平洋岛国。\n"),
    ]:
        visits = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert [([p.country for p in e.actors], [p.country for p in e.recipients]) for e in visits] == [(["USA"], ["PNG"])], name


def test_documents_signed_in_a_list_of_fields_and_a_long_tier_name(tmp_path) -> None:
    """见证签署涵盖经贸、农业等领域的37份合作文件 is an AGREE (the fields stand between the verb and the
    documents); 提升为携手构建更公正世界…的命运共同体 is an upgrade (its 更 is inside the tier's name),
    while 建立一个更紧密的同盟 is no new tier."""
    for name, text, no_tier in [
        ("cn.txt", "会谈\n2024/11/20 10:00\n新华社北京20日电 中国和智利20日宣布将两国关系提升为携手构建更公正世界和更可持续星球的命运共同体，"
                   "并共同见证签署涵盖经贸、农业、科技、能源、文化等领域的37份合作文件。\n", "两国同意建立一个更紧密的同盟。"),
        ("tw.txt", "會談\n2024/11/20 10:00\n中央社台北20日電 中國和智利20日宣布將兩國關係提升為攜手構建更公正世界和更可持續星球的命運共同體，"
                   "並共同見證簽署涵蓋經貿、農業、科技、能源、文化等領域的37份合作文件。\n", "兩國同意建立一個更緊密的同盟。"),
    ]:
        evs = _events(tmp_path, text, name)
        assert sorted(e.type for e in evs) == ["AGREE", "ALIGN"], (name, [(e.type, e.trigger) for e in evs])
        assert all(_parties(e) == {"CHN", "CHL"} for e in evs), name
        assert not [e for e in _events(tmp_path, "同盟\n2024/11/20 10:00\n中国和智利20日会谈。" + no_tier + "\n", name)
                    if e.type == "ALIGN"], name


def test_talks_restarted_found_nothing(tmp_path) -> None:
    """同意重启陷入停滞的对话: a resumption of talks, no ESTABLISH."""
    for name, text in [
        ("cn.txt", "会晤\n2019/07/01 10:00\n新华社北京1日电 埃及和以色列领导人6月30日会晤，双方同意重启此前陷入停滞的埃以对话。\n"),
        ("tw.txt", "會晤\n2019/07/01 10:00\n中央社台北1日電 埃及和以色列領導人6月30日會晤，雙方同意重啟此前陷入停滯的埃以對話。\n"),
    ]:
        evs = _events(tmp_path, text, name)
        assert not [e for e in evs if e.type == "ESTABLISH"], (name, [(e.type, e.trigger) for e in evs])
        assert [e.date for e in evs if e.type == "CONSULT" and e.modality == "asserted"] == ["2019-06-30"], name
