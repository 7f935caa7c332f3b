"""Rule-based event extraction over cleaned text and linked mentions.

For each sentence: triggers from the lexicon (Aho-Corasick, leftmost-longest) that are not
inside an entity name; the type they signal, checked against what follows (签署 … 协定 is AGREE,
签署 … 法案 POLICY); participants from the linked mentions (before the trigger: actors; after it,
for directed types: recipients); the date from the time expressions of the sentence (or, for an
asserted event, of its paragraph); modality from cues in the clause before the trigger; the
relationship label for ALIGN; the object; quantities; the attributed source.

This module holds the per-document walk (paragraphs, sentences, list state) and the assembly of
one event. The rules it consults live beside it, one concern per module: `trigger_types` (what
type a trigger signals in context), `modality` (cues before it), `roles` (who acts, who is the
recipient), `checks` (whether it tells a happening at all), `attributes` (labels, dates,
quantities, source), `sessions` (events no trigger names), `context` (passes over a sentence's
events using those told before) and `merge` (de-duplication and folding over the document).
"""

from __future__ import annotations

import re

import ahocorasick_rs

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from ..clean import CleanDoc
from ..sentences import sentence_spans
from ..timex import TimeResolver, Timex
from .attributes import (
    _DOC_KINDS,
    _ORG_KINDS,
    _decade,
    _effective_time,
    _int_zh,
    _label_after,
    _label_before,
    _list_frame,
    _nearest_time,
    _quantities,
    _source,
    spec_direction,
)
from .checks import (
    _AGREED_ON,
    _CLAUSE_ENDS,
    _DONE,
    _DRILL,
    _SUPPORT_FOR,
    _aggregate_or_list,
    _announces_membership_act,
    _at_the_meeting,
    _content_of_plan,
    _founded_before,
    _not_a_happening,
    _not_an_act,
    _planned_colon,
    _pledge_verb_at,
    _same_parties_done,
)
from .clauses import _clause_end, _clause_start
from .context import (
    _entry_into_force,
    _gathering_as_subject,
    _object_of_first_verb,
    _reaction_targets,
    _separately,
    _treaty_alignments,
    reacts_at_open,
)
from .demands import demanded_targets, summoned_targets
from .deploy_site import bases_opened, deployment_host, invested_in
from .durations import end_from_length
from .each_body import each_body
from .join_body import body_joined_before
from .lexicon import Lexicon, lexicon
from .merge import _fold_talks_into_visit, _one_accession, dedup, fold_headlines
from .modality import ModalityReader
from .model import Event, Evidence, Participant
from .negation_dates import never_so_far
from .not_parties import condemned_act_target, venue_city
from .plan_dates import is_plan_date
from .purchases import seller_first
from .reproach import reproached_agent
from .roles import (
    _ADMIT,
    _NOT_AN_AGENT_AFTER,
    _TITLE,
    _UNLISTED_SESSION,
    _UNQUOTED_SESSION,
    _abbreviated_recipient,
    _abbreviated_subject,
    _actorish,
    _arrival_host,
    _at_invitation_of,
    _comitative,
    _disposed,
    _each_document,
    _first_conjunct_run,
    _host_of_meeting,
    _in_quoted_speech,
    _in_setting_phrase,
    _invited_roles,
    _invited_to,
    _is_setting,
    _join_roles,
    _marked_recipient,
    _marked_run,
    _minilateral,
    _named_relative,
    _nearest_clause_group,
    _object_at,
    _outside_relative,
    _participants,
    _passive,
    _relative_agent,
    _session_of,
    _subject_group,
    _subject_run,
    _topic_phrase,
    _unlisted_body,
    _visited_place,
)
from .sessions import (
    attend,
    cited_documents,
    framed_modality,
    gathering_events,
    leader_meeting_events,
)
from .speech_acts import (
    object_not_doer,
    posted_to_targets,
    recommended_modality,
    speaker_accuses,
    speech_act_modality,
    speech_intro_start,
    threat_targets,
    topic_span,
)
from .topics import is_channel, is_topic_or_document
from .trigger_types import (
    _ARRIVAL_VERBS,
    _LEFT_AFTER,
    _MEETING_END,
    _RELATIONS_LABEL,
    TriggerTypes,
)
from .visitors import visitor_run

# a footnote sentence that is a reference: a URL, a DOI, [EB/OL]-style tags, 「…」、外務省、 or
# a title followed by its publisher and a date
_CITATION = re.compile(
    r"https?:|www\.|doi\.org|\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]|(?:[》」』”],?[^，。]{0,30}?[，、,]\s*)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
    r"|(?:[》」』”])[，、,]\s*[^，。]{1,20}(?:出版社|网|報|报|新闻|外務省|外务省|大学)"
)
_INTENT_AFTER = re.compile(r"(?:的|等)(?:意愿|意向(?!声明|书|备忘录)|愿望|计划|打算|目标)(?![^，。；]*(?:实现|完成|达成))")  # 意向声明: a document
_QUOTED = re.compile(r"^[了\s]{0,2}[^，。；“”《》「」]{0,12}?[“「]([^“”「」]{2,40})[”」]")  # 「」: traditional-script quotes
_MODIFIER_OF = re.compile(r"[”\s]*(?:机制|平台|框架|进程|制度|渠道|架构)")


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
        self._item_gathering: Event | None = None
        self.modality = ModalityReader(self.lex)
        self.types = TriggerTypes(self.lex, table)

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
        last_events: list[tuple[int, Event]] = []  # the acts a short news paragraph ended on
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
            if b.kind == "paragraph" and last_events and reacts_at_open(btext):
                para_events = list(last_events)  # 中共当局对此反应强烈。…: the paragraph reacts to the one before
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
                # (the gathering of the ；-item before, which an attendance told in this item joins)
                self._item_gathering = para_gathering[0] if para_gathering and self._list_item else None
                found = self._sentence(doc, text, s, e, sent_mentions, sent_times, para_date)
                if _entry_into_force(doc.text, text, s, e, sent_mentions, sent_times, events):
                    found = [ev for ev in found if not (ev.type == "POLICY" and simplify(ev.trigger).endswith("生效"))]
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
                demanded_targets(text, s, e, found, sent_mentions, self.gz)  # 表示不满，并要求美方停止…
                summoned_targets(text, s, e, found, sent_mentions, self.gz)  # 约见日本驻华大使，提出严正交涉
                _reaction_targets(text, s, e, found, para_events, news=b.end - b.start <= _NEWS_PARAGRAPH)
                if any(ev.type != "ACCUSE" for ev in found):  # the last sentence that told an act
                    para_events = [(text.find(simplify(ev.trigger), s, e), ev) for ev in found]
                events.extend(found)
                dated = [t for t in sent_times if t.kind != "decade" and not t.target and not is_plan_date(text, t.start)]
                if dated:
                    para_date = dated[-1].value
                    self._para_parties = frozenset(
                        p.key() for ev in found if ev.date == para_date for p in ev.actors + ev.recipients) or None
                    self._para_meeting = frozenset(
                        p.key() for ev in found if ev.date == para_date and ev.type == "CONSULT"
                        for p in ev.actors + ev.recipients if p.kind in STATE_KINDS) or None
            if b.kind == "paragraph":
                last_date = para_date if b.end - b.start <= _NEWS_PARAGRAPH else None
                last_events = para_events if b.end - b.start <= _NEWS_PARAGRAPH else []
        return end_from_length(fold_headlines(dedup(events)))

    # ---------------------------------------------------------------------------------
    def _sentence(self, doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                  para_date: str | None) -> list[Event]:
        sent = text[s:e]
        framing = gathering_events(doc, text, s, e, mentions, times, para_date, self.gz)
        out: list[Event] = list(framing)
        out.extend(cited_documents(doc, text, s, e, mentions, times, self.gz))
        out.extend(leader_meeting_events(doc, text, s, e, times, para_date, self.gz, self.modality))
        typed: dict[str, int] = {}  # type of a light-verb event -> where its clause (or its noun) ends
        skip_until = -1
        for idx, ts, te in self.ac.find_matches_as_indexes(sent):
            word = self.words[idx]
            t0, t1 = s + ts, s + te
            if t1 <= skip_until or t1 <= self._name_end:
                continue
            if word in self.lex.frame_verbs:
                frame = self.types.frame(text, t1, e, mentions)
                self._frame_at, self._frame_noun = frame.at, frame.noun
                etype = frame.etype or self.types.frame_before(text, t0, s, word)
                if etype in ("CONSULT", None) and word == "启动" and _LAUNCHED_DIALOGUE.match(text, t1, e):
                    etype = "ESTABLISH"  # 启动…战略对话机制: a dialogue launched is founded (启动谈判 stays CONSULT)
                if word in ("宣布", "公布") and _LEFT_AFTER.match(text, t1):
                    continue  # 宣布暂停履行《…条约》: the withdrawal told after it is the event
                if word in ("出席", "参加") and _VISITOR_ATTENDING.search(text, max(s, t0 - 4), t0) and \
                        re.match(r"[^，。；,;]{1,30}的", text[t1:e]):
                    continue  # 会见来华出席…会议的日本首相: who the guest is, not a happening of its own
                if etype is None and word in ("出席", "参加", "与会", "到场") and _CLAUSE_ENDS.match(text, t1):
                    attend(text, s, t0, mentions, out, self.gz, self._item_gathering)  # 峰会在万象举行，布林肯出席: an attendee of it
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
                            out.extend(y for d in _each_document(doc.text, t1, _clause_end(text, t1, e), x) for y in each_body(d))
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
                    re.match(r"[^，。；,;]{1,40}?(?:出席|参加|与会|到场)", text[t1:e]):
                continue  # 马德里峰会首次邀请日本…领导人出席: the guests attend the meeting told, no invitation of its own
            etype, directed = self.types.type_of(word, text, t1, e, mentions)
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
            if etype in self.lex.nominal_types and self.types.nominal(text, t0, _clause_start(text, t0, s)) and not (
                    etype == "AID" and _SUPPORT_FOR.search(text, _clause_start(text, t0, s), t0)):  # 增加对乌克兰的支持 gives aid
                continue  # 加强信息共享, 扩大联合训练: the trigger names an area of cooperation, not an act
            if etype == "AID" and _WITHHELD.search(text, _clause_start(text, t0, s), t0):
                continue  # 中止了对缅甸的部分援助: aid suspended is the LEAVE told by that verb, not aid given
            if etype == "ACCUSE" and (jt := _topic_phrase(text, _clause_start(text, t0, s), t0)) and jt[0] < t0 < jt[1]:
                continue  # 就日方炒作涉华议题提出交涉: what is protested is the topic, not an accusation of its own
            if _not_an_act(text, s, e, t0, t1, word, etype):
                continue  # 提出要…, 发起…峰会, 《…援助路线图》, 对加入…的态度: see _not_an_act
            if _not_a_happening(text, s, e, t0, t1, word, etype, times, mentions):
                continue  # 对话与合作机制, 这些对话, 常态化访台, 开发和部署技术, 法国的反对: a noun or a habit, not an act
            ev = self._build(doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date)
            if ev is not None:
                for x in _separately(text, s, t0, ev, mentions):
                    out.extend(y for d in _each_document(doc.text, t1, _clause_end(text, t1, e), x) for y in each_body(d))
        framed_modality(framing, [ev for ev in out if ev not in framing])
        return _treaty_alignments(_fold_talks_into_visit(_one_accession(out)))

    def _build(self, doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date) -> Event | None:
        clause_start = _clause_start(text, t0, s)
        clause_end = _clause_end(text, t1, e)
        if _announces_membership_act(word, text[t1:clause_end]):
            return None  # 宣布不加入RCEP: the JOIN told after 宣布 is the event
        context = [m for m in mentions if _is_setting(text, m, e, t0) or _in_setting_phrase(text, m, clause_start, t0)
                   or _host_of_meeting(text, m, mentions) or venue_city(text, m, mentions)]
        usable = [m for m in mentions if _actorish(m) and m not in context and not is_topic_or_document(text, m)
                  and not is_channel(text, m, clause_start)]
        # parties named inside a quoted statement (宣称“日本和乌克兰有着…”) are not parties of a verb outside it
        parts_before = [m for m in usable if m.end <= t0 and not _in_quoted_speech(text, m, t0, s) and not _AFTER_WHOM.match(text, max(s, m.start - 1))]
        jiu = _topic_phrase(text, clause_start, t0)
        if jiu is not None and t0 < jiu[1]:
            # 毛宁就美国对台军售表示不满: the sale inside the 就-phrase is the US's, not the speaker's
            parts_before = [m for m in parts_before if m.start > jiu[0]]
        parts_after = [m for m in usable if t1 <= m.start < clause_end]
        inside = [m for m in usable if t0 <= m.start and m.end <= t1]  # 访美: the host inside the trigger
        in_clause_before = [m for m in parts_before if m.start >= clause_start]
        if spec_direction(self.lex, etype) == "reciprocal" and not directed and (k := text.rfind("就", clause_start, t0)) != -1 \
                and any(m.end <= k for m in in_clause_before):
            # 美日荷三方就限制向中国出口…达成协议: what the talks are about (就…) names no party
            topic = [m for m in in_clause_before if m.start > k]
            in_clause_before = [m for m in in_clause_before if m not in topic]
            parts_before = [m for m in parts_before if m not in topic]
        elif (span := topic_span(text, clause_start, t0)) is not None:
            # 就裴洛西可能访台一事警告: the parties of the topic a directed act is about are not its doers
            parts_before = [m for m in parts_before if not span[0] <= m.start < span[1]]
            in_clause_before = [m for m in in_clause_before if not span[0] <= m.start < span[1]]
        # a clause with no party of its own: a party in subject position earlier in the sentence, else
        # the subject carried over from the ；-item before (致力于…破坏联合国…的企图，坚决反对…), else the
        # parties of the nearest earlier clause
        # (a party marked as the target in its own clause, 将X列入…/对X…, is no subject of a later one)
        unmarked = [m for m in parts_before if not (_marked_recipient(text, m) or _disposed(text, m, _clause_start(text, m.start, s)))]
        subject = in_clause_before or _subject_group(text, unmarked, s, strict=True,
                                                     directed=directed or spec_direction(self.lex, etype) == "directed") or (
            self._carry if self._carry and not parts_after else _nearest_clause_group(text, unmarked, s))
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
            if marked and not actors and self._carry and not any(m.start < marked[0].start for m in in_clause_before if m not in marked):
                # 北京宣布加征关税；商务部同日将11家美国企业列入清单: a ；-item whose own subject the linker
                # left unnamed continues the subject of the item before
                actors = [m for m in self._carry if m not in marked]
            if marked and not actors and clause_start > s and _ANNOUNCED_BEFORE.search(text, max(s, clause_start - 8), clause_start):
                # 美国商务部宣布，将140家中国企业列入实体清单: the announcer of the clause before acts
                actors = [m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s) if m not in marked]
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
                after_parts += [m for m in parts_after if m.kind in _ORG_KINDS and (_session_of(text, m, clause_end) or (
                    word in ("出席", "参加") and _MEETING_END.search(simplify(m.text))))]  # 出席联合国大会: the body that meets
            actors, recipients = subject + after_parts, []
            if etype == "COOPERATE" and _DRILL.search(text[t0 : min(clause_end, t1 + 12)]):
                # 东部战区对台湾举行联合演习, 针对台湾的军演: a party the drill is aimed at is no partner
                against = [m for m in actors if text[max(0, m.start - 2) : m.start] == "针对" or text[max(0, m.start - 1) : m.start] == "对"]
                if against and [m for m in actors if m not in against]:
                    actors, recipients = [m for m in actors if m not in against], against
        if etype == "MOBILIZE":
            actors, recipients = bases_opened(word, actors, recipients)  # 向美军开放基地: the US deploys
        if etype == "AID" and not recipients:
            recipients = invested_in(text, word, clause_start, t0, context)  # 在越南投资: Vietnam receives
        if etype == "AID":
            actors, recipients = seller_first(text, word, actors, recipients)  # 从美国购买核潜艇: the seller gives
        if etype in ("ACCUSE", "SANCTION", "THREATEN"):
            actors, recipients = posted_to_targets(text, actors, recipients)  # 召回驻美、驻澳大使以示抗议, 驱逐驻X外交官
        if etype in ("ACCUSE", "THREATEN") and len(actors) >= 2 and not recipients:
            # 习近平与拜登通电话，就…警告: the partner of the call is who is warned, not a second speaker
            partners = [m for m in actors[1:] if text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")]
            if partners and len(partners) < len(actors):
                actors, recipients = [m for m in actors if m not in partners], partners
        if etype in ("ACCUSE", "THREATEN"):
            actors, named = object_not_doer(text, t1, actors, parts_after)  # 与拜登通电话，…警告美方
            recipients = named + [m for m in recipients if m not in named]
        if etype == "ACCUSE":
            recipients = condemned_act_target(text, t1, recipients)  # 谴责朝鲜向俄罗斯派兵: not Russia
        if etype == "ACCUSE" and (k := speech_intro_start(text, s, clause_start)) is not None:
            speakers = [m for m in parts_before if k <= m.start and m.end <= clause_start]
            if speakers:  # 中国商务部回应，美方升级关税是“错上加错”: the speaker accuses the content's subject
                actors, recipients = speaker_accuses(speakers, actors, recipients)
        actors_p = _participants(actors, self.gz)
        if etype == "CONSULT" and not directed and not any(p.kind in _ORG_KINDS for p in actors_p):
            body = _unlisted_body(text, t1, clause_end, mentions)  # 举行第55次“安全磋商会议”: the body the gazetteer lacks
            if body:
                actors_p += body
                self._name_end = t1 + (_UNLISTED_SESSION.match(text[t1:clause_end]) or _UNQUOTED_SESSION.match(text[t1:clause_end])).end()
        if etype in _MINILATERAL_TYPES:
            # 美日韩等近50国: the parties named open a longer list, no session of their trilateral
            actors_p = _minilateral(actors_p, self.gz, open_list=any(text.startswith("等", m.end) for m in actors))
        if etype != "CONSULT" and sum(p.kind in STATE_KINDS for p in actors_p) >= 2:
            # 美日“安全磋商委员会”会议发表的联合声明: the states agree; their mechanism is the occasion
            actors_p = [p for p in actors_p if p.kind != "mechanism"]
        recips_p = [p for p in _participants(recipients, self.gz) if p.key() not in {a.key() for a in actors_p}]
        if etype == "ACCUSE" and not recips_p:
            # 缅军…处决…，东盟发表声明予以谴责: the agent of the act told in the clause before
            recips_p = [p for p in _participants(reproached_agent(text, s, clause_start, t0, usable), self.gz)
                        if p.key() not in {a.key() for a in actors_p}]
        if etype == "JOIN" and not recips_p and any(clause_start <= m.start < t0 and m.kind in STATE_KINDS for m in mentions) and \
                not any(t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS for m in mentions):
            # 伊朗等四国于次年正式成为成员, 阿根廷则拒绝加入: the body the sentence named before
            recips_p = _participants(body_joined_before(mentions, s, clause_start), self.gz)
        if etype == "THREATEN" and not recips_p:
            # the other states its content names, else those the sentence named before it (中方回应，美方
            # 升级关税是“错上加错”，中方将“奉陪到底”: aimed at the US)
            recips_p = threat_targets(text, t1, e, mentions, actors_p, self.gz) or \
                threat_targets(text, s, t0, [m for m in mentions if _actorish(m)], actors_p, self.gz)
        if etype == "MOBILIZE" and not recips_p:
            # 在菲律宾新增4个军事基地, 部署至菲律宾北部: the state that hosts the forces
            recips_p = deployment_host(text, clause_start, clause_end, mentions, actors_p, self.gz)
        if etype == "CONSULT" and directed and not recips_p:
            # 抵达华盛顿，展开国事访问 / 抵达万象: the visit's host is the place arrived at
            recips_p = [p for p in _arrival_host(text, s, t1 + 12 if word in _ARRIVAL_VERBS else t0, mentions, self.gz)
                        if p.key() not in {a.key() for a in actors_p}]
        if etype == "CONSULT" and word in _VISITING and text[t1 : t1 + 1] == "的":
            # 普京与到访的朝鲜领导人金正恩举行会谈: the head noun after 的 is the visitor, the subject hosts
            # (到访的美国国务卿布林肯与韩国外长会谈: the visitor is the party right after 的, Korea hosts)
            guests = _participants(visitor_run(text, t1, [m for m in parts_after if m.kind in STATE_KINDS or m.kind == "person"]), self.gz)
            if guests:
                keys = {g.key() for g in guests}
                actors_p, recips_p = guests, [p for p in actors_p + recips_p if p.key() not in keys]
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
            if named and "联合" in word:
                # “马拉巴尔”联合军演: a named joint drill stays joint; its name stands for the members left unnamed
                have = {p.id for p in actors_p + recips_p}
                actors_p += [p for p in _participants([m for m in mentions if m.id in named], self.gz) if p.id not in have]
            elif named and all(p.kind in STATE_KINDS or p.id in named for p in actors_p + recips_p):
                actors_p = [p for p in actors_p if p.id not in named]
                recips_p = [p for p in recips_p if p.id not in named]
                etype, spec = "MOBILIZE", self.lex.types["MOBILIZE"]
        if etype == "COOPERATE" and recips_p and len(actors_p) == 1 and _DRILL.search(text[t0 : min(clause_end, t1 + 12)]):
            etype, spec = "MOBILIZE", self.lex.types["MOBILIZE"]  # one state's drill aimed at another: a show of force
        if etype in ("CONSULT", "AGREE", "COOPERATE", "ALIGN") and len(actors_p) + len(recips_p) < 2 and not any(
            p.kind in _ORG_KINDS for p in actors_p + recips_p
        ):
            if etype == "COOPERATE" and actors_p and _DRILL.search(text[t0 : min(clause_end, t1 + 12)]) and "联合" not in word and word not in ("参加", "出席", "参与"):
                etype, spec = "MOBILIZE", self.lex.types["MOBILIZE"]  # one state's drill is a show of force
                recips_p = recips_p or deployment_host(text, clause_start, clause_end, mentions, actors_p, self.gz)
            elif etype == "CONSULT" and actors_p and word in ("参加", "出席", "参与") and _MULTILATERAL.search(text[t1:clause_end]):
                pass  # 参加…的国际谈判: one party attending a multilateral meeting whose other parties go unnamed
            else:
                return None  # talks and agreements need two parties (or an organisation's meeting)
        invitation = etype == "CONSULT" and word == "邀请" and bool(recips_p)
        if invitation:  # 美国邀请印尼总统访问: the invitee would visit the host
            visitors = [p for p in recips_p if p.kind in STATE_KINDS] or recips_p
            actors_p, recips_p = visitors, actors_p + [p for p in recips_p if p not in visitors]
        if etype == "ACCUSE" and jiu is not None and t0 >= jiu[1]:
            # X就Y对Z的做法表示不满: the complaint is about Y's act; Y, the agent of the topic, is its target
            speaker = _participants(_subject_group(text, [m for m in parts_before if m.end <= jiu[0]], s), self.gz)
            target = _participants(_subject_run(text, [m for m in parts_before if jiu[0] < m.start < jiu[1]]), self.gz)
            if speaker and target:
                actors_p, recips_p = speaker, [p for p in target if p.key() not in {a.key() for a in speaker}]
        ev = Event(type=etype, trigger=doc.text[t0:t1], actors=actors_p, recipients=recips_p)
        ev.modality = self.modality.read(text, clause_start, t0)
        if invitation and ev.modality == "asserted":
            ev.modality = "proposed"  # an invitation to visit is a proposed visit (guidelines)
        if ev.modality == "asserted":
            # a cue that is part of the trigger itself: 提议成立 is a proposal
            ev.modality = next((k for k, cue in self.modality.cues if k in ("proposed", "planned") and word.startswith(cue) and len(word) > len(cue) + 1), "asserted")
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
            ev.modality = self.modality.read(text, clause_start, max(clause_start, text.rfind("将", clause_start, t0)))
            # 北约将日本纳入“接触国”行列: 将 marks the state admitted, not the future
        if ev.modality == "asserted" and _content_of_plan(text, s, clause_start, t0, t1, e):
            ev.modality = "planned"  # 以激活…机制, 就尽早签署…达成共识: the purpose or the content agreed on
        decades = [t for t in times if _decade(t, text)]
        times = [t for t in times if t not in decades]  # 1980年代, 21世纪30年代末: no ISO date (null)
        if word in ("投资", "支持", "援助") and etype == "AID" and ev.modality == "asserted" and (
                k := _pledge_verb_at(text, t0)) is not None:
            ev.modality = self.modality.read(text, clause_start, k)  # 宣布计划在美增加…300亿美元的…投资: the verb's cues
        if ev.modality == "asserted" and (0 <= self._list_from <= t0 or self._list_planned or _BY_PLAN.search(text, s, t0)
                                          or _TARGET_YEAR.search(text[max(clause_start, t0 - 10) : t0])) and \
                not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            ev.modality = "planned"  # an item of a list of commitments (…将…：举行…；建立…；) without 已/了
        if ev.modality == "asserted" and clause_start > s and _COORDINATED_VP.match(text, clause_start) and \
                not _DONE.search(text[clause_start : min(clause_end, t1 + 2)]):
            # 将于下月访问菲律宾，并与总统签署…: a verb phrase coordinated by 并 shares the plan or the
            # hypothesis of the clause before it (the subject is the same, the cue is not repeated)
            prev_start = _clause_start(text, clause_start - 1, s)
            shared = self.modality.read(text, prev_start, _clause_end(text, prev_start, clause_start))
            if shared in ("planned", "hypothetical"):
                ev.modality = shared
        ev.modality = recommended_modality(text, s, t0, speech_act_modality(etype, ev.modality))
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
            cue_at = self.modality.cue_at(text, clause_start, t0)
            own = [t for t in times if min(cue_at - 4, plan_from if plan_from is not None else cue_at) <= t.start < clause_end]
            own = own or [t for t in times if t.target and t.start < clause_end]  # 最早在2027年，…计划开始轮驻
            date_t = own[0] if own else None
        if date_t is not None and para_date and para_date != date_t.value and para_date.startswith(date_t.value) and \
                re.match(r"\s*(?:年版|版)?\s*《", text[date_t.end : date_t.end + 4]) and date_t.start > t0 and ev.modality == "asserted":
            date_t = None  # 双方签署了2023年《…战略》: the year names the document's edition; the happening is dated above
        if date_t is not None and date_t.start < clause_start and _ONCE.search(text, clause_start, t0) and \
                len(re.sub(r"[\s，,、]", "", text[date_t.end : clause_start])) > 2:  # (1998年，俄罗斯曾正式加入: its own frame)
            date_t = None  # 同日，A与B会面，C曾就此批评A: 曾 tells an earlier, undated act
        if date_t is not None and ev.modality == "negated" and never_so_far(text, clause_start, t0):
            date_t = None  # 至今没有加入: an absence up to now has no date
        if date_t is not None:
            ev.date, ev.date_end = date_t.value, date_t.value_end
        elif _ONCE.search(text, clause_start, t0):
            pass  # an act told with 曾 is background, undated unless it states its own date
        elif ev.modality == "asserted" and para_date and not decades and not _outside_relative(text, t0, t1, mentions) and (carried or
                _REACTS.search(text, clause_start, t0) or _AT_ONCE.search(text, clause_start, t0) or _AT_ONCE.search(text, s, s + 8) or
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
        if etype == "ESTABLISH" and ev.object and ev.object.get("id") and any(a.id == ev.object["id"] for a in ev.actors):
            # 美英澳宣布建立AUKUS: the grouping founded is what is founded, not one of its founders
            ev.actors = [a for a in ev.actors if a.id != ev.object["id"]] or ev.actors
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
        ev.source = _source(text, s, t0, mentions, frozenset(p.key() for p in ev.actors))
        ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
        ev.confidence = round(min(0.95, 0.45 + 0.2 * bool(ev.date) + 0.15 * bool(ev.actors) + 0.15 * bool(ev.recipients or ev.object or ev.label)), 2)
        return ev


_MINILATERAL_TYPES = ("CONSULT", "AGREE", "ESTABLISH", "ACCUSE")

_DRILL_CONTENT = re.compile(r"[^，。；]{0,6}?(?:演习|演练|训练|课目|导弹|来袭|无人机|系统)")

_PROPOSING = ("提出", "推出", "倡议", "发起")
_MEETING_SUBJECT = re.compile(r"\s*(?:此次|本次|这次|该次)?(?:会议|峰会|会晤|会谈|会议期间|会上|会后|与会各方|与会者)")
_VISITING = ("到访", "来访")  # 到访的X: X is the visitor
_NEWS_PARAGRAPH = 240  # characters: longer paragraphs are an essay's, not a news item's
_ONCE = re.compile(r"曾(?!任|是|为|经是)")
_REACTS = re.compile(r"对此|就此|予以|加以")  # 菲律宾外交部对此提出抗议: a reaction to the act just told
_AT_ONCE = re.compile(r"随即|当即|随之|当场")  # 中国大陆随即宣布…: an act at once after the one told, on its day
_CONTINUES = re.compile(r"(?:随即|随之|紧接着|会上|会谈中|会后|会议(?!认为|指出)|峰会|会议期间|访问期间|此访|此行|此次|这次|这是|这也是|期间|同日|当天|随后|其间|在此期间|双方|两国|三方|三国|四国|各方)")

_BARE_BODY = re.compile(r"\s*了?\s*(?:一个|一项|新的|一个新的)?\s*([\u4e00-\u9fff\-—·]{2,20}?(?:工作组|小组|机制|论坛|基金|走廊|中心|委员会|秘书处|平台|网络|伙伴关系|倡议|框架|联盟|集团|对话))")
_DOC_NOUN = re.compile(r"联合声明|共同声明|联合新闻声明|联合愿景声明|联合公报|联合宣言|宣言|公报|声明|谅解备忘录|备忘录|协定|协议|共识")
_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:中心|机制|论坛|基金|工作组|小组|秘书处|委员会|办事处|代表处|平台|网络|走廊)")


_INVITE_OR_FOUND = ("邀请", "创始成员", "创始成员国", "创始国")

_LAUNCHED_DIALOGUE = re.compile(r"[^，。；]{0,24}?(?:对话|磋商|论坛|会晤)(?:机制|平台|框架|进程)?(?!\s*[的]?\s*谈判)")
_PROPOSAL_AFTER = re.compile(r"[^。；]*?的(?:设想|构想|提议|想法|主张)")

_JOINT_TITLE = re.compile(r"联合|共同|双边|(?:声明|宣言|公报)$")


_ANNIVERSARY = re.compile(r"\s*(?P<n>\d{1,3}|[一二两三四五六七八九十百]+)\s*周年")
# (纪念宣布建立AUKUS两周年: a Latin name or a title may run into the number)
_ANNIVERSARY_AFTER = re.compile(r"^[^，。；]{0,24}?(?:[”\s]|关系|(?<=[A-Za-z》]))\s*(?P<n>\d{1,3}|[一二两三四五六七八九十百]+)\s*周年")

_EFFECTIVE_TYPES = ("SANCTION", "POLICY", "AGREE", "JOIN")

# a news headline: the first block, short and without a sentence end
_HEADLINE = re.compile(r"[^。！？!?]{4,80}")




_VISITOR_ATTENDING = re.compile(r"(?:来华|来京|来沪|来港|前来|专程来|来访并|赴会)$")
_COORDINATED_VP = re.compile(r"\s*(?:并|并且|并同|并与|并在|并于)(?!已|且已)")
_MEMBERSHIP_NEAR = re.compile(r"(?:的)?(?:正式)?(?:成员国|成员|缔约国|观察员国|伙伴国|对话伙伴)|[，,]|$")
_ORDINAL_BEFORE = re.compile(r"(?:首个|第一个|唯一|首位|首批|最早)$")
_ORDINAL_RELATIVE = re.compile(r"(?:首个|第一个|唯一一个|唯一的|首位|最早)[^，。；,;]{1,6}的")
_NOTIFY = re.compile(r"(?:通知|告知|照会|致函)$")
_WITHHELD = re.compile(r"(?:中止|暂停|停止|冻结|取消|削减|切断)[^，。；,;]{0,12}$")

_MULTILATERAL = re.compile(r"国际|多边|多国|地区性|区域")
_GIVE_AFTER = re.compile(r"[^，。；]{0,8}?(?:提供|给予|援助|捐赠|交付|移交)")
_ADVICE_INTRO = re.compile(r"(?:提出|以下|如下)[^。；]{0,30}(?:建议|对策)|(?:建议|对策)(?:如下|包括)[：:]?")
_NUMBERED_ITEM = re.compile(r"(?:\d+(?:\.\d+)+\s?(?=[\u4e00-\u9fff])|\d+[、.．]\s*|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，,、])")
_ENUMERATION = re.compile(r"(?:[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十])")

_AFTER_WHOM = re.compile(r"继[^，。；]{1,12}?之?后")

_ANNOUNCED_BEFORE = re.compile(r"(?:宣布|表示|称|宣称|声称|指出|决定|同意|强调|透露|证实)\s*[，,：:]\s*$")
_ADVERB_LEAD = re.compile(r"^(?:特别是|尤其是|并|还|也|又|再|继续|进一步|随后|同时|此外|另外|更|甚至|已|已经|首次|正式|先后|分别|相继|将|曾)*$")
_PASSIVE_TYPES = ("ACCUSE", "SANCTION", "COERCE", "THREATEN")

# the colon of an intro that promises or lists agreed future acts: 三国将改进沟通机制…：, 联合声明列举了…领域：
_COMMITMENT_INTRO = re.compile(r"(?:将|承诺|计划|拟|致力于|同意|决定)[^。；：:]{0,40}(?:[：:]|[，,]包括)|"
                               r"(?:声明|宣言|公报|路线图|行动计划)[^。；：:]{0,30}(?:列举|列出|提出|包括|明确)[^。；：:]{0,30}[：:]")

_OUTCOMES = re.compile(r"成果|已经|业已|列出了")
_ANNOUNCED_PLANS = re.compile(r"(?:宣布|公布|提出)了?[^；。]{0,40}的(?:计划|举措|措施)|"
                             r"^[^，,；]{0,20}?(?:将(?:继续|进一步|加强|增加|扩大|推动|深化|开展|举行|建立|提供|共同|在|于|致力)|承诺|计划|拟|致力于)")
# 根据规划/按照计划…: what follows is the plan; 到2030年建立: a deadline ahead
_BY_PLAN = re.compile(r"(?:根据|按照|依据)(?:规划|计划)")
_TARGET_YEAR = re.compile(r"(?:到|至)\s*\d{4}\s*年(?:前|底|末|以前)?\s*$")
# 拟于…之际/之机, 计划在…时: a plan stated in an adverbial clause right before the verb's clause
_PLAN_SCOPE = re.compile(r"(?:拟|计划|准备|打算|将)(?:于|在)[^，。；]{0,30}(?:之际|之机|之时|时)[，,]\s*$")
