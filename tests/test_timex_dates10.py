"""Where relative dates count from (the dates10 round): a date told in passing inside a relative
clause on a noun anchors nothing. Every sentence was written for these tests, in simplified and
traditional script."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type, summary

from latticework.timex import TimeResolver


def _values(text: str, doc_date: str | None = None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in TimeResolver(doc_date).find(text)]


# --- a second date of a clause, of a noun after its verb, anchors nothing -------------------------


@pytest.mark.parametrize(("text", "word", "value"), [
    ("2022年5月9日，两国元首举行会谈；韩国同日宣布撤销2020年3月对日本采取的限制措施。同年9月，两国外长再次会晤。",
     "同年9月", "2022-09"),
    ("2022年5月9日，兩國元首舉行會談；韓國同日宣布撤銷2020年3月對日本採取的限制措施。同年9月，兩國外長再次會晤。",
     "同年9月", "2022-09"),
    ("2019年8月2日，美国正式退出1987年与苏联签署的《中导条约》。同月，美国国防部宣布试射一枚巡航导弹。", "同月", "2019-08"),
    ("2019年8月2日，美國正式退出1987年與蘇聯簽署的《中導條約》。同月，美國國防部宣布試射一枚巡弋飛彈。", "同月", "2019-08"),
    ("2023年6月1日，双方同意重启2016年中断的防务对话。次月，两国防长在新加坡会面。", "次月", "2023-07"),
    ("2024年5月3日，東京決定恢復2017年暫停的海上聯合搜救演練，同年10月在相模灣舉行。", "同年10月", "2024-10"),
])
def test_a_date_qualifying_a_noun_is_no_anchor(text: str, word: str, value: str | None) -> None:
    got = dict(_values(text))
    assert got[word] == value, got


@pytest.mark.parametrize("text", [
    "美韩两国领导人2023年4月26日发表的宣言决定设立核磋商小组，该小组于同年7月举行首次会议。",
    "兩國領導人2023年4月26日發表的宣言決定設立核磋商小組，該小組於同年7月舉行首次會議。",
])
def test_the_only_date_of_a_subjects_relative_clause_still_anchors(text: str) -> None:
    """The clause states no date before it: its date is the story's."""
    assert dict(_values(text))["同年7月"] == "2023-07"


@pytest.mark.parametrize("text", [
    "2023年3月16日，韩国总统访问东京；日本同日宣布解除2019年7月对韩国实施的出口管制。同年11月16日，日本首相在旧金山与习近平举行会谈。",
    "2023年3月16日，韓國總統訪問東京；日本同日宣布解除2019年7月對韓國實施的出口管制。同年11月16日，日本首相在舊金山與習近平舉行會談。",
])
def test_talks_after_a_background_date_keep_the_storys_year(text: str) -> None:
    talks = [e for e in of_type(events(text), "CONSULT") if "CHN" in keys(e.actors)]
    assert talks and talks[0].date == "2023-11-16", summary(talks)


# --- 同期: at the same time as the date told ----------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("2021年，两国签署安全协议。美方同期警告称将作出回应。", "2021"),
    ("2021年，兩國簽署安全協議。美方同期警告稱將作出回應。", "2021"),
    ("2023年10月5日至6日，峰会在马尼拉举行；日本同期公布了新的援助方针。", "2023-10"),
    ("2023年10月5日至6日，峰會在馬尼拉舉行；日本同期公佈了新的援助方針。", "2023-10"),
])
def test_the_same_period_is_the_month_or_year_told(text: str, value: str) -> None:
    assert dict(_values(text))["同期"] == value


@pytest.mark.parametrize("text", [
    "2023年出口较去年同期增长一成，与2021年同期相比也有上升。",
    "兩國人民共同期待和平。",
])
def test_a_baseline_or_a_shared_hope_is_no_date(text: str) -> None:
    assert "同期" not in dict(_values(text))


@pytest.mark.parametrize("text", [
    "2022年4月，中国与萨摩亚签署协定。萨摩亚总理多次表示不会允许外国在其领土建立军事基地。美方同期警告称，若该国出现外国军事存在，美国将作出回应。",
    "2022年4月，中國與薩摩亞簽署協定。薩摩亞總理多次表示不會允許外國在其領土建立軍事基地。美方同期警告稱，若該國出現外國軍事存在，美國將作出回應。",
])
def test_a_warning_told_as_of_the_same_period_takes_its_month(text: str) -> None:
    got = of_type(events(text), "THREATEN")
    assert got and got[0].date == "2022-04", summary(got)


# --- 此前一个月, 在此之前两天, 其后三年: a count after a word pointing back ---------------------------


@pytest.mark.parametrize(("text", "word", "value"), [
    ("2024年8月，论坛领导人会议在汤加举行；此前一个月，日本与岛国的峰会在东京举行。", "此前一个月", "2024-07"),
    ("2024年8月，論壇領導人會議在東加舉行；此前一個月，日本與島國的峰會在東京舉行。", "此前一個月", "2024-07"),
    ("2023年5月12日，双方签署协定。在此之前两天，两国外长通了电话。", "在此之前两天", "2023-05-10"),
    ("2020年9月，两国建交。其后三年，双方又签署了自贸协定。", "其后三年", "2023"),
    ("2020年9月，兩國建交。其後三年，雙方又簽署了自貿協定。", "其後三年", "2023"),
])
def test_a_count_after_a_pointing_word_is_counted_from_the_date_told(text: str, word: str, value: str) -> None:
    assert dict(_values(text))[word] == value


@pytest.mark.parametrize("text", [
    "2020年9月，两国建交，此后十年间双方合作不断。",
    "2020年9月，兩國建交，此後三年內雙方合作不斷。",
])
def test_a_span_after_a_pointing_word_is_no_date(text: str) -> None:
    assert [w for w, _ in _values(text)] == ["2020年9月"]


@pytest.mark.parametrize("text", [
    "2024年8月，第53届太平洋岛国论坛领导人会议在汤加举行；此前一个月，第十届日本—太平洋岛国峰会在东京举行。",
    "2024年8月，第53屆太平洋島國論壇領導人會議在東加舉行；此前一個月，第十屆日本—太平洋島國峰會在東京舉行。",
])
def test_a_summit_a_month_before_is_dated_and_told_as_done(text: str) -> None:
    got = [e for e in of_type(events(text), "CONSULT") if "JPN" in keys(e.actors)]
    assert got and got[0].date == "2024-07" and got[0].modality == "asserted", summary(got)


# --- 事发时: at the time of the incident just told -----------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("越方20日称，中国海警船18日在西沙附近扣押一艘越南渔船。据越南媒体报道，事发时中方在附近部署了多艘海警船。", "事发时"),
    ("越方20日稱，中國海警船18日在西沙附近扣押一艘越南漁船。據越南媒體報導，事發時中方在附近部署了多艘海警船。", "事發時"),
    ("越方20日称，中国海警船18日在西沙附近扣押一艘越南渔船。事发当时，中方在附近部署了多艘海警船。", "事发当时"),
    ("越方20日稱，中國海警船18日在西沙附近扣押一艘越南漁船。案發時，中方在附近部署了多艘海警船。", "案發時"),
])
def test_the_time_of_the_incident_is_its_day(text: str, word: str) -> None:
    assert dict(_values(text, "2024-05-20"))[word] == "2024-05-18"


def test_the_time_of_an_incident_told_by_its_month_is_no_day() -> None:
    assert dict(_values("2024年5月，双方船只在海上对峙。事发时，中方部署了多艘船只。"))["事发时"] is None


@pytest.mark.parametrize("text", [
    "中国南海\n新华社北京2024年5月20日电 越方20日称，中国海警船18日在西沙附近扣押一艘越南渔船。据越南媒体报道，事发时中方在附近海域部署了多艘海警船。\n",
    "中國南海\n中央社北京2024年5月20日電 越方20日稱，中國海警船18日在西沙附近扣押一艘越南漁船。據越南媒體報導，事發時中方在附近海域部署了多艘海警船。\n",
])
def test_a_deployment_at_the_time_of_the_incident_takes_its_day(text: str) -> None:
    got = of_type(events(text), "MOBILIZE")
    assert got and got[0].date == "2024-05-18", summary(got)
