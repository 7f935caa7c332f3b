"""False alarms of the prec13 round: events the gold has not at all. A study report issued, a
question, the plan of an article, the motive given for an act, a trend told of a measure, a class
of states acting one after another, a habit. Sentences written for these tests, in simplified and
traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- a report that studies or assesses is no policy and no agreement ------------------------------


@pytest.mark.parametrize("text", [
    "2023年7月4日，国际原子能机构发布福岛核污染水排海综合评估报告。",
    "2023年7月，國際原子能機構公布了福島排海的評估報告。",
    "2024年3月，联合国制裁委员会专家小组发布年度报告，指朝鲜继续规避制裁。",
    "2024年5月，世界银行发表研究报告，称东亚经济增长放缓。",
    "2022年8月，該組織推出一份調查報告。",
])
def test_a_study_report_issued_is_no_document_adopted(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("AGREE", "POLICY")], summary(evs)


@pytest.mark.parametrize("text", [
    "2022年10月，白宫公布了新一版《美国国家安全战略》报告。",
    "2017年12月，美国出台《国家安全战略报告》。",
    "2023年7月，日本政府发布年度防卫白皮书。",
])
def test_a_strategy_or_white_paper_stays_a_policy(text) -> None:
    evs = events(text)
    assert of_type(evs, "POLICY"), summary(evs)


# --- questions: by their particle, by when, or a whether-clause left open -------------------------


@pytest.mark.parametrize("text", [
    "印度会加入“印太经济框架”的贸易支柱吗？",
    "新西兰今后会退出CPTPP吗?",
    "中美两国元首还会举行会晤吗？",
    "菲律宾何时加入“四边机制”？",
    "菲律賓什麼時候加入「四邊機制」？",
    "美国是否会退出北约，仍有待观察。",
    "東盟能否與中國簽署「南海行為準則」，目前尚不明朗。",
    "韩国是否加入AUKUS第二支柱，取决于美国的态度。",
])
def test_an_act_asked_about_is_no_event(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_a_dated_gathering_named_in_a_question_stays() -> None:
    # (the question asks about the talks; the dated meeting it names is the gold sets' event)
    evs = events("那么，IPEF能在2023年11月APEC领导人会议前完成谈判吗？")
    assert of_type(evs, "CONSULT"), summary(evs)


def test_whether_told_as_decided_is_not_left_open() -> None:
    evs = events("2023年5月，韩国政府宣布加入AUKUS第二支柱，是否参与其他项目则由国会决定。")
    assert of_type(evs, "JOIN"), summary(evs)


# --- the article's plan and the motive given for an act -------------------------------------------


@pytest.mark.parametrize("text", [
    "下文将分析日本加入CPTPP的过程。",
    "本文拟探讨美国退出《巴黎协定》的影响。",
    "本節回顧美菲聯合軍演的歷史。",
    "笔者尝试梳理中国与东盟建立对话关系的历程。",
])
def test_the_plan_of_the_article_tells_no_event(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text", [
    "澳大利亚加入这一框架的原因即是分散供应链风险。",
    "日本加入该机制的目的在于牵制中国。",
    "美國退出TPP的主要原因是國內政治壓力。",
])
def test_the_motive_of_an_undated_act_is_analysis(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_a_dated_act_with_its_motive_stays() -> None:
    evs = events("2017年1月美国退出TPP的主要原因是国内政治压力。")
    assert of_type(evs, "LEAVE"), summary(evs)


# --- trends: told of a measure, or of a class of states one after another --------------------------


@pytest.mark.parametrize("text", [
    "美国对华制裁呈现常态化趋势。",
    "美国对华出口管制日趋严格。",
    "美國對華制裁愈演愈烈。",
    "西方对俄罗斯的制裁趋于强化。",
])
def test_a_trend_of_a_measure_is_no_sanction(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


@pytest.mark.parametrize("text", [
    "近年來，愈來愈多國家對中國實施出口管制。",
    "各国纷纷对俄罗斯实施制裁。",
    "西方國家相繼對俄羅斯實施制裁。",
    "太平洋岛国纷纷与中国建交，许多国家相继与台湾断交。",
])
def test_a_class_of_states_acting_one_after_another_is_a_trend(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_a_named_party_after_a_plural_stays_the_doer() -> None:
    evs = events("2022年3月，各国纷纷表态，美国随后宣布对俄罗斯实施制裁。")
    assert of_type(evs, "SANCTION"), summary(evs)


# --- habits: an act kept on or stepped up ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "随着美国不断加码制裁，中国企业面临更大压力。",
    "美国持续对华实施出口管制。",
    "友邦元首持續訪台，顯示雙邊關係穩固。",
    "美菲两国海军持续在南海举行联合巡逻。",
])
def test_an_act_kept_on_is_a_habit(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_a_drill_lasting_days_stays() -> None:
    evs = events("2024年4月22日，美菲两国举行持续三周的联合演习。")
    assert of_type(evs, "COOPERATE"), summary(evs)


# --- a body's remit and a measure called so-called ------------------------------------------------


@pytest.mark.parametrize("text", [
    "联合国安理会第1718号决议委员会负责监督对朝制裁。",
    "美国商务部工业与安全局负责出口管制。",
    "东盟秘书处负责协调对缅甸的人道主义援助。",
    "美國國務院負責對外援助事務。",
])
def test_a_bodys_remit_is_no_act(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_an_official_named_by_his_remit_still_visits() -> None:
    evs = events("2024年3月，美国负责亚太事务的助理国务卿访问越南。")
    assert of_type(evs, "CONSULT"), summary(evs)


@pytest.mark.parametrize("text", [
    "美方的所谓援助不过是政治工具。",
    "美方的所謂援助不過是政治工具。",
    "日本所谓的“援助”附带政治条件。",
])
def test_a_measure_called_so_called_is_no_act(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


# --- a question mark closing a work's title ends no sentence --------------------------------------


@pytest.mark.parametrize("text", [
    "[3] 张某：《日本会加入北约吗？》，载《世界知识》2022年第8期。",
    "[4] 《日本巨額補貼台積電會有成果嗎？》，日經中文網，2022年6月29日。",
    "[5] 李某：《美國會重返TPP嗎?》，《國際問題研究》2021年第4期。",
])
def test_a_title_that_asks_is_one_reference(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text", [
    "他在《中美会脱钩吗？》一文中指出，双方仍在对话。",
    "他在《中美會脫鉤嗎?》一文中指出，雙方仍在對話。",
    "该书题为《东盟能否保持中心地位！》，出版于2020年。",
])
def test_a_title_ending_in_a_question_mark_stays_inside_its_sentence(text) -> None:
    from latticework.sentences import sentence_spans
    assert len(sentence_spans(text)) == 1, sentence_spans(text)


# --- people named by what they oppose, debates joined ---------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年1月，泰国反对派领袖访问了美国。",
    "2024年1月，泰國反對派領袖訪問了美國。",
    "2023年，反对党议员在国会发言。",
    "批评者认为，日本的援助附带条件。",
    "2024年5月，抗议者在使馆外聚集。",
])
def test_people_named_by_what_they_oppose_are_no_protest(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "ACCUSE"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年5月，日本对此提出反对意见。",
    "2024年5月，菲律宾外交部对中方的行动表示反对。",
])
def test_an_objection_voiced_stays_an_accuse(text) -> None:
    evs = events(text)
    assert of_type(evs, "ACCUSE"), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年5月，菲律宾总统加入了讨论。",
    "2024年5月，印度也加入了这场大国博弈。",
    "2024年5月，日本加入了有关南海问题的辩论。",
    "2024年3月，印度尼西亚加入了救援行动。",
    "2024年3月，菲律賓加入了搜救行動。",
    "2024年3月，韩国加入了对话。",
])
def test_a_debate_joined_is_no_membership(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "JOIN"], summary(evs)


def test_a_body_joined_stays_a_membership() -> None:
    evs = events("2024年5月，日本正式加入北约合作网络防御卓越中心。")
    assert of_type(evs, "JOIN"), summary(evs)


# --- how often a body meets, a standing channel, a gathering described ----------------------------


@pytest.mark.parametrize("text", [
    "中日韩领导人会议原则上每年举行一次。",
    "东盟峰会通常每年举行两次。",
    "東盟峰會通常每年舉行兩次。",
    "两国外长每季度会晤一次。",
])
def test_how_often_a_body_meets_is_its_rule(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text", [
    "2023年8月18日，美日韩三国领导人同意每年至少举行一次三边峰会。",
    "2023年8月18日，美日韓三國領導人會後發表聯合聲明，同意每年至少舉行一次三邊峰會。",
])
def test_a_frequency_agreed_stays_a_plan(text) -> None:
    evs = events(text)
    assert [e for e in evs if e.type == "CONSULT" and e.modality != "asserted"], summary(evs)


@pytest.mark.parametrize("text", [
    "美日两国一向通过“2+2”会谈协调立场。",
    "美日兩國向來通過「2+2」會談協調立場。",
    "中越两国历来通过高层会晤管控分歧。",
])
def test_a_standing_channel_is_a_habit(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text", [
    "中国—东盟峰会已成为双方对话的重要平台。",
    "東亞峰會已經成為地區戰略對話的主要平台。",
    "香格里拉对话被视为亚洲最重要的防务论坛。",
])
def test_a_gathering_described_by_a_copula_is_no_session(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "CONSULT"], summary(evs)


# --- a bare measure word described, a practice characterised ---------------------------------------


@pytest.mark.parametrize("text", [
    "制裁是美国对外政策的常用工具。",
    "制裁是美國對外政策的常用工具。",
    "援助成为日本扩大影响力的主要手段。",
    "联合军演已成为两国防务合作的重要内容。",
])
def test_a_bare_measure_word_described_is_no_act(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text", [
    "美国滥用出口管制，打压中国企业。",
    "美國濫用出口管制，打壓中國企業。",
    "美方动辄对他国实施制裁。",
    "美国挥舞制裁大棒，胁迫盟友。",
])
def test_a_practice_characterised_is_no_sanction(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "SANCTION"], summary(evs)


def test_a_dated_measure_stays() -> None:
    evs = events("2023年10月17日，美国商务部宣布对华实施新的出口管制。")
    assert of_type(evs, "SANCTION"), summary(evs)


@pytest.mark.parametrize("text", [
    "2023年，日本对越南的直接投资达到30亿美元。",
    "2023年，日本對越南的直接投資達到30億美元。",
    "截至2023年底，中国对东盟的援助总额超过50亿美元。",
    "2023年，美国对菲律宾的军事援助增至5亿美元。",
])
def test_a_measure_told_by_its_figure_is_a_statistic(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "AID"], summary(evs)


def test_aid_given_with_its_amount_stays() -> None:
    evs = events("2023年5月，日本宣布向越南提供30亿美元援助。")
    assert of_type(evs, "AID"), summary(evs)


# --- trends of a kind of act; quantified classes of states -----------------------------------------


@pytest.mark.parametrize("text", [
    "近年來，美菲聯合軍演規模逐年擴大。",
    "近年来，美菲联合军演次数不断增加。",
    "2017年以来，美国对华制裁措施层出不穷。",
    "2017年以來，美國對華制裁措施層出不窮。",
])
def test_a_trend_of_a_kind_of_act_is_no_event(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


@pytest.mark.parametrize("text", [
    "大多数东盟国家都加入了“一带一路”倡议。",
    "大多數東盟國家都加入了「一帶一路」倡議。",
    "许多太平洋岛国都与中国签署了合作文件。",
    "部分欧洲国家对俄罗斯实施了制裁。",
])
def test_a_quantified_class_of_states_acts_in_aggregate(text) -> None:
    evs = events(text)
    assert not evs, summary(evs)


def test_a_drill_of_record_size_stays() -> None:
    evs = events("2024年4月22日，美菲两国举行规模空前的联合军演。")
    assert of_type(evs, "COOPERATE"), summary(evs)


# --- entries of a reference list in the body ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "正文：2023年1月，美日两国在华盛顿举行“2+2”会谈。\n\n参考文献\n\n1. 新华社：《中美元首在旧金山举行会晤》，2023年11月16日，http://www.example.cn/a.htm。\n",
    "正文：2023年1月，美日两国在华盛顿举行“2+2”会谈。\n\n[4] 新华社：《中美元首在旧金山举行会晤》，2023年11月16日，http://www.example.cn/a.htm。\n",
    "正文：2023年1月，美日兩國在華盛頓舉行「2+2」會談。\n\n參考文獻\n\n1. 中央社：《日本宣布加入北約網路防禦中心》，2023年5月17日，https://example.tw/b。\n",
    "正文：2023年1月，美日两国在华盛顿举行“2+2”会谈。\n\n注释\n\n② 《中美外长在北京会面》，载中国外交部官网，2023-06-20。\n",
])
def test_an_entry_of_a_reference_list_tells_no_event(text) -> None:
    evs = events(text)
    assert len(evs) == 1 and evs[0].date == "2023-01", summary(evs)


def test_a_numbered_paragraph_of_the_body_still_tells() -> None:
    evs = events("正文如下。\n\n1. 2023年11月15日，中美两国元首在旧金山举行会晤，并发表《联合声明》，2023年11月16日公布全文。\n")
    assert of_type(evs, "CONSULT"), summary(evs)


# --- a drill counted again right after it is told ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年10月14日，解放军在台湾周边举行“联合利剑-2024B”演习。这是今年第二次以“联合利剑”为名的对台军演。",
    "2024年10月14日，解放軍在台灣周邊舉行「聯合利劍-2024B」演習。這是今年第二次以「聯合利劍」為名的對台軍演。",
    "2023年6月，日本派机加入北约在德国举办的“空中卫士2023”演习，这也是日本自卫队第一次加入北约的空中演习。",
])
def test_a_drill_counted_again_is_the_drill_told(text) -> None:
    evs = events(text)
    assert len([e for e in evs if e.type in ("COOPERATE", "MOBILIZE")]) == 1, summary(evs)


# --- a signing announced is one signing ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年4月19日，中国宣布中国与所罗门群岛已正式签署安全合作框架协议。",
    "2022年4月19日，中國宣布中國與索羅門群島已正式簽署安全合作框架協議。",
    "2024年7月8日，日本宣布日菲两国正式签署了互惠准入协定。",
])
def test_a_signing_announced_is_one_agreement(text) -> None:
    evs = events(text)
    assert len([e for e in evs if e.type == "AGREE"]) == 1, summary(evs)


# --- a bare event noun resuming the happening told in the sentence ---------------------------------


@pytest.mark.parametrize("text", [
    "2024年4月22日，美菲两国举行联合军演，澳大利亚派舰参与，演习首次延伸至领海以外。",
    "2024年4月22日，美菲兩國舉行聯合軍演，澳洲派艦參與，演習首次延伸至領海以外。",
    "2024年11月15日，中美两国元首举行会晤，双方交换意见，会晤持续约四个小时。",
])
def test_a_bare_noun_resuming_the_event_is_no_second_event(text) -> None:
    evs = events(text)
    assert len(evs) == 1, summary(evs)


def test_a_second_drill_named_with_its_party_stays() -> None:
    evs = events("2024年4月22日，美菲两国举行联合军演，日本与澳大利亚则举行双边演习。")
    assert len([e for e in evs if e.type == "COOPERATE"]) == 2, summary(evs)


# --- a leader meeting people who hold no office ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，王毅会见了美国商界人士。",
    "2024年3月，王毅會見了美國商界人士。",
    "2024年3月，习近平在北京会见美国工商界和战略学术界代表。",
    "2024年3月，岸田文雄会见了来访的中国企业家代表团。",
    "2024年3月，习近平会见越南青年代表。",
])
def test_meeting_civil_counterparts_is_no_state_talks(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "CONSULT"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，王毅会见了美国国务卿布林肯。",
    "2024年3月，王毅会见美国议员代表团。",
])
def test_meeting_office_holders_stays_talks(text) -> None:
    evs = events(text)
    assert of_type(evs, "CONSULT"), summary(evs)


# --- an untitled report; aid and sanctions named as a regime -----------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，联合国贸易和发展会议发布报告。",
    "2024年3月，聯合國貿易和發展會議發布報告。",
    "2024年3月，亚洲开发银行发布了一份报告，预测地区经济增长。",
])
def test_an_untitled_report_is_no_document_adopted(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("AGREE", "POLICY")], summary(evs)


@pytest.mark.parametrize("text", [
    "这一援助模式被称为“日本模式”。",
    "這一援助模式被稱為「日本模式」。",
    "日本的援助理念强调自助努力。",
])
def test_aid_named_as_a_model_is_no_aid(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "AID"], summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，该公司宣布退出中国市场。",
    "2024年3月，該公司宣布退出中國市場。",
    "2024年3月，多家日本企业正式退出俄罗斯市场。",
])
def test_a_market_left_is_no_withdrawal_from_a_body(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "LEAVE"], summary(evs)


def test_a_treaty_left_by_announcement_stays() -> None:
    evs = events("2019年8月2日，美国宣布退出《中导条约》。")
    assert of_type(evs, "LEAVE"), summary(evs)


# --- a term of contrast ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月，日本选择对话而非制裁。",
    "2024年3月，日本選擇對話而非制裁。",
    "2023年4月，日本以有别于政府开发援助的方式支持菲律宾。",
])
def test_a_term_of_contrast_is_no_act(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("SANCTION", "AID")], summary(evs)


# --- 宣布 introducing a return to a body --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年初，基里巴斯宣布重返太平洋岛国论坛。",
    "2023年初，基里巴斯宣布重返太平洋島國論壇。",
    "2023年2月，基里巴斯政府正式宣布重返太平洋岛国论坛。",
])
def test_a_return_announced_is_one_join(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["JOIN"], summary(evs)


def test_a_return_strategy_announced_stays_a_policy() -> None:
    evs = events("2011年，美国宣布重返亚太战略。")
    assert not [e for e in evs if e.type == "JOIN"], summary(evs)


# --- an aid agreement signed is the agreement -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年3月4日，馬爾地夫與中國簽署軍事援助協議。",
    "2024年3月4日，马尔代夫与中国签署军事援助协议。",
    "2024年3月，日本与菲律宾签署了一份经济援助协定。",
])
def test_an_aid_agreement_signed_is_no_aid(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["AGREE"], summary(evs)


def test_the_aid_the_agreement_promises_stays() -> None:
    evs = events("2024年3月4日，马尔代夫与中国签署军事援助协议，中方将向马方无偿提供军事援助。")
    aid = of_type(evs, "AID")
    assert len(aid) == 1 and [p.key() for p in aid[0].actors] == ["CHN"], summary(evs)


@pytest.mark.parametrize("text", [
    "2022年3月，日本认为“维持对俄罗斯的制裁对于遏制其军事行动是必不可少的”。",
    "2022年3月，日本認為「維持和加強對俄羅斯的制裁對於限制其戰爭行動是必不可少的」。",
    "2023年5月，美方表示，对乌克兰的援助对于欧洲安全至关重要。",
])
def test_a_measure_weighed_for_an_end_is_an_opinion(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type in ("SANCTION", "AID")], summary(evs)


# --- attending a signing ceremony witnesses the signing ----------------------------------------------


@pytest.mark.parametrize("text", [
    "2022年7月22日，俄罗斯与乌克兰分别签署协议，联合国秘书长古特雷斯与土耳其总统埃尔多安出席签字仪式。",
    "2022年7月22日，俄羅斯與烏克蘭分別簽署協議，聯合國秘書長古特雷斯與土耳其總統艾爾段出席簽字儀式。",
    "2022年7月22日，俄罗斯与乌克兰签署协议，联合国秘书长古特雷斯参加了签约仪式。",
])
def test_attending_a_signing_ceremony_is_no_talks(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["AGREE"], summary(evs)


def test_attending_a_ministerial_meeting_stays_talks() -> None:
    evs = events("2024年5月30日，习近平出席中国—阿拉伯国家合作论坛部长级会议开幕式。")
    assert of_type(evs, "CONSULT"), summary(evs)


# --- a transit told as a leg of a trip ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2024年11月30日，赖清德出访马绍尔群岛、图瓦卢与帕劳，去程及回程分别过境夏威夷与关岛。",
    "2024年11月30日，賴清德出訪馬紹爾群島、吐瓦魯與帛琉，去程及回程分別過境夏威夷與關島。",
    "2024年11月30日，赖清德出访马绍尔群岛，返程途中过境关岛。",
])
def test_a_transit_on_the_way_is_no_visit(text) -> None:
    evs = events(text)
    assert len([e for e in evs if e.type == "CONSULT"]) == 1, summary(evs)


def test_a_meeting_during_a_transit_stays() -> None:
    evs = events("2023年4月5日，蔡英文过境美国时与麦卡锡会面。")
    assert of_type(evs, "CONSULT"), summary(evs)


# --- the source line under a table or figure -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "正文：2023年1月，美日两国在华盛顿举行“2+2”会谈。\n\n资料来源：笔者根据美国国务院网站“美国宣布对华制裁”一文整理。\n",
    "正文：2023年1月，美日兩國在華盛頓舉行「2+2」會談。\n\n資料來源：筆者根據美國國務院網站「美國宣布對華制裁」一文整理。\n",
    "正文：2023年1月，美日两国在华盛顿举行“2+2”会谈。\n\n注：数据来源：日本外务省“日本向菲律宾提供巡逻船”新闻稿。\n",
])
def test_a_source_line_tells_no_event(text) -> None:
    evs = events(text)
    assert len(evs) == 1 and evs[0].type == "CONSULT", summary(evs)


@pytest.mark.parametrize("text", [
    "2024年3月，东盟峰会主办国柬埔寨发表声明。",
    "2024年3月，東盟峰會主辦國柬埔寨發表聲明。",
    "2024年3月，东盟峰会轮值主席国老挝表示欢迎。",
])
def test_a_role_a_gathering_gives_is_no_session(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.type == "CONSULT"], summary(evs)
