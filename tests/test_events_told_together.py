"""Several happenings of one type told together (multi13): two acts of force with the instrument's
verb before the joiner, each document of a list signed in one act when only a later title is a
linked mention. Sentences written for these tests, in simplified and traditional script, over the
full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type, summary

# --- an instrument used to drive off, then a ramming: two incidents --------------------------------


@pytest.mark.parametrize("text, second", [
    ("2014年5月，越方指中国船只用水炮驱赶并冲撞越南公务船。", "冲撞"),
    ("2014年5月，越方指中國船隻用水砲驅趕並衝撞越南公務船。", "衝撞"),
    ("2019年7月，越方称中国海警船以水炮驱离并撞击越南渔船。", "撞击"),
    ("2019年7月，越方称中国海警船使用水炮驱逐和冲撞越南渔船。", "冲撞"),
])
def test_water_cannon_that_drives_off_and_a_ramming_are_two_incidents(text, second) -> None:
    coerce = of_type(events(text), "COERCE")
    assert len(coerce) == 2, summary(coerce)
    assert {e.trigger for e in coerce} >= {second}


@pytest.mark.parametrize("text", [
    "2019年7月，中国海警船以水炮驱离越南渔船。",
    "2019年7月，中國海警船以水砲驅離越南漁船。",
])
def test_water_cannon_used_to_drive_off_is_one_act(text) -> None:
    assert len(of_type(events(text), "COERCE")) == 1


# --- each document of a signed list, when the first title is no linked mention --------------------


@pytest.mark.parametrize("text, names", [
    ("2023年3月，日本与菲律宾签署《互惠准入协定》和《防卫装备转移协定》。", {"互惠准入协定", "防卫装备转移协定"}),
    ("2023年3月，日本與菲律賓簽署《互惠准入協定》及《防衛裝備轉移協定》。", {"互惠准入協定", "防衛裝備轉移協定"}),
    ("2023年3月，日本与菲律宾签署了《互惠准入协定》、《防卫装备转移协定》。", {"互惠准入协定", "防卫装备转移协定"}),
])
def test_each_document_signed_keeps_its_own_title(text, names) -> None:
    agree = of_type(events(text), "AGREE")
    assert len(agree) == 2, summary(agree)
    assert {e.object["name"] for e in agree} == names


# --- partners told each after a date of its own: one happening per partner at its date ------------


@pytest.mark.parametrize("text, etype, expected", [
    ("日本此前已于2022年1月与澳大利亚、2023年1月与英国分别签署同类协定。", "AGREE",
     [(["AUS", "JPN"], "2022-01"), (["GBR", "JPN"], "2023-01")]),
    ("此前日本已於2022年1月與澳洲、2023年1月與英國分別簽署同類協定。", "AGREE",
     [(["AUS", "JPN"], "2022-01"), (["GBR", "JPN"], "2023-01")]),
    ("韩国曾于2015年和澳大利亚、2021年和加拿大分别签署自由贸易协定。", "AGREE",
     [(["AUS", "KOR"], "2015"), (["CAN", "KOR"], "2021")]),
    ("日本于2014年与越南、2016年与菲律宾建立战略伙伴关系。", "ALIGN",
     [(["JPN", "VNM"], "2014"), (["JPN", "PHL"], "2016")]),
    ("越南2016年與印度、2023年與美國建立全面戰略夥伴關係。", "ALIGN",
     [(["IND", "VNM"], "2016"), (["USA", "VNM"], "2023")]),
    ("中国于2019年9月21日同所罗门群岛、9月27日同基里巴斯建交。", "ALIGN",
     [(["CHN", "SLB"], "2019-09-21"), (["CHN", "KIR"], "2019-09-27")]),
])
def test_each_dated_partner_is_a_happening_at_its_date(text, etype, expected) -> None:
    got = of_type(events(text), etype)
    assert sorted((sorted(a.key() for a in e.actors + e.recipients), e.date) for e in got) == sorted(
        (sorted(k), d) for k, d in expected), summary(got)


@pytest.mark.parametrize("text", [
    "2023年5月，日本与美国、澳大利亚共同签署三边合作协定。",
    "2023年5月，日本與美國、澳洲共同簽署三邊合作協定。",
])
def test_partners_after_one_date_are_not_split_by_date(text) -> None:
    got = of_type(events(text), "AGREE")
    assert len(got) == 1 and got[0].date == "2023-05", summary(got)


# --- a look back at an agreement's signing, the document as topic ------------------------------------


@pytest.mark.parametrize("text, parties, date", [
    ("两国元首见证签署升级议定书。中韩自贸协定早在2015年6月签署，同年12月生效。", ["CHN", "KOR"], "2015-06"),
    ("中韓自貿協定早在2015年6月簽署。", ["CHN", "KOR"], "2015-06"),
    ("中韩自贸协定已于2015年6月签署。", ["CHN", "KOR"], "2015-06"),
    ("《中韩自由贸易协定》早在2015年6月就已签署。", ["CHN", "KOR"], "2015-06"),
    ("中秘自贸协定早在2009年4月签署，次年3月1日生效。", ["CHN", "PER"], "2009-04"),
    ("韩澳自由贸易协定曾于2014年4月签署。", ["AUS", "KOR"], "2014-04"),
])
def test_an_agreement_signed_long_ago_is_signed_by_its_two_parties(text, parties, date) -> None:
    got = [e for e in of_type(events(text), "AGREE") if e.date == date]
    assert len(got) == 1, summary(events(text))
    assert sorted(a.key() for a in got[0].actors) == parties


def test_a_many_party_agreement_signed_long_ago_stays_the_body() -> None:
    got = of_type(events("《区域全面经济伙伴关系协定》早在2020年11月15日签署。"), "AGREE")
    assert [a.key() for a in got[0].actors] == ["rcep"], summary(got)


# --- an act told again by its bare verb after a date of its own ------------------------------------


@pytest.mark.parametrize("text, etype, dates", [
    ("美国和菲律宾于2015年举行联合演习，并于2019年再次举行。", "COOPERATE", ["2015", "2019"]),
    ("美國與菲律賓於2015年舉行聯合演習，並於2019年再次舉行。", "COOPERATE", ["2015", "2019"]),
    ("中国2016年向菲律宾提供援助，2020年再次提供。", "AID", ["2016", "2020"]),
    ("美日两国于2015年签署合作协定，2023年又续签。", "AGREE", ["2015", "2023"]),
    ("日本与澳大利亚2018年3月举行联合训练，同年11月再度举行。", "COOPERATE", ["2018-03", "2018-11"]),
])
def test_an_act_repeated_by_its_bare_verb_is_a_second_happening(text, etype, dates) -> None:
    got = of_type(events(text), etype)
    assert sorted(e.date for e in got) == dates, summary(got)
    assert len({tuple(sorted(a.key() for a in e.actors + e.recipients)) for e in got}) == 1


@pytest.mark.parametrize("text", [
    "美国和菲律宾2018年举行联合演习，2019年日本再次举行。",  # another party's act
    "美国和菲律宾于2015年举行联合演习，并将于2026年再次举行。",  # a plan, not told here as done
])
def test_a_repeat_by_another_party_or_planned_is_no_copy(text) -> None:
    got = of_type(events(text), "COOPERATE")
    assert len([e for e in got if e.modality == "asserted"]) == 1, summary(got)


# --- 与A和B分别…: one act with each partner of the 与-list ------------------------------------------


@pytest.mark.parametrize("text, etype, pairs", [
    ("日本与澳大利亚和英国分别签署了互惠准入协定。", "AGREE", [["AUS", "JPN"], ["GBR", "JPN"]]),
    ("日本與澳洲及英國分別簽署《互惠准入協定》。", "AGREE", [["AUS", "JPN"], ["GBR", "JPN"]]),
    ("2023年，美国与日本和韩国分别举行了双边会谈。", "CONSULT", [["JPN", "USA"], ["KOR", "USA"]]),
])
def test_each_partner_of_a_list_joined_by_and_acts_separately(text, etype, pairs) -> None:
    got = of_type(events(text), etype)
    assert sorted(sorted(a.key() for a in e.actors) for e in got) == pairs, summary(got)


def test_a_list_joined_by_and_with_no_cue_stays_one_meeting() -> None:
    got = of_type(events("中国与美国和日本举行了三边会谈。"), "CONSULT")
    assert len(got) == 1 and sorted(a.key() for a in got[0].actors) == ["CHN", "JPN", "USA"], summary(got)


# --- a run of dates, 先后 and a count of times: one happening per date --------------------------------


@pytest.mark.parametrize("text, etype, dates", [
    ("2023年3月和5月，中方先后两次召见日本驻华大使。", "ACCUSE", ["2023-03", "2023-05"]),
    ("2023年3月和5月，中方先後兩次召見日本駐華大使。", "ACCUSE", ["2023-03", "2023-05"]),
    ("2019年6月和2023年9月，中国国家主席先后两度访问越南。", "CONSULT", ["2019-06", "2023-09"]),
    ("2023年3月和5月，日本与韩国先后签署两份协定。", "AGREE", ["2023-03", "2023-05"]),
])
def test_a_count_of_times_after_a_run_of_dates_gives_one_happening_each(text, etype, dates) -> None:
    got = of_type(events(text), etype)
    assert sorted(e.date for e in got) == dates, summary(got)


def test_a_run_of_dates_with_a_count_of_another_number_is_not_split_by_date() -> None:
    got = [e for e in events("2023年3月和5月，中方先后三次召见日本驻华大使。") if e.type == "ACCUSE"]
    assert sorted(e.date for e in got) != ["2023-03", "2023-05"], summary(got)


# --- two acts promised in one sentence, the second opened by 并/还/；: two planned events --------------


@pytest.mark.parametrize("text", [
    "美日韩三国将每年举行三边领导人会议，并将举行首次三边财长会议。",
    "美日韓三國將每年舉行三邊領導人會議，並將舉行首次三邊財長會議。",
    "美日两国同意明年举行外长会谈，并举行首次经济对话。",
    "美日两国同意明年举行外长会谈，还将举行首次经济对话。",
])
def test_two_meetings_promised_in_one_sentence_are_two(text) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if e.modality == "planned"]
    assert len(got) == 2, summary(got)


def test_a_promised_meeting_told_again_as_subject_is_one() -> None:
    got = [e for e in events("美日两国同意明年举行外长会谈，会谈将在东京举行。") if e.type == "CONSULT"]
    assert len(got) <= 1, summary(got)


# --- a meeting with a partner of its own after talks with another: not a meeting of all three -------


@pytest.mark.parametrize("text", [
    "2024年7月，布林肯与上川阳子举行会谈，并会见了韩国外长。",
    "2024年7月，布林肯與上川陽子舉行會談，並會見了韓國外長。",
    "2024年7月，布林肯访问日本，与上川阳子举行会谈，还会见了韩国外长。",
    "2024年7月，布林肯在东京与上川阳子举行会谈，并会见了韩国外长赵兑烈。",
])
def test_a_meeting_with_a_further_partner_leaves_out_the_first(text) -> None:
    met = [e for e in of_type(events(text), "CONSULT") if any(a.key() == "KOR" for a in e.actors)]
    assert len(met) == 1 and sorted(a.key() for a in met[0].actors) == ["KOR", "USA"], summary(met)


def test_a_partner_met_together_is_met_by_both() -> None:
    got = events("2024年7月，布林肯与上川阳子举行会谈，并共同会见了韩国外长。")
    met = [e for e in of_type(got, "CONSULT") if any(a.key() == "KOR" for a in e.actors)]
    assert {"USA", "JPN", "KOR"} <= {a.key() for a in met[0].actors}, summary(met)


# --- partners each with its own date in brackets, no 先后 cue ----------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("越南与中国（2008年）、俄罗斯（2012年）、印度（2016年）建立全面战略伙伴关系。",
     [(["CHN", "VNM"], "2008"), (["RUS", "VNM"], "2012"), (["IND", "VNM"], "2016")]),
    ("越南與中國（2008年）、俄羅斯（2012年）和印度（2016年）建立全面戰略夥伴關係。",
     [(["CHN", "VNM"], "2008"), (["RUS", "VNM"], "2012"), (["IND", "VNM"], "2016")]),
    ("2023年，越南与美国（9月10日）、日本（11月27日）建立全面战略伙伴关系。",
     [(["USA", "VNM"], "2023-09-10"), (["JPN", "VNM"], "2023-11-27")]),
])
def test_partners_with_bracketed_dates_are_one_happening_each(text, expected) -> None:
    got = of_type(events(text), "ALIGN")
    assert sorted((sorted(a.key() for a in e.actors), e.date) for e in got) == sorted(expected), summary(got)


# --- documents named without brackets in a list after the verb: one AGREE each ----------------------


@pytest.mark.parametrize("text, n", [
    ("2023年4月，中国与越南签署了海关互助协定和教育合作谅解备忘录。", 2),
    ("2023年4月，中國與越南簽署了海關互助協定及教育合作諒解備忘錄。", 2),
    ("2023年4月，中国与越南签署了海关互助协定、教育合作协定和农业合作备忘录。", 3),
])
def test_each_unquoted_document_signed_is_an_agree(text, n) -> None:
    got = of_type(events(text), "AGREE")
    assert len(got) == n and len({e.object["name"] for e in got}) == n, summary(got)


@pytest.mark.parametrize("text", [
    "2023年4月，中国与越南签署了关于海关和检疫合作的协定。",
    "2023年4月，中国与越南签署了海关和检疫合作协定。",
])
def test_one_document_about_two_fields_is_one_agree(text) -> None:
    assert len(of_type(events(text), "AGREE")) == 1


# --- a joint document named by two states' one-character abbreviations --------------------------------


@pytest.mark.parametrize("text, parties", [
    ("1998年10月，韩国总统访问日本，与首相发表《日韩共同宣言》。", ["JPN", "KOR"]),
    ("1998年10月，韓國總統訪問日本，與首相發表《日韓共同宣言》。", ["JPN", "KOR"]),
    ("1972年2月，尼克松访华期间发表《中美联合公报》。", ["CHN", "USA"]),
])
def test_a_joint_document_named_by_two_abbreviations_has_those_two_states(text, parties) -> None:
    got = of_type(events(text), "AGREE")
    assert sorted(a.key() for a in got[0].actors) == parties, summary(got)


def test_three_abbreviations_name_no_pair() -> None:
    got = [e for e in events("2023年8月，美国总统发表《美日韩联合声明》。") if e.type == "AGREE"]
    assert all(sorted(a.key() for a in e.actors) != ["JPN", "USA"] for e in got), summary(got)
