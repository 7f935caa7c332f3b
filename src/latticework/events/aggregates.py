"""Repeated acts told as one: an adverb of repetition or habit (多次, 频繁, 屡屡, 一再) governing the
trigger's verb phrase makes a tally of acts, which the guidelines leave out (aggregates are not
events), unless the sentence pins it to one day (8月31日…多次冲撞: one encounter, one incident)."""

from __future__ import annotations

import re

from .clauses import previous_clause_start

# adverbs of repetition or habit (simplified script: matching runs on the simplified view); not 接连,
# 先后, 相继, which order distinct acts (接连发布《国家安全战略》《印太战略》: one per document)
# (prec13: 持续 "keep on doing", 美国持续对华实施出口管制, 友邦元首持续访台: a habit, not one act)
# (一向/向来/历来 "always": 美日两国一向通过“2+2”会谈协调立场, a standing practice)
# (滥用/动辄/挥舞/大搞 "abuse, at every turn, brandish": 美国滥用出口管制, 动辄对他国实施制裁, a practice characterised)
# (prec14: 通常/往往/总是/惯于 "usually, tend to": 中国通常在美国高官访台后举行军演, a habit described; 每年都 "every year":
# 美菲每年都举行联合军演, a standing series, where 每年举行一次 is a frequency below)
_REPEATED = (r"(?:多次|屡次|屡屡|一再|频频|频繁|多番|数度|再三|反复|不断|经常|常态化|不时|持续|一向|向来|历来|一贯|滥用|动辄|挥舞|大搞"
             r"|通常|往往|总是|总会|惯于|习惯于|每每|每年都|每年均|(?<![今去明当同本])年年都)")
# what may stand between the adverb and the trigger in one verb phrase: the grounds (以…为由), a
# target, place or partner (对/向/在/与/同/就/从/朝 + a phrase), a manner adverb or a light verb
_BETWEEN = (r"(?:以[^，。；]{1,14}?为由|[对向在与同就从朝][^，。；]{1,16}?"
            r"|通过[^，。；]{1,16}?|公开|强行|蓄意|危险|粗暴|无端|恶意|实施|进行|采取|使用|发动|举行|提出|表示|发表|派遣|派出|出动|加码|加大|升级|\s)*?")
_REPEATED_PHRASE = re.compile(_REPEATED + _BETWEEN + r"$")
# how far before the trigger the adverb may stand: the phrase is short, and the lazy tiling of a long
# stretch that fails would take time exponential in its length
_REACH = 28
# a clause that goes on from the one before, sharing its subject and adverbs
_GOES_ON = re.compile(r"\s*(?:并且|并|且|还|也|同时)")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_AGREED_FREQUENCY = re.compile(r"同意|确定|决定|承诺|商定|约定|宣布|一致|将")
# prec13: how often acts recur (每年举行一次, 每两年召开一次, 每季度会晤两次): a rule or a habit, not one act
_FREQUENCY = re.compile(r"每(?:年|届|季度?|月|半年|周|隔?[一二两三四五\d]+年)[^，。；,;]{0,10}?[一二两三四\d]+\s*次")


# prec14: an act told as what happens whenever another does (每当美国对台军售，中国都会宣布制裁…; 每逢…就…):
# both the condition and the response are a habit, in the 每当-clause or the clause after it
_WHENEVER = re.compile(r"(?:每当|每逢|每一次|每次)[^。；;？！?!]{0,40}$")


def repeated_acts(text: str, clause_start: int, t0: int) -> bool:
    """多次以国家安全为由对中国企业实施制裁, 频繁对菲律宾船只使用水炮: the trigger is governed by an
    adverb of repetition in its clause, across the grounds, targets and light verbs of its phrase; or
    its clause goes on (并…) from a clause whose verb is repeated (多次表示强烈不满，并以出口管制作为回应)."""
    if _REPEATED_PHRASE.search(text, max(clause_start, t0 - _REACH), t0):
        return True
    if _WHENEVER.search(text, max(0, t0 - 40), t0):
        return True  # 每当…，…都会…: a habit (prec14)
    if not _GOES_ON.match(text, clause_start):
        return False
    prev = previous_clause_start(text, clause_start, 0, "，,；;。\n")
    return bool(re.search(_REPEATED, text[prev:clause_start]))


def pinned_to_a_day(t0: int, times: list) -> bool:
    """A day told before the trigger in its sentence (8月31日，…多次冲撞) makes the repetitions one
    encounter on that day, which is an event."""
    return any(t.start < t0 and _DAY.match(t.value or "") and not t.target for t in times)


def told_as_frequency(text: str, clause_start: int, t0: int, t1: int, clause_end: int) -> bool:
    """中日韩领导人会议原则上每年举行一次, 东盟峰会通常每年举行两次: the trigger's phrase tells how often the
    act recurs (a body's rule or a habit), which is no one happening. Not a frequency agreed or set
    (同意每年至少举行一次三边峰会, 联合声明确定三国每年…: a commitment the gold sets code as planned)."""
    for m in _FREQUENCY.finditer(text, clause_start, clause_end):
        if (m.start() <= t0 < m.end() or t1 <= m.start() <= t1 + 8) and not _AGREED_FREQUENCY.search(text, clause_start, m.start()):
            return True
    return False


# (moved from checks.py at the twelfth session's split: the tallies and inventories a trigger may sit in)
# (多轮谈判, 数次会晤, 几轮磋商: an unstated count of three or more)
_COUNT = re.compile(r"(?<![第\d])(?:累计|共计|总共|共)?\s*(?P<n>[三四五六七八九十百]+|\d+|多|数|几|若干)\s*(?:多)?\s*[次轮场](?!\s*[会对谈]?\s*[的])")
_TALLY = re.compile(r"累计|共计|总共|逾|超过|多达")
# rounds of talks told as what came before the act (经过五轮谈判后, 历经十轮磋商之后)
_ROUNDS_BEFORE = re.compile(r"\s*(?:的)?\s*(?:谈判|磋商|会谈|商谈|协商)\s*(?:后|之后|以后)")
_REPEATED_WORDS = re.compile(r"多次|屡次|屡屡|一再|频频|多番|数度|再三")
# (此后逐年召开, 年年举行: held year after year, a habit, whatever day the sentence names; not 每年, which a
# promise keeps: 同意每年举行…)
# (lead18: not the 年年 of 今年年初, 去年年底, 明年年中: a year, then a part of it)
_YEARLY = re.compile(r"逐年|(?<![今去明当同本])年年(?![初底末中内])|历年")
_NUMERALS = {"三": 3, "四": 4, "五": 5, "六": 6, "3": 3, "4": 4, "5": 5, "6": 6}
_INVENTORY = re.compile(r"^[^，。；：]*?等[^，。；]{0,8}?(?:机制|平台|渠道|方式|对话机制|合作机制)")


def _aggregate_or_list(text: str, t0: int, t1: int, clause_start: int, clause_end: int, etype: str, times: list) -> bool:
    """A count of sessions (举行了四次会议, 累计召开, 多轮谈判), repeated acts (aggregates.py) or an
    inventory of channels (通过A、B等机制): no one happening told (moved here from checks.py)."""
    w0 = max(clause_start, t0 - 14)  # (多轮“2+2”部长级对话: the count before a quoted name and a rank)
    window = text[w0 : min(clause_end, t1 + 8)]
    for m in _COUNT.finditer(window):
        # (looked up in the text, not the window: 第二十五次会议 may begin before the window does)
        if re.search(r"第\s*[〇零一二两三四五六七八九十百\d]*$", text[max(clause_start, w0 + m.start("n") - 12) : w0 + m.start("n")]):
            continue  # 第 13 次: an ordinal names one session
        if w0 + m.end() <= t0 and _ROUNDS_BEFORE.match(text, w0 + m.end()):
            continue  # 经过五轮谈判后于2017年签署: the rounds lead up to the act, which is one (lead12)
        n = m.group("n")
        if n in ("多", "数", "几", "若干") and pinned_to_a_day(t0, times):
            continue  # 8月31日…多次冲撞: repetitions within one day's encounter
        count = int(n) if n.isdigit() else 2 if n in ("二", "两") else 3
        if n in _NUMERALS and len({t.value for t in times if clause_start <= t.start < t0 and t.value}) == _NUMERALS[n]:
            continue  # 在2018年、2019年和2025年三次加征: as many dates as the count, each act told (lead18)
        if count >= 3 or _TALLY.search(window):
            return True
    before = text[clause_start:t0]
    if _YEARLY.search(before[-12:]):
        return True
    if (_REPEATED_WORDS.search(before[-12:]) or repeated_acts(text, clause_start, t0)) and not pinned_to_a_day(t0, times):
        return True  # 多次表示强烈不满, 屡次访问: repeated acts told as one are an aggregate (guidelines)
    if told_as_frequency(text, clause_start, t0, t1, clause_end):
        return True  # 领导人会议原则上每年举行一次: how often a body meets, its rule (aggregates.py)
    return etype == "CONSULT" and ("通过" in before or "包括" in before) and bool(_INVENTORY.match(text[t1:clause_end]))
