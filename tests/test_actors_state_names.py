"""State names on unseen text (ent7 round): X当局 as the state's government, 星 for Singapore in
Taiwan, Hong Kong and Malaysian compounds, regional short forms (土國, 馬國, 哈國) and older names,
firms, persons and datelines whose text holds a state's name, in both scripts.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

import pytest

from actor_helpers import found, mentions

# --- X当局: the authorities of a state are its government, one mention ----------------------


def test_state_name_and_authorities_are_one_organ_mention() -> None:
    ms = mentions("孟加拉国当局随后关闭了边境口岸，斯里兰卡当局也加强了港口检查。")
    got = [(m.text, m.id, m.how) for m in ms]
    assert ("孟加拉国当局", "BGD", "organ") in got and ("斯里兰卡当局", "LKA", "organ") in got
    trad = found("以色列當局拒絕置評，而埃及當局則表示將開放口岸。")
    assert ("以色列當局", "ISR") in trad and ("埃及當局", "EGY") in trad
    assert ("以色列", "ISR") not in trad


def test_capital_and_authorities_are_one_metonym() -> None:
    ms = mentions("对于这一决定，平壤当局至今没有回应，莫斯科当局则表示欢迎。")
    got = [(m.text, m.id, m.how) for m in ms]
    assert ("平壤当局", "PRK", "metonym") in got and ("莫斯科当局", "RUS", "metonym") in got
    trad = found("河內當局與曼谷當局同日發表聲明。")
    assert ("河內當局", "VNM") in trad and ("曼谷當局", "THA") in trad


def test_abbreviation_and_authorities_and_the_traps_around_them() -> None:
    got = found("民进党上台后，台当局不断推动所谓“去中国化”。")
    assert ("台当局", "TWN") in got
    assert found("执法当局与司法当局正在调查此案。") == []  # 法 of 执法/司法 is no France
    assert not any(i == "FRA" for _, i in found("美國執法當局逮捕了兩名嫌犯。"))


# --- 星 for Singapore in compounds; 星 elsewhere ------------------------------------------------


def test_xing_abbreviates_singapore_inside_compounds() -> None:
    got = found("星馬兩國領袖同意推動柔佛經濟特區，星、泰兩國也簽署了合作備忘錄。")
    assert got.count(("星", "SGP")) == 2 and ("馬", "MYS") in got and ("泰", "THA") in got
    simp = found("大马首相上任后首次访星，星马两国随后签署了经济特区协定。")
    assert simp.count(("星", "SGP")) == 2 and ("马", "MYS") in simp


def test_xing_in_ordinary_words_is_no_singapore() -> None:
    for text in ("中国于星期三发射了一颗通信卫星。", "這顆衛星屬於明星計畫的一部分。", "美中两国在星链问题上存在分歧。"):
        assert not any(i == "SGP" for _, i in found(text)), text


# --- regional short forms and older names ----------------------------------------------------------


def test_taiwan_short_forms_of_state_names() -> None:
    got = found("土國與哈國外長會晤，馬國總理也發表了談話。")
    assert ("土國", "TUR") in got and ("哈國", "KAZ") in got and ("馬國", "MYS") in got
    simp = found("土国议会批准了瑞典加入北约的议定书，土国总统随后签署。")
    assert ("土国议会", "TUR") in simp and ("土国", "TUR") in simp  # the organ after it is one mention


def test_words_that_hold_a_short_form_are_no_state() -> None:
    for text in ("维护领土国家主权完整是底线。", "本土国家队在罗马国际田径赛上夺冠。", "國土國防兩者不可偏廢。"):
        assert not any(i in ("TUR", "MYS") for _, i in found(text)), text


def test_older_names_of_states() -> None:
    got = found("史瓦濟蘭於2018年改名為史瓦帝尼，錫蘭則在1972年改稱斯里蘭卡。")
    assert ("史瓦濟蘭", "SWZ") in got and ("史瓦帝尼", "SWZ") in got and ("錫蘭", "LKA") in got
    simp = found("暹罗于1939年更名为泰国。")
    assert ("暹罗", "THA") in simp and ("泰国", "THA") in simp


# --- names that hold a state's name but are no mention of it --------------------------------------


def test_firms_named_after_their_state_are_firms() -> None:
    ms = mentions("日本制铁收购美国钢铁公司一案，最终需要美国政府批准。")
    got = [(m.text, m.id, m.kind) for m in ms]
    assert ("日本制铁", "nippon-steel", "company") in got and ("美国钢铁公司", "us-steel", "company") in got
    assert ("美国政府", "USA", "state") in got and not any(t in ("日本", "美国") for t, _, _ in got)
    trad = found("中國石化與韓國電力公社在沙烏地阿拉伯競標同一項目。")
    assert ("中國石化", "sinopec") in trad and ("韓國電力公社", "kepco") in trad
    assert ("沙烏地阿拉伯", "SAU") in trad and not any(i in ("CHN", "KOR") for _, i in trad)


def test_persons_whose_name_opens_with_a_state_name() -> None:
    got = found("2024年，韓國瑜當選立法院長。")
    assert ("韓國瑜", "han-kuo-yu") in got and not any(i == "KOR" for _, i in got)
    simp = found("2025年3月，宪法法院驳回了对韩悳洙的弹劾案，韩悳洙随即复职。")
    assert simp.count(("韩悳洙", "han-duck-soo")) == 2 and not any(i == "KOR" for _, i in simp)


# --- relation words after a pair of abbreviations ---------------------------------------------------


def test_negotiations_and_meetings_after_a_pair_of_abbreviations() -> None:
    got = found("俄乌谈判在伊斯坦布尔重启，美伊会议则被推迟。")
    assert ("俄", "RUS") in got and ("乌", "UKR") in got and ("美", "USA") in got and ("伊", "IRN") in got
    trad = found("中日危機持續升溫，日韓談判也陷入僵局。")
    assert ("中", "CHN") in trad and trad.count(("日", "JPN")) == 2 and ("韓", "KOR") in trad


# --- a Singapore / Malaysia dateline --------------------------------------------------------------


def test_bracketed_city_and_day_dateline_is_no_mention() -> None:
    text = "大马首相赴新加坡出席年度领袖会议\n\n（吉隆坡20日讯）大马首相安瓦尔今日启程前往新加坡。\n"
    got = found(text)
    assert not any(t == "吉隆坡" for t, _ in got)  # where the item was filed
    assert got.count(("新加坡", "SGP")) == 2
    trad = found("星國總理訪問汶萊\n\n（新加坡8日訊）總理今日抵達斯里巴加灣市。\n")
    assert ("新加坡", "SGP") not in trad and ("星國", "SGP") in trad


# --- ordinary words made of, or glued to, abbreviation characters -----------------------------------


def test_a_run_whose_first_character_ends_a_word_starts_after_it() -> None:
    got = found("这一议题已超越中美关系的范畴。近日中俄两国举行了战略磋商。")
    assert got.count(("中", "CHN")) == 2 and ("美", "USA") in got and ("俄", "RUS") in got
    assert not any(i in ("VNM", "JPN") for _, i in got)  # 越 of 超越, 日 of 近日
    trad = found("明朝中日貿易頗為興盛；最新中美經貿磋商已於上週結束。其中美韓兩國立場接近。")
    assert not any(i in ("PRK", "SGP") for _, i in trad)  # 朝 of 明朝, 新 of 最新
    assert ("日", "JPN") in trad and ("美", "USA") in trad and ("韓", "KOR") in trad
    assert trad.count(("中", "CHN")) == 2  # 中 of 其中 is none


def test_a_date_or_a_pair_keeps_its_first_abbreviation() -> None:
    got = found("2023年中美关系逐步回暖，5月中日韩三方会谈在首尔举行。此后日韩两国恢复了穿梭外交。")
    assert got.count(("中", "CHN")) == 2 and got.count(("日", "JPN")) == 2 and got.count(("韩", "KOR")) == 2


def test_words_made_of_abbreviation_characters_are_no_states() -> None:
    for text in ("实现中华民族伟大复兴是共同心愿。", "華中地區的製造業發展迅速。", "據朝日新聞報道，內閣支持率下降。",
                 "这是他的美中不足，而他的事业如日中天。", "她是澳華社區的領袖，也擔任泰華商會顧問。", "苏台德问题曾是欧洲危机的导火索。"):
        assert found(text) == [], text


# --- Taiwan's words for the other side ------------------------------------------------------------


def test_taiwan_fang_form_and_the_other_sides_organs() -> None:
    text = "中共國防部昨日宣布在台海周邊演習，陸方並指責賴清德總統挑釁；立法院與國防部隨即表示嚴正關切，我國將持續監控。"
    got = [(m.text, m.id) for m in mentions(text)]
    assert ("國防部", "CHN") in got and ("國防部", "TWN") in got  # the first after 中共, the second bare
    assert ("陸方", "CHN") in got
    assert not any(t == "中共" for t, _ in got)
    simp = found("陆方官员表示欢迎，但登陆方式和着陆方案仍未确定，大陆方面也未回应。")
    assert simp == [("陆方", "CHN")]


# --- geography and media named after a state -------------------------------------------------------


def test_seas_canals_and_islands_named_after_a_state_are_geography() -> None:
    assert found("美方多次揚言收回巴拿馬運河，墨西哥灣則被改名。") == [("美方", "USA")]
    for text in ("海军编队穿越巴士海峡后进入泰国湾。",
                 "胡塞武装的袭击迫使货轮绕开苏伊士运河。", "新幾內亞島東部與香港島之間相隔數千公里。"):
        assert found(text) == [], text
    got = found("巴拿马与美国就运河问题举行会谈。")
    assert ("巴拿马", "PAN") in got  # the state itself stays


def test_news_agencies_named_after_their_state_are_no_mention() -> None:
    for text in ("据法新社报道，会谈持续了三小时。", "德國之聲與英國廣播公司均報道了此事。", "俄新社援引消息人士的话说。"):
        assert found(text) == [], text


def test_a_state_before_its_navy_or_coast_guard_is_no_sea() -> None:
    got = found("菲律宾海警船只与菲律賓海軍補給船相继抵达。")
    assert ("菲律宾", "PHL") in got or ("菲律宾海警", "PHL") in got
    assert any(t.startswith("菲律賓") and i == "PHL" for t, i in got)


# --- spans with 当局/政府 after a city-state, a capital's own government, 以方 -------------------------


def test_city_state_name_and_its_authorities_are_one_organ_mention() -> None:
    got = [(m.text, m.id, m.how) for m in mentions("科威特当局与卢森堡政府均表示关切。")]
    assert ("科威特当局", "KWT", "organ") in got and ("卢森堡政府", "LUX", "organ") in got
    trad = found("新加坡當局隨即收緊了相關出口管制。")
    assert trad == [("新加坡當局", "SGP")]


def test_a_capitals_own_city_government_is_no_mention() -> None:
    for text in ("北京市政府发布了新的交通规定。", "首爾市長隨後召開記者會。", "東京都知事宣布延長緊急狀態。"):
        assert found(text) == [], text
    assert ("北京", "beijing") in found("第二届论坛于2024年在北京市举行。")  # a venue stays


def test_israel_fang_form_and_its_traps() -> None:
    got = found("以方表示将继续军事行动，巴方则呼吁立即停火。")
    assert ("以方", "ISR") in got
    for text in ("这样可以方便各国企业进入市场。", "以方便民众出行为目标，所以方案被否决。", "各方应以方式灵活的对话解决分歧。"):
        assert not any(i == "ISR" for _, i in found(text)), text


def test_a_former_or_present_name_in_brackets_is_a_gloss() -> None:
    got = found("斯威士兰（今称埃斯瓦蒂尼）与台湾维持所谓“邦交”。")
    assert got.count(("斯威士兰", "SWZ")) == 1 and not any(t == "埃斯瓦蒂尼" for t, _ in got)
    trad = found("史瓦帝尼（舊稱史瓦濟蘭）國王訪問台北。")
    assert [t for t, i in trad if i == "SWZ"] == ["史瓦帝尼"]
    assert ("锡兰", "LKA") in found("斯里兰卡与锡兰是同一国家的今昔之名。")  # no bracket: two mentions


def test_hong_kong_offices_and_departments_named_bare_are_organs() -> None:
    got = [(m.text, m.id, m.how) for m in mentions("政務司司長主持會議後，入境事務處與香港海關宣布加強口岸查驗。")]
    assert ("政務司", "HKG", "organ") in got and ("入境事務處", "HKG", "organ") in got and ("香港海關", "HKG", "organ") in got
    simp = [(m.text, m.id) for m in mentions("财政司司长发表预算案，运输署同日公布新措施。")]
    assert ("财政司", "HKG") in simp and ("运输署", "HKG") in simp


# --- a legislature named bare ---------------------------------------------------------------------


def test_bare_parliament_is_that_of_the_sentences_first_state() -> None:
    ms = mentions("澳大利亚外长黄英贤表示，该法案仍需国会批准。")
    assert [(m.text, m.id, m.how) for m in ms if m.text == "国会"] == [("国会", "AUS", "organ")]
    trad = mentions("至於吐瓦魯，其與澳洲簽署的條約已獲國會通過。")
    assert [(m.text, m.id) for m in trad if m.text == "國會"] == [("國會", "TUV")]


def test_bare_parliament_takes_the_paragraphs_state_and_never_chinas_in_mainland_text() -> None:
    text = "美国政府随后调整了对华政策。1947年，杜鲁门向国会提交了援助希腊和土耳其的咨文。"
    got = [(m.text, m.id) for m in mentions(text) if m.text == "国会"]
    assert got == [("国会", "USA")]  # the sentence names Greece and Türkiye only after it
    assert [m for m in mentions("中国同有关各方保持沟通，国会一词在此并无所指。") if m.text == "国会"] == []
    assert [m.text for m in mentions("美国会继续推动谈判。")] == ["美国"]  # 美国 + 会 "will"


def test_interim_and_transitional_governments_are_organs_of_their_state() -> None:
    got = [(m.text, m.id, m.how) for m in mentions("孟加拉國臨時政府與敘利亞過渡政府先後表態。")]
    assert ("孟加拉國臨時政府", "BGD", "organ") in got and ("敘利亞過渡政府", "SYR", "organ") in got
    simp = found("泰国看守政府无权签署新的协定。")
    assert simp == [("泰国看守政府", "THA")]


def test_rail_links_and_corridors_after_a_pair_of_abbreviations() -> None:
    got = found("星马高铁项目重启后，中泰铁路与中吉乌走廊也有新进展。")
    assert ("星", "SGP") in got and ("马", "MYS") in got and ("泰", "THA") in got
    trad = found("星馬高鐵計畫重啟。")
    assert ("星", "SGP") in trad and ("馬", "MYS") in trad


def test_abbreviations_before_an_armed_forces_name_join_it() -> None:
    got = found("双方同意提升美澳军队的互操作性，美日韩军演也将扩大。")
    assert ("美", "USA") in got and ("澳", "AUS") in got and ("日", "JPN") in got and ("韩", "KOR") in got
    trad = found("今日美軍在菲律賓部署了新型飛彈，3月5日美軍再度增兵。")
    assert not any(i == "JPN" for _, i in trad)  # 日 of 今日 and of a date


def test_one_china_formulas_and_arms_sales_to_taiwan() -> None:
    ms = mentions("美方制造“一中一台”，并继续售台武器。")
    got = [(m.text, m.id, m.start) for m in ms]
    assert [(t, i) for t, i, _ in got] == [("美方", "USA"), ("中", "CHN"), ("台", "TWN"), ("台", "TWN")]
    trad = found("堅持一中原則，反對一中一台。")
    assert trad.count(("中", "CHN")) == 2 and trad.count(("台", "TWN")) == 1


# --- 我国 in Malaysian and Singaporean press ---------------------------------------------------------


def test_self_reference_in_malaysian_press_is_malaysia() -> None:
    text = "（布城5日讯）首相安瓦尔今日表示，我国将继续与中国及美国保持良好关系，希盟政府也将推动改革。\n"
    got = [(m.text, m.id) for m in mentions(text)]
    assert ("我国", "MYS") in got and ("中国", "CHN") in got


@pytest.mark.parametrize("text", [
    # the Malaysian Chinese press's own forms (lead19): 首相安华 and the honorific 拿督斯里, the ringgit
    "（吉隆坡23日讯）首相拿督斯里安华今日表示，我国已正式成为金砖国家伙伴国，出口额达到1500亿令吉。\n",
    "首相安华说，团结政府将确保我国在东盟轮值主席国任期内推动区域合作。\n",
])
def test_self_reference_in_malaysian_press_by_its_own_forms(text: str) -> None:
    assert ("我国", "MYS") in [(m.text, m.id) for m in mentions(text)]


def test_self_reference_in_singaporean_press_is_singapore() -> None:
    text = "总理黄循财在国庆群众大会上说，我国将为组屋居民提供更多公积金补贴，新元汇率保持稳定。\n"
    assert ("我国", "SGP") in [(m.text, m.id) for m in mentions(text)]


def test_mainland_text_about_malaysia_keeps_china_as_we() -> None:
    text = "马来西亚总理安瓦尔访华期间，我国领导人同他举行会谈，双方同意推进“两国双园”建设。\n"
    assert ("我国", "CHN") in [(m.text, m.id) for m in mentions(text)]


def test_one_press_term_alone_does_not_make_the_voice() -> None:
    text = "亚太经合组织通过“布城愿景”后，我国积极参与落实，日本等美国盟伴也表态支持。\n"
    assert ("我国", "CHN") in [(m.text, m.id) for m in mentions(text)]


def test_a_short_name_shared_with_other_words_stands_as_a_venue() -> None:
    assert ("東加", "TON") in found("太平洋島國論壇去年在東加舉行領袖會議。")
    assert ("东加", "TON") in found("第53届论坛领导人会议于东加召开。")
    assert found("远东加强合作，我们要在东加强合作。") == []


def test_currencies_named_with_their_state_are_money() -> None:
    for text in ("越南盾與印尼盾同步走弱，菲律賓披索亦貶值。", "印度卢比兑美元汇率创新低，土耳其里拉和俄罗斯卢布也大幅波动。"):
        assert found(text) == [], text
    assert ("印度", "IND") in found("印度宣布卢比将继续自由浮动。")
