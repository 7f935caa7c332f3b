"""The patterns of `timex`: how the genre writes a date (absolute, month and day, bare day, range,
decade, weekday, relative word, Republic of China year) and the cue words around one that make it a
plan's, a goal's or a deadline's; and the reading of a number written in Chinese digits. Shared by
the resolver (`timex`) and by the readers that look for dates before it runs (`layout.told_year`).
"""

from __future__ import annotations

import re

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# a year in Chinese numerals (二〇二四, 一九九七), as official and report front matter writes it
CN_YEAR = r"[一二][〇零○九][〇零○一二三四五六七八九]{2}"
_YEAR = r"(?P<y>(?:1[6-9]|20)\d{2}|" + CN_YEAR + ")"
_SEP = r"\s*"
_RANGE = r"\s*(?:[—–\-~～〜至到]|——)\s*"

_DAY_END = rf"(?:[日号]|(?={_RANGE}{_NUM}{_SEP}[日号]))"  # 6日, or the 6 of 6~7日
ABSOLUTE = re.compile(
    _YEAR + _SEP + r"年" + rf"(?:{_SEP}(?P<m>{_NUM}){_SEP}月(?:{_SEP}(?P<d>{_NUM}){_SEP}{_DAY_END})?)?"
    + rf"(?:{_RANGE}(?:(?P<y2>(?:1[6-9]|20)\d{{2}}){_SEP}年{_SEP})?(?:(?P<m2>{_NUM}){_SEP}月{_SEP})?(?P<d2>{_NUM}){_SEP}[日号])?"
)
# 2024年1—6月, 2023年3至5月: months of one year
MONTH_RANGE = re.compile(_YEAR + _SEP + r"年" + rf"{_SEP}(?P<m>{_NUM}){_SEP}月?{_RANGE}(?P<m2>{_NUM}){_SEP}月(?!{_SEP}{_NUM}{_SEP}[日号])")
# 1990年代, 2020年代: a decade written with its four digits
DECADE4 = re.compile(r"(?P<y>(?:19|20)\d0)\s*年代(?P<part>初|末|中期|中后期|后期|前期)?")
YEAR_RANGE = re.compile(r"(?P<y>(?:1[6-9]|20)\d{2})" + _RANGE + r"(?P<y2>(?:1[6-9]|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
NUMERIC = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d.])")
MONTH_DAY = re.compile(
    rf"(?P<rel>同年|当年|是年|该年|次年|翌年|隔年|第二年|今年|去年|明年)?{_SEP}(?<!\d)(?P<m>{_NUM}){_SEP}月(?:{_SEP}(?P<d>{_NUM}){_SEP}{_DAY_END})?"
    + rf"(?:{_RANGE}(?:(?P<m2>{_NUM}){_SEP}月{_SEP})?(?P<d2>{_NUM}){_SEP}[日号])?"
)
# a day of the month with neither month nor year (拜登10日在白宫…, 11日至12日): news style, dated by
# the month of the last date stated (the dateline). Not 30日内 / 为期10日 (durations), not 100日元.
DAY_ONLY = re.compile(
    r"(?<![\d.年第期为每近前至到—–\-~～〜])(?P<d>[1-9]|[12]\d|3[01])\s*(?:日(?:" + _RANGE + r")|(?:" + _RANGE + r"))?"
    r"(?:(?<=[—–\-~～〜至到])\s*(?P<d2>[1-9]|[12]\d|3[01]))?\s*日(?![元本圆内期前后间游程])"
)
# a weekday (拜登周二表示, 上周五, 下星期一): news style, dated against the document's own date
# (上周末/本週末: the Saturday and Sunday of that week; a bare 周末 names no week)
WEEKDAY = re.compile(r"(?P<rel>上个|上|本|这个|这|下个|下)?(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天]|(?<=[上本这下个]周|[上本這下個]週)末)(?![本方年边期末])")
WEEK = re.compile(r"(?P<rel>上个|上|本|这个|这|下个|下)(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天末年边邊期刊报報围圍])")
DECADE = re.compile(r"(?P<c>上世纪|上个世纪|(?P<cn>(?:19|20|21|十九|二十一|二十))世纪)?\s*(?P<d>\d0|[一二三四五六七八九]十)\s*年代(?P<part>初|末|中期|中后期|后期|前期)?")
RELATIVE = re.compile(
    r"同年|当年|次年|翌年|第二年|前一年|上一年|今年|去年|前年|明年|本年|"
    r"同月|当月|本月|次月|下月|翌月|上月|上个月|下个月|上旬|中旬|下旬|月初|月中|月底|月末|"
    # that year (是年, 该年: written and Hong Kong usage, as 同年); Taiwan press: 隔年/隔月 is the next year
    # or month (隔年2月, 隔月即宣布…), not 隔年举行/隔月一次 (every other year or month)
    # (是年 only opening a clause: not 这是年度…, 但是年轻…; not 应该年内)
    r"是年(?<![^，。；：,;:\s（(]是年)(?![度轻龄代纪份])|该年(?<!应该年)(?![轻龄度])|隔年(?!举行|举办|召开|轮流|一次|一届|一度)|隔月(?!举行|举办|召开|一次)|"
    # (not 同日本/同日方, 当日本…时, 其次日本: 同 with Japan, 当 when Japan…; as 前日 below is not 前日本;
    # 同日美方宣布 stays the same day: 美方 is a word of its own; so does 同日本港…, 当日本地…: the
    # day, then Hong Kong's 本港 or 本地)
    r"当天|当日(?!方|本(?![港地报報周週刊台臺市省届屆次轮輪]))|同日(?!方|本(?![港地报報周週刊台臺市省届屆次轮輪]))|同一天|"
    r"次日(?!方|本(?![港地报報周週刊台臺市省届屆次轮輪]))|翌日|第二天|前一天|前一日|后一天|后一日|今天|昨天|昨日|前天|明天|"
    # Hong Kong and Taiwan press: 今日 is today, 前日 the day before yesterday (not 此前日本, 前日本首相,
    # 时至今日, nor the names 今日美国 / 今日俄罗斯)
    # (each alternative opens with its literal, the look-behind after it: a look-behind first would
    # make the engine try every position of every paragraph)
    r"今日(?<!至今日)(?!美国|俄罗斯|中国|世界|头条|方|本(?![港地报報周週刊台臺市省届屆次轮輪]))|前日(?<![此之目提日事以空当眼先从向面生年月]前日)(?![本方军韩美中菲越俄籍元圆语文企相内])|"
    # Taiwan press: 隔天/隔日 is the next day (世卫组织隔天发表声明), not 间隔天数 nor 隔日一次
    r"隔天(?<![间相]隔天)(?!数)|隔日(?<![间相]隔日)(?!一次|一|数)|"
    # a part of the year (年底的美国—东盟峰会, 同年年初): the year told, at year precision (guidelines);
    # not 三年内 nor 半年内 (a length)
    r"年初|年底|年末|上半年|下半年|年内(?<![一二两三四五六七八九十\d几数多近半]年内)|"
    # that evening, last night, tonight (当晚，两国领导人共进晚餐; 昨晚 in the Hong Kong press)
    r"当晚|昨晚|今晚|前晚(?<![此之目提以事]前晚)|"
    # this morning (苏林今早在总统府会谈; not 今早些时候, the earlier part of today told as a span)
    r"今早(?!些)|今晨|"
    # at the time of the incident just told (事发时，中方在周边部署了多艘船只): that day
    # (spelt out for each word: an alternative that opens with a group keeps the engine from
    # skipping ahead to the first characters the alternatives can start with)
    r"事发(?:当时|當時|时|時)|事發(?:当时|當時|时|時)|案发(?:当时|當時|时|時)|案發(?:当时|當時|时|時)|"
    # at the same time as the date told (美方同期警告称): its month, or its year when only a year was
    # told; not 共同期待, nor the baseline of a comparison (去年同期, 同期相比, 同期增长)
    r"同期(?<!共同期)(?<!年同期)(?!相比|相較|相较|比|增|減|减|下降|上升|水平|数据|數據)"
)
# the press words of RELATIVE that read as their mainland forms
_PRESS_DAYS = {"今日": "今天", "前日": "前天", "隔天": "次日", "隔日": "次日", "当晚": "当天", "昨晚": "昨天", "今晚": "今天", "今早": "今天", "今晨": "今天", "前晚": "前天",
               **{w + t: "当天" for w in ("事发", "事發", "案发", "案發") for t in ("当时", "當時", "时", "時")}}
# Taiwan and Hong Kong press: 昨（10）日, 今(11)日: the day is written out in brackets
DAY_BRACKETED = re.compile(r"[昨今明前]\s*[(（]\s*(?P<d>[1-9]|[12]\d|3[01])\s*[)）]\s*日")
# Republic of China years (Taiwan official usage): 民国112年 = 2023; a bare three-digit year with a
# month (112年8月) is one too — no Gregorian year of the genre has three digits
ROC = re.compile(
    r"(?:(?:民国|民國)\s*(?P<y>\d{1,3})|(?<![\d.])(?P<y3>1[01]\d)(?=\s*年\s*\d{1,2}\s*月))\s*年"
    rf"(?:{_SEP}(?P<m>\d{{1,2}}){_SEP}月(?:{_SEP}(?P<d>\d{{1,2}}){_SEP}{_DAY_END})?)?"
    # 民國113年5月26日至27日, 5月26日至6月2日: a range of days
    rf"(?:{_RANGE}(?:(?P<m2>\d{{1,2}}){_SEP}月{_SEP})?(?P<d2>\d{{1,2}}){_SEP}[日号])?"
)
# a year stated as a deadline or goal (到2030年, 最早在2027年, 2050年前/之前/以前, 2060年目标) or as the
# baseline of a comparison (比2005年下降): it dates a plan or a figure, not the narrative
_FROM_ON = re.compile(r"\s*起")
# 7月5日起征收…: a measure's verb right after 起 makes the day the one it applies from, as 自…起 does
# (also after its target: 7月5日起对中国电动车临时征收…)
# (lead17: 课征/加收, Taiwan and Hong Kong usage: 7月5日起对中国电动车临时课征反补贴税)
_APPLIES_FROM = re.compile(r"\s*起\s*(?:对[^，。；,;]{1,20}?)?(?:正式|开始|临时|额外|另外|全面|进一步)?\s*(?:征收|加征|开征|课征|加收|实施|施行|执行|适用|禁止|暂停|停止)")
# a plan cue right before a date (将于明年4月访问, 預計11月1日與…會談, 拟在2027年): the date is the plan's
# own, and the story told after it goes on at the dates told before it
_PLAN_BEFORE = re.compile(r"(?:将|將|拟|擬|计划|計劃|预计|預計|有望|准备|準備|打算|定于|定於|订于|訂於)\s*(?:于|於|在|从|從|自)?\s*$")
_TARGET_BEFORE = re.compile(r"(?:到|至|力争在|力争于|力争|最早|最迟|最早在|最迟在|不晚于|截至|比|较|相比|相较于|与)\s*$")
_TARGET_AFTER = re.compile(r"^\s*(?:前|之前|以前|目标|的目标|实现|达到|达成|碳|净零|零排放)")
# 在3月15日前撤出, 于月底前完成: a day or month before 前 after 在/于 is a deadline (not 前往, 前夕)
_DEADLINE_BEFORE = re.compile(r"(?:在|于|於)\s*$")
_DEADLINE_AFTER = re.compile(r"\s*(?:之|以)?前(?![往来來夕后後线線景任])")


def to_int(s: str | None) -> int | None:
    """A number written in digits or in Chinese (2023, 二〇二三, 十二, 二十三), or None."""
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):  # 二〇二三
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    # 十, 十一, 二十, 二十三
    total, cur = 0, 0
    for c in s:
        if c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c in _CN_DIGITS:
            cur = _CN_DIGITS[c]
        else:
            return None
    return total + cur


# a year opening a clause whose verb is a plan's (2027年论坛第十届部长级会议将在刚果共和国举行: lead17) is the plan's
# own date, as in 将于2027年, never the year of what follows; 将 of a 把-phrase (2013年两国将关系提升为…) is no plan
_OPENS_CLAUSE = re.compile(r"(?:^|[，。；：,;:\n])\s*$")
_PLAN_LATER = re.compile(r"[，,]?[^，。；,;《“「]{0,24}?(?:将(?:在|于|会|要|赴|前往|举行|召开|举办|访问|出席)|拟|计划(?!》|”|」)|预计|定于|有望)")


def fronted_plan_year(text: str, start: int, end: int) -> bool:
    """The year at text[start:end] opens its clause and the clause goes on to a plan (see above)."""
    return bool(_OPENS_CLAUSE.search(text[max(0, start - 2) : start]) and _PLAN_LATER.match(text, end))
