"""Modality of an event: the cues of the lexicon (将, 计划, 若, 未…) read in its clause before the trigger.

Kept apart from the extractor because several passes ask it (triggers, leader meetings, lists of
promises) and because its window rules are subtle enough to deserve a home of their own.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .lexicon import Lexicon

# what follows a future 将 (将于, 将继续, 将进一步, 将与, 将一如既往…); 一 alone opens an object (将一百余家实体列入…)
# (a light verb before a noun trigger too: 将采取相应反制措施, 将实施新一轮制裁, 将进行联合巡航)
# (lead17: 将为中亚国家提供…, 将给…: a beneficiary, as 向)
_FUTURE_AFTER = tuple("于会在要继续进步与同向对从共为给") + ("一如", "一道", "一起", "一同") + (
    "采取", "实施", "开展", "展开", "作出", "做出", "予以", "给予", "发起", "启动", "举行",
    # (recall14: 将寻求与北京恢复外交关系, 将争取与…: a verb of seeking after 将 opens the act to come)
    "寻求", "谋求", "争取", "力争", "设法",
    # (将依7月的协议对美投资, 将根据协定提供: a basis before the verb, not an object of 将)
    "依", "根据", "按照", "依照", "依据",
    # (lead17: 将出席并对巴西进行国事访问: a verb of attending or meeting after 将 is the act to come, never its object)
    "出席", "参加", "访问", "会见", "会晤", "主持")
# 将 before a verb of travel opens a trip to come (今日将转赴越南访问, 下月将赴新德里出席…), not an object
_TRIP_AFTER = ("转赴", "赴", "前往", "启程", "出访", "率团", "率领", "转往", "飞往", "赶赴")
# verbs of the 将-construction (将两国关系提升为…): 将 before them marks the object, not the future
_DISPOSAL_VERBS = ("提升为", "升级为", "升格为", "提升至", "升级至", "升格至", "定为", "列为", "列入", "纳入", "拉入", "移出",
                   "降级为", "降格为", "降为", "降低为")
# 将与立陶宛的外交关系降为…: a tie named as 与X的关系 is the object of the disposal verb, though 与 follows 将
_TIES_OBJECT = re.compile(r"与[^，。；]{1,12}的(?:双边|外交)?关系$")
_INTENT_NEGATORS = ("没有计划", "无意", "拒绝", "婉拒", "谢绝", "回绝", "不打算", "不会", "无法", "难以",
                    # (lead11: a denial covers the claim it denies, 否认曾与中国达成…协定, 否认日方已同意提供…;
                    # never covers a course weighed, 从未考虑加入)
                    "否认", "从未")
_NOT_AFTER_BU = set("满断仅久少同论但止")
# 或 hedges only before a verb or a time (或将, 或于年内, 或在); 如 only as 'if' (如果, 如若, 如…则), not in 例如/比如/如何
_WIDE_PLANS = ("计划", "拟", "打算", "准备", "计划于", "拟于", "将于",  # (将于6月17日至20日对中国进行访问)
               "预计",  # 预计24日与澳大利亚总理阿尔巴尼斯会谈: a date and a 与-partner stand between
               "将把",  # 将把…关税由20%降为10%: the verb of a 把-phrase comes after its object
               "承诺", "保证")  # 承诺自当年起全年向…分享, 承诺在…受到威胁时相互磋商: a pledge covers its whole verb phrase
# a trigger heading a noun (出口管制措施, 制裁的范围) inside a 把-object
_NOUN_HEAD_AT = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:措施|政策|规定|的)")
# a conditional opens its clause and covers every verb up to the clause's end (若美方进一步将高带宽
# 存储芯片纳入对华管制范围): it reaches as far as a wide plan
_CONDITIONALS = ("如果", "若", "假如", "一旦", "倘若", "如若", "假若", "万一")
_NOT_MUST = set("主重需只必纲概首摘想")
_NOT_BEFORE_YUAN = set("意自心志情宁如祝")
# 不对美国采取报复措施, 未向乌克兰提供武器: a negation binds the verb across the prepositional phrase
# that names its target (a preposition, then a short object with no clause break), and across the
# topic it is about (未能就《…愿景》达成一致, 仍未就边界问题达成协议, 未能在核心议题上达成一致)
_NEG_PREP_GAP = re.compile(r"^(?:(?:对|向|与|同|跟|给|为)[^，。；,;、]{1,8}|就[^，。；,;]{1,22}|在[^，。；,;]{1,18}(?:上|方面))$")
# 就裴洛西可能访台一事警告: a cue inside the topic a verb is about does not qualify that verb
# 事先未公布的访问, 未经宣布的会谈: a negation whose verb phrase closes with 的 right before the
# trigger sits in a modifier of the trigger's noun; the act itself is asserted
_NEG_IN_MODIFIER = re.compile(r"^[^，。；,;、的]{1,6}的$")
_TOPIC_SPAN = re.compile(r"就[^，。；,;]{1,30}?(?:一事|问题|事宜|议题)")
_TITLE = re.compile(r"《[^《》]{1,40}》|“[^“”]{1,20}”|「[^「」]{1,20}」")  # a quoted name counts as one word too (应继续通过“全球发展倡议”向…提供)
# the approximation after a date (2025年左右, 2026年前后, 2030年上下, 2027年6月前后) adds nothing to the
# gap between a cue and its verb: 有望在2027年左右与欧盟签署 is as planned as 有望在2027年与欧盟签署
_APPROXIMATE = re.compile(r"(?<=[年月日号])\s*(?:左右|前后|上下)")
# 将对华芬太尼关税提高至20%: a rate named right before the verb that raises it is the object of 将
# (a disposal, not the future), even after 对
_RATE_RAISED = re.compile(r"(?:关税|税率)$")
_FROM_WHEN = re.compile(r"自(?:\d|今|明|下|本|[一二三四五六七八九十]+月)")
_HEDGE_AT = re.compile(r"或(?:将|于|在|会|可|许|已|不|是否|考虑|拟|计划)|或$|(?<![例比诸正假])如(?:果|若|能|同意|在|有|不)")


class ModalityReader:
    """The lexicon's modality cues, with the rules that keep them from firing on look-alikes."""

    def __init__(self, lex: Lexicon):
        mod = lex.modality
        self.adjacent = {simplify(w) for w in mod.get("adjacent") or []}
        self.cues = [(kind, simplify(w)) for kind in ("negated", "hypothetical", "planned", "proposed") for w in mod.get(kind, [])]
        # the cues by their first character: a window holds only the cues whose first character it
        # holds, so each read tries a handful of the hundred cues instead of all of them
        self.by_first: dict[str, list[int]] = {}
        for i, (_, cue) in enumerate(self.cues):
            self.by_first.setdefault(cue[:1], []).append(i)

    def cues_in(self, window: str) -> list[tuple[str, str]]:
        """The cues that may occur in `window`, in the order of `cues` (the order ties are settled in)."""
        at = {i for ch in set(window) | {""} for i in self.by_first.get(ch, ())}
        return [self.cues[i] for i in sorted(at)]

    def cue_at(self, text: str, clause_start: int, t0: int) -> int:
        """Where the modality cue before t0 starts (t0 when there is none)."""
        start = max(clause_start, t0 - 24)  # as far as a wide plan cue reaches (see read)
        window = text[start:t0]
        ks = [window.rfind(cue) for kind, cue in self.cues_in(window) if kind != "negated"]
        ks = [k for k in ks if k != -1]
        return start + min(ks) if ks else t0


    def read(self, text: str, clause_start: int, t0: int, names: list[tuple[int, int]] | None = None) -> str:
        """asserted, planned, proposed, hypothetical or negated: the cue nearest the trigger wins.
        A cue inside a name (`names`: spans of linked names; 世界粮食计划署 holds 计划) is no cue."""
        w0 = max(clause_start, t0 - 24)
        window = text[w0:t0]
        best: tuple[int, str] | None = None
        wide_negation = False
        topics = [(m.start(), m.end()) for m in _TOPIC_SPAN.finditer(window)]
        approx = [m for m in _APPROXIMATE.finditer(window)] if ("左右" in window or "前后" in window or "上下" in window) else []
        for kind, cue in self.cues_in(window):
            k = window.rfind(cue)
            if k == -1:
                continue
            if names and any(a <= w0 + k and w0 + k + len(cue) <= b for a, b in names):
                continue
            if any(a < k and k + len(cue) <= b for a, b in topics):
                continue  # the cue qualifies the topic (就…可能访台一事), not the verb after it
            if cue == "将把" and k < len(window) - 12 and _NOUN_HEAD_AT.match(text, t0):
                continue  # 将把…采取的出口管制措施扩大到…: a noun inside the 把-object, not its verb
            gap = len(_TITLE.sub("《》", window[k:]))  # (美国可能依《共同防御条约》向菲律宾提供: a title counts as one word)
            gap -= sum(a.end() - a.start() for a in approx if a.start() >= k)
            if (b := window.find("把", k + len(cue))) != -1 and b - k <= 4:
                gap = b - k  # 或考虑把大排量汽车的关税提高至25%: the verb of a 把-phrase comes after its object
            if cue not in _INTENT_NEGATORS and cue not in _WIDE_PLANS and cue not in _CONDITIONALS and gap > 12 or gap > 16 and cue in _INTENT_NEGATORS:
                continue  # only an intent (没有计划以成员身份加入: 16; 计划开始…潜艇轮驻: 24) reaches this far
            if (cue == "要" and window[k - 1 : k] in _NOT_MUST) or (cue == "应" and (window[k + 1 : k + 2] in ("邀", "对", "用", "约") or window[k - 1 : k] in ("回", "响", "适", "相", "供", "答", "反", "感", "效"))):
                continue  # 主要, 重要, 需要 (a cue of its own); 应邀, 应约, 应对, 应用, 回应, 响应, 适应
            if cue == "应" and re.match(r"应[^，。；,;]{0,16}(?:的)?邀请", window[k:]):
                continue  # 应普京邀请出席: at the invitation of, not 'should'
            if cue in ("愿", "愿意") and window[k - 1 : k] in _NOT_BEFORE_YUAN:
                continue  # 意愿, 自愿, 心愿: a noun or an adverb, not a pledge
            if cue == "不" and window[k + 1 : k + 2] in _NOT_AFTER_BU:
                continue  # 不满, 不断, 不仅, 不久: no negation (表示强烈不满并提出交涉)
            if cue == "考虑" and window[k + 2 : k + 3] in ("到", "过"):
                continue  # 考虑到…: "given that", no course weighed
            if cue in ("或", "如") and not _HEDGE_AT.match(window, k):
                continue  # 成员或准成员, 例如: 'or' and 'such as', not a hedge
            if kind == "negated" and cue not in _INTENT_NEGATORS and _NEG_IN_MODIFIER.match(window[k + len(cue):]):
                continue  # 事先未公布的访问: the negation qualifies a modifier, not the trigger
            if kind == "negated" and len(window) - (k + len(cue)) > (10 if cue in _INTENT_NEGATORS else 3) and \
                    not _NEG_PREP_GAP.match(window[k + len(cue):]):
                continue  # negation binds the verb right after it (intent negators the whole verb phrase)
            if cue in self.adjacent and (len(window) - (k + len(cue)) > 1 or re.search(r"[的项个”》]", text[max(0, t0 - len(window) + k - 4) : t0 - len(window) + k])
                                         or window[k + len(cue) : k + len(cue) + 1] in ("”", "」", "》", "\"", "』")):  # (将“湄公河下游倡议”升级为: a name)
                continue  # 为一项新的气候倡议提供: a noun, not a call
            if cue.endswith("将") and (len(window) - (k + len(cue)) > (0 if text.startswith(_DISPOSAL_VERBS, t0) else 2)
                                      or _RATE_RAISED.fullmatch(window, k + len(cue))) and \
                    not (window.startswith(_FUTURE_AFTER, k + len(cue)) and not _RATE_RAISED.search(window)
                         and not (text.startswith(_DISPOSAL_VERBS, t0) and _TIES_OBJECT.search(window, k + len(cue)))) and \
                    not window.startswith(_TRIP_AFTER, k + len(cue)) and \
                    not _FROM_WHEN.match(window, k + len(cue)):  # (将自2030年代起…购买: a time, not an object)
                continue  # 将两国关系提升为…: 将 marks the object here, not the future
            if cue.endswith("将") and window[k + len(cue) : k + len(cue) + 1] in ("其", "之", "它", "该", "此"):
                continue  # 中国海警依法将其驱离 (lead17): 将 before a pronoun marks the object, however short
            pos = k + len(cue)
            if kind == "negated" and cue in _INTENT_NEGATORS:
                wide_negation = True
            if best is None or pos > best[0]:
                best = (pos, kind)
        if best and best[1] != "negated" and wide_negation:
            return "negated"  # 从未考虑加入, 拒绝计划…, 否认已同意提供: the refusal or denial covers the later cue
        return best[1] if best else "asserted"
