"""Attributes of an event beyond its parties: relationship labels, dates, quantities, source."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from ..actors.resolve import Mention
from ..timex import Timex
from ..timex_patterns import _APPLIES_FROM  # (one pattern: the date reader and the effective-date reader agree)
from .lexicon import Lexicon

_ORG_KINDS = ("organisation", "grouping", "mechanism")
_DOC_KINDS = ("agreement", "law", "initiative")


def spec_direction(lex: Lexicon, etype: str) -> str:
    return lex.types[etype].direction


_PLAN_FRAME = re.compile(
    r"承诺|计划|拟|打算|致力于|将(?=[^，。；;：:]{0,3}(?:开展|举行|建立|发起|推进|推动|改进|加强|继续|成立|启动|提供|签署|制定|召开|实施|增加|扩大|进行|设立|探讨|寻求|共同|进一步|于|会|要))")


_QUOTED_NAME = re.compile(r"“[^“”]*”|「[^「」]*」|《[^《》]*》|\"[^\"]*\"")


def _list_frame(head: str) -> str:
    """The frame of a list that a sentence opens (it ends with ；): 三国将改进沟通机制：举行…；发起…
    or 宣布了一些…的计划：…；… make every item a plan; 联合声明阐述了议程：…；… reports acts."""
    head = head.rstrip()
    if not head.endswith(("；", ";")):
        return "asserted"
    # (a name that ends in 计划 is no plan: 宣布共同开发…，即“全球空战计划”；…, absent11)
    head = _QUOTED_NAME.sub("", head)
    return "planned" if _PLAN_FRAME.search(head) else "asserted"


def _object_head(after: str) -> str:
    """The object phrase right after a speech verb, up to the verb or preposition of an act it
    introduces (宣布将…, 宣布向…, 宣布了关于…)."""
    masked = re.sub(r"“[^“”]*”|「[^「」]*」|《[^《》]*》|\([^()]*\)|（[^（）]*）", lambda m: "名" * len(m.group()), after)
    k = re.search(r"将|要|把|与|同|向|为|关于|通过|对|在|从|已|正式|全面|成立|启动|建立|设立|激活|发起|推出|组建|构建|打造|提升|升级", masked)
    # (not inside a name: “基础设施与投资…”; 宣布已激活…: the later verb tells the act)
    return after[: k.start()] if k else after


def _decade(t: Timex, text: str) -> bool:
    return t.kind == "decade" or text[t.end : t.end + 1] == "代"


def _int_zh(n: str) -> int | None:
    if n.isdigit():
        return int(n)
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if n == "十":
        return 10
    if "十" in n:
        a, _, b = n.partition("十")
        return digits.get(a, 1) * 10 + digits.get(b, 0)
    return digits.get(n)


def _label_before(before: str, suffixes: list[str]) -> str | None:
    before = before.rstrip("”」』\" ")
    for suf in sorted(suffixes, key=len, reverse=True):
        if before.endswith(suf):
            return suf
    return None


def _label_after(after: str, suffixes: list[str]) -> str | None:
    for suf in sorted(suffixes, key=len, reverse=True):
        k = after.find(suf)
        if k != -1 and k <= 32:  # (提升为携手构建更公正世界和更可持续星球的中巴命运共同体)
            head = after[:k]
            # (建立和提升对话伙伴关系: a coordinated verb of the same act opens no label)
            head = re.sub(r"^(?:了|为|至|到|起|两国|双方|的|[“「『\"]|\s|[和与并及](?:提升|升级|发展|深化|巩固|建立|加强)(?:为|至|到)?)+", "", head)
            label = (head + suf).strip("“”「」『』\"")  # (「」『』: Taiwan and Hong Kong quotation marks)
            return label if len(label) <= 24 else suf
    return None


def _named_programme(label: str, after: str, field_words: list[str], after_mentions: list[Mention]) -> bool:
    """建立“海底电缆伙伴关系”, 宣布建立“澳英美三边安全伙伴关系”: a partnership named for a field of
    work, or one the gazetteer knows as a grouping or mechanism, is a programme or body launched
    (ESTABLISH), not a tier of relations (全面战略伙伴关系: ALIGN)."""
    k = after.find(label)
    if k == -1:
        return False
    if any(m.kind in _ORG_KINDS + _DOC_KINDS and len(m.text) >= 4 and label.endswith(simplify(m.text)[-4:]) for m in after_mentions):
        return True  # the gazetteer names it as a body: 三边安全伙伴关系 (AUKUS), not 东盟 inside 中国—东盟…
    return any(simplify(w) in label for w in field_words)


_EFFECTIVE_AFTER = re.compile(r"\s*(?:起|开始)?\s*(?:正式)?\s*(?:生效|实施|施行|执行|实行)")


def _effective_time(text: str, times: list[Timex], s: int, e: int, etype: str = "",
                    clause: tuple[int, int] | None = None) -> Timex | None:
    """The time in the sentence that a measure takes effect (…自8月1日起生效, 于2022年1月1日正式生效);
    for a sanction or a policy also a day it applies from (宣布自9月1日起对…加征关税), in the act's own
    `clause` when given (…展开调查，7月5日起征收关税: the day the duties apply from is not the probe's)."""
    for t in times:
        if s <= t.start < e and t.value and _EFFECTIVE_AFTER.match(text, t.end):
            return t
    for t in times:  # 《协定》的签署（2022年1月）与生效（2023年8月）: the date bracketed after 生效
        if s <= t.start < e and t.value and re.search(r"生效\s*[（(]\s*$", text[max(s, t.start - 6) : t.start]):
            return t
    if etype in ("SANCTION", "POLICY"):  # (a JOIN only by the rule below: a decision dated before its start day)
        a, b = clause or (s, e)
        for t in times:
            if a <= t.start < b and applies_from(text, t, s):
                return t
    if etype == "JOIN":
        # 2023年8月，峰会决定邀请六国自2024年1月1日起成为正式成员: the membership starts then, the
        # admission is dated by the decision told before (a lone 自2001年起成为成员 keeps its date)
        a, b = clause or (s, e)
        for t in times:
            if a <= t.start < b and t.value and len(t.value) >= 7 and _MEMBER_FROM.match(text, t.end) \
                    and re.search(r"[自从]\s*$", text[max(s, t.start - 2) : t.start]) \
                    and any(o.value and s <= o.start < t.start for o in times):
                return t
    return None


# 自2024年1月1日起成为正式成员, 从明年1月起正式加入: a membership's first day
_MEMBER_FROM = re.compile(r"\s*起\s*(?:正式)?\s*(?:成为|成為|加入|入会|入會)")


def applies_from(text: str, t: Timex, s: int) -> bool:
    """自9月1日起, 7月5日起征收…: a day a measure applies from (the measure's verb right after 起
    needs no 自), which dates no act of the sentence."""
    if not t.value or not re.match(r"\s*起", text[t.end : t.end + 2]):
        return False
    if len(t.value) == 7:  # 自2024年1月起暂停…: a month a measure applies from, with its verb right after
        return bool(re.search(r"[自从]\s*$", text[max(s, t.start - 2) : t.start]) and (
            _APPLIES_FROM.match(text, t.end) or re.match(r"\s*起\s*[对向]", text[t.end : t.end + 4])))
    return bool(len(t.value) == 10 and (re.search(r"[自从由]\s*$", text[max(s, t.start - 2) : t.start]) or _APPLIES_FROM.match(text, t.end)))


def _nearest_time(times: list[Timex], pos: int) -> Timex | None:
    before = [t for t in times if t.start <= pos]
    if before:
        return before[-1]
    return times[0] if times else None


# (lead12: and an announcement of what another party does, 巴西宣布，越南正式成为伙伴国)
_CLAIM_VERB = re.compile(r"(?:称|宣称|声称|指称|指出|透露|披露|表示|说|宣布)\s*[，,:：]")
# what may stand between a claimant and its verb: a time, a venue or medium (赫格塞斯其后在社交媒体表示,
# 美国国务院发言人17日在声明中称, 洪森当天对记者说)
# (lead19: an English gloss in brackets, 参谋总长布劳纳（Romeo Brawner Jr.）19日表示, and a title after the organ)
_CLAIM_GAP = re.compile(r"(?:[（(][^（）()]{1,40}[）)]|参谋总长|部长|发言人|新闻发言人|新闻秘书|官员|负责人|其后|随后|此后|事后|会后|当天|当日|次日|同日|今天|昨天|日前|近日|(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日|"
                        r"在[^，。；]{1,10}?(?:上|中)|在社交媒体|对记者|向媒体|对媒体|接受[^，。；]{1,8}?采访时|也|还|则|亦|再次|公开|发文)*$")
# a claimant named by what it is, not by a name (韩国媒体, 知情人士, 菲律宾官员, 西方外交官) right before the verb
_UNNAMED_SOURCE = re.compile(r"(?:^|(?<=[，。；,;\s]))(?P<who>[\u4e00-\u9fff]{0,8}?(?:媒体|媒體|消息人士|知情人士|外交官|官员|官員|"
                             r"消息来源|消息來源|报纸|報紙|通讯社|通訊社|分析人士))$")


_JOINT_CLAIM = re.compile(r"[^，。；,;]{0,12}?(?:与|和|同|及)[^，。；,;]{0,16}")
_WHEN_SAID = re.compile(r"(?:当地时间)?(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日$|(?:今天|今日|昨天|昨日|日前|近日)$")


def _source(text: str, s: int, t0: int, mentions: list[Mention], actors: frozenset[str] = frozenset()) -> str | None:
    """The claimant of an attributed statement: 据X报道… (据报道 itself when no one is named), or
    X称/X表示，… where X (a state, organ,
    person or body named right before the verb) is not itself a party of the act it reports
    (日本防卫省称，中国海军舰艇穿越宫古海峡: the Japanese ministry claims a Chinese act)."""
    # (据消息人士透露: the sources are the claimant, not 消息 ending an empty name)
    # (据白宫公布的说明: the issuer of a statement or fact sheet the claim is taken from)
    m = re.search(r"据([^，。]{0,20}?)(?:报道|报导|消息(?!人士)|称|透露|披露|援引|(?:公布|发布|发表)的(?:说明|声明|公告|新闻稿|简报|文件))",
                  text[s:t0])
    if m and not m.group(1):
        return m.group(0)  # 据报道 names no one: the claim is still reported, not asserted by the text
    if m:
        return _WHEN_SAID.sub("", m.group(1)) or m.group(1)  # 据朝中社1日报道: the agency, not its day
    for v in reversed(list(_CLAIM_VERB.finditer(text, s, t0))):
        who = [x for x in mentions if x.start >= s and x.end <= v.start() and _CLAIM_GAP.fullmatch(text, x.end, v.start())]
        if who:
            key = who[-1].country or who[-1].id
            if any(x.end <= who[-1].start and x.start >= s and _JOINT_CLAIM.fullmatch(text, x.end, who[-1].start) for x in mentions):
                return None  # 普拉博沃在布鲁塞尔与冯德莱恩宣布，…: a joint announcement by the parties (lead12)
            if key not in actors:
                return who[-1].text
            if who[-1].end == v.start():
                return None  # the party says it itself
            # (菲律賓官員透露，菲方已…: the officials, unnamed, below)
        unnamed = _UNNAMED_SOURCE.search(text, s, v.start())
        if unnamed is not None:
            return unnamed.group("who")  # 韩国媒体称，…; 知情人士说，…: the press or sources, unnamed
    return None


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]
