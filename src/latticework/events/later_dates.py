"""Dates told after an act, in a later clause of its sentence, that belong to another act.

An act whose sentence states no date before it used to take the first date after it. When that
date opens (or sits inside) a later clause, it is the date of what that clause tells: the reply
the next day (拜登称习近平为“独裁者”，中国外交部次日对此表示反对), a plan (四国领导人宣布启动…，并计划于
2025年首次开展…), the day another party acted (…提出抗议，中方3日予以回应). The act keeps the date the
paragraph gave it instead, when it continues the happening told before.

Two dates after the verb are the act's own: that of the gathering attended (出席18日至19日在里约热内卢
举行的二十国集团峰会), which dates the attendance rather than a date told before it (将于17日离开利马，前往…),
and a date in brackets after the act (签署了自由贸易协定（2023年8月）). An act told as coming later
(随后, 其后, 随即, 数日后) keeps only the month of the date it follows: its day is not stated, nor is
that of parties reacting in turn (相继) in a sentence with no date of its own. An act told as coming
at some later time (此后, 后来: from then on, months or years later) has no date the text states.
An act told as coming before the one told (此前, 在此之前) with no date of its own keeps only its month,
and so does a visit told as ended before the dated act after it (结束对新西兰的访问后，15日抵达…).
"""

from __future__ import annotations

import re

from ..timex import Timex

# what ends the act's clause before a later one
_CLAUSE_BREAK = re.compile(r"[，,；;]")


def later_clause(text: str, t: Timex, clause_end: int) -> bool:
    """The date lies after the clause of the act, separated from it by a clause break."""
    return t.start >= clause_end and _CLAUSE_BREAK.search(text, clause_end, t.start + 1) is not None


def counted_from_here(text: str, times: list[Timex], t1: int, clause_end: int) -> bool:
    """A later clause of the sentence tells its date relative to this act (法国召回大使以示抗议，中方次日
    也批评…): the act itself is on the date the story stands at, the paragraph's."""
    return any(t.kind == "relative" and later_clause(text, t, clause_end) for t in times if t.start >= t1)


ATTEND = ("出席", "参加", "与会", "列席", "参会", "缺席")
# the date of a gathering in a relative clause after the verb: 18日至19日(在里约热内卢)举行的峰会
_HELD = re.compile(r"\s*(?:在[^，。；、]{1,12}?)?(?:举行|召开|举办|开幕)的")


def gathering_date(text: str, times: list[Timex], word: str, t1: int, clause_end: int) -> Timex | None:
    """The date of the gathering an attendance verb governs, told in a relative clause after it."""
    if not word.startswith(ATTEND):
        return None
    return next((t for t in times if t1 <= t.start < clause_end and _HELD.match(text, t.end)), None)


# 随后/此后/其后/后来/随即, 数日后/数周后: after the act told before, on a day not stated (the lead's convention in
# gold/events/GUIDELINES.md: 随即 with no day of its own keeps the month, as 随后 does)
_LATER = re.compile(r"随后|此后|其后|之后|后来|稍后|嗣后|不久|随即|(?:数|几)(?:天|日|周|週|个星期|個星期)(?:之)?后")
# parties acting one after another (对此，外交部和国防部相继表态): in a sentence with no date of its own,
# no day for any of them (a date heading their own clause is theirs: 2月7日，日韩相继派出救援队)
_IN_TURN = re.compile(r"相继")


def in_turn(text: str, s: int, t0: int) -> bool:
    """The act is told as one of several by parties acting in turn (相继), in a sentence from `s`."""
    return _IN_TURN.search(text, s, t0) is not None


# from then on, later on (此后，日本进一步放宽出口限制; 后来转而同中国建交): some later time, not stated;
# not 此后不久 (soon after: as 随后), nor the idiom 后来居上 (a latecomer overtaking)
# (数月后, 几年后, 多年后: months or years later, no date stated either; not 时隔多年后首次…, a first in years)
_OPEN_LATER = re.compile(r"(?:此后|此後)(?!不久)|(?:后来|後來)(?!居上|者)")
# (not a counted gap, 在断交二十多年后恢复…, 逾20多年后: the act is the sentence's, dated by it: timex_counts)
_YEARS_LATER = re.compile(r"(?<![\d一二三四五六七八九十百])(?:数|几|多|若干|数十)(?:个)?(?:月|年)(?:之)?(?:后|後)(?!的|首次|首度|再次|再度)")


def open_later(text: str, frm: int, t0: int) -> bool:
    """The act is told, after `frm`, as coming at an open later time (此后, 后来): its date is not stated."""
    if _OPEN_LATER.search(text, frm, t0) is not None:
        return True
    return any(text[max(0, m.start() - 2) : m.start()] not in ("时隔", "相隔", "阔别")
               for m in _YEARS_LATER.finditer(text, frm, t0))


# type13: memberships taken up one after another after the founding told before (宣布成立…，其后德国、加拿大
# 相继加入; 此后越南、泰国陆续加入): each at a time of its own the text does not state (retired 3 leaves them undated)
_JOINED_IN_TURN = re.compile(r"(?:其后|其後|此后|此後|随后|隨後|之后|之後|后来|後來)[^，。；,;]{0,20}?(?:相继|相繼|陆续|陸續|先后|先後)")


def joined_in_turn(text: str, s: int, t0: int) -> bool:
    """The membership act at t0 is told as taken up in turn, later, by several parties."""
    return _JOINED_IN_TURN.search(text, s, t0) is not None


# 穆伊兹去年11月就任总统后，首次出访即选择土耳其: the date is of the taking of office (a domestic act, no
# event), and the act after 后 happened some time after it (not 2022年11月，朔尔茨就任后首次访华: a frame)
_TOOK_OFFICE = re.compile(r"[^，。；,;]{0,3}?(?:就任|就職|就职|上任|當選|当选|接任|履新|執政(?!黨)|执政(?!党)|掌權|掌权)"
                          r"[^，。；,;]{0,8}?(?:后|後|以来|以來)")


def took_office_then(text: str, t: Timex, t0: int) -> bool:
    """t dates someone's taking office told as the time clause of the act at t0 (…11月就任后，首次出访…)."""
    m = _TOOK_OFFICE.match(text, t.end)
    return m is not None and m.end() <= t0


def later_on(text: str, s: int, frm: int, t0: int) -> bool:
    """The act is told as following the one before, some time later (菲方随后提出抗议), from `frm` on,
    in a sentence (from `s`) that does not keep to one day (当天举行会谈，其后签署…, 今早会谈，随后…: the same day)."""
    return _LATER.search(text, frm, t0) is not None and not _ONE_DAY.search(text, s, t0)


# a sentence that keeps to one day: 当天/同日, or the act before told at a time of the day (苏林今早在总统府与
# 黄循财会谈，双方随后发表联合声明; 上午会谈，随后…: later that day)
_ONE_DAY = re.compile(r"当即|随之|当场|同日|当天|当日|次日|翌日|今早|今晨|上午|下午|中午|早上|晚间|当晚|凌晨")


# 此前/在此之前 (before the act told, on a day not stated; not the counts 此前一天, 此前两周)
_EARLIER = re.compile(r"(?:此前|在此之前|此前不久)(?![一二两三四五六七八九十几数\d]+[天日周週个個月年])")


def earlier_on(text: str, s: int, t0: int) -> bool:
    """The act is told as coming before the one told (此前两国气候特使已发表声明): the paragraph's day is
    not its day; the lead's convention for 随后 (the month only) holds for it as well."""
    return _EARLIER.search(text, s, t0) is not None


def bracketed_after(text: str, times: list[Timex], t1: int, clause_end: int) -> Timex | None:
    """A date in brackets after the act, in its clause (两国签署了自由贸易协定（2023年8月）): the act's
    own, before any date told earlier in the sentence (自2021年12月复交以来，…). Not a period
    (合作计划（2021—2025年）): that names the programme."""
    for t in times:
        if t1 <= t.start < clause_end and not t.value_end and text[t.start - 1 : t.start] in ("（", "(") \
                and text[t.end : t.end + 1] in ("）", ")") and text[t.end + 1 : t.end + 2] != "的" \
                and not any(o.end == t.start - 1 for o in times):  # (上周四（10日）的演说: a date of a noun)
            return t
    return None


# told as long-standing, habitual or from before the story (两国早已建立…, 双方多年来一直…, 两国过去已签署…,
# 上次会谈时签署了…, 每年举行…): background, on no day the paragraph states (not 此前, which keeps the month:
# `earlier_on`; not 依惯例, the custom an act of the day follows; not 今早在总统府…, this morning)
_LONG_STANDING = re.compile(r"早已(?<!今早已)|早就(?<!今早就)|早在(?<!今早在)(?<!昨早在)(?<!一早在)|多年前|数年前|几年前|多年来|多年來|一直|历来|歷來|向来|向來|长期以来|長期以來"
                            r"|过去|過去|以往|上次|上一次|每年|每季|每月|定期|多次|屡次|屢次|至今|迄今")


def long_standing(text: str, s: int, t0: int) -> bool:
    """The act is told, between the sentence start `s` and its trigger, as long-standing or earlier."""
    return _LONG_STANDING.search(text, s, t0) is not None



# 结束对新西兰的访问后，…抵达…; 结束对越南的国事访问之后: a visit told as ended before the act that follows
_ENDED_BEFORE = re.compile(r"结束(?:了)?(?:对)?[^，。；,;]{0,16}$")
_ENDED_AFTER = re.compile(r"[^，。；,;]{0,4}?(?:后|之后|以后)")


def ended_visit(text: str, times: list[Timex], t0: int, t1: int, clause_start: int, e: int) -> str | None:
    """The month of a visit told as ended before the dated act after it (结束对新西兰的访问后，15日抵达
    阿德莱德): it ended by that date, on a day the text does not state; else None."""
    if _ENDED_BEFORE.search(text, clause_start, t0) is None or _ENDED_AFTER.match(text, t1) is None:
        return None
    after = next((t for t in times if t1 <= t.start < e and t.value and len(t.value) >= 7), None)
    return after.value[:7] if after is not None else None
