"""Ent10 round: names of states' organs, bodies, documents, exercises, persons, firms and venues the
genre uses that the gazetteer lacked, in simplified and traditional script, and the patterns that
let them stand (an English gloss after a quoted exercise, a port call as a venue).

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions


def _organ(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.id, m.role) for m in mentions(text) if m.how == "organ"]


def test_agencies_and_legislatures_are_organs_of_their_state() -> None:
    assert ("最高人民会议", "PRK", "legislature") in _organ("最高人民会议本周召开会议，审议了新的法令。")
    assert ("朝鮮最高人民會議", "PRK", "legislature") in _organ("朝鮮最高人民會議修改了憲法條文。")
    assert ("俄罗斯国家杜马", "RUS", "legislature_lower") in _organ("俄罗斯国家杜马三读通过了该法案。")
    assert ("中国海事局", "CHN", "regulator") in _organ("中国海事局发布航行警告，提醒船只避让。")
    assert ("印尼海事安全局", "IDN", "coast_guard") in _organ("印尼海事安全局在纳土纳海域拦截了外国渔船。")
    assert ("馬來西亞海事執法機構", "MYS", "coast_guard") in _organ("馬來西亞海事執法機構扣留了兩艘漁船。")
    assert ("美國聯準會", "USA", "central_bank") in _organ("美國聯準會宣布維持利率不變。")
    assert ("美国国家航空航天局", "USA", "ministry") in _organ("美国国家航空航天局与欧方签署了合作文件。")


def test_a_service_of_the_self_defense_forces_is_japan_not_the_sea_of_japan() -> None:
    got = found("日本海上自卫队派出护卫舰参加联合训练。")
    assert ("日本海上自卫队", "JPN") in got  # a force with its state's name: one organ mention (ruling 3), as 美国海军


def test_documents_and_mechanisms_named_without_their_states() -> None:
    got = found("日本內閣修訂「防衛裝備移轉三原則」，放寬了出口限制；此前的武器出口三原则已被取代。")
    assert ("防衛裝備移轉三原則", "japan-three-principles-defense-equipment-transfer") in got
    assert ("武器出口三原则", "japan-three-principles-arms-exports") in got
    got = found("两国外交部门在厦门举行南海问题双边磋商机制第十次会议。")
    assert ("南海问题双边磋商机制", "china-philippines-bcm") in got
    got = found("各国元首同意把中国—中亚元首会晤机制延续下去。")
    assert ("中国—中亚元首会晤机制", "china-central-asia-summit") in got


def test_regional_forms_and_short_forms_of_bodies() -> None:
    assert ("孟加拉湾倡议", "bimstec") in found("孟加拉湾倡议成员国的外长在曼谷会面。")
    assert ("拉丁美洲暨加勒比海國家共同體", "celac") in found("拉丁美洲暨加勒比海國家共同體發表聲明。")


def test_exercises_by_their_english_names_and_a_gloss_after_the_quoted_name() -> None:
    assert ("Talisman Sabre", "talisman-sabre") in found("澳美两军今年的Talisman Sabre演习规模创下新高。")
    assert ("Cobra Gold", "cobra-gold") in found("泰国主办的Cobra Gold多国演习吸引三十国参与。")
    got = found("美菲兩軍年度「肩並肩」（Balikatan）聯合軍演今日登場。")
    assert ("肩並肩", "balikatan") in got
    assert ("Balikatan", "balikatan") not in got  # the gloss, not a second mention
    got = found("第三轮“自由之刃”（Freedom Edge）三边演习在济州岛以南海域展开。")
    assert ("自由之刃", "freedom-edge") in got and ("Freedom Edge", "freedom-edge") not in got


def test_officials_and_firms_the_files_lacked() -> None:
    assert ("布勞納", "romeo-brawner") in found("菲律賓武裝部隊參謀總長布勞納表示將加強巡邏。")
    assert ("钱波", "qian-bo") in found("中国政府太平洋岛国事务特使钱波访问了瓦努阿图。")
    assert ("陆兆福", "anthony-loke") in found("马来西亚交通部长陆兆福宣布东海岸铁路将提前通车。")
    got = found("中国路桥工程有限责任公司承建的公路已经通车，中国港湾负责港口扩建。")
    assert ("中国路桥工程有限责任公司", "china-road-and-bridge-corporation") in got
    assert ("中国港湾", "china-harbour-engineering") in got
    assert ("中国", "CHN") not in got


def test_a_port_call_names_a_venue() -> None:
    assert ("釜山", "busan") in found("美国一艘航母停靠釜山，进行为期五天的访问。")
    assert ("板门店", "panmunjom") in found("两国领导人在板门店举行了第三次会晤。")


def test_a_dates_day_opens_no_word_with_the_name_after_it() -> None:
    # a chronicle's day and a name after it (20日　文在寅…): 日文 is no word here
    assert ("文在寅", "moon-jae-in") in found("2018年9月18日至20日　文在寅再次访问平壤。")
    assert ("文在寅", "moon-jae-in") in found("2019年6月30日文在寅陪同美方代表团视察非军事区。")
    got = found("2023年3月5日日本外相抵达首尔。")
    assert ("日本", "JPN") in got


def test_a_cabinet_named_after_its_head_is_the_government() -> None:
    got = [(m.text, m.id, m.how, m.role) for m in mentions("2024年10月，石破茂内阁成立后即宣布解散众议院。")]
    assert ("石破茂内阁", "JPN", "organ", "cabinet") in got
    got = [(m.text, m.id, m.how) for m in mentions("2023年岸田文雄內閣的支持率持續下滑。")]
    assert ("岸田文雄內閣", "JPN", "organ") in got


def test_the_dprk_abbreviation_after_a_verb_or_preposition_unless_it_opens_a_word() -> None:
    got = found("联合国安理会决定对朝实施新的制裁，涉朝决议获得一致通过。")
    assert got.count(("朝", "PRK")) == 2
    assert ("朝", "PRK") not in found("他在会上面对朝野压力，仍朝着既定目标推进改革。")
    assert found("美朝首次领导人会晤在新加坡举行。")[:2] == [("美", "USA"), ("朝", "PRK")]


def test_a_person_named_in_an_institutions_name_is_no_mention() -> None:
    got = found("习近平2013年在纳扎尔巴耶夫大学发表演讲。")
    assert ("纳扎尔巴耶夫", "nursultan-nazarbayev") not in got and ("习近平", "xi-jinping") in got
    assert ("李光耀", "lee-kuan-yew") not in found("他曾在李光耀公共政策学院任教多年。")
    assert ("习近平", "xi-jinping") in found("2024年5月，习近平考察了一所大学。")


def test_bare_ministries_in_hong_kong_press_are_the_central_governments() -> None:
    got = found("內地車企今年出口大增，本港代理商亦受惠。商務部昨日表示，將採取措施維護企業權益。\n\n"
                "法國總統訪問北京後，商務部再宣布對進口豬肉展開調查。")
    assert got.count(("商務部", "CHN")) == 2  # the second: the organ the text meant before


def test_a_capital_a_ship_calls_at_is_its_venue_and_its_state_hosts(tmp_path) -> None:
    from latticework.events import extract_events
    from latticework.pipeline import process

    f = tmp_path / "t.txt"
    f.write_text("2023年10月\n一艘中国考察船12日停靠科伦坡港，补给后离开。\n", encoding="utf-8")
    evs = [e for e in extract_events(process(f)) if e.type == "MOBILIZE"]
    assert [(sorted(p.key() for p in e.actors), sorted(p.key() for p in e.recipients)) for e in evs] == [(["CHN"], ["LKA"])]
    assert ("科伦坡", "colombo") in found("一艘中国考察船停靠科伦坡港。")


def test_the_inter_korean_documents_of_september_2018_by_their_short_names() -> None:
    got = found("韩国军方表示，“9·19军事协议”限制了前线侦察；朝方则称《九月平壤共同宣言》已成废纸。")
    assert ("9·19军事协议", "inter-korean-military-agreement") in got
    assert ("九月平壤共同宣言", "pyongyang-joint-declaration-2018") in got


def test_an_opening_quote_supports_a_run_only_when_the_run_ends_the_quoted_words() -> None:
    got = found("補給船駛向「馬德雷山號」所在的暗沙。")
    assert ("馬", "MYS") not in got and ("德", "DEU") not in got  # a ship's name that opens with 馬德
    got = found("双方提出“中新”合作的新模式。")
    assert ("中", "CHN") in got and ("新", "SGP") in got


def test_taiwan_and_hong_kong_forms_of_apec_and_state_names() -> None:
    assert ("APEC企業領袖峰會", "apec-ceo-summit") in found("總統特使今年出席APEC企業領袖峰會。")
    assert ("毛里裘斯", "MUS") in found("毛里裘斯總理本週訪問印度。")


def test_tuvalus_fang_form_in_a_text_that_names_tuvalu() -> None:
    got = found("澳大利亚同图瓦卢签署了条约。澳方将为图方公民开放移民配额，图方表示欢迎。")
    assert got.count(("图方", "TUV")) == 2  # before a noun of its people, and before a stance word
    assert found("他只是为了图方便，意图方面并不清楚。") == []


def test_the_official_of_a_body_is_that_body_as_one_of_two_parties() -> None:
    got = [m for m in mentions("2024年6月，王文涛与东布罗夫斯基斯举行视频会谈，双方同意就反补贴调查展开磋商。")
           if m.how == "coreference"]
    assert [m.refers_to for m in got] == [["CHN", "european-commission"]]


def test_pacific_leaders_and_chinese_and_taiwanese_office_holders_the_files_lacked() -> None:
    got = found("2024年5月，帛琉總統惠恕仁率團訪台，並與副總統蕭美琴會面。")
    assert ("惠恕仁", "surangel-whipps-jr") in got and ("蕭美琴", "hsiao-bi-khim") in got
    got = found("2024年8月，马绍尔群岛总统海妮与图瓦卢总理费莱蒂·特奥出席论坛领导人会议。")
    assert ("海妮", "hilda-heine") in got and ("费莱蒂·特奥", "feleti-teo") in got
    got = [(m.text, m.id, m.country) for m in mentions("2024年4月，国务院副总理张国清会见了外宾。")]
    assert ("张国清", "zhang-guoqing", "CHN") in got


def test_chinas_spokespersons_with_their_title_and_a_namesake_without_it() -> None:
    got = found("2024年6月，国防部新闻发言人张晓刚就南海局势答问；国台办发言人陈斌华随后也表态。")
    assert ("张晓刚", "zhang-xiaogang") in got and ("陈斌华", "chen-binhua") in got
    assert ("张晓刚", "zhang-xiaogang") not in found("画家张晓刚的新作在上海展出。")


def test_hong_kong_forms_that_opencc_keeps_read_as_their_simplified_character() -> None:
    got = [(m.text, m.id, m.how) for m in mentions("日本防衞省昨日宣布，自衞隊將與美軍舉行聯合演習。世衞組織總幹事亦表態。")]
    assert ("日本防衞省", "JPN", "organ") in got
    assert ("自衞隊", "JPN", "organ") in got
    assert ("伊衞拉", "ngozi-okonjo-iweala", "tenure") in [(m.text, m.id, m.how) for m in mentions("2024年，世貿總幹事伊衞拉表示。")]
