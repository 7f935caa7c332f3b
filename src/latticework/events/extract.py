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
    r"(?P<v>\d+(?:\.\d+)?(?:\s*[亿万千百]+)?)\s*(?P<u>%|％|美元|亿美元|万美元|日元|亿日元|欧元|元|人民币|亿元|"
    r"艘|架|名|人|个|项|枚|辆|套|次|国|家|亿|万|吨|公里)"
)
_MONEY_UNITS = ("美元", "日元", "欧元", "元", "人民币")
_ORG_KINDS = ("organisation", "grouping", "mechanism")
_DOC_KINDS = ("agreement", "law", "initiative")
# a footnote sentence that is a reference: a URL, a DOI, [EB/OL]-style tags, 「…」、外務省、 or
# a title followed by its publisher and a date
_CITATION = re.compile(
    r"https?:|www\.|doi\.org|\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]|(?:[》」』”],?[^，。]{0,30}?[，、,]\s*)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
    r"|(?:[》」』”])[，、,]\s*[^，。]{1,20}(?:出版社|网|報|报|新闻|外務省|外务省|大学)"
)
_INTENT_AFTER = re.compile(r"(?:的|等)(?:意愿|意向|愿望|计划|打算|目标)(?![^，。；]*(?:实现|完成|达成))")
_QUOTED = re.compile(r"^[了\s]{0,2}[^，。；“”《》]{0,12}?“([^“”]{2,40})”")
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
        self._frame_at: int | None = None
        self._frame_noun: int | None = None
        self._list_from = -1  # where a list of commitments starts (after its colon), or -1
        self._list_planned = False  # the ；-items follow an item that promises
        self._name_end = -1  # the end of a quoted name used as a participant: triggers inside it are part of the name
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
            para_date: str | None = None
            self._last_subject = []
            prev_end = ""
            for s, e in sentence_spans(btext):
                s += b.start
                e += b.start
                # list items after ；(发起X；建立Y；…) continue the subject of the item before
                self._carry = self._last_subject if prev_end in "；;" and prev_end else []
                self._topic = self._last_subject
                if not (prev_end in "；;" and prev_end):
                    self._list_from = -1  # a list of commitments ends with its last ；-item
                    self._list_planned = False
                colon = _COMMITMENT_INTRO.search(text, s, e)
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
                if prev_end in "；;" and prev_end and (any(ev.modality == "planned" for ev in found) or _ANNOUNCED_PLANS.search(text[s:e].lstrip())):
                    self._list_planned = True  # 两国将增加…；提升…；支持…: the items after a promise are promised too
                for ev in found:
                    ev.block_kind = b.kind
                events.extend(found)
                dated = [t for t in sent_times if t.kind != "decade" and not t.target]
                if dated:
                    para_date = dated[-1].value
        return dedup(events)

    # ---------------------------------------------------------------------------------
    def _sentence(self, doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                  para_date: str | None) -> list[Event]:
        sent = text[s:e]
        out: list[Event] = self._gatherings(doc, text, s, e, mentions, times, para_date)
        typed: dict[str, int] = {}  # type of a light-verb event -> where its clause (or its noun) ends
        skip_until = -1
        for idx, ts, te in self.ac.find_matches_as_indexes(sent):
            word = self.words[idx]
            t0, t1 = s + ts, s + te
            if t1 <= skip_until or t1 <= self._name_end:
                continue
            if word in self.lex.frame_verbs:
                etype = self._frame(text, t1, e, mentions) or self._frame_before(text, t0, s, word)
                if etype is not None and _aggregate_or_list(text, t0, t1, _clause_start(text, t0, s), _clause_end(text, t1, e), etype):
                    continue
                if etype is not None and self._frame_at is not None and _not_a_happening(
                        text, s, e, self._frame_noun, self._frame_at, word, etype, times, mentions):
                    skip_until = self._frame_at or t1  # the noun the light verb heads is not a trigger either
                    continue
                if etype is not None:
                    ev = self._build(doc, text, s, e, t0, t1, word, etype, False, mentions, times, para_date)
                    if ev is not None:
                        for x in _separately(text, s, t0, ev, mentions):
                            out.extend(_each_document(doc.text, t1, _clause_end(text, t1, e), x))
                        typed[etype] = max(_clause_end(text, t1, e), self._frame_at or t1)
                        continue
            if any(m.start <= t0 and t1 <= m.end for m in mentions if m.kind not in STATE_KINDS):
                continue  # a trigger word inside a name (东亚峰会) is not a trigger
            if not self.table[word]:
                continue
            etype, directed = self._type(word, text, t1, e, mentions)
            if etype is None or (etype in typed and etype in self.lex.frame_nouns and t0 < typed[etype]):
                # the noun of a light-verb event (举行会谈) and its clause; a later clause may tell another
                continue
            if text[t1 : t1 + 1] == "的" and word not in self.lex.frame_verbs and not times:
                continue  # 已经建立的对话机制: an undated relative clause describes, it does not report
            if _aggregate_or_list(text, t0, t1, _clause_start(text, t0, s), _clause_end(text, t1, e), etype):
                continue  # 累计召开四次会议, 通过首脑会晤、“2+2”磋商等机制: tallies and inventories, not happenings
            if etype == "COERCE" and _DRILL_CONTENT.match(text, t1):
                continue  # 海上拦截演习, 拦截中程导弹: the content of a drill or a missile defence, not force on a state
            if etype in ("CONSULT", "COOPERATE") and _MODIFIER_OF.match(text, t1):
                continue  # 峰会机制, 对话平台, 合作框架: the trigger modifies the name of a standing body
            if etype in self.lex.nominal_types and self._nominal(text, t0, _clause_start(text, t0, s)):
                continue  # 加强信息共享, 扩大联合训练: the trigger names an area of cooperation, not an act
            if _not_a_happening(text, s, e, t0, t1, word, etype, times, mentions):
                continue  # 对话与合作机制, 这些对话, 常态化访台, 开发和部署技术, 法国的反对: a noun or a habit, not an act
            ev = self._build(doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date)
            if ev is not None:
                for x in _separately(text, s, t0, ev, mentions):
                    out.extend(_each_document(doc.text, t1, _clause_end(text, t1, e), x))
        return _fold_talks_into_visit(out)

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
        return best[1] if best else None

    def _type(self, word: str, text: str, t1: int, e: int, mentions: list[Mention]) -> tuple[str | None, bool]:
        options = self.table[word]
        clause_end = _clause_end(text, t1, e)
        after = text[t1:clause_end]
        obj_kinds = {m.kind for m in mentions if t1 <= m.start < clause_end}
        chosen: tuple[str | None, bool] = (None, False)
        for etype, directed in options:
            spec = self.lex.types[etype]
            if etype == "ALIGN":
                if word in ("建交", "复交", "断交") or _label_after(after, spec.label_suffixes):
                    return etype, directed
                if word in ("建立", "确立", "结成") and _label_before(text[max(0, t1 - len(word) - 12) : t1 - len(word)], spec.label_suffixes):
                    return etype, directed  # 纪念美韩同盟建立70周年: the relationship named before the verb
                continue
            if etype == "POLICY" and not (any(simplify(w) in after[:20] for w in spec.after_any) or obj_kinds & {"law", "initiative"}):
                continue
            if etype in ("AGREE", "ESTABLISH") and spec.after_any:
                needs = word not in ("达成共识", "达成一致", "达成协议", "发表联合声明", "联合声明", "共同声明", "换文", "草签", "谅解备忘录", "联合公报", "发表共同声明", "发布联合声明", "通过宣言", "发表宣言", "联合新闻声明", "发布联合新闻声明", "联合宣言", "联合愿景声明")
                if needs and not (any(simplify(w) in after[:24] for w in spec.after_any) or obj_kinds & set(_DOC_KINDS + _ORG_KINDS)):
                    continue
            if word in spec.conditional and not any(simplify(w) in after[:30] for w in spec.after_any):
                continue
            if etype == "MOBILIZE" and word in spec.after_any_for:
                if not any(simplify(w) in after[:16] for w in spec.after_any_for[word]):
                    continue
            if chosen[0] is None:
                chosen = (etype, directed)
            # a document that is a law makes 签署/通过 POLICY rather than AGREE
            if etype == "POLICY" and ("law" in obj_kinds or re.search(r"法案|法》|行政令|战略|报告", after[:20])):
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
        if not in_clause_before and self._topic and (directed or spec_direction(self.lex, etype) != "reciprocal") and \
                _ENUMERATION.match(text[s:e].lstrip()) and not any(m.start < t0 and not _marked_recipient(text, m) for m in parts_before):
            # 一是…，对中国…采取限制措施，出台…出口管制新规: an enumerated point with no party of its own
            # continues the topic, and the party marked by 对/向 in it is the recipient
            subject = self._topic + [m for m in parts_before if _marked_recipient(text, m)]
        if in_clause_before and _comitative(text, in_clause_before[0], clause_start):
            # A访问越南，与B举行会谈: B is the partner, A (named in the clause before) the subject
            earlier = [m for m in parts_before if m.end <= clause_start]
            subject = _nearest_clause_group(text, earlier, s) + subject
        if subject:
            self._last_subject = subject
        elif self._carry and not parts_after:
            subject = self._carry
        elif self._topic and (directed or spec_direction(self.lex, etype) != "reciprocal") and not text[clause_start:t0].strip(" ，,"):
            subject = self._topic  # 实施制裁: a clause with no subject of its own continues the topic
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
            marked = [m for m in subject if _marked_recipient(text, m) or (
                etype == "AID" and text[m.start - 1 : m.start] == "为" and _GIVE_AFTER.match(text, m.end))]  # 为乌克兰提供援助
            actors = [m for m in subject if m not in marked]
            if marked and not actors and self._topic and all(m.start >= clause_start for m in marked) and \
                    text[clause_start : marked[0].start - 1].strip(" ，,") in ("", "随后", "此后", "同时", "并", "还", "也", "此外", "另外"):
                actors = [m for m in self._topic if m not in marked]  # 随后，对中国实施出口管制: the topic acts
            if marked and not actors and _ADVERB_LEAD.match(text[clause_start : marked[0].start - 1].strip(" ，,")):
                # 日本…，特别是对乌克兰援助…: the subject named earlier in the sentence acts
                actors = [m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s) if m not in marked]
            recipients = marked + inside + [
                m for m in parts_after if m.kind in STATE_KINDS or m.kind in _ORG_KINDS or m.kind == "person" or m.how == "coreference"
            ]
            if etype == "CONSULT" and directed and not recipients:
                recipients = _visited_place(text, t1, clause_end, mentions)  # 访问基辅: the host state of the city
            if not recipients and not marked:
                recipients = _abbreviated_recipient(text, clause_start, t0, mentions, self.gz)  # 向乌提供: 乌 as named nearby
            if etype == "ACCUSE" and word in ("呼吁", "敦促"):
                recipients = [m for m in recipients if t1 <= m.start <= t1 + 1][:1] or recipients[:1]  # 呼吁朝鲜遵守…决议
            if etype == "JOIN":
                actors, recipients = _join_roles(text, word, t0, subject, parts_after, actors, recipients)
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
        if etype == "JOIN" and (not actors_p or all(a.kind in _ORG_KINDS for a in actors_p) and not recips_p
                                and not any(t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS for m in mentions)):
            return None  # 北约不断扩员: an enlargement with no joiner named is not one accession
        if not actors_p and not recips_p:
            return None
        if etype == "AGREE" and len(actors_p) == 1 and not recips_p and actors_p[0].kind in STATE_KINDS and _TITLE.search(doc.text, t0, clause_end):
            # 美国发布了《…战略》: a document issued by one state alone is a policy act
            etype, spec = "POLICY", self.lex.types["POLICY"]
        if etype in ("CONSULT", "AGREE", "COOPERATE", "ALIGN") and len(actors_p) + len(recips_p) < 2 and not any(
            p.kind in _ORG_KINDS for p in actors_p + recips_p
        ):
            if etype == "COOPERATE" and actors_p and _DRILL.search(doc.text[t0 : min(clause_end, t1 + 12)]) and "联合" not in word and word not in ("参加", "出席", "参与"):
                etype, spec = "MOBILIZE", self.lex.types["MOBILIZE"]  # one state's drill is a show of force
            elif etype == "CONSULT" and actors_p and word in ("参加", "出席", "参与") and _MULTILATERAL.search(text[t1:clause_end]):
                pass  # 参加…的国际谈判: one party attending a multilateral meeting whose other parties go unnamed
            else:
                return None  # talks and agreements need two parties (or an organisation's meeting)
        ev = Event(type=etype, trigger=doc.text[t0:t1], actors=actors_p, recipients=recips_p)
        ev.modality = self._modality(text, clause_start, t0)
        if ev.modality == "asserted":
            # a cue that is part of the trigger itself: 提议成立 is a proposal
            ev.modality = next((k for k, cue in self.modality_cues if k in ("proposed", "planned") and word.startswith(cue) and len(word) > len(cue) + 1), "asserted")
        if ev.modality == "asserted" and self._advice and not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            ev.modality = "proposed"  # an item of a list of recommendations
        if ev.modality == "asserted" and _INTENT_AFTER.search(text[t1:clause_end]):
            ev.modality = "planned"  # 宣布将关系提升为…的意愿: the intention, not the act
        if ev.modality == "asserted" and (0 <= self._list_from <= t0 or self._list_planned or _BY_PLAN.search(text, s, t0)
                                          or _TARGET_YEAR.search(text[max(clause_start, t0 - 10) : t0])) and \
                not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            ev.modality = "planned"  # an item of a list of commitments (…将…：举行…；建立…；) without 已/了
        plan_from = None
        if ev.modality == "asserted" and (ps := _PLAN_SCOPE.search(text[max(s, clause_start - 40) : clause_start])) and \
                not text[clause_start:t0].strip(" ，,"):
            ev.modality = "planned"  # 两国拟于明年纪念…之际，建立…: the plan of the adverbial clause covers the verb
            plan_from = max(s, clause_start - 40) + ps.start()  # and its date is the plan's own
        # a date qualifying a noun after the verb (遵守2016年7月的仲裁裁决) does not date the act
        date_t = _nearest_time([t for t in times if t.start < t1 or text[t.end : t.end + 1] != "的"], t0)
        if ev.modality in ("planned", "proposed", "hypothetical") and date_t is not None:
            # a plan is dated only by a date of its own (拟于2023年12月建立, 到2030年建立), never by
            # the date it was announced (2021年10月，拜登宣布将…)
            cue_at = self._cue_at(text, clause_start, t0)
            own = [t for t in times if min(cue_at - 4, plan_from if plan_from is not None else cue_at) <= t.start < clause_end]
            own = own or [t for t in times if t.target and t.start < clause_end]  # 最早在2027年，…计划开始轮驻
            date_t = own[0] if own else None
        if date_t is not None:
            ev.date, ev.date_end = date_t.value, date_t.value_end
        elif ev.modality == "asserted" and para_date and (carried or
                any(m.how == "coreference" for m in mentions if m.start < t0) or _CONTINUES.match(text[s:e].lstrip())):
            # 双方还签署了…, 会上…: a sentence that continues the happening told before it takes its date;
            # an undated background statement stays undated
            ev.date = para_date
        after = text[t1:clause_end]
        if etype == "ALIGN":
            ev.label = "建交" if word in ("建交", "复交") else (
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
        place = next((m for m in mentions if s <= m.start < e and m.kind == "place"), None)
        if place is not None:
            ev.location = place.id
        ev.quantities = _quantities(doc.text[s:e])
        ev.source = _source(text, s, t0, mentions)
        ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
        ev.confidence = round(min(0.95, 0.45 + 0.2 * bool(ev.date) + 0.15 * bool(ev.actors) + 0.15 * bool(ev.recipients or ev.object or ev.label)), 2)
        return ev

    def _nominal(self, text: str, t0: int, clause_start: int) -> bool:
        """A trigger governed by a verb of enhancement (加强, 深化, 扩大…) a few characters before it
        names an area, not a happening."""
        window = text[max(clause_start, t0 - self.lex.nominal_window) : t0]
        return any(v in window for v in self.lex.nominal_verbs)

    def _cue_at(self, text: str, clause_start: int, t0: int) -> int:
        """Where the modality cue before t0 starts (t0 when there is none)."""
        start = max(clause_start, t0 - 12)
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
            if (cue == "要" and window[k - 1 : k] in _NOT_MUST) or (cue == "应" and window[k + 1 : k + 2] in ("邀", "对", "用")):
                continue  # 主要, 重要, 需要 (a cue of its own); 应邀, 应对, 应用
            if cue in ("或", "如") and not _HEDGE_AT.match(window, k):
                continue  # 成员或准成员, 例如: 'or' and 'such as', not a hedge
            if kind == "negated" and len(window) - (k + len(cue)) > (10 if cue in _INTENT_NEGATORS else 3):
                continue  # negation binds the verb right after it (intent negators the whole verb phrase)
            if cue in self.adjacent_cues and (len(window) - (k + len(cue)) > 1 or re.search(r"[的项个”》]", text[max(0, t0 - len(window) + k - 4) : t0 - len(window) + k])):
                continue  # 为一项新的气候倡议提供: a noun, not a call
            if cue.endswith("将") and len(window) - (k + len(cue)) > 2 and not window[k + len(cue) : k + len(cue) + 1] in _FUTURE_AFTER:
                continue  # 将两国关系提升为…: 将 marks the object here, not the future
            pos = k + len(cue)
            if best is None or pos > best[0]:
                best = (pos, kind)
        return best[1] if best else "asserted"


# --- helpers ------------------------------------------------------------------------------


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
    return text[max(0, m.start - 1) : m.start] in ("对", "向", "赴", "到") 


_RECIPROCAL_TYPES = ("CONSULT", "AGREE", "ALIGN", "ESTABLISH", "COOPERATE")
_SEPARATELY = ("分别", "先后", "各自", "相继")


def _separately(text: str, s: int, t0: int, ev: Event, mentions: list[Mention]) -> list[Event]:
    """分别/先后/各自/相继: parties that act separately give one event each (A分别与B、C会谈 is two
    talks, B、C先后访问A two visits)."""
    import copy

    w0 = max(_clause_start(text, t0, s), t0 - 16)
    window = text[w0:t0]  # the cue of this clause (not 表达了各自的看法，并呼吁)
    cue = next((c for c in _SEPARATELY if c in window), None)
    if cue is None:
        return [ev]
    cue_at = w0 + window.rfind(cue)
    after_cue = {m.country or m.id for m in mentions if cue_at < m.start < t0}
    if len(ev.actors) > 2 and after_cue:
        # A分别与B、C会谈: A with each of the others named after the cue
        fixed = [a for a in ev.actors if a.key() not in after_cue]
        each = [a for a in ev.actors if a.key() in after_cue]
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


_SESSION_NOUN = re.compile(r"^[”“\"\s]*(?:\([^()]{0,40}\)|（[^（）]{0,40}）)?\s*(?:第[一二三四五六七八九十\d]+次|首次|首届)?(?:[\u4e00-\u9fff]{0,4}?(?:级)?)?"
                           r"(?:会议|峰会|会晤|会谈|对话|磋商|首脑会|通话)")
_MINILATERAL_TYPES = ("CONSULT", "AGREE", "ESTABLISH", "ACCUSE")


def _session_of(text: str, m: Mention, clause_end: int) -> bool:
    """The body named right before a meeting noun (“X”会议, X外长会议, X第一次会议), or a body whose
    own name is a meeting (安全磋商会议, 四边安全对话)."""
    if _SESSION_NOUN.match(text[m.end : clause_end]):
        return True
    return m.text.endswith(("会议", "对话", "磋商", "峰会")) and m.kind == "mechanism"


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
    if len(run) < 2 or not _TITLE_LINK.match(raw[t1 : run[0].start()].replace("了", "")[-4:] or " "):
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
_CONTINUES = re.compile(r"(?:会上|会谈中|会后|会议期间|访问期间|此访|此次|期间|同日|当天|随后|其间|在此期间|双方|两国|三方|三国|四国|各方)")
_INTENT_NEGATORS = ("没有计划", "无意", "拒绝", "不打算", "不会", "无法", "难以")
_ADMIT = ("接纳", "接收", "吸纳", "纳入", "吸收")
_CAUSATIVE = re.compile(r"(?:拉拢|邀请|推动|鼓励|支持|欢迎|吸引|劝说|促成|同意)$")


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
    joiners = [m for m in actors if m.kind not in _ORG_KINDS] or actors  # 东盟国家加入框架: the body for its members
    return joiners, [m for m in recipients if m.kind in _ORG_KINDS or m.kind == "agreement"] + [
        m for m in actors if m.kind in _ORG_KINDS and m not in joiners]


def _comitative(text: str, m: Mention, clause_start: int) -> bool:
    """The first party of a clause introduced by 与/同/跟 (与B举行会谈) is a partner, not the subject."""
    lead = text[clause_start : m.start].strip()
    return lead in ("与", "同", "跟", "并与", "还与", "也与", "并同", "又与", "随后与")


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


_ANNIVERSARY = re.compile(r"\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]+)\s*周年")
_ANNIVERSARY_AFTER = re.compile(r"^[^，。；]{0,24}?[”\s]\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]+)\s*周年")


def _int_zh(n: str) -> int | None:
    if n.isdigit():
        return int(n)
    digits = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
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


def _nearest_time(times: list[Timex], pos: int) -> Timex | None:
    before = [t for t in times if t.start <= pos]
    if before:
        return before[-1]
    return times[0] if times else None


def _quantities(text: str) -> list[dict]:
    out = []
    for m in _QUANTITY.finditer(text):
        unit = m.group("u")
        kind = "percentage" if unit in ("%", "％") else "money" if any(unit.endswith(u) for u in _MONEY_UNITS) else "count"
        out.append({"value": m.group("v").replace(" ", ""), "unit": unit, "kind": kind, "text": m.group(0)})
    return out


def _source(text: str, s: int, t0: int, mentions: list[Mention]) -> str | None:
    m = re.search(r"据([^，。]{1,20}?)(?:报道|消息|称|透露)", text[s:t0])
    if m:
        return m.group(1)
    return None


def dedup(events: list[Event]) -> list[Event]:
    """One happening stated twice is one event with several evidence spans."""
    out: list[Event] = []
    index: dict[tuple, Event] = {}
    for ev in events:
        obj = ev.object or {}
        key = (ev.type, frozenset(p.key() for p in ev.actors + ev.recipients), ev.label,
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
    return out


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
_FORCE = re.compile(r"军|兵|舰|艇|航母|导弹|战机|飞机|无人机|轰炸机|战斗机|部队|陆战队|武器|萨德|雷达|基地|战略资产|核|海警|火箭|炮")
_NOT_FORCE = re.compile(r"代表团|官员|自卫官|联络官|专家|使团|外交官|技术|能源|氢|数字|人工智能|能力")
_MOBILIZE_FORCE_WORDS = ("部署", "派遣", "派出", "增派", "进驻", "前沿部署")
_FOR_A_DRILL = re.compile(r"参加|参与|出席")
# LEAVE: what is left is a body, an agreement or a cooperation
_LEAVE_OBJECT = re.compile(r"协定|协议|条约|公约|组织|机制|框架|对话|合作|谈判|会谈|项目|计划|合同|演习|联盟|集团|论坛|倡议|伙伴关系|峰会")
_LEAVE_MODAL_NOUN = re.compile(r"^[^，。；]{0,16}?的(?:权力|权利|可能|条款|风险|威胁|选项)")
_DIVEST = re.compile(r"^[^，。；]{0,12}?(?:投资|股份|股权|市场)")
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
_WIDE_PLANS = ("计划", "拟", "打算", "准备", "计划于", "拟于")
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
