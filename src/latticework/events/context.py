"""Passes over the events of one sentence that use the events told before it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..actors.gazetteer import STATE_KINDS, simplify
from ..actors.resolve import Mention
from .attributes import _ORG_KINDS, _compatible
from .also_reactions import also_reacting, joined_target
from .clauses import _clause_end, _clause_start
from .later_dates import in_turn, later_on
from .paired_parties import parties_in_pairs
from .model import Event, Evidence, Participant
from .positions import trigger_position
from .reaction_content import named_in_content
from .reaction_sources import told_target
from .roles import _comitative_list
from .separately_list import cue_before_list

_REACTION_END = re.compile(r"\s*(?:[，。；,;！!]|并|$)")
# the object of a reaction that points back at an act told before (这次会面, 此举, 上述决定)
# (谴责中共此举, 批评北京的这一做法: the doer may be named before the pointer)
_ANAPHORIC_ACT = re.compile(r"\s*(?:了)?(?:[\u4e00-\u9fff]{1,4}?的?)?(?:这次|此次|该次|上述|这一|此一|此)(?:[\u4e00-\u9fff]{0,2}?)"
                            r"(?:会面|会晤|会谈|访问|过境|举动|举措|举|行为|做法|行径|决定|演习|军演|签署|协议|声明)")
# news of the act reaching the reacting side: 消息公布后, 此事曝光后, 消息传出后
_NEWS_OUT = r"(?:消息|该消息|这一消息|此事|该事)[^，。；,;]{0,4}?(?:公布|传出|曝光|披露|发布|宣布)(?:之)?后"
_OPENS_REACTING = re.compile(r"[^，。；,;]{0,16}?(?:对此|就此|回应)|" + _NEWS_OUT)


def reacts_at_open(paragraph: str) -> bool:
    """A paragraph that opens with a reaction (中共当局对此反应强烈。) answers the act the paragraph
    before ended on."""
    return _OPENS_REACTING.match(simplify(paragraph.lstrip())) is not None


# 对条约中…的内容表示关切, 对该协议表示反对, 对报告仓促出台表示遗憾: the object is the act (or its document) told before
_ACT_NOUN_AFTER_DUI = re.compile(r"[对就](?:该|这一|这项|此项|上述|两国|双方|有关)?(?:条约|协议|协定|声明|会谈|会晤|访问|演习|军演|交易|军售|报告|裁决|决定)")
# 拒绝承认有关基线, 不接受上述裁决: an object pointed back at with 有关/上述 is what was told before
_POINTED_OBJECT = re.compile(r"\s*(?:了)?(?:有关|上述)[\u4e00-\u9fff]{1,6}(?=[，。；,;]|$)")
_REACTION_CUE = re.compile(r"(?:对此|就此|对此事|予以|加以|随即|当即|随后|次日|当天|当日|同日|翌日|回应)|" + _NEWS_OUT)


@dataclass
class Fallback:
    """Whom a cued reaction answers when no act was told before it (reaction_sources.py)."""

    opening_before: Callable[[int, int], list[Participant]]  # the party a stretch of this sentence opens with
    sentence_before: list[Participant]  # the party the sentence before opens with, when it told no event
    paragraph_before: list  # (position, event) of the acts the paragraph before ended on


_BODY_MEETING_ACTS = re.compile(r"\s*(?:于?\d{1,2}日|同日|当天|当日|闭幕时|结束时|期间)?\s*(?:正式)?(?:通过|发表|发布|决定|宣布|批准|签署)")
_BARE_MEETING_NOUNS = ("峰会", "会议", "会晤", "首脑会议", "领导人会议")


def _gathering_as_subject(text: str, s: int, e: int, found: list[Event], last: list[Event]) -> list[Event]:
    """金砖国家领导人会晤在喀山举行…。峰会23日通过《喀山宣言》: a bare meeting noun that is the subject
    of adopting or deciding is the body's meeting told before in the paragraph, not a second meeting;
    what it adopts or decides is the body's act."""
    if not last or not found:
        return found
    body = [p for p in last[0].actors if p.kind in _ORG_KINDS]
    out = []
    for ev in found:
        trig = simplify(ev.trigger)
        k = text.find(trig, s, e)
        if ev.type == "CONSULT" and trig in _BARE_MEETING_NOUNS and k >= 0 and _BODY_MEETING_ACTS.match(text, k + len(trig)) \
                and not re.sub(r"[\s，,；;]", "", text[_clause_start(text, k, s) : k]) and _within(ev.date, last[0]):
            for other in found:
                if other is not ev and other.type in ("AGREE", "ESTABLISH", "POLICY") and \
                        {p.key() for p in other.actors} == {p.key() for p in ev.actors}:
                    other.actors = list(body)
                    if other.type == "POLICY":
                        other.type = "AGREE"
            continue
        out.append(ev)
    return out


def _within(date: str | None, ev: Event) -> bool:
    if not date or not ev.date:
        return date is None or ev.date is None
    if ev.date_end:
        return ev.date[: len(date)] <= date <= ev.date_end[: len(date)] or _compatible(date, ev.date)
    return _compatible(date, ev.date)


def _object_of_first_verb(text: str, s: int, e: int, found: list[Event]) -> None:
    """X登临菲方船只并扣押枪械: in 'X V1 Y 并 V2' the object Y of the first verb is no actor of the second;
    the second act has the first one's actor (and its recipient when it names none)."""
    placed = sorted(((trigger_position(text, s, e, ev), ev) for ev in found), key=lambda x: x[0])
    for i, (k, ev) in enumerate(placed):
        if k < 0 or ev.type not in _TWO_WAY_ACTS + ("AID", "MOBILIZE"):
            continue
        cs = _clause_start(text, k, s)
        j = text.rfind("并", cs, k)
        if j < 0:
            continue
        for pk, prev in reversed(placed[:i]):
            if not (cs <= pk < j) or prev.type not in _TWO_WAY_ACTS + ("AID", "MOBILIZE"):
                continue
            mine, theirs = {p.key() for p in ev.actors}, {p.key() for p in prev.actors}
            objects = {p.key() for p in prev.recipients}
            extra = mine - theirs
            if theirs and theirs < mine and extra <= objects:
                ev.actors = [p for p in ev.actors if p.key() in theirs]
                if not ev.recipients:
                    ev.recipients = list(prev.recipients)
            break


# an accusation whose object is a party left unnamed (批评个别国家…, 指责某些国家…, 谴责少数国家…)
_UNNAMED_DOER = re.compile(r"\s*(?:了)?\s*(?:个别|某些|少数|一些|有的|某个|个别域外)(?:国家|国|势力|政客|人士)")


def _reaction_targets(text: str, s: int, e: int, found: list[Event], para_events: list, news: bool = False,
                      mentions: list[Mention] | None = None, fallback: Fallback | None = None,
                      reactions_before: list[Event] | None = None) -> None:
    """An accusation told with no target (美国国务院当天表示严重关切; 菲律宾外交部对此提出抗议; 澳洲总理
    予以谴责; 次日，中国商务部表示坚决反对) reacts to the act told just before it in the paragraph: the
    parties that did that act are its recipients. Earlier reactions are passed over (A谴责，B亦予以谴责:
    both react to the act). The positions of this sentence's events are those of their triggers. In a
    short news paragraph the sentence right after an act reacts to it even without a cue (美国批准对台
    军售…。中国外交部表示强烈不满); in an essay's long paragraph only a cue says so. A threat with no
    target of its own (将采取一切必要措施) reacts the same way. When a cue says it reacts but no act
    was told before it, `fallback` names whom it answers (reaction_sources.py): the party an earlier
    clause of the sentence, or the sentence before when it told no event, opens with; failing that,
    the acts the paragraph before ended on. A reaction told as joining one before it (日本、澳洲也对事件
    表达关切) takes that one's target (`also_reactions.py`; `reactions_before`: the paragraph's earlier
    reactions with a target)."""
    placed = []
    for ev in found:
        k = trigger_position(text, s, e, ev)
        placed.append((k if k >= 0 else s, ev))
    for k, ev in placed:
        if ev.type in ("ACCUSE", "THREATEN") and _UNNAMED_DOER.match(text, k + len(ev.trigger)):
            # 批评个别国家以…向斯方施压: the target is left unnamed on purpose; the party the unnamed
            # one acts on (向斯方) is its victim, no target
            ev.recipients = []
            continue
        counter = ev.type == "SANCTION" and "反制" in simplify(ev.trigger)  # 中方随即采取对等反制措施
        if not (ev.type in ("ACCUSE", "THREATEN") or counter) or ev.recipients or not ev.actors or ev.modality != "asserted":
            continue
        if ev.type == "THREATEN" and (told := told_target(placed, k, {p.key() for p in ev.actors})):
            ev.recipients = told  # 表示坚决反对，并称将采取坚决措施: where the objection aims
            continue
        if also_reacting(text, s, e, ev) and (joined := joined_target(ev, (reactions_before or []) + [pe for pk, pe in placed if pk < k])):
            ev.recipients = joined  # 美国谴责中方…。日本、澳洲也对事件表达关切: the same target
            continue
        t1 = k + len(ev.trigger)
        clause = text[_clause_start(text, k, s) : k]
        anaphoric = _ANAPHORIC_ACT.match(text, t1) is not None  # 谴责这次会面: the act told before
        anaphoric = anaphoric or _ACT_NOUN_AFTER_DUI.search(clause) is not None  # 对条约…表示关切
        anaphoric = anaphoric or _POINTED_OBJECT.match(text, t1) is not None  # 拒绝承认有关基线
        if not (_REACTION_END.match(text, t1) or _REACTION_CUE.search(clause) or anaphoric):
            continue  # 反对单方面改变现状: the target is named as the object (or there is none)
        if re.search(r"[对向就](?!等|外|于)", clause.replace("对此", "").replace("就此", "")) and not _ACT_NOUN_AFTER_DUI.search(clause):
            continue  # 对…表示关切: a target the linker did not resolve; do not guess
        mine = {p.key() for p in ev.actors}
        if (opener := _act_clause_opener(text, s, k, ev, placed, mine, fallback)) and (
                _REACTION_CUE.search(text, _clause_start(text, k, s), k) or anaphoric):
            # 朝鲜当天发射一枚火箭，日韩两国对此提出抗议: the act reacted to is the clause right before,
            # though it told no event of the ontology; an act of an earlier sentence is not it
            ev.recipients = opener
            continue
        # the act reacted to is told earlier in the sentence; in the sentence before only when a cue
        # (对此, 予以, 随即, 当天…) says that the reaction follows it
        cued = _REACTION_CUE.search(text, _clause_start(text, k, s) if k > s else s, k) or _REACTION_CUE.match(text[s:k].lstrip()) or anaphoric
        opens = not text[s:k].strip(" ，,") or _SUBJECT_ONLY.fullmatch(text[s:k].strip()) is not None
        adjacent = bool(para_events) and sum(text.count(c, para_events[-1][0], s) for c in "。！？!?") <= 1
        # (a threat needs a target: the sentence right before it tells what it answers, cue or not)
        before = ([(pk, pe) for pk, pe in para_events] if cued or (news and opens and adjacent) or
                  (ev.type == "THREATEN" and adjacent) else []) + \
            [(pk, pe) for pk, pe in placed if pk < k]
        if _aim(text, t1, e, ev, before, placed, mine, mentions, news, bool(cued), s, k) or not cued or fallback is None:
            continue
        cs = _clause_start(text, k, s)
        told = any(pk < k for pk, pe in placed if pe is not ev)  # (英国亦予以谴责 after 美国表示关切: not 美国)
        opener = [p for p in (fallback.opening_before(s, cs) if cs > s and not told else []) if p.key() not in mine] or \
            [p for p in fallback.sentence_before if p.key() not in mine]
        if opener:
            ev.recipients = opener  # 中国网信办宣布…。美国商务部随后表示坚决反对这一决定
        elif not para_events:  # 日方对条约…表示严重关切 opening a paragraph: the acts of the one before
            _aim(text, t1, e, ev, fallback.paragraph_before, [], mine, mentions, news, True, s, k)


_SPEECH = re.compile(r"表示|称|說|说|指出|认为|強調|强调|回应|呼吁|欢迎|歡迎")


def _act_clause_opener(text: str, s: int, k: int, ev: Event, placed: list, mine: set,
                       fallback: Fallback | None) -> list[Participant]:
    """The party that opens the sentence's clause before a reaction, when that clause tells an act
    no event came from (a launch, a test, an approval) rather than a statement, and no event of the
    sentence stands before the reaction."""
    if fallback is None or any(pk < k for pk, pe in placed if pe is not ev):
        return []
    cs = _clause_start(text, k, s)
    if cs <= s:
        return []
    ps = _clause_start(text, cs - 1, s)  # the clause right before the reaction's
    if _SPEECH.search(text, ps, cs):
        return []
    return [p for p in fallback.opening_before(ps, cs) if p.key() not in mine]


def _aim(text: str, t1: int, e: int, ev: Event, before: list, placed: list, mine: set, mentions, news: bool,
         cued: bool, s: int, k: int) -> bool:
    """Aim a reaction at the doers of the latest act in `before` that it can answer; whether one was found.
    A protest aimed at the reacting party is such an act: its reply answers the protesters (part10)."""
    for _, prev in reversed(before):
        if prev.type == "ACCUSE" and prev is not ev and {p.key() for p in prev.recipients} & mine and \
                (protesters := [p for p in prev.actors if p.key() not in mine]):
            ev.recipients = protesters  # 菲方提出抗议。中方表示，将继续采取必要措施: the reply answers the protest
            return True
        if prev.type == "ACCUSE" or prev is ev or (prev_in_sentence(prev, placed) and {p.key() for p in prev.actors} & mine):
            continue  # 日韩两国分别发表声明予以谴责: the reacting party's own statement is no act reacted to
        # (a body's act too: 欧盟对中国电动车加征关税。中国商务部随即表示强烈不满 is aimed at the EU)
        doers = [p for p in prev.actors if (p.kind in STATE_KINDS or p.kind in ("organisation", "grouping"))
                 and p.key() not in mine]
        if doers and mentions:  # 批评，美俄在乌方缺席下讨论…: the doers its words name
            doers = named_in_content(text, t1, e, doers, mentions)
        if doers:
            ev.recipients = list(doers)
            if ev.date is None and prev.date and prev.modality == "asserted":
                # (not by the own date of a plan it answers: 计划在2027年度…。中方随即表示不满 is not in 2027)
                # an undated reaction is dated by the act it answers: to the month when only
                # adjacency, not a cue such as 当天, ties it to a day, or when it is told as coming
                # later (随即, 随后) or in turn (相继表示关切), which states no day
                later = (news and not cued) or later_on(text, s, s, k) or in_turn(text, s, k)
                ev.date = prev.date[:7] if later else prev.date
        return True
    return False


def prev_in_sentence(prev: Event, placed: list) -> bool:
    """Whether an event is one of the sentence's own (placed), not one told before it."""
    return any(pe is prev for _, pe in placed)


# the sentence opens with its subject and a reaction verb only (中国外交部表示强烈不满…)
_SUBJECT_ONLY = re.compile(r"[^，。；,;]{1,24}?(?:表示|发表声明|发表谈话|回应|随即)?")

_RECIPROCAL_TYPES = ("CONSULT", "AGREE", "ALIGN", "ESTABLISH", "COOPERATE")
_OWN_STATEMENT = re.compile(r"^(?:发表|发布|发出)(?:了)?(?:声明|谈话)$")
_SEPARATELY = ("分别", "先后", "各自", "相继")
_DATE_CHARS = re.compile(r"[\d年月日]")
# the verb of a trip right before its host (访问越南, 抵达河内): the host is no fixed party of the meetings after it
_TRIP_TO = re.compile(r"(?:访问|出访|到访|访|抵达|飞抵|前往|转往|飞往|赴)$")


def _tour_stops(ev: Event) -> list[Event]:
    """A tour told with 先后 is one visit per host, in the order told: the first begins on the
    tour's first day; the days of the later stops are not told, only the month the tour began."""
    out = []
    for i, host in enumerate(ev.recipients):
        y = copy.copy(ev)
        y.recipients = [host]
        if ev.date_end and ev.date:
            y.date, y.date_end = (ev.date if i == 0 else ev.date[:7]), None
        out.append(y)
    return out


def _separately(text: str, s: int, t0: int, ev: Event, mentions: list[Mention]) -> list[Event]:
    """分别/先后/各自/相继: parties that act separately give one event each (A分别与B、C会谈 is two
    talks, B、C先后访问A two visits)."""
    cs = _clause_start(text, t0, s)
    w0 = max(cs, t0 - 16 - len(_DATE_CHARS.findall(text, max(cs, t0 - 40), t0)))  # (分别于2023年4月和2024年3月加入: dates between)
    window = text[w0:t0]  # the cue of this clause (not 表达了各自的看法，并呼吁)
    cue = next((c for c in _SEPARATELY if c in window), None)
    if cue is None and cs > s and re.match(r"\s*(?:并|又|也)?(?:与|同|跟)", text[cs:t0]):
        # A、B先后与C断交，同D建交: a comitative clause goes on with the parties of the clause before
        w0 = max(_clause_start(text, cs - 1, s), cs - 20)
        window = text[w0:cs]
        cue = next((c for c in _SEPARATELY if c in window), None)
    cue_at = w0 + window.rfind(cue) if cue is not None else -1
    if cue is None and (far := cue_before_list(text, cs, t0, mentions)) is not None:
        cue, cue_at = far  # 中国先后同A、B、C、D和E建立外交关系: a long list between the cue and the verb
    if cue is None:
        return [ev]
    if ev.type in _RECIPROCAL_TYPES and (pairs := parties_in_pairs(text, _clause_start(text, cue_at, s), cue_at, mentions)) and \
            {k for p in pairs for k in p} == {a.key() for a in ev.actors}:
        # 日本与越南、美国与菲律宾分别签署…: each pair on its own
        out = []
        for pair in pairs:
            y = copy.copy(ev)
            y.actors = [a for a in ev.actors if a.key() in pair]
            out.append(y)
        return out
    if ev.type == "AGREE" and cue in ("分别", "各自") and _OWN_STATEMENT.search(simplify(ev.trigger)) and \
            not any(cue_at < m.start < t0 for m in mentions):
        return []  # 日韩两国分别发表声明: each state's own statement, no joint document
    if ev.type in _RECIPROCAL_TYPES and not ev.recipients and not text[cue_at + len(cue) : t0].strip():
        # A分别会见B和C / A分別會見B、C: the cue right before the verb, the parties after it: A with each
        ce = _clause_end(text, t0, len(text))
        after_verb = {m.country or m.id for m in mentions if t0 < m.start < ce and (m.kind in STATE_KINDS or m.country)
                      and m.kind not in _ORG_KINDS}
        before_cue = {m.country or m.id for m in mentions if s <= m.start < cue_at and m.kind not in ("place",)
                      and not _TRIP_TO.search(text, max(s, m.start - 2), m.start)}  # (访问越南，期间分别会见…: the host is met too)
        fixed = [a for a in ev.actors if a.key() in before_cue and a.kind in STATE_KINDS]
        each = [a for a in ev.actors if a.key() in after_verb and a.key() not in before_cue]
        if fixed and len(each) > 1:
            out = []
            for x in each:
                y = copy.copy(ev)
                y.actors = fixed + [x]
                out.append(y)
            return out
    if ev.type == "CONSULT" and cue in ("先后", "相继") and len(ev.actors) == 1 and len(ev.recipients) > 1:
        return _tour_stops(ev)  # A先后对B、C、D进行国事访问: one visit per host
    # the parties after the cue in the trigger's own clause (not the recipient marked there: A、B相继向C派出…)
    after_cue = {m.country or m.id for m in mentions if cue_at < m.start < t0} - {r.key() for r in ev.recipients}
    fixed = [a for a in ev.actors if a.key() not in after_cue]
    if after_cue and len(fixed) > 1 and any(a.key() in after_cue for a in ev.actors) and ev.type in _RECIPROCAL_TYPES:
        # A、B先后与C建交: each of A and B with C
        each = [a for a in ev.actors if a.key() in after_cue]
        groups = [[f] + each for f in fixed]
    elif len(ev.actors) > 2 and after_cue:
        # A分别与B、C会谈: A with each of the others named after the cue
        fixed = [a for a in ev.actors if a.key() not in after_cue]
        each = [a for a in ev.actors if a.key() in after_cue]
        groups = [fixed + [x] for x in each] if fixed and len(each) > 1 else [ev.actors]
    elif len(ev.actors) > 2 and not after_cue and sum(
            a.key() in (listed := _comitative_list(text, s, cue_at, mentions)) for a in ev.actors) > 1:
        # (美国、澳大利亚和新西兰相继表示关切: 和 closing a list of one side opens no 与-list)
        # A与B、C等国分别举行会谈: A with each of the parties listed before the cue
        each = [a for a in ev.actors if a.key() in listed]
        fixed = [a for a in ev.actors if a.key() not in listed and a.kind not in _ORG_KINDS] or [
            a for a in ev.actors if a.key() not in listed]  # 东盟与中、日、韩分别举行“10+1”会议: the body with each
        groups = [fixed + [x] for x in each] if fixed and len(each) > 1 else [ev.actors]
    elif len(ev.actors) > 1 and not after_cue and (ev.recipients or ev.type not in _RECIPROCAL_TYPES):
        groups = [[a] for a in ev.actors]  # B、C先后访问A (a meeting or an agreement needs its parties together)
    else:
        groups = [ev.actors]
    if len(groups) == 1:
        return [ev]
    # (美国与菲律宾分别与日本会谈: a grouping read off the three states together is no party of either talk)
    named = {m.id for m in mentions} | {m.country for m in mentions if m.country}
    kept = [[a for a in g if a.kind in STATE_KINDS or a.id in named] for g in groups]
    groups = [k for k, g in zip(kept, groups) if k and (len(k) == len(g) or not any(
        {a.key() for a in k} <= {a.key() for a in o} for o in kept if o is not k))]
    out = []
    for g in groups:
        x = copy.copy(ev)
        x.actors = g
        out.append(x)
    return out


_TWO_WAY_ACTS = ("SANCTION", "ACCUSE", "THREATEN", "COERCE")


_IN_FORCE = re.compile(r"\s*(?:已|已经|将|于)?\s*(?:[^，。；]{0,16}?)(?:正式|开始|起|起正式)?\s*(?:生效|实施生效)")
_TITLE_AT = re.compile(r"《([^《》]{2,60})》")
# a treaty referred back to (该条约, 上述协定; a bare 条约 opening its clause, as in a chronicle's entry)
_DOC_ANAPHOR = re.compile(r"(?P<det>该|此|上述|这一|这项|该项|(?:签署|签订|缔结)的)?(?P<noun>条约|协定|协议|公约)")


def _entry_into_force(doc_text: str, text: str, s: int, e: int, mentions: list[Mention], times: list,
                      told: list[Event]) -> bool:
    """《区域全面经济伙伴关系协定》于2022年1月1日正式生效: an agreement told as signed earlier in the
    document enters into force; the date goes into that AGREE's `effective` (ontology: an entry
    into force is not a new happening) and the sentence becomes further evidence of it. True when
    the sentence was used that way."""
    if "生效" not in text[s:e]:
        return False
    subject = [m for m in mentions if s <= m.start < e and m.kind in ("agreement", "law")]
    names = {m.id for m in subject} | {simplify(t.group(1)) for t in _TITLE_AT.finditer(text, s, e)}
    noun = None
    if not names:
        # 该条约于同年12月4日生效, 两国签署的条约正式生效, (12月4日) 条约生效: the document told last with that noun
        ref = _DOC_ANAPHOR.search(text, s, e)
        if ref is None or not (ref.group("det") or ref.start() == _clause_start(text, ref.start(), s)):
            return False
        noun, k = ref.group("noun"), ref.end()
    else:
        k = min([m.end for m in subject] + [t.end() for t in _TITLE_AT.finditer(text, s, e)])
    force = _IN_FORCE.match(text, k, e)
    when = [t for t in times if k <= t.start and force is not None and t.end <= force.end() and t.value]
    if force is not None and not when:
        # 12月4日，俄朝《…条约》正式生效 (a chronicle's entry): the date opening the sentence
        when = [t for t in times if s <= t.start and t.end <= k and t.value and t.kind != "decade"][-1:]
    if force is None or not when:
        return False
    for ev in reversed(told):
        obj = ev.object or {}
        named = obj.get("id") in names or simplify(obj.get("name") or "") in names
        if noun is not None:
            named = ev.type == "AGREE" and simplify(obj.get("name") or "").endswith(noun)
        if ev.type in ("AGREE", "POLICY") and named:
            if not ev.effective:
                ev.effective = when[0].value
            ev.evidence.append(Evidence(s, e, doc_text[s:e].strip()))
            return True
    return False


_PARTNERSHIP_TREATY = re.compile(r"^(?:[^《》]{0,4}?(?:关于|之间)?)?(?P<label>[\u4e00-\u9fff]{0,10}?(?:伙伴关系|同盟|同盟关系|盟友关系|联盟))条约$")  # 协定: mostly trade (经济伙伴关系协定 is no tie)
# (…联盟条约: a treaty founding a named union of its signatories, 《法勒皮利联盟条约》, is AGREE and ALIGN
# like a partnership treaty: thirteenth session, ruling 2)
# 《美菲共同防御条约》, 《战略共同防御协议》, 签署共同防御条约《…》: a mutual defence pact makes its
# signatories allies (the ontology: a defence treaty that founds an alliance is AGREE and ALIGN, the
# label as written; type10, lex10), named in the title or by a descriptor right before it
_DEFENCE_TREATY = re.compile(r"(?P<label>共同防御|共同防卫|相互防御|相互防卫|共同安全防御)(?:条约|协定|协议)")
_DEFENCE_BEFORE_TITLE = re.compile(r"(?:签署|签订|缔结|签定)(?:了)?[^，。；《]{0,8}?(?P<label>共同防御|共同防卫|相互防御|相互防卫)(?:条约|协定|协议)《")


def _alliance_label(ev: Event, name: str) -> str | None:
    """The alliance an AGREE signing a mutual-defence treaty makes (共同防御, as written): by its title or
    a descriptor right before it."""
    m = _DEFENCE_TREATY.search(name)
    if m is None:
        m = _DEFENCE_BEFORE_TITLE.search(simplify(ev.evidence[0].text) if ev.evidence else "")
    return m.group("label") if m is not None else None


def _treaty_alignments(found: list[Event], gz=None) -> list[Event]:
    """《全面战略伙伴关系条约》: a treaty that creates a named partnership is an AGREE and an ALIGN
    (ontology), the ALIGN carrying the partnership as its label; a mutual-defence treaty makes allies.
    A union the treaty founds is one too (《法勒皮利联盟条约》), unless the union is an organisation the
    gazetteer lists (《欧洲联盟条约》 founds the EU: a body, no tie between its signatories)."""
    out = list(found)
    for ev in found:
        name = simplify((ev.object or {}).get("name") or "")
        m = _PARTNERSHIP_TREATY.match(name) if ev.type == "AGREE" else None
        label = m.group("label") if m is not None else (_alliance_label(ev, name) if ev.type == "AGREE" else None)
        if label is None or len(ev.actors) + len(ev.recipients) < 2 or re.search(r"经济|贸易", label):
            continue
        if label.endswith("联盟") and gz is not None and any(
                (b := gz.get(a.entity)) is not None and b.kind in _ORG_KINDS for a in gz.aliases.get(label, ())):
            continue
        keys = {p.key() for p in ev.actors + ev.recipients}
        if any(x.type == "ALIGN" and {p.key() for p in x.actors + x.recipients} == keys for x in found):
            continue
        align = copy.copy(ev)
        align.type, align.label, align.object = "ALIGN", label, None
        align.actors, align.recipients = list(ev.actors), list(ev.recipients)
        align.evidence, align.quantities = list(ev.evidence), list(ev.quantities)  # (its own: 该条约…生效 adds to the AGREE)
        out.append(align)
    return out
