"""Events that no trigger word names: a gathering that frames a sentence (在APEC会议期间…), a
dated document cited as speaking (北约峰会宣言称…), leaders' meetings by nickname (拜习会), and an
attendee named after the gathering (峰会在万象举行，布林肯出席)."""

from __future__ import annotations

import re

from ..actors.gazetteer import Gazetteer
from ..actors.resolve import Mention
from ..clean import CleanDoc
from ..timex import Timex
from .attributes import _DOC_KINDS, _ORG_KINDS, _decade, _nearest_time
from .checks import _POLICY_NOUNS
from .clause_limits import excepted
from .clauses import _clause_start
from .leaders import leader_meetings
from .modality import ModalityReader
from .model import Event, Evidence, Participant
from .not_parties import inviter_or_uninvited
from .during_dates import framing_only
from .later_dates import open_later
from .positions import trigger_position
from .roles import _TITLE, _actorish, _participants

# a frame that opens its clause with at most a time before the body (2023年APEC峰会期间，…)
_FRAME_AT_OPENING = re.compile(r"(?:第?\d+次|第?\d+届)?(?:峰会|会议|领导人会议|首脑会议|外长会议|部长会议|防长会议|年会|大会)?(?:期间|之际|间隙|场边|上(?=[，,]))")
_OPENING_TIME = re.compile(r"[\s　]*(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?(?:同年|同月|当月|次月|今年|去年)?\s*(?:的)?\s*")
_GATHERING_AFTER = re.compile(r"^(?:第?\d+次|第?\d+届)?(?:峰会|会议|领导人会议|首脑会议|外长会议|部长会议|防长会议|年会|大会)?(?:上|期间|之际|间隙|场边)"
                              # (type13: the general debate of the UN General Assembly, 在第76届联合国大会一般性辩论中/上)
                              r"|^(?:高级别)?一般性辩论(?:上|中|期间)")
# APEC明年由韩国在庆州主办, 东盟今年由老挝担任主席并主办: a body whose meeting a party hosts, told with
# the body alone as topic (no meeting noun after it: 东盟峰会由印尼主办 is told by its noun)
_HOSTED_BY = re.compile(r"[^，。；,;由]{0,10}?由([^，。；,;]{1,16}?)(?:在[^，。；,;]{1,10}?)?(?:主办|承办|举办)")
_GATHERING_SUBJECT = re.compile(
    r"^[”\"]?\s*(?:（[^（）]{0,40}）|\([^()]{0,40}\))?\s*(?:第[一二三四五六七八九十\d]+[次届])?\s*"
    # (亚太经合组织在1995年日本大阪会议提出…, APEC北京会议通过…: the year and the host city before the meeting noun)
    r"(?:在\s*(?:(?:19|20)\d{2}\s*年)?\s*)?(?:[\u4e00-\u9fff]{2,4}?)?"
    r"(?:领导人非正式会议|领导人会议|首脑会议|外长会议|部长级会议|部长会议|防长会议|峰会|年会|大会|会议)"
    r"\s*(?:在[^，。；]{1,12}?(?:举行|召开|开幕|闭幕|落幕|登场|揭幕)|举行|召开|开幕|闭幕|落幕|登场|揭幕|通过|发表|发布|提出|宣布|决定|期间|上)"
)
_CITED = re.compile(r"(?P<doc>[\u4e00-\u9fff]{0,6}?(?:峰会|首脑会议|领导人会议|部长会议|外长会议)(?:联合)?(?:宣言|公报)|《[^《》]{2,40}》(?:文件|报告)?)"
                    r"\s*(?:中)?\s*(?:称|指出|强调|突出强调|明确|写道|宣称|认为|提出|首次提出)")
_CITED_NOT = re.compile(r"根据|按照|依据|依照|参见|见")


# 均未出席, 未能出席, 没有出席: the party stayed away
_ABSENT = re.compile(r"(?:均未|都未|皆未|并未|未能|没有|没能|未)\s*(?:亲自)?\s*$")
# an occasion the sentence names before an attending verb with no object (a meeting, a drill, a 由-agent)
_OWN_OCCASION = re.compile(r"会议|峰会|会晤|会谈|论坛|演习|军演|演练|训练|由")
_OWN_DATE = re.compile(r"[\d〇一二三四五六七八九十]\s*[年月日]")


# 出席会议并发表讲话, 参加了峰会。: a generic meeting noun names the gathering already told
_GENERIC_MEETING = re.compile(r"\s*(?:了)?\s*(?:扩大|全体|开幕|闭幕)?(?:会议|峰会|会晤|会)(?=\s*(?:[，。；,;]|并|$))")


def attends_told_gathering(text: str, s: int, t1: int, out: list[Event]) -> bool:
    """Whether 出席/参加 at t1 takes only a generic meeting noun while the sentence already told the
    gathering of a body (亚太经合组织…会议在利马举行，习近平出席会议并发表讲话): a bare attendance."""
    return _GENERIC_MEETING.match(text, t1) is not None and any(
        ev.type == "CONSULT" and ev.evidence and ev.evidence[0].start == s and any(p.kind in _ORG_KINDS for p in ev.actors)
        for ev in out)


# a meeting convened (召开首届部长级会议, 主办…论坛): one that others attend, whoever its hosts are
_CONVENED = re.compile(r"(?:召开|主办|举办|举行|主持)[^，。；,;]{0,20}?(?:会议|峰会|论坛|大会)")


def _convened(text: str, s: int, t0: int, ev: Event) -> bool:
    """Whether `ev` is a meeting its sentence tells as convened before t0 (澳大利亚与日本在堪培拉召开首届
    部长级会议，美国、加拿大…参加): the parties of a later 参加/出席 clause attend it."""
    k = trigger_position(text, s, t0, ev)
    return k >= 0 and _CONVENED.match(text, k) is not None


def attend(text: str, s: int, t0: int, mentions: list[Mention], out: list[Event], gz: Gazetteer,
           before: Event | None = None, gathering: Event | None = None, raw: str = "") -> None:
    """出席/与会 with no object: the party of its clause attends the gathering told earlier in the
    sentence (or, `before`, in the ；-item before it: 峰会通过…；日韩领导人应邀与会), and joins that event;
    with no gathering, the joint drill told earlier in the sentence, else the paragraph's last dated
    gathering (`gathering`: …会议在利马举行。…率团与会)."""
    meeting = next((ev for ev in reversed(out) if ev.type == "CONSULT" and ev.evidence and ev.evidence[0].start == s
                    and (any(p.kind in _ORG_KINDS for p in ev.actors) or _convened(text, s, t0, ev))), before)
    if _ABSENT.search(text, max(s, t0 - 4), t0):
        stayed_away(text, raw or text, s, t0, mentions, out, gz, meeting or gathering)
        return
    if meeting is None:  # 美菲联合军演举行，澳大利亚和法国军队一同参加: the drill told before has them too
        meeting = next((ev for ev in reversed(out) if ev.type == "COOPERATE" and ev.evidence and ev.evidence[0].start == s), None)
    if meeting is None and not _OWN_OCCASION.search(text, s, t0) and not _OWN_DATE.search(text, s, t0):
        # (亚太经合组织领导人会议在利马举行。…林信义率团与会: the gathering the paragraph told last; not when
        # the sentence names an occasion or a date of its own: …的联合演习首次由四国海军共同参加; 2022年7月，…应邀与会)
        meeting = gathering
    if meeting is None:
        return
    cs = _clause_start(text, t0, s)
    who = _participants([m for m in mentions if cs <= m.start and m.end <= t0 and _actorish(m)
                         and not inviter_or_uninvited(text, m, cs) and not excepted(text, m, t0)], gz)
    # (应普京邀请出席: Russia hosts; 除缅甸外的九个东盟成员国参加: not Myanmar)
    keys = {p.key() for p in meeting.actors}
    meeting.actors += [p for p in who if p.key() not in keys]


def leader_meeting_events(doc: CleanDoc, text: str, s: int, e: int, times: list[Timex], para_date: str | None,
                          gz: Gazetteer, modality: ModalityReader) -> list[Event]:
    """拜习会, 川金会: a meeting of two leaders named by nickname (see events/leaders.py)."""
    out: list[Event] = []
    first = _nearest_time(times, s)
    for t0, t1, states in leader_meetings(text, s, e, first.value if first is not None else para_date, gz):
        parts = [Participant.of(st) for st in map(gz.get, states) if st is not None]
        if len(parts) < 2:
            continue
        mod = modality.read(text, _clause_start(text, t0, s), t0)
        out.append(_meeting(doc, s, e, t0, t1, parts, times, para_date, mod, 0.7))
    return out


def _meeting(doc: CleanDoc, s: int, e: int, t0: int, t1: int, parts: list[Participant], times: list[Timex],
             para_date: str | None, modality: str, confidence: float) -> Event:
    """A CONSULT named at text[t0:t1] in sentence s..e: dated by the nearest time expression (else
    the paragraph's date) when it is asserted and not told as coming at a later time (此后), undated otherwise."""
    ev = Event(type="CONSULT", trigger=doc.text[t0:t1], actors=parts, modality=modality)
    t = _nearest_time(times, t0)
    if modality == "asserted" and not open_later(doc.text, t.end if t is not None and t.start < t0 else s, t0):
        # (此后在二十国集团峰会上力推…: some later time, not stated)
        ev.date = t.value if t is not None else para_date
        ev.date_end = t.value_end if t is not None else None
    ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
    ev.confidence = confidence
    return ev


def gathering_events(doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                     para_date: str | None, gz: Gazetteer) -> list[Event]:
    """在二十国集团峰会上…, 在APEC会议期间…: the gathering that frames an event is an event too
    (CONSULT of the organisation), dated like the sentence."""
    out: list[Event] = []
    for m in mentions:
        if m.kind not in _ORG_KINDS:
            continue
        before = text[max(s, m.start - 14) : m.start]
        framed = _GATHERING_AFTER.match(text[m.end : m.end + 16]) and (
            "在" in before or "于" in before or "出席" in before or "参加" in before
            # (二十国集团峰会期间，中澳领导人…: a frame that opens its clause needs no 在)
            or (_FRAME_AT_OPENING.match(text, m.end) is not None and _OPENING_TIME.fullmatch(text, _clause_start(text, m.start, s), m.start) is not None))
        # 2013年印尼APEC会议通过…, APEC第30次领导人非正式会议在旧金山举行: a dated session named
        # as the subject of the sentence
        hosted = _HOSTED_BY.match(text, m.end, e)
        hosts = [x for x in mentions if hosted and hosted.start(1) <= x.start and x.end <= hosted.end(1) and _actorish(x)
                 and x.kind not in _ORG_KINDS]
        if not framed and not (times and _GATHERING_SUBJECT.match(text[m.end : m.end + 30])) and not (times and hosts):
            continue
        own = [t for t in times if hosts and m.end <= t.start < hosted.end()]  # (APEC明年由韩国主办: 明年)
        ev = _meeting(doc, s, e, m.start, m.end, _participants([m] + hosts, gz) + _speaker_at(text, s, m, mentions, gz),
                      own or times, para_date, "asserted", 0.6)
        if ev.date and len(ev.date) == 10 and not ev.date_end and framing_only(text, m.end):
            ev.date = ev.date[:7]  # 16日…出席APEC会议期间同拜登会晤: the day is the meeting's, not the gathering's
        out.append(ev)
    return out


# X在…会议上提出/宣布/警告: the subject acts at the gathering (no 期间: 在…期间 frames other acts)
_AT_GATHERING = re.compile(r"^[^，。；]{0,24}?(?:上|一般性辩论中)\s*(?:提出|宣布|警告|表示|强调|指出|发表|呼吁|重申|承诺)")


def _speaker_at(text: str, s: int, m: Mention, mentions: list[Mention], gz: Gazetteer) -> list[Participant]:
    """李克强在第17次中国—东盟领导人会议上提出…: the party that speaks or acts at a gathering, named
    as the subject right before 在, attends it."""
    k = text.rfind("在", max(s, m.start - 14), m.start)
    if k < 0 or not _AT_GATHERING.match(text[m.end : m.end + 40]):
        return []
    cs = _clause_start(text, k, s)
    subj = [x for x in mentions if cs <= x.start and x.end <= k and _actorish(x)]
    return [p for p in _participants(subj[-1:], gz) if p.key() != m.country and p.id != m.id]


def cited_documents(doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                    gz: Gazetteer) -> list[Event]:
    """2019年12月，北约伦敦峰会宣言称…, 2010年版北约《战略概念》文件强调…: a dated document cited as
    speaking was issued — AGREE of an organisation or of several parties, POLICY of one state."""
    if text.find("《", s, e) == -1 and text.find("宣言", s, e) == -1 and text.find("公报", s, e) == -1:
        return []  # (what _CITED needs, tested first: its lazy opening is slow to scan)
    m = _CITED.search(text, s, e)
    if m is None or _CITED_NOT.search(text, max(s, m.start() - 4), m.start()):
        return []
    clause_start = _clause_start(text, m.start(), s)
    own = [t for t in times if t.start < m.start("doc") + 4 and not _decade(t, text) and not t.target]
    if not own:
        return []  # an undated document cited as an authority is no happening told here
    before = [x for x in mentions if clause_start <= x.start < m.end("doc") and _actorish(x)
              and not (x.start >= m.start("doc") and text[m.start("doc")] == "《")]
    parts = _participants(before, gz)
    if not parts:
        return []
    etype = "AGREE" if len(parts) > 1 or any(p.kind in _ORG_KINDS for p in parts) else "POLICY"
    if etype == "POLICY" and not _POLICY_NOUNS.search(m.group("doc")):
        return []  # 美国声明称: a statement of one state is no document adopted
    ev = Event(type=etype, trigger=doc.text[m.start("doc") : m.end("doc")], actors=parts)
    t = own[-1]
    ev.date, ev.date_end = t.value, t.value_end
    title = _TITLE.search(doc.titled, m.start("doc"), m.end("doc"))
    obj = next((x for x in mentions if m.start("doc") <= x.start < m.end("doc") and x.kind in _DOC_KINDS), None)
    ev.object = ({"id": obj.id, "name": obj.text, "kind": obj.kind} if obj is not None else
                 {"id": None, "name": title.group(1) if title else doc.text[m.start("doc") : m.end("doc")], "kind": None})
    ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
    ev.confidence = 0.6
    return [ev]


def framed_modality(framing: list[Event], told: list[Event], text: str = "", s: int = 0, e: int = 0) -> None:
    """两国元首有望在APEC会议期间会晤: a gathering that frames only planned or proposed acts is itself
    still to come (planned), one that frames only hypothetical acts is hypothetical; a gathering
    framing any act told as done (or denied: 未在…期间会晤) happened. One where a party spoke, the
    content after its verb (在峰会上宣布，中国将…), happened whatever the content says."""
    kinds = {ev.modality for ev in told}
    if not framing or not kinds or "asserted" in kinds or "negated" in kinds:
        return
    modality = "hypothetical" if kinds == {"hypothetical"} else "planned"
    for ev in framing:
        k = trigger_position(text, s, e, ev) if text else -1
        if k >= 0 and _SPOKE_AT.match(text, k + len(ev.trigger), e) and not _PLAN_BEFORE.search(text, _clause_start(text, k, s), k):
            continue  # (type13: 习近平在二十国集团峰会上宣布，中国将…: the speech was made; what it announces is to come)
        ev.modality = modality


_PLAN_BEFORE = re.compile(r"将|拟|计划|预计|有望|准备|打算")
_SPOKE_AT = re.compile(r"[^，。；]{0,24}?(?:上|中)\s*(?:宣布|表示|强调|指出|称|说|承诺|重申)\s*[，,：:]")


def stayed_away(text: str, raw: str, s: int, t0: int, mentions: list[Mention], out: list[Event], gz: Gazetteer,
                meeting: Event | None) -> None:
    """北约峰会在海牙举行。…日本首相和韩国总统均未出席。: each party that stayed away from the gathering
    told before (in the sentence or the paragraph) is a negated CONSULT of its own with the body, dated
    by the gathering (by its month when it lasted several days: as an act told only during it); it does
    not join the meeting."""
    if meeting is None:
        return
    cs = _clause_start(text, t0, s)
    end = next((k + 1 for k in range(t0, len(text)) if text[k] in "。！？；"), len(text))
    bodies = [p for p in meeting.actors if p.kind in _ORG_KINDS]
    for p in _participants([m for m in mentions if cs <= m.start and m.end <= t0 and _actorish(m)], gz):
        if p.kind in _ORG_KINDS:
            continue
        ev = Event(type="CONSULT", trigger=raw[max(s, t0 - 2) : t0 + 2], actors=[p] + bodies, modality="negated")
        ev.date = meeting.date
        if meeting.date and meeting.date_end and len(meeting.date) == 10:
            ev.date = meeting.date[:7]  # a gathering of several days: no day is the one stayed away (by the month)
        ev.evidence = [Evidence(s, end, raw[s:end].strip())]
        out.append(ev)
