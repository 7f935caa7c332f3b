"""The right happening under the right type (the type11 round): a consensus stated with 同意, links
between states resumed, and the other patterns where the type was decided by the object rather than
the verb. Every sentence was written for these tests, in simplified and traditional script, and runs
over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary


@pytest.mark.parametrize("text", [
    "2024年11月16日，美国总统与中国国家主席在利马会谈。双方同意，核武器的使用决定应由人类作出。",
    "2024年11月16日，美國總統與中國國家主席在利馬會談。雙方同意，核武器的使用決定應由人類作出。",
    "2024年11月16日，中国与美国领导人在利马会晤，双方同意应维持人类对核武器使用的控制。",
    "2024年11月16日，中国与美国领导人在利马会晤，双方一致同意：两国应避免军事误判。",
    "2025年1月，印度外交秘书访华，中印双方同意当年夏季恢复香客赴西藏朝圣。",
    "2025年1月，中国与印度同意于年内重启边界问题特别代表会晤。",
])
def test_a_consensus_stated_with_tongyi_is_an_agreement(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert any(keys(e.actors) == ["CHN", "USA"] or keys(e.actors) == ["CHN", "IND"] for e in got), summary(got)
    assert all(e.modality == "asserted" for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年5月，中国与印度外长会晤，双方同意加强合作。",
    "2023年5月，中国與印度外長會晤，雙方同意深化經貿合作。",
    "该提议难以获得北约成员国一致同意，日本也不赞成。",
    "此项安排须经日本与菲律宾两国议会同意，方可生效。",
    "2023年5月，日本与韩国同意明年举行联合演习。",
])
def test_an_aim_agreed_or_consent_as_a_noun_is_no_agreement(text: str) -> None:
    assert not [e for e in events(text) if e.type == "AGREE"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年3月，中国与越南恢复边境贸易。",
    "2023年3月，中國與越南恢復邊境貿易。",
    "2025年10月26日，中印两国直航航班正式恢复。",
    "2025年10月26日，中印兩國直航航班正式恢復。",
    "2022年9月，中国与老挝恢复两国间的通航。",
])
def test_a_link_between_two_states_resumed_is_cooperation(text: str) -> None:
    got = of_type(events(text), "COOPERATE")
    assert len(keys(got[0].actors)) == 2 and got[0].modality == "asserted", summary(got)


@pytest.mark.parametrize("text", [
    "2025年1月，中印双方同意当年夏季恢复香客赴西藏朝圣，并恢复两国直航。",
    "2025年1月，中印雙方同意儘快恢復邊境貿易。",
])
def test_a_link_agreed_to_be_resumed_is_planned_beside_the_agreement(text: str) -> None:
    evs = events(text)
    assert of_type(evs, "AGREE")
    got = of_type(evs, "COOPERATE")
    assert all(e.modality == "planned" for e in got), summary(got)


@pytest.mark.parametrize("text", [
    "2023年3月，中国与越南恢复中断七年的外交关系。",
    "2023年3月，中国恢复对日本的团体游。",
])
def test_resuming_ties_or_one_states_tourism_is_no_link_resumed(text: str) -> None:
    assert not [e for e in events(text) if e.type == "COOPERATE"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2019年，越南发表国防白皮书。",
    "越南2019年发表的国防白皮书重申其不结盟政策。",
    "越南2019年發表的國防白皮書重申其不結盟政策。",
    "2021年，日本政府发表了新的防卫白皮书。",
])
def test_a_white_paper_issued_without_brackets_is_policy(text: str) -> None:
    got = of_type(events(text), "POLICY")
    assert got[0].date in ("2019", "2021") and len(got[0].actors) == 1, summary(got)


@pytest.mark.parametrize("text", [
    "2023年7月，日本外相发表讲话，介绍对华政策。",
    "2023年7月，日本与菲律宾发表联合声明。",
])
def test_other_things_issued_are_no_white_paper(text: str) -> None:
    assert not [e for e in events(text) if e.type == "POLICY"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年12月，斯里兰卡宣布自2024年1月起暂停外国科考船停靠，为期一年。",
    "2023年12月，斯里蘭卡宣布自2024年1月起暫停外國科考船靠港一年。",
    "2023年12月，马尔代夫宣布禁止外国科研船进入其专属经济区。",
    "2023年12月，馬爾地夫宣布禁止外國調查船進入其專屬經濟區。",
])
def test_a_port_or_zone_closed_to_foreign_research_ships_is_policy(text: str) -> None:
    evs = events(text)
    got = of_type(evs, "POLICY")
    assert got[0].date == "2023-12" and not got[0].recipients, summary(got)
    assert not [e for e in evs if e.type == "MOBILIZE"], summary(evs)


def test_the_month_a_moratorium_applies_from_is_its_effective_date() -> None:
    got = of_type(events("2023年12月，斯里兰卡宣布自2024年1月起暂停外国科考船停靠。"), "POLICY")
    assert got[0].date == "2023-12" and got[0].effective == "2024-01", summary(got)


@pytest.mark.parametrize("text", [
    "2025年4月，柬埔寨首相表示，柬埔寨宪法不允许外国在其境内设立军事基地。",
    "2025年4月，柬埔寨首相表示，柬埔寨憲法不允許外國在其境內設立軍事基地。",
    "2024年，菲律宾宣布禁止外国军舰停靠其港口。",
])
def test_a_deployment_a_ban_names_is_no_deployment(text: str) -> None:
    assert not [e for e in events(text) if e.type == "MOBILIZE"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年8月，中国科考船停靠科伦坡港。",
    "2023年8月，美国宣布暂停与中国的气候对话。",
])
def test_a_docking_or_a_suspended_dialogue_keeps_its_type(text: str) -> None:
    evs = events(text)
    assert [e for e in evs if e.type in ("MOBILIZE", "LEAVE")] and not [e for e in evs if e.type == "POLICY"], summary(evs)


@pytest.mark.parametrize("text", [
    "2025年2月5日，泰国切断对缅甸边境数个城镇的供电，以打击诈骗园区。",
    "2025年2月5日，泰國切斷對緬甸邊境數個城鎮的供電，以打擊詐騙園區。",
    "2025年2月，泰国停止向缅甸边境城镇供电。",
    "2022年9月，俄罗斯切断对波兰的天然气供应。",
])
def test_a_supply_cut_off_across_a_border_is_a_sanction(text: str) -> None:
    got = of_type(events(text), "SANCTION")
    assert keys(got[0].recipients) in (["MMR"], ["POL"]), summary(got)


@pytest.mark.parametrize("text", [
    "2023年，台湾当局切断与大陆的联系。",
    "2023年，美国试图切断中国的芯片供应链。",
])
def test_other_ties_cut_are_no_supply_cut_off(text: str) -> None:
    assert not [e for e in events(text) if e.type == "SANCTION"], summary(events(text))


def test_a_threat_to_cut_supply_stays_a_threat() -> None:
    evs = events("2023年，俄罗斯威胁切断对波兰的天然气供应。")
    assert of_type(evs, "THREATEN") and not [e for e in evs if e.type == "SANCTION"], summary(evs)


@pytest.mark.parametrize("text", [
    "2025年4月5日，中柬联合保障和训练中心在瑞穆海军基地揭牌。",
    "2025年4月5日，中柬聯合保障和訓練中心在雲壤海軍基地揭牌。",
    "2024年6月，中国—东盟海上合作中心在海口正式揭牌。",
    "2024年6月，澜湄合作中心秘书处在北京揭牌成立。",
])
def test_a_centre_inaugurated_by_its_plaque_is_founded(text: str) -> None:
    got = of_type(events(text), "ESTABLISH")
    assert got[0].date in ("2025-04-05", "2024-06") and got[0].actors, summary(got)


@pytest.mark.parametrize("text", [
    "中国与东盟2024年10月宣布谈判实质性结束。",
    "中國與東盟於2022年11月啟動升級談判，2024年10月宣布談判實質性結束。",
    "2024年10月，中国与东盟的升级谈判已实质性完成。",
])
def test_negotiations_substantially_concluded_are_an_agreement(text: str) -> None:
    evs = events(text)
    got = [e for e in of_type(evs, "AGREE") if e.date == "2024-10"]
    assert got and keys(got[0].actors) == ["CHN", "asean"], summary(evs)
    assert not [e for e in evs if e.type == "CONSULT" and e.date == "2024-10"], summary(evs)


def test_a_project_substantially_completed_is_no_agreement() -> None:
    evs = events("2024年10月，中国与老挝的铁路项目实质性完成。")
    assert not [e for e in evs if e.type == "AGREE"], summary(evs)


@pytest.mark.parametrize("text", [
    "第四十七届东盟峰会2025年10月26日在吉隆坡开幕。各国领导人在开幕式上签署宣言，接纳东帝汶为东盟成员国。",
    "第四十七屆東盟峰會2025年10月26日在吉隆坡開幕。各國領導人在開幕式上簽署宣言，接納東帝汶為東盟成員國。",
    "上合组织峰会2024年7月4日在阿斯塔纳举行。各国元首签署了《阿斯塔纳宣言》。",
])
def test_the_leaders_of_a_summit_sign_for_its_body(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert any(p.kind != "state" for p in got[0].actors), summary(got)


@pytest.mark.parametrize("text", [
    "2024年10月，朝鲜向俄罗斯派兵。",
    "2024年10月，朝鮮派兵協助俄羅斯作戰。",
    "2024年10月，北韩派兵赴俄。",
])
def test_troops_sent_are_a_deployment(text: str) -> None:
    got = of_type(events(text), "MOBILIZE")
    assert keys(got[0].actors) == ["PRK"] and keys(got[0].recipients) == ["RUS"], summary(got)


@pytest.mark.parametrize("text", [
    "2023年4月，美菲两国在吕宋岛举行年度联合军演，澳大利亚首次派兵参加。",
    "2024年11月，联合国安理会召开会议讨论朝鲜派兵问题。",
])
def test_troops_sent_to_a_drill_or_as_a_topic_are_no_deployment(text: str) -> None:
    assert not [e for e in events(text) if e.type == "MOBILIZE"], summary(events(text))


@pytest.mark.parametrize("text", [
    "2025年7月，特朗普警告，若两国不停火，美国将暂停与两国的贸易谈判。",
    "2025年7月，特朗普警告，若泰國不停火，美國將終止與泰國的貿易協定。",
    "2025年7月，美国警告，如果泰国继续交火，美国将加征关税。",
])
def test_a_warning_of_a_measure_is_a_threat(text: str) -> None:
    evs = events(text)
    got = of_type(evs, "THREATEN")
    assert keys(got[0].actors) == ["USA"], summary(got)
    assert not [e for e in evs if e.type in ("LEAVE", "SANCTION") and e.modality == "asserted"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年11月15日，三国领导人发表联合声明，强烈谴责朝鲜向俄罗斯派兵。",
    "2024年11月15日，美国批评朝鲜向俄罗斯部署军队。",
])
def test_an_act_a_reaction_condemns_is_not_dated_by_the_reaction(text: str) -> None:
    got = of_type(events(text), "MOBILIZE")
    assert got[0].date is None, summary(got)


def test_an_act_condemned_with_a_date_of_its_own_keeps_it() -> None:
    got = of_type(events("2024年11月15日，美国批评朝鲜10月向俄罗斯部署军队。"), "MOBILIZE")
    assert got[0].date == "2024-10", summary(got)


@pytest.mark.parametrize("text", [
    "2023年8月，金砖国家领导人在约翰内斯堡会晤，决定邀请沙特阿拉伯、埃及、阿联酋、阿根廷、伊朗和埃塞俄比亚自2024年1月1日起成为正式成员。",
    "2023年8月，金磚國家領導人在約翰尼斯堡會晤，決定邀請沙烏地阿拉伯、埃及、阿聯酋、阿根廷、伊朗和衣索比亞自2024年1月1日起成為正式成員。",
])
def test_an_invitation_to_a_long_list_to_join_from_a_day_is_one_join(text: str) -> None:
    evs = events(text)
    got = of_type(evs, "JOIN")
    assert len(got) == 1 and len(got[0].actors) == 6, summary(got)
    assert got[0].date == "2023-08" and got[0].effective == "2024-01-01", summary(got)
    assert not [e for e in evs if e.type == "CONSULT" and e.modality == "proposed"], summary(evs)


@pytest.mark.parametrize("text", [
    "2025年10月31日，美国与中国防长会面，双方同意建立两军沟通渠道。",
    "2025年10月31日，美國與中國防長會面，雙方同意建立兩軍溝通管道。",
    "2025年10月31日，日本与中国外长会晤，双方同意尽快建立海空联络机制。",
])
def test_a_channel_agreed_to_be_set_up_is_a_planned_founding(text: str) -> None:
    got = of_type(events(text), "ESTABLISH")
    assert got[0].modality == "planned" and got[0].date is None and len(got[0].actors) == 2, summary(got)


@pytest.mark.parametrize("text", [
    "越南2019年发表的国防白皮书重申其政策，即不参加军事同盟、不与一国联合反对另一国、不在国际关系中使用或威胁使用武力。",
    "越南2019年發表的國防白皮書重申其政策，即不參加軍事同盟、不與一國聯合反對另一國、不在國際關係中使用或威脅使用武力。",
])
def test_the_principles_a_white_paper_restates_are_no_threat_or_protest(text: str) -> None:
    evs = events(text)
    assert of_type(evs, "POLICY")
    assert not [e for e in evs if e.type in ("THREATEN", "ACCUSE")], summary(evs)


def test_a_threat_to_use_force_stays_a_threat() -> None:
    assert of_type(events("2024年，俄罗斯威胁使用核武器。"), "THREATEN")


@pytest.mark.parametrize("text", [
    "2021年4月24日，东盟在雅加达召开领导人特别会议，缅甸军方领导人与会，各方达成“五点共识”。",
    "2021年4月24日，東盟在雅加達召開領導人特別會議，緬甸軍方領導人與會，各方達成「五點共識」。",
])
def test_all_sides_of_a_meeting_agree_for_its_body(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert "asean" in keys(got[0].actors) and got[0].date == "2021-04-24", summary(got)


@pytest.mark.parametrize("text", [
    "2021年4月24日，东盟在雅加达召开领导人特别会议，缅甸军方领导人与会，各方达成“五点共识”，其中包括由东盟特使访问缅甸。",
    "2021年4月24日，東盟在雅加達召開領導人特別會議，緬甸軍方領導人與會，各方達成「五點共識」，其中包括由東盟特使訪問緬甸。",
])
def test_the_content_of_a_consensus_is_planned_and_the_meeting_stays(text: str) -> None:
    evs = events(text)
    visits = [e for e in of_type(evs, "CONSULT") if e.recipients]
    meetings = [e for e in of_type(evs, "CONSULT") if not e.recipients]
    assert visits and all(e.modality == "planned" for e in visits), summary(evs)
    assert meetings and meetings[0].date == "2021-04-24", summary(evs)


@pytest.mark.parametrize("text", [
    "2025年10月28日，李强见证签署《中国—东盟自由贸易区3.0版升级议定书》。",
    "2025年10月28日，李強見證簽署《中國—東盟自由貿易區3.0版升級議定書》。",
])
def test_a_witnessed_signing_has_the_sides_the_document_names(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert keys(got[0].actors) == ["CHN", "asean"], summary(got)


@pytest.mark.parametrize("text", [
    "中国总理李强将于会议期间出席东盟与中日韩（10+3）领导人会议和东亚峰会，并见证签署中国—东盟自贸区3.0版升级议定书。",
    "中國總理李強將於會議期間出席東盟與中日韓（10+3）領導人會議和東亞峰會，並見證簽署中國—東盟自貿區3.0版升級議定書。",
])
def test_a_plan_opening_a_long_clause_covers_the_act_coordinated_after_it(text: str) -> None:
    got = of_type(events(text), "AGREE")
    assert got[0].modality == "planned" and got[0].date is None, summary(got)
