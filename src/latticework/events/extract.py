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
from ..actors.voice import own_state
from ..clean import CleanDoc
from ..layout import digest_stories, news_with_dateline
from ..sentences import sentence_spans
from ..timex import TimeResolver, Timex
from ..timex_calendar import days_before
from .aid_partners import aid_partners
from .assign import assign_roles
from .aggregates import _aggregate_or_list
from .attributes import _ORG_KINDS, _list_frame, _source
from .captions import is_caption
from .banned_acts import banned_content
from .checks import (
    _AGREED_ON,
    _SUPPORT_FOR,
    _announces_membership_act,
    _not_a_happening,
    _not_an_act,
)
from .clause_limits import hosts_in_frame
from .clauses import _clause_end, _clause_start
from .described_objects import _described_in_object
from .document_refs import without_document_references
from .list_intros import (
    _ADVICE_HEADING,
    _ANNOUNCED_PLANS,
    _NUMBERED_ITEM,
    _OUTCOMES,
    _advice_intro,
    _commitment_intro,
)
from .setting_summits import setting_summit
from .each_leaver import each_leaver
from .concessions import drop_conceded
from .context import (
    Fallback,
    _entry_into_force,
    _gathering_as_subject,
    _object_of_first_verb,
    _reaction_targets,
    _separately,
    _treaty_alignments,
    reacts_at_open,
)
from .after_talks import talks_date
from .dating import AT_THE_GATHERING, CONTINUES, date_event
from .demands import demanded_targets, summoned_targets
from .deploy_site import drills_repeated
from .durations import end_from_length
from .attendances import each_gathering_dated
from .each_body import each_body, each_founded
from .listed_gatherings import listed_gatherings
from .each_date import each_date
from .each_document import _each_document
from .each_pair import each_pair
from .event_modality import agreed_to_hold, judge_modality
from .follow_suit import follow_suit, same_tier
from .founded_subjects import _CLAUSE_ENDS
from .generic_parties import generic_party
from .in_force import agreement_in_force, told_elsewhere
from .invitations import _at_invitation_of, _invited_to
from .lexicon import Lexicon, lexicon
from .aid_pointers import aid_pointed_back
from .drill_joiners import drill_joiners
from .exercise_parties import exercises_as_states, own_drills
from .lifted import lifted_targets
from .refused_gatherings import refused_gatherings
from .listed_plans import plans_listed
from .locations import attach_locations
from .marked_recipients import split_marked
from .merge import _fold_talks_into_visit, _one_accession, dedup, fold_headlines
from .opened_missions import each_host, mission_host
from .modality import ModalityReader
from .model import Event, Evidence
from .objects import set_object
from .founded_partnerships import founded_partnerships
from .organ_parents import host_in_the_name, organs_in_their_body
from .party_state import party_state_mentions
from .reply_targets import reply_targets
from .setting_bodies import setting_bodies
from .pair_reference import clause_pair, counted_parties, paragraph_pair, two_forces
from .paired_dates import bracket_dates, dated_parties, dated_partners, pair_dates
from .parties import settle_parties
from .plan_dates import after_the_document, is_plan_date
from .positions import trigger_position
from .pronoun_subject import pronoun_subject
from .quantities import attach_quantities
from .raised_rates import raised_targets
from .repeated_acts import repeated_acts
from .reaction_sources import opening_party
from .roles import _named_relative, _topic_phrase
from .sentence_parties import sentence_parties
from .sessions import (
    attend,
    attends_told_gathering,
    cited_documents,
    framed_modality,
    gathering_events,
    leader_meeting_events,
)
from .site import Site, WalkState
from .state_groups import with_state_groups
from .subject import _MEETING_SUBJECT, choose_subject, mention_facts, mention_groups
from .table_rows import is_separator, name_table, row_cells, row_event, year_cell, year_column
from .unnamed_founders import owners_founded
from .accused_acts import accused_act
from .acts_in_turn import acts_in_turn
from .fronted_topics import fronted_targets
from .respondents import complaint_respondents
from .sanction_targets import carried_targets
from .statement_speakers import statement_speakers
from .trips import state_guest_visits, trips_as_visits
from .trigger_types import (
    _LEFT_AFTER,
    OPENING_VERBS,
    Frame,
    TriggerTypes,
)
from .violation_claims import violation_claims
from .warned_condition import warned_actors
from .civil_counterparts import meets_civil_counterparts
from .resumed_nouns import resumes_told_event
from .year_headings import names_section_year

# a footnote sentence that is a reference: a URL, a DOI, [EB/OL]-style tags, 「…」、外務省、 or
# a title followed by its publisher and a date
_CITATION = re.compile(
    r"https?:|www\.|doi\.org|\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]|(?:[》」』”],?[^，。]{0,30}?[，、,]\s*)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
    r"|(?:[》」』”])[，、,]\s*[^，。]{1,20}(?:出版社|网|報|报|新闻|外務省|外务省|大学)"
)
# prec13: a signing told after 宣布/公布 in its clause (宣布两国已正式签署…协议, 宣布双方达成协议)
_SIGNED_AFTER = re.compile(r"[^，。；]{0,16}?(?:已|已经|正式|业已)*(?:签署|签订|缔结|达成|草签)")
# prec13: a heading over a list of references, and an entry of such a list in the body (4.新华社：《…》，
# 2023年11月16日，http://…; [5] 作者：《…》): numbered, the author or agency before a colon and a title
_REFERENCES_HEADING = re.compile(r"(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:参考文献|参考资料|主要参考文献|注释|注释与参考文献|资料来源|引用文献|references|bibliography|notes)\s*[:：]?$", re.I)
_REFERENCE_ENTRY = re.compile(r"\s*(?:\[\d+\]|［\d+］|\d+[.．、]|[①-⑳])\s*[^，。：:《]{0,20}[：:]?\s*《")
_MODIFIER_OF = re.compile(r"[”\s]*(?:机制|平台|框架|进程|制度|渠道|架构)")


class Extractor:
    def __init__(self, lex: Lexicon | None = None, gazetteer: Gazetteer | None = None):
        from ..actors import default_gazetteer

        self.lex = lex or lexicon()
        self.gz = gazetteer or default_gazetteer()
        table = self.lex.trigger_table()
        for verb in self.lex.frame_verbs + self.lex.agreed_verbs:  # light verbs are found too; their noun decides the type
            table.setdefault(verb, [])
        for word in self.lex.blockers:  # longer non-event words shadow the triggers inside them
            table[word] = []
        self.words = sorted(table)
        self.table = table
        self.ac = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self.walk = WalkState()  # what the walk over the document being read carries between sentences
        self.modality = ModalityReader(self.lex)
        self.types = TriggerTypes(self.lex, table)

    # ---------------------------------------------------------------------------------
    def extract(self, doc: CleanDoc, mentions: list[Mention], doc_date: str | None = None) -> list[Event]:
        kept = without_document_references(mentions)  # 该协定, 该法案: what an act is about, no party
        kept_ids = {id(m) for m in kept}
        refs = [m for m in mentions if id(m) not in kept_ids]  # (read only as what is joined or left: 重新加入该协定)
        mentions = kept
        text, mentions = doc.simplified, with_state_groups(doc, mentions, self.gz)  # 中亚五国: each member
        by_block: dict[int, list[Mention]] = {}
        for m in mentions:
            by_block.setdefault(m.block, []).append(m)
        news = news_with_dateline(doc)
        times = TimeResolver(doc_date, story_undated=doc_date is None and news, news=news)
        self.walk = WalkState(doc_mentions=mentions, doc_refs=refs, own_state=own_state(doc))
        advice_open = False
        events: list[Event] = []
        last_date: str | None = None
        last_events: list[tuple[int, Event]] = []  # the acts a short news paragraph ended on
        in_table, table = False, None  # within a table's rows; the header's roles if it lists named bodies
        in_references = False  # under a heading of references (参考文献, 注释): its entries cite, they tell nothing
        years_at: int | None = None  # the header's time column (| 年份 | … |), whose bare years date the rows
        last_gathering: Event | None = None  # the last dated meeting of a body the previous paragraph told
        story_at = dict(digest_stories(doc)[1:])  # a press digest: each story has its own date
        first_date = doc_date
        for bi, b in enumerate(doc.blocks):
            btext = text[b.start : b.end]
            if bi in story_at:
                # a new story of a digest: its own date, and nothing of the story before it
                doc_date = story_at[bi]
                times = TimeResolver(doc_date, story_undated=doc_date is None, news=True)
                last_date, last_events, last_gathering = None, [], None
            cells = row_cells(text, b.start, b.end) if b.kind == "paragraph" else None
            if cells is None:
                in_table, table = False, None
            elif not in_table:
                in_table, table = True, name_table(cells)  # | 倡议 | 发起方 | 启动时间 |: the header row
                years_at = year_column(cells)
            told_before = len(events)
            state, story_day = times.save(), times.story_day  # (the story's day before this block's dates)
            timexes = times.find(btext, b.start, heading=names_section_year(bi, b.kind, btext, doc_date),
                                 year_cell=year_cell(cells, years_at) if cells is not None and in_table else None)
            if b.kind == "footnote":
                times.restore(state)  # a footnote's dates never date the body that follows it
            if b.kind == "heading":
                in_references = bool(_REFERENCES_HEADING.match(btext.strip(" #*")))  # 参考文献: the entries under it
                if _ADVICE_HEADING.fullmatch(btext.strip(" #*")):
                    advice_open = True  # 三、政策建议: the numbered items under it are recommendations
                continue
            if b.kind == "paragraph" and not _NUMBERED_ITEM.match(btext.lstrip()) and not _advice_intro(btext, 0, len(btext)):
                advice_open = False  # a plain paragraph ends a list of recommendations
            self.walk.advice = False
            # in news, whose paragraphs are short, a paragraph that opens by continuing the story
            # (两国…, 会后…) may take the date the previous one ended on
            para_date: str | None = None
            if b.kind == "paragraph" and last_date and (CONTINUES.match(btext.lstrip()) or AT_THE_GATHERING.match(btext)):
                para_date = last_date  # the paragraph opens by continuing the story (两国领导人会后…)
                if story_day and len(last_date) == 10 and (days_before(story_day, last_date) or 0) > 30:
                    # …抵达吉隆坡出席峰会。两国7月28日曾同意停火。¶访问期间，…: the story, not the background
                    para_date = story_day
                if _DURING_OPEN.match(btext):
                    self.walk.para_span = True  # 访问期间，…签署…: one of the visit's days, not said which (by the month)
            if b.kind == "paragraph" and (held := talks_date(btext, events)) is not None:
                para_date = held  # 会谈后，两国元首见证了…: the day of those talks, not the last date told before
            self.walk.para_parties = None  # the parties of the paragraph's last dated happening
            self.walk.news_paragraph = news = b.end - b.start <= _NEWS_PARAGRAPH
            self.walk.para_meeting = None  # the states of its last dated meeting
            self.walk.last_subject = []
            prev_end = ""
            para_events: list[tuple[int, Event]] = []  # (trigger position, event) of the last sentence that told an act
            if b.kind == "paragraph" and last_events and reacts_at_open(btext):
                para_events = list(last_events)  # 中共当局对此反应强烈。…: the paragraph reacts to the one before
            para_gathering: list[Event] = []  # the last dated meeting of a body told in the paragraph
            para_reactions: list[Event] = []  # the paragraph's reactions with a target (a later 也-reaction joins them)
            if b.kind == "paragraph" and last_gathering is not None and _MEETING_SUBJECT.match(btext):
                para_gathering = [last_gathering]  # 峰會10日發表的《…宣言》: the summit the paragraph before told
            before_para = list(last_events)  # the acts the paragraph before ended on (for reactions)
            opened_before: list = []  # the party the sentence before opens with, when it told no event
            for s, e in sentence_spans(btext):
                s += b.start
                e += b.start
                # list items after ；(发起X；建立Y；…) continue the subject of the item before
                self.walk.carry = self.walk.last_subject if prev_end in "；;" and prev_end else []
                self.walk.list_item = bool(prev_end) and prev_end in "；;"  # an item of a list told in one frame
                if not self.walk.list_item:
                    self.walk.list_frame = _list_frame(text[s:e])
                self.walk.topic = self.walk.last_subject
                if not (prev_end in "；;" and prev_end):
                    self.walk.list_from = -1  # a list of commitments ends with its last ；-item
                    self.walk.list_planned = False
                colon = _commitment_intro(text, s, e)
                if colon is not None and _OUTCOMES.search(text, s, colon.end()):
                    colon = None  # 联合声明列出了成果：…；…: outcomes reported, not promises
                if colon is not None:
                    self.walk.list_from = colon.end()  # 三国将改进沟通机制：至少举行…；发起…: each item is promised
                prev_end = text[s:e].rstrip()[-1:]
                # 本报告…提出8大领域40项建议 / 建议如下: the numbered items after it are recommendations
                if _NUMBERED_ITEM.match(text[s:e].lstrip()):
                    self.walk.advice = advice_open
                if _advice_intro(text, s, e):
                    advice_open, self.walk.advice = True, False
                if (b.kind == "footnote" or in_references or _REFERENCE_ENTRY.match(btext)) and _CITATION.search(text, s, e):
                    continue  # a bibliographic entry (title, publisher, date, URL) states no event
                if is_caption(text[s:e]):
                    continue  # 表1 2023年美日联合军演一览: a caption, also when cleaning ran it into a paragraph (captions.py)
                sent_times = [t for t in timexes if s <= t.start < e and t.value and not t.in_name]
                sent_mentions = [m for m in by_block.get(bi, []) if s <= m.start < e]
                sent_mentions = pronoun_subject(text, s, e, sent_mentions, by_block.get(bi, []))  # 他8日访华
                sent_mentions = party_state_mentions(text, s, e, sent_mentions)  # 譴責中共的…行為: China
                sent_mentions = paragraph_pair(text, s, sent_mentions, self.walk.para_parties, self.gz)  # 双方11日发表…
                sent_mentions = counted_parties(text, s, e, sent_mentions, self.walk.para_parties, self.gz)  # 四国领导人…
                sent_mentions = two_forces(text, s, e, sent_mentions, by_block.get(bi, []), self.gz)  # 两军各自增派兵力
                if colon is None and any(t.kind != "decade" and not t.target for t in sent_times):
                    self.walk.list_from, self.walk.list_planned = -1, False  # a dated item tells a happening of its own
                # (the gathering of the ；-item before, which an attendance told in this item joins)
                self.walk.item_gathering, self.walk.para_gathering = (para_gathering[0] if para_gathering and self.walk.list_item else None), (para_gathering or [None])[0]
                self.walk.gathering = para_gathering[0] if para_gathering else None
                own_day = times.story_undated and any(s <= t.start < e and t.kind == "inherited" and not t.value for t in timexes)
                # (…該項目在2018年5月曾一度擱置。¶兩國部長9日會晤: the day of an undated story is its own, unknown)
                found = self._sentence(doc, text, s, e, sent_mentions, sent_times, None if own_day else para_date)
                found = refused_gatherings(text, s, e, found, sent_mentions, self.gz)  # 拒绝出席俄方举办的峰会
                acts_in_turn(text, s, e, sent_times, found)  # 11月、12月，先后制裁…，并实施禁运 / 先后举行会谈、签署…: one date each
                plans_listed(text, s, e, found)  # 将成立工作组、启动对话: the plan covers each act of the list
                found += repeated_acts(text, s, e, sent_times, found, sent_mentions)  # 2015年举行…，2019年再次举行: the act again
                raised_targets(found)  # 对中国商品加征关税，随后又将税率提高至25%: China's tariff raised
                # 南韩亦于2024年10月跟进: the act told before, by the follower
                same_tier(text, found, [ev for _, ev in para_events])  # 提升至同一层级: the tier named before
                found += follow_suit(text, doc.text, s, e, sent_mentions, sent_times, found, [ev for _, ev in para_events], self.gz)
                found += violation_claims(doc.text, text, s, e, found, sent_mentions, sent_times, self.gz)  # 回应称，日方…违反…规则
                found = drop_conceded(text, s, e, found)  # 不反对X，但反对Y: the objection only
                if _entry_into_force(doc.text, text, s, e, sent_mentions, sent_times, events):
                    found = [ev for ev in found if not (ev.type == "POLICY" and simplify(ev.trigger).endswith("生效"))]
                elif not any(ev.type == "AGREE" for ev in found) and (
                        signed := agreement_in_force(doc.text, text, s, e, sent_mentions, sent_times, self.gz)) is not None:
                    found.append(signed)  # 日菲《互惠准入协定》已于9月11日生效: told only in force, signed undated
                headline = (bi == 0 or bi in story_at) and len(doc.blocks) > 1 and _HEADLINE.fullmatch(btext) is not None
                # (a promise word inside a list of outcomes, 致力于… in the middle of a summit's agenda, does
                # not make the outcomes after it promises: only a planned act or a list that opens promising)
                if prev_end in "；;" and prev_end and (any(ev.modality == "planned" for ev in found) or (
                        not self.walk.list_item and _ANNOUNCED_PLANS.search(text[s:e].lstrip()))):
                    self.walk.list_planned = True  # 两国将增加…；提升…；支持…: the items after a promise are promised too
                for ev in found:
                    ev.block_kind = "headline" if headline else b.kind
                found = _gathering_as_subject(text, s, e, found, para_gathering)
                _object_of_first_verb(text, s, e, found)
                aid_partners(text, s, e, found, sent_mentions, self.gz)  # 与瑙鲁签署条约，并提供…援助: aid to the partner
                found = drill_joiners(text, s, e, found, sent_mentions, self.gz)  # 美菲举行军演，澳洲与法国派舰参与
                trips_as_visits(text, s, e, found, sent_mentions)  # 赴俄罗斯…与普京会晤: a visit
                state_guest_visits(text, s, e, found, sent_mentions)  # 以国宾身份在白宫与拜登会谈: a visit
                found = listed_gatherings(text, s, e, found, sent_mentions)  # 东盟峰会和东亚峰会在雅加达举行: two meetings
                clause_pair(text, s, e, found, sent_mentions)  # …同苏林会谈，双方发表联合声明: Russia and Vietnam
                organs_in_their_body(found, self.gz)  # 欧盟委员会主席…在美欧峰会上: the EU
                host_in_the_name(found, self.gz)  # 美国—太平洋岛国峰会: the US among its parties
                exercises_as_states(found, self.gz)  # 借“肩并肩”联合演习之机: the US and the Philippines drill
                own_drills(found, self.gz)  # 又举行“联合利剑”演习: China's show of force
                setting_bodies(text, s, e, found, sent_mentions, self.gz)  # 在联合国大会上提出…倡议: the speaker's, not the body's
                for ev in found:
                    if _body_gathering(ev):
                        para_gathering[:] = [ev]
                demanded_targets(text, s, e, found, sent_mentions, self.gz)  # 表示不满，并要求美方停止…
                summoned_targets(text, s, e, found, sent_mentions, self.gz)  # 约见日本驻华大使，提出严正交涉
                fallback = Fallback(lambda a, z, ms=sent_mentions: opening_party(text, a, z, ms, self.gz), opened_before, before_para)
                _reaction_targets(text, s, e, found, para_events, news, sent_mentions, fallback, para_reactions)
                reply_targets(text, s, e, found, sent_mentions, self.gz)  # 回应称，美菲军事合作不应…: whom it names
                fronted_targets(text, s, e, found, sent_mentions, self.gz)  # 对于美国的指责，中方表示反对: the US
                para_reactions.extend(ev for ev in found if ev.type in ("ACCUSE", "THREATEN") and ev.recipients)
                opened_before = [] if found else opening_party(text, s, e, sent_mentions, self.gz)
                attach_quantities(text, doc.text, s, e, found)  # 5億美元: to the act it measures
                attach_locations(text, s, e, found, sent_mentions)  # 在新加坡举行: where it happened
                if any(ev.type != "ACCUSE" for ev in found):  # the last sentence that told an act
                    para_events = [(trigger_position(text, s, e, ev), ev) for ev in found]
                events.extend(found)
                dated = [t for t in sent_times if t.kind != "decade" and not t.target and not t.aside and not is_plan_date(text, t.start)]
                if dated:
                    para_date = dated[-1].value
                    self.walk.para_span = bool(dated[-1].value_end)
                    self.walk.para_parties = frozenset(
                        p.key() for ev in found if ev.date == para_date for p in ev.actors + ev.recipients) or None
                    self.walk.para_meeting = frozenset(
                        p.key() for ev in found if ev.date == para_date and ev.type == "CONSULT"
                        for p in ev.actors + ev.recipients if p.kind in STATE_KINDS) or None
            if table is not None and cells is not None and len(events) == told_before and not is_separator(cells) and (
                    ev := row_event(doc.text, text, table, cells, (b.start, b.end), by_block.get(bi, []), timexes, self.gz)):
                attach_quantities(text, doc.text, b.start, b.end, [ev])  # | 3000亿欧元 |: its size
                events.append(ev)  # | 蓝点网络 | 美、日、澳 | 2019年11月 |: a row that names no verb
            if b.kind == "paragraph":
                last_gathering = para_gathering[0] if para_gathering else None
                last_date = para_date if news else None
                last_events = para_events if news else []
        events = drills_repeated(events)  # 其后再度举行军演: the host of the state's drill told before
        events = lifted_targets(events)  # 宣布解除对三项材料的出口管制: eased for the state hit before
        events = aid_pointed_back(events)  # 批准此项军售, 批准上述贷款安排: the receiver of the act pointed to
        events = owners_founded(events, self.gz)  # 澳大利亚太平洋基础设施融资机制于2019年启动: Australia's
        events = told_elsewhere(events)  # (the in-force AGREE of a document whose signing is told too)
        events = carried_targets(events)  # 对中国电动车展开调查，7月起征收临时反补贴税: China again
        events = complaint_respondents(events)  # 澳方就大麦案向世贸提出申诉: against the measure told before
        events = statement_speakers(events)  # …发表声明…。声明还敦促朝鲜…: the issuer speaks
        if story_at:
            doc_date = max((d for d in [first_date, *story_at.values()] if d), default=None)  # (the digest's last day)
        return end_from_length(fold_headlines(dedup(after_the_document(events, doc_date)), doc_date))

    # ---------------------------------------------------------------------------------
    def _sentence(self, doc: CleanDoc, text: str, s: int, e: int, mentions: list[Mention], times: list[Timex],
                  para_date: str | None) -> list[Event]:
        sent = text[s:e]
        framing = gathering_events(doc, text, s, e, mentions, times, para_date, self.gz)
        out: list[Event] = list(framing)
        out.extend(cited_documents(doc, text, s, e, mentions, times, self.gz))
        out.extend(leader_meeting_events(doc, text, s, e, times, para_date, self.gz, self.modality))
        typed: dict[str, int] = {}  # type of a light-verb event -> where its clause (or its noun) ends
        acts_at: list[tuple[int, int]] = []  # (trigger start, clause end) of the acts told so far
        skip_until = -1
        for idx, ts, te in self.ac.find_matches_as_indexes(sent):
            word = self.words[idx]
            t0, t1 = s + ts, s + te
            if t1 <= skip_until or t1 <= self.walk.name_end:
                continue
            if word in self.lex.frame_verbs or (word in self.lex.agreed_verbs and agreed_to_hold(text, _clause_start(text, t0, s), t0)):
                if word in OPENING_VERBS and not any(_clause_start(text, t0, s) <= m.start and m.end <= t0 for m in mentions
                                                      if m.kind in _ORG_KINDS):
                    continue  # 论坛在北京开幕 tells a gathering held only with its body named before the verb
                frame = self.types.frame(text, t1, e, mentions) if word not in OPENING_VERBS else Frame(None, None, None)
                self.walk.frame_at, self.walk.frame_noun = frame.at, frame.noun
                etype = frame.etype or self.types.frame_before(text, t0, s, word)
                if word == "参与" and etype not in ("CONSULT", "COOPERATE"):
                    continue  # 参与谈判, 参与联合军演: taking part in talks or drills (参与“印太经济框架” is no document agreed)
                if etype in ("CONSULT", None) and word in _LAUNCH_VERBS and _LAUNCHED_DIALOGUE.match(text, t1, e):
                    etype = "ESTABLISH"  # 启动…战略对话机制: a dialogue launched is founded (启动谈判 stays CONSULT)
                if etype == "AGREE" and word in _LAUNCH_VERBS + ("发起",) and frame.noun is not None and _LAUNCHED_PROGRAMME.match(text, frame.noun):
                    etype = "ESTABLISH"  # 共同启动“全球作战空中计划”: a programme launched is founded, no document agreed
                if word in ("宣布", "公布") and etype == "AGREE" and _SIGNED_AFTER.match(text, t1):
                    continue  # 中方宣布中所两国已正式签署…协议: the signing told after it is the event (prec13)
                if word in ("宣布", "公布") and _LEFT_AFTER.match(text, t1):
                    continue  # 宣布暂停履行《…条约》: the withdrawal told after it is the event
                if word in ("出席", "参加") and _VISITOR_ATTENDING.search(text, max(s, t0 - 4), t0) and \
                        re.match(r"[^，。；,;]{1,30}的", text[t1:e]):
                    continue  # 会见来华出席…会议的日本首相: who the guest is, not a happening of its own
                if (etype is None and word in ("出席", "参加", "与会", "到场") and _CLAUSE_ENDS.match(text, t1)) or (
                        word in ("出席", "参加") and attends_told_gathering(text, s, t1, out)) or (  # 出席会议并发表讲话
                        word in ("与会", "到场") and text.startswith("并", t1)):  # 习近平亦将与会并对巴西进行国事访问
                    attend(text, s, t0, mentions, out, self.gz, self.walk.item_gathering, self.walk.para_gathering, doc.text)  # 峰会在万象举行，布林肯出席
                    continue
                if etype is not None and _aggregate_or_list(text, t0, t1, _clause_start(text, t0, s), _clause_end(text, t1, e), etype, times):
                    continue
                if etype == "CONSULT" and _invited_to(text, t0, word):
                    continue  # (邀请中国出席峰会: see _type)
                if etype is not None and text[t1 : t1 + 1] == "的" and etype in typed and t0 < typed[etype]:
                    continue  # 参加美国主办的演习: a relative clause on the noun of the event already told
                if etype is not None and self.walk.frame_at is not None and _not_a_happening(
                        text, s, e, self.walk.frame_noun, self.walk.frame_at, word, etype, times, mentions):
                    skip_until = self.walk.frame_at or t1  # the noun the light verb heads is not a trigger either
                    continue
                if etype is not None and _described_in_object(text, s, t0, t1, acts_at, times):
                    continue  # 宣布暂停执行与巴基斯坦签订的《…条约》: the treaty's signing only describes what is left
                if etype is not None and generic_party(text, s, t0, t1, etype, mentions):
                    continue  # 承诺与第三方签订安全协议前…: a rule about a class of states (generic_parties.py)
                if etype is not None:
                    ev = self._build(doc, text, s, e, t0, t1, word, etype, False, mentions, times, para_date)
                    if ev is not None:
                        self._note_gathering(ev)
                        acts_at.append((t0, _clause_end(text, t1, e)))
                        out.extend(self._each(doc, text, s, e, t0, t1, ev, mentions, times))
                        ends = max(_clause_end(text, t1, e), self.walk.frame_at or t1)
                        if self.walk.frame_at and _FRAMED_AFTER.match(text, self.walk.frame_at):
                            ends = self.walk.frame_at  # 出席…会议期间会见拜登: the meeting frames a second act of its own
                        elif self.walk.frame_at and (k := text.find("并", self.walk.frame_at, ends)) != -1:
                            ends = k  # 出席…会议并对秘鲁进行国事访问: a coordinated act of its own
                        if ev.modality == "asserted" or not _AGREED_ON.match(text[t1:e]):
                            typed[etype] = ends  # (就尽早签署…达成共识: the consensus itself is still to be found)
                        if etype == "ESTABLISH" and word in _LAUNCH_VERBS:
                            typed["CONSULT"] = ends  # (启动…战略对话: the dialogue noun is no meeting of its own)
                        continue
            if any(m.start <= t0 and t1 <= m.end for m in mentions if m.kind not in STATE_KINDS):
                continue  # a trigger word inside a name (东亚峰会) is not a trigger
            if not self.table[word]:
                continue
            if word == "邀请" and _at_invitation_of(text, t0, s):
                continue  # 应俄罗斯总统邀请出席: the attendance is the event
            if word == "邀请" and re.search(r"(?:峰会|会议|会晤)[^，。；,;]{0,6}$", text[_clause_start(text, t0, s) : t0]) and \
                    re.match(r"[^，。；,;]{1,40}?(?:出席|参加|与会|到场|参会)", text[t1:e]):
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
            if _aggregate_or_list(text, t0, t1, _clause_start(text, t0, s), _clause_end(text, t1, e), etype, times):
                continue  # 累计召开四次会议, 通过首脑会晤、“2+2”磋商等机制: tallies and inventories, not happenings
            if etype == "COERCE" and _DRILL_CONTENT.match(text, t1):
                continue  # 海上拦截演习, 拦截中程导弹: the content of a drill or a missile defence, not force on a state
            if etype == "MOBILIZE" and banned_content(text, _clause_start(text, t0, s), t0):
                continue  # 暂停外国科考船停靠, 不允许外国在其境内设立军事基地: what a ban stops (banned_acts.py)
            if etype in ("CONSULT", "COOPERATE") and _MODIFIER_OF.match(text, t1):
                continue  # 峰会机制, 对话平台, 合作框架: the trigger modifies the name of a standing body
            if etype in self.lex.nominal_types and self.types.nominal(text, t0, _clause_start(text, t0, s), etype) and not (
                    etype == "AID" and _SUPPORT_FOR.search(text, _clause_start(text, t0, s), t0)):  # 增加对乌克兰的支持 gives aid
                continue  # 加强信息共享, 扩大联合训练: the trigger names an area of cooperation, not an act
            if etype == "AID" and _WITHHELD.search(text, _clause_start(text, t0, s), t0):
                continue  # 中止了对缅甸的部分援助: aid suspended is the LEAVE told by that verb, not aid given
            if etype == "ACCUSE" and (jt := _topic_phrase(text, _clause_start(text, t0, s), t0)) and jt[0] < t0 < jt[1]:
                continue  # 就日方炒作涉华议题提出交涉: what is protested is the topic, not an accusation of its own
            if etype == "CONSULT" and meets_civil_counterparts(text, t1, _clause_end(text, t1, e), word):
                continue  # 王毅会见美国工商界人士: no party of state-to-state talks (civil_counterparts.py)
            if resumes_told_event(text, s, t0, word, out):
                continue  # 举行联合军演，…，演习首次延伸至…: the drill told, resumed as a topic (resumed_nouns.py)
            if _not_an_act(text, s, e, t0, t1, word, etype):
                continue  # 提出要…, 发起…峰会, 《…援助路线图》, 对加入…的态度: see _not_an_act
            if _not_a_happening(text, s, e, t0, t1, word, etype, times, mentions):
                continue  # 对话与合作机制, 这些对话, 常态化访台, 开发和部署技术, 法国的反对: a noun or a habit, not an act
            if _described_in_object(text, s, t0, t1, acts_at, times):
                continue  # (see the light-verb branch)
            if generic_party(text, s, t0, t1, etype, mentions):
                continue  # 不允许外国在其境内设立军事基地, 西方国家陆续推出…: a rule or a trend, no happening
            ev = self._build(doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date)
            if ev is not None and etype == "CONSULT" and word in ("宣布启动", "正式启动") and len(
                    {p.key() for p in ev.actors} - hosts_in_frame(text, _clause_start(text, t0, s), t0, mentions)) < 2:
                continue  # 拜登在访问日本时宣布启动…谈判: launched by one party, the host of the frame no partner
            if ev is not None and out and out[-1].type == etype and text[t0 - 1 : t0] == "或" and \
                    text[: t0 - 1].endswith(simplify(out[-1].trigger)):
                continue  # 重开或新设大使馆: one act told by two verbs, not a second, hedged one
            if ev is not None:
                ev = accused_act(text, s, t0, ev, mentions, self.gz)  # 指控中国海警船…发射水炮: China's act, at the accuser
                self._note_gathering(ev)
                acts_at.append((t0, _clause_end(text, t1, e)))
                acts = self._each(doc, text, s, e, t0, t1, ev, mentions, times)
                out.extend(acts)
                out.extend(setting_summit(doc.text, text, s, e, t0, acts, mentions, out))  # 在阿斯塔纳峰会上加入…
        framed_modality(framing, [ev for ev in out if ev not in framing], text, s, e)
        return founded_partnerships(_treaty_alignments(_fold_talks_into_visit(_one_accession(each_leaver(sentence_parties(text, s, e, out, mentions, self.gz)))), self.gz), self.gz)

    def _note_gathering(self, ev: Event) -> None:
        """A dated meeting of a body told in this sentence is what a later clause's 会议/峰会 refers
        to (…主办首届美国—太平洋岛国峰会，峰会发表《…宣言》): the document is the meeting's act."""
        if _body_gathering(ev):
            self.walk.gathering = ev

    @staticmethod
    def _each(doc, text, s, e, t0, t1, ev: Event, mentions, times) -> list[Event]:
        """The event split where the sentence tells it several times: 分别 with each partner, one per
        document signed, one per body joined, one relation per pair, one per coordinated date."""
        # (于2022年1月与A、2023年1月与B签署: one happening per dated partner, before any other split)
        evs = [w for p in dated_partners(text, s, t0, times, mentions, ev)
               for g in each_gathering_dated(text, s, t0, t1, _clause_end(text, t1, e), times, p)
               for x in _separately(text, s, t0, g, mentions)
               for d in _each_document(doc.titled, t1, _clause_end(text, t1, e), x)
               for y in each_body(d, text, s, t0) for f in each_founded(y, text, s, t0, t1, _clause_end(text, t1, e), mentions)
               for w0 in each_pair(text, s, t0, f, mentions) for w in each_host(text, s, t0, t1, _clause_end(text, t1, e), w0)]
        evs = dated_parties(text, s, t0, times, mentions, evs)  # (孟加拉国于2021年、埃及于2023年加入: each at its date)
        if not pair_dates(text, s, t0, times, evs):  # (A与B先后于9月16日及20日…: a date for each copy)
            evs = [z for w in evs for z in each_date(text, s, t0, times, w)]
        keys_at: dict[str, int] = {}
        for m in mentions:
            if s <= m.start < t0:
                keys_at.setdefault(m.country or m.id, m.start)
        return bracket_dates(text, t0, times, evs, keys_at)

    def _build(self, doc, text, s, e, t0, t1, word, etype, directed, mentions, times, para_date) -> Event | None:
        """One event from a trigger, in steps: subject, roles, parties, modality, date, object."""
        clause_start = _clause_start(text, t0, s)
        clause_end = _clause_end(text, t1, e)
        if _announces_membership_act(word, text[t1:clause_end]):
            return None  # 宣布不加入RCEP: the JOIN told after 宣布 is the event
        site = Site(doc, text, s, e, t0, t1, word, directed, mentions, times, para_date, clause_start, clause_end)
        held = self.walk.mention_facts  # (the sentence's facts, once for all its triggers)
        if held is None or held[0] is not mentions or held[1] != s or len(held[2]) != len(mentions):
            held = self.walk.mention_facts = (mentions, s, mention_facts(text, s, mentions))
        groups = mention_groups(site, self.lex, etype, held[2])
        subject, carried = choose_subject(site, groups, self.walk, self.lex, etype)
        etype, actors, recipients = assign_roles(site, groups, subject, etype, self.walk, self.lex, self.gz)
        parties = settle_parties(site, groups, etype, actors, recipients, self.walk, self.gz)
        if parties is None:
            return None
        etype, actors_p, recips_p, invitation = parties
        actors_p, recips_p = split_marked(text, clause_start, t0, mentions, etype, actors_p, recips_p)
        if (warned := warned_actors(text, s, clause_start, t0, mentions, self.gz)) is not None:
            actors_p, recips_p = warned, [p for p in recips_p if p.key() not in {w.key() for w in warned}]
            if etype == "MOBILIZE" and len(warned) > 1 and "联合" in text[t0:clause_end]:
                etype, recips_p = "COOPERATE", []  # 若继续举行联合军演: the warned parties' joint drill
        ev = Event(type=etype, trigger=doc.text[t0:t1], actors=actors_p, recipients=recips_p)
        ev.modality, plan_from = judge_modality(site, etype, self.walk, self.modality, invitation)
        date_event(site, ev, self.walk, self.modality, carried, plan_from)
        if set_object(site, ev, self.lex, self.gz) is None:
            return None
        mission_host(text, s, clause_start, t0, t1, clause_end, ev, mentions, self.gz)  # 美国在汤加新设大使馆: Tonga hosts it
        ev.source = _source(text, s, t0, mentions, frozenset(p.key() for p in ev.actors))
        ev.evidence = [Evidence(s, e, doc.text[s:e].strip())]
        ev.confidence = round(min(0.95, 0.45 + 0.2 * bool(ev.date) + 0.15 * bool(ev.actors) + 0.15 * bool(ev.recipients or ev.object or ev.label)), 2)
        return ev


def _body_gathering(ev: Event) -> bool:
    """A dated meeting with a body among its actors: what 峰会/会议 later in the sentence or paragraph refer to."""
    return ev.type == "CONSULT" and bool(ev.date) and any(p.kind in _ORG_KINDS + ("agreement",) for p in ev.actors)


_DRILL_CONTENT = re.compile(r"[^，。；]{0,6}?(?:演习|演练|训练|课目|导弹|来袭|无人机|系统)")

# the gathering a light verb heads frames what follows it in the clause (出席…会议期间会见拜登)
_FRAMED_AFTER = re.compile(r"[”」]?\s*(?:[（(][^（）()]{0,20}[）)])?\s*(?:期间|间隙|之际|场边|前夕)")  # (大会（COP28）期间)

# a paragraph that opens inside the visit or gathering told before (访问期间，…; 此访期间, 峰会期间, 其间)
_DURING_OPEN = re.compile(r"\s*(?:此次|这次|本次|此)?[^，。；,;\s]{0,6}?(?:期间|期間|其间|其間)[，,]")
_NEWS_PARAGRAPH = 240  # characters: longer paragraphs are an essay's, not a news item's
# 启动 and its announced forms head the talks or the dialogue they launch (宣布启动《…协定》谈判: talks,
# absent11; 宣布启动…对话机制: a founding); the longer words shadow 启动 in the trigger automaton
_LAUNCH_VERBS = ("启动", "宣布启动", "正式启动")
_LAUNCHED_PROGRAMME = re.compile(r"(?:计划|项目|工程)(?![书表])")
_LAUNCHED_DIALOGUE = re.compile(r"[^，。；]{0,24}?(?:对话|磋商|论坛|会晤)(?:机制|平台|框架|进程)?(?!\s*[的]?\s*谈判)")

# a news headline: the first block (or a digest item's), short and without a sentence end
_HEADLINE = re.compile(r"[^。！？!?]{4,80}")
_VISITOR_ATTENDING = re.compile(r"(?:来华|来京|来沪|来港|前来|专程来|来访并|赴会)$")
_ORDINAL_BEFORE = re.compile(r"(?:首个|第一个|唯一|首位|首批|最早)$")
# (prec11: the relative clause may name a partner and a document: 成为首个与日本缔结此类协定的东南亚国家)
_ORDINAL_RELATIVE = re.compile(r"(?:首个|第一个|唯一一个|唯一的|首位|最早)[^，。；,;]{1,16}?的")
_WITHHELD = re.compile(r"(?:中止|暂停|停止|终止|冻结|取消|削减|切断)[^，。；,;]{0,12}$")

