"""Rule-based event extraction over cleaned text and linked mentions.

For each sentence: triggers from the lexicon (Aho-Corasick, leftmost-longest) that are not
inside an entity name; the type they signal, checked against what follows (签署 … 协定 is AGREE,
签署 … 法案 POLICY); participants from the linked mentions (before the trigger: actors; after it,
for directed types: recipients); the date from the time expressions of the sentence (or, for an
asserted event, of its paragraph); modality from cues in the clause before the trigger; the
relationship label for ALIGN; the object; quantities; the attributed source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick_rs

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from ..clean import CleanDoc
from ..sentences import sentence_spans
from ..timex import TimeResolver, Timex
from .leaders import leader_meetings
from .lexicon import Lexicon, lexicon

_GATHERING_AFTER = re.compile(r"^(?:第?\d+次|第?\d+届)?(?:峰会|会议|领导人会议|首脑会议|外长会议|部长会议|防长会议|年会|大会)?(?:上|期间|之际|间隙|场边)")
_GATHERING_SUBJECT = re.compile(
    r"^[”\"]?\s*(?:（[^（）]{0,40}）|\([^()]{0,40}\))?\s*(?:第[一二三四五六七八九十\d]+[次届])?\s*"
    r"(?:领导人非正式会议|领导人会议|首脑会议|外长会议|部长级会议|部长会议|防长会议|峰会|年会|大会|会议)"
    r"\s*(?:在[^，。；]{1,12}?(?:举行|召开)|举行|召开|通过|发表|发布|提出|宣布|决定|期间|上)"
)
_FUTURE_AFTER = set("于会在要继续进一步与同向对从共")
_CLAUSE = re.compile(r"[，,：:]")
_QUANTITY = re.compile(
    r"(?P<v>\d+(?:\.\d+)?(?:\s*[亿万千百]+)?)\s*(?P<u>%|％|美元|亿美元|万美元|日元|日圆|亿日元|欧元|英镑|澳元|元|人民币|亿元|"
    r"艘|架|名|人|个|项|枚|辆|套|次|国|家|份|处|座|批|亿|万|吨|公里)"
)
_MONEY_UNITS = ("美元", "日元", "日圆", "欧元", "英镑", "澳元", "元", "人民币")
_ORG_KINDS = ("organisation", "grouping", "mechanism")
_DOC_KINDS = ("agreement", "law", "initiative")
# a footnote sentence that is a reference: a URL, a DOI, [EB/OL]-style tags, 「…」、外務省、 or
# a title followed by its publisher and a date
_CITATION = re.compile(
    r"https?:|www\.|doi\.org|\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]|(?:[》」』”],?[^，。]{0,30}?[，、,]\s*)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
    r"|(?:[》」』”])[，、,]\s*[^，。]{1,20}(?:出版社|网|報|报|新闻|外務省|外务省|大学)"
)
_INTENT_AFTER = re.compile(r"(?:的|等)(?:意愿|意向(?!声明|书|备忘录)|愿望|计划|打算|目标)(?![^，。；]*(?:实现|完成|达成))")  # 意向声明: a document
_QUOTED = re.compile(r"^[了\s]{0,2}[^，。；“”《》「」]{0,12}?[“「]([^“”「」]{2,40})[”」]")  # 「」: traditional-script quotes
_MODIFIER_OF = re.compile(r"[”\s]*(?:机制|平台|框架|进程|制度|渠道|架构)")
_TITLE = re.compile(r"《([^《》]{2,40})》")


@dataclass
class Participant:
    id: str
    kind: str
    name_zh: str
    name_en: str
    country: str | None

    def key(self) -> str:
        return self.country or self.id


@dataclass
class Evidence:
    start: int  # cleaned text
    end: int
    text: str


@dataclass
class Event:
    type: str
    trigger: str
    actors: list[Participant]
    recipients: list[Participant] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    effective: str | None = None
    location: str | None = None
    modality: str = "asserted"
    label: str | None = None
    object: dict | None = None
    quantities: list[dict] = field(default_factory=list)
    source: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    block_kind: str = "paragraph"


class Extractor:
    def __init__(self, lex: Lexicon | None = None, gazetteer: Gazetteer | None = None):
        from ..actors import default_gazetteer

        self.lex = lex or lexicon()
        self.gz = gazetteer or default_gazetteer()
        table = self.lex.trigger_table()
        for verb in self.lex.frame_verbs:  # light verbs are found too; their noun decides the type
            table.setdefault(verb, [])
        for word in self.lex.blockers:  # longer non-event words shadow the triggers inside them
            table[word] = []
        self.words = sorted(table)
        self.table = table
        self.ac = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        mod = self.lex.modality
        self._carry: list[Mention] = []
        self._topic: list[Mention] = []
        self._last_subject: list[Mention] = []
        self._list_item = False
        self._list_frame = "asserted"
        self._para_parties: frozenset | None = None
        self._frame_at: int | None = None
        self._frame_noun: int | None = None
        self._list_from = -1  # where a list of commitments starts (after its colon), or -1
        self._list_planned = False  # the ；-items follow an item that promises
        self._name_end = -1  # the end of a quoted name used as a participant: triggers inside it are part of the name
        self._para_meeting: frozenset | None = None
        self.adjacent_cues = {simplify(w) for w in mod.get("adjacent") or []}
        self.modality_cues = [(kind, simplify(w)) for kind in ("negated", "hypothetical", "planned", "proposed") for w in mod.get(kind, [])]

    # ---------------------------------------------------------------------------------
    def extract(self, doc: CleanDoc, mentions: list[Mention], doc_date: str | None = None) -> list[Event]:
        text = doc.simplified
        by_block: dict[int, list[Mention]] = {}
        for m in mentions:
            by_block.setdefault(m.block, []).append(m)
        times = TimeResolver(doc_date)
        self._name_end = -1
        self._advice = False
        advice_open = False
        events: list[Event] = []
        last_date: str | None = None
        for bi, b in enumerate(doc.blocks):
            btext = text[b.start : b.end]
            state = times.save()
            timexes = times.find(btext, b.start)
            if b.kind == "footnote":
                times.restore(state)  # a footnote's dates never date the body that follows it
            if b.kind == "heading":
                continue
            if b.kind == "paragraph" and not _NUMBERED_ITEM.match(btext.lstrip()) and not _ADVICE_INTRO.search(btext):
                advice_open = False  # a plain paragraph ends a list of recommendations
            self._advice = False
            # in news, whose paragraphs are short, a paragraph that opens by continuing the story
            # (两国…, 会后…) may take the date the previous one ended on
            para_date: str | None = None
            if b.kind == "paragraph" and last_date and _CONTINUES.match(btext.lstrip()):
                para_date = last_date  # the paragraph opens by continuing the story (两国领导人会后…)
            self._para_parties: frozenset | None = None  # the parties of the paragraph's last dated happening
            self._para_meeting: frozenset | None = None  # the states of its last dated meeting
            self._last_subject = []
            prev_end = ""
            para_events: list[tuple[int, Event]] = []  # (trigger position, event) of the last sentence that told an act
            para_gathering: list[Event] = []  # the last dated meeting of a body told in the paragraph
            for s, e in sentence_spans(btext):
                s += b.start
                e += b.start
                # list items after ；(发起X；建立Y；…) continue the subject of the item before
                self._carry = self._last_subject if prev_end in "；;" and prev_end else []
                self._list_item = bool(prev_end) and prev_end in "；;"  # an item of a list told in one frame
                if not self._list_item:
                    self._list_frame = _list_frame(text[s:e])
                self._topic = self._last_subject
                if not (prev_end in "；;" and prev_end):
                    self._list_from = -1  # a list of commitments ends with its last ；-item
                    self._list_planned = False
                colon = _COMMITMENT_INTRO.search(text, s, e)
                if colon is not None and _OUTCOMES.search(text, s, colon.end()):
                    colon = None  # 联合声明列出了成果：…；…: outcomes reported, not promises
                if colon is not None:
                    self._list_from = colon.end()  # 三国将改进沟通机制：至少举行…；发起…: each item is promised
                prev_end = text[s:e].rstrip()[-1:]
                # 本报告…提出8大领域40项建议 / 建议如下: the numbered items after it are recommendations
                if _NUMBERED_ITEM.match(text[s:e].lstrip()):
                    self._advice = advice_open
                if _ADVICE_INTRO.search(text, s, e):
                    advice_open, self._advice = True, False
                if b.kind == "footnote" and _CITATION.search(text, s, e):
                    continue  # a bibliographic entry (title, publisher, date, URL) states no event
                sent_times = [t for t in timexes if s <= t.start < e and t.value]
                sent_mentions = [m for m in by_block.get(bi, []) if s <= m.start < e]
                if colon is None and any(t.kind != "decade" and not t.target for t in sent_times):
                    self._list_from, self._list_planned = -1, False  # a dated item tells a happening of its own
                found = self._sentence(doc, text, s, e, sent_mentions, sent_times, para_date)
                headline = bi == 0 and len(doc.blocks) > 1 and _HEADLINE.fullmatch(btext) is not None
                if prev_end in "；;" and prev_end and (any(ev.modality == "planned" for ev in found) or _ANNOUNCED_PLANS.search(text[s:e].lstrip())):
                    self._list_planned = True  # 两国将增加…；提升…；支持…: the items after a promise are promised too
                for ev in found:
                    ev.block_kind = "headline" if headline else b.kind
                found = _gathering_as_subject(text, s, e, found, para_gathering)
                _object_of_first_verb(text, s, e, found)
                for ev in found:
                    if ev.type == "CONSULT" and any(p.kind in _ORG_KINDS for p in ev.actors) and ev.date:
                        para_gathering[:] = [ev]
                _reaction_targets(text, s, e, found, para_events)
                if any(ev.type != "ACCUSE" for ev in found):  # the last sentence that told an act
                    para_events = [(text.find(simplify(ev.trigger), s, e), ev) for ev in found]
                events.extend(found)
                dated = [t for t in sent_times if t.kind != "decade" and not t.target]
                if dated:
                    para_date = dated[-1].value
                    self._para_parties = frozenset(
                        p.key() for ev in found if ev.date == para_date for p in ev.actors + ev.recipients) or None
                    self._para_meeting = frozenset(
                        p.key() for ev in found if ev.date == para_date and ev.type == "CONSULT"
                        for p in ev.actors + ev.recipients if p.kind in STATE_KINDS) or None
            if b.kind == "paragraph":
                last_date = para_date if b.end - b.start <= _NEWS_PARAGRAPH else None
        return fold_headlines(dedup(events))

    # ---------------------------------------------------------------------------------
    def _sentence(self, doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                  para_date: str | None) -> list[Event]:
        sent = text[s:e]
        out: list[Event] = self._gatherings(doc, text, s, e, mentions, times, para_date)
        out.extend(self._cited(doc, text, s, e, mentions, times))
        out.extend(self._leader_meetings(doc, text, s, e, times, para_date))
        typed: dict[str, int] = {}  # type of a light-verb event -> where its clause (or its noun) ends
        skip_until = -1
        for idx, ts, te in self.ac.find_matches_as_indexes(sent):
            word = self.words[idx]
            t0, t1 = s + ts, s + te
            if t1 <= skip_until or t1 <= self._name_end:
                continue
            if word in self.lex.frame_verbs:
                etype = self._frame(text, t1, e, mentions) or self._frame_before(text, t0, s, word)
                if etype in ("CONSULT", None) and word == "启动" and _LAUNCHED_DIALOGUE.match(text, t1, e):
                    etype = "ESTABLISH"  # 启动…战略对话机制: a dialogue launched is founded (启动谈判 stays CONSULT)
                if word in ("宣布", "公布") and _LEFT_AFTER.match(text, t1):
                    continue  # 宣布暂停履行《…条约》: the withdrawal told after it is the event
                if word in ("出席", "参加") and _VISITOR_ATTENDING.search(text, max(s, t0 - 4), t0) and \
                        re.match(r"[^，。；,;]{1,30}的", text[t1:e]):
                    continue  # 会见来华出席…会议的日本首相: who the guest is, not a happening of its own
                if etype is None and word in ("出席", "参加") and _CLAUSE_ENDS.match(text, t1):
                    self._attend(text, s, t0, mentions, out)  # 峰会在万象举行，布林肯出席: an attendee of it
                    continue
                if etype is not None and _aggregate_or_list(text, t0, t1, _clause_start(text, t0, s), _clause_end(text, t1, e), etype):
                    continue
                if etype == "CONSULT" and _invited_to(text, t0, word):
                    continue  # (邀请中国出席峰会: see _type)
                if etype is not None and text[t1 : t1 + 1] == "的" and etype in typed and t0 < typed[etype]:
                    continue  # 参加美国主办的演习: a relative clause on the noun of the event already told
                if etype is not None and self._frame_at is not None and _not_a_happening(
                        text, s, e, self._frame_noun, self._frame_at, word, etype, times, mentions):
                    skip_until = self._frame_at or t1  # the noun the light verb heads is not a trigger either
                    continue
                if etype is not None:
                    ev = self._build(doc, text, s, e, t0, t1, word, etype, False, mentions, times, para_date)
                    if ev is not None:
                        for x in _separately(text, s, t0, ev, mentions):
                            out.extend(_each_document(doc.text, t1, _clause_end(text, t1, e), x))
                        ends = max(_clause_end(text, t1, e), self._frame_at or t1)
                        if ev.modality == "asserted" or not _AGREED_ON.match(text[t1:e]):
                            typed[etype] = ends  # (就尽早签署…达成共识: the consensus itself is still to be found)
                        if etype == "ESTABLISH" and word == "启动":
                            typed["CONSULT"] = ends  # (启动…战略对话: the dialogue noun is no meeting of its own)
                        continue
            if any(m.start <= t0 and t1 <= m.end for m in mentions if m.kind not in STATE_KINDS):
                continue  # a trigger word inside a name (东亚峰会) is not a trigger
            if not self.table[word]:
                continue
            if word == "邀请" and _at_invitation_of(text, t0, s):
                continue  # 应俄罗斯总统邀请出席: the attendance is the event
            if word == "邀请" and re.search(r"(?:峰会|会议|会晤)[^，。；,;]{0,6}$", text[_clause_start(text, t0, s) : t0]) and \
                    re.match(r"[^，。；,;]{1,40}?(?:出席|参加|与会)", text[t1:e]):
                continue  # 马德里峰会首次邀请日本…领导人出席: the guests attend the meeting told, no invitation of its own
            etype, directed = self._type(word, text, t1, e, mentions)
            if etype is None or (etype in typed and etype in self.lex.frame_nouns and t0 < typed[etype]):
                # the noun of a light-verb event (举行会谈) and its clause; a later clause may tell another
                continue
            if text[t1 : t1 + 1] == "的" and _ORDINAL_BEFORE.search(text, max(s, t0 - 4), t0):
                continue  # 成为首个退出的七国集团成员: 'the first to leave' describes a party, the act is told elsewhere
            if word == "成为" and _ORDINAL_RELATIVE.match(text, t1):
                continue  # 成为首个退出的…成员: a description of an existing member, no accession
            if text[t1 : t1 + 1] == "的" and word not in self.lex.frame_verbs and not times and not (
                    etype in ("POLICY", "AGREE") and text[t1 + 1 : t1 + 2] == "《") and not (
                    etype == "ESTABLISH" and _named_relative(text, t0, t1, mentions)):
                # (韩国宣布的《…战略》, 中国倡议成立的上海合作组织: a named document or body, with its agent, reports the act)
                continue  # 已经建立的对话机制: an undated relative clause describes, it does not report
            if _aggregate_or_list(text, t0, t1, _clause_start(text, t0, s), _clause_end(text, t1, e), etype):
                continue  # 累计召开四次会议, 通过首脑会晤、“2+2”磋商等机制: tallies and inventories, not happenings
            if etype == "COERCE" and _DRILL_CONTENT.match(text, t1):
                continue  # 海上拦截演习, 拦截中程导弹: the content of a drill or a missile defence, not force on a state
            if etype in ("CONSULT", "COOPERATE") and _MODIFIER_OF.match(text, t1):
                continue  # 峰会机制, 对话平台, 合作框架: the trigger modifies the name of a standing body
            if etype in self.lex.nominal_types and self._nominal(text, t0, _clause_start(text, t0, s)) and not (
                    etype == "AID" and _SUPPORT_FOR.search(text, _clause_start(text, t0, s), t0)):  # 增加对乌克兰的支持 gives aid
                continue  # 加强信息共享, 扩大联合训练: the trigger names an area of cooperation, not an act
            if etype == "AID" and _WITHHELD.search(text, _clause_start(text, t0, s), t0):
                continue  # 中止了对缅甸的部分援助: aid suspended is the LEAVE told by that verb, not aid given
            if _not_an_act(text, s, e, t0, t1, word, etype):
                continue  # 提出要…, 发起…峰会, 《…援助路线图》, 对加入…的态度: see _not_an_act
            if _not_a_happening(text, s, e, t0, t1, word, etype, times, mentions):
                continue  # 对话与合作机制, 这些对话, 常态化访台, 开发和部署技术, 法国的反对: a noun or a habit, not an act
            ev = self._build(doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date)
            if ev is not None:
                for x in _separately(text, s, t0, ev, mentions):
                    out.extend(_each_document(doc.text, t1, _clause_end(text, t1, e), x))
        return _fold_talks_into_visit(_one_accession(out))

    def _attend(self, text: str, s: int, t0: int, mentions: list[Mention], out: list[Event]) -> None:
        """出席 with no object: the party of its clause attends the gathering told earlier in the
        sentence, and joins that event."""
        meeting = next((ev for ev in reversed(out) if ev.type == "CONSULT" and ev.evidence and ev.evidence[0].start == s
                        and any(p.kind in _ORG_KINDS for p in ev.actors)), None)
        if meeting is None:
            return
        cs = _clause_start(text, t0, s)
        who = _participants([m for m in mentions if cs <= m.start and m.end <= t0 and _actorish(m)], self.gz)
        keys = {p.key() for p in meeting.actors}
        meeting.actors += [p for p in who if p.key() not in keys]

    def _leader_meetings(self, doc: CleanDoc, text: str, s: int, e: int, times: list[Timex], para_date: str | None) -> list[Event]:
        """拜习会, 川金会: a meeting of two leaders named by nickname (see events/leaders.py)."""
        out: list[Event] = []
        first = _nearest_time(times, s)
        for t0, t1, states in leader_meetings(text, s, e, first.value if first is not None else para_date, self.gz):
            parts = [Participant(st.id, st.kind, st.name_zh, st.name_en, st.country) for st in map(self.gz.get, states) if st is not None]
            if len(parts) < 2:
                continue
            ev = Event(type="CONSULT", trigger=doc.text[t0:t1], actors=parts)
            ev.modality = self._modality(text, _clause_start(text, t0, s), t0)
            date_t = _nearest_time(times, t0)
            if ev.modality == "asserted":
                ev.date = date_t.value if date_t is not None else para_date
                ev.date_end = date_t.value_end if date_t is not None else None
            ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
            ev.confidence = 0.7
            out.append(ev)
        return out

    def _gatherings(self, doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                    para_date: str | None) -> list[Event]:
        """在二十国集团峰会上…, 在APEC会议期间…: the gathering that frames an event is an event too
        (CONSULT of the organisation), dated like the sentence."""
        out: list[Event] = []
        for m in mentions:
            if m.kind not in _ORG_KINDS:
                continue
            before = text[max(s, m.start - 14) : m.start]
            framed = _GATHERING_AFTER.match(text[m.end : m.end + 16]) and ("在" in before or "于" in before or "出席" in before or "参加" in before)
            # 2013年印尼APEC会议通过…, APEC第30次领导人非正式会议在旧金山举行: a dated session named
            # as the subject of the sentence
            if not framed and not (times and _GATHERING_SUBJECT.match(text[m.end : m.end + 30])):
                continue
            p = _participants([m], self.gz)
            ev = Event(type="CONSULT", trigger=doc.text[m.start : m.end], actors=p)
            t = _nearest_time(times, m.start)
            ev.date = t.value if t is not None else para_date
            ev.date_end = t.value_end if t is not None else None
            ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
            ev.confidence = 0.6
            out.append(ev)
        return out

    def _cited(self, doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex]) -> list[Event]:
        """2019年12月，北约伦敦峰会宣言称…, 2010年版北约《战略概念》文件强调…: a dated document cited as
        speaking was issued — AGREE of an organisation or of several parties, POLICY of one state."""
        m = _CITED.search(text, s, e)
        if m is None or _CITED_NOT.search(text, max(s, m.start() - 4), m.start()):
            return []
        clause_start = _clause_start(text, m.start(), s)
        own = [t for t in times if t.start < m.start("doc") + 4 and not _decade(t, text) and not t.target]
        if not own:
            return []  # an undated document cited as an authority is no happening told here
        before = [x for x in mentions if clause_start <= x.start < m.end("doc") and _actorish(x)
                  and not (x.start >= m.start("doc") and text[m.start("doc")] == "《")]
        parts = _participants(before, self.gz)
        if not parts:
            return []
        etype = "AGREE" if len(parts) > 1 or any(p.kind in _ORG_KINDS for p in parts) else "POLICY"
        if etype == "POLICY" and not _POLICY_NOUNS.search(m.group("doc")):
            return []  # 美国声明称: a statement of one state is no document adopted
        ev = Event(type=etype, trigger=doc.text[m.start("doc") : m.end("doc")], actors=parts)
        t = own[-1]
        ev.date, ev.date_end = t.value, t.value_end
        title = _TITLE.search(doc.text, m.start("doc"), m.end("doc"))
        obj = next((x for x in mentions if m.start("doc") <= x.start < m.end("doc") and x.kind in _DOC_KINDS), None)
        ev.object = ({"id": obj.id, "name": obj.text, "kind": obj.kind} if obj is not None else
                     {"id": None, "name": title.group(1) if title else doc.text[m.start("doc") : m.end("doc")], "kind": None})
        ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
        ev.confidence = 0.6
        return [ev]

    def _frame_before(self, text: str, t0: int, s: int, word: str) -> str | None:
        """会议在旧金山举行: a meeting noun before 举行/召开 in the same clause."""
        if word not in ("举行", "召开"):
            return None
        start = max(_clause_start(text, t0, s), t0 - 30)
        window = text[start:t0]
        for n in self.lex.frame_nouns.get("CONSULT", []):
            if n in window:
                return "CONSULT"
        return None

    def _frame(self, text: str, t1: int, e: int, mentions: list[Mention] = ()) -> str | None:
        """The event a light verb heads: the type of the first event noun after it in the clause."""
        end = min(e, t1 + self.lex.frame_window)
        m = re.search(r"[，。；;]", text[t1:end])
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
                while k != -1 and etype == "CONSULT" and (_names_a_body(text, t1 + k + len(n)) or any(
                        m.start <= t1 + k and t1 + k + len(n) <= m.end and (_LONGER_NAME.match(text, m.end) or (
                            m.kind not in STATE_KINDS and not _MEETING_END.search(text, m.start, m.end))) for m in mentions)):
                    k = window.find(n, k + 1)  # 启动“经济政策磋商委员会”, 对话机制: the name of a body, not a session
                if k != -1 and (best is None or k < best[0]):
                    best = (k, etype, k + len(n))
        self._frame_at = t1 + best[2] if best else None
        self._frame_noun = t1 + best[0] if best else None
        if best and best[1] == "CONSULT" and _LAUNCH.search(text[max(0, t1 - 6) : t1 + best[0]]) and \
                not text.startswith(("谈判", "磋商"), t1 + best[0]):
            return None  # 宣布启动…全面对话: launching a dialogue is ESTABLISH (its own trigger), not a session
        if best and best[1] == "CONSULT" and _VISIT_BEFORE.search(window[: best[0]]):
            return None  # 对美国进行国事访问并与…会谈: the visit (directed) is the event; talks during it fold into it
        if best and best[1] == "AGREE" and re.match(r"[^，。；]{0,6}?》?\s*(?:的)?\s*谈判", window[best[0]:]):
            return "CONSULT"  # 进行…框架协定谈判: negotiating an agreement is talks
        return best[1] if best else None

    def _type(self, word: str, text: str, t1: int, e: int, mentions: list[Mention]) -> tuple[str | None, bool]:
        options = self.table[word]
        clause_end = _clause_end(text, t1, e)
        after = text[t1:clause_end]
        obj_kinds = {m.kind for m in mentions if t1 <= m.start < clause_end}
        chosen: tuple[str | None, bool] = (None, False)
        if word == "批准" and (r := re.match(r"[^，。；]{0,30}?(?:协定|条约|公约|议定书|协议)", after)) and "加入" not in r.group():
            return "JOIN", True  # 国会批准了该条约: ratifying makes a state a party (JOIN)
        if word == "邀请" and _invited_to_join(after, [m for m in mentions if t1 <= m.start < clause_end], t1):
            return "JOIN", True  # 邀请芬兰和瑞典加入北约: an invitation to join
        for etype, directed in options:
            spec = self.lex.types[etype]
            if etype == "ALIGN":
                if word in _RELATIONS_LABEL or word == "关系正常化":
                    return etype, directed
                if (label := _label_after(after, spec.label_suffixes)) and not _named_programme(
                        label, after, spec.field_words, [m for m in mentions if t1 <= m.start < clause_end]):
                    return etype, directed
                if label:
                    continue
                if word in ("建立", "确立", "结成") and _label_before(text[max(0, t1 - len(word) - 12) : t1 - len(word)], spec.label_suffixes):
                    return etype, directed  # 纪念美韩同盟建立70周年: the relationship named before the verb
                continue
            if etype == "POLICY" and not (any(simplify(w) in after[:20] for w in spec.after_any) or obj_kinds & {"law", "initiative"}):
                continue
            if etype == "POLICY" and not _policy_object(word, after):
                continue  # 宣布将两国关系提升为“全面战略伙伴关系”, 宣布将为PGII筹集…: no document or policy is issued
            if etype in ("AGREE", "ESTABLISH") and spec.after_any:
                needs = word not in ("达成共识", "达成一致", "达成协议", "发表联合声明", "联合声明", "共同声明", "换文", "草签", "谅解备忘录", "联合公报", "发表共同声明", "发布联合声明", "通过宣言", "发表宣言", "联合新闻声明", "发布联合新闻声明", "联合宣言", "联合愿景声明", "发表声明", "发布声明")
                if needs and not (any(simplify(w) in after[:24] for w in spec.after_any) or obj_kinds & set(_DOC_KINDS + _ORG_KINDS)) and not (
                        etype == "ESTABLISH" and _founded_before(text, t1 - len(word), word, spec.after_any + spec.founded_nouns)):
                    continue
            if word in spec.conditional and not any(simplify(w) in after[:30] for w in spec.after_any) and not (
                    etype == "AID" and _pledge_before(text, t1 - len(word), word)):
                continue
            if etype == "ESTABLISH" and word in spec.after_any_for and not any(
                    simplify(w) in _object_head(after[:60]) for w in spec.after_any_for[word]):
                continue  # 宣布将关系提升为…伙伴关系, 宣布了关于“…倡议”合作路线图: 宣布 introduces another act
            if etype != "ESTABLISH" and word in spec.after_any_for:
                # a threat's consequence may come in the clause after its condition (警告X若…，将采取…)
                scope = text[t1 : min(e, t1 + 40)] if etype == "THREATEN" else after[:16]
                if not any(simplify(w) in scope for w in spec.after_any_for[word]):
                    continue
            if etype == "JOIN" and re.match(r"\s*(?:的)?\s*(?:议定书|协议书|文书)", after):
                continue  # 签署加入议定书: an accession protocol is a document agreed (AGREE), named by 加入
            if etype == "CONSULT" and _invited_to(text, t1 - len(word), word):
                continue  # 邀请中国出席峰会: the invitation is the event (CONSULT proposed), not an attendance
            if etype == "CONSULT" and word in _ARRIVAL_VERBS and not _official_arrives(text, t1, word, mentions):
                continue  # 布林肯抵达万象 is a visit; 航母抵达釜山 is not
            if etype == "POLICY" and word in ("宣布", "公布") and self._sanction_after(after):
                continue  # 宣布将31家实体列入清单, 宣布对…实施制裁: the announcement is the sanction
            if etype == "POLICY" and word in ("宣布", "公布") and _LEFT_AFTER.match(after):
                continue  # 宣布暂停履行《…条约》, 宣布退出…: the announcement is the withdrawal
            if chosen[0] is None:
                chosen = (etype, directed)
            # a document that is a law makes 签署/通过 POLICY rather than AGREE
            if etype == "POLICY" and ("law" in obj_kinds or re.search(r"法案|法》|行政令|战略(?!伙伴|对话|合作)|报告|政策", after[:20])):
                return etype, directed
        return chosen

    def _build(self, doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date) -> Event | None:
        clause_start = _clause_start(text, t0, s)
        clause_end = _clause_end(text, t1, e)
        context = [m for m in mentions if _is_setting(text, m, e, t0) or _in_setting_phrase(text, m, clause_start, t0)]
        usable = [m for m in mentions if _actorish(m) and m not in context]
        # parties named inside a quoted statement (宣称“日本和乌克兰有着…”) are not parties of a verb outside it
        parts_before = [m for m in usable if m.end <= t0 and not _in_quoted_speech(text, m, t0, s) and not _AFTER_WHOM.match(text, max(s, m.start - 1))]
        parts_after = [m for m in usable if t1 <= m.start < clause_end]
        inside = [m for m in usable if t0 <= m.start and m.end <= t1]  # 访美: the host inside the trigger
        in_clause_before = [m for m in parts_before if m.start >= clause_start]
        if spec_direction(self.lex, etype) == "reciprocal" and not directed and (k := text.rfind("就", clause_start, t0)) != -1 \
                and any(m.end <= k for m in in_clause_before):
            # 美日荷三方就限制向中国出口…达成协议: what the talks are about (就…) names no party
            topic = [m for m in in_clause_before if m.start > k]
            in_clause_before = [m for m in in_clause_before if m not in topic]
            parts_before = [m for m in parts_before if m not in topic]
        # a clause with no party of its own: a party in subject position earlier in the sentence, else
        # the subject carried over from the ；-item before (致力于…破坏联合国…的企图，坚决反对…), else the
        # parties of the nearest earlier clause
        subject = in_clause_before or _subject_group(text, parts_before, s, strict=True,
                                                     directed=directed or spec_direction(self.lex, etype) == "directed") or (
            self._carry if self._carry and not parts_after else _nearest_clause_group(text, parts_before, s))
        carried = bool(subject) and subject is self._carry
        is_directed = directed or spec_direction(self.lex, etype) == "directed"
        if is_directed and in_clause_before and len(_marked_run(text, in_clause_before)) == len(in_clause_before):
            # 商务部表示不满，并宣布对美国X公司实施反制裁: the clause names only the target; the subject
            # is the party in subject position earlier in the sentence
            earlier = [m for m in parts_before if m.end <= clause_start]
            subject = (_subject_group(text, earlier, s, strict=True, directed=True) or []) + in_clause_before
        if not in_clause_before and self._topic and (directed or spec_direction(self.lex, etype) != "reciprocal") and \
                _ENUMERATION.match(text[s:e].lstrip()) and not any(m.start < t0 and not _marked_recipient(text, m) for m in parts_before):
            # 一是…，对中国…采取限制措施，出台…出口管制新规: an enumerated point with no party of its own
            # continues the topic, and the party marked by 对/向 in it is the recipient
            subject = self._topic + [m for m in parts_before if _marked_recipient(text, m)]
        if in_clause_before and _comitative(text, in_clause_before[0], clause_start):
            # A访问越南，与B举行会谈: B is the partner, A (named in the clause before) the subject
            earlier = [m for m in parts_before if m.end <= clause_start]
            group = _nearest_clause_group(text, earlier, s)
            partners = [m for m in group[1:] if text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")]
            group = [m for m in group if m not in partners]  # A与B断交，并与C建交: B was the partner before, not a subject
            subject = group + subject
        if subject:
            # (增加对乌克兰的支持；…: the party marked by 对/向 is no subject for the items after)
            self._last_subject = [m for m in subject if not _marked_recipient(text, m)] or subject
        elif self._carry and not [m for m in parts_after if not (etype == "ESTABLISH" and m.kind in _ORG_KINDS)]:
            # (发起“X工作组”: the body founded after the verb is no party and does not stop the carry)
            subject = self._carry
        elif self._topic and (directed or spec_direction(self.lex, etype) != "reciprocal") and not text[clause_start:t0].strip(" ，,"):
            subject = self._topic  # 实施制裁: a clause with no subject of its own continues the topic
        elif self._topic and _MEETING_SUBJECT.match(text, clause_start):
            subject = self._topic  # 会议发表联合公报, 峰会通过宣言: the meeting's parties adopt it
        if text[t1 : t1 + 1] == "的" and (agent := _relative_agent(text, t0, in_clause_before)):
            subject = agent  # 三方欢迎韩国宣布的《…》: the agent of the relative clause acts
        if word in _PROPOSING and len(subject) > 1 and not in_clause_before:
            subject = _first_conjunct_run(text, subject)  # 拜登政府…，提出“X”: the proposer, not the parties around it
        spec = self.lex.types[etype]
        if etype == "POLICY" and (len(_participants(subject, self.gz)) > 1 or any(m.kind in _ORG_KINDS for m in subject[-1:])):
            # a document adopted by several parties, or by an organisation, is agreed, not unilateral
            etype, spec = "AGREE", self.lex.types["AGREE"]
        if spec.direction == "unilateral":
            actors, recipients = subject[-1:] if subject else [], []
        elif directed or spec.direction == "directed":
            # X对Y进行访问 / X向Y提供援助: a party marked by 对/向/赴 before the verb is its recipient
            marked = [m for m in subject if _marked_recipient(text, m) or etype == "SANCTION" and _disposed(text, m, clause_start) or (
                etype == "AID" and text[m.start - 1 : m.start] == "为" and _GIVE_AFTER.match(text, m.end))]  # 为乌克兰提供援助
            marked += [m for m in _marked_run(text, subject, marked) if m not in marked]
            actors = [m for m in subject if m not in marked]
            if marked and not actors and self._topic and all(m.start >= clause_start for m in marked) and \
                    text[clause_start : marked[0].start - 1].strip(" ，,") in ("", "随后", "此后", "同时", "并", "还", "也", "此外", "另外"):
                actors = [m for m in self._topic if m not in marked]  # 随后，对中国实施出口管制: the topic acts
            if marked and not actors and _ADVERB_LEAD.match(text[clause_start : marked[0].start - 1].strip(" ，,")):
                # 日本…，特别是对乌克兰援助…: the subject named earlier in the sentence acts
                actors = [m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s) if m not in marked]
            elif marked and not actors and etype == "AID" and all(m.start >= clause_start for m in marked) and \
                    not text[clause_start : marked[0].start - 1].strip(" ，,并还也"):
                # 日本设立…制度，向菲律宾提供雷达: the subject of the clause before in the sentence gives
                actors = [m for m in _nearest_clause_group(text, [m for m in parts_before if m.end <= clause_start], s)
                          if m not in marked and m.kind in STATE_KINDS + _ORG_KINDS]
            recipients = marked + inside + [
                m for m in parts_after if m.kind in STATE_KINDS or m.kind in _ORG_KINDS or m.kind == "person" or m.how == "coreference"
            ]
            if etype == "CONSULT" and directed and not recipients:
                recipients = _visited_place(text, t1, clause_end, mentions)  # 访问基辅: the host state of the city
            if not recipients and not marked:
                recipients = _abbreviated_recipient(text, clause_start, t0, mentions, self.gz)  # 向乌提供: 乌 as named nearby
            if not actors and recipients and directed:
                # 此外，俄对日本采取的反制措施: a one-character abbreviation opening the clause before 对/向 acts
                actors = _abbreviated_subject(text, clause_start, t0, mentions, self.gz)
            if etype == "ACCUSE" and word in ("呼吁", "敦促"):
                recipients = [m for m in recipients if t1 <= m.start <= t1 + 1][:1] or recipients[:1]  # 呼吁朝鲜遵守…决议
            if etype == "JOIN":
                invited = _invited_roles(text, word, t0, t1, s, e, mentions) if word in _INVITE_OR_FOUND else None
                if invited is not None:
                    actors, recipients = invited
                else:
                    actors, recipients = _join_roles(text, word, t0, subject, parts_after, actors, recipients)
                if not recipients:  # 英国与CPTPP成员国完成加入谈判: the body negotiated with
                    recipients = [m for m in mentions if clause_start <= m.start < t0 and (m.kind in _ORG_KINDS or m.kind == "agreement")
                                  and text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")][:1]
            elif etype in _PASSIVE_TYPES and (pas := _passive(text, clause_start, t0, t1, clause_end, parts_before,
                                                                           [m for m in mentions if _actorish(m) and m.end <= t0])) is not None:
                # 遭到X反对, 被X制裁, 在X反对下: X acts on the subject
                agents, patients = pas
                patients = patients or [m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s)
                                        if m not in agents]
                actors, recipients = agents, patients + [m for m in recipients if m not in agents and m not in patients]
        else:
            after_parts = [m for m in parts_after if (m.kind in STATE_KINDS or m.how in ("compound", "coreference"))
                           and not _NOT_AN_AGENT_AFTER.match(text[m.end : m.end + 2])]  # 斡旋柬埔寨问题的谈判: a topic
            if etype == "CONSULT":
                # 举行“四边安全对话”外长会议, 举行第55次“安全磋商会议”: the body whose session it is
                after_parts += [m for m in parts_after if m.kind in _ORG_KINDS and _session_of(text, m, clause_end)]
            actors, recipients = subject + after_parts, []
        actors_p = _participants(actors, self.gz)
        if etype == "CONSULT" and not directed and not any(p.kind in _ORG_KINDS for p in actors_p):
            body = _unlisted_body(text, t1, clause_end, mentions)  # 举行第55次“安全磋商会议”: the body the gazetteer lacks
            if body:
                actors_p += body
                self._name_end = t1 + (_UNLISTED_SESSION.match(text[t1:clause_end]) or _UNQUOTED_SESSION.match(text[t1:clause_end])).end()
        if etype in _MINILATERAL_TYPES:
            actors_p = _minilateral(actors_p, self.gz)
        if etype != "CONSULT" and sum(p.kind in STATE_KINDS for p in actors_p) >= 2:
            # 美日“安全磋商委员会”会议发表的联合声明: the states agree; their mechanism is the occasion
            actors_p = [p for p in actors_p if p.kind != "mechanism"]
        recips_p = [p for p in _participants(recipients, self.gz) if p.key() not in {a.key() for a in actors_p}]
        if etype == "MOBILIZE" and not recips_p:
            # 在菲律宾新增4个军事基地, 部署至菲律宾北部: the state that hosts the forces
            host = [m for m in mentions if clause_start <= m.start < clause_end and m.kind in STATE_KINDS
                    and text[max(0, m.start - 1) : m.start] in ("在", "至", "到", "赴", "往")
                    and m.country not in {a.key() for a in actors_p}]
            recips_p = _participants(host[:1], self.gz)
        if etype == "CONSULT" and directed and not recips_p:
            # 抵达华盛顿，展开国事访问 / 抵达万象: the visit's host is the place arrived at
            recips_p = [p for p in _arrival_host(text, s, t1 + 12 if word in _ARRIVAL_VERBS else t0, mentions, self.gz)
                        if p.key() not in {a.key() for a in actors_p}]
        if etype == "JOIN" and (not actors_p or all(a.kind in _ORG_KINDS for a in actors_p) and not recips_p
                                and not any(t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS for m in mentions)):
            return None  # 北约不断扩员: an enlargement with no joiner named is not one accession
        if not actors_p and not recips_p:
            return None
        if etype == "ESTABLISH" and word in ("提出", "推出") and any(p.kind in _ORG_KINDS for p in actors_p) and (
                re.match(r"[^，。；]{0,4}《[^》]{0,30}(?:议程|计划|宣言|路线图|纲要|声明)》", text[t1:clause_end])
                or re.match(r"[^，。；]{0,30}?目标", text[t1:clause_end])):
            etype, spec = "AGREE", self.lex.types["AGREE"]  # 亚太经合组织在大阪会议提出《大阪行动议程》: a body adopting a document or goal
        if word in ("制定", "制订") and len(actors_p) < 2:
            return None  # 制订节能减排目标: drawing up a document is an agreement only between parties
        if etype == "AGREE" and len(actors_p) == 1 and not recips_p and actors_p[0].kind in STATE_KINDS and (
                title := _TITLE.search(doc.text, t0, clause_end)) and not _JOINT_TITLE.search(simplify(title.group(1))):
            # 美国发布了《…战略》: a document issued by one state alone is a policy act
            etype, spec = "POLICY", self.lex.types["POLICY"]
        if etype == "COOPERATE" and sum(p.kind in STATE_KINDS for p in actors_p + recips_p) == 1:
            # 东部战区举行“联合利剑—2024B”演习: the drill's own name is no party; one state drills alone
            named = {m.id for m in mentions if m.kind == "mechanism" and clause_start <= m.start and 0 <= t0 - m.end <= 2
                     and text[max(0, m.start - 1) : m.start] in ("“", "「", "\"", "『") and text[m.end : t0] in ("”", "」", "\"", "』")}
            if named and all(p.kind in STATE_KINDS or p.id in named for p in actors_p + recips_p):
                actors_p = [p for p in actors_p if p.id not in named]
                recips_p = [p for p in recips_p if p.id not in named]
                etype, spec = "MOBILIZE", self.lex.types["MOBILIZE"]
        if etype in ("CONSULT", "AGREE", "COOPERATE", "ALIGN") and len(actors_p) + len(recips_p) < 2 and not any(
            p.kind in _ORG_KINDS for p in actors_p + recips_p
        ):
            if etype == "COOPERATE" and actors_p and _DRILL.search(text[t0 : min(clause_end, t1 + 12)]) and "联合" not in word and word not in ("参加", "出席", "参与"):
                etype, spec = "MOBILIZE", self.lex.types["MOBILIZE"]  # one state's drill is a show of force
            elif etype == "CONSULT" and actors_p and word in ("参加", "出席", "参与") and _MULTILATERAL.search(text[t1:clause_end]):
                pass  # 参加…的国际谈判: one party attending a multilateral meeting whose other parties go unnamed
            else:
                return None  # talks and agreements need two parties (or an organisation's meeting)
        invitation = etype == "CONSULT" and word == "邀请" and bool(recips_p)
        if invitation:  # 美国邀请印尼总统访问: the invitee would visit the host
            visitors = [p for p in recips_p if p.kind in STATE_KINDS] or recips_p
            actors_p, recips_p = visitors, actors_p + [p for p in recips_p if p not in visitors]
        ev = Event(type=etype, trigger=doc.text[t0:t1], actors=actors_p, recipients=recips_p)
        ev.modality = self._modality(text, clause_start, t0)
        if invitation and ev.modality == "asserted":
            ev.modality = "proposed"  # an invitation to visit is a proposed visit (guidelines)
        if ev.modality == "asserted":
            # a cue that is part of the trigger itself: 提议成立 is a proposal
            ev.modality = next((k for k, cue in self.modality_cues if k in ("proposed", "planned") and word.startswith(cue) and len(word) > len(cue) + 1), "asserted")
        if ev.modality == "asserted" and self._advice and not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            ev.modality = "proposed"  # an item of a list of recommendations
        if ev.modality == "asserted" and _INTENT_AFTER.search(text[t1:clause_end]):
            ev.modality = "planned"  # 宣布将关系提升为…的意愿: the intention, not the act
        if ev.modality == "proposed" and etype == "ESTABLISH" and _named_relative(text, t0, t1, mentions):
            ev.modality = "asserted"  # 中国倡议成立的上海合作组织: founded on China's initiative, not proposed
        if ev.modality == "asserted" and not text[clause_start:t0].strip(" ，,").removeprefix("包括") and (
                (self._list_item and self._list_frame == "planned") or _planned_colon(text, s, t0)):
            ev.modality = "planned"  # 三国承诺：举行…；发起…: the items of a list framed as a plan are planned
        if ev.modality == "planned" and word in _ADMIT and any(
                m.end <= t0 and text[m.end:t0].strip() == "" and text[max(clause_start, m.start - 2):m.start].endswith("将") for m in mentions):
            ev.modality = self._modality(text, clause_start, max(clause_start, text.rfind("将", clause_start, t0)))
            # 北约将日本纳入“接触国”行列: 将 marks the state admitted, not the future
        if ev.modality == "asserted" and _content_of_plan(text, s, clause_start, t0, t1, e):
            ev.modality = "planned"  # 以激活…机制, 就尽早签署…达成共识: the purpose or the content agreed on
        decades = [t for t in times if _decade(t, text)]
        times = [t for t in times if t not in decades]  # 1980年代, 21世纪30年代末: no ISO date (null)
        if word in ("投资", "支持", "援助") and etype == "AID" and ev.modality == "asserted" and (
                k := _pledge_verb_at(text, t0)) is not None:
            ev.modality = self._modality(text, clause_start, k)  # 宣布计划在美增加…300亿美元的…投资: the verb's cues
        if ev.modality == "asserted" and (0 <= self._list_from <= t0 or self._list_planned or _BY_PLAN.search(text, s, t0)
                                          or _TARGET_YEAR.search(text[max(clause_start, t0 - 10) : t0])) and \
                not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            ev.modality = "planned"  # an item of a list of commitments (…将…：举行…；建立…；) without 已/了
        if ev.modality == "asserted" and clause_start > s and _COORDINATED_VP.match(text, clause_start) and \
                not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            # 将于下月访问菲律宾，并与总统签署…: a verb phrase coordinated by 并 shares the plan or the
            # hypothesis of the clause before it (the subject is the same, the cue is not repeated)
            prev_start = _clause_start(text, clause_start - 1, s)
            shared = self._modality(text, prev_start, _clause_end(text, prev_start, clause_start))
            if shared in ("planned", "hypothetical"):
                ev.modality = shared
        plan_from = None
        if ev.modality == "asserted" and (ps := _PLAN_SCOPE.search(text[max(s, clause_start - 40) : clause_start])) and \
                not text[clause_start:t0].strip(" ，,"):
            ev.modality = "planned"  # 两国拟于明年纪念…之际，建立…: the plan of the adverbial clause covers the verb
            plan_from = max(s, clause_start - 40) + ps.start()  # and its date is the plan's own
        # the date a measure takes effect (自8月1日起生效) goes in `effective`, never in `date`
        eff = _effective_time(text, times, s, e, etype) if etype in _EFFECTIVE_TYPES else None
        if eff is not None:
            ev.effective = eff.value
            times = [t for t in times if t is not eff]
        # a date qualifying a noun after the verb (遵守2016年7月的仲裁裁决) does not date the act
        date_t = _nearest_time([t for t in times if t.start < t1 or text[t.end : t.end + 1] != "的"], t0)
        if ev.modality in ("planned", "proposed", "hypothetical") and date_t is not None:
            # a plan is dated only by a date of its own (拟于2023年12月建立, 到2030年建立), never by
            # the date it was announced (2021年10月，拜登宣布将…)
            cue_at = self._cue_at(text, clause_start, t0)
            own = [t for t in times if min(cue_at - 4, plan_from if plan_from is not None else cue_at) <= t.start < clause_end]
            own = own or [t for t in times if t.target and t.start < clause_end]  # 最早在2027年，…计划开始轮驻
            date_t = own[0] if own else None
        if date_t is not None and para_date and para_date != date_t.value and para_date.startswith(date_t.value) and \
                re.match(r"\s*(?:年版|版)?\s*《", text[date_t.end : date_t.end + 4]) and date_t.start > t0 and ev.modality == "asserted":
            date_t = None  # 双方签署了2023年《…战略》: the year names the document's edition; the happening is dated above
        if date_t is not None and date_t.start < clause_start and _ONCE.search(text, clause_start, t0) and \
                len(re.sub(r"[\s，,、]", "", text[date_t.end : clause_start])) > 2:  # (1998年，俄罗斯曾正式加入: its own frame)
            date_t = None  # 同日，A与B会面，C曾就此批评A: 曾 tells an earlier, undated act
        if date_t is not None:
            ev.date, ev.date_end = date_t.value, date_t.value_end
        elif _ONCE.search(text, clause_start, t0):
            pass  # an act told with 曾 is background, undated unless it states its own date
        elif ev.modality == "asserted" and para_date and not decades and not _outside_relative(text, t0, t1, mentions) and (carried or
                _REACTS.search(text, clause_start, t0) or
                any(m.how == "coreference" for m in mentions if m.start < t0) or _CONTINUES.match(text[s:e].lstrip())
                or (self._list_item and self._list_frame == "asserted")
                or _same_parties_done(self._para_parties, actors_p + recips_p, text, t0, t1, clause_end)
                or (etype == "AGREE" and _at_the_meeting(self._para_meeting, actors_p))):
            # 双方还签署了…, 会上…, an item after ； of a list (声明宣布：发起X；建立Y), the same parties
            # again with a completed act (美日韩举行会议。美日韩宣布已激活…): a sentence that continues the
            # happening told before it takes its date; an undated background statement stays undated
            ev.date = para_date
        if ev.date and ev.date == para_date:
            self._para_parties = frozenset(p.key() for p in actors_p + recips_p)
        after = text[t1:clause_end]
        if etype == "ALIGN":
            ev.label = _RELATIONS_LABEL.get(word) or ("关系正常化" if word == "关系正常化" else None) or (
                _label_after(after, spec.label_suffixes) or _label_before(text[max(s, t0 - 12) : t0], spec.label_suffixes))
        if ev.date and (ann := _ANNIVERSARY.match(text, t1)) and etype in ("ALIGN", "ESTABLISH", "JOIN", "AGREE") or (
                ev.date and etype in ("ALIGN", "ESTABLISH") and (ann := _ANNIVERSARY_AFTER.match(text[t1:clause_end]))):
            # 2023年是两国建立…伙伴关系10周年: the founding is dated N years before the anniversary
            n = _int_zh(ann.group("n"))
            if n:
                ev.date, ev.date_end = f"{int(ev.date[:4]) - n:04d}", None
        obj = next((m for m in mentions if t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS), None)
        if obj is not None and etype in ("JOIN", "LEAVE", "ESTABLISH", "AGREE", "POLICY", "SANCTION"):
            ev.object = {"id": obj.id, "name": obj.text, "kind": obj.kind}
            if etype == "ESTABLISH" and (tail := _BODY_TAIL.match(text, obj.end, clause_end)):
                # 宣布成立亚太经合组织中小企业中心: a body named after its parent is the body founded
                ev.object = {"id": None, "name": doc.text[obj.start : tail.end()], "kind": None}
            if etype in ("JOIN", "LEAVE") and obj.kind in _ORG_KINDS + ("agreement",) and not any(p.id == obj.id for p in ev.recipients):
                ev.recipients.append(Participant(obj.id, obj.kind, obj.name_zh, obj.name_en, obj.country))
            if etype == "JOIN":
                ev.actors = [a for a in ev.actors if a.id != obj.id]
                if not ev.actors:
                    return None
        elif etype in ("AGREE", "POLICY", "ESTABLISH") and (m := _TITLE.search(doc.text[t1:clause_end])):
            ev.object = {"id": None, "name": m.group(1), "kind": None}
        elif etype in ("ESTABLISH", "AGREE") and (m := _QUOTED.match(doc.text[t1:clause_end])):
            ev.object = {"id": None, "name": m.group(1), "kind": None}  # 发起“…伙伴关系”: the name it is given
        elif etype == "ESTABLISH" and (m := _BARE_BODY.match(text, t1, clause_end)):
            ev.object = {"id": None, "name": doc.text[m.start(1) : m.end(1)], "kind": None}  # 成立澳美关键矿产工作组
        if etype == "ESTABLISH" and ev.object is None and (span := _founded_before(text, t0, word, spec.after_any + spec.founded_nouns)):
            # 东盟环境部长级会议正式成立, 该倡议由…提出: the body named before the verb; it founds nothing itself
            ev.object = _object_at(span, doc.text, mentions, text, s)
            whole = {m.id for m in mentions if m.start <= span[0] + 1 and m.end >= span[1] - 1 and m.kind in _ORG_KINDS}
            hosts = {m.id for m in mentions if span[0] <= m.start < span[1] and text[m.start - 1 : m.start] == "驻"}
            # 日本驻北约代表处: the organisation hosting the mission is the recipient
            ev.recipients += [a for a in ev.actors if a.id in hosts and a.kind in _ORG_KINDS]
            ev.actors = [a for a in ev.actors if a.id not in whole and not (a.id in hosts and a.kind in _ORG_KINDS)]
            if not ev.actors:
                return None
        if etype == "JOIN" and not ev.recipients:
            # 斐济随后加入，IPEF已有14个成员国: the body joined is named in the next clause
            body = next((m for m in mentions if m.start >= t1 and m.kind in _ORG_KINDS + ("agreement",)), None)
            if body is not None and all(a.id != body.id for a in ev.actors):
                ev.recipients = _participants([body], self.gz)
            elif body is None and _CLAUSE_ENDS.match(text, t1):
                # 伊朗成为上合组织正式成员国，白俄罗斯则于次年加入: a bare 加入 closing its clause joins
                # the body joined in the clause before, in the same sentence
                prev = [m for m in mentions if s <= m.start < clause_start and m.kind in _ORG_KINDS + ("agreement",)
                        and _MEMBERSHIP_NEAR.match(text, m.end, min(clause_start, m.end + 8))]
                if prev and all(a.id != prev[-1].id for a in ev.actors):
                    ev.recipients = _participants([prev[-1]], self.gz)
        if etype == "LEAVE" and ev.object and ev.object.get("id"):
            # 通知中方退出“一带一路”倡议: the party notified is no party to the withdrawal; what is left
            # (an organisation, agreement or initiative) is its recipient, as for JOIN
            notified = {m.country or m.id for m in mentions if clause_start <= m.start < t0
                        and _NOTIFY.search(text, max(clause_start, m.start - 3), m.start)}
            ev.actors = [a for a in ev.actors if a.key() not in notified] or ev.actors
            if not ev.recipients:
                left = next((m for m in mentions if m.id == ev.object["id"] and m.kind in _ORG_KINDS + _DOC_KINDS), None)
                if left is not None:
                    ev.recipients = _participants([left], self.gz)
        if etype == "JOIN" and word == "扩员" and all(a.kind in _ORG_KINDS for a in ev.actors):
            return None  # 扩员后的TPP: an enlargement names no joiner
        if ev.modality == "asserted" and etype != "ESTABLISH" and _PROPOSAL_AFTER.match(text, t1, min(e, t1 + 150)):
            ev.modality = "proposed"  # 2018年1月，日本提出加入…的设想: an idea put forward, dated by the idea only
            ev.date = ev.date_end = None
        if etype == "AGREE" and ev.object is None and (k := _DOC_NOUN.search(text, t0, min(clause_end, t1 + 8))):
            # 发表联合声明 / 发表声明: the kind of document keeps a joint statement and a leaders' statement
            # of the same day apart
            ev.object = {"id": None, "name": k.group(), "kind": None}
        place = next((m for m in mentions if s <= m.start < e and m.kind == "place"), None)
        if place is not None:
            ev.location = place.id
        ev.quantities = _quantities(text[s:e], doc.text[s:e])  # matched on the simplified view (億 → 亿)
        ev.source = _source(text, s, t0, mentions)
        ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
        ev.confidence = round(min(0.95, 0.45 + 0.2 * bool(ev.date) + 0.15 * bool(ev.actors) + 0.15 * bool(ev.recipients or ev.object or ev.label)), 2)
        return ev

    def _sanction_after(self, after: str) -> bool:
        spec = self.lex.types["SANCTION"]
        return any(simplify(w) in after for w in spec.triggers if w not in spec.conditional and w not in spec.after_any_for)

    def _nominal(self, text: str, t0: int, clause_start: int) -> bool:
        """A trigger governed by a verb of enhancement (加强, 深化, 扩大…) a few characters before it
        names an area, not a happening."""
        window = text[max(clause_start, t0 - self.lex.nominal_window) : t0]
        return any(v in window for v in self.lex.nominal_verbs)

    def _cue_at(self, text: str, clause_start: int, t0: int) -> int:
        """Where the modality cue before t0 starts (t0 when there is none)."""
        start = max(clause_start, t0 - 24)  # as far as a wide plan cue reaches (see _modality)
        window = text[start:t0]
        ks = [window.rfind(cue) for kind, cue in self.modality_cues if kind != "negated"]
        ks = [k for k in ks if k != -1]
        return start + min(ks) if ks else t0

    def _modality(self, text: str, clause_start: int, t0: int) -> str:
        window = text[max(clause_start, t0 - 24) : t0]
        best: tuple[int, str] | None = None
        for kind, cue in self.modality_cues:
            k = window.rfind(cue)
            if k == -1:
                continue
            if cue not in _INTENT_NEGATORS and cue not in _WIDE_PLANS and k < len(window) - 12 or k < len(window) - 16 and cue in _INTENT_NEGATORS:
                continue  # only an intent (没有计划以成员身份加入: 16; 计划开始…潜艇轮驻: 24) reaches this far
            if (cue == "要" and window[k - 1 : k] in _NOT_MUST) or (cue == "应" and (window[k + 1 : k + 2] in ("邀", "对", "用", "约") or window[k - 1 : k] in ("回", "响", "适", "相", "供", "答", "反", "感", "效"))):
                continue  # 主要, 重要, 需要 (a cue of its own); 应邀, 应约, 应对, 应用, 回应, 响应, 适应
            if cue == "应" and re.match(r"应[^，。；,;]{0,16}(?:的)?邀请", window[k:]):
                continue  # 应普京邀请出席: at the invitation of, not 'should'
            if cue == "不" and window[k + 1 : k + 2] in _NOT_AFTER_BU:
                continue  # 不满, 不断, 不仅, 不久: no negation (表示强烈不满并提出交涉)
            if cue in ("或", "如") and not _HEDGE_AT.match(window, k):
                continue  # 成员或准成员, 例如: 'or' and 'such as', not a hedge
            if kind == "negated" and len(window) - (k + len(cue)) > (10 if cue in _INTENT_NEGATORS else 3):
                continue  # negation binds the verb right after it (intent negators the whole verb phrase)
            if cue in self.adjacent_cues and (len(window) - (k + len(cue)) > 1 or re.search(r"[的项个”》]", text[max(0, t0 - len(window) + k - 4) : t0 - len(window) + k])):
                continue  # 为一项新的气候倡议提供: a noun, not a call
            if cue.endswith("将") and len(window) - (k + len(cue)) > (0 if text.startswith(_DISPOSAL_VERBS, t0) else 2) and \
                    not window[k + len(cue) : k + len(cue) + 1] in _FUTURE_AFTER:
                continue  # 将两国关系提升为…: 将 marks the object here, not the future
            pos = k + len(cue)
            if best is None or pos > best[0]:
                best = (pos, kind)
        return best[1] if best else "asserted"


# --- helpers ------------------------------------------------------------------------------


_REACTION_END = re.compile(r"\s*(?:[，。；,;！!]|并|$)")
_REACTION_CUE = re.compile(r"(?:对此|就此|对此事|予以|加以|随即|当即|随后|次日|当天|当日|同日|翌日)")


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
    placed = sorted(((text.find(simplify(ev.trigger), s, e), ev) for ev in found), key=lambda x: x[0])
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


def _reaction_targets(text: str, s: int, e: int, found: list[Event], para_events: list) -> None:
    """An accusation told with no target (美国国务院当天表示严重关切; 菲律宾外交部对此提出抗议; 澳洲总理
    予以谴责; 次日，中国商务部表示坚决反对) reacts to the act told just before it in the paragraph: the
    parties that did that act are its recipients. Earlier reactions are passed over (A谴责，B亦予以谴责:
    both react to the act). The positions of this sentence's events are those of their triggers."""
    placed = []
    for ev in found:
        k = text.find(simplify(ev.trigger), s, e)
        placed.append((k if k >= 0 else s, ev))
    for k, ev in placed:
        counter = ev.type == "SANCTION" and "反制" in simplify(ev.trigger)  # 中方随即采取对等反制措施
        if not (ev.type == "ACCUSE" or counter) or ev.recipients or not ev.actors or ev.modality != "asserted":
            continue
        t1 = k + len(ev.trigger)
        clause = text[_clause_start(text, k, s) : k]
        if not (_REACTION_END.match(text, t1) or _REACTION_CUE.search(clause)):
            continue  # 反对单方面改变现状: the target is named as the object (or there is none)
        if re.search(r"[对向就](?!等|外|于)", clause.replace("对此", "").replace("就此", "")):
            continue  # 对…表示关切: a target the linker did not resolve; do not guess
        mine = {p.key() for p in ev.actors}
        # the act reacted to is told earlier in the sentence; in the sentence before only when a cue
        # (对此, 予以, 随即, 当天…) says that the reaction follows it
        cued = _REACTION_CUE.search(text, _clause_start(text, k, s) if k > s else s, k) or _REACTION_CUE.match(text[s:k].lstrip())
        before = ([(pk, pe) for pk, pe in para_events] if cued else []) + [(pk, pe) for pk, pe in placed if pk < k]
        for _, prev in reversed(before):
            if prev.type == "ACCUSE" or prev is ev:
                continue
            doers = [p for p in prev.actors if p.kind in STATE_KINDS and p.key() not in mine]
            if doers:
                ev.recipients = list(doers)
            break


def _clause_start(text: str, pos: int, floor: int) -> int:
    k = max(text.rfind(c, floor, pos) for c in "，,：:")
    return k + 1 if k >= floor else floor


def _clause_end(text: str, pos: int, ceil: int) -> int:
    m = _CLAUSE.search(text, pos, ceil)
    return m.start() if m else ceil


_SETTING_AFTER = re.compile(r"^[^，。；,]{0,12}?(?:期间|之际|间隙|场边|前夕|框架下|框架内)")


def _is_setting(text: str, m: Mention, sent_end: int, trigger_start: int | None = None) -> bool:
    """A place or gathering that frames the event is not a party to it: 在柬埔寨…, 在G7峰会期间
    (for the event told after 期间, not for the summit itself)."""
    before = text[max(0, m.start - 2) : m.start]
    if before.endswith(("在", "于")) and m.kind in STATE_KINDS:
        return True
    if text[m.end : m.end + 2] == "首都":
        return True  # 柬埔寨首都金边: the country of a venue
    frame = _SETTING_AFTER.match(text[m.end : sent_end])
    if frame and re.search(r"[在于]", text[m.end : m.end + frame.end()]):
        frame = None  # 日本在东盟地区论坛峰会期间举行会谈: the party before 在…期间 is its subject
    if frame and (trigger_start is None or trigger_start >= m.end + frame.end()):
        return True
    return bool(before.endswith(("在", "于")) and frame)


def _marked_recipient(text: str, m: Mention) -> bool:
    if text[max(0, m.start - 1) : m.start] in ("对", "向", "赴", "到"):
        return True
    if _DUI_DETERMINER.search(text, max(0, m.start - 6), m.start) and m.kind in STATE_KINDS:
        return True  # 对相关美国军工企业实施制裁, 对多家中国企业: a determiner between 对 and the state
    # 对3000亿美元中国输美商品加征关税, 对价值500亿美元的中国产品: the state whose goods a measure targets
    return bool(_GOODS_OF.match(text, m.end) and _AMOUNT_AFTER_DUI.search(text, max(0, m.start - 16), m.start))


_DUI_DETERMINER = re.compile(r"[对向](?:相关|有关|部分|多家|数家|若干|这些|该批|\d+家|\d+名)$")
_GOODS_OF = re.compile(r"(?:输美|输华|输欧|出口|进口|原产)?(?:的)?(?:商品|产品|货物|输入品|进口商品|钢铝|电动汽车|芯片)")
_AMOUNT_AFTER_DUI = re.compile(r"对(?:约|价值|总额)?[\d\.]+(?:多)?(?:亿|万)?(?:美元|欧元)?(?:的)?$")


_DISPOSAL = re.compile(r"(?:将|把)(?!于|在|对|向|与|同|会|要|继续|进一步)[^，。；将把]{0,8}$")


def _marked_run(text: str, ms: list[Mention], marked: list[Mention] | None = None) -> list[Mention]:
    """The parties of a phrase marked by 对/向/赴 (or given as `marked`) and those joined to it by
    apposition or coordination: 对美国洛克希德·马丁公司, 向乌克兰、以色列和台湾."""
    out = list(marked) if marked is not None else [m for m in ms if _marked_recipient(text, m)]
    for m in sorted(ms, key=lambda m: m.start):
        if m not in out and any(0 <= m.start - x.end <= 1 and text[x.end : m.start] in ("", "、", "和", "及", "与")
                                for x in out):
            out.append(m)
    return out


def _disposed(text: str, m: Mention, clause_start: int) -> bool:
    """将31家中国实体列入清单: the party after 将/把 is what the sanction falls on."""
    return _DISPOSAL.search(text, max(clause_start, m.start - 10), m.start) is not None


_RECIPROCAL_TYPES = ("CONSULT", "AGREE", "ALIGN", "ESTABLISH", "COOPERATE")
_SEPARATELY = ("分别", "先后", "各自", "相继")


def _separately(text: str, s: int, t0: int, ev: Event, mentions: list[Mention]) -> list[Event]:
    """分别/先后/各自/相继: parties that act separately give one event each (A分别与B、C会谈 is two
    talks, B、C先后访问A two visits)."""
    import copy

    cs = _clause_start(text, t0, s)
    w0 = max(cs, t0 - 16)
    window = text[w0:t0]  # the cue of this clause (not 表达了各自的看法，并呼吁)
    cue = next((c for c in _SEPARATELY if c in window), None)
    if cue is None and cs > s and re.match(r"\s*(?:并|又|也)?(?:与|同|跟)", text[cs:t0]):
        # A、B先后与C断交，同D建交: a comitative clause goes on with the parties of the clause before
        w0 = max(_clause_start(text, cs - 1, s), cs - 20)
        window = text[w0:cs]
        cue = next((c for c in _SEPARATELY if c in window), None)
    if cue is None:
        return [ev]
    cue_at = w0 + window.rfind(cue)
    if ev.type in _RECIPROCAL_TYPES and not ev.recipients and not text[cue_at + len(cue) : t0].strip():
        # A分别会见B和C / A分別會見B、C: the cue right before the verb, the parties after it: A with each
        ce = _clause_end(text, t0, len(text))
        after_verb = {m.country or m.id for m in mentions if t0 < m.start < ce and (m.kind in STATE_KINDS or m.country)
                      and m.kind not in _ORG_KINDS}
        before_cue = {m.country or m.id for m in mentions if s <= m.start < cue_at and m.kind not in ("place",)}
        fixed = [a for a in ev.actors if a.key() in before_cue and a.kind in STATE_KINDS]
        each = [a for a in ev.actors if a.key() in after_verb and a.key() not in before_cue]
        if fixed and len(each) > 1:
            import copy as _copy
            out = []
            for x in each:
                y = _copy.copy(ev)
                y.actors = fixed + [x]
                out.append(y)
            return out
    # the parties after the cue in the trigger's own clause
    after_cue = {m.country or m.id for m in mentions if cue_at < m.start < t0}
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
    elif len(ev.actors) > 2 and not after_cue and (listed := _comitative_list(text, s, cue_at, mentions)):
        # A与B、C等国分别举行会谈: A with each of the parties listed before the cue
        each = [a for a in ev.actors if a.key() in listed]
        fixed = [a for a in ev.actors if a.key() not in listed and a.kind not in _ORG_KINDS]
        groups = [fixed + [x] for x in each] if fixed and len(each) > 1 else [ev.actors]
    elif len(ev.actors) > 1 and not after_cue and (ev.recipients or ev.type not in _RECIPROCAL_TYPES):
        groups = [[a] for a in ev.actors]  # B、C先后访问A (a meeting or an agreement needs its parties together)
    else:
        groups = [ev.actors]
    if len(groups) == 1:
        return [ev]
    out = []
    for g in groups:
        x = copy.copy(ev)
        x.actors = g
        out.append(x)
    return out


_COMITATIVE_LIST = re.compile(r"(?:与|同|和|跟)[^，。；与同和跟]{2,40}$")


def _comitative_list(text: str, s: int, cue_at: int, mentions: list[Mention]) -> set[str]:
    """The parties of a 与/同-phrase that ends at the cue (与老挝、越南等国外长分别…)."""
    m = _COMITATIVE_LIST.search(text, max(s, cue_at - 40), cue_at)
    if m is None:
        return set()
    return {x.country or x.id for x in mentions if m.start() < x.start < cue_at}


_SESSION_NOUN = re.compile(r"^[”“\"\s]*(?:\([^()]{0,40}\)|（[^（）]{0,40}）)?\s*(?:第[一二三四五六七八九十\d]+次|首次|首届)?(?:[\u4e00-\u9fff]{0,4}?(?:级)?)?"
                           r"(?:会议|峰会|会晤|会谈|对话|磋商|首脑会|通话)")
_MINILATERAL_TYPES = ("CONSULT", "AGREE", "ESTABLISH", "ACCUSE")


def _session_of(text: str, m: Mention, clause_end: int) -> bool:
    """The body named right before a meeting noun (“X”会议, X外长会议, X第一次会议), or a body whose
    own name is a meeting (安全磋商会议, 四边安全对话)."""
    if _SESSION_NOUN.match(text[m.end : clause_end]):
        return True
    return text[m.start : m.end].endswith(("会议", "对话", "磋商", "峰会", "论坛", "大会", "年会", "外长会")) and m.kind == "mechanism"


def _minilateral(parts: list[Participant], gz: Gazetteer) -> list[Participant]:
    """A small grouping (at most four members: Quad, AUKUS, a trilateral) acts with its members: a
    session of the grouping lists the grouping and every member, and a meeting of exactly its
    members (three or four states) is a session of it."""
    index = _minilateral_index(gz)
    keys = {p.key() for p in parts}
    out = list(parts)
    for p in parts:
        members = index["by_id"].get(p.id)
        if members and p.kind in _ORG_KINDS:
            for mid in members:
                if mid not in keys and (ent := gz.get(mid)) is not None:
                    out.append(Participant(ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country))
                    keys.add(mid)
    states = frozenset(p.key() for p in out if p.kind in STATE_KINDS)
    if len(states) >= 3 and not any(p.kind in _ORG_KINDS for p in out):
        gid = index["by_members"].get(states)
        if gid and (ent := gz.get(gid)) is not None:
            out.append(Participant(ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country))
    return out


_MINI_CACHE: dict[int, dict] = {}


def _minilateral_index(gz: Gazetteer) -> dict:
    got = _MINI_CACHE.get(id(gz))
    if got is not None:
        return got
    by_id: dict[str, list[str]] = {}
    groups: dict[frozenset, list[str]] = {}
    for ent in {e.id: e for e in gz.entities.values()}.values():
        if ent.kind not in ("grouping", "mechanism"):
            continue
        mids = [m.get("id") for m in ent.members if m.get("id") and not m.get("until")]
        if 2 <= len(mids) <= 4 and all((x := gz.get(i)) is not None and x.kind in STATE_KINDS for i in mids):
            by_id[ent.id] = mids
            if len(mids) >= 3 and ent.kind == "grouping":
                groups.setdefault(frozenset(mids), []).append(ent.id)
    got = {"by_id": by_id, "by_members": {k: v[0] for k, v in groups.items() if len(v) == 1}}
    _MINI_CACHE[id(gz)] = got
    return got


_TITLE_LINK = re.compile(r"^(?:\s|[(（][^()（）《》]{0,80}[)）]|和|及|以及|与|、|,|，)*$")


def _each_document(raw: str, t1: int, clause_end: int, ev: Event) -> list[Event]:
    """签署《A》和《B》: each document signed, issued or adopted is an event of its own (listed titles
    joined by 和/及/与/、, English glosses in brackets between them)."""
    import copy

    if ev.type not in ("AGREE", "POLICY"):
        return [ev]
    titles = list(_TITLE.finditer(raw, t1, clause_end))
    if len(titles) < 2:
        return [ev]
    run = [titles[0]]
    for m in titles[1:]:
        if not _TITLE_LINK.match(raw[run[-1].end() : m.start()]):
            break
        run.append(m)
    if len(run) < 2 or not _TITLE_LINK.match(raw[t1 : run[0].start()].replace("了", "").replace("的", "")[-4:] or " "):
        return [ev]
    out = []
    for i, m in enumerate(run):
        x = copy.copy(ev) if i else ev
        if i or ev.object is None or ev.object.get("name") not in m.group(1):
            x.object = {"id": None, "name": m.group(1), "kind": None} if i or ev.object is None or ev.object.get("id") is None else ev.object
        out.append(x)
    return out


def spec_direction(lex: Lexicon, etype: str) -> str:
    return lex.types[etype].direction


_DRILL_CONTENT = re.compile(r"[^，。；]{0,6}?(?:演习|演练|训练|课目|导弹|来袭|无人机|系统)")
_DRILL = re.compile(r"演习|军演|演练|演训|实弹")
_COUNT = re.compile(r"(?<![第\d])(?:累计|共计|总共|共)?\s*(?P<n>[三四五六七八九十百]+|\d+)\s*(?:多)?\s*[次轮场](?!\s*[会对谈]?\s*[的])")
_TALLY = re.compile(r"累计|共计|总共|逾|超过|多达")
_INVENTORY = re.compile(r"^[^，。；：]*?等[^，。；]{0,8}?(?:机制|平台|渠道|方式|对话机制|合作机制)")


def _aggregate_or_list(text: str, t0: int, t1: int, clause_start: int, clause_end: int, etype: str) -> bool:
    """A count of sessions (举行了四次会议, 累计召开) or an inventory of channels (通过A、B等机制)."""
    window = text[max(clause_start, t0 - 8) : min(clause_end, t1 + 8)]
    for m in _COUNT.finditer(window):
        if window[: m.start("n")].rstrip().endswith("第"):
            continue  # 第 13 次: an ordinal names one session
        n = m.group("n")
        count = int(n) if n.isdigit() else 3 if n not in ("二", "两") else 2
        if count >= 3 or _TALLY.search(window):
            return True
    before = text[clause_start:t0]
    return etype == "CONSULT" and ("通过" in before or "包括" in before) and bool(_INVENTORY.match(text[t1:clause_end]))


_PROPOSING = ("提出", "推出", "倡议", "发起")
_MEETING_SUBJECT = re.compile(r"\s*(?:此次|本次|这次|该次)?(?:会议|峰会|会晤|会谈|会议期间|会上|会后|与会各方|与会者)")
# verbs of the 将-construction (将两国关系提升为…): 将 before them marks the object, not the future
_DISPOSAL_VERBS = ("提升为", "升级为", "升格为", "提升至", "升级至", "升格至", "定为", "列为", "列入", "纳入")
_NEWS_PARAGRAPH = 240  # characters: longer paragraphs are an essay's, not a news item's
_ONCE = re.compile(r"曾(?!任|是|为|经是)")
_REACTS = re.compile(r"对此|就此|予以|加以")  # 菲律宾外交部对此提出抗议: a reaction to the act just told
_CONTINUES = re.compile(r"(?:随即|随之|紧接着|会上|会谈中|会后|会议(?!认为|指出)|峰会|会议期间|访问期间|此访|此行|此次|这次|这是|这也是|期间|同日|当天|随后|其间|在此期间|双方|两国|三方|三国|四国|各方)")
_INTENT_NEGATORS = ("没有计划", "无意", "拒绝", "不打算", "不会", "无法", "难以")
_ADMIT = ("接纳", "接收", "吸纳", "纳入", "吸收")
_CAUSATIVE = re.compile(r"(?:拉拢|邀请|推动|鼓励|支持|欢迎|吸引|劝说|促成|同意|批准)$")


_PLAN_FRAME = re.compile(
    r"承诺|计划|拟|打算|致力于|将(?=[^，。；;：:]{0,3}(?:开展|举行|建立|发起|推进|推动|改进|加强|继续|成立|启动|提供|签署|制定|召开|实施|增加|扩大|进行|设立|探讨|寻求|共同|进一步|于|会|要))")


def _list_frame(head: str) -> str:
    """The frame of a list that a sentence opens (it ends with ；): 三国将改进沟通机制：举行…；发起…
    or 宣布了一些…的计划：…；… make every item a plan; 联合声明阐述了议程：…；… reports acts."""
    head = head.rstrip()
    if not head.endswith(("；", ";")):
        return "asserted"
    return "planned" if _PLAN_FRAME.search(head) else "asserted"


_FOUNDED_INTRANSITIVE = ("成立", "正式成立", "宣告成立", "宣布成立", "启动", "正式启动", "建立", "设立", "创立", "正式运行", "投入运行", "运行",
                         "建成", "全面建成", "正式建成")
_FOUNDED_PASSIVE = ("提出", "发起", "倡议", "创建", "创立", "成立", "建立", "设立", "推出", "倡议成立", "组建", "启动")
_FOUNDED_TAIL = re.compile(r"(?:正式|已经|已|也|终于|宣告|宣布|随之|随即|同时|于[^，。；由]{1,14}?|在[^，。；由]{1,20}?|[\s，,])*$")
_GLOSS_TAIL = re.compile(r"\s*(?:\([^()]{0,80}\)|（[^（）]{0,80}）)?\s*$")
_CLAUSE_ENDS = re.compile(r"\s*(?:了|起来|以来|之后|后|的|并|，并)?\s*(?:[，。；,;：:]|$)")
_NAME_START = re.compile(r"[，。；、：:,（(）)下的是即]")


def _founded_before(text: str, t0: int, word: str, nouns: list[str]) -> tuple[int, int] | None:
    """东盟环境部长级会议（AMME）于1981年正式成立, 该倡议由习近平主席在2021年9月提出: the body or
    initiative founded is named before the verb (the subject of an intransitive 成立/启动/运行, or the
    topic of a passive 由…提出). Returns the span of its name."""
    if not _CLAUSE_ENDS.match(text, t0 + len(word)):
        return None  # 美国计划建立…框架: the verb has an object of its own after it
    window = text[max(0, t0 - 80) : t0]
    base = t0 - len(window)
    passive = None
    if word in _FOUNDED_PASSIVE:
        k = window.rfind("由")
        if k != -1 and not re.search(r"[，。；]", window[k:]):
            passive = k
    if passive is None and word not in _FOUNDED_INTRANSITIVE:
        return None
    head = window[:passive] if passive is not None else window
    head = head[: _FOUNDED_TAIL.search(head).start()]
    head = head[: _GLOSS_TAIL.search(head).start()]
    head = head.rstrip("”」\"")
    if not head or not any(head.endswith(simplify(n)) for n in nouns):
        return None
    k = max((m.end() for m in _NAME_START.finditer(head)), default=0)
    start = k
    for q in "“「\"":
        j = head.rfind(q)
        if j != -1 and j + 1 > start:
            start = j + 1
    name = head[start:]
    if len(name) < 2 or (name[:1] in ("该", "这", "此") and len(name) <= 4 and passive is None):
        return None  # 该机制启动: a body referred back to, launched before the sentence's own act
    return base + start, base + len(head)


def _object_at(span: tuple[int, int], raw: str, mentions: list[Mention], text: str, s: int) -> dict:
    """The object named at span: the gazetteer's body when a mention covers it, else the words as
    written; 该倡议 / 这一机制 is resolved to the last body of that kind named earlier in the block."""
    a, b = span
    for m in mentions:
        if m.start <= a + 1 and m.end >= b - 1 and m.kind in _ORG_KINDS + _DOC_KINDS:
            return {"id": m.id, "name": m.text, "kind": m.kind}
    name = raw[a:b]
    if text[a : a + 1] in ("该", "这", "此"):
        head = re.sub(r"^[该这此][一个项]?", "", text[a:b])
        earlier = [m for m in mentions if m.end <= a and m.kind in _ORG_KINDS + _DOC_KINDS and simplify(m.text).endswith(head)]
        if earlier:
            m = earlier[-1]
            return {"id": m.id, "name": m.text, "kind": m.kind}
    return {"id": None, "name": name, "kind": None}


_TITLE_SPAN = re.compile(r"《[^《》]{1,60}》")
_SPEECH_AFTER = re.compile(r"^\s*(?:了)?\s*(?:要|应|应当|应该|将|把|加入|申请|希望|建议|在|由|对|与|关于|过|出)")
_IN_FOUNDED_NAME = re.compile(r"(?:发起|启动|建立|成立|设立|创建|组建|推出|宣布建立|宣布成立)了?\s*(?:一个|新的)?\s*[“「][^“”「」]*$")
_BARE_BODY = re.compile(r"\s*了?\s*(?:一个|一项|新的|一个新的)?\s*([\u4e00-\u9fff\-—·]{2,20}?(?:工作组|小组|机制|论坛|基金|走廊|中心|委员会|秘书处|平台|网络|伙伴关系|倡议|框架|联盟|集团|对话))")
_DOC_NOUN = re.compile(r"联合声明|共同声明|联合新闻声明|联合愿景声明|联合公报|联合宣言|宣言|公报|声明|谅解备忘录|备忘录|协定|协议|共识")
_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:中心|机制|论坛|基金|工作组|小组|秘书处|委员会|办事处|代表处|平台|网络|走廊)")
_MEETING_OBJECT = re.compile(r"^[^，。；]{0,24}?(?:峰会|会议|会晤|会谈|大会)[”」]?(?:[(（][^()（）]{0,60}[)）])?\s*(?:[，。；,]|$)")
_TALKS_AFTER = re.compile(r"^[^，。；]{0,30}?(?:[”」)）]|[A-Za-z]|框架|协定|伙伴关系|自贸区)\s*谈判")
_DISCUSSED = re.compile(r"(?:讨论|探讨|商讨|研究|讨论了|探讨了)[^，。；]{0,4}$")
_ATTITUDE = re.compile(r"^[^，。；]{0,30}?的(?:态度|立场|看法|意见|讨论|争论|可能性?|前景|问题)")
_STATISTIC = re.compile(r"同比|累计|截至|实际投资|实际使用|总额|存量|占[^，。；]{0,10}比")
_AREA_LIST = re.compile(r"^[^，。；]{0,16}?(?:等|和)?[^，。；]{0,12}?(?:方面|领域)")


def _not_an_act(text: str, s: int, e: int, t0: int, t1: int, word: str, etype: str) -> bool:
    """Uses of the document and institution triggers that report no act: a trigger inside a
    document title (《安全部门援助路线图》); 提出 introducing speech (提出要…, 提出应…, 提出加入…的设想);
    a meeting convened (发起…峰会: the CONSULT is found apart) or negotiations opened (推出…谈判: CONSULT)
    rather than a body founded; a founding only discussed (讨论建立…); an attitude towards joining
    (对加入…的态度); investment statistics (同比, 累计, 实际投资); aid named as a field of work
    (人道主义援助和灾难救援等方面)."""
    for m in _TITLE_SPAN.finditer(text, max(s, t0 - 60), min(e, t1 + 60)):
        if m.start() < t0 and t1 <= m.end() and etype not in ("AGREE",):
            return True
    after = text[t1:e]
    clause_start = _clause_start(text, t0, s)
    if etype in ("CONSULT", "COOPERATE") and _IN_FOUNDED_NAME.search(text, max(s, t0 - 30), t0):
        return True  # 发起“日菲海洋对话”: a meeting word inside the name of the body founded
    if etype == "ESTABLISH":
        if word == "提出" and _SPEECH_AFTER.match(after):
            return True
        if _MEETING_OBJECT.match(after) or _TALKS_AFTER.match(after):
            return True
        if _DISCUSSED.search(text[clause_start:t0]):
            return True
        if re.match(r"[^，。；]{0,30}?(?:发展模式|的运动)", after):
            return True  # 提出“…”经济发展模式, 发起成立…的运动: a domestic model or a campaign
    if etype == "ALIGN" and (re.match(r"[^，。；]{0,6}?更", after) or re.search(r"在\s*$", text[clause_start:t0])
                             and re.match(r"[^，。；]{0,30}?方面", after)):
        return True  # 建立一个更有能力的同盟, 在建立…伙伴关系方面取得进展: no new tier of relations
    if word == "批准" and re.match(r"[^，。；]{0,12}?加入[^，。；]{0,20}?(?:议定书|协定|协议)", after):
        return True  # 批准芬兰加入北约的议定书: a step of another state's accession (its JOIN is found apart)
    if etype in ("JOIN", "ESTABLISH", "AGREE") and text[max(clause_start, t0 - 3) : t0].endswith("对") and _ATTITUDE.match(after):
        return True
    if etype == "AID":
        clause = text[clause_start : _clause_end(text, t1, e)]
        if word.endswith("援助") and re.match(r"\s*(?:制度|路线图|机制|框架|体系|署|局|机构)", after):
            return True  # 设立新的安全援助制度: aid naming a programme or an agency, not given
        if word == "支持" and re.match(r"[^，。；]{0,12}?(?:共同生产|联合生产|合作生产|共同开发|联合研发)", after):
            return True  # 支持制导武器共同生产: backing a co-production (COOPERATE), not aid
        if _STATISTIC.search(clause):
            return True
        if (text[t0 - 1 : t0] in ("、", "和") and word.endswith(("援助", "投资"))) or (_AREA_LIST.match(after) and "、" in clause):
            return True
    return False


_NOT_AFTER_BU = set("满断仅久少同论但止")
_PURPOSE = re.compile(r"(?:(?<![予加给])以|以便|以期|旨在|为了|力求|谋求)\s*$")  # 予以谴责, 加以限制: no purpose
_AGREED_ON = re.compile(r"^[^。；]{0,40}?(?:达成(?:了)?(?:[^，。；]{0,6})?(?:共识|一致|协议)|取得共识)")


def _content_of_plan(text: str, s: int, clause_start: int, t0: int, t1: int, e: int) -> bool:
    """An act named as the purpose of another (…，以激活数据共享机制) or as the content of a consensus
    (两国就尽早签署《…协定》达成共识) has not happened yet: it is planned."""
    if _PURPOSE.search(text[clause_start:t0]):
        return True
    k = text.rfind("就", clause_start, t0)
    return k != -1 and t0 - k <= 12 and bool(_AGREED_ON.match(text[t1:e]))


_INVITE_OR_FOUND = ("邀请", "创始成员", "创始成员国", "创始国")
_JOIN_VERB = re.compile(r"加入|参与|参加|成为")


def _invited_to_join(after: str, after_mentions: list[Mention], t1: int) -> bool:
    """邀请X加入Y, 邀请X参与 (at the end of the clause: the body told before): an invitation to join;
    邀请X参加峰会 is an invitation to a meeting (CONSULT)."""
    m = _JOIN_VERB.search(after[:30])
    if m is None:
        return False
    if m.group() == "加入" or m.group() == "成为" and re.match(r"[^，。；]{0,16}?(?:成员|伙伴国|观察员|对话伙伴|缔约方)", after[m.end() :]):
        return True
    rest = after[m.end() :].strip(" 。；;！!")
    if not rest:
        return True  # 邀请阿根廷、巴西等国参与
    bodies = [x for x in after_mentions if x.start - t1 >= m.end() and x.kind in _ORG_KINDS + ("agreement",)]
    return bool(bodies) and not re.search(r"会议|峰会|会晤|论坛|大会|演习", after[m.end() :])


def _invited_roles(text: str, word: str, t0: int, t1: int, s: int, e: int, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """邀请A、B加入Y / Y的创始成员包括A、B: the states named after the verb join; the body is the one
    named after them, else the nearest one named before in the sentence."""
    clause_end = _clause_end(text, t1, e)
    verb = _JOIN_VERB.search(text, t1, min(clause_end, t1 + 30)) if word == "邀请" else None
    cut = verb.start() if verb else clause_end
    joiners = [m for m in mentions if t1 <= m.start < cut and m.kind in STATE_KINDS]
    if word != "邀请":  # 创始成员包括A、B、C…: the list runs to the end of the sentence
        joiners = [m for m in mentions if t1 <= m.start < e and m.kind in STATE_KINDS]
    if not joiners:
        return None  # 美国是APEC的创始成员国之一: the usual roles
    after = [m for m in mentions if cut <= m.start < clause_end and m.kind in _ORG_KINDS + ("agreement",)]
    before = [m for m in mentions if s <= m.start < t0 and m.kind in _ORG_KINDS + ("agreement", "initiative")]
    return joiners, after or before[-1:]


_CITED = re.compile(r"(?P<doc>[\u4e00-\u9fff]{0,6}?(?:峰会|首脑会议|领导人会议|部长会议|外长会议)(?:联合)?(?:宣言|公报)|《[^《》]{2,40}》(?:文件|报告)?)"
                    r"\s*(?:中)?\s*(?:称|指出|强调|突出强调|明确|写道|宣称|认为|提出|首次提出)")
_CITED_NOT = re.compile(r"根据|按照|依据|依照|参见|见")
_LAUNCHED_DIALOGUE = re.compile(r"[^，。；]{0,24}?(?:对话|磋商|论坛|会晤)(?:机制|平台|框架|进程)?(?!\s*[的]?\s*谈判)")
_PROPOSAL_AFTER = re.compile(r"[^。；]*?的(?:设想|构想|提议|想法|主张)")


def _one_accession(evs: list[Event]) -> list[Event]:
    """日本正式加入CCDCOE，成为其第二个亚洲成员: one accession told twice in a sentence is one JOIN."""
    out: list[Event] = []
    for ev in evs:
        if ev.type == "JOIN":
            keys = {a.key() for a in ev.actors}
            rkeys = {r.key() for r in ev.recipients}
            twin = next((x for x in out if x.type == "JOIN" and keys <= {a.key() for a in x.actors}
                         and rkeys <= {r.key() for r in x.recipients} and (ev.date is None or x.date == ev.date)), None)
            if twin is not None:
                continue
        out.append(ev)
    return out


_DONE = re.compile(r"已|已经|了")


def _at_the_meeting(meeting: frozenset | None, parts: list[Participant]) -> bool:
    """莫迪与拜登主持了…会议。美国与沙特、印度…发表谅解备忘录: a document issued by two or more states
    of the meeting just told (and perhaps others) was issued there."""
    if not meeting:
        return False
    keys = {p.key() for p in parts if p.kind in STATE_KINDS}
    return len(keys & meeting) >= 2 or (len(meeting) == 1 and bool(keys & meeting) and len(keys) >= 2)


def _same_parties_done(last: frozenset | None, parts: list[Participant], text: str, t0: int, t1: int, clause_end: int) -> bool:
    """美日韩举行三边会议。美日韩宣布已全面激活…: the same parties as the paragraph's last dated
    happening, with a completed act (已…, …了), continue it."""
    if not last or not parts or frozenset(p.key() for p in parts) != last:
        return False
    return bool(_DONE.search(text, max(t0 - 6, 0), t0) or text[t1 : t1 + 1] == "了" or _DONE.search(text, t0, t1))


_JOINT_TITLE = re.compile(r"联合|共同|双边|(?:声明|宣言|公报)$")
_POLICY_NOUNS = re.compile(r"战略(?!伙伴|对话|合作|关系|竞争)|法案|法》|法律|行政令|白皮书|政策|报告|指南|清单|规定|条例|方案|构想|减排目标|国家自主贡献|评估》|具体位置|地点"
                           r"|路线图|声明|宣言|协定|协议|备忘录|公报")  # (a document several parties announce is agreed)


def _object_head(after: str) -> str:
    """The object phrase right after a speech verb, up to the verb or preposition of an act it
    introduces (宣布将…, 宣布向…, 宣布了关于…)."""
    masked = re.sub(r"“[^“”]*”|「[^「」]*」|《[^《》]*》|\([^()]*\)|（[^（）]*）", lambda m: "名" * len(m.group()), after)
    k = re.search(r"将|要|把|与|同|向|为|关于|通过|对|在|从|已|正式|全面|成立|启动|建立|设立|激活|发起|推出|组建", masked)
    # (not inside a name: “基础设施与投资…”; 宣布已激活…: the later verb tells the act)
    return after[: k.start()] if k else after


def _policy_object(word: str, after: str) -> bool:
    """宣布 issues a policy only with a policy noun in the phrase right after it (宣布《…战略》, 宣布新的
    出口管制规定), not when it introduces another act (宣布将两国关系提升为…战略伙伴关系, 宣布将为X筹集…)."""
    if simplify(word) != "宣布":
        return True
    return bool(_POLICY_NOUNS.search(_object_head(after[:24])))


def _relative_agent(text: str, t0: int, before: list[Mention]) -> list[Mention]:
    """The parties right before the verb of a relative clause (韩国宣布的《…》, 美日发表的声明)."""
    if not before or t0 - before[-1].end > 4:
        return []
    run = [before[-1]]
    same = lambda m: (m.kind in STATE_KINDS) == (before[-1].kind in STATE_KINDS)  # noqa: E731 (东盟地区论坛和中国倡议…: no pair)
    for m in reversed(before[:-1]):
        if same(m) and text[m.end : run[0].start].strip() in ("", "和", "与", "、", "及", "同"):
            run.insert(0, m)
        else:
            break
    return run


def _named_relative(text: str, t0: int, t1: int, mentions: list[Mention]) -> bool:
    """中国倡议成立的上海合作组织: the relative clause names its agent and the body is a named one."""
    body = any(m.start == t1 + 1 and m.kind in _ORG_KINDS for m in mentions)
    agent = any(m.end <= t0 and t0 - m.end <= 3 and _actorish(m) for m in mentions)
    return body and agent


def _outside_relative(text: str, t0: int, t1: int, mentions: list[Mention]) -> bool:
    """三方…欢迎韩国宣布的《韩国印太战略》: a relative clause whose agent is a party named in it (not
    双方/两国 continuing the frame) tells an act of its own, which does not take the frame's date."""
    if text[t1 : t1 + 1] != "的":
        return False
    agent = next((m for m in reversed(mentions) if m.end <= t0 and t0 - m.end <= 4), None)
    return agent is not None and agent.how != "coreference"


_MONEY_BEFORE = re.compile(r"\d[\d.,\s]*\s*[亿万千百]*\s*(?:美元|日元|欧元|英镑|亿元|万元|元)[^，。；]{0,16}$")
_SUPPORT_FOR = re.compile(r"(?:增加|加大|提供|继续|扩大|增强)[^，。；]{0,3}对[^，。；的]{1,12}的$")


def _decade(t: Timex, text: str) -> bool:
    return t.kind == "decade" or text[t.end : t.end + 1] == "代"


def _pledge_verb_at(text: str, t0: int) -> int | None:
    """Where the phrase governing a pledged sum or support starts (增加对…的支持, 300亿美元的…投资)."""
    before = text[max(0, t0 - 30) : t0]
    m = _SUPPORT_FOR.search(before) or _MONEY_BEFORE.search(before)
    return t0 - len(before) + m.start() if m else None


def _pledge_before(text: str, t0: int, word: str) -> bool:
    """300亿美元的半导体投资, 110亿美元的赴美投资计划: the sum comes before 投资; 增加对乌克兰的支持:
    support given to a named state."""
    before = text[max(0, t0 - 30) : t0]
    if word == "投资":
        m = _MONEY_BEFORE.search(before)
        return bool(m) and not re.search(r"用于|用作|用来", m.group())  # 筹集6000亿美元用于全球基建投资
    if word in ("支持", "援助"):
        return bool(_SUPPORT_FOR.search(before))
    return False


def _planned_colon(text: str, s: int, t0: int) -> bool:
    """三国承诺：举行…, 将继续扩大合作，包括发起…: the items after the colon (or 包括) of a sentence that
    frames a plan."""
    k = max(text.rfind("：", s, t0), text.rfind(":", s, t0), text.rfind("包括", s, t0))
    return k != -1 and bool(_PLAN_FRAME.search(text, s, k))  # (将继续…合作，包括发起…: the examples of a plan)


def _first_conjunct_run(text: str, ms: list[Mention]) -> list[Mention]:
    """The first mention and those coordinated with it (美国和日本, 美、日、印): a subject phrase."""
    run = ms[:1]
    for m in ms[1:]:
        if text[run[-1].end : m.start].strip() in ("", "和", "与", "、", "及", "同", "以及", "跟"):
            run.append(m)
        else:
            break
    return run


def _join_roles(text: str, word: str, t0: int, subject: list[Mention], after: list[Mention],
                actors: list[Mention], recipients: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """JOIN: the joiner is the actor, the organisation or agreement the recipient. 东盟接纳东帝汶 /
    北约将日本纳入…: the body admitting is the recipient and the state admitted the actor; 欢迎英国加入X /
    拉拢澳大利亚加入: the state right before 加入 joins, not the one welcoming it."""
    orgs = lambda ms: [m for m in ms if m.kind in _ORG_KINDS or m.kind == "agreement"]  # noqa: E731
    if word in _ADMIT or any(word.startswith(a) for a in _ADMIT):
        admitted = [m for m in subject + after if m.kind in STATE_KINDS and m not in orgs(subject)]
        admitted = [m for m in admitted if m.start > (orgs(subject)[-1].end if orgs(subject) else -1)]
        return admitted, orgs(subject) + orgs(after)
    if actors:
        last = actors[-1]
        if _CAUSATIVE.search(text[max(0, last.start - 4) : last.start]) and text[last.end : t0].strip() in ("", "正式", "也", "将"):
            actors = [last]
    joiners = [m for m in actors if m.kind not in _ORG_KINDS and m.kind != "agreement"] or actors  # 东盟国家加入框架: the body for its members
    return joiners, [m for m in recipients if m.kind in _ORG_KINDS or m.kind == "agreement"] + [
        m for m in actors if (m.kind in _ORG_KINDS or m.kind == "agreement") and m not in joiners]  # 与CPTPP成员国完成加入谈判


_TITLED_PARTNER = re.compile(r"(?:并|还|也|又|随后)?(?:与|同|跟)[^，。；、与同和跟]{1,16}?(?:主任|部长|外长|总统|总理|首相|主席|国务卿|部长助理|特使|大使|秘书长|顾问|委员|防长|司令|议长)")


def _comitative(text: str, m: Mention, clause_start: int) -> bool:
    """The first party of a clause introduced by 与/同/跟 (与B举行会谈) is a partner, not the subject."""
    lead = text[clause_start : m.start].strip()
    if lead in ("与", "同", "跟", "并与", "还与", "也与", "并同", "又与", "随后与"):
        return True
    # 与中共中央外事办主任王毅会面: a person's title between 与 and the name
    return m.kind == "person" and _TITLED_PARTNER.fullmatch(lead) is not None


def _nearest_clause_group(text: str, parts: list[Mention], floor: int) -> list[Mention]:
    """The parties of the nearest earlier clause that has any: the subject of 并发布联合声明 is the
    group named at the start of the sentence, not only its first member."""
    if not parts:
        return []
    last = parts[-1]
    start = _clause_start(text, last.start, floor)
    return [m for m in parts if m.start >= start]


def _acts_for(m: Mention, gz: Gazetteer) -> str | None:
    """The state a person acts for at the sentence's date, or the organisation of an international office."""
    if m.country is not None:
        return m.country
    e = gz.get(m.id)
    return e.org_on(m.date) if e is not None and m.date else None


_ARRIVAL = re.compile(r"(?:抵达|飞抵|到达|来到|前往|赴)\s*$")


_ARRIVAL_VERBS = ("抵达", "飞抵")


def _invited_to(text: str, t0: int, word: str) -> bool:
    """出席/参加/访问 as the complement of 邀请 (邀请中国出席“民主峰会”): what is invited to."""
    m = re.search(r"邀请[^，。；]{0,14}$", text[_clause_start(text, t0, 0) : t0]) if word in ("出席", "参加", "访问", "出访", "参与") else None
    return m is not None and not re.search(r"应[^，。；,;]{0,16}$", text[_clause_start(text, t0, 0) : t0][: m.start()])


def _at_invitation_of(text: str, t0: int, floor: int) -> bool:
    """应X邀请 / 应X的邀请 / 应邀: 'at the invitation of' frames the visit or attendance told after it;
    the invitation is no event of its own (习近平应普京邀请出席峰会)."""
    return re.search(r"应[^，。；,;]{0,16}$", text[_clause_start(text, t0, floor) : t0]) is not None


def _official_arrives(text: str, t1: int, word: str, mentions: list[Mention]) -> bool:
    """抵达 is a visit when a person arrives (named before it in its clause) in a place or state
    named right after it."""
    clause_start = _clause_start(text, t1 - len(word), 0)
    person = any(m.kind == "person" and clause_start <= m.start and m.end <= t1 - len(word) for m in mentions)
    place = any(t1 <= m.start <= t1 + 1 and m.country and (m.kind == "place" or m.kind in STATE_KINDS) for m in mentions)
    return person and place


def _arrival_host(text: str, s: int, t0: int, mentions: list[Mention], gz: Gazetteer) -> list[Participant]:
    """The state of the last place (or capital) named after an arrival verb before the trigger."""
    for m in reversed([m for m in mentions if s <= m.start and m.end <= t0]):
        if m.country and (m.kind == "place" or m.kind in STATE_KINDS) and _ARRIVAL.search(text, max(s, m.start - 3), m.start):
            st = gz.get(m.country)
            return [Participant(st.id, st.kind, st.name_zh, st.name_en, st.country)] if st is not None else []
    return []


def _actorish(m: Mention) -> bool:
    return m.kind in STATE_KINDS or m.kind in _ORG_KINDS or (
        m.kind == "person" and (m.country is not None or m.how == "tenure")) or (
        m.how == "coreference" and bool(m.refers_to)
    )


def _participants(ms: list[Mention], gz: Gazetteer) -> list[Participant]:
    out: list[Participant] = []
    seen: set[str] = set()
    for m in ms:
        ids = m.refers_to if m.how == "coreference" and m.refers_to else [_acts_for(m, gz) if m.kind == "person" else m.id]
        for i in ids:
            if not i or i in seen:
                continue
            seen.add(i)
            ent = gz.get(i)
            if ent is not None:
                out.append(Participant(ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country))
            else:
                out.append(Participant(i, m.kind, m.name_zh, m.name_en, m.country))
    return out


_ANNIVERSARY = re.compile(r"\s*(?P<n>\d{1,3}|[一二两三四五六七八九十百]+)\s*周年")
# (纪念宣布建立AUKUS两周年: a Latin name or a title may run into the number)
_ANNIVERSARY_AFTER = re.compile(r"^[^，。；]{0,24}?(?:[”\s]|关系|(?<=[A-Za-z》]))\s*(?P<n>\d{1,3}|[一二两三四五六七八九十百]+)\s*周年")


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
    before = before.rstrip("”\" ")
    for suf in sorted(suffixes, key=len, reverse=True):
        if before.endswith(suf):
            return suf
    return None


def _label_after(after: str, suffixes: list[str]) -> str | None:
    for suf in sorted(suffixes, key=len, reverse=True):
        k = after.find(suf)
        if k != -1 and k <= 20:
            head = after[:k]
            head = re.sub(r"^(?:了|为|至|到|起|两国|双方|的|“|\s)+", "", head)
            label = (head + suf).strip("“”\"")
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


_EFFECTIVE_TYPES = ("SANCTION", "POLICY", "AGREE", "JOIN")
_EFFECTIVE_AFTER = re.compile(r"\s*(?:起|开始)?\s*(?:正式)?\s*(?:生效|实施|施行|执行|实行)")


def _effective_time(text: str, times: list[Timex], s: int, e: int, etype: str = "") -> Timex | None:
    """The time in the sentence that a measure takes effect (…自8月1日起生效, 于2022年1月1日正式生效);
    for a sanction or a policy also a day it applies from (宣布自9月1日起对…加征关税)."""
    for t in times:
        if s <= t.start < e and t.value and _EFFECTIVE_AFTER.match(text, t.end):
            return t
    if etype in ("SANCTION", "POLICY"):
        for t in times:
            if s <= t.start < e and t.value and len(t.value) == 10 and re.match(r"\s*起", text[t.end : t.end + 2]) \
                    and re.search(r"[自从]\s*$", text[max(s, t.start - 2) : t.start]):
                return t
    return None


def _nearest_time(times: list[Timex], pos: int) -> Timex | None:
    before = [t for t in times if t.start <= pos]
    if before:
        return before[-1]
    return times[0] if times else None


def _quantities(text: str, raw: str | None = None) -> list[dict]:
    out = []
    for m in _QUANTITY.finditer(text):
        unit = m.group("u")
        kind = "percentage" if unit in ("%", "％") else "money" if any(unit.endswith(u) for u in _MONEY_UNITS) else "count"
        out.append({"value": m.group("v").replace(" ", ""), "unit": unit, "kind": kind,
                    "text": (raw or text)[m.start() : m.end()]})
    return out


def _source(text: str, s: int, t0: int, mentions: list[Mention]) -> str | None:
    m = re.search(r"据([^，。]{1,20}?)(?:报道|报导|消息|称|透露|披露|援引)", text[s:t0])
    if m:
        return m.group(1)
    return None


_TWO_WAY_ACTS = ("SANCTION", "ACCUSE", "THREATEN", "COERCE")


def dedup(events: list[Event]) -> list[Event]:
    """One happening stated twice is one event with several evidence spans."""
    out: list[Event] = []
    index: dict[tuple, Event] = {}
    for ev in events:
        obj = ev.object or {}
        # (A sanctions B and B counter-sanctions A are two acts: the direction is part of the key)
        key = (ev.type, frozenset(p.key() for p in ev.actors + ev.recipients),
               frozenset(p.key() for p in ev.recipients) if ev.type in _TWO_WAY_ACTS else None, ev.label,
               obj.get("id") or obj.get("name"), ev.modality,
               # undated promises in one list (将举行财长会议；发起“印太对话”) are distinct acts
               ev.evidence[0].text if ev.modality != "asserted" and not ev.date and ev.evidence else None)
        prev = index.get(key)
        if prev is not None and _compatible(prev.date, ev.date):
            prev.evidence.extend(x for x in ev.evidence if all(x.start != y.start for y in prev.evidence))
            if ev.date and (not prev.date or len(ev.date) > len(prev.date)):
                prev.date = ev.date
            continue
        index[key] = ev
        out.append(ev)
    return _fold_targetless(_drop_bare_gatherings(out))


def _fold_targetless(events: list[Event]) -> list[Event]:
    """召见中国使馆官员，提出抗议: a protest with no target of its own, told in the same sentence as
    one by the same party at a target, is that protest."""
    out = []
    for ev in events:
        if ev.type in ("ACCUSE", "THREATEN") and not ev.recipients and ev.actors and any(
                o is not ev and o.type == ev.type and o.recipients and o.evidence and ev.evidence
                and o.evidence[0].start == ev.evidence[0].start and o.date == ev.date and o.modality == ev.modality
                and {p.key() for p in o.actors} == {p.key() for p in ev.actors} for o in events):
            continue
        out.append(ev)
    return out


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


# a news headline: the first block, short and without a sentence end
_HEADLINE = re.compile(r"[^。！？!?]{4,80}")


def fold_headlines(events: list[Event]) -> list[Event]:
    """A headline restates the story: its event is the body's event of the same type with the
    same parties (the headline is one more evidence span), and stands alone only when the body
    does not tell it."""
    body = [ev for ev in events if ev.block_kind != "headline"]
    out: list[Event] = []
    for ev in events:
        if ev.block_kind == "headline":
            keys = {p.key() for p in ev.actors + ev.recipients}
            cands = [b for b in body if b.type == ev.type and keys <= {p.key() for p in b.actors + b.recipients}
                     and (ev.date is None or _compatible(ev.date, b.date))]
            # the closest restatement: same parties, then same label or object, then the first told
            same = min(cands, key=lambda b: (len({p.key() for p in b.actors + b.recipients} - keys),
                                             (b.label, _obj_key(b)) != (ev.label, _obj_key(ev))), default=None)
            if same is not None:
                same.evidence.extend(ev.evidence)
                continue
        out.append(ev)
    return out


def _obj_key(ev: Event) -> str | None:
    return (ev.object or {}).get("id") or (ev.object or {}).get("name")


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


# --- nouns, habits and descriptions that are not happenings (docs/events.md) -----------------

# 对话与合作机制, 对话和磋商机制, 对话合作平台, 对话、交流、合作关系: a trigger coordinated into the name
# of a standing body or relationship
_COORD_BODY = re.compile(r"^[”\s]*(?:(?:[和与、及]|以及)[\u4e00-\u9fff]{1,4}){1,3}(?:机制|平台|框架|渠道|架构|关系)|^合作(?:机制|平台|框架|关系)")
# 启动“经济政策磋商委员会”, 对话机制: a meeting noun inside the name of a body
_BODY_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:委员会|理事会|机制|平台|框架|渠道|架构)")
# 这些对话, 各种多边倡议和对话, 一系列演习: a plural or generic determiner makes a class, not one happening
_GENERIC_DET = re.compile(r"(?:这些|那些|各种|诸多|一系列|种种|多种|各类|各项|广泛的)[^，。；]{0,10}$")
# 常态化访台, 频繁互访, 多次派遣: a habit, not one happening
_HABITUAL_BEFORE = re.compile(r"(?:常态化|频繁|经常|屡次|多次|频频|不时)[\u4e00-\u9fff]{0,3}$")
_HABITUAL_AFTER = re.compile(r"^(?:频繁|不断|日益|的频率|的数量|的次数|的规模|数量|次数|频率|频次|的?(?:规范化|常态化|机制化|制度化))")
# 是美日印澳之间的非正式战略对话: a description by copula
_COPULA = re.compile(r"是[^，。；]{0,30}的[\u4e00-\u9fff“”\s]{0,14}$")
_LIGHT_BEFORE = re.compile(r"举行|召开|参加|出席|进行|开展|主持|举办|参与")
_LAUNCH = re.compile(r"启动|发起|开启|设立|成立")
_GATHERING_NOUNS = ("峰会", "首脑会议", "领导人会议", "部长会议", "部长级会议", "外长会", "防长会", "高官会")
# 在演习中, 在对话中: a setting referred to, not a happening told
_IN_SETTING = re.compile(r"在[\u4e00-\u9fff“”]{0,6}$")
# “四边安全对话国际标准合作网络”: a name that goes on after the name of a dialogue names something else
_LONGER_NAME = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:网络|原则|项目|计划|倡议|机制|平台|框架|中心|基金|伙伴关系|奖学金)[”」』\"]")
_MEETING_END = re.compile(r"(?:对话|会议|峰会|磋商|会谈|会晤|论坛|谈判)[)）]?$")
_INVENTORY_INTRO = re.compile(r"(?:机制|渠道|平台|方式|形式)(?:主要)?包括")
_FOUNDED_AFTER = re.compile(r"^[”\s]*(?:[（(][^（）()]{0,20}[）)])?\s*(?:于\d{4}年)?(?:正式)?(?:成立|设立|创立)")
_MEETING_AS_MODIFIER = re.compile(r"^[”\s]*(?:的)?(?:主题|议题|议程|精神)")
_ENHANCE_WITH = re.compile(r"(?:加强|深化|扩大|增强|促进|推进|拓展|强化)(?:与|同|和)[^，。；]{0,24}的[^，。；]{0,4}$")
_VISIT_BEFORE = re.compile(r"访问|出访|到访")
_POSSESSED = ("CONSULT", "ACCUSE")
_SPEECH_ACT = re.compile(r"表示|表达|提出|发表|重申|宣布|声明")
# MOBILIZE: what is deployed or sent must be a force (部署无人机, 派遣部队), not a technology or a delegation
_FORCE = re.compile(r"军|兵|舰|艇|航母|导弹|战机|飞机|无人机|轰炸机|战斗机|侦察机|巡逻机|预警机|运输机|部队|陆战队|武器|萨德|雷达|基地|战略资产|核|海警|火箭|炮")
_NOT_FORCE = re.compile(r"代表团|官员|自卫官|联络官|专家|使团|外交官|技术|能源|氢|数字|人工智能|能力")
_MOBILIZE_FORCE_WORDS = ("部署", "派遣", "派出", "增派", "进驻", "前沿部署")
_FOR_A_DRILL = re.compile(r"参加|参与|出席")
# LEAVE: what is left is a body, an agreement or a cooperation
_LEAVE_OBJECT = re.compile(r"协定|协议|条约|公约|组织|机制|框架|对话|合作|谈判|会谈|项目|计划|合同|演习|联盟|集团|论坛|倡议|伙伴关系|峰会|援助|履行")
_LEAVE_MODAL_NOUN = re.compile(r"^[^，。；]{0,16}?的(?:权力|权利|可能|条款|风险|威胁|选项)")
_DIVEST = re.compile(r"^[^，。；]{0,12}?(?:投资|股份|股权|市场)")
_VISITOR_ATTENDING = re.compile(r"(?:来华|来京|来沪|来港|前来|专程来|来访并|赴会)$")
_COORDINATED_VP = re.compile(r"\s*(?:并|并且|并同|并与|并在|并于)(?!已|且已)")
_MEMBERSHIP_NEAR = re.compile(r"(?:的)?(?:正式)?(?:成员国|成员|缔约国|观察员国|伙伴国|对话伙伴)|[，,]|$")
_ORDINAL_BEFORE = re.compile(r"(?:首个|第一个|唯一|首位|首批|最早)$")
_ORDINAL_RELATIVE = re.compile(r"(?:首个|第一个|唯一一个|唯一的|首位|最早)[^，。；,;]{1,6}的")
_NOTIFY = re.compile(r"(?:通知|告知|照会|致函)$")
_LEFT_AFTER = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,5}?(?:将|正式|即将)?|将|正式|即将)?\s*(?:退出|暂停履行|中止履行|停止履行|终止|脱离|暂停参与|中止参与)")
_WITHHELD = re.compile(r"(?:中止|暂停|停止|冻结|取消|削减|切断)[^，。；,;]{0,12}$")
_LEAVE_NEEDS_OBJECT = ("终止", "取消", "中止", "废除", "脱离")


def _not_a_happening(text: str, s: int, e: int, t0: int, t1: int, word: str, etype: str, times: list, mentions: list) -> bool:
    """A trigger used as a noun, in a generic or habitual statement, or naming a standing body, tells
    no happening of its own (the guidelines: aggregates, vague statements and descriptions are not
    events). Only the types where these uses are common are checked."""
    cs = _clause_start(text, t0, s)
    ce = _clause_end(text, t1, e)
    before = text[cs:t0]
    after = text[t1:ce]
    if etype in ("CONSULT", "COOPERATE") and _COORD_BODY.match(after):
        return True
    if re.search(r"不寻求[^，。；、“”]{0,12}$", before):
        return True  # 不寻求强化同盟关系反对中国: an abstract negated pledge, no ontology act (guidelines)
    if _DISCUSSED.search(before) and _TOPIC_NOUN.match(after):
        return True  # 讨论了建立…对话的问题, 探讨了日本定期参加…会议的可能性: a topic discussed, not an act
    if etype in ("CONSULT", "COOPERATE", "MOBILIZE", "ACCUSE", "LEAVE"):
        if _GENERIC_DET.search(before[-14:]) or _HABITUAL_BEFORE.search(before[-8:]) or _HABITUAL_AFTER.match(after):
            return True
    if etype in ("CONSULT", "COOPERATE", "MOBILIZE") and re.match(r"^的(?:正式)?(?:成员|参与方|参与国|规模|内容|课目|名称|目的|主题|议题)", after):
        return True  # 成为演习的正式成员, 会议的主题: the event word qualifies another noun
    if etype in ("CONSULT", "COOPERATE", "MOBILIZE") and after.startswith("中") and _IN_SETTING.search(before[-8:]):
        return True  # 在演习中与北约军队对接
    if etype == "CONSULT" and (_INVENTORY_INTRO.search(before) or _FOUNDED_AFTER.match(after) or _MEETING_AS_MODIFIER.match(after)):
        return True  # 主要机制包括…对话; 部长级会议（AMME）正式成立; 峰会主题
    if etype in ("CONSULT", "COOPERATE") and _ENHANCE_WITH.search(before):
        return True  # 加强与…伙伴的对话与合作: an area to strengthen, not a happening
    if etype == "ACCUSE" and word in ("呼吁", "敦促") and not (
            any(t1 <= m.start <= t1 + 1 and m.kind in STATE_KINDS for m in mentions) and _COMPLY.search(after)):
        return True  # 呼吁朝鲜遵守…决议: a party called on to comply; not 呼吁各方加强合作
    if etype == "ACCUSE" and word in ("关切", "担忧") and not (
            re.search(r"(?:表示|表达|重申|对此)了?(?:严重|强烈|深切)?[^，。；]{0,2}对", before) and before.endswith(("的", "严重", "深切"))
            and any(_marked_recipient(text, m) and cs <= m.start for m in mentions)):
        return True  # 表达了对中国…行为的关切: the concern voiced about a party, not 共同关切的问题
    if etype == "ACCUSE" and word in ("炒作", "施压") and not any(
            t1 <= m.start < ce and m.kind in STATE_KINDS + _ORG_KINDS and not _in_quoted_speech(text, m, ce + 1, s) for m in mentions):
        return True  # 炒作“…”论调: hype without a named target
    if etype == "CONSULT" and word in _GATHERING_NOUNS and re.match(r"^[”\s]*(?:期间|上|之际|间隙|场边)", after) and any(
            m.end in (t0, t0 - 1) and m.kind in _ORG_KINDS and m.how != "compound" for m in mentions):
        return True  # 在…峰会期间举行会谈: the gathering frames the talks (and is an event of its organisation)
    if etype == "CONSULT" and not times and (re.match(r"^[”\s]*(?:联合)?(?:声明|公报|宣言)", after) or (
            re.search(r"的[\u4e00-\u9fff“”]{0,8}$", before) and not _LIGHT_BEFORE.search(before))):
        return True  # 美日领导人会晤联合声明: the document; 伙伴的双边经济政策磋商: an undated noun phrase
    if etype == "CONSULT" and not times and (_COPULA.search(before) or re.match(r"^[”\s]*是", after)):
        return True  # 是…之间的非正式战略对话, “X对话”是…论坛: a description
    if etype in _POSSESSED and before.endswith("的") and not times and not (etype == "ACCUSE" and _SPEECH_ACT.search(before)):
        return True  # 双方的对话仅停留在…, 法国的反对: a noun
    if etype == "COOPERATE" and re.match(r"^[^，。；]{0,30}?(?:等|五大|四大|三大|重点|优先)?(?:领域|方面|议程|议题|支柱)", after) and (
            after.startswith(("、", "和", "及", "以及", "与")) or before[-1:] in ("、", "—", "：")):
        return True  # 信息共享、海上安全…等领域: an area in a list, not an act
    if etype == "AID" and word in ("援助", "资助", "支持", "帮助") and re.search(r"(?:提供|给予|给)[^，。；]{0,16}$", before):
        return True  # 提供人道主义援助: the noun the verb of giving governs, told by that verb
    if etype == "MOBILIZE" and word in _MOBILIZE_FORCE_WORDS:
        if before.endswith(("战略", "开发和", "研发和", "开发与", "应用和")):
            return True  # 战略部署, 开发和部署新技术
        obj = text[max(cs, t0 - 16):ce]
        if _NOT_FORCE.search(after[:14]) and not _FORCE.search(after[:14]):
            return True
        if not _FORCE.search(obj):
            return True
        if word in ("派遣", "派出") and _FOR_A_DRILL.search(after) and _DRILL.search(after):
            return True  # 派出航母参加军演: the ships take part in the drill, which is the event
    if etype == "LEAVE":
        if _LEAVE_MODAL_NOUN.match(after) or (word in ("退出",) and _DIVEST.match(after)):
            return True  # 终止协定的权力; 退出对…的投资 (divestment)
        if word in _LEAVE_NEEDS_OBJECT and not _LEAVE_OBJECT.search(after[:16]) and not any(
                t1 <= m.start < ce and m.kind in _ORG_KINDS + _DOC_KINDS for m in mentions):
            return True  # 取消了“机遇”: nothing left or cancelled that the ontology counts
    return False


def _names_a_body(text: str, pos: int) -> bool:
    return bool(_BODY_AFTER.match(text[pos : pos + 6]) or _COORD_BODY.match(text[pos : pos + 16]))


def _fold_talks_into_visit(events: list[Event]) -> list[Event]:
    """A visit is one CONSULT: talks held during it (莫迪对美国进行国事访问并与拜登会谈) fold into it."""
    visits = [ev for ev in events if ev.type == "CONSULT" and ev.recipients]
    if not visits:
        return events
    out = []
    for ev in events:
        if ev.type == "CONSULT" and not ev.recipients and len(ev.actors) == 2 and any(
                {p.key() for p in ev.actors} == {p.key() for p in v.actors + v.recipients} and _compatible(v.date, ev.date)
                and ev.modality == v.modality for v in visits):
            continue
        out.append(ev)
    return out


# 举行第4次年度“战略政策对话”, 举行首次美印“先进领域防务对话”: a named dialogue or council whose session
# is held, even when the gazetteer does not know it (an `x:` id, as for discovered names)
_UNLISTED_SESSION = re.compile(
    r"^了?\s*(?:第?\s*[\d一二三四五六七八九十]+\s*[次届]|首次|首届)?\s*(?:年度)?\s*[\u4e00-\u9fff]{0,3}?"
    r"[“\"「『]([^“”\"「」『』，。；]{2,20}?(?:对话|磋商|会议|会谈|理事会|委员会|论坛))[”\"」』]")


_UNQUOTED_SESSION = re.compile(
    r"^了?\s*(?:第?\s*[\d一二三四五六七八九十]+\s*[次届]|首次|首届)?\s*(?:年度)?\s*"
    r"((?:[\u4e00-\u9fff]{1,6}[-—－]){1,2}[\u4e00-\u9fff]{2,16}?(?:战略对话|对话|磋商|理事会|委员会|论坛))(?=[\s(（，。；并和第]|$)")


def _unlisted_body(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> list[Participant]:
    m = _UNLISTED_SESSION.match(text[t1:clause_end])
    if m is None:
        # 举行美国-印尼部长级战略对话: an unquoted name that begins with its parties
        m = _UNQUOTED_SESSION.match(text[t1:clause_end])
        if m is None or not any(x.start == t1 + m.start(1) and x.kind in STATE_KINDS for x in mentions):
            return []
    a, b = t1 + m.start(1), t1 + m.end(1)
    if any(x.start < b and a < x.end and x.kind not in STATE_KINDS for x in mentions):
        return []  # a known name: the linked mention speaks for it (its parties may be named inside it)
    name = m.group(1)
    return [Participant("x:" + name, "mechanism", name, "", None)]


# --- participants: quoted speech, passives, far subjects ----------------------------------

# 继美国总统之后访问基辅: the party the act follows is no party to it
_DISCUSSED = re.compile(r"(?:讨论|探讨|研究|商讨|商谈|谈及|提及)了?[^，。；]{0,20}$")
_TOPIC_NOUN = re.compile(r"^[^，。；]{0,30}?的(?:问题|可能性?|事宜|方式|途径|前景)")
_COMPLY = re.compile(r"遵守|停止|放弃|撤出|撤回|履行|尊重|遵循|不要|勿")
_MULTILATERAL = re.compile(r"国际|多边|多国|地区性|区域")
_GIVE_AFTER = re.compile(r"[^，。；]{0,8}?(?:提供|给予|援助|捐赠|交付|移交)")
_ADVICE_INTRO = re.compile(r"(?:提出|以下|如下)[^。；]{0,30}(?:建议|对策)|(?:建议|对策)(?:如下|包括)[：:]?")
_NUMBERED_ITEM = re.compile(r"(?:\d+(?:\.\d+)+\s?(?=[\u4e00-\u9fff])|\d+[、.．]\s*|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，,、])")
_ENUMERATION = re.compile(r"(?:[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十])")
_SETTING_TAIL = re.compile(r"^[^，。；]{0,40}?(?:期间|期|之际|间隙|场边)\s*(?:举行|进行|召开|正式)?\s*$")


def _in_setting_phrase(text: str, m: Mention, clause_start: int, t0: int) -> bool:
    """在巴厘岛二十国集团峰会和曼谷亚太经合组织领导人非正式会议期间举行磋商: every gathering and place
    of a coordinated setting phrase frames the act; none takes part in it."""
    if m.end > t0 or "在" not in text[clause_start : m.start]:
        return False
    return bool(_SETTING_TAIL.match(text[m.end : t0]))


_AFTER_WHOM = re.compile(r"继[^，。；]{1,12}?之?后")
_OPEN_QUOTE, _CLOSE_QUOTE = "“「『", "”」』"
_NAME_TAIL = re.compile(r"(?:机制|对话|会议|倡议|战略|框架|伙伴关系|计划|模式|集团|联盟|组织|论坛|峰会|协定|声明)$")


def _in_quoted_speech(text: str, m: Mention, t0: int, floor: int) -> bool:
    """A mention inside a quotation that closes before the trigger and reads as a statement
    (“日本和乌克兰有着相同的基本价值观”), not as a name (“美日印澳四边机制”)."""
    o = max(text.rfind(q, floor, m.start) for q in _OPEN_QUOTE)
    if o == -1:
        return False
    c = min((k for k in (text.find(q, m.end, t0) for q in _CLOSE_QUOTE) if k != -1), default=-1)
    if c == -1 or any(text.find(q, o + 1, m.start) != -1 for q in _CLOSE_QUOTE):
        return False
    inner = text[o + 1 : c]
    if _NAME_TAIL.search(inner) or inner.strip() == m.text:
        return False  # a quoted name (“四边安全对话”, “美越政治、安全和防务对话”)
    # a quoted statement (“日本和乌克兰有着…”) or slogan (“一个中国”政策, “以台制华”)
    return len(inner) >= 8 and bool(re.search(r"[是有将的了在]", inner)) or len(inner) <= 8


_PASSIVE = re.compile(r"(?:遭到|遭受|受到|招致|被)")
# 或 hedges only before a verb or a time (或将, 或于年内, 或在); 如 only as 'if' (如果, 如若, 如…则), not in 例如/比如/如何
_WIDE_PLANS = ("计划", "拟", "打算", "准备", "计划于", "拟于", "将于")  # (将于6月17日至20日对中国进行访问)
_NOT_MUST = set("主重需只必纲概首摘想")
_HEDGE_AT = re.compile(r"或(?:将|于|在|会|可|许|已|不|是否)|或$|(?<![例比诸正假])如(?:果|若|能|同意|在|有|不)")
_ADVERB_LEAD = re.compile(r"^(?:特别是|尤其是|并|还|也|又|再|继续|进一步|随后|同时|此外|另外|更|甚至|已|已经|首次|正式|先后|分别|相继|将|曾)*$")
_PASSIVE_TYPES = ("ACCUSE", "SANCTION", "COERCE", "THREATEN")
_AGENT_TO_VERB = re.compile(r"^(?:等国|等|的|方面|政府|强烈|严厉|公开|\s)*$")


def _passive(text: str, clause_start: int, t0: int, t1: int, clause_end: int, parts_before: list[Mention],
             all_before: list[Mention]):
    """遭到其他成员国反对, 被美国制裁: the party after the passive marker acts, the subject before it
    undergoes; 在新西兰等国反对下: the party between 在 and …下 acts. Returns (agents, patients) or None."""
    before = text[clause_start:t0]
    k = max((mm.end() for mm in _PASSIVE.finditer(before)), default=-1)
    if k != -1 and len(before) - k <= 12:
        at = clause_start + k
        agents = [m for m in parts_before if at <= m.start]
        if agents and not _AGENT_TO_VERB.match(text[agents[-1].end : t0]):
            return None  # 被俄视为向乌克兰提供…: the passive governs another verb
        if not agents and not re.match(r"^[\u4e00-\u9fff]{0,8}?(?:国家|国|方面|各方|成员国|盟友)?(?:的)?(?:强烈|严厉|公开)?$", text[at:t0]):
            return None
        patients = [m for m in parts_before if clause_start <= m.start and m.end <= at]
        return agents, patients
    if text[t1:t1 + 1] == "下":
        z = before.rfind("在")
        if z != -1:
            at = clause_start + z
            agents = [m for m in all_before if at < m.start]  # 在日本…下: not a venue here
            if agents:
                return agents, [m for m in parts_before if clause_start <= m.start and m.end <= at]
    return None


_LEAD_OK = re.compile(r"^(?:[\s\d年月日、]|初|底|中旬|上旬|下旬|上半年|下半年|以来|期间|此外|同时|随后|其中|而|但|并|还|也|此后|"
                      r"当时|其后|本月|今年|去年|次年|同年|当天|此前|之后|然后|另外|然而|不过|例如|比如|首先|其次|最后|"
                      r"[一二三四]是|第[一二三四五六七八九十]|[（(][^）)]{0,20}[）)])*(?:[^，。；]{0,16}的)?$")
_NOT_AN_AGENT_AFTER = re.compile(r"^(?:危机|问题|局势|冲突|战争|争端|事件|关系)")
_COMITATIVE_LEAD = ("与", "同", "跟", "并与", "还与", "也与", "并同", "又与", "随后与")


def _subject_group(text: str, parts: list[Mention], floor: int, strict: bool = False, directed: bool = False) -> list[Mention]:
    """The subject of a clause that names none: the parties of the nearest earlier clause whose first
    party stands in subject position (only dates, connectives or a modifier ending in 的 before it;
    not 乌克兰危机), with the partners of comitative clauses after it (A访问B，与C会谈，并发表…: A and
    C); else the parties of the nearest earlier clause (_nearest_clause_group)."""
    groups: list[list[Mention]] = []
    for m in parts:
        if groups and _clause_start(text, m.start, floor) == _clause_start(text, groups[-1][0].start, floor):
            groups[-1].append(m)
        else:
            groups.append([m])
    partners: list[Mention] = []
    for g in reversed(groups):
        cs = _clause_start(text, g[0].start, floor)
        lead = text[cs : g[0].start].strip()
        if lead in _COMITATIVE_LEAD:
            partners = g + partners
            continue
        if _LEAD_OK.match(lead) and not _NOT_AN_AGENT_AFTER.match(text[g[0].end : g[0].end + 2]):
            run = _subject_run(text, g)
            if directed and len(run) > 1 and _NOT_AN_AGENT_AFTER.match(text[run[-1].end : run[-1].end + 2]):
                continue  # 日乌关系升级…，承诺向乌提供: a pair's relations are the topic, not the giver
            return run + partners
    return [] if strict else _nearest_clause_group(text, parts, floor)


_SUBJECT_GAP = re.compile(r"^(?:\s|[和与、及同跟]|以及|其他|王国|政府|等国|等|召集|联合|携手|会同|协同|偕同|推动|时任|前任|现任|"
                          r"(?:经过|通过|先后|分别|已经?|将|也|还|并|又|正)?[与同跟](?:其他)?|"
                          r"[\u4e00-\u9fff]{0,6}?(?:总统|首相|总理|外长|外相|部长|国务卿|主席|防长|大使|特使|助理|领导人|官员|代表|秘书长|议长))*$")


def _subject_run(text: str, g: list[Mention]) -> list[Mention]:
    """The parties of a subject phrase: the first one and those joined to it by a conjunction, a list
    comma or a title (美国总统拜登、韩国总统尹锡悦和日本首相岸田文雄), not the objects after its verb
    (日本不断煽动反俄舆论: not 俄)."""
    run = g[:1]
    for m in g[1:]:
        if not _SUBJECT_GAP.match(text[run[-1].end : m.start]):
            break
        run.append(m)
    return run


# --- modality of lists and adverbial clauses ------------------------------------------------

# the colon of an intro that promises or lists agreed future acts: 三国将改进沟通机制…：, 联合声明列举了…领域：
_COMMITMENT_INTRO = re.compile(r"(?:将|承诺|计划|拟|致力于|同意|决定)[^。；：:]{0,40}(?:[：:]|[，,]包括)|"
                               r"(?:声明|宣言|公报|路线图|行动计划)[^。；：:]{0,30}(?:列举|列出|提出|包括|明确)[^。；：:]{0,30}[：:]")
_DONE = re.compile(r"已|了|业已|完成了")
# diplomatic relations set up, restored or broken: the label the guidelines give them
_RELATIONS_LABEL = {"建交": "建交", "复交": "建交", "建立外交关系": "建交", "恢复外交关系": "建交", "正式建交": "建交",
                    "断交": "断交", "断绝外交关系": "断交"}
_OUTCOMES = re.compile(r"成果|已经|业已|列出了")
_ANNOUNCED_PLANS = re.compile(r"(?:宣布|公布|提出)了?[^；。]{0,40}的(?:计划|举措|措施)|"
                             r"^[^，,；]{0,20}?(?:将(?:继续|进一步|加强|增加|扩大|推动|深化|开展|举行|建立|提供|共同|在|于|致力)|承诺|计划|拟|致力于)")
# 根据规划/按照计划…: what follows is the plan; 到2030年建立: a deadline ahead
_BY_PLAN = re.compile(r"(?:根据|按照|依据)(?:规划|计划)")
_TARGET_YEAR = re.compile(r"(?:到|至)\s*\d{4}\s*年(?:前|底|末|以前)?\s*$")
# 拟于…之际/之机, 计划在…时: a plan stated in an adverbial clause right before the verb's clause
_PLAN_SCOPE = re.compile(r"(?:拟|计划|准备|打算|将)(?:于|在)[^，。；]{0,30}(?:之际|之机|之时|时)[，,]\s*$")



def _visited_place(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> list[Mention]:
    """访问基辅, 到访金边: a visit to a city or place is a visit to the state it lies in."""
    out = []
    for m in mentions:
        if t1 <= m.start <= t1 + 2 and m.start < clause_end and m.kind == "place" and m.country:
            out.append(Mention(m.start, m.end, m.text, m.country, "state", m.name_zh, m.name_en, m.country, "place",
                               block=m.block))
    return out[:1]


def _abbreviated_subject(text: str, clause_start: int, t0: int, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """俄对日本采取…: the one-character abbreviation that opens the clause, right before 对/向, is its
    subject when the linker left it alone (read as for _abbreviated_recipient)."""
    k = clause_start
    while k < t0 and text[k] in " \u3000":
        k += 1
    if k + 1 < t0 and text[k + 1] in "对向" and (ch := text[k]) in gz.abbr and not any(m.start <= k < m.end for m in mentions):
        named = {m.country for m in mentions if m.country} & set(gz.abbr[ch])
        if len(named) == 1 or (len(gz.abbr[ch]) == 1 and ch not in gz.abbr_ambiguous):
            sid = next(iter(named)) if named else gz.abbr[ch][0]
            ent = gz.get(sid)
            if ent is not None:
                return [Mention(k, k + 1, ch, ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country, "abbr")]
    return []


def _abbreviated_recipient(text: str, clause_start: int, t0: int, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """向乌提供, 对俄制裁: a one-character abbreviation after 向/对/赴 that the linker left alone, read as
    the state of that abbreviation named elsewhere in the sentence (日乌关系 … 向乌提供)."""
    for k in range(clause_start, t0 - 1):
        if text[k] in "向对赴" and (ch := text[k + 1]) in gz.abbr and not any(m.start <= k + 1 < m.end for m in mentions):
            named = {m.country for m in mentions if m.country} & set(gz.abbr[ch])
            if len(named) == 1 or (len(gz.abbr[ch]) == 1 and ch not in gz.abbr_ambiguous):
                sid = next(iter(named)) if named else gz.abbr[ch][0]
                ent = gz.get(sid)
                if ent is not None:
                    return [Mention(k + 1, k + 2, ch, ent.id, ent.kind, ent.name_zh, ent.name_en, ent.country, "abbr")]
    return []
