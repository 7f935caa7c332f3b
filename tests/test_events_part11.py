"""Participants of events (part11): gatherings and visits that only frame what a speaker says or
pledges. Invented sentences in both scripts."""

from __future__ import annotations

import pytest
from event_helpers import file_events as _events, party_pairs as _parts


# --- a gathering or a visit framing a speech act ----------------------------------------------------


@pytest.mark.parametrize("text,etype,want", [
    ("2024年6月，菲律宾总统在香格里拉对话会上警告，菲律宾将采取必要措施。\n", "THREATEN", (("PHL",), ())),
    ("2024年6月，菲律賓總統在香格里拉對話會上警告，菲律賓將採取必要措施。\n", "THREATEN", (("PHL",), ())),
    ("2023年9月，美国总统在联合国大会上谴责俄罗斯。\n", "ACCUSE", (("USA",), ("RUS",))),
    ("2023年9月，美國總統在聯合國大會上譴責俄羅斯。\n", "ACCUSE", (("USA",), ("RUS",))),
    ("2024年6月，菲律宾防长在新加坡举行的香格里拉对话会上批评中国。\n", "ACCUSE", (("PHL",), ("CHN",))),
])
def test_a_gathering_framing_a_speech_is_no_speaker(tmp_path, text, etype, want) -> None:
    """在…会上警告/谴责/批评: the gathering is where it was said; the speaker alone acts."""
    assert want in _parts(_events(tmp_path, text), etype), _parts(_events(tmp_path, text), etype)


@pytest.mark.parametrize("text", [
    "2024年5月31日，菲律宾总统在新加坡出席香格里拉对话时警告，若有公民因他国蓄意行为丧生，将采取行动。\n",
    "2024年5月31日，菲律賓總統在新加坡出席香格里拉對話時警告，若有公民因他國蓄意行為喪生，將採取行動。\n",
])
def test_the_venue_of_an_attended_gathering_is_no_target(tmp_path, text) -> None:
    """在新加坡出席…时警告: Singapore hosts the gathering; the warning names no target."""
    got = _parts(_events(tmp_path, text), "THREATEN")
    assert got and all(p == (("PHL",), ()) for p in got), got


@pytest.mark.parametrize("text,etype,want", [
    ("2023年9月，美国总统在访问越南时批评中国。\n", "ACCUSE", (("USA",), ("CHN",))),
    ("2023年9月，美國總統在訪問越南時批評中國。\n", "ACCUSE", (("USA",), ("CHN",))),
    ("2023年9月，美国总统在访越期间谴责俄罗斯。\n", "ACCUSE", (("USA",), ("RUS",))),
])
def test_the_host_of_a_visit_framing_a_speech_is_no_speaker(tmp_path, text, etype, want) -> None:
    """在访问越南时批评…: the host receives the visit; it does not criticise with the visitor."""
    assert want in _parts(_events(tmp_path, text), etype), _parts(_events(tmp_path, text), etype)


@pytest.mark.parametrize("text", ["2023年9月，美国总统在访越期间谴责俄罗斯。\n", "2023年9月，美國總統在訪越期間譴責俄羅斯。\n"])
def test_a_visit_ends_at_its_frame(tmp_path, text) -> None:
    """在访越期间谴责俄罗斯: the party after 期间 is no host of the visit."""
    assert _parts(_events(tmp_path, text), "CONSULT") == [(("USA",), ("VNM",))]


@pytest.mark.parametrize("text,want", [
    ("2023年9月，日本首相在东盟峰会上宣布向柬埔寨提供5亿美元援助。\n", (("JPN",), ("KHM",))),
    ("2023年9月，日本首相在東盟峰會上宣布向柬埔寨提供5億美元援助。\n", (("JPN",), ("KHM",))),
    ("2023年9月，日本在二十国集团峰会上宣布向乌克兰提供5亿美元援助。\n", (("JPN",), ("UKR",))),
])
def test_a_pledge_at_a_summit_is_the_pledger_s(tmp_path, text, want) -> None:
    """在峰会上宣布向…提供援助: the summit's body gives nothing; the state before the frame does."""
    assert _parts(_events(tmp_path, text), "AID") == [want], _parts(_events(tmp_path, text), "AID")


# --- witnesses of a signing ----------------------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年10月，安瓦尔与特朗普共同见证泰国总理和柬埔寨首相签署和平联合声明。\n", ("KHM", "THA")),
    ("2024年10月，安瓦爾與特朗普共同見證泰國總理和柬埔寨首相簽署和平聯合聲明。\n", ("KHM", "THA")),
    ("2023年3月，法国总统见证了德国与波兰外长签订边界协定。\n", ("DEU", "POL")),
])
def test_witnesses_of_a_signing_are_no_signatories(tmp_path, text, want) -> None:
    """X见证A和B签署…: A and B sign; the witnesses stand before the verb but take no part."""
    got = _parts(_events(tmp_path, text), "AGREE")
    assert got == [(want, ())], got


def test_witnesses_with_no_signatories_named_are_the_sides(tmp_path) -> None:
    """两国领导人见证签署…: no signatory named, the two sides sign."""
    text = "2024年5月，中国国家主席对越南进行国事访问。两国领导人见证签署了多份合作文件。\n"
    assert _parts(_events(tmp_path, text), "AGREE") == [(("CHN", "VNM"), ())]


# --- 与会/到场 coordinated with a second act ------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年11月，美国总统将出席在里约热内卢举行的二十国集团峰会，习近平亦将与会并对巴西进行国事访问。\n", {"USA", "CHN", "g20"}),
    ("2024年11月，美國總統將出席在里約熱內盧舉行的二十國集團峰會，習近平亦將與會並對巴西進行國事訪問。\n", {"USA", "CHN", "g20"}),
    ("2024年10月，东盟峰会在万象举行，日本首相也到场并发表讲话。\n", {"JPN", "asean"}),
])
def test_attending_with_a_second_act_still_attends(tmp_path, text, want) -> None:
    """亦将与会并对巴西进行国事访问: 与会 has no object; the 并-act after it does not stop the attendance."""
    sets = [{p.key() for p in e.actors} for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert want in sets, sets


# --- a list of gatherings attended ---------------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2025年10月，中国总理将出席东盟与中日韩领导人会议和东亚峰会。\n", [("CHN", "asean-plus-three"), ("CHN", "eas")]),
    ("2025年10月，中國總理出席東盟與中日韓（10+3）領導人會議和東亞峰會。\n", [("CHN", "asean-plus-three"), ("CHN", "eas")]),
    ("2023年9月，美国总统出席了二十国集团峰会和亚太经合组织领导人非正式会议。\n", [("USA", "apec"), ("USA", "g20")]),
])
def test_each_gathering_of_a_list_is_attended(tmp_path, text, want) -> None:
    """出席A会议和B峰会 with no 先后: still two gatherings, one attendance each."""
    assert [a for a, _ in _parts(_events(tmp_path, text), "CONSULT")] == want


def test_one_gathering_held_by_two_bodies_stays_one(tmp_path) -> None:
    """出席东盟和欧盟共同举办的会议: the bodies are no list of gatherings."""
    got = _parts(_events(tmp_path, "2023年9月，日本外相出席了东盟和欧盟共同举办的会议。\n"), "CONSULT")
    assert len(got) == 1, got


# --- a trip's talks beside a visit the other way ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年9月朝鲜领导人赴俄罗斯远东地区与普京会晤，2024年6月普京访问平壤期间，两国签署条约。\n",
    "2023年9月朝鮮領導人赴俄羅斯遠東地區與普京會晤，2024年6月普京訪問平壤期間，兩國簽署條約。\n",
])
def test_a_trip_stays_a_visit_beside_a_visit_the_other_way(tmp_path, text) -> None:
    """赴俄…与普京会晤 is North Korea's visit even when the sentence also tells Putin's visit to Pyongyang."""
    got = _parts(_events(tmp_path, text), "CONSULT")
    assert (("PRK",), ("RUS",)) in got and (("RUS",), ("PRK",)) in got, got


# --- attending the gathering the paragraph told ----------------------------------------------------


@pytest.mark.parametrize("text,attendee", [
    ("亚太经合组织领导人会议2024年11月15日至16日在利马举行。日本首相率团与会。\n", "JPN"),
    ("亞太經合組織領導人會議2024年11月15日至16日在利馬舉行。日本首相率團與會。\n", "JPN"),
    ("东盟峰会2024年10月在万象举行，会议通过了宣言。印度总理也出席。\n", "IND"),
])
def test_attending_with_no_object_joins_the_paragraph_s_gathering(tmp_path, text, attendee) -> None:
    """…会议在利马举行。X率团与会: the gathering told in the sentence before is the one attended."""
    sets = [{p.key() for p in e.actors} for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert any(attendee in s and len(s) >= 2 for s in sets), sets


@pytest.mark.parametrize("text", [
    "亚太经合组织领导人会议2024年11月15日在利马举行。印度总理未能亲自出席。\n",
    "亞太經合組織領導人會議2024年11月15日在利馬舉行。印度總理未能親自出席。\n",
])
def test_not_attending_in_person_is_no_attendance(tmp_path, text) -> None:
    """未能亲自出席: the party stayed away; it does not join the meeting."""
    evs = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert all(e.modality == "negated" for e in evs if "IND" in {p.key() for p in e.actors}), [(e.modality, [p.key() for p in e.actors]) for e in evs]
    assert any(e.modality == "negated" for e in evs)


def test_a_sentence_with_its_own_occasion_does_not_attend_the_paragraph_s(tmp_path) -> None:
    """…的联合演习首次由美日两国海军共同参加: the drill named there, not the meeting told before."""
    text = "2019年9月，东盟外长在雅加达举行会议。2020年11月的海上联合演习首次由美日两国海军共同参加。\n"
    for e in _events(tmp_path, text):
        if e.type == "CONSULT":
            assert "USA" not in {p.key() for p in e.actors}, [p.key() for p in e.actors]


# --- a state's name inside a place name ----------------------------------------------------------


def test_trincomalee_holds_no_mali() -> None:
    """亭可马里 (Trincomalee, Sri Lanka) ends with 马里; it names no Mali, in either script."""
    from actor_helpers import found

    assert not [x for x in found("印度与阿联酋签署关于建设亭可马里能源枢纽的三边备忘录。") if x[1] == "MLI"]
    assert not [x for x in found("印度與阿聯酋簽署關於建設亭可馬里能源樞紐的三邊備忘錄。") if x[1] == "MLI"]
    assert ("马里", "MLI") in found("马里与布基纳法索签署了防务协议。")


# --- the state travelled to for a gathering --------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2014年7月，中国国家主席赴巴西出席金砖国家领导人会晤并进行国事访问。\n", {"CHN", "brics"}),
    ("2014年7月，中國國家主席赴巴西出席金磚國家領導人會晤並進行國事訪問。\n", {"CHN", "brics"}),
    ("2023年5月，美国总统前往日本出席七国集团峰会。\n", {"USA", "g7"}),
    ("2023年8月，印度总理飞抵南非出席金砖国家峰会。\n", {"IND", "brics"}),
])
def test_the_state_travelled_to_is_the_venue_of_the_gathering(tmp_path, text, want) -> None:
    """赴巴西出席…会晤: Brazil hosts; the attendee and the body take part."""
    sets = [{p.key() for p in e.actors} for e in _events(tmp_path, text) if e.type == "CONSULT" and not e.recipients]
    assert want in sets, sets


def test_the_visit_told_with_the_attendance_keeps_its_host(tmp_path) -> None:
    """…出席…会晤并进行国事访问: the state visit is still to Brazil."""
    text = "2014年7月，中国国家主席赴巴西出席金砖国家领导人会晤并进行国事访问。\n"
    assert (("CHN",), ("BRA",)) in _parts(_events(tmp_path, text), "CONSULT")


def test_the_hudson_institute_holds_no_kazakhstan_nor_germany() -> None:
    """对哈德逊研究所: 哈 and 德 after 对 read as two abbreviations unless 哈德逊 (Hudson) is a trap."""
    from actor_helpers import found

    for text in ("中国宣布对哈德逊研究所采取反制措施。", "中國宣布對哈德遜研究所採取反制措施。"):
        assert not [x for x in found(text) if x[1] in ("KAZ", "DEU")], found(text)


# --- a visit named by an abbreviation as what is invited to ----------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年11月15日，韩国总统邀请习近平明年访韩。\n", (("CHN",), ("KOR",))),
    ("2024年11月15日，韓國總統在會中邀請習近平明年訪韓。\n", (("CHN",), ("KOR",))),
    ("2023年3月，美国总统邀请印度总理访美。\n", (("IND",), ("USA",))),
])
def test_a_visit_invited_to_is_no_second_event(tmp_path, text, want) -> None:
    """邀请X明年访韩: one proposed CONSULT of the invitee to the host; the visit is what is invited to."""
    evs = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert [(tuple(sorted(p.key() for p in e.actors)), tuple(sorted(p.key() for p in e.recipients)), e.modality) for e in evs] == [
        want + ("proposed",)]


# --- a body's meeting hosted by a party (由X主办) ---------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("亚太经合组织2025年由韩国在庆州主办。\n", {"KOR", "apec"}),
    ("亞太經合組織2025年由韓國在慶州主辦。\n", {"KOR", "apec"}),
    ("2023年，东盟由印尼承办。\n", {"IDN", "asean"}),
])
def test_a_body_s_meeting_hosted_by_a_party_has_the_host(tmp_path, text, want) -> None:
    """APEC由韩国主办: the body with no meeting noun after it is its meeting; the host after 由 takes part."""
    sets = [{p.key() for p in e.actors} for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert want in sets, sets


@pytest.mark.parametrize("text", [
    "2024年11月16日，习近平宣布中国将于2026年在深圳主办APEC会议。\n",
    "2024年11月16日，習近平宣布中國將於2026年在深圳主辦APEC會議。\n",
])
def test_an_announced_hosting_is_one_meeting(tmp_path, text) -> None:
    """宣布…主办APEC会议: 主办 heads the meeting (planned, 2026); 宣布 heads no second one."""
    evs = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
    assert [(e.date, e.modality) for e in evs] == [("2026", "planned")], [(e.date, e.modality, e.trigger) for e in evs]


# --- an accusation of a party left unnamed ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年8月13日，斯里兰卡批准该船停靠。同日，中国外交部发言人批评个别国家以所谓安全关切向斯方施压。\n",
    "2022年8月13日，斯里蘭卡批准該船停靠。同日，中國外交部發言人批評個別國家以所謂安全關切向斯方施壓。\n",
    "2022年8月13日，美国批准对台军售。中国外交部随即谴责少数国家干涉中国内政。\n",
])
def test_an_accusation_of_an_unnamed_party_has_no_target(tmp_path, text) -> None:
    """批评个别国家…向斯方施压: the criticised party is left unnamed; neither the party it acts on nor the
    act told before is the target."""
    got = _parts(_events(tmp_path, text), "ACCUSE")
    assert got == [(("CHN",), ())], got


def test_an_accusation_of_a_named_party_keeps_it(tmp_path) -> None:
    text = "2022年8月13日，美国批准对台军售。中国外交部随即谴责美方干涉中国内政。\n"
    assert _parts(_events(tmp_path, text), "ACCUSE") == [(("CHN",), ("USA",))]


# --- force told as the content of a claim ---------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2014年5月，越方指中国船只用水炮驱赶越南公务船。\n", (("CHN",), ("VNM",))),
    ("2014年5月，越方指中國船隻用水炮驅趕越南公務船。\n", (("CHN",), ("VNM",))),
    ("2024年6月，菲律宾海警声称中国海警船在仁爱礁附近发射水炮。\n", (("CHN",), ("PHL",))),
    ("2024年6月，中国海警称菲律宾船只冲撞中国海警船。\n", (("PHL",), ("CHN",))),
])
def test_force_claimed_by_its_victim_is_the_named_doer_s(tmp_path, text, want) -> None:
    """X指/称/声称Y…发射水炮: Y used force; the claimant is its target (or the target the content names)."""
    assert _parts(_events(tmp_path, text), "COERCE") == [want], _parts(_events(tmp_path, text), "COERCE")


# --- a pair's relations as topic before a titled visitor ---------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("美越关系在美国总统拜登2023年9月10日访问河内时实现突破。\n", (("USA",), ("VNM",))),
    ("日韩关系在韩国总统尹锡悦2023年3月访问东京时实现转圜。\n", (("KOR",), ("JPN",))),
    ("日韓關係在韓國總統尹錫悅2023年3月訪問東京時實現轉圜。\n", (("KOR",), ("JPN",))),
])
def test_a_pair_s_relations_before_a_titled_visitor(tmp_path, text, want) -> None:
    """美越关系在美国总统拜登…访问河内时: the pair is the topic; the titled visitor visits the host."""
    assert _parts(_events(tmp_path, text), "CONSULT") == [want]


# --- a deployment its host allows ------------------------------------------------------------------


@pytest.mark.parametrize("text,want,modality", [
    ("2022年5月，所罗门群岛总理表示，所方不会允许中方在其领土上建立军事基地。\n", (("CHN",), ("SLB",)), "negated"),
    ("2023年2月，菲律宾允许美军进驻四处新基地。\n", (("USA",), ("PHL",)), "asserted"),
    ("2023年2月，菲律賓同意美軍在其境內部署飛彈。\n", (("USA",), ("PHL",)), "asserted"),
])
def test_a_deployment_allowed_by_its_host(tmp_path, text, want, modality) -> None:
    """X允许/同意Y在…部署/建立基地: Y deploys, X hosts; the permission is no co-deployment."""
    evs = [e for e in _events(tmp_path, text) if e.type == "MOBILIZE"]
    got = [((tuple(sorted(p.key() for p in e.actors)), tuple(sorted(p.key() for p in e.recipients))), e.modality) for e in evs]
    assert got == [(want, modality)], got


# --- talks told with a state guest's title ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年4月10日，日本首相以国宾身份在白宫同美国总统举行会谈。\n",
    "2024年4月10日，日本首相以國賓身分在白宮與美國總統會談。\n",
])
def test_talks_of_a_state_guest_are_the_guest_s_visit(tmp_path, text) -> None:
    """以国宾身份…与X会谈: the guest visits X's state; the talks fold into the visit."""
    assert _parts(_events(tmp_path, text), "CONSULT") == [(("JPN",), ("USA",))]


def test_talks_without_the_title_stay_talks(tmp_path) -> None:
    text = "2024年4月10日，日本首相在白宫同美国总统举行会谈。\n"
    assert _parts(_events(tmp_path, text), "CONSULT") == [(("JPN", "USA"), ())]


# --- relief with no receiver named after a disaster ----------------------------------------------------


@pytest.mark.parametrize("text,giver,struck", [
    ("2025年3月28日缅甸中部发生强烈地震后，中国宣布向缅方提供紧急援助，印度次日运送救灾物资。\n", "IND", "MMR"),
    ("2025年3月28日緬甸中部發生強烈地震後，中國宣布向緬方提供緊急援助，印度次日運送救災物資。\n", "IND", "MMR"),
    ("2022年1月汤加火山爆发后，澳大利亚派出军舰运送救灾物资。\n", "AUS", "TON"),
])
def test_relief_goes_to_the_state_the_disaster_struck(tmp_path, text, giver, struck) -> None:
    """…地震后，X运送救灾物资: the state struck receives the relief that names no receiver."""
    got = _parts(_events(tmp_path, text), "AID")
    assert ((giver,), (struck,)) in got, got


# --- a follower's own act after 跟进 --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，美国宣布把中国电动车关税提高至100%；加拿大8月亦宣布跟进，10月1日起加征100%附加税。\n",
    "2024年5月，美國宣布把中國電動車關稅提高至100%；加拿大8月亦宣布跟進，10月1日起加徵100%附加稅。\n",
])
def test_a_follower_s_own_act_aims_where_the_act_followed_aimed(tmp_path, text) -> None:
    """亦宣布跟进，…起加征…附加税: Canada's surtax hits China as the US tariff does; one act, not two."""
    got = [p for p in _parts(_events(tmp_path, text), "SANCTION") if p[0] == ("CAN",)]
    assert got == [(("CAN",), ("CHN",))], got
