"""The modality of one event: asserted, planned, proposed, hypothetical or negated.

`ModalityReader` reads the cues in the clause before the trigger (将, 建议, 如果, 未...). These rules
add what the cues alone miss: an invitation is a proposed visit, a cue inside the trigger (提议成立),
items of a list of recommendations or of commitments, an intention named after the verb (…的意愿),
a verb phrase coordinated by 并 that shares the plan of the clause before, and a plan stated in
an adverbial clause (拟于…之际，建立…), whose own date then dates the event.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, simplify
from .checks import (
    _DONE,
    _content_of_plan,
    _planned_colon,
    _pledge_verb_at,
    agreed_terms,
)
from .clauses import _clause_end, _clause_start
from .modality import ModalityReader
from .renewals import refused_renewal
from .roles import _ADMIT, _named_relative
from .site import Site, WalkState
from .speech_acts import recommended_modality, speech_act_modality

_INVESTMENT = ("投资", "投資")
_PLAN_NOUN = ("计划", "計劃", "计画", "計畫")
_INTENT_AFTER = re.compile(r"(?:的|等)(?:意愿|意向(?!声明|书|备忘录)|愿望|计划|打算|目标)(?![^，。；]*(?:实现|完成|达成))")  # 意向声明: a document
# 预计明年访华，出席…会议: an attendance right after a trip is its purpose and shares its plan
_TRIP = re.compile(r"访[\u4e00-\u9fff]|出访|抵达|前往|转往|飞往|赴[\u4e00-\u9fff]")


def _trip_purpose(text: str, s: int, clause_start: int, t0: int, word: str) -> bool:
    """出席/参加 opening a clause after one that tells a trip (访华，出席…)."""
    if simplify(word) not in ("出席", "参加") or text[clause_start:t0].strip(" ，,"):
        return False
    return bool(_TRIP.search(text, _clause_start(text, clause_start - 1, s), clause_start))


# (lead17: a next step with no subject of its own, 将转往巴西访问，随后/之后/然后出席…峰会, shares the plan too)
_COORDINATED_VP = re.compile(r"\s*(?:(?:并|并且|并同|并与|并在|并于)(?!已|且已)|(?:随后|之后|然后|接着)(?=出席|参加|访问|赴|前往|转往|转赴|与会))")
# 支持X(申请/早日)加入/成为…成员: support for another party's future membership (not 在X支持下加入)
_SUPPORTED_JOINER = re.compile(r"支持(?!下)[^，。；下了]{1,16}$")
# 根据规划/按照计划…: what follows is the plan; 到2030年建立: a deadline ahead
_BY_PLAN = re.compile(r"(?:根据|按照|依据)(?:该|这一|此|上述)?(?:规划|计划)")
# (not a date traced back to: 美澳同盟可追溯至1951年签署的条约)
_TARGET_YEAR = re.compile(r"(?<!追溯)(?<!回溯)(?<!上溯)(?<!溯源)(?:到|至)\s*\d{4}\s*年(?:前|底|末|以前)?\s*$")
# a meeting noun that is the subject of a planned holding (外长会议可望今年稍后举行, 峰会将于明年在东京召开)
_HELD_LATER = re.compile(r"[^，。；]{0,10}?(?:将|拟|计划|预计|有望|可望|定于|准备)[^，。；]{0,16}?(?:举行|召开|举办)")
# 拟于…之际/之机, 计划在…时: a plan stated in an adverbial clause right before the verb's clause
_PLAN_SCOPE = re.compile(r"(?:拟|计划|准备|打算|将)(?:于|在)[^，。；]{0,30}(?:之际|之机|之时|时)[，,]\s*$")


# 双方同意尽快展开关税谈判, 三国同意今年举行联合演习: a session or a drill the parties agree to hold is
# still to come (the ontology: future acts agreed are planned events of their own type); 同意恢复/重启
# is the agreement itself (an AGREE, rec11), and 同意 with 已/了 before the act tells it done
_AGREED_TO_HOLD = re.compile(r"同意(?!恢复|重启)[^，。；了已为]{0,16}$")  # (同意为举行…创造条件: conditions, no session)
_AGREED_TYPES = ("CONSULT", "COOPERATE", "ESTABLISH")
# 同意设立 is one word of the lexicon (a protected area approved: POLICY), so 同意 stands inside the trigger
# of the founding agreed (美韩发表宣言，同意设立核磋商小组), not before it
_AGREED_WORD = re.compile(r"同意(?!恢复|重启)")  # (type11: 同意设立核磋商小组, 同意建立…渠道: seeds, retired 3 and 6)
# the clause before a 并-phrase opens with a plan, past the reach of the cue reader (type11)
_PLAN_OPENS_CLAUSE = re.compile(r"[^，。；,;]{0,14}?(?:将于|将在|将赴|将前往|计划于|拟于|预计于|定于)")
# the clause before a 并-phrase agrees to an act, so the phrase is agreed to as well
# (双方同意当年夏季恢复…朝圣，并恢复两国直航); a refusal (不同意, 未同意) agrees to nothing
_AGREED_BEFORE = re.compile(r"(?<![不未])同意")


def agreed_to_hold(text: str, clause_start: int, t0: int) -> bool:
    """同意 governs the act at t0 from a few characters before it in its clause (双方同意尽快展开…)."""
    return _AGREED_TO_HOLD.search(text, max(clause_start, t0 - 20), t0) is not None

# type13: an arms export decided or permitted (决定向美国出口…, 允许向…出口, 批准对…输出): the dev gold codes the
# transfer planned and undated, as the decision to do it rather than the delivery
_EXPORT_ALLOWED = re.compile(r"(?:决定|允许|容许|批准|核准|同意)[^，。；]{0,12}$")
_OWN_INITIATIVE = re.compile(r"(?:倡议|首倡|倡导)$")
# 在某国遭受军事侵略时提供援助, 遭受重大自然灾害或军事侵略时，澳方将…提供: help pledged for a
# contingency is hypothetical (the Tuvalu treaty in dev and retired 3 alike); 受到威胁时相互磋商 is
# not matched here (dev gold: a planned commitment to consult)
# 首批13个创始成员国不包括我国: a state left off the members named (the guidelines: JOIN negated)
_LEFT_OFF = re.compile(r"\s*(?:并|均|都)?\s*(?:不包括|未包括|不包含|未包含)")
_CONTINGENCY = re.compile(r"(?:遭受|遭到)[^，。；]{0,12}?(?:侵略|攻击|袭击|入侵|灾害|灾难)(?:时|之时|的情况下)")


def judge_modality(site: Site, etype: str, walk: WalkState, reader: ModalityReader, invitation: bool) -> tuple[str, int | None]:
    """The event's modality, and where the plan that covers it starts (its date is the plan's own), if one does."""
    text, s, e, t0, t1, word = site.text, site.s, site.e, site.t0, site.t1, site.word
    mentions, clause_start, clause_end = site.mentions, site.clause_start, site.clause_end
    modality = reader.read(text, clause_start, t0, [(m.start, m.end) for m in mentions
                                                     if m.kind not in STATE_KINDS + ("person",) and clause_start <= m.end <= t0])
    if invitation and modality == "asserted":
        modality = "proposed"  # an invitation to visit is a proposed visit (guidelines)
    if modality == "negated" and etype == "LEAVE" and refused_renewal(text, clause_start, t0, word):
        modality = "asserted"  # 决定不与印度续签…协议: the refusal to renew is the act (trigger_types: LEAVE)
    if modality == "asserted":
        # a cue that is part of the trigger itself: 提议成立 is a proposal
        modality = next((k for k, cue in reader.cues_in(word[:1]) if k in ("proposed", "planned") and word.startswith(cue) and len(word) > len(cue) + 1), "asserted")
    if modality == "asserted" and walk.advice and not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
        modality = "proposed"  # an item of a list of recommendations
    if modality == "asserted" and etype == "AID" and word in _INVESTMENT and text.startswith(_PLAN_NOUN, t1):
        modality = "planned"  # 确认了110亿美元的赴美投资计划: an investment plan is a pledge of future investment
    if modality == "asserted" and _INTENT_AFTER.search(text[t1:clause_end]):
        modality = "planned"  # 宣布将关系提升为…的意愿: the intention, not the act
    if modality == "asserted" and etype == "JOIN" and _SUPPORTED_JOINER.search(text, max(clause_start, t0 - 20), t0):
        modality = "proposed"  # 支持蒙古国申请成为…成员: support for a future membership (the guidelines)
    if modality == "proposed" and etype == "ESTABLISH" and _named_relative(text, t0, t1, mentions):
        modality = "asserted"  # 中国倡议成立的上海合作组织: founded on China's initiative, not proposed
    if modality == "proposed" and etype == "ESTABLISH" and _OWN_INITIATIVE.search(text, max(clause_start, t0 - 3), t0) and any(
            clause_start <= m.start and m.end <= t0 and m.kind in STATE_KINDS + ("person", "organ") for m in mentions):
        # 泰国总理他信倡议成立…: a state putting forward its own initiative founds it (the guidelines: ESTABLISH
        # asserted, dated by the proposal); 建议成立 and 呼吁成立 stay proposals
        modality = "asserted"
    if modality == "asserted" and not text[clause_start:t0].strip(" ，,").removeprefix("包括") and (
            (walk.list_item and walk.list_frame == "planned") or _planned_colon(text, s, t0)):
        modality = "planned"  # 三国承诺：举行…；发起…: the items of a list framed as a plan are planned
    if modality == "planned" and word in _ADMIT and any(
            m.end <= t0 and text[m.end:t0].strip() == "" and text[max(clause_start, m.start - 2):m.start].endswith("将") for m in mentions):
        modality = reader.read(text, clause_start, max(clause_start, text.rfind("将", clause_start, t0)))
        # 北约将日本纳入“接触国”行列: 将 marks the state admitted, not the future
    if modality == "asserted" and agreed_terms(text, s, t0) and not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
        modality = "planned"  # 双方达成一致：…，美方则将汽车关税降至15%: a term agreed, to be carried out
    if modality == "asserted" and _content_of_plan(text, s, clause_start, t0, t1, e):
        modality = "planned"  # 以激活…机制, 就尽早签署…达成共识: the purpose or the content agreed on
    if modality == "asserted" and etype == "AID" and word in ("出口", "输出") and _EXPORT_ALLOWED.search(text, clause_start, t0):
        modality = "planned"  # 决定向美国出口…导弹, 允许向…出口: the transfer decided or permitted is still to come (dev)
    if word in ("投资", "支持", "援助") and etype == "AID" and modality == "asserted" and (
            k := _pledge_verb_at(text, t0)) is not None:
        modality = reader.read(text, clause_start, k)  # 宣布计划在美增加…300亿美元的…投资: the verb's cues
    if modality == "asserted" and (0 <= walk.list_from <= t0 or walk.list_planned or _BY_PLAN.search(text, s, t0)
                                      or _TARGET_YEAR.search(text[max(clause_start, t0 - 10) : t0])) and \
            not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
        modality = "planned"  # an item of a list of commitments (…将…：举行…；建立…；) without 已/了
    shared_from = None
    if modality == "asserted" and clause_start > s and (_COORDINATED_VP.match(text, clause_start) or _trip_purpose(
            text, s, clause_start, t0, word)) and not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
        # 将于下月访问菲律宾，并与总统签署…: a verb phrase coordinated by 并 shares the plan or the
        # hypothesis of the clause before it (the subject is the same, the cue is not repeated)
        prev_start = _clause_start(text, clause_start - 1, s)
        shared = reader.read(text, prev_start, _clause_end(text, prev_start, clause_start))
        if shared == "asserted" and _PLAN_OPENS_CLAUSE.match(text, prev_start, clause_start) and \
                not _DONE.search(text, prev_start, clause_start):
            shared = "planned"  # 李强将于会议期间出席…领导人会议和东亚峰会，并见证签署…: the plan opens a long clause
        if shared == "asserted" and etype in ("CONSULT", "COOPERATE") and (
                _AGREED_BEFORE.search(text, prev_start, clause_start)):
            modality = "planned"  # 双方同意当年夏季恢复…，并恢复两国直航: the second act agreed is to come too, undated
        elif shared in ("planned", "hypothetical"):
            modality = shared
            shared_from = prev_start  # (预计明年上半年访华，出席…: the plan's date is the trip's)
    if modality == "asserted" and etype in _AGREED_TYPES and (agreed_to_hold(text, clause_start, t0) or _AGREED_WORD.match(word)) and \
            not _DONE.search(text[t1 : min(clause_end, t1 + 2)]):
        modality = "planned"  # 双方同意就贸易问题展开磋商: the talks agreed on are to come
    if modality == "asserted" and etype == "CONSULT" and _HELD_LATER.match(text, t1, clause_end):
        modality = "planned"  # 中日韩外长会议可望今年稍后举行: the meeting is the subject of a planned 举行
    modality = recommended_modality(text, s, t0, speech_act_modality(etype, modality), clause_start)
    plan_from = shared_from if modality == "planned" else None
    if modality == "asserted" and (ps := _PLAN_SCOPE.search(text[max(s, clause_start - 40) : clause_start])) and \
            not text[clause_start:t0].strip(" ，,"):
        modality = "planned"  # 两国拟于明年纪念…之际，建立…: the plan of the adverbial clause covers the verb
        plan_from = max(s, clause_start - 40) + ps.start()  # and its date is the plan's own
    if modality == "asserted" and etype == "JOIN" and _LEFT_OFF.match(text, t1, clause_end):
        modality = "negated"  # 创始成员国不包括某国: left off the list of members
    if modality in ("asserted", "planned", "proposed") and _CONTINGENCY.search(
            text, _clause_start(text, clause_start - 1, s) if clause_start > s else s, t0):
        modality, plan_from = "hypothetical", None  # help pledged should a partner be attacked

    return modality, plan_from
