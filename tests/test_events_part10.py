"""Participants of events (part10): the state a two-sided mechanism is named for, pairs of
abbreviations opening a joint act, reactions that join an earlier one. Invented sentences in both
scripts."""

from __future__ import annotations

from latticework.actors import link
from latticework.pipeline import process
from event_helpers import file_events as _events, party_pairs as _parts


def _actor_sets(evs, etype: str) -> list[set]:
    return [{p.key() for p in e.actors} for e in evs if e.type == etype]


def test_a_session_of_a_mechanism_named_for_a_state_has_that_state_on_either_side(tmp_path) -> None:
    """首届湄公河—日本峰会: the state may stand after the dash, and the mechanism may list members."""
    for text in ("2015年7月，第七届湄公河—日本峰会在东京召开。\n",
                 "2015年7月，第七屆湄公河—日本峰會在東京召開。\n"):
        sets = _actor_sets(_events(tmp_path, text), "CONSULT")
        assert any({"JPN", "mekong-japan-cooperation"} <= s for s in sets), (text, sets)


def test_the_declaration_of_such_a_session_has_the_state_too(tmp_path) -> None:
    """会议发表《…宣言》, 与会各方通过《…宣言》: the document is the session's, so the named state's."""
    cases = {
        "2019年11月，韩国在釜山主办首届韩国—湄公河峰会，会议发表《湄公河—汉江宣言》。\n": "KOR",
        "2019年11月，韓國在釜山主辦首屆韓國—湄公河峰會，會議發表《湄公河—漢江宣言》。\n": "KOR",
        "2022年9月，拜登在白宫主持首届美国—太平洋岛国峰会，与会各方通过《美太伙伴关系宣言》。\n": "USA",
    }
    for text, state in cases.items():
        sets = _actor_sets(_events(tmp_path, text), "AGREE")
        assert sets and all(state in s for s in sets), (text, sets)


def test_a_mechanism_whose_sides_are_no_single_state_adds_none(tmp_path) -> None:
    """澜沧江—湄公河合作 names two rivers: no state is added to its session."""
    evs = _events(tmp_path, "2018年1月，澜沧江—湄公河合作第二次领导人会议在柬埔寨金边召开。\n")
    sets = _actor_sets(evs, "CONSULT")
    assert sets and all(s & {"CHN", "THA", "VNM", "LAO", "MMR"} == set() for s in sets), sets


def _pair_ids(tmp_path, text: str) -> list[str]:
    f = tmp_path / "p.txt"
    f.write_text(text, encoding="utf-8")
    p = process(f)
    return [m.id for m in link(p.doc, doc_date=p.date) if m.how == "compound"]


def test_a_pair_opening_a_clause_before_a_joint_act_is_the_two_states(tmp_path) -> None:
    """2022年4月，中所签署…: the context character of a state named in the document, in a pair opening
    the clause before a verb of a joint act, is that state (as before a relation word, 中所关系)."""
    cases = {
        "所罗门群岛位于南太平洋。2022年4月，中所签署了一项警务合作协议。\n": {"CHN", "SLB"},
        "所羅門群島位於南太平洋。2022年4月，中所簽署了一項警務合作協議。\n": {"CHN", "SLB"},
        "斯里兰卡是印度洋岛国。2023年10月20日中斯发表联合声明。\n": {"CHN", "LKA"},
    }
    for text, want in cases.items():
        assert set(_pair_ids(tmp_path, text)) == want, text
    agree = _parts(_events(tmp_path, "所罗门群岛位于南太平洋。2022年4月，中所签署了一项警务合作协议。\n"), "AGREE")
    assert agree == [(("CHN", "SLB"), ())], agree


def test_the_particle_suo_inside_a_clause_is_no_state(tmp_path) -> None:
    """会谈中所达成的共识: 所 after 中 inside a clause is the particle before a verb, not Solomon Islands."""
    text = "所罗门群岛位于南太平洋。2023年7月，两国领导人表示将落实会谈中所达成的共识。\n"
    assert _pair_ids(tmp_path, text) == []


def test_a_reaction_joining_an_earlier_one_aims_at_its_target(tmp_path) -> None:
    """美国谴责中方…。日本、澳大利亚也对事件表达关切: the later speakers react to the same party, though
    the act itself was told sentences before."""
    cases = (
        "2024年6月19日，菲律宾军方称中国海警17日登上菲方船只。美国国务院17日发表声明，谴责中方的危险行为。"
        "日本、澳大利亚也对事件表达严重关切。\n",
        "2024年6月19日，菲律賓軍方稱中國海警17日登上菲方船隻。美國國務院17日發表聲明，譴責中方的危險行為。"
        "日本、澳洲也對事件表達嚴重關切。\n",
        "2024年6月19日，菲律宾军方称中国海警17日登上菲方船只。美国国务院17日发表声明，谴责中方的危险行为。"
        "日本和澳大利亚亦对此表示严重关切。\n",
    )
    for text in cases:
        accused = _parts(_events(tmp_path, text), "ACCUSE")
        for state in ("JPN", "AUS"):
            assert any(state in actors and targets == ("CHN",) for actors, targets in accused), (text, accused)


def test_a_speaker_joining_its_own_words_takes_no_target_from_them(tmp_path) -> None:
    """The same speaker again (美国谴责中方…。美国也表示关切) joins no reaction of another party."""
    from latticework.events.also_reactions import joined_target
    from latticework.events.model import Event, Participant

    usa, chn = Participant("USA", "state", "美国", "United States", "USA"), Participant("CHN", "state", "中国", "China", "CHN")
    before = Event(type="ACCUSE", trigger="谴责", actors=[usa], recipients=[chn])
    again = Event(type="ACCUSE", trigger="关切", actors=[usa], recipients=[])
    assert joined_target(again, [before]) == []


def test_a_reply_aims_at_the_parties_its_words_open_with(tmp_path) -> None:
    """回应称，美菲防务合作不应…: the reply rebukes whom it names first, not only the doer of the act before."""
    cases = {
        "2024年3月5日，美国宣布向菲律宾提供军事援助。中国外交部发言人当天回应称，美菲防务合作不应损害第三方利益。\n":
            ("PHL", "USA"),
        "2024年3月5日，美國宣布向菲律賓提供軍事援助。中國外交部發言人當天回應稱，美菲防務合作不應損害第三方利益。\n":
            ("PHL", "USA"),
        "2024年3月5日，英国与澳大利亚发表联合声明，提及南海局势。中国外交部发言人当天回应称，澳大利亚无权对南海问题说三道四。\n":
            ("AUS",),
    }
    for text, want in cases.items():
        assert (("CHN",), want) in _parts(_events(tmp_path, text), "ACCUSE"), text


def test_a_reply_opening_with_the_speakers_own_side_keeps_the_act_before(tmp_path) -> None:
    """回应称，中方将…: the speaker's own side is no target; the reply answers the act told before."""
    for text in ("2024年3月5日，美国宣布对中国企业实施制裁。中国商务部当天回应称，中方将坚决维护企业正当权益。\n",
                 "2024年3月5日，美國宣布對中國企業實施制裁。中國商務部當天回應稱，中方將堅決維護企業正當權益。\n"):
        accused = _parts(_events(tmp_path, text), "ACCUSE")
        assert (("CHN",), ("USA",)) in accused, (text, accused)


def _linked(tmp_path, text: str) -> list[tuple[str, str]]:
    f = tmp_path / "c.txt"
    f.write_text(text, encoding="utf-8")
    p = process(f)
    return [(p.doc.text[m.start : m.end], m.id) for m in link(p.doc, doc_date=p.date)]


def test_a_name_opening_a_chronicle_entry_after_its_day_is_read(tmp_path) -> None:
    """9月20日　文在寅访问平壤: the cleaner drops the space after the day, and the day's 日 with the
    name's first character reads as a word (日文, 日程, 日前); the name is still a mention."""
    cases = {
        "2018年9月18日至20日　文在寅访问平壤。\n": "moon-jae-in",
        "2018年9月18日至20日　文在寅訪問平壤。\n": "moon-jae-in",
        "2016年5月3日　常万全会见美国国防部长。\n": "chang-wanquan",
        "2016年5月3日　前原诚司访华。\n": "seiji-maehara",
    }
    for text, pid in cases.items():
        assert pid in [i for _, i in _linked(tmp_path, text)], text
    # a word that opens with 日 after a day stays no mention (日程: schedule)
    assert _linked(tmp_path, "2020年5月3日　日程安排公布。\n") == []
    # and the visit the entry tells has its visitor
    evs = _events(tmp_path, "2018年9月18日至20日　文在寅访问平壤。19日，两国领导人签署《平壤共同宣言》。\n")
    assert _parts(evs, "CONSULT") == [(("KOR",), ("PRK",))]


def test_a_pronoun_after_a_time_that_opens_the_sentence_is_the_person_before(tmp_path) -> None:
    """2024年7月，他曾在此出席…: a time may open the sentence before 他/她."""
    cases = {
        "这是习近平第二次到访阿斯塔纳。2024年7月，他曾在此出席上海合作组织峰会。\n": {"CHN", "sco"},
        "這是習近平第二次到訪阿斯塔納。2024年7月，他曾在此出席上海合作組織峰會。\n": {"CHN", "sco"},
        "布林肯是美国国务卿。2023年6月19日，他在北京与王毅举行会谈。\n": {"USA", "CHN"},
    }
    for text, want in cases.items():
        sets = _actor_sets(_events(tmp_path, text), "CONSULT")
        assert want in sets, (text, sets)
    # 他国 is others, not the person
    sets = _actor_sets(_events(tmp_path, "这是习近平第二次到访阿斯塔纳。2024年7月，他国领导人出席上海合作组织峰会。\n"), "CONSULT")
    assert not any("CHN" in s for s in sets[1:]), sets


def test_the_unnamed_participants_of_an_attended_gathering_act_for_its_body(tmp_path) -> None:
    """X出席上合组织峰会；与会领导人签署《…宣言》: the leaders are the body's members, so the body signs."""
    for text in ("2024年7月，普京在阿斯塔纳出席上海合作组织峰会；与会领导人签署《阿斯塔纳宣言》。\n",
                 "2024年7月，普京在阿斯塔納出席上海合作組織峰會；與會領導人簽署《阿斯塔納宣言》。\n",
                 "2024年7月，普京在阿斯塔纳出席上海合作组织峰会。各成员国领导人还签署了《阿斯塔纳宣言》。\n"):
        assert _actor_sets(_events(tmp_path, text), "AGREE") == [{"sco"}], text


def test_a_reply_to_a_protest_aims_at_the_protesters(tmp_path) -> None:
    """甲国…，乙国随即提出抗议。甲国外交部发言人表示，甲方将继续采取必要措施: the threat answers the protest,
    whose authors are its target, not the speaker's own act before it."""
    cases = (
        "9月10日，中国国务院批准设立一处国家级自然保护区，菲律宾外交部随即提出抗议。中国外交部发言人表示，中方将继续采取必要措施，维护主权。\n",
        "9月10日，中國國務院批准設立一處國家級自然保護區，菲律賓外交部隨即提出抗議。中國外交部發言人表示，中方將繼續採取必要措施，維護主權。\n",
        "9月10日，中国海警在黄岩岛附近开展执法巡查，菲律宾外交部对此提出抗议。中国外交部发言人回应时表示，中方将继续采取必要措施。\n",
    )
    for text in cases:
        assert _parts(_events(tmp_path, text), "THREATEN") == [(("CHN",), ("PHL",))], text


def test_a_withdrawal_procedure_started_leaves_the_body_the_paragraph_is_about(tmp_path) -> None:
    """…是该地区最重要的组织。2021年2月，帕劳和瑙鲁宣布启动退出程序: the procedure names no body; the
    sentence before, which opens with one, does."""
    cases = {
        "太平洋岛国论坛是该地区最重要的政治组织。2021年2月，帕劳和瑙鲁宣布启动退出程序。\n":
            [(("NRU",), ("pacific-islands-forum",)), (("PLW",), ("pacific-islands-forum",))],
        "太平洋島國論壇是該地區最重要的政治組織。2021年2月，帛琉和諾魯宣布啟動退出程序。\n":
            [(("NRU",), ("pacific-islands-forum",)), (("PLW",), ("pacific-islands-forum",))],
        "《巴黎协定》是全球气候治理的核心文件。2019年11月，美国正式启动退出程序。\n":
            [(("USA",), ("paris-agreement",))],
    }
    for text, want in cases.items():
        assert _parts(_events(tmp_path, text), "LEAVE") == want, text


def test_a_gathering_that_frames_a_proposal_is_no_co_proposer(tmp_path) -> None:
    """在联合国大会一般性辩论中提出…倡议: the initiative is the speaker's state's; the gathering is where."""
    cases = (
        "2021年9月，习近平在第76届联合国大会一般性辩论中提出全球发展倡议。\n",
        "2021年9月，習近平在第76屆聯合國大會一般性辯論中提出全球發展倡議。\n",
        "2022年4月，习近平在博鳌亚洲论坛年会开幕式上提出全球安全倡议。\n",
        "2014年11月，李克强在第17次中国—东盟领导人会议上提出建立澜沧江—湄公河对话合作机制的倡议。\n",
    )
    for text in cases:
        assert _actor_sets(_events(tmp_path, text), "ESTABLISH") == [{"CHN"}], text


def test_a_bodys_own_officer_before_the_frame_keeps_the_body(tmp_path) -> None:
    """拜登与欧盟委员会主席冯德莱恩在美欧峰会上宣布成立…: the EU stands before the frame too."""
    sets = _actor_sets(_events(tmp_path, "2021年6月，拜登与欧盟委员会主席冯德莱恩在布鲁塞尔美欧峰会上正式宣布成立美欧贸易与技术委员会。\n"),
                       "ESTABLISH")
    assert sets and all({"USA", "eu"} <= s for s in sets), sets


def test_a_fang_form_after_a_comitative_is_the_state_the_text_names(tmp_path) -> None:
    """分别同土方和联合国签署: 土方 after 同, before a list or a joint act, is Turkey where the text names it;
    土方工程 (earthwork) stays none."""
    cases = {
        "在联合国和土耳其的斡旋下，俄罗斯与乌克兰分别同土方和联合国签署协议。\n": "TUR",
        "在聯合國和土耳其的斡旋下，俄羅斯與烏克蘭分別同土方和聯合國簽署協議。\n": "TUR",
        "土耳其外长访华。中方与土方举行会谈。\n": "TUR",
    }
    for text, state in cases.items():
        assert ("土方", state) in _linked(tmp_path, text), text
    assert [i for t, i in _linked(tmp_path, "道路和土方工程已经完工，土耳其企业参与。\n") if t == "土方"] == []
    agree = _actor_sets(_events(tmp_path, "2022年7月，在联合国和土耳其的斡旋下，俄罗斯与乌克兰分别同土方和联合国签署协议。\n"), "AGREE")
    assert agree and all("TUR" in s for s in agree), agree


def test_the_ruling_party_named_for_the_state_is_china(tmp_path) -> None:
    """譴責中共的挑釁行為, 招致中共降低關係層級: in Taiwan's prose 中共 acts for the PRC."""
    for text in ("2024年10月15日，國防部發布新聞稿，嚴厲譴責中共的挑釁行為。\n",
                 "2024年10月15日，陆委会严厉谴责中共的挑衅行为。\n",
                 "2024年10月15日，陸委會批評中共蓄意升高台海緊張。\n"):
        accused = _parts(_events(tmp_path, text), "ACCUSE")
        assert accused and all(targets == ("CHN",) for _, targets in accused), (text, accused)


def test_the_party_itself_is_no_state(tmp_path) -> None:
    """中共中央, 中共二十大 name the party, not a party to an act."""
    from latticework.events.party_state import party_state_mentions

    text = "中共中央政治局召开会议。中共二十大召开后，美方表示关切。"
    assert party_state_mentions(text, 0, len(text), []) == []
