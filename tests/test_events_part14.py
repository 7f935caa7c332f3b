"""Participants of events (part14): who a trade complaint is against, and the measures told
around it. Invented sentences in both scripts."""

from __future__ import annotations

import pytest

from latticework.pipeline import process
from event_helpers import file_events as _events, party_pairs as _parts


# --- a complaint lodged with a forum is against the imposer of the measure told before ---------------


@pytest.mark.parametrize("text,want", [
    ("2019年7月，日本对韩国实施半导体材料出口管制。同年9月，韩国就此向世贸组织提起诉讼。\n", (("KOR",), ("JPN",))),
    ("2018年，美国对加拿大软木加征关税。加拿大随后向世界贸易组织提出申诉。\n", (("CAN",), ("USA",))),
    ("2018年，美國對加拿大軟木加徵關稅。加拿大隨後向世界貿易組織提出申訴。\n", (("CAN",), ("USA",))),
    ("2020年，印度对中国手机应用实施禁令；北京于次月就相关禁令向世贸提出申诉。\n", (("CHN",), ("IND",))),
    ("2024年7月起，欧盟对中国电动车征收临时反补贴税。中方8月已就临时措施向世贸组织提出诉讼。\n", (("CHN",), ("eu",))),
])
def test_a_complaint_is_against_the_measure_told_before(tmp_path, text, want) -> None:
    """就此/就临时措施向世贸提出申诉: the respondent is who imposed the measure on the complainant."""
    got = _parts(_events(tmp_path, text), "ACCUSE")
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    ("2021年，日本就韩国的出口限制向世贸组织提起诉讼。\n", (("JPN",), ("KOR",))),
    ("2023年，中方就美方的芯片出口管制向世贸组织提起诉讼。\n", (("CHN",), ("USA",))),
    ("2023年，中方就美方的晶片出口管制向世貿組織提起訴訟。\n", (("CHN",), ("USA",))),
    ("2024年8月，中方已就欧盟的临时措施向世贸组织提出诉讼。\n", (("CHN",), ("eu",))),
])
def test_the_respondent_named_in_the_topic_is_no_complainant(tmp_path, text, want) -> None:
    """就X的…向世贸组织提起诉讼: X, inside the topic of the complaint, is its respondent, no co-plaintiff."""
    got = _parts(_events(tmp_path, text), "ACCUSE")
    assert got == [want], got


def test_a_complaint_with_no_measure_before_names_no_respondent(tmp_path) -> None:
    """With no measure on the complainant told before, nothing is guessed."""
    got = _parts(_events(tmp_path, "2022年，美国对俄罗斯实施制裁。2023年，澳大利亚向世贸组织提出申诉。\n"), "ACCUSE")
    assert got == [(("AUS",), ())], got


# --- tariffs cut: who cuts them and for whom --------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2025年7月15日，美国宣布与印尼达成贸易协议，将对印尼商品的关税降至19%。\n", (("USA",), ("IDN",))),
    ("2025年7月2日，美国总统特朗普宣布与越南达成协议，将越南输美商品的关税降至20%。\n", (("USA",), ("VNM",))),
    ("2025年7月，美國與日本達成協議，同意將日本汽車關稅降至15%。\n", (("USA",), ("JPN",))),
])
def test_the_goods_state_of_a_cut_is_no_cutter(tmp_path, text, want) -> None:
    """…与印尼达成协议，将对印尼商品的关税降至19%: the clause names only whose goods are relieved; the
    subject of the clause before cuts the tariff."""
    assert _parts(_events(tmp_path, text), "POLICY") == [want]


@pytest.mark.parametrize("text,want", [
    ("2025年3月，美国对中国加征20%的芬太尼关税。10月30日，美方宣布将针对芬太尼问题加征的关税由20%降为10%。\n",
     [(("USA",), ("CHN",))]),
    ("2025年10月，美方將把以芬太尼為由對中加徵的關稅由20%降至10%，並將出口管制擴及關聯企業的新規暫緩一年實施。\n",
     [(("USA",), ("CHN",)), (("USA",), ("CHN",))]),
    ("2019年，美国对墨西哥钢铁加征关税。次年，美国宣布将有关关税下调一半。\n", [(("USA",), ("MEX",))]),
])
def test_a_cut_with_no_state_named_eases_the_measure_told_before(tmp_path, text, want) -> None:
    """加征的关税由20%降为10%, …，并将…新规暂缓一年实施: the state the party's measure (or its relief told
    just before) hit is relieved."""
    assert _parts(_events(tmp_path, text), "POLICY") == want


def test_a_pause_for_many_partners_names_none(tmp_path) -> None:
    """对各贸易伙伴课征关税，南韩、日本分别为25%与24%；…高于基准的税率暂缓实施90天: the pause is for all of
    them, not for the partners the sentence happened to list."""
    text = ("2025年4月2日，美国宣布对各贸易伙伴课征对等关税，南韩、日本分别为25%与24%。"
            "4月9日，美国宣布除中国外，高于基准的税率暂缓实施90天。\n")
    got = _parts(_events(tmp_path, text), "POLICY")
    assert got == [(("USA",), ())], got


# --- the party of a 就…一事 topic is the target of the reaction -------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年5月，中方就日本排放核污水一事表示强烈谴责。\n", (("CHN",), ("JPN",))),
    ("2024年5月，中国就美国击落气球一事提出严正交涉。\n", (("CHN",), ("USA",))),
    ("2024年5月，中方就美方制裁中国企业一事表示强烈不满。\n", (("CHN",), ("USA",))),
    ("2024年5月，中國外交部發言人就日本排放核污水一事表示強烈不滿。\n", (("CHN",), ("JPN",))),
    ("2024年5月，俄方就美国向乌克兰提供导弹问题表示强烈不满。\n", (("RUS",), ("USA",))),
])
def test_the_agent_of_a_topic_is_the_target(tmp_path, text, want) -> None:
    """X就Y…一事/问题表示不满: Y, who did what the topic tells, is the target (and still no speaker)."""
    assert _parts(_events(tmp_path, text), "ACCUSE") == [want]


# --- the firms a measure targets, described by a relative clause ------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年5月，中方宣布对参与对台军售的美国军工企业实施制裁。\n", [(("CHN",), ("USA",))]),
    ("2024年5月，美国对多家帮助俄罗斯获取武器的中国企业实施制裁。\n", [(("USA",), ("CHN",))]),
    ("2024年5月8日，美国国务院宣布，对多家协助俄罗斯规避制裁的中国企业实施制裁。\n", [(("USA",), ("CHN",))]),
    ("2024年5月，美國對多家涉嫌向俄羅斯出口晶片的中國企業實施出口管制。\n", [(("USA",), ("CHN",))]),
    ("2024年5月，美国将多家向俄罗斯出口无人机零部件的中国企业列入实体清单。\n", [(("USA",), ("CHN",))]),
])
def test_the_clause_describing_target_firms_names_no_party(tmp_path, text, want) -> None:
    """对多家协助俄罗斯规避制裁的中国企业实施制裁: China's firms are the target; Russia and the acts of the
    clause only say who they are (no AID, no second sanction)."""
    evs = _events(tmp_path, text)
    assert [e.type for e in evs] == ["SANCTION"], [(e.type, e.trigger) for e in evs]
    assert _parts(evs, "SANCTION") == want


@pytest.mark.parametrize("text,want", [
    ("2024年5月，美国对来自中国的企业加征关税。\n", (("USA",), ("CHN",))),
    ("2024年5月，美国对俄罗斯的多家银行实施制裁。\n", (("USA",), ("RUS",))),
])
def test_a_state_owning_the_firms_stays_the_target(tmp_path, text, want) -> None:
    """对俄罗斯的多家银行: with no state after 的, the state before it is whose firms they are."""
    assert _parts(_events(tmp_path, text), "SANCTION") == [want]


# --- 该国 as the subject of a clause -----------------------------------------------------------------


@pytest.mark.parametrize("text,etype,want", [
    ("2024年5月，澳大利亚向图瓦卢提供了一笔援助。同月，该国还与图瓦卢签署了安全协议。\n", "AGREE", (("AUS", "TUV"), ())),
    ("2024年5月，澳大利亚向图瓦卢提供了一笔援助；同时，该国还与图瓦卢签署了安全协议。\n", "AGREE", (("AUS", "TUV"), ())),
    ("2024年5月，澳洲向吐瓦魯提供了一筆援助。同月，該國還與吐瓦魯簽署了安全協議。\n", "AGREE", (("AUS", "TUV"), ())),
    ("2024年5月，所罗门群岛宣布与台湾断交。同日，该国与中国建交。\n", "ALIGN", (("CHN", "SLB"), ())),
])
def test_that_state_is_no_party_its_clause_names(tmp_path, text, etype, want) -> None:
    """该国还与图瓦卢签署…: 该国 is not the partner its own clause names, and as a subject it goes on
    with the subject before rather than with the partner a 与 marked there."""
    assert want in _parts(_events(tmp_path, text), etype)


def test_that_state_after_a_target_may_be_the_target(tmp_path) -> None:
    """美国对伊朗实施制裁。该国随即…: a target marked by 对 stays a candidate (it is the one who reacts)."""
    from latticework.events import link
    f = tmp_path / "t.txt"
    f.write_text("2024年5月，美国对伊朗实施制裁。该国随即宣布报复。\n", encoding="utf-8")
    p = process(f)
    refs = [(m.text, m.id) for m in link(p.doc, doc_date=p.date) if m.how == "coreference"]
    assert refs == [("该国", "IRN")], refs


# --- a sentence that goes on with a 与-partner and no subject of its own -----------------------------


@pytest.mark.parametrize("text,etype,want", [
    ("2024年5月8日，日本宣布向菲律宾提供雷达。此外，还将与菲方举行联合训练。\n", "COOPERATE", (("JPN", "PHL"), ())),
    ("2024年5月8日，日本宣布向菲律宾提供雷达。另外，還與菲律賓簽署了防務協議。\n", "AGREE", (("JPN", "PHL"), ())),
    ("2024年5月8日，日本宣布向菲律宾提供雷达。随后又与越南签署了防务协议。\n", "AGREE", (("JPN", "VNM"), ())),
    ("2024年5月8日，日本宣布向菲律宾提供雷达。同时，也将与越南举行防务对话。\n", "CONSULT", (("JPN", "VNM"), ())),
])
def test_a_connective_sentence_goes_on_with_the_subject_before(tmp_path, text, etype, want) -> None:
    """…。此外，还将与菲方举行联合训练: the partner after 与 is no subject; the subject of the sentence
    before acts with it (the act was dropped for want of a second party)."""
    assert want in _parts(_events(tmp_path, text), etype)


def test_a_talks_frame_is_no_connective(tmp_path) -> None:
    """在与越南总理会谈时，布林肯重申…: a frame of the visit told before, no second meeting."""
    evs = _events(tmp_path, "2024年4月，布林肯对越南进行正式访问。在与越南总理会谈时，布林肯重申美方立场。\n")
    assert _parts(evs, "CONSULT") == [(("USA",), ("VNM",))]


# --- a statement as the subject of a speech act: its issuer speaks ---------------------------------


@pytest.mark.parametrize("text,etype,want", [
    ("2024年5月8日，日本外务省发表声明，强烈谴责朝鲜发射导弹。该声明还敦促朝鲜停止挑衅。\n", "ACCUSE", (("JPN",), ("PRK",))),
    ("2024年5月8日，七国集团外长发表联合声明，谴责俄罗斯。声明还呼吁中国停止向俄罗斯提供支持。\n", "ACCUSE", (("g7",), ("CHN",))),
    ("2024年5月8日，美菲发表联合声明。声明批评中国在南海的危险行为。\n", "ACCUSE", (("PHL", "USA"), ("CHN",))),
    ("2024年5月8日，日本外務省發表聲明，強烈譴責北韓發射飛彈。該聲明還敦促北韓停止挑釁。\n", "ACCUSE", (("JPN",), ("PRK",))),
])
def test_a_statement_speaks_for_its_issuer(tmp_path, text, etype, want) -> None:
    """…发表声明…。声明还敦促朝鲜…: the clause's subject is the statement; who issued it speaks."""
    got = _parts(_events(tmp_path, text), etype)
    assert want in got and all(a for a, _ in got), got


# --- 遭到 + the agent's ship + 的 + the act ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年5月，菲律宾海警船遭到中国海警船的危险拦截。\n",
    "2024年5月，菲律宾补给船遭到中国海警船的水炮袭击。\n",
    "2024年5月，菲律宾渔船遭到中国海警船的驱离。\n",
    "2024年5月，菲律賓補給船遭到中國海警船的水砲攻擊。\n",
])
def test_the_agent_of_a_passive_with_de_acts(tmp_path, text) -> None:
    """遭到中国海警船的驱离: the ship's state acts, the subject before 遭到 undergoes."""
    assert _parts(_events(tmp_path, text), "COERCE") == [(("CHN",), ("PHL",))]


# --- a fronted topic names the target of the reaction after it -------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年5月，对于美国的指责，中方表示坚决反对。\n", (("CHN",), ("USA",))),
    ("2024年5月，对于美方的无理指责，中方表示强烈不满。\n", (("CHN",), ("USA",))),
    ("2024年5月，针对日本的决定，韩国表示遗憾。\n", (("KOR",), ("JPN",))),
    ("2024年5月，對於美國的指責，中方表示堅決反對。\n", (("CHN",), ("USA",))),
])
def test_a_fronted_topic_names_the_target(tmp_path, text, want) -> None:
    """对于美国的指责，中方表示坚决反对: the party whose act the opening clause names is the target."""
    assert want in _parts(_events(tmp_path, text), "ACCUSE")


def test_a_pair_as_topic_names_no_target(tmp_path) -> None:
    """对于中美关系，中方表示关切: the relations of a pair name no one party."""
    assert _parts(_events(tmp_path, "2024年5月，对于中美关系，中方表示关切。\n"), "ACCUSE") == [(("CHN",), ())]


# --- what a demand asks a party not to do; demands on a body ------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年5月，中方要求美方不要向台湾出售武器。\n", [("ACCUSE", ("CHN",), ("USA",))]),
    ("2024年5月，俄罗斯要求北约不要向乌克兰派兵。\n", [("ACCUSE", ("RUS",), ("nato",))]),
    ("2024年5月，中方敦促日方切勿向台湾派遣军舰。\n", [("ACCUSE", ("CHN",), ("JPN",))]),
    ("2024年5月，俄羅斯要求北約不要向烏克蘭派兵。\n", [("ACCUSE", ("RUS",), ("nato",))]),
    ("2024年5月，俄方要求北约停止东扩。\n", [("ACCUSE", ("RUS",), ("nato",))]),
])
def test_what_a_party_is_asked_not_to_do_is_no_act(tmp_path, text, want) -> None:
    """要求北约不要向乌克兰派兵: one demand on NATO; the deployment it asks to forgo is no MOBILIZE."""
    got = [(e.type, tuple(sorted(p.key() for p in e.actors)), tuple(sorted(p.key() for p in e.recipients)))
           for e in _events(tmp_path, text)]
    assert got == want, got


def test_a_mission_hosted_by_a_body_speaks_for_its_state(tmp_path) -> None:
    """中国驻欧盟使团表示强烈不满，并敦促北约停止…: the EU hosts the mission and is no target; the body
    the demand names is."""
    text = ("2024年7月10日，北约峰会宣言形容中国是俄乌战争的推动者，中国驻欧盟使团翌日对此表示强烈不满，"
            "并敦促北约停止渲染所谓中国威胁。\n")
    assert _parts(_events(tmp_path, text), "ACCUSE") == [(("CHN",), ("nato",))]


# --- a levy told again in the sentence with no target of its own --------------------------------------


@pytest.mark.parametrize("text,want", [
    ("2024年，欧盟对中国电动车展开反补贴调查，7月起征收临时反补贴税。\n", (("eu",), ("CHN",))),
    ("2020年5月，中方对澳洲大麦征收反倾销税，翌年3月又正式征收惩罚性关税。\n", (("CHN",), ("AUS",))),
    ("2024年，歐盟對中國電動車展開反補貼調查，7月起徵收臨時反補貼稅。\n", (("eu",), ("CHN",))),
])
def test_a_second_levy_hits_the_target_told_before(tmp_path, text, want) -> None:
    """对中国电动车展开反补贴调查，7月起征收临时反补贴税: the writer names the target once."""
    got = _parts(_events(tmp_path, text), "SANCTION")
    assert got and all(p == want for p in got), got


def test_export_controls_on_materials_stay_untargeted(tmp_path) -> None:
    """对美国商品加征关税；…对稀土相关物项实施出口管制: controls on goods of any destination aim at no state."""
    text = "2025年4月4日，中方宣布对原产于美国的商品加征34%关税，并对稀土相关物项实施出口管制。\n"
    got = _parts(_events(tmp_path, text), "SANCTION")
    assert (("CHN",), ("USA",)) in got and (("CHN",), ()) in got, got
