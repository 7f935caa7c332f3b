"""Conventions settled in the thirteenth session (gold/events/GUIDELINES.md): the extractor follows the
lead's rulings where the development gold sets had disagreed. Invented sentences in both scripts."""

from __future__ import annotations

from event_helpers import file_events as _events, party_pairs as _parts


def test_an_eu_institution_acts_for_the_union(tmp_path) -> None:
    """Ruling 8: the Commission, the European Council, the Council of the EU and the Parliament are the EU
    as parties of events (the institution is its role), as a ministry is its state."""
    cases = {
        "2023年9月13日，欧盟委员会宣布对中国产的电动汽车发起反补贴调查。\n": ("SANCTION", [(("eu",), ("CHN",))]),
        "2023年9月13日，歐盟執委會宣布對中國產的太陽能板發起反補貼調查。\n": ("SANCTION", [(("eu",), ("CHN",))]),
        "2022年3月2日，欧洲理事会决定对俄罗斯实施新一轮制裁。\n": ("SANCTION", [(("eu",), ("RUS",))]),
        "2024年5月，欧盟理事会宣布对伊朗实施制裁。\n": ("SANCTION", [(("eu",), ("IRN",))]),
        "2024年5月6日，商务部部长在巴黎与欧盟委员会执行副主席会谈。\n": ("CONSULT", None),
    }
    for text, (etype, want) in cases.items():
        evs = _events(tmp_path, text)
        got = _parts(evs, etype)
        keys = {k for a, r in got for k in a + r}
        assert not keys & {"european-commission", "european-council", "council-of-the-eu", "european-parliament"}, (text, got)
        if want is not None:
            assert got == want, (text, got)
        else:
            assert got and all("eu" in a + r for a, r in got), (text, got)


def test_a_treaty_founding_a_named_union_is_agree_and_align(tmp_path) -> None:
    """Ruling 2: a treaty that creates a named partnership or union (…联盟条约) is an AGREE and an ALIGN
    with the union as label; a treaty founding an organisation the gazetteer lists is no tie."""
    for text in ("2022年5月，斐济与萨摩亚在苏瓦签署《南十字联盟条约》，两国承诺相互援助。\n",
                 "2022年5月，斐濟與薩摩亞在蘇瓦簽署《南十字聯盟條約》，兩國承諾相互援助。\n",
                 "2022年5月，萨摩亚同斐济正式签订了《南十字联盟条约》。\n"):
        evs = _events(tmp_path, text)
        assert _parts(evs, "AGREE") == [(("FJI", "WSM"), ())], text
        aligns = [e for e in evs if e.type == "ALIGN"]
        assert [(sorted(p.key() for p in e.actors), e.label) for e in aligns] == [(["FJI", "WSM"], "南十字联盟")], text
    evs = _events(tmp_path, "1992年2月，法国与德国等国签署《欧洲联盟条约》。\n")
    assert not [e for e in evs if e.type == "ALIGN"]


def test_founding_a_grouping_named_a_partnership_is_establish_and_align(tmp_path) -> None:
    """Ruling 1: the founders establish the grouping (ESTABLISH, object the grouping) and enter the tie the
    text names (ALIGN with that label), whichever of the two the wording reads as first."""
    for text in ("2021年9月，美国、英国和澳大利亚宣布建立三边安全伙伴关系（AUKUS）。\n",
                 "2021年9月，美英澳三國宣布組成新的三邊安全夥伴關係。\n",
                 "2021年9月15日，澳大利亚同英美两国宣布组建澳英美三边安全伙伴关系这一新机制。\n"):
        evs = _events(tmp_path, text)
        est = [e for e in evs if e.type == "ESTABLISH"]
        ali = [e for e in evs if e.type == "ALIGN"]
        assert [((e.object or {}).get("id"), sorted(p.key() for p in e.actors)) for e in est] == [("aukus", ["AUS", "GBR", "USA"])], text
        assert [sorted(p.key() for p in e.actors) for e in ali] == [["AUS", "GBR", "USA"]], text
        assert ali[0].label.endswith("三边安全伙伴关系"), (text, ali[0].label)
    # a grouping the text does not call a partnership: ESTABLISH only
    evs = _events(tmp_path, "2022年6月，美国与日本、英国、澳大利亚和新西兰共同启动“蓝色太平洋伙伴”倡议。\n")
    assert [e for e in evs if e.type == "ESTABLISH"] and not [e for e in evs if e.type == "ALIGN"]


def test_an_organisations_plenary_meeting_acts_as_the_organisation(tmp_path) -> None:
    """Ruling 4: the meeting of a body is the body among the parties, no entity of its own: what the World
    Health Assembly adopts, the WHO adopts."""
    for text in ("2024年6月1日，第77届世界卫生大会通过了《国际卫生条例》修正案。\n",
                 "2024年6月1日，第77屆世界衛生大會通過了《國際衛生條例》修正案。\n"):
        evs = _events(tmp_path, text)
        got = _parts(evs, "AGREE")
        assert got and all(a == ("who",) for a, _ in got), (text, got)


def test_a_bodys_own_summit_is_the_body(tmp_path) -> None:
    """Ruling 4: no separate summit entity when the summit is the meeting of a body: the Quad leaders'
    summit is the Quad's, APEC's leaders' meeting APEC's, the trilateral leaders' summit the trilateral's."""
    cases = {
        "2024年9月21日，四方领导人峰会在美国特拉华州举行。\n": "quad",
        "2024年11月15日，亞太經合組織領導人非正式會議在利馬舉行。\n": "apec",
        "2023年8月18日，美日韩首脑会谈在戴维营举行。\n": "us-japan-rok-trilateral",
    }
    summits = {"quad-leaders-summit", "apec-leaders-meeting", "us-japan-rok-camp-david-summit"}
    for text, body in cases.items():
        evs = [e for e in _events(tmp_path, text) if e.type == "CONSULT"]
        keys = [{p.key() for p in e.actors} for e in evs]
        assert keys and all(body in k and not k & summits for k in keys), (text, keys)


def test_a_security_council_sanctions_resolution_is_agree_and_sanction(tmp_path) -> None:
    """Ruling 10: the resolution adopted is AGREE, the measures it sets on a state SANCTION (the Security
    Council acting, the state the recipient); a supply to the state tightened is such a measure."""
    for text in ("2017年12月22日，安理会通过第2397号决议，进一步收紧对朝鲜的成品油供应。\n",
                 "2017年12月22日，聯合國安理會一致通過新決議，收緊對北韓的石油供應。\n",
                 "2016年3月2日，联合国安理会通过第2270号决议，禁止朝鲜出口煤炭。\n"):
        evs = _events(tmp_path, text)
        assert _parts(evs, "AGREE") == [(("un-security-council",), ())], text
        assert _parts(evs, "SANCTION") == [(("un-security-council",), ("PRK",))], text


def test_talks_with_a_guest_who_travelled_there_are_the_guests_visit(tmp_path) -> None:
    """Ruling 5: a verb of travel makes talks in the host's city the guest's visit (guest actor, host
    recipient), also when the travel is told as a relative clause on the guest; without one, every
    party is an actor."""
    cases = {
        "2023年7月27日，习近平在成都会见来华出席运动会开幕式的印尼总统佐科。\n": [(("IDN",), ("CHN",))],
        "2024年9月3日，蒙古国总统在国家宫同来访的俄罗斯总统普京举行会谈。\n": [(("RUS",), ("MNG",))],
        "2024年5月22日，賴清德在總統府接見來台出席就職典禮的巴拉圭總統。\n": [(("PRY",), ("TWN",))],
        "2019年12月23日，习近平在北京分别会见来华出席会议的日本首相和韩国总统。\n": [(("JPN",), ("CHN",)), (("KOR",), ("CHN",))],
        "2024年3月5日，中国外长与越南外长在北京举行会谈。\n": [(("CHN", "VNM"), ())],
    }
    for text, want in cases.items():
        assert _parts(_events(tmp_path, text), "CONSULT") == want, text
