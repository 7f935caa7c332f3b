"""False alarms of the prec10 round: uses of a trigger that tell no happening (an area of cooperation
named by a long noun phrase, an executive order that only carries the act told after it...).
Sentences written for these tests, in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- a long noun phrase governed by a verb of enhancement names an area -------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，日本与越南同意促进两国企业、大学和研究机构之间更深层次的数据共享、联合研发和共同生产。",
    "2024年3月，日本與越南同意促進兩國企業、大學和研究機構之間更深層次的數據共享、聯合研發和共同生產。",
    "2024年3月，日本与越南外长表示将推动双边出口审查和情报共享。",
    "2024年3月，日本與越南外長表示將推動雙邊出口審查和情報共享。",
])
def test_sharing_at_the_end_of_a_governed_phrase_is_an_area(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "COOPERATE"], summary(evs)


@pytest.mark.parametrize("text", [
    "中方将考虑加大对东盟成员国的技术援助。",
    "中方將考慮加大對東盟成員國的技術援助。",
])
def test_a_governed_phrase_naming_its_recipient_is_still_aid(text) -> None:
    aid = of_type(events(text), "AID")
    assert [r.key() for r in aid[0].recipients] == ["asean"], summary(aid)


@pytest.mark.parametrize("text", [
    "2024年5月，日本与越南在东京举行联合演习。",
    "2024年5月，日本與越南在東京舉行聯合演習。",
])
def test_a_drill_held_is_kept(text) -> None:
    assert of_type(events(text), "COOPERATE")


# --- an executive order with no title carries the act its next clause tells ------------------


@pytest.mark.parametrize("text", [
    "2025年3月3日，美国总统签署行政令，对自墨西哥进口的钢材加征25%关税。",
    "2025年3月3日，美國總統簽署行政令，對自墨西哥進口的鋼材加徵25%關稅。",
])
def test_a_bare_executive_order_is_no_second_event(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "POLICY"], summary(evs)
    sanction = of_type(evs, "SANCTION")[0]
    assert [r.key() for r in sanction.recipients] == ["MEX"]


@pytest.mark.parametrize("text", [
    "2025年3月3日，美国总统签署《关于国家能源紧急状态的行政令》。",
    "2025年3月3日，美國總統簽署《關於國家能源緊急狀態的行政令》。",
])
def test_a_titled_executive_order_is_a_policy(text) -> None:
    assert of_type(events(text), "POLICY")


# --- the act a counter-claim alleges is its content ------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年6月17日，中国海警局发表声明，反指菲方船只蓄意冲撞。",
    "2024年6月17日，中國海警局發表聲明，反指菲方船隻蓄意衝撞。",
])
def test_an_act_a_counter_claim_alleges_is_no_coercion(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "COERCE" and [a.key() for a in e.actors] == ["PHL"]], summary(evs)


# --- a document named again with a demonstrative is the one told before -----------------------


@pytest.mark.parametrize("text", [
    "2023年6月，英国与美国签署《大西洋宣言》，该宣言及其行动计划为两国经济合作奠定了基础。",
    "2023年6月，英國與美國簽署《大西洋宣言》，該宣言及其行動計劃為兩國經濟合作奠定了基礎。",
])
def test_the_declaration_named_again_is_no_second_agreement(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert len(agrees) == 1, summary(agrees)


@pytest.mark.parametrize("text", [
    "2022年，日本相继与菲律宾和泰国签署《防卫装备和技术转移协定》，与日本签署该协定的东南亚国家增至5个。",
    "2022年，日本相繼與菲律賓和泰國簽署《防衛裝備和技術轉移協定》，與日本簽署該協定的東南亞國家增至5個。",
])
def test_who_signed_the_document_told_before_is_a_description(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert sorted(sorted(a.key() for a in e.actors) for e in agrees) == [["JPN", "PHL"], ["JPN", "THA"]], summary(agrees)


# --- a measure suspended or cut is told as background, no new sanction ------------------------


@pytest.mark.parametrize("text", [
    "2025年10月30日，中方同意把商务部本月宣布的稀土出口管制措施暂停一年。",
    "2025年10月30日，中方同意把商務部本月宣布的稀土出口管制措施暫停一年。",
    "2025年5月12日，中美发表联合声明，其中24%的加征关税暂停90天。",
    "2025年5月12日，中美發表聯合聲明，其中24%的加徵關稅暫停90天。",
])
def test_a_suspended_measure_is_no_sanction(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


@pytest.mark.parametrize("text", [
    "2025年2月4日，中方宣布对美国煤炭加征15%关税。",
    "2025年2月4日，中方宣布對美國煤炭加徵15%關稅。",
])
def test_a_tariff_imposed_stays_a_sanction(text) -> None:
    assert of_type(events(text), "SANCTION")


# --- motions, committees and evaded sanctions name no act --------------------------------------


@pytest.mark.parametrize("text", [
    "2023年2月，印度在联合国大会谴责俄罗斯的决议表决中投了弃权票。",
    "2023年2月，印度在聯合國大會譴責俄羅斯的決議表決中投了棄權票。",
    "2024年3月28日，俄罗斯在安理会否决延长朝鲜问题制裁委员会专家小组任期的决议草案。",
    "2024年3月28日，俄羅斯在安理會否決延長朝鮮問題制裁委員會專家小組任期的決議草案。",
    "2023年9月，美韩同意加强合作，应对朝鲜规避制裁的活动。",
    "2023年9月，美韓同意加強合作，應對朝鮮規避制裁的活動。",
])
def test_a_motion_a_committee_or_evaded_sanctions_is_no_act(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("ACCUSE", "SANCTION")], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年2月，联合国大会通过决议，谴责俄罗斯。",
    "2023年2月，聯合國大會通過決議，譴責俄羅斯。",
])
def test_a_condemnation_told_as_such_stays(text) -> None:
    assert of_type(events(text), "ACCUSE")


# --- the full names of documents told before are names, not agreements -------------------------


@pytest.mark.parametrize("text", [
    "2022年7月22日，俄罗斯与联合国在伊斯坦布尔签署两份文件。②\n注释\n②两份文件的全称分别为《关于港口粮食运输的倡议》和"
    "《俄罗斯联邦与联合国秘书处关于粮食出口的谅解备忘录》。",
    "2022年7月22日，俄羅斯與聯合國在伊斯坦布爾簽署兩份文件。②\n註釋\n②兩份文件的全稱分別為《關於港口糧食運輸的倡議》和"
    "《俄羅斯聯邦與聯合國秘書處關於糧食出口的諒解備忘錄》。",
])
def test_full_names_given_in_a_note_are_no_agreement(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert len(agrees) == 1 and agrees[0].date == "2022-07-22", summary(agrees)


# --- leaders invited to take part in a summit attend it; no invitation of its own --------------


@pytest.mark.parametrize("text", [
    "2021年4月22日至23日，美国举办领导人气候峰会。此次“领导人气候峰会”一共邀请40位国家和国际组织领导人参会，其中包括中国、日本、韩国和越南等亚太国家。",
    "2021年4月22日至23日，美國舉辦領導人氣候峰會。此次「領導人氣候峰會」一共邀請40位國家和國際組織領導人參會，其中包括中國、日本、韓國和越南等亞太國家。",
])
def test_invited_to_take_part_is_no_second_meeting(text) -> None:
    consults = of_type(events(text), "CONSULT")
    assert len(consults) == 1, summary(consults)


# --- a body's session listed again after other sessions is the session told before -------------


@pytest.mark.parametrize("text", [
    "2022年9月，IPEF在美国洛杉矶举行第一次部长级会议。\n2022年12月，IPEF在澳大利亚布里斯班举行了第一轮正式谈判。\n主要进程：\n"
    "2022年9月在美国洛杉矶召开第一次部长会议；\n2022年12月在布里斯班举行第一轮谈判。",
    "2022年9月，IPEF在美國洛杉磯舉行第一次部長級會議。\n2022年12月，IPEF在澳大利亞布里斯班舉行了第一輪正式談判。\n主要進程：\n"
    "2022年9月在美國洛杉磯召開第一次部長會議；\n2022年12月在布里斯班舉行第一輪談判。",
])
def test_a_session_listed_again_is_one_event(text) -> None:
    consults = of_type(events(text), "CONSULT")
    assert sorted(e.date for e in consults) == ["2022-09", "2022-12"], summary(consults)
    assert len(next(e for e in consults if e.date == "2022-09").evidence) == 2


# --- permissions, means, vague intent and lists of tasks tell no happening --------------------


@pytest.mark.parametrize("text", [
    "2025年9月11日，日菲《互惠准入协定》生效，日本自卫队今后可赴菲参加联合训练。",
    "2025年9月11日，日菲《互惠准入協定》生效，日本自衛隊今後可赴菲參加聯合訓練。",
    "美国致力于与蒙古国加强安全伙伴关系，通过年度多国联合军事演习提升蒙古军队的互操作性。",
    "美國致力於與蒙古國加強安全夥伴關係，通過年度多國聯合軍事演習提升蒙古軍隊的互操作性。",
])
def test_a_drill_permitted_or_named_as_a_means_is_no_drill(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "COOPERATE"], summary(evs)


@pytest.mark.parametrize("text", [
    "中方欢迎欧盟同东盟建立和发展对话、交流、合作关系。",
    "中方歡迎歐盟同東盟建立和發展對話、交流、合作關係。",
])
def test_ties_to_build_and_develop_are_vague_intent(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ALIGN"], summary(evs)


@pytest.mark.parametrize("text", [
    "日本自卫队的海外任务均限于国际维和、打击海盗、建立海外活动平台、医疗援助、为美国提供后勤补给等领域。",
    "日本自衛隊的海外任務均限於國際維和、打擊海盜、建立海外活動平台、醫療援助、為美國提供後勤補給等領域。",
])
def test_a_task_in_a_list_of_fields_is_no_act(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ESTABLISH"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年5月，日本与越南通过联合演习提升协同能力，两国海军在岘港举行联合演习。",
    "2024年5月，日本與越南通過聯合演習提升協同能力，兩國海軍在峴港舉行聯合演習。",
])
def test_a_drill_held_beside_a_means_is_kept(text) -> None:
    assert of_type(events(text), "COOPERATE")


# --- bodies founded, series since a year, and aid ended are no sessions or aid ----------------


@pytest.mark.parametrize("text", [
    "东盟于2005年起举行东亚峰会，2006年和2010年先后建立东盟防长会议与东盟防长扩大会议。",
    "東盟於2005年起舉行東亞峰會，2006年和2010年先後建立東盟防長會議與東盟防長擴大會議。",
])
def test_a_series_since_a_year_and_bodies_founded_are_no_sessions(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "CONSULT"], summary(evs)


@pytest.mark.parametrize("text", [
    "2011年，韩国与湄公河国家建立外长会议机制。",
    "2011年，韓國與湄公河國家建立外長會議機制。",
])
def test_a_meeting_mechanism_set_up_is_founded_not_held(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["ESTABLISH"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年12月，日本与东盟在东京举行纪念建立对话关系50周年特别峰会。",
    "2023年12月，日本與東盟在東京舉行紀念建立對話關係50週年特別峰會。",
])
def test_dialogue_relations_set_up_stay_an_alignment(text) -> None:
    assert of_type(events(text), "ALIGN")[0].date == "1973"


@pytest.mark.parametrize("text", [
    "2021年4月，韩国表示将终止为海外煤炭项目提供融资。",
    "2021年4月，韓國表示將終止為海外煤炭項目提供融資。",
])
def test_financing_ended_is_no_aid(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "AID"], summary(evs)


# --- a treaty signed before, told as entering into force, is no second signing -----------------


@pytest.mark.parametrize("text", [
    "2024年6月19日，普京与金正恩在平壤签署《全面战略伙伴关系条约》。\n12月4日，俄朝两国签署的条约正式生效。",
    "2024年6月19日，普京與金正恩在平壤簽署《全面戰略夥伴關係條約》。\n12月4日，俄朝兩國簽署的條約正式生效。",
])
def test_entry_into_force_of_a_signed_treaty_is_no_signing(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert [e.date for e in agrees] == ["2024-06-19"], summary(agrees)


@pytest.mark.parametrize("text", [
    "俄朝两国2024年6月签署的条约于12月4日生效。",
    "俄朝兩國2024年6月簽署的條約於12月4日生效。",
])
def test_a_signing_dated_in_the_relative_clause_stays(text) -> None:
    assert of_type(events(text), "AGREE")[0].date == "2024-06"


# --- a party marked by 对 is what a unilateral measure aims at, not a second adopter --------------


def test_a_law_enacted_against_a_marked_party_stays_a_policy(processed_seeds) -> None:
    """Seed 004 lists the measures of a state's policy in an item with no subject of its own, the
    target marked by 对 in its first clause: the law enacted is that state's POLICY, not an AGREE of
    the two."""
    from latticework.events import extract_events

    evs = [e for e in extract_events(processed_seeds("004")) if (e.object or {}).get("name") == "芯片与科学法案"]
    assert evs and all(e.type == "POLICY" and [a.key() for a in e.actors] == ["USA"] for e in evs), summary(evs)


# --- a document named as the basis of an act was agreed before --------------------------------


@pytest.mark.parametrize("text", [
    "2023年11月，美印双方同意加快开展根据2023年6月的“国防工业合作路线图”发起的联合项目。",
    "2023年11月，美印雙方同意加快開展根據2023年6月的「國防工業合作路線圖」發起的聯合項目。",
])
def test_a_roadmap_named_as_the_basis_is_no_agreement(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "AGREE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年6月，美国与印度发表“国防工业合作路线图”。",
    "2023年6月，美國與印度發表「國防工業合作路線圖」。",
])
def test_a_roadmap_issued_is_an_agreement(text) -> None:
    assert of_type(events(text), "AGREE")


# --- talks a party pushes for on a topic are vague intent -----------------------------------------


@pytest.mark.parametrize("text", [
    "2023年10月12日，美国与新加坡发表联合声明。两国将推动就各自发展半导体产业的政策进行密切磋商。",
    "2023年10月12日，美國與新加坡發表聯合聲明。兩國將推動就各自發展半導體產業的政策進行密切磋商。",
])
def test_talks_pushed_for_are_no_session(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["AGREE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2023年10月12日，美国与新加坡就半导体产业政策进行磋商。",
    "2023年10月12日，美國與新加坡就半導體產業政策進行磋商。",
])
def test_talks_held_on_a_topic_are_a_session(text) -> None:
    assert of_type(events(text), "CONSULT")


# --- a document signed, named again by its title with the month, is one agreement ---------------


@pytest.mark.parametrize("text", [
    "2023年8月4日，美国国务卿与蒙古国总理签署《开放天空协定》和《第三邻国经济合作路线图》。\n双方强调了2023年8月签署的《第三邻国经济合作路线图》的重要意义。",
    "2023年8月4日，美國國務卿與蒙古國總理簽署《開放天空協定》和《第三鄰國經濟合作路線圖》。\n雙方強調了2023年8月簽署的《第三鄰國經濟合作路線圖》的重要意義。",
])
def test_a_document_named_again_with_its_month_is_one_agreement(text) -> None:
    agrees = of_type(events(text), "AGREE")
    assert [e.date for e in agrees] == ["2023-08-04", "2023-08-04"], summary(agrees)
    assert max(len(e.evidence) for e in agrees) == 2
