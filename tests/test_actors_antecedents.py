"""Which antecedent a reference takes when several actors stand before it (antecedents.py): the
standard of a comparison, 其 before a word of membership, 该机制 past a bank or a declaration, 该组织
past a bank named after the body, 双方 with the author's own side and a body. Simplified and
traditional script.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import mentions


def refs(text: str, expr: str) -> list[list[str]]:
    """The referents of each mention of `expr` (a coreference), in order."""
    return [m.refers_to for m in mentions(text) if m.text == expr and m.how == "coreference"]


# --- the standard of a comparison is not the antecedent ---------------------------------------------


def test_the_bank_compared_with_is_not_what_the_reference_names() -> None:
    text = "新开发银行于2015年开业。与世界银行相比，该行的贷款规模仍然较小。"
    assert refs(text, "该行") == [["ndb"]]
    trad = "亞洲基礎設施投資銀行總部設在北京。和亞洲開發銀行相較，該行更偏重能源項目。"
    assert refs(trad, "該行") == [["aiib"]]


def test_without_a_comparison_the_nearest_bank_still_wins() -> None:
    text = "新开发银行于2015年开业，世界银行随后与该行签署联合融资协议。"
    assert refs(text, "该行") == [["world-bank"]]


# --- 其 before a word of membership ----------------------------------------------------------------


def test_qi_before_a_membership_word_is_the_body_not_the_member_states() -> None:
    text = "亚投行于2016年开业。英国和德国随后加入，两国都是其主要股东。"
    assert refs(text, "其") == [["aiib"]]
    trad = "東盟地區論壇成立於1994年。蒙古與巴基斯坦後來加入，兩國均為其正式成員。"
    assert refs(trad, "其") == [["arf"]]


def test_qi_before_other_words_keeps_the_sentence_subject() -> None:
    text = "印度尼西亚积极参与东盟地区论坛的各项活动，并多次派其外交部长出席会议。"
    assert refs(text, "其") == [["IDN"]]


# --- 该机制 and 该组织 pass over banks and texts -----------------------------------------------------------


def test_mechanism_reference_passes_over_a_bank_and_a_declaration() -> None:
    text = "泰国、越南等国启动大湄公河次区域经济合作，亚洲开发银行为该机制提供支持。"
    assert refs(text, "该机制") == [["greater-mekong-subregion"]]
    trad = "東盟與中日韓領導人會議通過《曼谷宣言》，該機制由此擴大至金融領域。"
    assert refs(trad, "該機制") == [["asean-plus-three"]]


def test_organisation_reference_passes_over_a_bank_named_after_the_body() -> None:
    text = "上海合作组织峰会决定成立上合组织开发银行，白俄罗斯则成为该组织的第十个成员国。"
    assert refs(text, "该组织") == [["sco"]]
    trad = "上海合作組織決定成立上合組織開發銀行，伊朗同年成為該組織成員國。"
    assert refs(trad, "該組織") == [["sco"]]


def test_organisation_reference_takes_a_bank_when_nothing_else_is_named() -> None:
    text = "亚洲开发银行成立于1966年，该组织总部设在马尼拉。"
    assert refs(text, "该组织") == [["adb"]]


# --- 双方 counts the author's side and a body -------------------------------------------------------


def test_both_sides_are_the_body_and_the_authors_own_side() -> None:
    trad = "東盟是本港主要貿易夥伴，雙方於2017年簽署自由貿易協定。"
    assert refs(trad, "雙方") == [["asean", "HKG"]]
    text = "东盟是我国最大的贸易伙伴，双方正在推进自贸区升级谈判。"
    assert refs(text, "双方") == [["asean", "CHN"]]


def test_both_sides_are_two_states_when_two_are_named() -> None:
    text = "日本与澳大利亚签署协定，东盟对此表示欢迎，双方将加强防务合作。"
    got = refs(text, "双方")
    assert got and set(got[0]) == {"JPN", "AUS"}


def test_a_mediator_is_not_one_of_the_two_it_mediates_between() -> None:
    text = "泰国和柬埔寨同意停火。马来西亚总理安瓦尔此前曾斡旋两国停火。"
    got = refs(text, "两国")
    assert got and set(got[-1]) == {"THA", "KHM"}
    trad = "印度與巴基斯坦宣布停火，美國國務卿魯比奧稱曾調停兩國衝突。"
    got = refs(trad, "兩國")
    assert got and set(got[-1]) == {"IND", "PAK"}


def test_qi_after_a_typed_reference_of_its_sentence_is_that_body() -> None:
    text = "环印度洋联盟成立于1997年。与东盟相比，该组织的机制化程度较低，但其对话伙伴不少。"
    assert refs(text, "其") == [["iora"]]
    trad = "環印度洋聯盟成立於1997年。與東盟相比，該組織的機制化程度較低，但其對話夥伴不少。"
    assert refs(trad, "其") == [["iora"]]
    # 其后 is an adverb, even after such a reference
    assert refs("世卫组织成立后，美国宣布退出该组织，阿根廷其后跟进。", "其") == []


def test_five_or_six_states_named_together_in_an_earlier_paragraph() -> None:
    text = "湄公河流经中国、缅甸、老挝、泰国、柬埔寨和越南六国。\n\n2016年，中方设立专项基金，支持六国提出的项目。"
    got = refs(text, "六国")
    assert len(got) == 2 and got[1] == got[0] and len(set(got[1])) == 6
    trad = "中亞的哈薩克、吉爾吉斯、塔吉克、土庫曼和烏茲別克五國均為內陸國。\n\n中方承諾向五國提供貸款。"
    got = refs(trad, "五國")
    assert len(got) == 2 and got[1] == got[0]


def test_no_earlier_group_of_that_size_leaves_the_count_alone() -> None:
    text = "中国与越南举行会谈。\n\n亚投行将向六国提供贷款。"
    assert refs(text, "六国") == []


def test_organisation_reference_may_name_a_centre() -> None:
    text = "2022年，日本正式加入北约合作网络防御卓越中心，成为继韩国之后加入该组织的亚洲国家。"
    assert refs(text, "该组织") == [["nato-ccdcoe"]]
    trad = "日本正式加入北約合作網絡防禦卓越中心，成為繼韓國之後加入該組織的亞洲國家。"
    assert refs(trad, "該組織") == [["nato-ccdcoe"]]


def test_a_named_group_of_five_is_not_an_earlier_five() -> None:
    text = "中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦五国元首在上海会晤。\n\n2023年，中国和中亚五国元首在西安出席峰会。"
    got = refs(text, "五国")
    # 中亚五国 is the five Central Asian states, not the Shanghai Five (since ent14 its 五国 is a mention
    # of those five, as the gold annotates a fixed group's count: 海峡三国, 中亚五国)
    assert len(got) == 2 and got[1] == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def test_the_same_pair_again_keeps_its_order() -> None:
    text = "美日两国发表联合声明，宣布将升级驻日美军指挥架构，两国还同意扩大联合演习。"
    got = refs(text, "两国")
    assert len(got) == 2 and got[1] == got[0] == ["USA", "JPN"]
    trad = "美日兩國發表聯合聲明，宣布將升級駐日美軍指揮架構，兩國還同意擴大聯合演習。"
    got = refs(trad, "兩國")
    assert len(got) == 2 and got[1] == got[0]


def test_the_caller_is_not_one_of_the_two_called() -> None:
    text = "印度与巴基斯坦发生冲突后，美国表示愿意调停，该国国务卿鲁比奥随即致电两国。"
    got = refs(text, "两国")
    assert got and set(got[0]) == {"IND", "PAK"}
    trad = "日本與韓國關係緊張，美國國務卿隨即召見兩國大使。"
    got = refs(trad, "兩國")
    assert got and set(got[0]) == {"JPN", "KOR"}


def test_qi_after_a_verb_directed_at_another_is_that_other() -> None:
    text = "中国支持东盟在地区合作中的中心地位，并尊重其主导作用。"
    assert refs(text, "其") == [["asean"]]
    trad = "日本歡迎菲律賓加入，並讚賞其貢獻。"
    assert refs(trad, "其") == [["PHL"]]


def test_qi_after_such_a_verb_with_no_other_actor_is_the_subjects_own() -> None:
    assert refs("美国支持其盟友加强防务。", "其") == [["USA"]]


def test_both_sides_named_only_inside_a_mechanisms_name() -> None:
    text = "中美战略与经济对话于2009年启动，双方每年轮流主办。"
    assert refs(text, "双方") == [["CHN", "USA"]]
    trad = "美日安全磋商委員會會議後，兩國發表聯合聲明。"
    assert refs(trad, "兩國") == [["USA", "JPN"]]


def test_the_pair_in_a_reaction_is_not_the_one_reacting() -> None:
    text = "美国与日本签署协定，我国对此表示关切，认为两国的做法损害地区和平。"
    got = refs(text, "两国")
    assert got and set(got[0]) == {"USA", "JPN"}
    trad = "中國與俄羅斯舉行聯合演習，日本對此表示關切，指兩國軍事合作日益密切。"
    got = refs(trad, "兩國")
    assert got and set(got[0]) == {"CHN", "RUS"}
