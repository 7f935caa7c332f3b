"""Names the gazetteer lacks, discovered in the text.

People introduced with a role title (外长X, 总统X) where X looks like a name (a surname first, or a
transliteration); organisations, documents and initiatives in 《》 or quotation marks that end in a
formal suffix (…委员会, …协定, …倡议), with editions of known documents (《2024财年国防授权法》);
and bodies named in running text after a region word (南太平洋…理事会) where the context shows the
body is named as such (成立…, …召开). Generic names of types (贸易协定, 双边战略对话) are not names.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import sub
from typing import Sequence

from ..lexicon import is_common_non_name
from .citations import source_cue
from .gazetteer import STATE_KINDS, Entity, Gazetteer, pair_name, simplify
from .mention import Mention, by_end, by_start

_HAN_NAME = r"[\u4e00-\u9fff]{2,3}"
# a transliterated name of four or five characters written without a dot (外长安吉米亚, 发言人佩斯科夫):
# taken only when every character is a transliteration character (checked in `find`)
_LONG_NAME = r"[\u4e00-\u9fff]{4,5}"
# (a time word often stands between a name and its verb: 佩斯科夫同日表示, 安吉米亚今天在北京…)
_NAME_END = (r"(?:[，。、；：（(“”的]|在|与|和|于|说|称|表示|指出|会见|会晤|访问|出席|宣布|会谈|致电|举行|签署|发表|强调|认为|重申|同|就|将|已|也|还|对|向|率|一行|等人"
             r"|今天|今日|昨天|昨日|当天|当日|同日|日前|近日|随后|则|亦)")
# a transliterated name (戴维·拉米) ends where a verb or a function word of its clause begins (戴维·拉米出席会议:
# not 拉米出席会议), or where Chinese characters end
_TRANSLIT = r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}?){1,3}(?=" + _NAME_END + r"|[^\u4e00-\u9fff·]|$)"

# what shows a title in a note to be a text of states or meetings, not a study: the states' or
# governments' names, a numbered session, or the type words of such texts before their suffix
_STATED_TEXT = re.compile(r"政府|共和国|王国|联邦|第[一二三四五六七八九十百\d]+[次届轮]|峰会|会议|领导人|外长|联合宣言|联合声明|联合公报|"
                          r"[协公条]约$|协定$|议定书$|宣言$")

# (a statistical communiqué or a yearbook cited as a source stays a cited work)
_DATA_SOURCE = re.compile(r"统计|年鉴|报告|数据")

# words that make up names of types (自由贸易协定, 双边战略对话), not of one body or document
_GENERIC = sorted(("自由贸易", "贸易", "经济", "经贸", "安全", "合作", "伙伴", "关系", "双边", "三边", "四边", "多边", "区域",
                   "地区", "国际", "全面", "战略", "防务", "军事", "投资", "框架", "联合", "共同", "相互", "互惠", "保护",
                   "情报", "安保", "政策", "政治", "外交", "高层", "这些", "上述", "有关", "相关", "各", "该", "此", "新",
                   "个", "项", "份", "部", "一", "两", "三", "四", "性", "的", "和", "与", "及", "政府间", "部长级", "高级别",
                   "工作", "专家", "协调", "咨询", "顾问", "管理", "监督", "年度", "定期", "长期", "行动",
                   "互联互通", "联通", "连通", "基础设施", "发展", "高峰"),  # “联通倡议”: a kind of initiative; 高峰论坛: a summit forum
                  key=len, reverse=True)


# A body the gazetteer lacks, named in running text: a region or the word for international,
# then a few characters (no function word among them), then a formal body's suffix (南太平洋
# 海洋安全理事会, 亚洲海岸警备合作组织, 国际海上安全联盟). Think tanks and universities (…研究中心,
# …大学) have no such suffix; a name made only of generic words (亚洲区域合作组织) is none.
_PLAIN_BODY = re.compile(
    r"(?P<region>东南亚|东北亚|南太平洋|西太平洋|北太平洋|太平洋|印度洋|湄公河|澜沧江|亚太|亚洲|东亚|南亚|中亚|北极|国际|全球|世界"
    # (lead, thirteenth session: the other regions bodies are named after, found by renaming the
    # development texts' bodies: a rim, 环印度洋/环孟加拉湾; a part of a continent, 南部非洲/西非;
    # a named sea or gulf; a river's basin, 湄南河流域)
    r"|环[\u4e00-\u9fff]{2,4}?(?:洋|海|湾)|(?:南部|北部|东部|西部|中部)(?:非洲|欧洲|美洲)|[东西南北]非|非洲|欧洲|美洲|拉丁美洲|拉美"
    r"|加勒比|大洋洲|欧亚|北美|南美|中东|海湾|阿拉伯|地中海|波罗的海|黑海|里海|加勒比海|孟加拉湾|阿拉伯海|[\u4e00-\u9fff]{2,3}[河江]流域)"
    r"[^\W\d_的和与及是在了等对从向将其该各并也而或为于被把个这那年月日]{2,12}?(?:委员会|理事会|组织|秘书处|银行|联盟|论坛|共同体|基金)"
)
# A body named after its two sides, the first a state or body named just before the dash and the
# second a region (中国—南亚合作论坛, 中国—太平洋岛国防灾减灾合作中心, 日本—湄公河合作基金) or a named
# side: the founder and partner are part of the body's name. Meetings (峰会, 会议, 对话) of two named
# sides are left to the pair rule (美国—东盟峰会 gives its two sides, as the gold guidelines annotate it).
_PAIR_REGIONS = ("东南亚国家|东南亚|南亚国家|南亚|中亚国家|中亚|西亚|东北亚|东亚|中东欧国家|中东欧|阿拉伯国家|阿拉伯|拉美和加勒比国家|拉美和加勒比|"
                 "拉美|拉丁美洲|太平洋岛国|南太平洋岛国|非洲国家|非洲|欧亚|北极|湄公河国家|湄公河|澜沧江|海湾国家|加勒比")
# (与/和 may join two nouns inside the name, 中国—南亚国家减贫与发展合作中心: `_joined_ok`; a centre needs words
# before 中心 that say what it does, 中国—东盟技术转移中心, and a research centre is a think tank; a fair, 博览会,
# is a meeting of its two named sides, 中国—东盟博览会, but has no two sides with a region, 中国—南亚博览会; ent13)
_PAIR_MID = r"[^\W\d_的和与及是在了等对从向将其该各并也而或为于被把个这那年月日]"
_PAIR_TAIL = (r"(?P<mid>(?:" + _PAIR_MID + r"|[与和](?=" + _PAIR_MID + r")){0,12}?)"
              r"(?P<sfx>合作论坛|论坛|合作中心|中心|基金|理事会|委员会|秘书处|合作组织|博览会|峰会|首脑会议|领导人会议|领导人会晤|对话|合作机制|外长会晤|外长会议|外长会)")
_PAIRED_BODY = re.compile(r"[—–\-－][—–\-－]?(?P<b>" + _PAIR_REGIONS + r")?" + _PAIR_TAIL)
# the same with the region first (中亚—韩国合作论坛, 湄公河—日本合作基金): the named side follows the dash
_REGION_FIRST = re.compile(r"(?:" + _PAIR_REGIONS + r")[—–\-－]{1,2}")
_TAIL = re.compile(_PAIR_TAIL)
_REGION_LEFT = frozenset("在与和及由同向对将是为把被给于从即了、（(“《「届次的年月日")  # (首届湄公河—韩国峰会, not 大湄公河…)
# with a named second side these are meetings of the two sides (the pair rule's); with a region as the
# second side (印度—中亚峰会, 中国—太平洋岛国外长会) there are no two sides to give, and the summit or
# dialogue is a mechanism of its own, as the gazetteer lists 中国—中亚峰会 and 美国—太平洋岛国峰会
_PAIRED_MEETINGS = ("峰会", "首脑会议", "领导人会议", "领导人会晤", "对话", "合作机制", "外长会晤", "外长会议", "外长会", "博览会")
# words of a body's name that hold a word of `_PLAIN_PHRASE` (气候变化 holds 变化: 中国—太平洋岛国气候变化合作中心)
_PAIR_WORDS_OK = ("气候变化",)


def _runs_on(text: str, e: int, sfx: str) -> bool:
    """The suffix opens a longer word (…基金会, …组织法); a council's or committee's 会 before 会议 does
    not (…贸易与投资理事会会议: the council's session)."""
    return text.startswith(_PLAIN_NOT_AFTER, e) and not (sfx.endswith("会") and text.startswith("会议", e))


def _pair_words_ok(rest: str, sfx: str) -> bool:
    """The words between the sides and the suffix of a paired body read as a name: no clause word,
    a 与/和 only between two nouns (减贫与发展), and a centre named for what it does (技术转移中心; not
    …研究中心, a think tank, nor a bare 中心 the gazetteer would list: 东盟—中国中心)."""
    for w in _PAIR_WORDS_OK:
        rest = rest.replace(w, "·")
    if any(w in rest for w in _PLAIN_PHRASE):
        return False
    if any(c in "与和" and not 0 < i < len(rest) - 1 for i, c in enumerate(rest)):
        return False
    return sfx != "中心" or (len(rest) >= 2 and not rest.endswith("研究"))
_PLAIN_LEFT = set("在与和及由同向对将是为把被给于从即了、（(“《「届")  # (第三届…论坛)
# (成立的/设立的…: a body named after the clause that founded it, 1957年成立的湄公河下游调查协调委员会)
_FOUNDED_THAT = ("成立的", "设立的", "建立的", "组建的", "创建的", "创立的")
_PLAIN_LEFT_WORDS = ("成立", "设立", "建立", "加入", "通过", "包括", "例如", "如", "签署", "参加", "出席", "主持", "举办", "召开",
                     *_FOUNDED_THAT)
_PLAIN_NOT_AFTER = ("法", "会", "章程", "协定", "宪章")
# Words of a clause rather than a name between the region and the suffix, and aspect particles
# that make the suffix a verb (组织了).
_PLAIN_PHRASE = ("国家", "地区", "各国", "一些", "社会", "形势", "变化", "促使", "应", "需要", "加强", "共同", "积极",
                 "普遍", "以及", "之间", "不断", "已经", "正在", "开始", "继续", "通过", "进行", "参与", "成为", "认为",
                 "最大", "主要", "大型", "知名", "多国", "各大", "新兴", "多边", "其他", "有关", "相关", "现有", "所有")
_PLAIN_VERB_AFTER = set("了着过起")
# a numbered session before the body (第三届…论坛, 第53届…): its meetings are counted, so it is named
_NUMBERED_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+[届次]$")
# Evidence that a body is named as such: a founding or joining verb before it, or after it what a
# body does or has (…成立, …召开, …的成员, …秘书处, a gloss in brackets).
_PLAIN_NAMING = ("成立", "设立", "建立", "组建", "创建", "创立", "发起", "加入", "加入了", "成立了", "设立了", "名为", "称为",
                 "成员国", "退出", "退出了", "成为", "第一届", "首届", *_FOUNDED_THAT)
_PLAIN_EVIDENCE = ("成立", "召开", "举行", "举办", "宣布", "发表", "发布", "通过了", "决定", "秘书处", "秘书长", "主席", "的成员",
                   "成员", "年会", "会议", "峰会", "第", "于", "在", "（", "(", "将于", "已于", "由",
                   # (…正式成员国, …部长级会议, …领导人会议, …总部: lead, thirteenth session)
                   "正式成员", "观察员", "对话伙伴", "部长", "领导人", "外长", "首脑", "总部", "框架下")

# in 《》 two sides and one of these tails are the title of an agreement between them, not the sides
_TITLED_PAIR_TAILS = ("自由贸易协定", "自贸协定", "协定", "协议", "条约", "议定书")

_CONSENSUS = ("共识", "共識")
_NAMED_AS = ("名为", "名為", "称为", "命名为", "叫作", "叫做", "名叫", "定名为")
_LATIN_GLOSS = re.compile(r"[（(][A-Za-z][A-Za-z .\-]{1,40}[）)]")  # （Balikatan）: an English gloss
_EXERCISE_WORDS = ("联合军事演习", "联合军演", "联合演习", "联合演练", "军事演习", "军演", "演习", "演练")
# what a quotation's closing mark must be followed by for `_exercise` to read an exercise word after
# it: the first character of one, or the bracket of an English gloss
_EXERCISE_NEXT = frozenset("".join(w[0] for w in _EXERCISE_WORDS) + "（(")
# type words written after a quoted name (“邻国优先”政策): the listed name carries them
_TYPE_WORDS = ("政策", "战略", "倡议", "计划", "构想", "对话", "机制", "论坛", "峰会", "愿景", "展望")
# an edition after an exercise's name (联合利剑—2024A, 东方-2022, 汉光41号): the exercise itself
_EXERCISE_EDITION = re.compile(r"(?:\s*[—–\-－]\s*(?:19|20)?\d{2}[A-Z]?|\s*[—–\-－]?\s*\d{1,3}号)$")


def _edition_tail(name: str) -> bool:
    """Whether `name` ends as _EXERCISE_EDITION needs (a digit, a digit and a capital, or 号): the
    pattern, anchored at the end only, is tried at every position otherwise."""
    if name.endswith("\n"):
        name = name[:-1]  # ($ matches before a closing line break too)
    last = name[-1:]
    return last == "号" or last.isdecimal() or ("A" <= last <= "Z" and name[-2:-1].isdecimal())
# a two-character quoted name (“利剑”, 「漢光」) is too short for a title, but names an exercise
# when an exercise word follows it (_TITLE_OR_QUOTE takes three characters and more)
_SHORT_QUOTE = re.compile(r"[“「『]([\u4e00-\u9fff]{2})[”」』]")


def bare_type(name: str, suffix_kind: Sequence[tuple[str, str]]) -> bool:
    """Fewer than two Chinese characters before the suffix: a type word alone (《联合声明》,
    《谅解备忘录》, 2025计划), no one document's name."""
    head = next((name[: -len(sfx)] for sfx, _ in suffix_kind if name.endswith(sfx)), name)
    return sum("\u4e00" <= c <= "\u9fff" for c in head) < 2


def generic_name(name: str, suffix_kind: list[tuple[str, str]]) -> bool:
    """A name made only of generic words before its suffix (贸易协定, 双边战略对话, 合作计划), or with
    fewer than two Chinese characters before it (2025计划)."""
    head = next((name[: -len(sfx)] for sfx, _ in suffix_kind if name.endswith(sfx)), name)
    if bare_type(name, suffix_kind):
        return True
    while head:
        w = next((g for g in _GENERIC if head.startswith(g)), None)
        if w is None:
            return False
        head = head[len(w) :]
    return True



def _state_before(mentions: list[Mention], pos: int, offset: int, window: int) -> str | None:
    for m in reversed(mentions):
        if m.end <= pos and pos - m.end <= window and m.country:
            return m.country
    return None



# a title in 《》, or a quotation in “”, 「」 (Taiwan and Hong Kong usage) or 『』; official titles run long
# (《…关于…的联合声明》, 「…間之…協定」), a “…” quotation past 30 characters is prose or joined names
_TITLE_OR_QUOTE = re.compile(r"《([^《》]{2,90})》|“([^“”]{3,30})”|「([^「」]{3,50})」|『([^『』]{3,50})』")
_EDITION = (re.compile(r"^(?:19|20)\d{2}\s*(?:财年|财政年度|年度|年版|年)?(?P<name>[\u4e00-\u9fff].+)$"),
            re.compile(r"^(?P<name>[\u4e00-\u9fff].+?)\s*[（(](?:19|20)\d{2}[^）)]{0,4}[）)]$"))
_TITLE_YEARS = re.compile(r"\s*[（(]?(?:19|20)\d{2}(?:\s*[—–\-－~至]\s*(?:19|20)?\d{2,4})?\s*(?:财年|年版|年)?[）)]?$")


class Discovery:
    """Finds the names of one block that the gazetteer lacks."""

    def __init__(self, gz: Gazetteer, c: dict):
        self.gz = gz
        titles = sorted((simplify(t) for t in c.get("person_titles") or []), key=len, reverse=True)
        self.titles = tuple(titles)
        self.person_re = re.compile(
            "(?:" + "|".join(map(re.escape, titles)) + f")(?P<name>{_TRANSLIT}|{_HAN_NAME}(?={_NAME_END})|{_LONG_NAME}(?={_NAME_END}))"
        )
        self.suffix_kind: list[tuple[str, str]] = sorted(
            ((simplify(sfx), kind) for kind, sfxs in (c.get("name_suffixes") or {}).items() for sfx in sfxs),
            key=lambda x: len(x[0]),
            reverse=True,
        )
        self.suffixes_by_last: dict[str, list[tuple[str, str]]] = {}
        for sfx, kind in self.suffix_kind:  # (longest first, as in suffix_kind)
            self.suffixes_by_last.setdefault(sfx[-1], []).append((sfx, kind))
        self.phrase_openers = tuple(simplify(x) for x in c.get("quoted_phrase_openers") or [])
        self.title_followers = tuple(simplify(x) for x in c.get("title_followers") or []) or ("白皮书",)
        self.quoted_body = tuple(simplify(x) for x in c.get("quoted_body_suffixes") or []) or ("委员会",)
        self.quoted_lists = tuple(simplify(x) for x in c.get("quoted_list_suffixes") or [])
        self.corner_laws = tuple(simplify(x) for x in c.get("corner_quoted_law_suffixes") or []) or ("法", "条例")
        self.not_laws = tuple(simplify(x) for x in c.get("corner_quoted_not_laws") or []) or ("做法",)
        self.owned_names = {simplify(x) for x in c.get("owned_document_names") or []}  # 印太战略: whose it is decides
        self.surnames = set(c.get("surnames") or "")
        self.translit = set(c.get("transliteration") or "")

    def kind_by_suffix(self, name: str) -> str | None:
        """The kind its longest name suffix gives (委员会 -> organisation), looked up by last character
        because every quoted phrase of a text is tried."""
        return next((k for sfx, k in self.suffixes_by_last.get(name[-1:], ()) if name.endswith(sfx)), None)

    def find(self, text: str, block: int, offset: int, known: list[Mention], doc_date: str | None,
                  in_note: bool = False) -> list[Mention]:
        listed = list(known)
        box: list[list[tuple[int, int]]] = []  # (the spans taken, made at the first candidate: most blocks have none)

        def taken() -> list[tuple[int, int]]:
            if not box:
                box.append(list(zip(map(sub, map(by_start, listed), repeat(offset)), map(sub, map(by_end, listed), repeat(offset)))))
            return box[0]

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken())

        out: list[Mention] = []
        for m in self.person_re.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if name in self.gz.aliases or not self._name_like(name) or name.endswith(self.titles):
                continue  # (防长和外长: a second title, no name)
            if len(name) >= 4 and "·" not in name and not all(c in self.translit for c in name):
                continue  # (外长张伟今天在…: a Chinese name and a word, not one long transliteration)
            if not free(s, e):  # (asked last: the spans taken are gathered only for a name that passed the rest)
                continue
            country = _state_before(known, offset + s, offset, window=4 + (s - m.start()))
            out.append(Mention(offset + s, offset + e, name, f"x:{name}", "person", name, "", country, "discovered",
                               role=m.group(0)[: s - m.start()], block=block, date=doc_date))
            taken().append((s, e))
        for m in _TITLE_OR_QUOTE.finditer(text):
            quoted = m.group(2) or m.group(3) or m.group(4)
            inner = m.group(1) or quoted
            s = m.start(1) if m.group(1) else m.start(m.lastindex or 2)
            e = s + len(inner)
            if in_note and (m.group(3) or m.group(4) or (m.group(1) and not (
                    self._note_instrument(inner) and _STATED_TEXT.search(inner) and not _DATA_SOURCE.search(inner)))):
                continue  # the title of a cited work (「」 and 『』 mark Japanese titles); but a note may cite
                # the text a meeting adopted or the states signed (参见《第九次…会议联合宣言》, 全称为《…关于…的协定》:
                # docs14's and ent14's readings of it, both required)
            if any(a <= s and e <= b for a, b in taken()):
                continue  # the whole name is known
            edition = self._dated_edition(inner) if m.group(1) else (self._exercise(inner, text, m.end())
                                                                     or self._typed_quote(inner, text, m.end()))
            kind = self.kind_by_suffix(inner)
            if kind is None and m.group(1):  # 《国家安全政策2023—2028》: the suffix before its years
                bare = _TITLE_YEARS.sub("", inner)
                kind = self.kind_by_suffix(bare) if bare != inner else None
            if kind is None and m.group(1) and text.startswith(self.title_followers, m.end()):
                kind = "initiative"  # 《新时代的中国国防》白皮书
            named = quoted and text.endswith(_NAMED_AS, 0, m.start())  # 名为“太平洋海洋联盟”的新机制
            named = named or (m.group(3) is not None and self._corner_law(inner))  # 「資通安全管理法」
            named = named or (quoted is not None and self._place_consensus(inner))  # “阿联酋共识”
            if edition is None and (kind is None or (quoted and not named and not self._quoted_name(inner))):
                continue  # in quotation marks only formal bodies; concepts (“芯片联盟”) are not names
            if edition is None and m.group(1) and bare_type(inner, self.suffixes_by_last.get(inner[-1:], ())):
                continue  # 《联合声明》, 《谅解备忘录》: the type of the text, not its name
            titled = bool(m.group(1)) and inner.endswith(_TITLED_PAIR_TAILS)  # 《东盟—香港自由贸易协定》
            if inner in self.gz.not_names or (pair_name(self.gz, inner) and not titled):
                continue  # a policy concept (人类命运共同体), or two sides and a generic tail (中国—东盟自贸区)
            if titled and edition is None and self.gz.pair_titles.get(inner):
                edition = self.gz.entities[self.gz.pair_titles[inner][0].entity]  # the listed agreement
            if edition is not None:  # 《2024财年国防授权法》: an edition of a edition document
                out.append(Mention(offset + s, offset + e, inner, edition.id, edition.kind, edition.name_zh, edition.name_en, None,
                                   "gazetteer", block=block))
            elif kind is not None:  # (always, by the tests above)
                out.append(Mention(offset + s, offset + e, inner, f"x:{inner}", kind, inner, "", None, "discovered", block=block))
            taken().append((s, e))
        if "”" in text or "」" in text or "』" in text:  # “利剑”联合军演, 「漢光」演習, “季风”计划
            for m in _SHORT_QUOTE.finditer(text):
                s, e = m.span(1)
                ex = (self._exercise(m.group(1), text, m.end()) or self._typed_quote(m.group(1), text, m.end())) if free(s, e) else None
                if ex is not None:
                    out.append(Mention(offset + s, offset + e, m.group(1), ex.id, ex.kind, ex.name_zh, ex.name_en, None,
                                       "gazetteer", block=block))
                    taken().append((s, e))
        if not in_note and ("—" in text or "-" in text) and not source_cue(text):
            for s, e, kind in self._paired_bodies(text, offset, listed):
                sides = {(x.start - offset, x.end - offset) for x in listed if s <= x.start - offset and x.end - offset <= e}
                if all(b <= s or a >= e for a, b in taken() if (a, b) not in sides):
                    out.append(Mention(offset + s, offset + e, text[s:e], f"x:{text[s:e]}", kind, text[s:e], "", None,
                                       "discovered", block=block))
                    taken().append((s, e))
        if not in_note and not source_cue(text):
            for m in _PLAIN_BODY.finditer(text):
                s, e = m.span()
                name = m.group(0)
                inner = [x for x in listed if x.start - offset < e and s < x.end - offset]
                if any(not (s <= x.start - offset and x.end - offset == e and x.kind not in STATE_KINDS
                            and generic_name(simplify(x.text), self.suffix_kind)) for x in inner):
                    continue  # a known name inside, unless a generic-looking one ends it (…海洋安全理事会)
                if not all(e <= a or s >= b for a, b in taken() if (a, b) not in {(x.start - offset, x.end - offset) for x in inner}):
                    continue
                if name in self.gz.aliases or name in self.gz.not_names or generic_name(name[len(m.group("region")):], self.suffix_kind):
                    continue
                if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _PLAIN_LEFT and not text.endswith(_PLAIN_LEFT_WORDS, 0, s):
                    continue  # inside a longer run of characters (东亚洲…): no clear left edge
                middle = name[len(m.group("region")) :]
                if any(w in middle for w in _PLAIN_PHRASE) or middle.startswith("上") or text[e : e + 1] in _PLAIN_VERB_AFTER:
                    continue  # a phrase (国际社会应加强合作组织…, 沿岸国家组织了…), not a name
                named = text.endswith(_PLAIN_NAMING, 0, s) or text.startswith(_PLAIN_EVIDENCE, e) or \
                    _NUMBERED_SESSION.search(text, max(0, s - 6), s) is not None
                if not named:
                    continue  # a description (国际金融组织提供支持), not a body named as such
                if text.startswith(_PLAIN_NOT_AFTER, e):
                    continue  # 亚洲基础设施投资银行行长 is fine, but …组织法 / …基金会 are longer words
                kind = next(k for sfx, k in self.suffix_kind if name.endswith(sfx))
                out.append(Mention(offset + s, offset + e, name, f"x:{name}", kind, name, "", None, "discovered", block=block))
                taken().append((s, e))
        return out


    def _paired_bodies(self, text: str, offset: int, known: list[Mention]) -> list[tuple[int, int, str]]:
        """中国—南亚合作论坛, 中国—东盟环境保护合作中心: a body whose name opens with its two sides (the
        first a state or body named right before the dash, the second a region or a named side)."""
        out: list[tuple[int, int, str]] = []
        by_end = {x.end - offset: x for x in known}
        by_start = {x.start - offset: x for x in known}
        for m in _PAIRED_BODY.finditer(text):
            a = by_end.get(m.start())
            if a is None or not (a.kind in STATE_KINDS or a.kind in ("organisation", "grouping")):
                continue
            s, e = a.start - offset, m.end()
            b = by_start.get(m.start("mid")) if m.group("b") is None else None
            if m.group("b") is None and (b is None or not (b.kind in STATE_KINDS or b.kind in ("organisation", "grouping"))):
                continue  # no second side: 中国—联合国和平与发展基金 is the gazetteer's
            if m.group("b") is None and m.group("sfx") in _PAIRED_MEETINGS:
                continue  # 美国—东盟峰会: the two sides
            if b is not None and b.end - offset > m.start("sfx"):
                continue  # 东盟—海湾合作委员会: the second side is itself the body named (the pair rule's)
            rest = m.group("mid")[(b.end - b.start) if b is not None else 0 :]
            inside = [x for x in known if s < x.end - offset and x.start - offset < e]
            if any(x is not a and x is not b for x in inside):
                continue  # another name inside or across the edge: not one body
            if not _pair_words_ok(rest, m.group("sfx")) or text[e : e + 1] in _PLAIN_VERB_AFTER or _runs_on(text, e, m.group("sfx")):
                continue
            self._add_pair_name(text, s, e, m.group("sfx"), out)
        for m in _REGION_FIRST.finditer(text):  # 中亚—韩国合作论坛: a region, then the named side
            b = by_start.get(m.end())
            if b is None or not (b.kind in STATE_KINDS or b.kind in ("organisation", "grouping")):
                continue
            t = _TAIL.match(text, b.end - offset)
            if t is not None and t.group("sfx") in _PAIRED_MEETINGS:
                continue  # 湄公河—韩国首脑会议: a meeting of the Mekong-ROK cooperation (the dev gold gives 韩国)
            if t is None or not _pair_words_ok(t.group("mid"), t.group("sfx")) or text[t.end() : t.end() + 1] in _PLAIN_VERB_AFTER:
                continue
            s, e = m.start(), t.end()
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _REGION_LEFT and not text.endswith(_PLAIN_LEFT_WORDS, 0, s):
                continue  # inside a longer run of characters (大湄公河…: no clear left edge)
            if any(x is not b for x in known if s < x.end - offset and x.start - offset < e):
                continue
            self._add_pair_name(text, s, e, t.group("sfx"), out)
        return out

    def _add_pair_name(self, text: str, s: int, e: int, sfx: str, out: list) -> None:
        """A body named by its two sides, unless the gazetteer knows the name or rules it out: a
        forum, paired meeting or joint council of the two sides (美国—蒙古国贸易与投资理事会, as the gazetteer
        lists 美日安全磋商委员会) is a mechanism, the rest (centres, funds, secretariats) organisations."""
        name = text[s:e]
        if name in self.gz.aliases or name in self.gz.not_names:
            return
        meeting = sfx.endswith(("论坛", "理事会", "委员会")) or sfx in _PAIRED_MEETINGS
        out.append((s, e, "mechanism" if meeting else "organisation"))

    def _exercise(self, inner: str, text: str, after: int) -> Entity | None:
        """“肩并肩”联合军演, “和平友谊”联合演习: a quoted exercise name whose listed form carries the
        word for exercise (肩并肩军演, 和平友谊联合演习) is that exercise, also past an English gloss
        (「肩並肩」（Balikatan）聯合軍演, as Taiwan's wire writes it)."""
        if text[after : after + 1] not in _EXERCISE_NEXT and not _edition_tail(inner):
            return None  # (no gloss and no exercise word after it, no edition in it: most quotations)
        gloss = _LATIN_GLOSS.match(text, after)
        word = next((w for w in _EXERCISE_WORDS if text.startswith(w, gloss.end() if gloss else after)), None)
        base = _EXERCISE_EDITION.sub("", inner) if _edition_tail(inner) else inner  # “联合利剑—2023A”, 「漢光41號」演習: the exercise of that year
        if word is None and base == inner:
            return None
        for name in dict.fromkeys((inner, base) if len(base) >= 2 else (inner,)):
            keys = (name + word if word else None, *(name + w for w in _EXERCISE_WORDS), name if name == base != inner else None)
            for key in keys:
                al = self.gz.aliases.get(key) if key else None
                if al and self.gz.entities[al[0].entity].kind == "mechanism" and self._is_exercise(al[0].entity):
                    return self.gz.entities[al[0].entity]
        return None

    def _typed_quote(self, inner: str, text: str, after: int) -> Entity | None:
        """“邻国优先”政策, “新南方”政策, “季风”计划: a quoted name whose listed form carries the type
        word written after the closing quote is that policy, plan or dialogue (the quoted part is the
        mention, as for “一带一路”倡议)."""
        if not text.startswith(_TYPE_WORDS, after):
            return None  # (no type word after it: most quotations)
        word = next((w for w in _TYPE_WORDS if text.startswith(w, after)), None)
        al = self.gz.aliases.get(inner + word) if word and inner + word not in self.owned_names else None
        if not al or len({a.entity for a in al}) != 1 or al[0].ambiguous:
            return None
        e = self.gz.entities[al[0].entity]
        return e if e.kind not in STATE_KINDS + ("person", "place") else None

    def _is_exercise(self, entity: str) -> bool:
        """A listed mechanism one of whose names says exercise (利剑演习, 海峡雷霆—2025A's 海峡雷霆演习)."""
        e = self.gz.entities[entity]
        return any(w in simplify(n) for n in (e.name_zh, *e.names) for w in ("演习", "军演"))

    def _quoted_name(self, inner: str) -> bool:
        """A quoted “美澳清洁能源对话” is a name; “芯片联盟”, “双边战略对话”, “从实力地位出发进行对话” are not.
        A quoted list or regulation is a name when at least three characters say what it lists
        (“受管制设备清单”), not a type of list (“负面清单”, “白名单”)."""
        if any(c in inner for c in "、，,；;：:"):
            return False
        if not inner.endswith(self.quoted_body):
            sfx = next((x for x in self.quoted_lists if inner.endswith(x)), None)
            if sfx is None or sum("\u4e00" <= c <= "\u9fff" for c in inner[: -len(sfx)]) < 3:
                return False
        if inner.startswith(self.phrase_openers):
            return False
        return not generic_name(inner, self.suffix_kind)

    def _place_consensus(self, inner: str) -> bool:
        """A conference's outcome named after its host (“阿联酋共识”, “蒙特雷共识”, “内罗毕共识”) is a
        document; a quoted “重要共识” or “战略共识” is a phrase."""
        if not inner.endswith(_CONSENSUS):
            return False
        head = simplify(inner[: -len(_CONSENSUS)])
        return any(self.gz.entities[a.entity].kind in STATE_KINDS + ("place",) or a.role == "capital"
                   for a in self.gz.aliases.get(head, ()))

    def _corner_law(self, inner: str) -> bool:
        """Taiwan and Hong Kong prose put a law's title in 「」 where mainland prose uses 《》
        (「資通安全管理法」, 「產業創新條例」); a quoted phrase ending in 法 (「新做法」, 「依法」) is none."""
        if len(inner) < 4 or not inner.endswith(self.corner_laws) or inner.endswith(self.not_laws):
            return False
        if any(c in inner for c in "、，,；;：:") or inner.startswith(self.phrase_openers):
            return False
        return not generic_name(inner, self.suffix_kind)

    def _note_instrument(self, inner: str) -> bool:
        """A title in 《》 in a note that names a treaty, declaration or law (①参见《…联合宣言》,
        ②全称为《…关于…的协定》): notes cite instruments by their full titles as the text does; an
        article's or book's title has another ending, a subtitle (《…——…》, 《…：…》) or a quotation
        (《王毅谈“…”形成的三项共识》: a news report's headline)."""
        if any(c in inner for c in "：:—\n“”「」\"") or inner.startswith(("论", "试论", "浅析", "浅论")) or inner.endswith("共识"):
            return False
        return self.kind_by_suffix(inner) in ("agreement", "law")

    def _dated_edition(self, name: str) -> Entity | None:
        """A known law, strategy or agreement named with its year (2024财年国防授权法, 2023年国家安全战略
        of a known series, 国防授权法（2024财年）)."""
        m = _EDITION[0].match(name) or _EDITION[1].match(name)
        if m is None:
            return None
        ents = {a.entity for a in self.gz.aliases.get(m.group("name"), [])}
        e = self.gz.get(ents.pop()) if len(ents) == 1 else None
        return e if e is not None and e.kind in ("agreement", "law", "initiative") else None

    def _name_like(self, name: str) -> bool:
        if "·" in name:
            return True
        if is_common_non_name(name):
            return False
        return name[0] in self.surnames or all(c in self.translit for c in name)
