"""Round ent14: entity mentions on unseen text. A journal page whose notes, dotted page number and
running head cut a sentence; 两国/三国 in a paragraph that names only a text or a body; Taiwan's
one-character names of its partners; names of the genre the gazetteer lacked.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found, mentions
from latticework.clean import clean
from latticework.model import SourceText


def _paragraphs(text: str) -> tuple[list[str], list[str], dict[int, str]]:
    d = clean(SourceText(path="t.txt", text=text, format="txt"))
    paras = [d.block_text(i) for i, b in enumerate(d.blocks) if b.kind == "paragraph"]
    notes = [d.block_text(i) for i, b in enumerate(d.blocks) if b.kind == "footnote"]
    return paras, notes, dict(d.dropped)


# a journal page: its first running head carries the article's title; the page ends inside a
# sentence, over a rule of dashes, two circled notes and a page number set between middle dots
JOURNAL_PAGE = "\n".join([
    "海洋治理研究  2024年第2期                 南太平洋渔业合作的演进",
    "",
    "二、区域渔业机制的形成",
    "",
    "南太平洋的渔业合作起步于二十世纪七十年代末期。1979年，岛国在霍",
    "尼亚拉成立论坛渔业局，①此后各国在该局的框架之下协调入渔许可的发放。",
    "1982年，八个岛国又签署了一项分区管理协定，②各方约定统一向远洋渔业",
    "国家收取入渔费用，并共同监督船队的作业情况，首批许可证于次",
    "年初在",
    "————————————————",
    "①参见该局《2019年年度报告》。",
    "②该协定于1983年1月1日生效。",
    "·12·",
    "海洋治理研究  2024年第2期",
    "斐济发放。此后，岛国与远洋渔业国家之间的谈判长期围绕费用水平而展开，",
    "双方的分歧主要集中在作业天数的定价方式和监督费用的分担这两个问题上。",
    "·13·",
]) + "\n"


def test_a_journal_page_break_inside_a_sentence_leaves_no_furniture_and_keeps_the_notes_apart() -> None:
    paras, notes, dropped = _paragraphs(JOURNAL_PAGE)
    joined = "\n".join(paras)
    assert "首批许可证于次年初在斐济发放。此后，岛国" in joined  # one sentence across the page
    assert "海洋治理研究" not in joined and "·12·" not in joined and "12" not in joined
    assert len(notes) == 2 and "斐济" not in "".join(notes)  # the next page is no note
    assert "journal running head" in dropped.values() and "page number" in dropped.values()
    assert "separator" in dropped.values()  # the rule of dashes


def test_a_titled_running_head_is_furniture_only_on_a_line_of_its_own_at_the_top() -> None:
    # the same words inside running text stay text
    paras, _, _ = _paragraphs("该刊2024年第2期刊发的文章讨论了渔业合作。\n")
    assert paras == ["该刊2024年第2期刊发的文章讨论了渔业合作。"]


def _second_paragraph_refs(text: str) -> list[tuple[str, list[str]]]:
    cut = text.index("\n\n")
    return [(m.text, m.refers_to) for m in mentions(text) if m.how == "coreference" and m.start > cut]


def test_a_paragraph_naming_only_a_text_refers_back_to_the_three_of_the_one_before() -> None:
    text = ("2012年，中日韩三国领导人在北京会晤，三国同意启动自贸区谈判。\n\n"
            "不过，仅靠RCEP，三国若要释放潜力，仍需更多努力。\n")
    assert _second_paragraph_refs(text) == [("三国", ["CHN", "JPN", "KOR"])]
    text = ("美国和菲律宾的外长在马尼拉会晤，两国重申同盟承诺。\n\n"
            "东盟随后发表声明表示欢迎，并希望两国继续沟通。\n")
    assert _second_paragraph_refs(text) == [("两国", ["USA", "PHL"])]


def test_a_paragraph_that_names_a_state_keeps_its_own_parties() -> None:
    # a state named before the reference: the carried parties give way
    text = ("中日韩三国领导人在首尔会晤，三国发表联合宣言。\n\n"
            "此后，美国与澳大利亚加强协调，两国举行了外长会谈。\n")
    assert _second_paragraph_refs(text) == [("两国", ["USA", "AUS"])]


def test_taiwans_one_character_names_of_its_partners_in_a_pair_or_after_a_preposition() -> None:
    # the state named in full first; then 台 + its character as a pair (dated before the relation
    # word too), 駐/與 + the character in the same sentence, and its 方-form asked to act
    got = found("帛琉總統訪台時表示，台帛關係穩固。")
    assert ("帛", "PLW") in got and got.count(("台", "TWN")) >= 1
    got = found("諾魯宣布斷交。台諾於1980年建交，雙方合作多年。")
    assert ("諾", "NRU") in got
    got = found("外交部宣布終止與諾魯的外交關係，撤回駐諾使館人員，並要求諾方關閉其駐台機構。")
    assert ("諾", "NRU") in got and ("諾方", "NRU") in got
    assert ("宏", "HND") in found("宏都拉斯外長與中方簽署公報後，我國同日宣布與宏斷交。")
    assert ("梵", "VAT") in found("教廷與台灣維持邦交，台梵關係已逾八十年。")
    assert ("索", "SLB") in found("索羅門群島2019年轉向北京，台索於同年斷交。")
    assert ("吐", "TUV") in found("吐瓦魯總理訪台，台吐關係更加緊密。")


def test_the_partner_characters_stay_words_without_the_state() -> None:
    # no full name in the text: 史/瓜/宏 are ordinary characters
    assert ("史", "SWZ") not in found("中史学界的交流由来已久。")
    assert ("宏", "HND") not in found("美国与宏观经济学界的联系密切。")
    assert ("瓜", "GTM") not in found("中国向西瓜产区提供援助，台瓜农业合作另有安排。")


def test_a_long_transliterated_name_after_a_title_is_found_past_a_time_word() -> None:
    # four characters with no dot, then a time word before the verb
    assert ("安吉米亞", "x:安吉米亚") in found("諾魯外長安吉米亞今天在北京與王毅會談。")
    assert ("佩斯科夫", "x:佩斯科夫") in found("克里姆林宫发言人佩斯科夫同日表示，俄方并不担忧。")
    assert ("扎哈罗娃", "x:扎哈罗娃") in found("俄罗斯外交部发言人扎哈罗娃日前表示反对。")
    # a vice minister's title (Taiwan's 政務次長) introduces a name too
    assert ("田中光", "x:田中光") in found("外交部政務次長田中光當天召開記者會。")
    # a Chinese name and a word are no one long name
    assert ("张伟今天", "x:张伟今天") not in found("外长张伟今天在北京表示支持。")


def test_venues_of_the_genre_the_places_lacked() -> None:
    assert ("珀斯", "perth") in found("访问结束后，总理转往珀斯参观一座工厂。")
    assert ("峇里", "bali") in found("兩國領導人在峇里出席二十國集團峰會期間會晤。")
    assert ("人民大会堂", "great-hall-of-the-people") in found("国家主席在人民大会堂同来访的总统举行会谈。")
    got = found("蒙古国总统在国家宫同来访的客人举行会谈，此前蒙方在苏赫巴托广场举行欢迎仪式。")
    assert ("国家宫", "government-palace-ulaanbaatar") in got and ("苏赫巴托广场", "sukhbaatar-square") in got
    # not a venue: no place
    assert found("人民大会堂的建筑风格庄重。") == []


def test_a_hong_kong_name_of_an_australian_leader_stands_in_his_term() -> None:
    got = found("總理阿爾巴尼斯訪華，是2016年4月譚保訪華以來首位訪華的澳洲總理。")
    assert ("譚保", "malcolm-turnbull") in got
    assert found("村民譚保今年六十歲。") == []


def test_standing_bilateral_dialogues_and_national_strategies_are_one_mention() -> None:
    assert found("國家發改委宣布無限期暫停中澳戰略經濟對話下的一切活動。")[-1] == (
        "中澳戰略經濟對話", "china-australia-strategic-economic-dialogue")
    got = found("两国外长在北京举行第六轮中澳外交与战略对话。")
    assert ("中澳外交与战略对话", "china-australia-diplomatic-strategic-dialogue") in got and ("澳", "AUS") not in got
    assert ("中英经济财金对话", "china-uk-economic-financial-dialogue") in found("第十次中英经济财金对话在伦敦举行。")
    got = found("中方提出把“丝绸之路经济带”同蒙方“草原之路”倡议、哈方“光明之路”新经济政策对接。")
    assert ("草原之路", "steppe-road") in got and ("光明之路", "kazakhstan-nurly-zhol") in got
    assert ("两廊一圈", "vietnam-two-corridors-one-circle") in found("双方推进“一带一路”同“两廊一圈”框架对接。")


def test_a_note_that_cites_a_text_of_states_or_a_meeting_names_that_document() -> None:
    text = ("三国领导人在会后发表联合宣言。①\n\n"
            "①参见《第十次东盟与中日韩领导人会议联合声明》，2007年11月20日。\n"
            "②全称为《中华人民共和国政府和新加坡共和国政府关于避免双重征税的协定》。\n"
            "③参见《菲律宾共和国2022年对外贸易统计公报》。\n"
            "④王明：《东亚合作的制度化研究》，北京：某某出版社，2020年。\n")
    got = found(text)
    assert ("第十次东盟与中日韩领导人会议联合声明", "x:第十次东盟与中日韩领导人会议联合声明") in got
    assert ("中华人民共和国政府和新加坡共和国政府关于避免双重征税的协定",
            "x:中华人民共和国政府和新加坡共和国政府关于避免双重征税的协定") in got
    assert not any(i.startswith("x:") and "统计" in i for _, i in got)  # a data source stays a cited work
    assert not any("研究" in i for _, i in got)  # and so does a study


def test_a_ministry_named_by_its_fields_after_its_state_is_one_organ_mention() -> None:
    assert found("印度电子和信息技术部宣布禁用数十款手机应用。") == [("印度电子和信息技术部", "IND")]
    assert found("越南自然资源和环境部发布了海岸线报告。") == [("越南自然资源和环境部", "VNM")]
    # a minister's title, a sector or a clause with two states is none
    assert ("印尼", "IDN") in found("印尼海洋与投资统筹部长表示欢迎。")
    assert found("印度信息技术部门发展迅速。") == [("印度", "IND")]
    assert ("美国", "USA") in found("美国和日本外交部分别发表声明。")


def test_hong_kong_before_a_noun_of_its_people_or_firms() -> None:
    assert ("港", "HKG") in found("英国宣布为港人延长签证。")
    assert ("港", "HKG") in found("一批港商来到东盟国家投资。")
    assert found("军港人员全部撤离。") == [] and found("深圳港人流如织。") == []


def test_qi_after_a_state_that_only_qualifies_the_subject_is_no_mention() -> None:
    assert [m for m in mentions("越南外交长期奉行多元化方针，其核心是广交朋友。") if m.how == "coreference"] == []
    assert [m for m in mentions("一架日本海军巡逻机在东海飞行时，外国战机在其附近逼近。") if m.how == "coreference"] == []
    # the state itself as subject: 其 is the state
    refs = [m.refers_to for m in mentions("越南长期奉行多元化外交方针，其核心是广交朋友。") if m.how == "coreference"]
    assert refs == [["VNM"]]


def test_three_states_whose_abbreviations_open_a_name_before_the_count() -> None:
    refs = [m.refers_to for m in mentions("早在2002年，中方就提出建设中日韩自贸区的设想，此后三国智库开展了联合研究。")
            if m.how == "coreference"]
    assert refs == [["CHN", "JPN", "KOR"]]


def test_a_documents_topic_state_read_from_its_character_after_a_prefix_or_in_a_pair() -> None:
    text = ("2023年11月，马尔代夫新总统就职。马尔代夫随后要求外国撤出驻马军事人员。\n"
            "2024年3月，斯里兰卡与印度签署能源协议。斯里兰卡政府表示欢迎。\n"
            "5月，印度企业宣布退出在斯北部的两个项目。\n"
            "6月17日　印斯签署新的信贷协议。\n")
    got = found(text)
    assert ("马", "MDV") in got and ("斯", "LKA") in got and ("印", "IND") in got
    # with Malaysia named too, 马 stays unread
    text2 = ("马尔代夫与马来西亚都是岛国。马尔代夫和马来西亚的官员会面，驻马人员参加。\n")
    assert not any(t == "马" for t, _ in found(text2))
    # named once only: not the document's topic
    assert ("斯", "LKA") not in found("斯里兰卡总统访华。印度企业宣布退出在斯北部的项目。")


def test_a_count_after_a_region_naming_a_fixed_group_is_its_members() -> None:
    refs = [(m.text, m.refers_to) for m in mentions("中国同中亚五国于1992年先后建立外交关系。") if m.how == "coreference"]
    assert refs == [("五国", ["KAZ", "KGZ", "TJK", "TKM", "UZB"])]
    refs = [(m.text, m.refers_to) for m in mentions("波罗的海三国宣布退出该协定。") if m.how == "coreference"]
    assert refs == [("三国", ["EST", "LVA", "LTU"])]
    # a count that is not the group's size, or ASEAN's ten, is none
    assert [m for m in mentions("东盟十国领导人出席会议。") if m.how == "coreference"] == []


def test_the_earthquake_named_after_eastern_japan_holds_no_japan() -> None:
    assert found("首相前往灾区，慰问东日本大地震的灾民。") == []
    assert found("東日本大震災後，日本政府修訂了防災政策。") == [("日本政府", "JPN")]
