"""Participants of mediated and chaired talks, and the other participant constructions of the
part6 dev texts (pa-pc). Every sentence was written for these tests, in simplified and traditional
script, and runs over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

# --- mediators and chairs -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年5月6日，在沙特和美国的斡旋下，苏丹冲突双方代表在吉达举行会谈。2023年5月20日，在卡塔尔的调解下，俄罗斯与乌克兰举行会谈。",
    "2023年5月6日，在沙烏地阿拉伯和美國的斡旋下，蘇丹衝突雙方代表在吉達舉行會談。2023年5月20日，在卡達的調解下，俄羅斯與烏克蘭舉行會談。",
])
def test_the_mediator_of_talks_is_a_party(text) -> None:
    talks = [e for e in of_type(events(text), "CONSULT") if e.date == "2023-05-20"]
    assert len(talks) == 1 and sorted(keys(talks[0].actors)) == ["QAT", "RUS", "UKR"], summary(talks)


@pytest.mark.parametrize("text", [
    "2024年3月2日，印度与巴基斯坦外长在多哈会谈，会谈由卡塔尔首相主持；双方同意恢复停火。",
    "2024年3月2日，印度與巴基斯坦外長在多哈會談，會談由卡達首相主持；雙方同意恢復停火。",
])
def test_talks_named_again_with_their_chair_are_one_meeting_with_the_chair(text) -> None:
    talks = of_type(events(text), "CONSULT")
    assert len(talks) == 1, summary(talks)
    assert sorted(keys(talks[0].actors)) == ["IND", "PAK", "QAT"]


@pytest.mark.parametrize("text", [
    "2022年8月1日，在土耳其的斡旋下，俄罗斯与乌克兰代表举行会谈，双方发表联合声明。",
    "2022年8月1日，在土耳其的斡旋下，俄羅斯與烏克蘭代表舉行會談，雙方發表聯合聲明。",
])
def test_the_mediator_is_no_party_of_what_the_two_sides_agree(text) -> None:
    evs = events(text)
    assert sorted(keys(of_type(evs, "CONSULT")[0].actors)) == ["RUS", "TUR", "UKR"]
    assert sorted(keys(of_type(evs, "AGREE")[0].actors)) == ["RUS", "UKR"], summary(evs)


def test_a_mediator_of_no_talks_adds_nothing() -> None:
    evs = events("2022年8月1日，在土耳其的斡旋下，俄罗斯与乌克兰签署协议。")
    assert [sorted(keys(e.actors)) for e in evs] == [["RUS", "UKR"]], summary(evs)


# --- passives with an instrument, and two acts of force sharing one agent -----------------------


@pytest.mark.parametrize("text", [
    "2023年11月10日，越南一艘渔船在西沙附近被中国海警船用水炮喷射。",
    "2023年11月10日，越南一艘漁船在西沙附近被中國海警船用水炮噴射。",
])
def test_passive_with_the_agents_instrument(text) -> None:
    c = of_type(events(text), "COERCE")[0]
    assert keys(c.actors) == ["CHN"] and keys(c.recipients) == ["VNM"], summary([c])


@pytest.mark.parametrize("text", [
    "2024年3月5日，菲律宾一艘补给船遭中国海警船拦截及登临。",
    "2024年3月5日，菲律賓一艘補給船遭中國海警船攔截和登臨。",
])
def test_two_acts_of_force_after_one_passive_marker_share_its_agent(text) -> None:
    cs = of_type(events(text), "COERCE")
    assert len(cs) == 2, summary(cs)
    assert all(keys(c.actors) == ["CHN"] and keys(c.recipients) == ["PHL"] for c in cs), summary(cs)


# --- a joint drill joined by parties named after it -----------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年7月21日，美澳“护身军刀”联合军演在昆士兰举行，日本和韩国军队一同参加。",
    "2023年7月21日，美澳「護身軍刀」聯合軍演在昆士蘭舉行，日本和南韓軍隊也參加。",
])
def test_parties_that_join_a_drill_told_before_are_its_parties(text) -> None:
    c = of_type(events(text), "COOPERATE")[0]
    assert sorted(keys(c.actors)) == ["AUS", "JPN", "KOR", "USA"], summary([c])


def test_joining_with_no_drill_or_gathering_adds_nobody() -> None:
    evs = events("2023年7月21日，美澳两国签署协议，日本和韩国一同参加。")
    assert sorted(keys(of_type(evs, "AGREE")[0].actors)) == ["AUS", "USA"], summary(evs)


# --- grounds of an act, and the subject of a clause that names only what a sanction falls on ------


@pytest.mark.parametrize("text", [
    "2023年2月16日，中国商务部以对台军售为由，宣布将洛克希德·马丁公司、雷神导弹与防务公司等两家美国军工企业列入不可靠实体清单。",
    "2023年2月16日，中國商務部以對台軍售為由，宣布將洛克希德·馬丁公司、雷神飛彈與防務公司等兩家美國軍工企業列入不可靠實體清單。",
])
def test_grounds_name_no_party_and_no_event(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["SANCTION"], summary(evs)
    assert keys(evs[0].actors) == ["CHN"] and set(keys(evs[0].recipients)) == {"USA"}, summary(evs)


@pytest.mark.parametrize("text", [
    "2023年4月12日，日本经济产业省援引外汇法，宣布将三家俄罗斯企业列入出口禁令名单。",
    "2023年4月12日，日本經濟產業省援引外匯法，宣布將三家俄羅斯企業列入出口禁令名單。",
])
def test_a_clause_naming_only_the_listed_party_takes_the_earlier_subject(text) -> None:
    s = of_type(events(text), "SANCTION")[0]
    assert keys(s.actors) == ["JPN"] and keys(s.recipients) == ["RUS"], summary([s])


# --- a meeting named as the subject of a verb acts on what follows it ----------------------------


@pytest.mark.parametrize("text", [
    "2023年7月11日，北约维尔纽斯峰会正式邀请乌克兰和格鲁吉亚加入北约。",
    "2023年7月11日，北約維爾紐斯峰會正式邀請烏克蘭和喬治亞加入北約。",
])
def test_the_invitees_of_a_summit_are_no_parties_of_it(text) -> None:
    evs = events(text)
    assert [keys(e.actors) for e in of_type(evs, "CONSULT")] == [["nato"]], summary(evs)
    assert sorted(keys(of_type(evs, "JOIN")[0].actors)) == ["GEO", "UKR"], summary(evs)


def test_states_meeting_at_a_summit_are_its_parties() -> None:
    evs = events("2023年7月11日，北约与日本、韩国举行峰会。")
    assert sorted(keys(of_type(evs, "CONSULT")[0].actors)) == ["JPN", "KOR", "nato"], summary(evs)


# --- attending a gathering and meeting a partner during it ----------------------------------------


@pytest.mark.parametrize("text", [
    "2023年11月17日，拜登在旧金山出席亚太经合组织第三十次领导人非正式会议期间同印尼总统佐科举行会晤。",
    "2023年11月17日，拜登在舊金山出席亞太經合組織第三十次領導人非正式會議期間同印尼總統佐科舉行會晤。",
])
def test_the_partner_met_during_a_gathering_is_no_party_of_the_attendance(text) -> None:
    evs = of_type(events(text), "CONSULT")
    parties = sorted(sorted(keys(e.actors)) for e in evs)
    assert parties == [["IDN", "USA"], ["USA", "apec"]], summary(evs)


# --- a reaction that points back with 此举 after naming the doer; the PLA's theatre commands -------


@pytest.mark.parametrize("text", [
    "2024年10月14日，解放军东部战区在台湾周边举行联合演习，台湾陆委会批评中共此举破坏区域和平。",
    "2024年10月14日，解放軍東部戰區在台灣周邊舉行聯合演習，台灣陸委會批評中共此舉破壞區域和平。",
])
def test_a_reaction_to_this_act_of_a_named_doer_targets_the_doer_of_the_act_before(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["TWN"] and keys(a.recipients) == ["CHN"], summary([a])


@pytest.mark.parametrize("text", [
    "2023年4月8日，中共东部战区在台湾周边海空域举行联合演习。",
    "2023年4月8日，中共東部戰區在台灣周邊海空域舉行聯合演習。",
])
def test_a_theatre_command_is_an_organ_of_china(text) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"] and keys(m.recipients) == ["TWN"], summary([m])


# --- a comitative clause after an attendance takes the attendee, not the gathering -----------------


@pytest.mark.parametrize("text", [
    "2024年7月26日，美国国务卿布林肯出席东盟地区论坛外长会，并与王毅举行会晤。",
    "2024年7月26日，美國國務卿布林肯出席東盟地區論壇外長會，並與王毅舉行會晤。",
])
def test_the_gathering_attended_is_no_party_of_the_meeting_held_beside_it(text) -> None:
    talks = [e for e in of_type(events(text), "CONSULT") if "CHN" in keys(e.actors)]
    assert len(talks) == 1 and sorted(keys(talks[0].actors)) == ["CHN", "USA"], summary(talks)


# --- a second party charged in the clause after an accusation ------------------------------------


@pytest.mark.parametrize("text", [
    "2023年9月14日，日本发表声明，谴责朝鲜向俄罗斯出售炮弹，并指俄方违反安理会决议。",
    "2023年9月14日，日本發表聲明，譴責北韓向俄羅斯出售砲彈，並指俄方違反安理會決議。",
])
def test_a_party_charged_in_the_clause_after_the_accusation_is_a_target(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["JPN"] and sorted(keys(a.recipients)) == ["PRK", "RUS"], summary([a])


def test_the_accusers_own_side_named_after_is_no_target() -> None:
    a = of_type(events("2023年9月14日，日本谴责朝鲜发射导弹，并称日方将加强防卫。"), "ACCUSE")[0]
    assert keys(a.recipients) == ["PRK"], summary([a])


# --- a reaction whose reported words name some of the doers --------------------------------------


@pytest.mark.parametrize("text", [
    "2025年2月18日，美俄两国外长在利雅得会谈，会谈由沙特外交大臣主持。泽连斯基同日批评，美俄在乌方缺席下讨论乌克兰的前途。",
    "2025年2月18日，美俄兩國外長在利雅德會談，會談由沙國外交大臣主持。澤倫斯基同日批評，美俄在烏方缺席下討論烏克蘭的前途。",
])
def test_a_reaction_aims_at_the_doers_its_words_name(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["UKR"] and sorted(keys(a.recipients)) == ["RUS", "USA"], summary([a])


def test_a_reaction_whose_words_name_no_doer_aims_at_all_of_them() -> None:
    text = "2025年2月18日，美俄两国外长在利雅得会谈，会谈由沙特外交大臣主持。泽连斯基同日批评，此次会谈损害乌克兰利益。"
    a = of_type(events(text), "ACCUSE")[0]
    assert sorted(keys(a.recipients)) == ["RUS", "SAU", "USA"], summary([a])


# --- a 2+2 meeting of two states is a session of their 2+2 mechanism --------------------------------


@pytest.mark.parametrize("text", [
    "2023年2月6日，日本与菲律宾外长和防长在东京举行首次“2+2”会谈。",
    "2023年2月6日，日本與菲律賓外長和防長在東京舉行首次「2+2」會談。",
])
def test_a_two_plus_two_of_two_states_is_their_mechanisms_session(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert sorted(keys(c.actors)) == ["JPN", "PHL", "japan-philippines-2plus2"], summary([c])


def test_talks_without_the_format_are_no_session_of_the_mechanism() -> None:
    c = of_type(events("2023年2月6日，日本与菲律宾外长在东京举行会谈。"), "CONSULT")[0]
    assert sorted(keys(c.actors)) == ["JPN", "PHL"], summary([c])


# --- hosts who invite, parties not invited, and what a warned act is aimed at -----------------------


@pytest.mark.parametrize("text", [
    "2024年10月22日，金砖国家领导人第十六次会晤在喀山举行，印度总理莫迪应普京邀请出席。",
    "2024年10月22日，金磚國家領導人第十六次會晤在喀山舉行，印度總理莫迪應普京邀請出席。",
])
def test_the_host_who_invites_an_attendee_is_not_added_as_attendee(text) -> None:
    c = of_type(events(text), "CONSULT")[0]
    assert sorted(keys(c.actors)) == ["IND", "brics"], summary([c])


@pytest.mark.parametrize("text", [
    "2021年10月16日，东盟决定不邀请敏昂莱出席当月峰会。",
    "2021年10月16日，東盟決定不邀請敏昂萊出席當月峰會。",
])
def test_a_party_left_uninvited_is_no_attendee(text) -> None:
    evs = [c for c in of_type(events(text), "CONSULT") if c.modality == "asserted"]  # (the invitation not made is negated)
    assert evs and all("MMR" not in keys(c.actors) for c in evs), summary(evs)


@pytest.mark.parametrize("text", [
    "2023年9月5日，美国国务院警告，朝鲜若向俄方出售武器，将付出代价。",
    "2023年9月5日，美國國務院警告，北韓若向俄方出售武器，將付出代價。",
])
def test_a_warning_aims_at_the_doer_of_the_act_it_warns_against(text) -> None:
    t = of_type(events(text), "THREATEN")[0]
    assert keys(t.actors) == ["USA"] and keys(t.recipients) == ["PRK"], summary([t])


# --- a guest named bare within his term of office ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "2019年6月27日，习近平在大阪分别会见了安倍晋三和文在寅。",
    "2019年6月27日，習近平在大阪分別會見了安倍晉三和文在寅。",
])
def test_guests_named_bare_are_parties_of_the_meeting(text) -> None:
    evs = of_type(events(text), "CONSULT")
    assert sorted(sorted(keys(e.actors)) for e in evs) == [["CHN", "JPN"], ["CHN", "KOR"]], summary(evs)


def test_a_person_named_after_a_signing_is_no_signatory() -> None:
    evs = events("2019年6月27日，中日两国签署协定，并向安倍晋三致意。")
    assert sorted(keys(of_type(evs, "AGREE")[0].actors)) == ["CHN", "JPN"], summary(evs)


# --- an adverb between a passive's agent and its act; 为X…项目提供 ------------------------------------


@pytest.mark.parametrize("text", [
    "2025年8月11日，越南渔船闯入西沙海域，被中国海警依法驱离。",
    "2025年8月11日，越南漁船闖入西沙海域，被中國海警依法驅離。",
])
def test_a_passive_agent_acts_across_an_adverb(text) -> None:
    c = of_type(events(text), "COERCE")[0]
    assert keys(c.actors) == ["CHN"] and keys(c.recipients) == ["VNM"], summary([c])


@pytest.mark.parametrize("text", [
    "2023年11月8日，美国国际开发金融公司宣布为科伦坡港西集装箱码头项目提供5.53亿美元贷款。",
    "2023年11月8日，美國國際開發金融公司宣布為科倫坡港西集裝箱碼頭項目提供5.53億美元貸款。",
])
def test_aid_for_a_project_in_a_city_goes_to_its_state(text) -> None:
    a = of_type(events(text), "AID")[0]
    assert keys(a.actors) == ["USA"] and keys(a.recipients) == ["LKA"], summary([a])


# --- the supporter of a membership is no joiner --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年5月，日本将支持乌克兰申请成为北约成员国。",
    "2023年5月，日本將支持烏克蘭申請成為北約成員國。",
])
def test_the_supporter_of_a_membership_does_not_join(text) -> None:
    j = of_type(events(text), "JOIN")[0]
    assert keys(j.actors) == ["UKR"] and keys(j.recipients) == ["nato"], summary([j])


def test_states_joining_together_all_join() -> None:
    j = of_type(events("2023年5月，日本和韩国申请成为北约伙伴国。"), "JOIN")[0]
    assert sorted(keys(j.actors)) == ["JPN", "KOR"], summary([j])


# --- an arrival to attend a gathering; gatherings attended one after another ------------------------


@pytest.mark.parametrize("text", [
    "2024年10月9日，国务院总理李强抵达万象，先后出席第27次东盟与中日韩（10+3）领导人会议和第19届东亚峰会。",
    "2024年10月9日，國務院總理李強抵達萬象，先後出席第27次東盟與中日韓（10+3）領導人會議和第19屆東亞峰會。",
])
def test_an_arrival_to_attend_is_the_attendance_of_each_gathering(text) -> None:
    evs = of_type(events(text), "CONSULT")
    assert sorted(sorted(keys(e.actors)) for e in evs) == [["CHN", "asean-plus-three"], ["CHN", "eas"]], summary(evs)
    assert all(not e.recipients for e in evs), summary(evs)


def test_an_arrival_for_a_visit_stays_a_visit() -> None:
    c = of_type(events("2024年10月9日，李强抵达万象，对老挝进行正式访问。"), "CONSULT")[0]
    assert keys(c.actors) == ["CHN"] and keys(c.recipients) == ["LAO"], summary([c])


# --- a body named inside a quoted likeness is no target ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年4月12日，中国外交部批评美日菲合作是“亚洲版北约”的翻版。",
    "2024年4月12日，中國外交部批評美日菲合作是「亞洲版北約」的翻版。",
])
def test_a_body_inside_a_quoted_likeness_is_no_target(text) -> None:
    a = of_type(events(text), "ACCUSE")[0]
    assert keys(a.actors) == ["CHN"] and sorted(keys(a.recipients)) == ["JPN", "PHL", "USA"], summary([a])


def test_a_body_quoted_by_its_name_is_a_target() -> None:
    a = of_type(events("2024年4月12日，中国批评“北约”东扩。"), "ACCUSE")[0]
    assert keys(a.recipients) == ["nato"], summary([a])


# --- the state whose waters a patrol enters hosts it ------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年10月14日，中国海警局派船进入台湾周边海域执法巡查。",
    "2024年10月14日，中國海警局派船進入台灣周邊海域執法巡查。",
])
def test_the_state_whose_waters_a_patrol_enters_hosts_it(text) -> None:
    m = of_type(events(text), "MOBILIZE")[0]
    assert keys(m.actors) == ["CHN"] and keys(m.recipients) == ["TWN"], summary([m])
