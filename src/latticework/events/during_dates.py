"""Acts told as happening during a longer happening (峰会期间, 访问期间, 在APEC会议期间).

The guidelines date an act at the precision the text supports. An act told only as 'during' a
summit or a visit that lasted several days (9月9日至10日…峰会期间，印度、美国…宣布建立…; 出席…峰会，其间会见…; 于11月8日至10日
对中国进行国事访问，…访问期间双方企业签署…) happened on one of those days, and the text does not say
which: it is dated by the month. A gathering named only as the frame of a dated act (16日…出席APEC
会议期间同拜登举行会晤) is dated by the month too: the day is the act's, the gathering's first day is
not stated. So is a visit named as the frame of an act dated by the sentence's frame (2022年5月23日，
拜登在访问日本时宣布…; 4月26日　尹锡悦对美国进行国事访问期间，美韩发表…): the day is the act's; a date
told right before the visit (奥斯汀2023年2月2日访问马尼拉期间) is the visit's own.
"""

from __future__ import annotations

import re

from ..timex import Timex

_DURING = ("期间", "间隙", "场边", "其间")  # (出席…峰会，其间会见了…: during it)


def during_a_span(text: str, date_t: Timex | None, s: int, t0: int, para_span: bool) -> bool:
    """The act is told as happening during a happening of several days whose range dates it."""
    start = date_t.end if date_t is not None else s
    if not any(w in text[start:t0] for w in _DURING):
        return False
    return bool(date_t.value_end) if date_t is not None else para_span


def framing_only(text: str, gathering_end: int) -> bool:
    """The gathering named right before 期间/间隙/场边 only frames the act told in its sentence."""
    after = re.split(r"[，。；,;]", text[gathering_end : gathering_end + 20], maxsplit=1)[0]
    return any(w in after for w in _DURING)


def attending_the_frame(text: str, word: str, t1: int, clause_end: int) -> bool:
    """出席…会议期间同拜登会晤: the attendance is that of the frame, dated as the gathering is."""
    return word.startswith(("出席", "参加", "与会")) and any(w in text[t1:clause_end] for w in _DURING)


# the visit's clause goes on to 期间/时/之际: it frames the act told after it
_FRAMES = re.compile(r"[^，。；,;]{0,14}?(?:期间|期間|时|時|之际|之際)")
# between the frame's date and the visit: a clause break or a gap after the day
_APART = re.compile(r"[，,\s　]")


def visiting_the_frame(text: str, word: str, date_t: Timex | None, t0: int, t1: int, clause_end: int) -> bool:
    """2022年5月23日，拜登在访问日本时宣布…: a visit told as the frame of a dated act, the date set apart
    before it, is dated by the month."""
    if date_t is None or date_t.start > t0 or not ("访" in word or "訪" in word):
        return False
    if _FRAMES.match(text, t1, clause_end) is None:
        return False
    opens_entry = date_t.start == 0 or text[date_t.start - 1] == "\n"  # a chronicle's day line (4月26日　…)
    return opens_entry or _APART.search(text, date_t.end, t0) is not None



# a sentence that opens with the frame of a visit or a gathering (峰会期间，…; 访问期间，…; 此访期间，…)
_OPENS_DURING = re.compile(r"\s*(?:此次|这次|本次|此)?[^，。；,;\s]{0,6}?(?:期间|其间)[，,]")
# an arrival told before it in the paragraph (16日抵达阿斯塔纳, 飞抵, 到达): where the frame began
_ARRIVAL = re.compile(r"抵达|飞抵|到达|抵")


def during_after_arrival(text: str, s: int) -> bool:
    """习近平16日抵达阿斯塔纳，出席峰会并进行国事访问。峰会期间，…会见了…: a sentence with no date of its
    own told only as during the frame whose first day the paragraph gave by an arrival happened on
    one of the days after it, not on the arrival day (by the month)."""
    if _OPENS_DURING.match(text, s) is None:
        return False
    para_start = text.rfind("\n", 0, s) + 1
    return _ARRIVAL.search(text, max(para_start, s - 100), s) is not None
