"""Post-passes over a document's events: de-duplication and folding of partial reports."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .attributes import _ORG_KINDS, _compatible
from .context import _TWO_WAY_ACTS
from .listed_gatherings import MEETING_NOUNS
from .model import Event


def _one_accession(evs: list[Event]) -> list[Event]:
    """日本正式加入CCDCOE，成为其第二个亚洲成员: one accession told twice in a sentence is one JOIN. So is an
    invitation to join and the membership it invites to (决定邀请A、B自2024年1月1日起成为正式成员): the
    invitation is the act, the start it names is its effective date (prec11)."""
    out: list[Event] = []
    for ev in evs:
        if ev.type == "JOIN":
            keys = {a.key() for a in ev.actors}
            rkeys = {r.key() for r in ev.recipients}
            twin = next((x for x in out if x.type == "JOIN" and keys <= {a.key() for a in x.actors}
                         and rkeys <= {r.key() for r in x.recipients} and (
                             ev.date is None or x.date == ev.date or _invited_membership(x, ev))), None)
            if twin is not None and ev.effective and ev.effective != twin.date and _clause_after(twin, ev):
                # 邀请A、B、C加入，新成员自2024年1月1日起正式成为成员: the membership taking effect, told in a clause
                # of its own, is a second JOIN on that day (the guidelines: decided and effective are two)
                ev.date, ev.effective = ev.effective, None
                twin = None
            if twin is not None:
                if _invited_membership(twin, ev) and ev.date and ev.date != twin.date:
                    twin.effective = ev.date
                continue
        out.append(ev)
    return out


def _invited_membership(invitation: Event, ev: Event) -> bool:
    """`ev` is the membership an invitation of its sentence invites to: told after 邀请 in the same
    clause (邀请A、B自次年1月1日起成为正式成员; not …邀请A、B加入，A等四国于次年正式成为成员)."""
    if invitation.trigger not in ("邀请", "邀請") or invitation.effective or not ev.evidence or not invitation.evidence:
        return False
    text = ev.evidence[0].text
    if text != invitation.evidence[0].text:
        return False
    k = text.find(invitation.trigger)
    j = text.find(ev.trigger, k + 1)
    return k >= 0 and j > k and not any(p in text[k:j] for p in "，,；;。")


def _clause_after(first: Event, ev: Event) -> bool:
    """`ev` is told in a later clause of the sentence that tells `first` (a clause break between the triggers)."""
    if not ev.evidence or not first.evidence or ev.evidence[0].text != first.evidence[0].text:
        return False
    text = ev.evidence[0].text
    k = text.find(first.trigger)
    j = text.find(ev.trigger, k + 1) if k >= 0 else -1
    return j > k and any(p in text[k:j] for p in "，,；;")


def dedup(events: list[Event]) -> list[Event]:
    """One happening stated twice is one event with several evidence spans."""
    out: list[Event] = []
    index: dict[tuple, Event] = {}
    told: dict[tuple, list[Event]] = {}  # every event kept under a key, the latest last
    for ev in events:
        obj = ev.object or {}
        # (A sanctions B and B counter-sanctions A are two acts: the direction is part of the key)
        key = (ev.type, frozenset(p.key() for p in ev.actors + ev.recipients),
               frozenset(p.key() for p in ev.recipients) if ev.type in _TWO_WAY_ACTS else None, ev.label,
               _object_key(obj), ev.modality,
               # undated promises in one list (将举行财长会议；发起“印太对话”) are distinct acts
               ev.evidence[0].text if ev.modality != "asserted" and not ev.date and ev.evidence else None)
        prev = index.get(key)
        if prev is not None and not _compatible(prev.date, ev.date) and ev.date and any(p.kind in _ORG_KINDS for p in ev.actors):
            # a body's session told again after other sessions of the body (a chronicle, then a table
            # listing the same rounds): the earlier statement of that month is the same session (two
            # states meeting twice in a month are not folded so)
            prev = next((x for x in reversed(told.get(key, [])) if x.date and _compatible(x.date, ev.date)), prev)
        if prev is not None and not _compatible(prev.date, ev.date) and ev.date and len(ev.date) == 10:
            # a happening told again on the same day after another of the key told in between (接纳东帝汶为成员 on
            # its day; 2022年原则上同意接纳; 欢迎东帝汶成为正式成员 on the same day): the statement of that day (prec14)
            prev = next((x for x in reversed(told.get(key, [])) if x.date == ev.date), prev)
        if prev is not None and not _compatible(prev.date, ev.date) and ev.date and ev.evidence:
            # two words of one sentence for rounds held at two dates (分别举行第二轮和第三轮…磋商: 举行第 and
            # 磋商 each copied per date): the copy of the same sentence and date is the same round
            prev = next((x for x in reversed(told.get(key, [])) if x.date and _compatible(x.date, ev.date)
                         and x.evidence and x.evidence[0].start == ev.evidence[0].start), prev)
        if prev is not None and _dated_apart(prev, ev):
            # talks dated apart from a visit of the same pair: the same-kind event told before, if any
            prev = next((x for x in reversed(told.get(key, [])) if not _dated_apart(x, ev)), None)
        if prev is not None and _two_measures(prev, ev):
            # 加征关税，并将15家实体列入管控名单: a second measure; folded only into a mention in its own clause
            prev = next((x for x in reversed(told.get(key, [])) if not _two_measures(x, ev)), None)
        if prev is not None and _two_promises(prev, ev):
            out.append(ev)  # 将每年举行领导人会议，并将举行首次财长会议: two acts promised
            continue
        if prev is not None and _two_sessions(prev, ev):
            prev = None  # 5月的美国—东盟特别峰会以及年底的美国—东盟峰会: two sessions, each with its own time
        if prev is not None and (_two_incidents(prev, ev) or _two_channels_ended(prev, ev)):
            out.append(ev)  # 遭喷射水炮及撞击: two acts of force coordinated in one sentence stay two
            continue
        if prev is not None and (_compatible(prev.date, ev.date) or _talks_in_visit(prev, ev)):
            # a new list: events told in one sentence may share their evidence list, and a later
            # mention of one of them is no evidence of the others
            prev.evidence = prev.evidence + [x for x in ev.evidence if all(x.start != y.start for y in prev.evidence)]
            if ev.date and (not prev.date or len(ev.date) > len(prev.date)):
                prev.date = ev.date
            continue
        index[key] = ev
        told.setdefault(key, []).append(ev)
        out.append(ev)
    return _fold_targetless(_drop_bare_gatherings(out))


def _two_sessions(a: Event, b: Event) -> bool:
    """Two meetings named by meeting nouns in one sentence at two times (5月的…特别峰会以及年底的…峰会): the
    year of one is compatible with the month of the other, but each noun has a time of its own."""
    return (a.type == b.type == "CONSULT" and bool(a.date) and bool(b.date) and a.date != b.date
            and bool(a.evidence) and bool(b.evidence) and a.evidence[0].start == b.evidence[0].start
            and simplify(a.trigger).endswith(MEETING_NOUNS) and simplify(b.trigger).endswith(MEETING_NOUNS))


# a clause that opens a second act of the same party (，并将…, ，并…, ；…, ，还将…, ，同时…)
_NEXT_ACT = re.compile(r"[，,]\s*(?:并且|并|還|还|同时|此外|另)|[；;]")


def _two_promises(a: Event, b: Event) -> bool:
    """Two undated acts promised or planned in one sentence, the second in a clause of its own
    opened by 并/还/同时 or after ；, are two acts (将每年举行领导人会议，并将举行首次财长会议),
    not one act told twice."""
    if a.modality == "asserted" or b.modality == "asserted" or a.date or b.date or not a.evidence or not b.evidence:
        return False
    if a.evidence[0].start != b.evidence[0].start:
        return False
    sent = simplify(a.evidence[0].text)
    i = sent.find(simplify(a.trigger))
    j = sent.rfind(simplify(b.trigger))
    return i != -1 and j > i + len(simplify(a.trigger)) and _NEXT_ACT.search(sent, i + len(simplify(a.trigger)), j) is not None


def _object_key(obj: dict) -> str | None:
    """The object an event is about, for de-duplication: a discovered id (x:NAME) is its name, in
    simplified script, so a document named by its title alone and again with a discovered id is one
    document."""
    key = obj.get("id") or obj.get("name")
    if not isinstance(key, str):
        return key
    return simplify(key[2:] if key.startswith("x:") else key)  # (a title in either script)


# what may stand between two acts of force told as two incidents (水炮及撞击, 拦截、驱离)
_INCIDENT_JOINERS = ("及", "和", "与", "與", "并", "並", "、", "，", "又", "并且", "並且", "以及")


def _two_incidents(a: Event, b: Event) -> bool:
    """Two COERCE triggers of one sentence joined by a conjunction are distinct incidents (the
    guidelines count a water-cannon attack and a ramming apart); an instrument right before its
    act (使用水炮拦截) is one."""
    if a.type != "COERCE" or b.type != "COERCE" or not a.evidence or not b.evidence:
        return False
    if a.evidence[0].start != b.evidence[0].start or a.trigger == b.trigger:
        return False
    sent = a.evidence[0].text
    i, j = sent.find(a.trigger), sent.find(b.trigger)
    if i == -1 or j == -1:
        return False
    first, second = (i, a.trigger), (j, b.trigger)
    if j < i:
        first, second = second, first
    gap = sent[first[0] + len(first[1]) : second[0]].strip()
    # 遭水炮喷射和撞击, 用水炮驱赶并冲撞: the verb of the instrument may stand before the joiner
    gap = re.sub(r"^(?:喷射|喷|噴射|噴|照射|攻击|攻擊|驱赶|驅趕|驱离|驅離|驱逐|驅逐)", "", gap)
    return gap in _INCIDENT_JOINERS


def _dated_apart(a: Event, b: Event) -> bool:
    """A visit and talks of the same two parties whose dates differ (国事访问 from the 14th to the
    16th, 14日…举行会谈; 访华期间 in October, talks on the 23rd): the talks are dated apart from the
    visit and are a happening of their own (the conventions fold talks into a visit unless the
    text dates them separately). Talks on the visit's one day fold into it."""
    if a.type != "CONSULT" or b.type != "CONSULT" or bool(a.recipients) == bool(b.recipients):
        return False
    visit, talks = (a, b) if a.recipients else (b, a)
    if _negotiations_launched(talks):
        return True  # (抵达马尼拉进行正式访问，两国宣布启动…谈判: a happening of its own, as the gold sets code it)
    if not visit.date or not talks.date or len(talks.date) < 10 or not visit.evidence or not talks.evidence:
        return False
    if visit.evidence[0].start == talks.evidence[0].start:
        return _less_precise(visit.date, talks.date)  # (访问日本，与岸田举行会谈: talks told in the visit's sentence share its date)
    if not _OWN_DAY.search(talks.evidence[0].text):
        return False
    return visit.date != talks.date or bool(visit.date_end and visit.date_end != talks.date)


def _negotiations_launched(ev: Event) -> bool:
    """启动…谈判 (宣布启动, 正式启动): the launch of negotiations during a visit is no talks folded into it."""
    return ev.type == "CONSULT" and not ev.recipients and simplify(ev.trigger).endswith("启动")


# a day the talks' own sentence states (14日, 十四日, 當天, 次日)
# (not the 日 of 日本: 佐科同日本首相会谈)
_OWN_DAY = re.compile(r"(?:\d{1,2}\s*日|[一二三四五六七八九十]{1,3}日|当日|當日|次日|翌日|同日)(?!本)|当天|當天")


def _two_channels_ended(a: Event, b: Event) -> bool:
    """宣布取消两军战区领导通话，暂停气候变化商谈: two LEAVE verbs of one sentence, each in a clause of its
    own, end two channels (two events, as the guidelines count distinct measures)."""
    if a.type != "LEAVE" or b.type != "LEAVE" or not a.evidence or not b.evidence:
        return False
    if a.evidence[0].start != b.evidence[0].start or a.trigger == b.trigger:
        return False
    sent = a.evidence[0].text
    i, j = sorted((sent.find(a.trigger), sent.find(b.trigger)))
    return i != -1 and any(c in sent[i:j] for c in "，、；")


# an umbrella word whose clauses after it tell the content of one measure (宣布追加制裁，禁止…，并冻结…),
# or a party following suit (亦宣布跟进，…起加征…): no second measure
_ONE_MEASURE = ("制裁", "反制", "跟进", "报复")


def _two_measures(a: Event, b: Event) -> bool:
    """对美国商品加征关税，并将15家美国实体列入出口管制名单: two SANCTION verbs of one sentence, each in a
    clause of its own, are two measures (the conventions count distinct measures apart), unless one
    of them is the umbrella the other details."""
    if a.type != "SANCTION" or b.type != "SANCTION" or not a.evidence or not b.evidence:
        return False
    if a.evidence[0].start != b.evidence[0].start or simplify(a.trigger) == simplify(b.trigger):
        return False
    if any(w in simplify(t) for t in (a.trigger, b.trigger) for w in _ONE_MEASURE):
        return False
    sent = simplify(a.evidence[0].text)
    i, j = sorted((sent.find(simplify(a.trigger)), sent.find(simplify(b.trigger))))
    return i != -1 and any(c in sent[i:j] for c in "，；")


def _fold_targetless(events: list[Event]) -> list[Event]:
    """召见中国使馆官员，提出抗议: a protest with no target of its own, told in the same sentence as
    one by the same party at a target, is that protest; so is an undated one at the same target
    (表示强烈不满和坚决反对，并向美方提出严正交涉: one reaction, dated by its sentence)."""
    out = []
    for ev in events:
        if ev.type == "ACCUSE" and not ev.date and ev.recipients and any(
                o is not ev and o.type == "ACCUSE" and o.date and o.evidence and ev.evidence
                and o.evidence[0].start == ev.evidence[0].start and o.modality == ev.modality
                and {p.key() for p in o.actors} == {p.key() for p in ev.actors}
                and {p.key() for p in o.recipients} == {p.key() for p in ev.recipients} for o in events):
            continue
        if ev.type == "SANCTION" and not ev.recipients and (umbrella := _umbrella_of(ev, events)) is not None:
            if umbrella.object is None and ev.object is not None:
                umbrella.object = ev.object  # 采取反制措施，将其列入不可靠实体清单: the list is the measure's
            continue
        if ev.type in ("ACCUSE", "THREATEN") and not ev.recipients and ev.actors and any(
                o is not ev and o.type == ev.type and o.recipients and o.evidence and ev.evidence
                and o.evidence[0].start == ev.evidence[0].start and o.date == ev.date and o.modality == ev.modality
                and {p.key() for p in o.actors} == {p.key() for p in ev.actors} for o in events):
            continue
        out.append(ev)
    return out


# the clause of a measure that points back to the target of the measure before it (将其列入…, 对上述企业…)
_POINTS_BACK = re.compile(r"(?:将|对|把|對|將)(?:其|上述|这些|這些|该|該|相关|相關)")


def _umbrella_of(ev: Event, events: list[Event]) -> Event | None:
    """The umbrella measure (反制措施, 制裁) a targetless SANCTION of the same sentence details, when its
    clause points back to that measure's target: one measure told twice, not two."""
    if not ev.evidence or not ev.actors:
        return None
    sent = simplify(ev.evidence[0].text)
    k = sent.find(simplify(ev.trigger))
    if k == -1 or not _POINTS_BACK.search(sent, max(sent.rfind("，", 0, k), sent.rfind("；", 0, k)) + 1, k):
        return None
    return next((o for o in events if o is not ev and o.type == "SANCTION" and o.recipients and o.evidence
                 and o.evidence[0].start == ev.evidence[0].start and o.date == ev.date and o.modality == ev.modality
                 and any(w in simplify(o.trigger) for w in _ONE_MEASURE)
                 and {p.key() for p in o.actors} == {p.key() for p in ev.actors}), None)


def _drop_bare_gatherings(events: list[Event]) -> list[Event]:
    """在东盟外长会议期间 makes the meeting an event of the body; when the same sentence tells who
    attended it (布林肯出席东盟外长会议), that attendance is the meeting's event, with the body in it."""
    out = []
    for ev in events:
        if ev.type == "CONSULT" and len(ev.actors) == 1 and not ev.recipients and ev.actors[0].kind in _ORG_KINDS and any(
                o is not ev and o.type == "CONSULT" and o.evidence and ev.evidence and o.evidence[0].start == ev.evidence[0].start
                and o.date == ev.date and any(p.key() == ev.actors[0].key() for p in o.actors) for o in events):
            continue
        out.append(ev)
    return out


_DATE_WORDS = re.compile(r"\d+\s*[年月日]|[〇一二三四五六七八九十]+[月日]|今天|昨天|昨日|今日|本周|上周|周[一二三四五六日]|週[一二三四五六日]")


def fold_headlines(events: list[Event], doc_date: str | None = None) -> list[Event]:
    """A headline restates the story: its event is the body's event of the same type with the
    same parties (the headline is one more evidence span), and stands alone only when the body
    does not tell it. A headline that states no date of its own (北約峰會點名中國 over a story
    of the 9th-11th) restates a body event of its type that shares a party, whatever its date:
    headlines are terse and name the topic (中國) beside the doers."""
    body = [ev for ev in events if ev.block_kind != "headline"]
    out: list[Event] = []
    for ev in events:
        if ev.block_kind == "headline":
            keys = {p.key() for p in ev.actors + ev.recipients}
            cands = [b for b in body if b.type == ev.type and keys <= {p.key() for p in b.actors + b.recipients}
                     and (ev.date is None or _compatible(ev.date, b.date))]
            if not cands and (ev.date is None or ev.date == doc_date or not _DATE_WORDS.search(ev.evidence[0].text)):
                cands = [b for b in body if b.type == ev.type and keys & {p.key() for p in b.actors + b.recipients}]
            # the closest restatement: same parties, then same label or object, then the first told
            same = min(cands, key=lambda b: (len({p.key() for p in b.actors + b.recipients} - keys),
                                             (b.label, _obj_key(b)) != (ev.label, _obj_key(ev))), default=None)
            if same is not None:
                same.evidence = same.evidence + ev.evidence
                continue
        out.append(ev)
    return out


def _obj_key(ev: Event) -> str | None:
    return (ev.object or {}).get("id") or (ev.object or {}).get("name")


def _talks_in_visit(visit: Event, talks: Event) -> bool:
    """佐科对日本进行国事访问。佐科与日本首相举行会谈。: talks of a visit's two parties with no date of
    their own, told right after the dated visit (within a sentence or two), are held during it."""
    if visit.type != "CONSULT" or talks.type != "CONSULT" or not visit.recipients or talks.recipients:
        return False
    if talks.date or not visit.date or not visit.evidence or not talks.evidence:
        return False
    return 0 <= talks.evidence[0].start - visit.evidence[0].end < 80


def _less_precise(visit: str | None, talks: str | None) -> bool:
    """4月27日…在板门店会晤，…，文在寅同年秋天访问平壤: a visit the sentence dates only by a vaguer
    time than its talks is not the frame of those talks."""
    return bool(visit and talks and len(visit) < len(talks))


def _fold_talks_into_visit(events: list[Event]) -> list[Event]:
    """A visit is one CONSULT: talks held during it (莫迪对美国进行国事访问并与拜登会谈) fold into it, not
    talks dated more precisely than the visit (see _less_precise). A
    transit is no visit: the meeting held during it is the event (过境美国时与众议院议长会面: the two
    meet), and the transit folds into it."""
    visits = [ev for ev in events if ev.type == "CONSULT" and ev.recipients]
    if not visits:
        return events
    out = []
    for ev in events:
        same = [v for v in visits if ev.type == "CONSULT" and not ev.recipients and len(ev.actors) == 2 and not _negotiations_launched(ev)
                and {p.key() for p in ev.actors} == {p.key() for p in v.actors + v.recipients} and _compatible(v.date, ev.date)
                and ev.modality == v.modality and not _less_precise(v.date, ev.date)]
        if same and not all(simplify(v.trigger) == "过境" for v in same):
            continue
        out.append(ev)
    return [ev for ev in out if not (ev in visits and simplify(ev.trigger) == "过境" and any(
        o.type == "CONSULT" and not o.recipients and {p.key() for p in o.actors} == {p.key() for p in ev.actors + ev.recipients}
        and _compatible(ev.date, o.date) for o in out))]
