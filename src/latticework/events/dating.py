"""The date of one event, at the precision the text supports.

The nearest time expression of the sentence dates the event, except where the genre says
otherwise: a plan is dated only by a date of its own, never by the date it was announced; a year
naming a document's edition, a date qualifying a noun after the verb, an act told with 曾 and an
absence up to now (至今没有) date nothing. An asserted event with no date of its own takes the
paragraph's date only when the sentence continues the happening told before (双方还签署了…, 会上…,
the same parties again); undated background stays undated. The date a measure takes effect goes
in `effective`.
"""

from __future__ import annotations

import re

from ..timex_counts import GAP_QUALIFIER
from .condemned_acts import condemned_from
from .attributes import _decade, _effective_time, _nearest_time, applies_from
from .checks import _at_the_meeting, _same_parties_done
from .during_dates import attending_the_frame, during_a_span, during_after_arrival, visiting_the_frame
from .lifted import imposed_from
from .object_dates import of_the_object
from .later_dates import (
    bracketed_after,
    counted_from_here,
    earlier_on,
    ended_visit,
    gathering_date,
    in_turn,
    joined_in_turn,
    later_clause,
    later_on,
    long_standing,
    open_later,
    took_office_then,
)
from .modality import ModalityReader
from .model import Event
from .negation_dates import never_so_far
from ..timex_patterns import fronted_plan_year
from .plan_dates import plan_of_an_earlier_clause
from .roles import _outside_relative
from .site import Site, WalkState
from .speech_dates import VOICED_TYPES, voiced_on

_EFFECTIVE_TYPES = ("SANCTION", "POLICY", "AGREE", "JOIN")
# acts a reaction may name as its object (the reaction's own type and talks are never its content)
_CONDEMNED_TYPES = ("MOBILIZE", "COERCE", "SANCTION", "AID", "COOPERATE")
_ONCE = re.compile(r"曾(?!任|是|为|经是)")
# a when-clause that holds the date and frames the 曾-clause after it (总统2019年3月出访太平洋时，曾先后造访…;
# 在2019年6月访日期间，曾…): the date is the act's own
_WHEN_FRAME = re.compile(r"[^，,。；;！？!?\n]{0,24}?(?:时|时候|之时|期间|之际|前夕)\s*[，,]?\s*")
_REACTS = re.compile(r"对此|就此|予以|加以")  # 菲律宾外交部对此提出抗议: a reaction to the act just told
_REACTS_OPEN = re.compile(r"\s*(?:对此|就此|对于此事|对于此举|对此事)[，,]")  # 对此，中方宣布…: the same, opening the sentence
# a wire's dateline date (新华社吉隆坡10月28日电, 中央社…30日專電): when its sentence states a date of
# its own, the dateline dates only the filing of the story
_FILED = re.compile(r"\s*(?:专电|電|电|專電)")
_AT_ONCE = re.compile(r"随即|当即|随之|当场")  # 中国大陆随即宣布…: an act right after the one told (随即 keeps its month: later_on)
# the ceremonies and sessions of a gathering (各国领导人在开幕式上签署宣言, 开幕式上，…; 在闭幕式上通过…, 在欢迎宴会上):
# an act at one of them is at the gathering just told; the opening ceremony is on its first day
CEREMONIES = r"(?:峰会|会议|论坛|博览会|大会)?(?:开幕式|闭幕式|开幕典礼|闭幕典礼|开幕仪式|闭幕仪式|全体会议|欢迎仪式|签字仪式|签约仪式|欢迎宴会|欢迎晚宴|晚宴|宴会)"
_CEREMONY = re.compile(CEREMONIES)
# a sentence (or a news paragraph) that continues the happening told before it
CONTINUES = re.compile(r"(?:(?:在|于)?" + CEREMONIES + r"|随即|随之|紧接着|同时(?=[，,])|当时(?=[，,])|会上|会谈中|会后|会谈后|会晤后|会见后|通话后|会谈结束后|会议(?!认为|指出)|峰会|会议期间|访问期间|此访|此行|此次|这次|这是|这也是|期间|同日|当天|随后|其间|在此期间|双方|两国|三方|三国|四国|各方)")


# 布林肯在记者会上宣布…, 美国在论坛表示…: the subject speaks at the gathering told before (its press
# conference, its session), on its day
# (据白宫转述，拜登在会中表达关切: the same after the source that relays it; 在会中, 在会面时 too)
AT_THE_GATHERING = re.compile(r"[\s①-⑳]*(?:据[^，。；,;：:]{1,12}?(?:转述|透露|介绍|披露|称)[，,])?[^，。；,;：:]{1,14}?"
                              r"在(?:记者会|新闻发布会|记者招待会|会上|会中|会后|会议上|会议中|论坛上?|峰会上|会谈中|会晤中|会面中"
                              r"|会谈时|会晤时|会面时|通话中|通话时|" + CEREMONIES + r")")

# 美国国务院也发表声明, 美方还宣布…: in a news item's short paragraph, a party that 'also' acts adds
# to the happening told before; in an essay's long paragraph, where it as often brings in background,
# only with the act told as done (美国还宣布了…)
_ALSO = re.compile(r"\s*(?:也|还|亦|同样)(?!就|是|有|在于|不|没|未|曾)")


# an act followed by the length of the gap it opened (断交二十多年后, 闭馆近30年后, 中断七年之后): told as the
# start of a gap up to the act of the sentence, it came long before and the sentence's date is not its own
_OPENS_A_GAP = re.compile(r"(?:了)?\s*" + GAP_QUALIFIER + r"?\s*[\d一二三四五六七八九十百几數数多余]+\s*(?:多|余)?\s*(?:个|個)?\s*"
                          r"(?:年|月)(?:之|以)?(?:后|後)")


def _at_the_opening(text: str, s: int, t0: int) -> bool:
    """The act is told at the opening ceremony of the gathering (开幕式上), on its first day."""
    m = _CEREMONY.search(text, s, t0)
    return m is not None and "开幕" in m.group(0)


# 宣布 right before the act in its clause (布林肯宣布向菲律宾提供…, 美方宣布将…)
_ANNOUNCES = re.compile(r"宣布[^，。；,;]{0,12}$")


def _announced_by_the_parties(last: frozenset | None, ev: Event, text: str, clause_start: int, t0: int) -> bool:
    """美菲30日举行“2+2”会谈。布林肯宣布向菲律宾提供…: in a news paragraph, an act between parties of its
    last dated happening (two or more of them, no other) announced is announced there, on its day."""
    parts = frozenset(p.key() for p in ev.actors + ev.recipients)
    return bool(last) and len(parts) >= 2 and parts <= last and _ANNOUNCES.search(text, max(clause_start, t0 - 14), t0) is not None


def _also_acts(text: str, mentions: list, s: int, t0: int) -> bool:
    """A party named in the sentence, right before 也/还/亦, acts again in it (not 也就是, 还有)."""
    return any(s <= m.start and m.end < t0 and _ALSO.match(text, m.end) for m in mentions)


def _answers_the_act(last: frozenset | None, ev: Event) -> bool:
    """菲律宾船只遭中国海警船水炮拦截。菲律宾外交部召见中国驻菲使节: a protest between exactly the two
    parties of the paragraph's last dated act, the target answering its doer, is about that act."""
    parts = frozenset(p.key() for p in ev.actors + ev.recipients)
    return bool(last) and len(last) == 2 and parts == last and bool(ev.actors) and bool(ev.recipients)


# recall14: an agent's relative clause on a works visited (参观一家由中澳企业合资兴建的锂加工厂, 视察由两国企业
#共同建设的港口): it describes the works the visit is about, and a date before it dates the visit (not a
# clause that opens with it, 由中方援建的工程举行开工仪式, whose works is the subject of the day told)
_BY_AGENT = re.compile(r"(?:参观|视察|考察|走访|造访|到访)[^，。；,;由]{0,6}由[^，。；,;由]{1,20}$")


def _described_works(text: str, clause_start: int, t0: int, t1: int, date_t) -> bool:
    if text[t1 : t1 + 1] != "的" or (m := _BY_AGENT.search(text, clause_start, t0)) is None:
        return False
    return date_t is None or date_t.start < m.start() + m.group(0).index("由")


def date_event(site: Site, ev: Event, walk: WalkState, reader: ModalityReader, carried: bool, plan_from: int | None) -> None:
    """Set `date`, `date_end` and `effective` of the event; record its parties on the walk when it is the paragraph's happening."""
    text, s, e, t0, t1 = site.text, site.s, site.e, site.t0, site.t1
    mentions, para_date, clause_start, clause_end, etype = site.mentions, site.para_date, site.clause_start, site.clause_end, ev.type
    decades = [t for t in site.times if _decade(t, text)]
    times = [t for t in site.times if t not in decades]  # 1980年代, 21世纪30年代末: no ISO date (null)
    filed = [t for t in times if _FILED.match(text, t.end)]
    if filed and len(filed) < len(times):
        times = [t for t in times if t not in filed]  # 新华社…10月28日电 …峰会26日开幕: the dateline dates the filing
    # the date a measure takes effect (自8月1日起生效) goes in `effective`, never in `date`
    eff = _effective_time(text, times, s, e, etype, (clause_start, clause_end)) if etype in _EFFECTIVE_TYPES else None
    if eff is not None and eff.start < clause_start and text.find("生效", eff.end, clause_start) != -1:
        times = [t for t in times if t is not eff]  # …同年10月生效，与菲律宾的同类协定则于2024年7月签署: another's entry into force
        eff = None
    if eff is not None:
        ev.effective = eff.value
    if etype in ("SANCTION", "POLICY"):
        times = [t for t in times if t is not eff and not applies_from(text, t, s)]  # (another clause's 自4日起…)
    if etype == "POLICY" and (k := imposed_from(text, clause_start, t0)) is not None:
        times = [t for t in times if not k <= t.start < t0]  # 解除2019年7月对韩国实施的…管制: the imposition's date
    elif eff is not None:
        times = [t for t in times if t is not eff]
    if ev.modality == "asserted":  # (同意今年稍后举行演习，并成立…: the exercise's date, not the founding's)
        times = [t for t in times if not plan_of_an_earlier_clause(text, t, clause_start)]
    # the date of a taking of office the act is told as following (11月就任总统后，首次出访…) is not the act's,
    # nor is a date told before it (2022年5月，…；川普2025年再度执政后退出…): the act came some time after
    office = [t for t in times if t.start >= s and took_office_then(text, t, t0)]
    if office:
        times = [t for t in times if t.start > office[-1].start]
    # a date qualifying a noun after the verb (遵守2016年7月的仲裁裁决) does not date the act, nor
    # does a date told after it in a later clause, of another act (称…为“独裁者”，毛宁次日对此…;
    # 宣布启动…，并计划于2025年…): the act then has the date the sentence before gave it, if any
    date_t = _nearest_time([t for t in times if t.start < t1 or (text[t.end : t.end + 1] != "的" and not later_clause(text, t, clause_end)
                                                                 and not of_the_object(text, t, t1, clause_end, site.word))], t0)
    if ev.modality in ("planned", "proposed", "hypothetical") and date_t is not None:
        # a plan is dated only by a date of its own (拟于2023年12月建立, 到2030年建立), never by
        # the date it was announced (2021年10月，拜登宣布将…)
        cue_at = reader.cue_at(text, clause_start, t0)
        own = [t for t in times if min(cue_at - 4, plan_from if plan_from is not None else cue_at) <= t.start < clause_end
               and not of_the_object(text, t, t1, clause_end, site.word)]  # (将暂停实施10月9日宣布的措施: the measure's date)
        own = own or [t for t in times if t.target and t.start < clause_end]  # 最早在2027年，…计划开始轮驻
        own = own or [t for t in times if s <= t.start < t0 and t.precision == "year"
                      and fronted_plan_year(text, t.start, t.end)]  # 2027年…会议将在…举行: the plan's year fronted (lead17)
        date_t = own[0] if own else None
    if ev.modality == "asserted" and (own := bracketed_after(text, times, t1, clause_end)) is not None:
        date_t = own  # 签署了自由贸易协定（2023年8月）: the date in brackets after the act is its own
    if etype in VOICED_TYPES and ev.modality == "asserted" and (said := voiced_on(
            text, times, mentions, s, clause_start, date_t, {p.key() for p in ev.actors})) is not None:
        date_t = said  # 菲律宾军方19日表示，中国海警17日登上…，菲方要求中方归还…: the demand is made on the 19th
    if (held := gathering_date(text, times, site.word, t1, clause_end)) is not None:
        date_t = held  # 将于17日离开利马，前往里约热内卢出席18日至19日举行的峰会: the summit's days
    if date_t is not None and para_date and para_date != date_t.value and para_date.startswith(date_t.value) and \
            re.match(r"\s*(?:年版|版)?\s*《", text[date_t.end : date_t.end + 4]) and date_t.start > t0 and ev.modality == "asserted":
        date_t = None  # 双方签署了2023年《…战略》: the year names the document's edition; the happening is dated above
    if date_t is not None and date_t.start < clause_start and _ONCE.search(text, clause_start, t0) and \
            len(re.sub(r"[\s，,、]", "", text[date_t.end : clause_start])) > 2 and \
            not _WHEN_FRAME.fullmatch(text, date_t.end, clause_start):  # (2010年，该国曾宣布加入: its own frame)
        date_t = None  # 同日，A与B会面，C曾就此批评A: 曾 tells an earlier, undated act
    if date_t is not None and date_t.start < t0 and _OPENS_A_GAP.match(text, t1):
        date_t = None  # 在断交二十多年后恢复外交关系: the act that opened the gap came long before, undated
    if date_t is not None and ev.modality == "negated" and never_so_far(text, clause_start, t0):
        date_t = None  # 至今没有加入: an absence up to now has no date
    condemned = condemned_from(text, clause_start, t0) if etype in _CONDEMNED_TYPES else None
    if condemned is not None and (date_t is None or date_t.start < condemned):
        date_t = None  # 发表联合声明，强烈谴责朝鲜向俄罗斯派兵: the act condemned came before, undated (condemned_acts.py)
    described = _described_works(text, clause_start, t0, t1, date_t)
    if described:
        date_t = None  # 参观一家由中澳企业合资兴建的锂加工厂: the works' building is background, not the visit's day
    # 2022年12月，日本通过新版战略。此后，日本进一步放宽出口限制: some later time, not stated
    open_end = (bool(office) and date_t is None) or open_later(text, date_t.end if date_t is not None and date_t.start < t0 else s, t0) or (
        etype in ("JOIN", "LEAVE") and joined_in_turn(text, date_t.end if date_t is not None and date_t.start < t0 else s, t0))
    if open_end:
        date_t = None
    if date_t is None and etype == "CONSULT" and not open_end and (ended := ended_visit(text, times, t0, t1, clause_start, e)):
        ev.date = ended  # 结束对新西兰的访问后，15日抵达…: ended by then, its day not stated
    if date_t is not None:
        ev.date, ev.date_end = date_t.value, date_t.value_end
        if date_t.start < clause_start and len(ev.date) == 10 and not ev.date_end and later_on(text, s, clause_start, t0):
            ev.date = ev.date[:7]  # 23日，海警使用水炮，菲方随后提出抗议: the protest's day is not stated
    elif _ONCE.search(text, clause_start, t0) or condemned is not None or described:
        pass  # an act told with 曾 is background, undated unless it states its own date
    elif ev.modality == "asserted" and para_date and not decades and not open_end and not _outside_relative(text, t0, t1, mentions) \
            and not long_standing(text, s, t0) and (carried or
            _REACTS.search(text, clause_start, t0) or _REACTS_OPEN.match(text, s, t0) or _AT_ONCE.search(text, s, t0) or later_on(text, s, s, t0) or
            any(m.how == "coreference" for m in mentions if m.start < t0) or CONTINUES.match(text[s:e].lstrip())
            or AT_THE_GATHERING.match(text, s, t0)
            or ((walk.news_paragraph or text.startswith("了", t1)) and _also_acts(text, mentions, s, t0))
            or (walk.list_item and walk.list_frame == "asserted") or counted_from_here(text, times, t1, clause_end)
            or _same_parties_done(walk.para_parties, ev.actors + ev.recipients, text, t0, t1, clause_end)
            or (walk.news_paragraph and _announced_by_the_parties(walk.para_parties, ev, text, clause_start, t0))
            or (etype == "ACCUSE" and _answers_the_act(walk.para_parties, ev))
            or (etype == "AGREE" and _at_the_meeting(walk.para_meeting, ev.actors))):
        # 双方还签署了…, 会上…, an item after ； of a list (声明宣布：发起X；建立Y), the same parties
        # again with a completed act (美日韩举行会议。美日韩宣布已激活…): a sentence that continues the
        # happening told before it takes its date; an undated background statement stays undated
        ev.date = para_date
        if len(para_date) == 10 and walk.para_span and not _at_the_opening(text, s, t0):
            ev.date = para_date[:7]  # 峰会26日至28日举行。…在闭幕式上通过…: one of its days, not the first
        if len(para_date) == 10 and (later_on(text, s, s, t0) or in_turn(text, s, t0) or earlier_on(text, s, t0)):
            ev.date = para_date[:7]  # 菲方隨後提出抗議, 对此…相继表态, 此前…已发表: on a day the text does not state (guidelines: precision as written)
    if ev.date and len(ev.date) == 10 and (
            during_a_span(text, date_t, s, t0, walk.para_span and ev.date == para_date)
            or (date_t is None and ev.date == para_date and during_after_arrival(text, s))
            or (not ev.date_end and attending_the_frame(text, site.word, t1, clause_end))
            or (not ev.date_end and visiting_the_frame(text, site.word, date_t, t0, t1, clause_end))):
        ev.date, ev.date_end = ev.date[:7], None  # 峰会期间，…宣布建立…: one of the summit's days, not said which
    if ev.date and ev.date == para_date:
        walk.para_parties = frozenset(p.key() for p in ev.actors + ev.recipients)
