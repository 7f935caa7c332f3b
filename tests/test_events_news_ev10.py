"""News phrasing read off the ev10 dev texts (nw-): invented sentences in both scripts."""

from __future__ import annotations

from event_helpers import file_events


def _events(tmp_path, text: str, name: str = "news.txt"):
    return file_events(tmp_path, text, name)


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


def test_an_attendance_after_a_planned_trip_is_its_purpose(tmp_path) -> None:
    """卢拉预计明年上半年访华，出席…会议: the attendance shares the trip's plan and its date."""
    for name, text in [
        ("cn.txt", "访华\n2024/11/20 10:00\n新华社北京20日电 智利外交部消息人士称，智利总统预计明年上半年访华，出席中国—拉共体论坛部长级会议。\n"),
        ("tw.txt", "訪中\n2024/11/20 10:00\n中央社台北20日電 智利外交部消息人士稱，智利總統預計明年上半年訪華，出席中國—拉共體論壇部長級會議。\n"),
    ]:
        meet = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT" and not e.recipients]
        assert [(e.modality, e.date) for e in meet] == [("planned", "2025")], (name, [(e.trigger, e.modality, e.date) for e in meet])


def test_the_pair_after_an_abbreviation_read_as_brazil(tmp_path) -> None:
    """巴西…中巴关系…双方: once 巴 is Brazil, 双方 is China and Brazil, not Brazil twice."""
    for name, text in [
        ("cn.txt", "会谈\n2024/11/20 10:00\n新华社北京20日电 中国外长20日在北京同巴西外长会谈，宣布推动中巴合作同巴西发展战略对接。会谈后，双方发表联合声明。\n"),
        ("tw.txt", "會談\n2024/11/20 10:00\n中央社台北20日電 中國外長20日在北京與巴西外長會談，宣布推動中巴合作同巴西發展戰略對接。會談後，雙方發表聯合聲明。\n"),
    ]:
        agree = [e for e in _events(tmp_path, text, name) if e.type == "AGREE"]
        assert agree and all(_parties(e) == {"CHN", "BRA"} for e in agree), (name, [_parties(e) for e in agree])


def test_a_complaint_lodged_with_a_body_accuses_the_respondent(tmp_path) -> None:
    """就日本的出口管制向世贸组织提出申诉: an ACCUSE of Japan, the WTO is the forum; 中方不认同、不接受
    有关裁决 is one rejection, not a negated one."""
    for name, text in [
        ("cn.txt", "申诉\n2019/09/12 10:00\n新华社首尔12日电 韩国11日就日本的出口管制向世界贸易组织提出申诉。"
                   "日本外务省发言人12日回应称，日方不认同、不接受韩方的说法。\n"),
        ("tw.txt", "申訴\n2019/09/12 10:00\n中央社首爾12日電 南韓11日就日本的出口管制向世界貿易組織提出申訴。"
                   "日本外務省發言人12日回應稱，日方不認同、不接受韓方的說法。\n"),
    ]:
        acc = [e for e in _events(tmp_path, text, name) if e.type == "ACCUSE"]
        got = sorted(([p.country or p.id for p in e.actors], [p.country or p.id for p in e.recipients], e.modality, e.date) for e in acc)
        assert (["KOR"], ["JPN"], "asserted", "2019-09-11") in got, (name, got)
        assert all("wto" not in a + r for a, r, _, _ in got), (name, got)
        assert [x for x in got if x[0] == ["JPN"]] and all(x[2] == "asserted" for x in got if x[0] == ["JPN"]), (name, got)


def test_the_pair_that_met_signs_and_a_drill_after_a_meeting_stays_one_sides(tmp_path) -> None:
    """A28日与B会谈，两人签署…: both sign; A与B会面，C其后再度举行军演: the partner met joins no drill."""
    for name, text in [
        ("cn.txt", "会谈\n2025/10/30 10:00\n新华社东京30日电 日本首相28日在东京与澳大利亚总理会谈，两人签署关于关键矿产的框架协议。\n"),
        ("tw.txt", "會談\n2025/10/30 10:00\n中央社東京30日電 日本首相28日在東京與澳洲總理會談，兩人簽署關於關鍵礦產的框架協議。\n"),
    ]:
        agree = [e for e in _events(tmp_path, text, name) if e.type == "AGREE"]
        assert len(agree) == 1 and _parties(agree[0]) == {"JPN", "AUS"}, (name, [_parties(e) for e in agree])
    for name, text in [
        ("tw2.txt", "軍演\n2023/04/30 10:00\n中央社台北30日電 112年4月，蔡英文過境美國時與眾議院議長麥卡錫會面，共軍其後再度舉行軍演。\n"),
        ("cn2.txt", "军演\n2023/04/30 10:00\n新华社北京30日电 4月，菲律宾总统访美时与美国总统会面，中国其后再度举行军演。\n"),
    ]:
        assert not [e for e in _events(tmp_path, text, name) if e.type == "COOPERATE"], name


def test_a_year_told_from_today_with_an_applies_from_day_dates_the_months_after(tmp_path) -> None:
    """去年10月4日展开调查，今年7月5日起征收…。8月，…: August of this year, not of the probe's."""
    for name, text in [
        ("cn.txt", "关税\n2024/10/31 10:00\n新华社北京31日电 加拿大去年10月4日对中国电动车展开反补贴调查，今年7月5日起征收临时反补贴税。中方8月已就此提出抗议。\n"),
        ("tw.txt", "關稅\n2024/10/31 10:00\n中央社北京31日電 加拿大去年10月4日對中國電動車展開反補貼調查，今年7月5日起徵收臨時反補貼稅。中方8月已就此提出抗議。\n"),
    ]:
        acc = [e.date for e in _events(tmp_path, text, name) if e.type == "ACCUSE"]
        assert acc == ["2024-08"], (name, acc)


def test_leanings_customs_votes_and_aid_named_after_its_sum(tmp_path) -> None:
    """亲中的总统 names no party; 打破…首访印度的惯例 is no visit; 10国赞成、5国反对 is no protest;
    提供9.2亿元人民币（约1.3亿美元）无偿援助 is one AID (the noun the verb of giving governs)."""
    for name, text in [
        ("cn.txt", "出访\n2024/01/15 10:00\n新华社北京15日电 被视为亲中的斯里兰卡总统首次出访即选择土耳其，打破新任总统首访印度的惯例。"
                   "欧盟成员国4日表决，10国赞成、5国反对。日本宣布将向斯里兰卡提供9.2亿元人民币（约1.3亿美元）无偿援助。\n"),
        ("tw.txt", "出訪\n2024/01/15 10:00\n中央社台北15日電 被視為親中的斯里蘭卡總統首次出訪即選擇土耳其，打破新任總統首訪印度的慣例。"
                   "歐盟成員國4日表決，10國贊成、5國反對。日本宣布將向斯里蘭卡提供9.2億元人民幣（約1.3億美元）無償援助。\n"),
    ]:
        evs = _events(tmp_path, text, name)
        got = sorted((e.type, tuple(p.country or p.id for p in e.actors), tuple(p.country or p.id for p in e.recipients)) for e in evs)
        assert got == [("AID", ("JPN",), ("LKA",)), ("CONSULT", ("LKA",), ("TUR",))], (name, got)


def test_talks_after_a_visit_told_with_its_host_after_dui(tmp_path) -> None:
    """A29日抵达首尔，开始对韩国进行访问，30日上午在青瓦台同B举行会谈: A and B talk (the host marked by 对
    in the clause before is no subject of the talks)."""
    for name, text in [
        ("cn.txt", "访韩\n2019/07/01 10:00\n新华社首尔1日电 日本首相6月29日抵达首尔，开始对韩国进行为期两天的访问，30日上午在青瓦台同文在寅举行会谈。\n"),
        ("tw.txt", "訪韓\n2019/07/01 10:00\n中央社首爾1日電 日本首相6月29日抵達首爾，開始對南韓進行為期兩天的訪問，30日上午在青瓦台與文在寅舉行會談。\n"),
    ]:
        talks = [e for e in _events(tmp_path, text, name) if e.type == "CONSULT" and e.date == "2019-06-30"]
        assert len(talks) == 1 and _parties(talks[0]) == {"JPN", "KOR"}, (name, [(e.date, _parties(e)) for e in talks])


def test_smearing_a_state_is_an_accusation(tmp_path) -> None:
    """外交部5日批驳美方抹黑中国 / 诋毁 / 贬损: ACCUSE of the state smeared."""
    for name, text in [
        ("cn.txt", "抹黑\n2024/01/15 10:00\n新华社北京15日电 美国国务院5日抹黑中国，菲律宾副部长6日诋毁越南，澳大利亚官员7日贬损日本首相。\n"),
        ("tw.txt", "抹黑\n2024/01/15 10:00\n中央社台北15日電 美國國務院5日抹黑中國，菲律賓副部長6日詆毀越南，澳洲官員7日貶損日本首相。\n"),
    ]:
        acc = sorted((e.actors[0].country, e.recipients[0].country if e.recipients else None, e.date)
                     for e in _events(tmp_path, text, name) if e.type == "ACCUSE")
        assert acc == [("AUS", "JPN", "2024-01-07"), ("PHL", "VNM", "2024-01-06"), ("USA", "CHN", "2024-01-05")], (name, acc)


def test_the_source_of_a_report_is_the_agency_without_its_day(tmp_path) -> None:
    """据朝中社1日报道 / 據路透社當地時間5日報導: the source is the agency."""
    for name, text, agency in [
        ("cn.txt", "会晤\n2019/07/01 10:00\n中新网7月1日电 据朝中社1日报道，朝鲜领导人6月30日在板门店同美国总统会晤。\n", "朝中社"),
        ("tw.txt", "會談\n2019/07/06 10:00\n中央社台北6日電 據路透社當地時間5日報導，美日兩國5日舉行會談。\n", "路透社"),
    ]:
        srcs = [e.source for e in _events(tmp_path, text, name) if e.type == "CONSULT"]
        assert srcs == [agency], (name, srcs)


def test_saying_that_a_party_violates_a_rule_accuses_it(tmp_path) -> None:
    """…当天回应称，日方措施违反世界贸易组织规则: the speaker's state accuses Japan; no accusation when
    the sentence names no speaker's party, or an ACCUSE of its own already tells it."""
    for name, text in [
        ("cn.txt", "管制\n2019/07/01 10:00\n新华社首尔1日电 日本1日宣布对韩国实施出口管制。韩国产业通商资源部长官当天回应称，日方措施违反世界贸易组织规则。\n"),
        ("tw.txt", "管制\n2019/07/01 10:00\n中央社首爾1日電 日本1日宣布對南韓實施出口管制。南韓產業通商資源部長官當天回應稱，日方措施違反世界貿易組織規則。\n"),
    ]:
        acc = [(e.actors[0].country, [p.country for p in e.recipients], e.date) for e in _events(tmp_path, text, name) if e.type == "ACCUSE"]
        assert acc == [("KOR", ["JPN"], "2019-07-01")], (name, acc)
    plain = "管制\n2019/07/01 10:00\n新华社首尔1日电 学者认为，这种做法违反国际法。\n"
    assert not [e for e in _events(tmp_path, plain, "plain.txt") if e.type == "ACCUSE"]


def test_two_persons_and_their_two_states(tmp_path) -> None:
    """他…与习近平举行会谈，两人宣布将两国关系提升为…: the two states are the two persons', not a state
    named in passing before (打破…首访印度的惯例)."""
    for name, text in [
        ("cn.txt", "访华\n2024/01/15 10:00\n新华社北京15日电 斯里兰卡总统迪萨纳亚克去年9月就任，首次出访即选择阿联酋，并未首访印度。"
                   "他10日在北京与中国国家主席习近平举行会谈，两人宣布将两国关系提升为全面战略合作伙伴关系。\n"),
        ("tw.txt", "訪中\n2024/01/15 10:00\n中央社台北15日電 斯里蘭卡總統迪薩納亞克去年9月就任，首次出訪即選擇阿聯，並未首訪印度。"
                   "他10日在北京與中國國家主席習近平舉行會談，兩人宣布將兩國關係提升為全面戰略合作夥伴關係。\n"),
    ]:
        align = [e for e in _events(tmp_path, text, name) if e.type == "ALIGN"]
        assert len(align) == 1 and _parties(align[0]) == {"CHN", "LKA"}, (name, [_parties(e) for e in align])


def test_the_negated_half_of_a_concession_is_no_event(tmp_path) -> None:
    """中方不反对…正常交往，但反对…地缘政治博弈: one ACCUSE, asserted."""
    for name, text in [
        ("cn.txt", "回应\n2023/05/23 10:00\n新华社北京23日电 对于美国与巴新签署防务协定，中国外交部发言人23日回应称，"
                   "中方不反对太平洋岛国同其他国家开展正常交往，但反对以合作为名进行地缘政治博弈。\n"),
        ("tw.txt", "回應\n2023/05/23 10:00\n中央社台北23日電 對於美國與巴紐簽署防務協定，中國外交部發言人23日回應稱，"
                   "中方不反對太平洋島國同其他國家開展正常交往，但反對以合作為名進行地緣政治博弈。\n"),
    ]:
        acc = [e.modality for e in _events(tmp_path, text, name) if e.type == "ACCUSE"]
        assert acc == ["asserted"], (name, acc)


def test_a_meeting_during_a_gathering_glossed_in_brackets(tmp_path) -> None:
    """A与B在迪拜出席联合国气候变化大会（COP28）期间会晤: the attendance and the bilateral are two."""
    for name, text in [
        ("cn.txt", "会晤\n2023/12/02 10:00\n新华社迪拜2日电 印度总理与斯里兰卡总统1日在迪拜出席联合国气候变化大会（COP28）期间会晤。\n"),
        ("tw.txt", "會晤\n2023/12/02 10:00\n中央社杜拜2日電 印度總理與斯里蘭卡總統1日在杜拜出席聯合國氣候變化大會（COP28）期間會晤。\n"),
    ]:
        consult = sorted(tuple(sorted(_parties(e))) for e in _events(tmp_path, text, name) if e.type == "CONSULT")
        assert ("IND", "LKA") in consult and len(consult) == 2, (name, consult)


def test_the_pair_of_the_paragraph_before_and_crossing_is_no_vietnam(tmp_path) -> None:
    """金正恩同特朗普会晤，特朗普跨越军事分界线…。¶特朗普透露，…双方同意…重启…磋商: 双方 is the pair the
    paragraph before named (the one state named before it here is one of them); 跨越 is no Vietnam."""
    for name, text in [
        ("cn.txt", "会晤\n2019/07/01 10:00\n中新网7月1日电 朝鲜领导人6月30日在板门店同美国总统特朗普会晤。特朗普当天跨越军事分界线进入朝方一侧。\n"
                   "特朗普会后透露，双方同意重启工作层面磋商。\n"),
        ("tw.txt", "會晤\n2019/07/01 10:00\n中央社台北7月1日電 北韓領導人6月30日在板門店與美國總統川普會晤。川普當天跨越軍事分界線進入北韓一側。\n"
                   "美國總統川普會後透露，雙方同意重啟工作層面磋商。\n"),
    ]:
        evs = _events(tmp_path, text, name)
        assert not [e for e in evs if "VNM" in _parties(e)], name
        resumed = [e for e in evs if e.type == "CONSULT" and e.date is None]
        assert len(resumed) == 1 and _parties(resumed[0]) == {"PRK", "USA"}, (name, [(e.trigger, e.date, _parties(e)) for e in evs])


def test_an_attendance_and_a_state_visit_coordinated_by_bing(tmp_path) -> None:
    """14日至16日，A在利马出席亚太经合组织…会议并对秘鲁进行国事访问: the attendance and the visit are two,
    and the body attended is no visitor."""
    for name, text in [
        ("cn.txt", "出访\n2024/11/20 10:00\n新华社北京20日电 本月14日至16日，日本首相在利马出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问。\n"),
        ("tw.txt", "出訪\n2024/11/20 10:00\n中央社台北20日電 本月14日至16日，日本首相在利馬出席亞太經合組織第三十一次領袖非正式會議並對秘魯進行國事訪問。\n"),
    ]:
        visits = [([p.key() for p in e.actors], [p.key() for p in e.recipients]) for e in _events(tmp_path, text, name)
                  if e.type == "CONSULT" and e.recipients]
        assert visits == [(["JPN"], ["PER"])], (name, visits)
