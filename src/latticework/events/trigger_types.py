"""The type a trigger signals, checked against what follows it, and the event a light verb heads.

签署 … 协定 is AGREE, 签署 … 法案 POLICY; 举行 … 会谈 is CONSULT (the noun decides); 宣布 … 制裁 is
the sanction, not a policy. The lexicon holds the words; this module holds the checks.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..actors.gazetteer import STATE_KINDS, simplify
from ..actors.resolve import Mention
from .attributes import (
    _DOC_KINDS,
    _ORG_KINDS,
    _label_after,
    _label_before,
    _named_programme,
    _object_head,
)
from .consensus import CONSENSUS_VERBS, states_consensus
from .renewals import refused_renewal
from .checks import APPROVAL_VERBS, halted_tests, _names_a_body, _pledge_before, _policy_object
from .founded_subjects import _founded_before
from .clauses import _clause_end, _clause_start
from .lexicon import Lexicon
from .lifted import DEMANDED_BEFORE, lifted
from .invitations import _invited_to, _invited_to_join
from .roles import _official_arrives, _official_travels
from .tariff_relief import GRANT_VERBS, RELIEF_VERBS, granted_preference, tariff_relief
from .topicalised import document_before_you, document_topic, named_document_before_you, signed_after_its_talks

# between an approval verb and an agreement named right after it (批准了RCEP, 已批准CPTPP)
_RATIFIED_NAME = re.compile(r"\s*(?:了|该|这一)?\s*")
_ARRIVAL_VERBS = ("抵达", "飞抵")
# restrictive measures named generically (lead19): a summary of the measure the sentence names too
_GENERIC_RESTRICTION = ("限制措施", "限制性措施")
# the n-th round of a drill, not of a meeting (举行第二次联合海上演习, lead19)
_DRILL_SESSION = re.compile(r"[^，。；,;“”「」]{0,10}?(?:演习|演练|军演|训练|巡航|巡逻)")
_NAMED_MEASURE = re.compile(r"出口管制|制裁|加征|关税|实体清单|禁令|反倾销|反补贴|投资审查")
# a trip told by its travel verb alone (随后启程前往马来西亚。): roles._official_travels
TRAVEL_VERBS = ("启程前往", "前往", "转往", "飞往")
# recall14: a state recognised, named right after 承认 and closing the clause or its predicate (改为承认中华人民
# 共和国政府, 转而承认北京为中国唯一合法政府): switching recognition is ALIGN (the guidelines); not what is
# recognised of a state (承认中国的市场经济地位) nor a recognition withdrawn (不再承认: the break told with it)
_RECOGNISED_REST = re.compile(r"(?:政府|政权)?(?:为[^，。；]{0,24})?\s*(?:[，。；;,]|$)")


def _recognised_state(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> bool:
    if text[max(0, t1 - 4) : t1 - 2].endswith(("不再", "不", "拒绝", "停止")) or text[t1 - 3 : t1 - 2] == "不":
        return False
    m = next((m for m in mentions if m.start == t1 and m.kind in STATE_KINDS), None)
    return m is not None and _RECOGNISED_REST.match(text, m.end, clause_end + 1) is not None
# the trigger closes a noun phrase: a modifier ending in 的, or an item after 和/、 (…的技术共享, …和信息共享)
_PHRASE_HEAD = re.compile(r"(?:的|和|与|及|、)[\u4e00-\u9fff]{0,3}$")
# the types whose trigger nouns (数据共享, 联合研发, 技术援助) name areas at the end of such phrases; a
# meeting noun there is mostly a gathering told (…共同主持的供应链部长级论坛)
_PHRASE_TYPES = ("COOPERATE", "AID")
# a phrase naming who receives (加大对太平洋岛国论坛成员的技术援助) tells a concrete act, not an area
_RECIPIENT_MARK = re.compile(r"[对向为给]")
# verbs that head an act of their own inside a governed phrase (推动举行…会议 tells a meeting)
_LIGHT_VERB = re.compile(r"举行|召开|参加|出席|进行|开展|举办|参与|签署|达成|实施|提供|宣布|发起|启动|建立|成立|主持|召集|主办")
# a plan cue right after a light verb (宣布将于…, 决定拟…)
_HOSTING = re.compile(r"举行|召开|举办|主办")
_PLAN_OPENS = re.compile(r"\s*(?:将|拟|计划|准备|预计|有望)")
_LAUNCH = re.compile(r"启动|发起|开启|设立|成立")
# “四边安全对话国际标准合作网络”: a name that goes on after the name of a dialogue names something else
_LONGER_NAME = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:网络|原则|项目|计划|倡议|机制|平台|框架|中心|基金|伙伴关系|奖学金)[”」』\"]")
# (外长会, 防长会: the short mainland names of ministerial sessions end in 会)
_MEETING_END = re.compile(r"(?:对话|会议|峰会|磋商|会谈|会晤|论坛|谈判|大会|年会|(?:外长|部长|防长|首脑|高官|领导人)会)[)）]?$")
_VISIT_BEFORE = re.compile(r"访问|出访|到访")
# 宣布实质性结束自贸区3.0版谈判, 宣布完成…谈判: the light verb heads a conclusion of talks
_CONCLUDED = re.compile(r"(?:完成|结束)了?[^，。；]{0,20}$")
# 宣布谈判实质性结束, 升级谈判已实质性完成: the talks concluded, named before the verb (or after it)
_CONCLUDED_WORDS = ("实质性结束", "实质性完成", "实质性完结", "实质性结束了", "实质性完成了")
_TALKS_BEFORE = re.compile(r"(?:谈判|磋商)[”」》]?\s*(?:已经|已|业已|均|全部|正式|宣告|宣布)?\s*$")
_TALKS_AFTER = re.compile(r"[^，。；]{0,20}?(?:谈判|磋商)")
# recall14: the verb that concludes the talks named after it in the clause (完成…磋商, 结束了…谈判)
_CONCLUDED_BEFORE = re.compile(r"(?:完成|结束)(?:了)?[^，。；,;完结]{0,18}$")
_CONCLUDED_AFTER = re.compile(r"[”」》]?\s*(?:已经|已|业已|均|全部|正式|宣告|宣布)?\s*实质性(?:结束|完成|完结)")
_FRAMEWORK_AFTER = re.compile(r"[^，。；]{0,12}?[》”」]?\s*(?:的)?(?:框架|基础)(?:下|内|之下|之内|上)")
# (防长会 + 议联合声明: lead12; and a session of the gathering named first: 东亚峰会 + 外长会议的联合声明,
# 太平洋岛国论坛 + 领导人会议的公报)
_DOCUMENT_AFTER = re.compile(r"[”」]?\s*(?:[^，。；,;、和与及]{0,8}?(?:会议|会晤|峰会|外长会|部长会|防长会))?\s*(?:议|议的|的)?\s*(?:联合|共同)?(?:声明|宣言|公报|成果文件)")
# an approval of aid: 批准向X提供贷款, 批准一笔…援助
_APPROVED_AID = re.compile(r"[^，。；]{0,16}?(?:提供|贷款|援助|拨款|资助|赠款)")
# a strategy, policy or white paper approved (内阁批准了新版《国家安全保障战略》), not a partnership named 战略…
_APPROVED_POLICY = re.compile(r"(?:了)?[^，。；]{0,16}?(?:战略|政策|白皮书|方针|大纲)(?!伙伴|对话|合作|关系)[》”」]?\s*(?:[，。；,;]|$|等|和|及)")
# a bill or law passed, its noun closing the object of 通过 (…的对外援助法案, 《…法》, …法令)
_BILL_PASSED = re.compile(r"[^，。；]{0,40}?(?:法案|法律|法令|法》|法”)")
_PASSED_ADVERBS = re.compile(r"(?:正式|一致|再次|最终|已|已经|先后|分别|相继|以多数票|高票)*$")
_BY_VOTES = re.compile(r"(?:[于在][^，。；]{1,10}?)?以[^，。；]{1,20}?票[^，。；]{0,10}?")


def _passed_by_legislature(text: str, t0: int, after: str, mentions: list[Mention], t1: int, clause_end: int) -> bool:
    """国会通过…法案, 参议院一致通过《…法》: a legislature (a state's organ named right before the verb,
    an adverb between) passes a bill or law: the state's policy act; 通过 alone is mostly "by way of"."""
    if not (_BILL_PASSED.match(after) or any(m.kind == "law" and t1 <= m.start < clause_end for m in mentions)):
        return False
    for m in mentions:
        if m.role in ("legislature", "legislature_lower", "legislature_upper") and m.end <= t0 and (_PASSED_ADVERBS.fullmatch(text, m.end, t0) is not None
                                                         or _BY_VOTES.fullmatch(text, m.end, t0) is not None):
            return True  # (参议院以79票赞成、18票反对通过…: the vote between)
    return False


# goods seized (by customs) are a sanction on the state whose goods they are, not force on a ship
_SEIZING = ("扣留", "扣押", "没收", "查扣")
_GOODS = re.compile(r"[^，。；]{0,12}?(?:产品|货物|商品|组件|芯片|货柜|集装箱|进口货)")
# a regime of control a state sets up for itself (its POLICY, not a body founded with others)
_FOUNDING_VERBS = ("建立", "设立", "建成", "创设", "宣布建立", "宣布设立")
_REGIME_AFTER = re.compile(r"[^，。；]{0,30}?(?:清单|审查|管制|许可|登记)[”」》]?\s*(?:制度|机制|体系)")
# a drill named after a relative clause (暂停原定8月举行的“乙支自由卫士”联合军演)
_DRILL_AFTER = re.compile(r"[^，。；]{0,30}?(?:演习|军演|演练|演训)")
# 退出共建“一带一路”谅解备忘录, 宣布废除…联合公报: a document named as what is left or revoked tells no
# AGREE of its own; the LEAVE its verb tells is the event (probe14)
# 议定 with what it settles named after it (双方议定…原则, 议定了合作协定): a document, no bare consensus
_SETTLED_DOCUMENT = re.compile(r"[^，。；]{0,20}?(?:协定|协议|条约|原则|备忘录|声明|宣言|文件|方案|框架|安排|议定书|路线图)")
_DOCUMENT_NOUNS = ("谅解备忘录", "联合公报", "宣言", "行动计划", "联合声明", "共同声明")
_DOCUMENT_LEFT = re.compile(r"(?:退出|废除|废止|撕毁|终止|中止|暂停执行|停止执行|不再续签|拒绝续签)了?[^，。；、]{0,16}$")
# 禁止学生使用手机应用: a ban on apps or equipment is a SANCTION only on a state's or firm's goods named after it
# (印度禁止了59款中国应用程序, 封禁TikTok应用; probe14)
_APP_BANS = ("禁止", "封禁")
_BANNED_GOODS = re.compile(r"[^，。；]{0,30}?(?:应用|软件|APP|App|app|设备|软体)")
_ENDED = re.compile(r"(?:取消|暂停|中止|终止|停止|叫停|退出|脱离|废止|废除|撕毁)了?[^，。；]{0,20}$")  # (启动退出《巴黎协定》的程序)
_LEFT_AFTER = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,5}?(?:将|正式|即将)?|将|正式|即将)?\s*(?:退出|暂停履行|中止履行|停止履行|暂停执行|中止执行|停止执行|终止|脱离|暂停参与|中止参与|废止|废除|撕毁)")
# diplomatic relations set up, restored or broken: the label the guidelines give them
_RELATIONS_LABEL = {"建交": "建交", "复交": "建交", "建立外交关系": "建交", "恢复外交关系": "建交", "正式建交": "建交",
                    "断交": "断交", "断绝外交关系": "断交", "恢复": "建交",
                    "断绝“外交关系”": "断交", "断绝「外交关系」": "断交", '断绝"外交关系"': "断交",
                    # lex10: allies made with no label after the verb (两国宣布结盟, 结为盟友)
                    "断绝邦交": "断交", "恢复邦交": "建交", "建立邦交": "建交", "建立正式邦交": "建交",
                    # lead11: 邦交正常化 (中日邦交正常化, 1972) is the establishment of diplomatic ties
                    "邦交正常化": "建交", "实现邦交正常化": "建交",
                    "宣布结盟": "同盟", "正式结盟": "同盟", "结为盟友": "同盟", "结成盟友": "同盟", "缔结同盟": "同盟", "缔结盟约": "同盟"}
# 恢复中断七年的外交关系: 恢复 restores diplomatic ties only with 外交关系 closing its object
_RESUMED_TIES = re.compile(r"^[^，。；、]{0,12}?外交关系")
# 断绝与台湾的外交关系, 终止与瑙鲁的外交关系, 中止同台湾的所谓“外交关系”: ties broken with the partner
# between the verb and 外交关系 (probe14); these verbs are ALIGN only so (终止/中止 are LEAVE otherwise)
TIES_BREAKING = ("断绝", "终止", "中止", "断绝了", "终止了", "中止了")
_BROKEN_TIES = re.compile(r"^[^，。；、]{0,16}?(?:外交关系|邦交)(?!正常化)")
# a work two states build opened or begun (中老铁路全线通车): the work is named before the verb in its clause
_WORKS_OPENED = ("通车", "开通", "开通运营", "开工", "竣工", "投入运营", "动工", "破土动工", "正式动工")
# a link between two states resumed (两国直航航班正式恢复, 边境贸易随即恢复): the link is named before the verb too
_LINKS_RESUMED = ("恢复", "重开", "重新开放", "复航")


# 通过 + a document noun that closes the clause: an adoption (外长会通过“准则”框架, 通过了《…指针》);
# 通过该框架开展合作 ("by means of") goes on with a verb
_ADOPTED = re.compile(r"\s*(?:了)?[^，。；]{0,20}?(?:框架|准则|宪章|指针|指南|纲要|决议|宣言|声明|议程|路线图|行动计划)[”」》\"]?\s*(?:[，。；,;]|$)")


# a gathering's opening or close (香格里拉对话在新加坡开幕, 峰会拉开帷幕): the meeting noun stands before the
# verb, never after it (闭幕时通过《…宣言》 is the declaration's own act)
OPENING_VERBS = ("开幕", "闭幕", "落幕", "登场", "拉开帷幕", "落下帷幕", "揭开帷幕", "揭幕")


class Frame(NamedTuple):
    """The event noun a light verb heads: its type, where the noun ends and where it starts."""

    etype: str | None
    at: int | None
    noun: int | None


# an English name or acronym in brackets after a Chinese one
# a document's title that qualifies the noun after it (《加强防务合作协议》军事基地, 《…协定》项目)
_TITLE_AS_MODIFIER = re.compile(r"[》”」]\s*(?:的)?\s*(?:军事)?(?:基地|场所|地点|设施|项目|条款|规定|精神|原则|下)")
_LATIN_GLOSS = re.compile(r"\s*[（(]\s*[A-Za-z][^（()），。；]{0,100}[)）]")


_RAISED = ("提升为", "升级为", "提升至", "升级至", "提升到", "升级到", "升格为", "升格至")
# 将“湄公河下游倡议”升级为…, 将该倡议升级为…: a named programme (not 将两国关系) raised
_PROGRAMME_RAISED = re.compile(r"将\s*(?:[“「\"《][^”」\"》，。；]{2,30}[”」\"》]|该(?:倡议|计划|机制|项目|框架|论坛|对话))(?:\s*[（(][^）)]{1,20}[）)])?\s*$")
# the rate raised named before the verb (对中国商品的税率则提高至125%, 关税将上调至34%, 关税再度调高)
# (the rate it starts from may stand between: 关税由25%提高至100%, 关税从10%上调到25%)
_TARIFF_BEFORE = re.compile(r"(?:关税|税率)\s*(?:则|将|再|也|亦|又|进一步|大幅|一举|再度|随即|分别)*\s*"
                            r"(?:(?:由|从|自)\s*[\d.]+\s*(?:%|％)?\s*)?$")
_DETAIL = re.compile(r"\s*(?:其中|包括|含)")
_SAME_TIER = re.compile(r"\s*(?:同一|同等|相同的?|同样的?)(?:层级|层次|级别|水平|高度|定位)")

class TriggerTypes:
    """Types of the lexicon's triggers in context (one per extractor: it holds the trigger table)."""

    def __init__(self, lex: Lexicon, table: dict[str, list]):
        self.lex = lex
        self.table = table
        # each type's `after_any` words as one pattern: one scan of the text after a trigger instead
        # of one `in` per word (an empty list holds nothing; an empty word is in every text, as in the pattern)
        self.after_any = {t: re.compile("|".join(map(re.escape, spec.after_any))) if spec.after_any else None
                          for t, spec in lex.types.items()}
        self._own: dict[tuple[str, str], str] = {}  # (type, trigger) -> the trigger whose conditions it keeps

    def has_after_any(self, etype: str, text: str) -> bool:
        """Whether `text` holds one of the `after_any` words of `etype` (any(w in text for w in after_any))."""
        rx = self.after_any[etype]
        return rx is not None and rx.search(text) is not None

    def _own_word(self, etype: str, word: str) -> str:
        """The trigger whose conditions `word` keeps as a signal of `etype`: itself when it is a trigger
        of that type, else the shorter trigger it ends with and inherits the type from (宣布设立 signals
        MOBILIZE only as 设立 does, with a base or unit after it: lexicon._inherit)."""
        key = (etype, word)
        if (got := self._own.get(key)) is not None:
            return got
        spec = self.lex.types[etype]
        own = {simplify(w) for w in spec.triggers + spec.directed + spec.conditional}
        got = word
        if word not in own and word not in spec.after_any_for:
            got = next((word[k:] for k in range(1, len(word) - 1) if word[k:] in own), word)
        self._own[key] = got
        return got

    def sanction_after(self, after: str) -> bool:
        spec = self.lex.types["SANCTION"]
        return any(simplify(w) in after for w in spec.triggers if w not in spec.conditional and w not in spec.after_any_for)


    def nominal(self, text: str, t0: int, clause_start: int, etype: str | None = None) -> bool:
        """A trigger governed by a verb of enhancement (加强, 深化, 扩大…) a few characters before it
        names an area, not a happening."""
        window = text[max(clause_start, t0 - self.lex.nominal_window) : t0]
        if any(v in window for v in self.lex.nominal_verbs):
            return True
        return etype in _PHRASE_TYPES and self._heads_governed_phrase(text, t0, clause_start)

    def _heads_governed_phrase(self, text: str, t0: int, clause_start: int) -> bool:
        """促进两国产业界、政府和学术机构之间更大程度的技术共享, 推动国防贸易管制和信息共享: the trigger
        heads a long noun phrase (right after 的, 和 or 、 and a short modifier) that a verb of
        enhancement further back governs; no light verb between them, so the phrase is the area
        named, not an act told (举行, 参加 would head an act of its own), nor a recipient marked by
        对/向 (加大对X的技术援助 is aid to X, proposed)."""
        if not _PHRASE_HEAD.search(text, max(clause_start, t0 - 5), t0):
            return False
        window = text[max(clause_start, t0 - self.lex.nominal_reach) : t0]
        k = max((window.rfind(v) for v in self.lex.nominal_verbs + self.lex.nominal_far_verbs), default=-1)
        return k != -1 and not _LIGHT_VERB.search(window, k) and not _RECIPIENT_MARK.search(window, k)


    def frame_before(self, text: str, t0: int, s: int, word: str) -> str | None:
        """会议在旧金山举行: a meeting noun before 举行/召开 in the same clause; also before a verb of its
        opening or close (香格里拉对话在新加坡开幕, 论坛落幕, 外长会议登场: the gathering is told as held)."""
        if word not in ("举行", "召开") + OPENING_VERBS:
            return None
        start = max(_clause_start(text, t0, s), t0 - 30)
        window = text[start:t0]
        for n in self.lex.frame_nouns.get("CONSULT", []):
            if n in window:
                return "CONSULT"
        return None


    def frame(self, text: str, t1: int, e: int, mentions: list[Mention] = ()) -> Frame:
        """The event a light verb heads: the type of the first event noun after it in the clause."""
        end = t1 + self.lex.frame_window
        for g in _LATIN_GLOSS.finditer(text, t1, min(e, end + 160)):
            if g.start() < end:
                end += g.end() - g.start()  # 举行美蒙贸易与投资理事会(U.S.-Mongolia …)第7次会议: a gloss takes no room
        end = min(e, end)
        m = re.search(r"[，。；;：:！？!?]", text[t1:end])  # (进行国事访问：19日…签署条约: the colon opens what the visit held)
        if m:
            end = t1 + m.start()
        window = text[t1:end]
        if (k := window.find("《")) != -1 and "》" not in window[k:]:
            # 发表了美国和蒙古国《关于…的联合声明》: the parties come first, the title runs past the window
            close = text.find("》", t1 + k, min(e, t1 + k + 60))
            if close != -1:
                window = text[t1 : close + 1]
        window = window.replace("”", "》").replace("」", "》")  # 发布“…原则”: a quoted title
        best: tuple[int, str, int] | None = None
        for etype, nouns in self.lex.frame_nouns.items():
            for n in nouns:
                k = window.find(n)
                while k != -1 and (etype == "CONSULT" and (_names_a_body(text, t1 + k + len(n)) or any(
                        m.start <= t1 + k and t1 + k + len(n) <= m.end and (_LONGER_NAME.match(text, m.end) or (
                            m.kind not in STATE_KINDS and not _MEETING_END.search(text, m.start, m.end))) for m in mentions))
                        or etype in ("CONSULT", "COOPERATE") and window.rfind("《", 0, k) > window.rfind("》", 0, k)):
                    # 启动“经济政策磋商委员会”, 对话机制: the name of a body, not a session; 发表题为《中美对话的未来》的
                    # 文章: a word of a work's title (prec11)
                    k = window.find(n, k + 1)
                if k != -1 and (best is None or k < best[0]):
                    best = (k, etype, k + len(n))
        at = t1 + best[2] if best else None
        noun = t1 + best[0] if best else None
        if best and (_PLAN_OPENS.match(window) or (text[max(0, t1 - 2) : t1] == "宣布" and _HOSTING.search(window, 0, best[0]))) \
                and any(v in window[: best[0]] for v in self.lex.frame_verbs):
            # 宣布将于次年举办…峰会, 宣布中国将于2026年在深圳主办APEC会议: the announcement is of a plan; the nearer verb heads the summit,
            # a planned event dated by the plan's own date, not by the day it was announced
            return Frame(None, at, noun)
        if best and best[1] == "CONSULT" and _LAUNCH.search(text[max(0, t1 - 6) : t1 + best[0]]) and \
                not text.startswith(("谈判", "磋商"), t1 + best[0]):
            return Frame(None, at, noun)  # 宣布启动…全面对话: launching a dialogue is ESTABLISH (its own trigger), not a session
        if best and best[1] == "AGREE" and "在" in window[: best[0]] and _FRAMEWORK_AFTER.match(window, best[2]):
            return Frame(None, at, noun)  # 宣布在《加强防务合作协议》框架下新增…: the document is the setting, not what is issued
        if best and best[1] == "AGREE" and _TITLE_AS_MODIFIER.match(window, best[2]):
            return Frame(None, at, noun)  # 宣布新增4处《加强防务合作协议》军事基地: the document names the bases, none is issued
        if best and best[1] == "CONSULT" and _DOCUMENT_AFTER.match(window, best[2]):
            return Frame("AGREE", at, noun)  # 发表的峰会宣言, 发表领导人会晤联合声明: the meeting names the document issued
        if best and best[1] in ("CONSULT", "AGREE", "COOPERATE") and _ENDED.search(window[: best[0]]):
            return Frame(None, at, noun)  # 宣布取消…通话, 宣布暂停…商谈, …联合军演: a channel or drill ended is the LEAVE its verb tells
        if best and best[1] == "CONSULT" and _CONCLUDED_AFTER.match(text, t1 + best[2]):
            return Frame(None, at, noun)  # 宣布谈判实质性结束: the talks concluded are an AGREE (its own trigger), not a session
        if best and best[1] in ("CONSULT", "AGREE") and _CONCLUDED.search(window[: best[0]]):
            return Frame(None, at, noun)  # 宣布实质性结束…谈判: the negotiations concluded are an AGREE (结束/完成), not a session
        if best and best[1] == "CONSULT" and _VISIT_BEFORE.search(window[: best[0]]):
            return Frame(None, at, noun)  # 对美国进行国事访问并与…会谈: the visit (directed) is the event; talks during it fold into it
        if best and best[1] != "AGREE" and _ABOUT_OPENS.match(window) and (
                doc := next((m for n in self.lex.frame_nouns.get("AGREE", []) if (m := _about_document(window, n, best[0]))), None)):
            return Frame("AGREE", t1 + doc[1], t1 + doc[0])  # (type13: 签署关于举行联合演习的备忘录: the memorandum is signed)
        if best and best[1] == "AGREE" and re.match(r"[^，。；]{0,6}?》?\s*(?:的)?\s*谈判", window[best[0]:]):
            return Frame("CONSULT", at, noun)  # 进行…框架协定谈判: negotiating an agreement is talks
        return Frame(best[1] if best else None, at, noun)


    def type_of(self, word: str, text: str, t1: int, e: int, mentions: list[Mention]) -> tuple[str | None, bool]:
        options = self.table[word]
        clause_end = _clause_end(text, t1, e)
        after = text[t1:clause_end]
        obj_kinds = {m.kind for m in mentions if t1 <= m.start < clause_end}
        chosen: tuple[str | None, bool] = (None, False)
        head = word + after[:20]
        if word in ("谈判", "磋商") and _CONCLUDED_BEFORE.search(text, max(0, t1 - len(word) - 20), t1 - len(word)):
            return None, False  # 将力争与中国完成“准则”磋商: the talks concluded are the AGREE of 完成, no meeting of their own
        if word in _CONCLUDED_WORDS and not (_TALKS_BEFORE.search(text, max(0, t1 - len(word) - 12), t1 - len(word))
                                             or _TALKS_AFTER.match(after)):
            return None, False  # 项目实质性完成: no negotiations concluded
        if word in _DOCUMENT_NOUNS and _DOCUMENT_LEFT.search(text, _clause_start(text, t1 - len(word), 0), t1 - len(word)):
            return None, False  # 通知中方退出共建“一带一路”谅解备忘录: the document left is no AGREE
        if word in _APP_BANS and (goods := _BANNED_GOODS.match(after)) and not re.match(r"[^，。；]{0,12}?(?:出口|进口|输入|输出)", after) \
                and not any(t1 <= m.start < t1 + goods.end() and (m.kind in STATE_KINDS or m.country) for m in mentions):
            return None, False  # 禁止学生在课堂上使用手机应用: no state's goods banned
        if refused_renewal(text, _clause_start(text, t1 - len(word), 0), t1 - len(word), word):
            return "LEAVE", False  # 决定不与印度续签水文测量协议: the agreement let lapse (renewals.py)
        if word in TIES_BREAKING and _BROKEN_TIES.match(after):
            return "ALIGN", False  # 宣布终止与瑙鲁的外交关系: ties broken (label 断交: objects.py)
        if word in _BROKEN_OFF and _DESCRIBED_BROKEN.match(after):
            return None, False  # 重启中断多年的安全对话: what is restarted, described as broken off, no LEAVE
        if word == "举行第" and _DRILL_SESSION.match(after):
            return None, False  # 举行第二次联合海上演习: a drill's round (told by 演习), no meeting
        if word in _GENERIC_RESTRICTION and _NAMED_MEASURE.search(
                text, max(text.rfind(c, 0, t1) for c in "。！？!?\n") + 1, e):
            return None, False  # 采取限制措施，实施出口管制新规: the measure is told by its own name
        if word == "派兵" and re.match(r"\s*(?:参加|参与|参演|加入)", after):
            return None, False  # 澳洲首次派兵参加: a party of the drill it takes part in, no deployment of its own
        if word in CONSENSUS_VERBS and not (word == "议定" and _SETTLED_DOCUMENT.match(after)) \
                and not states_consensus(text, t1 - len(word), t1, _clause_start(text, t1 - len(word), 0)):
            return None, False  # 同意加强合作: an aim, no consensus told (consensus.py); 议定…原则 names its document
        if word in APPROVAL_VERBS and (approved := _APPROVED_AID.match(after)):
            if approved.group().endswith("提供") or after.startswith("法", approved.end()):
                return None, False  # 执董会批准向斯里兰卡提供…贷款: the aid approved is the event (AID, told by 提供)
            return "AID", True  # 执董会批准斯里兰卡的贷款安排: a lender approving a loan grants it (absent11)
        if word in APPROVAL_VERBS and _APPROVED_POLICY.match(after):
            return "POLICY", False  # 内阁会议批准了新的国家安全战略: a government adopting its own strategy (absent11)
        if word == "通过" and _passed_by_legislature(text, t1 - len(word), after, mentions, t1, clause_end):
            return "POLICY", False  # 美国国会通过…援助法案: a legislature passing a bill (lead12)
        if word in APPROVAL_VERBS and (r := re.match(r"[^，。；]{0,30}?(?:协定|条约|公约|议定书|协议)", after)) and "加入" not in r.group():
            return "JOIN", True  # 国会批准了该条约: ratifying makes a state a party (JOIN)
        if word in APPROVAL_VERBS and (at := t1 + _RATIFIED_NAME.match(after).end()) and any(
                m.kind == "agreement" and m.start == at for m in mentions):
            return "JOIN", True  # 马来西亚批准了RCEP: an agreement named by its acronym, ratified (lead18)
        if word == "邀请" and _invited_to_join(after, [m for m in mentions if t1 <= m.start < clause_end], t1):
            return "JOIN", True  # 邀请芬兰和瑞典加入北约: an invitation to join
        if word in _SEIZING and any(t == "COERCE" for t, _ in options) and (
                _GOODS.match(after) or "海关" in text[max(0, t1 - len(word) - 12) : t1 - len(word)]):
            return "SANCTION", True  # 在海关扣留相关产品: customs detention of a state's goods (guidelines: SANCTION)
        if any(t == "MOBILIZE" for t, _ in options) and halted_tests(word, text, _clause_start(text, t1 - len(word), 0), t1 - len(word)):
            return "POLICY", False  # 宣布自次日起停止核试验和洲际导弹试射: a moratorium, the testing state's policy
        if any(t == "ESTABLISH" for t, _ in options) and word in _FOUNDING_VERBS and _REGIME_AFTER.match(after):
            return "POLICY", False  # 建立“不可靠实体清单”制度, 设立外资安全审查机制: a state's own regime of control
        for etype, directed in options:
            spec = self.lex.types[etype]
            cond = self._own_word(etype, word)  # (宣布设立 as MOBILIZE keeps the conditions of 设立)
            if word in _RAISED and _PROGRAMME_RAISED.search(text, max(0, t1 - len(word) - 40), t1 - len(word)):
                if etype == "ALIGN":
                    continue  # 将“湄公河下游倡议”升级为“湄公河—美国伙伴关系”: a programme renamed, no tier of relations
                if etype == "ESTABLISH":
                    return etype, directed
            elif word in ("升级为", "升格为") and etype == "ESTABLISH":
                continue
            if etype == "AGREE" and word in ("通过", "通过了") and _ADOPTED.match(after):
                return etype, directed  # 外长会通过“准则”框架。: a document adopted, closing its clause (not 通过X框架开展…)
            if etype == "LEAVE" and word == "停止与" and DEMANDED_BEFORE.search(text, max(0, t1 - len(word) - 12), t1 - len(word)):
                continue  # 要求俄方立即停止与朝鲜的军事合作: a demand, the cooperation goes on
            if etype == "SANCTION" and lifted(word, text, t1 - len(word), _clause_start(text, t1 - len(word), 0), after):
                return "POLICY", True  # 解除对…的出口管制, 重新列入白色名单: a measure undone eases ties
            if etype == "ALIGN":
                if word == "恢复":
                    if _RESUMED_TIES.match(after):
                        return etype, directed
                    continue
                if word in TIES_BREAKING:
                    continue  # (断绝贸易往来: ALIGN only with ties broken, above)
                if word in _RELATIONS_LABEL or word == "关系正常化":
                    return etype, directed
                if word == "承认" and _recognised_state(text, t1, clause_end, mentions):
                    return etype, directed  # 改为承认中华人民共和国政府: recognition switched to a state
                if word in _RAISED and _SAME_TIER.match(after):
                    return etype, directed  # 与东盟将关系提升至同一层级: the tier named before (follow_suit.same_tier)
                if (label := _label_after(after, spec.label_suffixes)) and not _named_programme(
                        label, after, spec.field_words, [m for m in mentions if t1 <= m.start < clause_end]):
                    return etype, directed
                if label:
                    continue
                if word in ("建立", "确立", "结成") and _label_before(text[max(0, t1 - len(word) - 12) : t1 - len(word)], spec.label_suffixes):
                    return etype, directed  # 纪念美韩同盟建立70周年: the relationship named before the verb
                continue
            if etype == "POLICY" and word in GRANT_VERBS and not granted_preference(text, t1, word):
                continue  # 配合实施“三零”（零关税…）安排: a named arrangement, no preference granted (tariff_relief.py)
            if etype == "POLICY" and word in RELIEF_VERBS:
                if tariff_relief(text, _clause_start(text, t1 - len(word), 0), t1 - len(word), t1, word):
                    return etype, directed  # 关税由20%降为10%: tariff relief (tariff_relief.py)
                continue
            # (a trigger that names its own document, 通过法令, needs no document after it)
            if etype == "POLICY" and not (self.has_after_any(etype, head) or obj_kinds & {"law", "initiative"}
                                          or word in spec.after_any_for):  # (暂停外国科考船…: its own words, checked below)
                continue
            if etype == "POLICY" and not _policy_object(word, after):
                continue  # 宣布将两国关系提升为“全面战略伙伴关系”, 宣布将为PGII筹集…: no document or policy is issued
            if etype in ("AGREE", "ESTABLISH") and spec.after_any:
                needs = word not in spec.self_contained and word not in spec.after_any_for  # (完成/结束…谈判: their own words after them, checked below)
                scope = _past_scope(after)[:24] if needs else ""  # (once, not once per word)
                if needs and not (self.has_after_any(etype, scope) or obj_kinds & set(_DOC_KINDS + _ORG_KINDS)) and not (
                        etype == "ESTABLISH" and _founded_before(text, t1 - len(word), word, spec.after_any + spec.founded_nouns, mentions)) and not (
                        etype == "AGREE" and (document_before_you(text, _clause_start(text, t1 - len(word), 0), t1 - len(word),
                                                                  spec.after_any) or document_topic(
                            text, _clause_start(text, t1 - len(word), 0), t1 - len(word), spec.after_any))) and not (
                        etype == "AGREE" and named_document_before_you(text, _clause_start(text, t1 - len(word), 0), t1 - len(word),
                                                                       mentions, ("agreement",))) and not (
                        etype == "AGREE" and signed_after_its_talks(text, _clause_start(text, t1 - len(word), 0), t1 - len(word),
                                                                    t1, clause_end)):
                    continue  # (《协定》由A与B签署: the document signed is named before 由)
            if cond in spec.conditional and not self.has_after_any(etype, after[:30]) and not (
                    etype == "AID" and _pledge_before(text, t1 - len(word), word)) and not (
                    etype == "SANCTION" and _TARIFF_BEFORE.search(text, max(0, t1 - len(word) - 12), t1 - len(word))
                    and not _DETAIL.match(text, _clause_start(text, t1 - len(word), 0))):
                # (加征关税，其中电动汽车关税提高至100%: a detail of the measure told before, no second one)
                continue
            if etype == "ESTABLISH" and cond in spec.after_any_for and not _any_in(spec.after_any_for[cond], _object_head(after[:60])):
                continue  # 宣布将关系提升为…伙伴关系, 宣布了关于“…倡议”合作路线图: 宣布 introduces another act
            if etype != "ESTABLISH" and cond in spec.after_any_for:
                # a threat's consequence may come in the clause after its condition (警告X若…，将采取…)
                # and the goods a control covers may be a long list (加强对韩国出口A、B和C三种材料的管制)
                scope = text[t1 : min(e, t1 + 40)] if etype == "THREATEN" else (
                    after[:40] if any(w.endswith("管制") for w in spec.after_any_for[cond]) or "零关税" in spec.after_any_for[cond] else
                    after[:30] if etype == "LEAVE" and _DRILL_AFTER.match(after) else
                    after[:30] if etype == "CONSULT" and word in _LAUNCHED else after[:16])  # (启动《…》（RCEP）谈判)
                if word == "限制" and after[:1] in ("、", "等", "的", "和", "与", "及"):
                    continue  # 技术限制、投资审查、出口管制等手段: an item of a list of means, not a verb
                if etype == "MOBILIZE":  # 俄罗斯核潜艇抵达古巴: the forces may be the subject, before the verb
                    scope += text[max(0, t1 - len(word) - 12) : t1 - len(word)]
                elif (etype == "COOPERATE" and (word in _WORKS_OPENED or word in _LINKS_RESUMED or word == "恢复")) or (
                        etype == "CONSULT" and word == "重启" and re.match(r"\s*(?:[，。；,;！]|$)", after)):
                    # 中老铁路全线通车, 直航航班恢复: the subject; 中断四年的中日韩领导人会议在首尔重启: the meeting
                    # resumed is the subject, the verb closes its clause (lead12)
                    scope += text[max(_clause_start(text, t1 - len(word), 0), t1 - len(word) - 40) : t1 - len(word)]
                if not any(w in scope for w in spec.after_any_for[cond]):
                    continue
            if word in spec.none_after_for and any(w in text[t1 : min(e, t1 + 30)] for w in spec.none_after_for[word]):
                continue  # 致电特朗普，祝贺其当选: a message of congratulation, no call
            if word in spec.none_in_clause_for and any(
                    w in text[_clause_start(text, t1 - len(word), 0) : _clause_end(text, t1, e)] for w in spec.none_in_clause_for[word]):
                continue  # 将轮值主席国职责移交印度, 主权移交: a role or power handed over, no goods given
            if etype == "JOIN" and re.match(r"\s*(?:的)?\s*(?:议定书|协议书|文书)", after):
                continue  # 签署加入议定书: an accession protocol is a document agreed (AGREE), named by 加入
            if etype == "CONSULT" and _invited_to(text, t1 - len(word), word):
                continue  # 邀请中国出席峰会: the invitation is the event (CONSULT proposed), not an attendance
            if etype == "CONSULT" and word in TRAVEL_VERBS and not _official_travels(text, t1, word, mentions):
                continue  # 李强随后启程前往马来西亚。 is a visit; 派舰前往南海, 转往珀斯 are not
            if etype == "CONSULT" and word in _ARRIVAL_VERBS and not _official_arrives(text, t1, word, mentions):
                continue  # 布林肯抵达万象 is a visit; 航母抵达釜山 is not
            if etype == "POLICY" and word in ("宣布", "公布") and self.sanction_after(after):
                continue  # 宣布将31家实体列入清单, 宣布对…实施制裁: the announcement is the sanction
            if etype == "POLICY" and word in ("宣布", "公布") and _LEFT_AFTER.match(after):
                continue  # 宣布暂停履行《…条约》, 宣布退出…: the announcement is the withdrawal
            if chosen[0] is None:
                chosen = (etype, directed)
            # a document that is a law makes 签署/通过 POLICY rather than AGREE
            if etype == "POLICY" and ("law" in obj_kinds or re.search(r"法案|法》|行政令|战略(?!伙伴|对话|合作)|报告|政策", after[:20])):
                return etype, directed
        return chosen


# negotiations launched: the agreement's title may stand before 谈判 (absent13: 推出RCEP谈判, 开启…升级谈判)
# talks broken off or shelved told as a description of what is named after (中断多年的对话, 搁置已久的谈判)
_BROKEN_OFF = ("中断", "搁置")
_DESCRIBED_BROKEN = re.compile(r"\s*(?:了)?\s*(?:多年|多时|已久|许久|数年|\d+\s*年|[一二三四五六七八九十两]+年)?\s*(?:之久)?\s*的")
_LAUNCHED = ("宣布启动", "正式启动", "开启", "展开", "开始", "发起", "推出")


# 签署了涵盖经贸、农业、科技等领域的37份合作文件: the fields a list of documents covers stand between
# the verb and the documents
_SCOPE = re.compile(r"^(?:了)?\s*(?:涵盖|涉及|包括|覆盖|涵括)[^，。；]{1,48}?(?:等)?(?:领域|方面|议题|行业)的")


def _any_in(words: list[str], text: str) -> bool:
    """Whether any of the words occurs in the text (the text computed once by the caller)."""
    return any(w in text for w in words)


def _past_scope(after: str) -> str:
    """The words after a verb, past the fields its object covers (涵盖…等领域的)."""
    m = _SCOPE.match(after)
    return after[m.end() :] if m else after


# type13: the light verb's object opens with 关于: its event noun names what the document is about, and the
# document noun after 的 is what is signed or issued (签署关于举行联合演习的备忘录)
_ABOUT_OPENS = re.compile(r"\s*(?:了)?\s*(?:一份|一项|多份|两份)?\s*关于")


def _about_document(window: str, noun: str, after: int) -> tuple[int, int] | None:
    """(start, end) in the window of a document noun told after 的 past the noun at `after`."""
    k = window.find("的", after)
    j = window.find(noun, k) if k != -1 else -1
    return (j, j + len(noun)) if j != -1 else None
