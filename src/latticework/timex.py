"""Time expressions of the genre, normalised to ISO 8601 at the precision the text supports.

Absolute dates in every written form (2023年8月18日, 2023 年 1月, 二〇二三年, 2023/4/12,
2023-04-12), months and days that take their year from the text before them (1月12日, 9月),
ranges (11月15日至16日, 3月6~7日, 2022—2023年), decades (上世纪90年代), and relative
expressions (同年, 次年, 次月, 当月, 当天, 次日, 今年, 去年, 本月) resolved against the last
date stated before them or the document's own date; news style bare days (10日) take the month of
the last date (or of the month word right before them: 上月23日), weekdays (周二, 上周五) are counted from the document's date, and so are 昨日/前天 and the
bracketed days of Taiwan and Hong Kong wires (昨（9）日), and the bracketed years and months of the same press (去（2023）年12月, 本（5）月10日:
`timex_press`); counts (三天后, 两个月后, 两年后, and back: 一个月前, 十年前; also after a word
pointing back: 此前一个月, 其后三年: `timex_counts`) run from the last date stated; 同期 is the month
(or the year) told, 事发时 the day of the incident told; Republic of China years (民国112年, 112年8月) are converted. A bare month in a
paragraph that names no year of its own takes the year of the section heading above it (2023年,
二、2024年大事; not 2022年以来), else the document's year. A date inside a title in 《》
(《2050年蓝色太平洋大陆战略》) names the document: it neither anchors nor dates anything. Nor does a
second date of a clause that qualifies a noun after its verb anchor anything (同日宣布解除2019年7月对韩国
实施的管制。同年11月…: `timex_background`). A day or a year is never invented: a month
with no year anywhere before it stays unresolved.

Where the story stands: a bare day that opens a paragraph's dates in dated news is of the story's
month, not of a background date told a paragraph before (去年11月…。¶14日，…); a chronicle's day
line (19日　…, under month lines such as 三月) is of the month of the entry before, not of a
background year told inside it; a year word (回顾去年，11月30日…; not the baseline 比去年) is the
year of the bare months after it, and 去年 under an undated chronicle's year section is the year
before it; a month word (下月) is what 同月 after it names; a planned bare month in a paragraph that
names no year (预计于4月11日出席) is the next such month from the document's date; a count in apposition (早在5月23日，也就是
就职三天后) restates the date before it; 上周末/本周末 are the Saturday and Sunday of those weeks, and 上周/本周 the
month of that week when it lies in one; a part of
the year (年底的峰会, 同年年初, 上半年, 年内) is that year, at year precision. A month that opens its
paragraph as a frame (去年11月，APEC会议在旧金山举行。拜登15日…) is the month of the bare days after it;
a date told aside (a noun's, a look back, an act recalled with 曾: `timex_background`) anchors nothing;
a table row's bare year under its time column (| 2022 | … |) is a year (`year_cell`).

The patterns of these forms and of the cues around a date are in `timex_patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .timex_background import looks_back, qualifies_a_noun, told_as_once
from .timex_calendar import background_month, days_before, iso as _iso, shift as _shift, week_value, weekday_date
from .timex_counts import counts
from .timex_patterns import (ABSOLUTE, DAY_BRACKETED, DAY_ONLY, DECADE, DECADE4, MONTH_DAY, MONTH_RANGE, NUMERIC, RELATIVE, ROC,
                             WEEK, WEEKDAY, YEAR_RANGE, _APPLIES_FROM, _DEADLINE_AFTER, _DEADLINE_BEFORE, _FROM_ON,
                             _PLAN_BEFORE, _PRESS_DAYS, _TARGET_AFTER, _TARGET_BEFORE, fronted_plan_year, to_int as _int)
from .timex_press import bracketed_dates, two_digit_roc
from .timex_ranges import join_ranges


# 自/从 before the day a measure starts, a month word between (自本月10日起, 从今年3月起: lead17)
_FROM_BEFORE = re.compile(r"[自从]\s*(?:本月|当月|同月|次月|今年|本年|同年|明年)?\s*$")


@dataclass
class Timex:
    start: int
    end: int
    text: str
    value: str | None  # ISO 8601 at the supported precision; None when it cannot be resolved
    value_end: str | None = None  # last day/month/year of a range
    kind: str = "absolute"  # absolute | inherited | relative | range | decade
    precision: str = "day"  # day | month | year | decade
    parts: tuple[int | None, ...] = ()  # month, day, end month, end day of an inherited date
    target: bool = False  # a deadline or goal (到2030年, 2050年前): it dates a plan, not the narrative
    after: tuple | None = None  # (count, unit) of 三天后, 两个月后: counted from the last date stated
    in_name: bool = False  # part of a title in 《》 (《2050年蓝色太平洋大陆战略》): it names, it dates nothing
    aside: bool = False  # told in passing (a noun's date, a look back): the story does not stand at it



# what every WEEKDAY match holds: a week word and its day (a literal start, so quick to scan for)
_WEEKDAY_CUE = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]")


class _Cues:
    """Which families of expressions a text can hold at all: the patterns that start with optional
    groups are slow to scan, and most paragraphs lack the character each one needs."""

    def __init__(self, text: str):
        self.year = "年" in text
        self.month = "月" in text
        self.decade = "年代" in text
        self.day = "日" in text or "号" in text
        self.after = "后" in text or "後" in text or "前" in text
        self.week = any(w in text for w in ("周", "週", "星期", "礼拜", "禮拜"))
        # a weekday needs its day right after the week word (周二, 星期日, 上周末); 周边, 周年 and 一周 do not
        self.weekday = self.week and _WEEKDAY_CUE.search(text) is not None
        self.numeric = "/" in text or "." in text or "-" in text  # 2023/4/12, 2023.4.12, 2023-04-12


# the text before a date ends a sentence (…。 20日，): the date opens the next one
_SENTENCE_OPEN = re.compile(r"[。！？!?]\s*$")
_YEAR_PARTS = ("年初", "年底", "年末", "上半年", "下半年", "年内")
_YEAR_WORDS = ("同年", "当年", "是年", "该年", "次年", "翌年", "隔年", "第二年", "前一年", "上一年", "今年", "去年", "前年", "明年", "本年")
_TAKES_EFFECT = re.compile(r"\s*(?:起)?\s*(?:正式)?\s*(?:生效|施行)")
_MONTH_WORDS = ("本月", "上月", "上个月", "下月", "下个月", "次月", "翌月", "隔月", "同月", "当月")


def _day_of_month_named(t: Timex, prev: Timex | None, text: str, offset: int) -> bool:
    """t is a bare day written right after a resolved month word (上月 23日)."""
    return (prev is not None and prev.text in _MONTH_WORDS and prev.value is not None and len(prev.value) == 7
            and bool(t.parts) and t.parts[0] is None and not text[prev.end - offset : t.start - offset].strip())


# a year a heading names as a starting point (2022年以来), not as the year its section is about
_SINCE = re.compile(r"\s*(?:以来|以后|之后|以前|之前|前后|至今|起)")


class TimeResolver:
    """Walks a document in reading order, keeping the last stated date as the anchor."""

    def __init__(self, doc_date: str | None = None, story_undated: bool = False, news: bool = False):
        self.doc_date = doc_date
        # a news item under a dated dateline: a bare day of the dateline's own day is the story's
        self.news = news
        # a news item whose dateline gives no date that can be completed (（中央社慶州31日綜合外電報導）
        # with no stamp): the days and months of its story are of the dateline's unknown month and year,
        # so a bare one takes no date told in an earlier paragraph (background: 早在2021年11月…)
        self.story_undated = story_undated
        self.anchor: str | None = None  # the last date stated or derived (any precision)
        self.year_anchor: str | None = None  # the last date stated with its own digits
        self.calls = 0  # one call of `find` per paragraph
        self.year_anchor_call = -1  # the paragraph the year anchor was stated in
        self.day_anchor: str | None = None  # the last date stated to the day (同日, 次日 count from it)
        # the year of the last heading that names one year (2023年, 二、2023年大事记): a chronicle's
        # entries under it (3月5日，…) are of that year, not of the document's date
        self.section_year: str | None = None
        # the last day told within a week before the document's date: the day a news story is about,
        # to which a paragraph opening with 同日/当天 returns after a background date told months before
        self.story_day: str | None = None
        self.para_initial = False
        self.sentence_initial = False  # the expression opens a sentence (…。20日，…)
        self.told_month: str | None = None  # the anchor, when it is a month told with its year in prose
        # the date that opened the last entry (a paragraph starting with its date: 7日…, 十二月): a
        # chronicle's next bare day line (19日…) is of its month, not of a background date told inside it
        self.entry_anchor: str | None = None
        self.month_lines = False  # a line that is only a month (十二月, 3月): the text is a chronicle
        self.roc_era = False  # the text has written a year as 民国91年
        self.plan_cued = False  # the expression being resolved follows a plan cue (预计于4月11日)
        self.base_in_sentence = False  # the anchor was told earlier in the sentence of the expression being resolved

    def find(self, text: str, offset: int = 0, heading: bool = False, year_cell: tuple[int, int] | None = None) -> list[Timex]:
        """The time expressions of one block (a paragraph, or a `heading`), resolved in order; a table
        row's `year_cell` (the span of a bare 2022 under a 年份 column) is a year, as if it read 2022年."""
        self.calls += 1
        found: list[Timex] = []
        taken = bytearray(len(text) + 1)

        def add(t: Timex) -> None:
            if any(taken[t.start - offset : t.end - offset]):
                return
            taken[t.start - offset : t.end - offset] = b"\x01" * (t.end - t.start)
            found.append(t)

        if year_cell is not None:
            a, b = year_cell
            add(Timex(a, b, text[a - offset : b - offset], text[a - offset : b - offset], None, "absolute", "year"))
        has = _Cues(text)
        for m in DECADE4.finditer(text) if has.decade else ():
            y = int(m.group("y"))
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), f"{y:04d}", f"{y + 9:04d}", "decade", "decade"))
        for m in MONTH_RANGE.finditer(text) if has.month else ():
            y, mo, mo2 = _int(m.group("y")), _int(m.group("m")), _int(m.group("m2"))
            if y is None or not (mo and mo2 and 1 <= mo < mo2 <= 12):
                continue
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), _iso(y, mo), _iso(y, mo2), "range", "month"))
        for m in YEAR_RANGE.finditer(text) if has.year else ():
            y, y2 = int(m.group("y")), int(m.group("y2"))
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), f"{y:04d}", f"{y2:04d}", "range", "year"))
        for b in bracketed_dates(text, int(self.doc_date[5:7]) if self.doc_date and len(self.doc_date) >= 7 else None):
            if b.year is not None:  # 去（2023）年12月: the year in brackets is the date's own
                add(Timex(offset + b.start, offset + b.end, b.text, _iso(b.year, b.month, b.day), None, "absolute",
                          "day" if b.day else ("month" if b.month else "year")))
            else:  # 本（5）月10日: the document's year (a year back for 上（12）月 told in January)
                add(Timex(offset + b.start, offset + b.end, b.text, None, None, "relative", "day" if b.day else "month",
                          (b.month, b.day, None, None, -b.year_back, True)))
        for m in ROC.finditer(text) if has.year else ():
            self.roc_era = self.roc_era or bool(m.group("y"))  # 民国91年: later 94年5月 are of the Republic too
            y = int(m.group("y") or m.group("y3")) + 1911
            mo, d = _int(m.group("m")), _int(m.group("d"))
            if mo is not None and not 1 <= mo <= 12:
                continue
            end_value = _iso(y, _int(m.group("m2")) or mo, _int(m.group("d2"))) if d and m.group("d2") else None
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), _iso(y, mo, d), end_value,
                      "range" if end_value else "absolute", "day" if d else ("month" if mo else "year")))
        for b in two_digit_roc(text) if self.roc_era else ():
            add(Timex(offset + b.start, offset + b.end, b.text, _iso(b.year, b.month, b.day), None, "absolute", "day" if b.day else "month"))
        for m in ABSOLUTE.finditer(text) if has.year else ():
            y, mo, d = _int(m.group("y")), _int(m.group("m")), _int(m.group("d"))
            if y is None:
                continue
            value = _iso(y, mo, d)
            end_value = None
            if m.group("d2"):
                mo2 = _int(m.group("m2")) or mo
                y2 = _int(m.group("y2")) or (y + 1 if mo and mo2 and mo2 < mo else y)  # 12月31日至1月2日
                end_value = _iso(y2, mo2, _int(m.group("d2")))
            prec = "day" if d else ("month" if mo else "year")
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), value, end_value,
                      "range" if end_value else "absolute", prec))
        for m in NUMERIC.finditer(text) if has.numeric else ():
            value = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), value, None, "absolute", "day"))
        for m in DECADE.finditer(text) if has.decade else ():
            dec = _int(m.group("d"))
            if dec is None:
                continue
            century = 1900
            if m.group("cn"):
                century = {"19": 1800, "十九": 1800, "20": 1900, "二十": 1900, "21": 2000, "二十一": 2000}.get(m.group("cn"), 1900)
            y = century + dec
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), f"{y:04d}", f"{y + 9:04d}", "decade", "decade"))
        for m in MONTH_DAY.finditer(text) if has.month else ():
            mo, d = _int(m.group("m")), _int(m.group("d"))
            if mo is None or not 1 <= mo <= 12:
                continue
            parts = (mo, d, _int(m.group("m2")), _int(m.group("d2")))
            shift = {"次年": 1, "翌年": 1, "隔年": 1, "第二年": 1, "明年": 1, "去年": -1}.get(m.group("rel") or "", 0)
            kind = "relative" if m.group("rel") else "inherited"
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), None, None, kind, "day" if d else "month",
                      parts + (shift, m.group("rel") in ("今年", "去年", "明年"))))
        for m in DAY_BRACKETED.finditer(text) if has.day else ():
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), None, None, "inherited", "day",
                      (None, int(m.group("d")), None, None, 0, False)))
        for start, end, number, unit, back in counts(text) if has.after else ():
            n = 0.5 if number == "半" else _int(number)
            if n:
                add(Timex(offset + start, offset + end, text[start:end], None, None, "relative", "", after=(-n if back else n, unit)))
        for m in DAY_ONLY.finditer(text) if has.day else ():
            if text[m.end() : m.end() + 2] in ("以内", "之内") or text[max(0, m.start() - 2) : m.start()] in ("为期", "历时", "长达"):
                continue
            d, d2 = int(m.group("d")), (int(m.group("d2")) if m.group("d2") else None)
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), None, None, "inherited", "day",
                      (None, d, None, d2, 0, False)))
        for m in WEEKDAY.finditer(text) if has.weekday else ():
            day = weekday_date(self.doc_date, m.group("rel"), m.group("w"))
            # 上周末: the Saturday and Sunday of that week, a range of two days
            sunday = weekday_date(self.doc_date, m.group("rel"), "日") if m.group("w") == "末" and day else None
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), day, sunday, "range" if sunday else "relative", "day"))
        for m in WEEK.finditer(text) if has.week else ():  # 上周宣布: the month of that week, when it has one
            v = week_value(self.doc_date, m.group("rel"))
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), v, None, "relative", "month" if v and len(v) == 7 else "year"))
        for m in RELATIVE.finditer(text):
            add(Timex(offset + m.start(), offset + m.end(), m.group(0), None, None, "relative", ""))
        found.sort(key=lambda t: t.start)
        prev: Timex | None = None
        for t in found:
            if _day_of_month_named(t, prev, text, offset):
                # 上月23日, 本月7日, 次月5日: the day of the month just named, one expression
                d, d2 = t.parts[1], t.parts[3]
                y, mo = int(prev.value[:4]), int(prev.value[5:7])  # type: ignore[union-attr,index]
                prev.end, prev.text, prev.precision = t.end, text[prev.start - offset : t.end - offset], "day"  # type: ignore[union-attr]
                prev.value = _iso(y, mo, d)  # type: ignore[union-attr]
                if d2:
                    prev.value_end, prev.kind = _iso(y, mo, d2), "range"  # type: ignore[union-attr]
                starts = _FROM_ON.match(text, t.end - offset) and (_FROM_BEFORE.search(
                    text[max(0, prev.start - offset - 2) : prev.start - offset]) or _APPLIES_FROM.match(text, t.end - offset))  # type: ignore[union-attr]
                if not starts and not _PLAN_BEFORE.search(text[max(0, prev.start - offset - 6) : prev.start - offset]):  # type: ignore[union-attr]
                    # (自本月10日起加征…: the day a measure starts anchors nothing either, lead17)
                    self.anchor = self.year_anchor = self.day_anchor = prev.value  # type: ignore[union-attr]
                    self.year_anchor_call = self.calls  # (预计下月5日出访: a plan's own date anchors nothing)
                t.value = None
                t.kind = "merged"
                continue
            told_before, prev = prev, t
            k = t.start - offset
            if text.rfind("《", 0, k) > text.rfind("》", 0, k) and text.find("》", k) != -1:
                t.in_name = True  # neither an anchor for what follows nor a date of the act told
                continue
            if t.kind in ("absolute", "range") and t.precision == "year":
                before = text[max(0, t.start - offset - 4) : t.start - offset]
                after = text[t.end - offset : t.end - offset + 4]
                t.target = bool(_TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after))
            elif t.kind == "relative" and t.text in _YEAR_WORDS:
                # 比去年增长, 与去年同期相比: the baseline of a comparison
                before = text[max(0, t.start - offset - 4) : t.start - offset]
                t.target = bool(_TARGET_BEFORE.search(before) or text.startswith("同期", t.end - offset))
            # 宣布自9月1日起加征…, 宣布自2024年1月起暂停…: the day or month a measure takes effect does
            # not anchor the bare days and months after it
            starting = t.precision in ("day", "month") and _FROM_ON.match(text, t.end - offset) and (
                _FROM_BEFORE.search(text[max(0, t.start - offset - 6) : t.start - offset]) or _APPLIES_FROM.match(text, t.end - offset))
            planned = _PLAN_BEFORE.search(text[max(0, t.start - offset - 6) : t.start - offset]) or (
                t.precision == "year" and fronted_plan_year(text, t.start - offset, t.end - offset))
            if t.precision in ("day", "month") and _DEADLINE_AFTER.match(text, t.end - offset) \
                    and _DEADLINE_BEFORE.search(text[max(0, t.start - offset - 2) : t.start - offset]):
                t.target = planned = True  # 要求印度在3月15日前撤军: a deadline, no date of the act nor an anchor
            # 协定于2024年5月1日生效: the day a measure takes effect is no anchor for 同年/次月 after it either
            # (and a second date of a clause, of a noun after its verb: 同日宣布解除2019年7月实施的管制)
            passing = qualifies_a_noun(told_before, t, text, offset) or looks_back(told_before, t, text, offset)
            # an act recalled with 曾 is no paragraph date either, yet 同年 right after it may count from it
            # (双方曾于2019年签署协议，同年还建立了…)
            t.aside = passing or told_as_once(told_before, t, text, offset)
            state = self.save() if starting or planned or _TAKES_EFFECT.match(text, t.end - offset) or passing else None
            self.para_initial = not text[: t.start - offset].strip(" \t　")
            self.sentence_initial = _SENTENCE_OPEN.search(text, 0, t.start - offset) is not None
            self.plan_cued = bool(planned) and "原" not in text[max(0, t.start - offset - 8) : t.start - offset]  # (原计划于3月: a past plan)
            # 2021年12月宣布断交，并于同日与北京建交: a month told earlier in the same sentence is what 同日 refers
            # to, not a day told in an earlier sentence (probe14)
            self.base_in_sentence = told_before is not None and told_before.value is not None and \
                told_before.value == self.anchor and not re.search(r"[。！？!?；;]", text[told_before.end - offset : t.start - offset])
            self._resolve(t)
            if t.value and self.anchor == t.value:
                # a month told with its year in prose (去年11月, 2017年12月), not a chronicle's month heading,
                # nor the frame that opens a paragraph (去年11月，APEC会议在旧金山举行。拜登15日…): the bare
                # days after a frame are of its month, the paragraph is about that time
                frame = self.para_initial and text.startswith(("，", ","), t.end - offset)
                self.told_month = t.value if not heading and not frame and t.precision == "month" and (
                    t.kind in ("absolute", "range") or bool(t.parts and t.parts[5])) else None
            if self.para_initial and t.value and len(t.value) >= 7 and state is None:
                self.entry_anchor = t.value
            if t.value and len(t.value) == 10 and days_before(self.doc_date, t.value) in range(8):
                self.story_day = t.value
            if state is not None:
                self.restore(state)
                if starting and t.value and bool(t.parts and t.parts[5]):
                    # 去年…调查，今年7月5日起征收…。8月…: a year told from today (今年) is the year after it
                    # (not 宣布自2024年1月起暂停…。11月，…: a measure's own future year)
                    self.year_anchor, self.year_anchor_call = t.value[:4], self.calls
            elif self.anchor and len(self.anchor) == 10:
                self.day_anchor = self.anchor
        found = join_ranges([t for t in found if t.kind != "merged"], text, offset)
        if len(found) == 1 and found[0].precision == "month" and found[0].kind != "range" and found[0].text == text.strip():
            self.month_lines = True
        if heading:
            years = [t for t in found if t.value and t.kind in ("absolute", "range")]
            if len(years) == 1 and years[0].kind == "absolute" and not _SINCE.match(text, years[0].end - offset):
                self.section_year = years[0].value[:4]
        return found

    def save(self) -> dict:
        """Every anchor (the last date, year, day, month told, chronicle entry, story day…), to be
        restored after text whose dates must not anchor what follows (footnotes: a citation's 2020年版
        never dates the chronicle entry after the page's notes)."""
        return dict(self.__dict__)  # (the call count too: a footnote is no paragraph of the body)

    def restore(self, state: dict) -> None:
        self.__dict__.update(state)

    def _resolve(self, t: Timex) -> None:
        if t.kind in ("absolute", "range", "decade"):
            if t.kind != "decade" and not t.target:
                self.anchor = self.year_anchor = t.value
                self.year_anchor_call = self.calls
            return
        if t.after is not None:
            self._resolve_after(t)
            return
        if t.kind == "relative" and t.precision == "day" and not t.parts:
            if t.value:  # a weekday, already dated against the document's date
                self.anchor = t.value
            return
        if t.parts and t.parts[0] is None:
            # a bare day: the month of the last date stated, or of the document; never invented
            d, d2 = t.parts[1], t.parts[3]
            base = self._bare_day_month(d)
            if base is not None and self.sentence_initial and self.story_day and len(base) == 10 and self.doc_date \
                    and (days_before(self.story_day, base) or 0) > 30 and d <= int(self.doc_date[8:10]):
                base = self.story_day  # …19日举行会谈。两国今年7月28日曾同意停火。20日，…: back to the story's month
            if base is not None and base == self.told_month and background_month(self.doc_date, base) \
                    and self.doc_date and d <= int(self.doc_date[8:10]):
                base = self.doc_date  # 去年11月就任后…。他8日至12日访华: news days are of the story's month
            if base is not None and self.news and self.doc_date and len(self.doc_date) == 10 \
                    and d == int(self.doc_date[8:10]) and len(base) >= 7 and background_month(self.doc_date, base):
                base = self.doc_date  # （东京7月1日电）…韩国4月曾批评…。日本1日宣布…: the dateline's day, not April's (lead18)
            if base is None or len(base) < 7:
                if self.story_undated:
                    # (…早在2023年11月3日…。¶首相14日抵达，次日会谈: 次日 is after the unknown 14th, not the 4th)
                    self.anchor = self.day_anchor = None
                return
            t.value = _iso(int(base[:4]), int(base[5:7]), d)
            if d2:
                t.value_end, t.kind = _iso(int(base[:4]), int(base[5:7]), d2), "range"
            self.anchor = self.year_anchor = t.value
            self.year_anchor_call = self.calls
            return
        if t.parts:
            mo, d, mo2, d2, shift, from_today = t.parts
            base = (self.doc_date or self.section_year) if from_today else (self.year_anchor or self.doc_date)
            if not from_today and self.section_year and self.year_anchor_call != self.calls:
                base = self.section_year  # an entry under a year heading, in a paragraph naming no year of its own
            elif not from_today and self.plan_cued and not shift and self.doc_date and len(self.doc_date) >= 7 \
                    and self.year_anchor_call != self.calls and mo is not None:
                # 预计于4月11日出席 in a paragraph naming no year: the next such month from the document's date
                base = str(int(self.doc_date[:4]) + (mo < int(self.doc_date[5:7])))
            elif (
                not from_today
                and self.doc_date
                and len(self.doc_date) >= 7
                and self.year_anchor_call != self.calls
                and mo is not None
                and mo <= int(self.doc_date[5:7])
            ):
                # a bare month in a paragraph that states no year of its own is this year's
                # (the document's), not that of a background date in an earlier paragraph
                base = self.doc_date
            if not from_today and self.story_undated and self.year_anchor_call != self.calls and not self.section_year:
                base = None  # a month of an undated dateline's story: of its unknown year, not of a background year
            if base is None:
                return  # no year anywhere before it: never invent one
            y = int(base[:4]) + int(shift or 0)
            crosses = bool(d2 and mo2 and mo and mo2 < mo)  # 12月30日至1月2日: the range ends the next year
            if crosses and base == self.doc_date and mo > int(base[5:7]):
                y -= 1  # …told in January: it began last December
            t.value = _iso(y, mo, d)
            if d2:
                t.value_end = _iso(y + crosses, mo2 or mo, d2)
                t.kind = "range"
            self.anchor = self.year_anchor = t.value
            self.year_anchor_call = self.calls
            return
        word = _PRESS_DAYS.get(t.text, t.text)
        anchor = self.anchor
        today = self.doc_date
        if word in ("今年", "本年", "去年", "前年", "明年", "本月", "上月", "上个月", "下个月", "下月", "今天", "昨天", "昨日", "前天", "明天"):
            base = today
            if base is None and word in ("今年", "本年"):
                # an undated chronicle's entry (2024年 … 6月13日 承诺今年提供): the year it is about, if its
                # paragraph or its section heading names it; a year told paragraphs before in an undated
                # commentary (2018年…。…今年…) is background, not the writer's present
                base = self.year_anchor if self.year_anchor_call == self.calls else self.section_year
            elif base is None and word in ("去年", "前年", "明年"):
                base = self.section_year  # 去年4月 in an undated chronicle's 2024 section: 2023
        elif word in ("同年", "当年", "是年", "该年", "次年", "翌年", "隔年", "第二年", "前一年", "上一年") + _YEAR_PARTS:
            base = self.year_anchor or (self.doc_date if word in _YEAR_PARTS else None)  # 力争年内: this year  # "the following year" counts from the year the text is about
            if word in _YEAR_PARTS and self.story_undated and self.year_anchor_call != self.calls:
                base = None  # 年底 in an undated dateline's story: of its unknown year, not of a background one
        else:
            base = anchor
        if word in ("当天", "当日", "同日", "同一天", "次日", "翌日", "第二天", "前一天", "前一日", "后一天", "后一日") and base and len(base) < 10 \
                and self.day_anchor and self.day_anchor[:7] >= base[:7] and not self.base_in_sentence:
            # 24日，A出席…。据报道，B已于9月申请…。同日，…: 'the same day' is the last day told, not a month told in passing;
            # nor a background year or month told after it (26日开幕。该国2011年申请，2022年11月获接纳。当天，…)
            base = self.day_anchor
        if word in ("当天", "当日", "同日", "同一天") and self.para_initial and self.story_day and base and len(base) == 10 \
                and (days_before(self.doc_date, base) or 0) > 30:
            # 26日峰会开幕。…两国于7月28日达成停火。¶同日，…: a paragraph of a news story that opens with 'the
            # same day' after a background date months before the story returns to the story's day
            base = self.story_day
        if base is None:
            return
        if word == "前年":
            t.value, t.precision = _shift(base[:4], years=-2), "year"
        elif word in ("同年", "当年", "是年", "该年", "今年", "本年") + _YEAR_PARTS:
            t.value, t.precision = base[:4], "year"
        elif word in ("次年", "翌年", "隔年", "第二年", "明年"):
            t.value, t.precision = _shift(base[:4], years=1), "year"
        elif word in ("前一年", "上一年", "去年"):
            t.value, t.precision = _shift(base[:4], years=-1), "year"
        elif word == "同期":
            t.value, t.precision = base[:7], ("month" if len(base) >= 7 else "year")
        elif word in ("同月", "当月", "本月", "上旬", "中旬", "下旬", "月初", "月中", "月底", "月末"):
            if len(base) >= 7:
                t.value, t.precision = base[:7], "month"
        elif word in ("次月", "下月", "翌月", "隔月", "下个月"):
            if len(base) >= 7:
                t.value, t.precision = _shift(base[:7], months=1), "month"
        elif word in ("上月", "上个月"):
            if len(base) >= 7:
                t.value, t.precision = _shift(base[:7], months=-1), "month"
        elif word in ("当天", "当日", "同日", "同一天", "今天"):
            if len(base) == 10:
                t.value, t.precision = base, "day"
        elif word in ("次日", "翌日", "第二天", "明天", "后一天", "后一日"):
            if len(base) == 10:
                t.value, t.precision = _shift(base, days=1), "day"
        elif word in ("前一天", "前一日", "昨天", "昨日"):
            if len(base) == 10:
                t.value, t.precision = _shift(base, days=-1), "day"
        elif word == "前天":
            if len(base) == 10:
                t.value, t.precision = _shift(base, days=-2), "day"
        if t.value and t.precision == "year" and not t.target:
            # 回顾去年，…11月30日至12月6日出访: the bare months after a year word are of that year
            self.year_anchor, self.year_anchor_call = t.value, self.calls
        if t.value and word not in ("今年", "本年", "去年", "前年", "明年", "明天", "同期") and not (
                word in ("同年", "当年", "是年", "该年") and anchor and len(anchor) > 4 and anchor.startswith(t.value)):
            # (4月27日…，文在寅同年秋天访问平壤。¶次月7日…: 'the same year' keeps the month told, for 次月 after it)
            # a day told from the document's (昨日/前日…) is what 同日/次日 after it count from, and a month
            # so told (下月将赴…，并于同月访问…) is what 同月 after it names
            self.anchor = t.value


    def _bare_day_month(self, d: int) -> str | None:
        """The month of a bare day (14日): the last date stated, except where it opens a paragraph
        with no date before it: a chronicle's day line is of the month of the entry or month line
        before (not of a background year told inside that entry), and a dated news story's day is of
        the story's month, not of a background date told in a paragraph before (去年11月…。¶14日,…),
        unless that date is a day of the month before and the day lies after it or after the story's
        day (10月13日…。¶15日 in a story of 20 November: 15 October). A day
        half a month or more after the story's day, told with no plan cue, is of the month before."""
        anchor = self.anchor if self.anchor and len(self.anchor) >= 7 else None
        new_paragraph = self.year_anchor_call != self.calls
        if new_paragraph and self.story_undated:
            return None  # the story's day of an undated dateline: its month is not known (never guessed)
        if new_paragraph and self.month_lines and self.para_initial and self.entry_anchor and len(self.entry_anchor) >= 7:
            return self.entry_anchor
        doc = self.doc_date
        if anchor is None or (new_paragraph and not self.month_lines and doc and len(doc) == 10 and anchor[:7] != doc[:7]
                              and not (len(anchor) == 10 and anchor[:7] == _shift(doc[:7], months=-1)
                                       and (d > int(doc[8:10]) or d > int(anchor[8:10])))):
            anchor = doc
        if anchor and doc and len(doc) == 10 and anchor[:7] == doc[:7] and d - int(doc[8:10]) >= 15 and not self.plan_cued:
            return _shift(doc[:7], months=-1)  # 30日 told in a wire of 1 November, with no plan cue: 30 October
        return anchor

    def _resolve_after(self, t: Timex) -> None:
        """三天后 counts from the last day told, 两个月后 from its month, 三年后 from its year; a
        count finer than what the anchor states is not resolved (never invent a day)."""
        n, unit = t.after
        weeks = unit in ("周", "週", "星期")
        base = self.day_anchor if unit in ("天", "日") or weeks else self.anchor
        if n < 0 and self.doc_date and self.year_anchor_call != self.calls:
            base = self.doc_date  # 十年前，…首次提出 in a paragraph that told no date: ten years before the writing
        if base is None:
            return
        if unit in ("天", "日") or weeks:
            if len(base) < 10 or n != int(n):
                return
            t.value, t.precision = _shift(base, days=int(n) * (7 if weeks else 1)), "day"
        elif unit == "月":
            if len(base) < 7 or n != int(n):
                return
            t.value, t.precision = _shift(base[:7], months=int(n)), "month"
        elif abs(n) == 0.5:
            if len(base) < 7:
                return
            t.value, t.precision = _shift(base[:7], months=6 if n > 0 else -6), "month"
        else:
            t.value, t.precision = _shift(base[:4], years=int(n)), "year"
        self.anchor = t.value


def find_dates(text: str, doc_date: str | None = None) -> list[Timex]:
    """All time expressions of one text, resolved in reading order."""
    return TimeResolver(doc_date).find(text)
