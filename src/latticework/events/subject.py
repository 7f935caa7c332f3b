"""The parties around a trigger, and which of them is the subject of its clause.

Chinese drops subjects freely: a clause with no party of its own takes the subject named earlier
in the sentence, the subject carried over from the ；-item before, or the topic the sentence before
ended on. These rules choose among the linked mentions of the sentence; `assign` then splits the
subject into actors and recipients by the event's direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors.resolve import Mention
from .attributes import _ORG_KINDS, spec_direction
from .clauses import _clause_start
from .lexicon import Lexicon
from .clause_limits import beyond_the_act, describes_subject, excepted
from .not_parties import complaint_forum, leader_of_document, leaning, mission_host, quoted_likeness, set_aside, venue_city
from .roles import (
    _actorish,
    _comitative,
    _disposed,
    _first_conjunct_run,
    _host_of_meeting,
    _in_quoted_speech,
    _in_setting_phrase,
    _is_setting,
    _marked_recipient,
    _marked_run,
    _nearest_clause_group,
    _NOT_AN_AGENT_AFTER,
    _relative_agent,
    _subject_group,
    _subject_run,
    _topic_phrase,
)
from .site import Site, WalkState
from .speech_acts import topic_span
from .topics import asked_about, described_firms, in_grounds, is_channel, is_topic_or_document

_AFTER_WHOM = re.compile(r"继[^，。；]{1,12}?之?后")
_ENUMERATION = re.compile(r"(?:[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十])")
# a clause coordinated to the one before by 并/同时/会后 (…与B举行会谈，并签署…): the pair that met acts on
_ATTENDED = re.compile(r"(?:出席|参加|与会)\s*$")
_JOINED = re.compile(r"\s*(?:并且|并|同时|会后|随后|还|两人|二人)")  # (与川普会谈，两人签署…)
# (与B会谈，并共同会见C: the pair meets C together)
_TOGETHER = re.compile(r"共同|一同|一起|联合|两人|二人|双方")
# the gathering or its unnamed participants as subject (峰会通过…; 与会领导人签署…; 各成员国领导人还签署了…):
# the members of a body left unnamed stand for it (the shared guidelines)
# what may open a sentence before a clause with no subject of its own that goes on with the subject
# of the sentence before (此外，还与…; 另外，…; 同时，…)
_CONNECTIVE_OPENING = re.compile(r"\s*(?:(?:此外|另外|另一方面|与此同时|同时|此外还|除此之外|除此以外|不仅如此|随后|其后|此后|之后)[，,]?\s*)?")
# a time that opens a sentence going on with the topic of the one before (同年12月，又与日本…; 次年3月，再…)
_TIME_OPENING = (r"(?:同年|次年|翌年|当年|同月|次月|当月|同日|次日|翌日|当天|当日|(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月)?\s*"
                 r"(?:\d{1,2}\s*日)?(?:上旬|中旬|下旬|初|底|末|中)?")
_TIMED_OPENING = re.compile(r"\s*(?:" + _TIME_OPENING + r"[，,]?\s*)?(?:(?:此外|另外|同时|随后|其后|此后|之后)[，,]?\s*)?")
# a clause with no party before its reciprocal verb but an adverb that goes on and a venue
# (…外长在东京举行会谈。同年9月，又在华盛顿举行会谈): the same parties meet again
_AGAIN_AT = re.compile(r"\s*(?:[又再还也]|再次|再度|又一次)\s*(?:在[^，。；,;]{1,12}?)?\s*")

# (a connective or an adverb that goes on, not a 在与…会谈时 frame)
_GOES_ON = re.compile(r"此外|另外|另一方面|同时|除此之外|除此以外|不仅如此|随后|其后|此后|之后|[还也又并再]")
# a 在与…会谈时 frame, not a place of the act's own (又在东京与B会晤, 次日还在上海同B会谈)
_WITH_FRAME = re.compile(r"在\s*(?:与|同|跟|與)")
_MEETING_SUBJECT = re.compile(r"\s*(?:此次|本次|这次|该次)?(?:会议|峰会|会晤|会谈|会议期间|会上|会后|与会各方|与会者"
                              r"|与会(?:各国)?(?:领导人|元首|国家|各国)|各成员国(?:领导人|元首|代表)?|各国(?:领导人|元首|首脑)|各方"
                              # (type13: the members told by their number or as a whole, 15个成员国结束…谈判, 全体成员国)
                              r"|(?:\d{1,3}\s*个|[一二三四五六七八九十]{1,3}个|全体|所有)成员国?(?:领导人|元首|代表)?)")
# a visiting verb between the subject and a party of its clause: that party is a host of the trip
# a ；-item that opens with no more than a time and an adverb before its directed verb
# (；2025年3月又访问俄罗斯, ；次年再度访华): the subject carried over still acts on the party after the verb
_CARRIED_TO_TARGET = re.compile(r"[\s　]*(?:同(?=[年月日天期时])|[^，。；,;对向与同和跟的给把被将]){0,16}")  # (同年, not 同X)
_CONJUNCTION = re.compile(r"\s*(?:与|與|和|及|以及|同|、|跟)\s*")
_TRIP_BEFORE = re.compile(r"(?:出访|访问|访|抵达|前往|转往|飞往|赴)")
_PROPOSING = ("提出", "推出", "倡议", "发起")
# a clause that opens with 继 and closes with 之后/以后 (继2019年访问日本之后，…): an earlier act the main
# clause follows
# (a date, a marked party or the verb right after 继: not 继美印建立…之后, whose pair does the act)
_FOLLOWED = re.compile(r"[\s　]*继\s*(?:于|在)?\s*(?:\d|[〇一二三四五六七八九十]{2,4}年|去年|前年|今年|上月|上个月|上周|此前|早前|日前|"
                       r"对|向|与|同|跟|访|出访|签署|加入|宣布)")
_WITH_BEFORE = re.compile(r"(?:与|同|跟)\s*$")  # (继…与菲律宾签署…之后: a partner, no subject)
_FOLLOWED_END = re.compile(r"(?:之后|以后|后)[\s　]*$")
# a clause that opens with 自/从 and a date and closes with 以来 (自1992年建交以来，中韩关系…): a
# background act whose parties are the main clause's subject
_SINCE = re.compile(r"[\s　]*(?:自从|自|从)\s*(?:\d|[〇一二三四五六七八九十]{2,4}年|上世纪|去年|前年)")
_SINCE_END = re.compile(r"以来[\s　]*$")
# clauses that hold only a time (2022年4月，; 同年，): between a 继…后 frame and its main clause's subject
_TIME_ONLY = re.compile(r"(?:[\s　]*(?:\d{4}年|同年|次年|翌年|当年|今年|去年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底|中旬|上旬|下旬)?[\s　]*[，,])+")
# what joins the parties of one 与-list (与马来西亚总理、柬埔寨首相): a title, then 、/和/及/以及
_LISTED_AFTER = re.compile(r"(?:[^，。；,;、与同跟和及对向]{0,8}?(?:主任|部长|外长|总统|总理|首相|主席|国务卿|特使|大使|秘书长|顾问|"
                           r"委员|防长|司令|议长|国王|元首|领导人|政府))?[\s　]*(?:、|和|及|以及)[\s　]*")


@dataclass
class Groups:
    """The sentence's mentions sorted by where they stand around the trigger."""

    context: list[Mention]  # settings: the place, the host of a meeting, a venue city
    usable: list[Mention]  # mentions that may be parties
    parts_before: list[Mention]  # usable, before the trigger (not in quoted speech or a 就-topic)
    parts_after: list[Mention]  # usable, after the trigger in its clause
    inside: list[Mention]  # inside the trigger word (访美)
    in_clause_before: list[Mention]  # parts_before within the trigger's clause
    jiu: tuple[int, int] | None  # the 就-phrase before the trigger, if any


# a 与-partner, its title allowed between (与国家主席习近平通电话后，再与…: 习近平 was the partner before)
# what two parties joined by 与 are said to share (A与B同为英联邦国家, 均为东盟成员, 都是美国的盟友)
_SHARED_IDENTITY = re.compile(r"\s*(?:同为|均为|都是|皆为|同是|均是|都为|同属|均属|都属于|同样是|都同为)")
_PARTNER_BEFORE = re.compile(r"(?:与|同|跟)(?:[^，。；、与同和跟]{0,12}?(?:主任|部长|外长|总统|总理|首相|主席|国务卿|特使|大使|秘书长|顾问|委员长|委员|总书记|防长|司令|议长|国王|元首|领导人))?$")
# 签署的安全合作协议 / 发表的《…》: the head noun of a relative clause on the trigger (up to a main verb)
_RELATIVE_HEAD = re.compile(r"的[^，。；,;、与和及同跟向对]{0,24}?(?:协议|协定|条约|声明|宣言|公报|文件|备忘录|框架|计划|方案|机制|》|”|」)")
# a state qualifying a threat named as what a cooperation is about: 朝鲜导弹, 北韩飞弹, 中国威胁
_THREAT_OF = re.compile(r"(?:的)?(?:导弹|飞弹|弹道|核武|核威胁|核问题|威胁|挑衅)")


def mention_facts(text: str, s: int, mentions: list[Mention]) -> list[tuple[bool, bool]]:
    """What the sentence [s, …) tells of each of its mentions whatever the trigger: (a setting, not
    a party: the host of a meeting, a venue's city, a mission's host, a complaint's forum, a leaning;
    no party at all: not actor-like, a document's author or a discussed topic, inside 以…为由).
    Computed once a sentence, however many triggers it holds (the walk keeps it)."""
    return [(_host_of_meeting(text, m, mentions) or venue_city(text, m, mentions) or mission_host(text, m, mentions)
             or complaint_forum(text, m) or leaning(text, m) or set_aside(text, m),
             not _actorish(m) or is_topic_or_document(text, m) or in_grounds(text, m.start, m.end, s)
             or described_firms(text, m.start, m.end, s, mentions)) for m in mentions]


def mention_groups(site: Site, lex: Lexicon, etype: str, facts: list[tuple[bool, bool]] | None = None) -> Groups:
    """Sort the sentence's mentions around the trigger (`facts`: `mention_facts` of its sentence, if known)."""
    text, s, e, t0, t1 = site.text, site.s, site.e, site.t0, site.t1
    mentions, directed, clause_start, clause_end = site.mentions, site.directed, site.clause_start, site.clause_end
    if facts is None:
        facts = mention_facts(text, s, mentions)
    context = [m for m, (setting, _) in zip(mentions, facts) if setting or _is_setting(text, m, e, t0)
               or _in_setting_phrase(text, m, clause_start, t0) or leader_of_document(text, m, etype)]
    usable = [m for m, (_, no_party) in zip(mentions, facts) if not no_party and m not in context
              and not is_channel(text, m, clause_start)]
    # parties named inside a quoted statement (宣称“日本和乌克兰有着…”) are not parties of a verb outside it
    parts_before = [m for m in usable if m.end <= t0 and not _in_quoted_speech(text, m, t0, s) and not _AFTER_WHOM.match(text, max(s, m.start - 1))
                    and not asked_about(text, m, t0)]  # (林剑被问及普京访朝时: the speaker is no visitor)
    jiu = _topic_phrase(text, clause_start, t0)
    if jiu is not None and t0 < jiu[1]:
        # 毛宁就美国对台军售表示不满: the sale inside the 就-phrase is the US's, not the speaker's
        parts_before = [m for m in parts_before if m.start > jiu[0]]
    usable = [m for m in usable if not excepted(text, m, t0)]  # 除缅甸外的九个东盟成员国
    parts_after = [m for m in usable if t1 <= m.start < clause_end and not beyond_the_act(text, t0, t1, m)
                   and not quoted_likeness(text, m, t1, clause_end) and not (
        etype in ("ESTABLISH", "AGREE", "COOPERATE") and _THREAT_OF.match(text, m.end))]
    # (启动北韩飞弹预警资料共享机制: the state whose missiles are watched is what the mechanism is about)
    inside = [m for m in usable if t0 <= m.start and m.end <= t1]  # 访美: the host inside the trigger
    in_clause_before = [m for m in parts_before if m.start >= clause_start]
    if parts_before and (described := [m for m in parts_before if describes_subject(text, m, mentions, s, t0)]):
        # 与台湾维持邦交多年的瑙鲁宣布与台湾断交，并与中国复交: the partner in the description of the subject
        # is none of its acts (lead12)
        in_clause_before = [m for m in in_clause_before if m not in described]
        parts_before = [m for m in parts_before if m not in described]
    if in_clause_before and (head := _RELATIVE_HEAD.match(text, t1)) is not None:
        # 中国与所罗门群岛签署的安全协议引发澳美关注: the parties after the head noun belong to the
        # main verb, not to the act of the relative clause
        parts_after = [m for m in parts_after if m.start < head.end()]
    if spec_direction(lex, etype) == "reciprocal" and not directed and (k := text.rfind("就", clause_start, t0)) != -1 \
            and any(m.end <= k for m in in_clause_before):
        # 美日荷三方就限制向中国出口…达成协议: what the talks are about (就…) names no party
        topic = [m for m in in_clause_before if m.start > k]
        in_clause_before = [m for m in in_clause_before if m not in topic]
        parts_before = [m for m in parts_before if m not in topic]
    elif (span := topic_span(text, clause_start, t0)) is not None:
        # 就裴洛西可能访台一事警告: the parties of the topic a directed act is about are not its doers
        parts_before = [m for m in parts_before if not span[0] <= m.start < span[1]]
        in_clause_before = [m for m in in_clause_before if not span[0] <= m.start < span[1]]
    return Groups(context, usable, parts_before, parts_after, inside, in_clause_before, jiu)


def choose_subject(site: Site, g: Groups, walk: WalkState, lex: Lexicon, etype: str) -> tuple[list[Mention], bool]:
    """The subject of the trigger's clause, and whether it was carried over from the ；-item before.

    Records the subject on the walk (for the clauses and ；-items after).
    """
    text, s, e, t0, t1, word = site.text, site.s, site.e, site.t0, site.t1, site.word
    directed, clause_start = site.directed, site.clause_start
    parts_before, parts_after, in_clause_before = g.parts_before, g.parts_after, g.in_clause_before
    # a clause with no party of its own: a party in subject position earlier in the sentence, else
    # the subject carried over from the ；-item before (致力于…破坏联合国…的企图，坚决反对…), else the
    # parties of the nearest earlier clause
    # (a party marked as the target in its own clause, 将X列入…/对X…, is no subject of a later one)
    if in_clause_before and (directed or spec_direction(lex, etype) == "directed"):
        # 日韩关系的转圜始于尹锡悦访问东京: a pair's relations open the clause as its topic; the party
        # named after them does the directed act
        topic = _subject_run(text, in_clause_before)
        # (美越关系在美国总统拜登…访问河内时: the run ends at the relations noun, not at the next title)
        cut = next((i for i, m in enumerate(topic) if _NOT_AN_AGENT_AFTER.match(text[m.end : m.end + 2])), None)
        topic = topic if cut is None else topic[: cut + 1]
        rest = [m for m in in_clause_before if m not in topic]
        if rest and len(topic) > 1 and _NOT_AN_AGENT_AFTER.match(text[topic[-1].end : topic[-1].end + 2]):
            in_clause_before = rest
    unmarked = [m for m in parts_before if not (_marked_recipient(text, m) or _disposed(text, m, _clause_start(text, m.start, s)))]
    subject = in_clause_before or _subject_group(text, unmarked, s, strict=True,
                                                 directed=directed or spec_direction(lex, etype) == "directed",
                                                 joined=bool(_JOINED.match(text, clause_start)), visits=etype == "AGREE") or (
        walk.carry if walk.carry and (not parts_after or _CARRIED_TO_TARGET.fullmatch(text, clause_start, t0)
                                      and (directed or spec_direction(lex, etype) == "directed"))
        else _nearest_clause_group(text, unmarked, s))
    carried = bool(subject) and subject is walk.carry
    is_directed = directed or spec_direction(lex, etype) == "directed"
    run = _marked_run(text, in_clause_before)
    if is_directed and in_clause_before and all(m in run or _disposed(text, m, clause_start) for m in in_clause_before):
        # 商务部表示不满，并宣布对美国X公司实施反制裁, …，宣布将三家美国企业列入清单: the clause names only
        # the target; the subject is the party in subject position earlier in the sentence
        earlier = [m for m in parts_before if m.end <= clause_start]
        subject = (_subject_group(text, earlier, s, strict=True, directed=True) or []) + in_clause_before
    if not in_clause_before and walk.topic and (directed or spec_direction(lex, etype) != "reciprocal") and \
            _ENUMERATION.match(text[s:e].lstrip()) and not any(m.start < t0 and not _marked_recipient(text, m) for m in parts_before):
        # 一是…，对中国…采取限制措施，出台…出口管制新规: an enumerated point with no party of its own
        # continues the topic, and the party marked by 对/向 in it is the recipient
        subject = walk.topic + [m for m in parts_before if _marked_recipient(text, m)]
    if in_clause_before and _comitative(text, in_clause_before[0], clause_start):
        # A访问越南，与B举行会谈: B is the partner, A (named in the clause before) the subject
        earlier = [m for m in parts_before if m.end <= clause_start]
        group = _past_partners(text, _nearest_clause_group(text, earlier, s), earlier, s)
        if not earlier and walk.carry:
            # …：19日同金正恩签署条约；20日同苏林会谈: a ；-item with only its 同-partner goes on with the
            # subject of the item before (lead19)
            partners = {x.country or x.id for x in in_clause_before}
            group = [m for m in walk.carry if (m.country or m.id) not in partners
                     and not _PARTNER_BEFORE.search(text, max(0, m.start - 16), m.start)]  # (nor the item's own partner)
        if not earlier and walk.topic and _TIMED_OPENING.fullmatch(text, s, clause_start) and _GOES_ON.search(
                text[s : in_clause_before[0].start]) and not _WITH_FRAME.search(text, clause_start, in_clause_before[0].start):
            # 日本宣布向菲律宾提供雷达。此外，还将与菲方举行联合训练: a sentence that opens with a connective
            # and a 与-partner goes on with the subject of the sentence before
            group = [m for m in walk.topic if (m.country or m.id) not in {x.country or x.id for x in in_clause_before}]
        if group and all(_marked_recipient(text, m) for m in group):
            # A抵达首尔，开始对韩国进行访问，30日同B举行会谈: the host the clause before visits is no subject
            group = _subject_group(text, earlier, s, strict=True) or group
        if subj_run := _subject_group(text, earlier, s, strict=True):
            # (拉夫罗夫出席东亚峰会外长会，并与王毅会晤: the body that clause attends is no subject)
            group = [m for m in group if m in subj_run or m.kind not in _ORG_KINDS]
            # (出访新西兰和澳洲，与新西兰总理会谈: the hosts a trip visits are no subject)
            group = [m for m in group if m in subj_run or not _TRIP_BEFORE.search(text, subj_run[-1].end, m.start)]
            # (普京访问朝鲜和越南：19日同金正恩签署…；20日同苏林会谈: the walk back reached the hosts of the trip,
            # none of them a subject; the traveller is, lead19)
            group = group or subj_run
        partners = [m for m in group[1:] if _PARTNER_BEFORE.search(text, max(0, m.start - 16), m.start)
                    and not _SHARED_IDENTITY.match(text, m.end) and not _SHARED_IDENTITY.match(text, clause_start)]
        # (澳大利亚与新西兰同为…，又与美国…; A与B是…，同为…而与C…: a 与 before a shared identity joins two
        # subjects, no partner)
        # A与B断交，并与C建交: B was the partner before, not a subject; but in A与B相继与C断交，转与D建交
        # only the last 与-party (C) was the partner, B is coordinated with A; a list after that 与
        # (A分别与B、C签署…，并与D、E达成…) is all partners
        partners = _partner_list(text, group, partners[-1]) if partners else []
        group = [m for m in group if m not in partners]
        if subj_run:
            # 日本拒绝了韩方的提议，并与美国会谈: a party the clause before acts on is no subject,
            # while 所罗门群岛与基里巴斯先后与台湾断交，并与中国建交 keeps both coordinated subjects
            group = _with_conjuncts(text, group, subj_run)
        subject = group + subject
    if (_FOLLOWED.match(text, clause_start) and _FOLLOWED_END.search(text, t1, site.clause_end)
            or _SINCE.match(text, clause_start) and _SINCE_END.search(text, t1, site.clause_end)) and all(
            _marked_recipient(text, m) or _WITH_BEFORE.search(text, clause_start, m.start) for m in subject):
        # 继2019年6月访问日本之后，莫迪2023年5月再次访问日本 (继…对伊朗实施制裁以后, 继…与菲律宾签署…之后): the
        # earlier act of a 继…之后 frame with no subject of its own is the act of the main clause's subject,
        # a background event of its own
        subject = _main_clause_subject(text, site.clause_end, e, g.usable) + subject
    if subject:
        # (增加对乌克兰的支持；…: the party marked by 对/向 is no subject for the items after)
        walk.last_subject = [m for m in subject if not _marked_recipient(text, m)] or subject
    elif walk.carry and not [m for m in parts_after if not (etype == "ESTABLISH" and m.kind in _ORG_KINDS)]:
        # (发起“X工作组”: the body founded after the verb is no party and does not stop the carry)
        subject = walk.carry
    elif walk.topic and (directed or spec_direction(lex, etype) != "reciprocal") and not text[clause_start:t0].strip(" ，,"):
        subject = walk.topic  # 实施制裁: a clause with no subject of its own continues the topic
    elif walk.topic and _MEETING_SUBJECT.match(text, clause_start):
        subject = walk.topic  # 会议发表联合公报, 峰会通过宣言: the meeting's parties adopt it
    elif len(walk.topic) > 1 and not is_directed and _TIMED_OPENING.fullmatch(text, s, clause_start) and \
            _AGAIN_AT.fullmatch(text, clause_start, t0):
        # 同年9月，又在华盛顿举行会谈; 次年又签署…协定: a sentence with no party of its own that acts
        # together again goes on with the parties of the sentence before (a new session of theirs:
        # session_body.py)
        subject = walk.topic
    if text[t1 : t1 + 1] == "的" and (agent := _relative_agent(text, t0, in_clause_before)):
        subject = agent  # 三方欢迎韩国宣布的《…》: the agent of the relative clause acts
    if word in ("承认", "转而承认", "改为承认") and len(subject) > 1 and not in_clause_before:
        # 尼加拉瓜与台湾断交，转而承认中华人民共和国: the partner of the ties cut before recognises no one (lead19)
        subject = [m for m in subject if not _PARTNER_BEFORE.search(text, max(0, m.start - 16), m.start)] or subject
    if word in _PROPOSING and len(subject) > 1 and not in_clause_before:
        subject = _first_conjunct_run(text, subject)  # 拜登政府…，提出“X”: the proposer, not the parties around it

    if etype == "CONSULT" and not is_directed and len(subject) > 1 and _JOINED.match(text, clause_start) and \
            not _TOGETHER.search(text, clause_start, t0) and (
            new := [m for m in parts_after if m.kind != "place" and all((m.country or m.id) != (x.country or x.id) for x in subject)]):
        # A与B举行会谈，并会见了C / 还会见了C: a meeting with a partner of its own; B, the partner of the
        # talks before, is no party of it (A and C meet)
        subject = [m for m in subject if not _PARTNER_BEFORE.search(text, max(0, m.start - 16), m.start)] or subject
    if etype == "CONSULT" and subject:
        # 出席亚太经合组织…会议并对秘鲁进行国事访问: the body attended is no visitor; 出席东亚峰会并会见
        # 美国副总统, 出席…会议並與印尼總統會談: nor a party of the meeting told after 并 (lead12)
        kept = [m for m in subject if not (
            m.kind in _ORG_KINDS and _ATTENDED.search(text, max(s, m.start - 3), m.start)
            and (is_directed or re.search(r"[并並]", text[m.end : t0])))]
        if not kept and not is_directed:
            # (习近平抵达利马，出席…会议并会见拜登: the attendee named in the clause before meets)
            kept = _subject_group(text, [m for m in parts_before if m.end <= clause_start], s, strict=True)
        subject = kept or subject
    return subject, carried


def _with_conjuncts(text: str, group: list[Mention], run: list[Mention]) -> list[Mention]:
    """The members of `group` in the subject run, and the states joined to a kept one by a bare
    conjunction (A与B先后…: B is a subject too, where the strict run stops at the 与)."""
    kept: list[Mention] = []
    for m in group:
        if m in run or (kept and m.kind not in _ORG_KINDS and _CONJUNCTION.fullmatch(text, kept[-1].end, m.start)):
            kept.append(m)
    return kept


def _partner_list(text: str, group: list[Mention], first: Mention) -> list[Mention]:
    """The 与-partner `first` and the parties listed right after it (与马来西亚、柬埔寨, 与泰国和越南
    两国, 与美英): a list joined by 、/和/及 or a compound of abbreviations, a title allowed after each name."""
    out = [first]
    for m in group[group.index(first) + 1:]:
        glued = m.start == out[-1].end and m.end - m.start == 1 == out[-1].end - out[-1].start  # (与美英: a compound)
        if not (glued or _LISTED_AFTER.fullmatch(text, out[-1].end, m.start)):
            break
        out.append(m)
    return out


def _past_partners(text: str, group: list[Mention], earlier: list[Mention], floor: int) -> list[Mention]:
    """A抵达X，与B会谈，并与C签署…: the clause before is comitative too, so its party B is a partner;
    the subject is in the clause before it (A), however many 与-clauses stand between."""
    seen = group
    while seen and _comitative(text, seen[0], start := _clause_start(text, seen[0].start, floor)):
        earlier = [m for m in earlier if m.end <= start]
        seen = _nearest_clause_group(text, earlier, floor)
    return seen or group


def _main_clause_subject(text: str, frame_end: int, e: int, usable: list[Mention]) -> list[Mention]:
    """The parties in subject position of the clause after a 继…之后 frame (none when it has none)."""
    after = [m for m in usable if frame_end < m.start < e]
    if not after:
        return []
    cs = _clause_start(text, after[0].start, frame_end)
    if cs != frame_end + 1 and not _TIME_ONLY.fullmatch(text, frame_end + 1, cs):
        return []  # (the first party after the frame stands in a later clause; 继…后，2022年4月，日本…: a date between)
    group = _subject_group(text, [m for m in after if _clause_start(text, m.start, frame_end) == cs], cs, strict=True)
    # (…，日本与菲律宾举行…: the partner of the main act did not do the earlier one)
    cut = next((i for i, m in enumerate(group) if i and text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")), None)
    return group if cut is None else group[:cut]
