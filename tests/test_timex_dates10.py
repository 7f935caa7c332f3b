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
