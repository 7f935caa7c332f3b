"""Actors and recipients from the subject and the parties after the trigger.

Directed events (A sanctions B, A visits B) split the parties: a party marked by 对/向/为 or
disposed by 将 is the recipient, the subject's other parties act, the parties after the verb
receive. Reciprocal events (talks, joint statements) list every party as an actor. Each rule for
a construction that moves a party between the two sides names it in a comment.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .announcers import announced_joiners, stance_holders_out
from .attributes import _ORG_KINDS
from .checks import _DRILL
from .deploy_site import bases_opened, detected_forces, invested_in
from .lexicon import Lexicon
from .not_parties import (
    attended_session,
    condemned_act_target,
    inviter_or_uninvited,
    objects_of_meeting,
    reacted_act_parties,
    supporters,
    within_attended,
)
from .invitations import _invited_roles
from .purchases import seller_first
from .reproach import also_charged
from .roles import (
    _NOT_AN_AGENT_AFTER,
    _actorish,
    _disposed,
    _join_roles,
    _marked_recipient,
    _marked_run,
    _nearest_clause_group,
    _participants,
    _passive,
    _received,
    _session_of,
    _subject_group,
    summoned_envoy,
)
from .short_parties import _abbreviated_recipient, _abbreviated_subject, _visited_place
from .site import Site, WalkState
from .speech_acts import (
    object_not_doer,
    posted_to_targets,
    speaker_accuses,
    speech_intro_start,
)
from .subject import Groups
from .tariff_relief import granted_preference, in_the_measure, preference_beneficiaries, relieved_states, tariff_relief
from .trigger_types import _MEETING_END

_ANNOUNCED_BEFORE = re.compile(r"(?:宣布|表示|称|宣称|声称|指出|决定|同意|强调|透露|证实)\s*[，,：:]\s*$")
_ADVERB_LEAD = re.compile(r"^(?:特别是|尤其是|并|还|也|又|再|继续|进一步|随后|同时|此外|另外|更|甚至|已|已经|首次|正式|先后|分别|相继|将|曾)*$")
_GIVE_AFTER = re.compile(r"[^，。；]{0,16}?(?:提供|给予|援助|捐赠|交付|移交)")
# 为乌克兰, 为日本—东盟…计划: a 为-phrase names the receiver, or a programme whose name opens with its
# parties; a determiner may stand before that name (为一项新的美国—东盟…倡议, 为该中国—东盟…中心, 为两个…项目)
_FOR_BEFORE = re.compile(r"为(?:(?:一|两|几|多)(?:项|个|笔|批)|该|此|这一?|上述)?(?:新的|新设立的|新设的|新成立的|新启动的|新)?"
                         r"[^，。；为与和]{0,4}$")
_INVITE_OR_FOUND = ("邀请", "创始成员", "创始成员国", "创始国")
_PASSIVE_TYPES = ("ACCUSE", "SANCTION", "COERCE", "THREATEN")
_MET_BEFORE = re.compile(r"通话|通电话|会谈|会晤|会见|见面|会面|磋商|举行")


# type13: a trade status given up (不再寻求特殊和差别待遇, 放弃发展中国家地位): a state's own policy
_STATUS_GIVEN_UP = ("不再寻求", "不再要求", "不再享受", "放弃")
# lead17 (rewrite set 'wording'): a visit told with its host after 在 (结束在新西兰的访问后, 在越南访问期间): the state
# the visit is in hosts it, as 对新西兰的访问 says
_VISIT_AT = re.compile(r"(?:的|进行|展开|开始)?(?:国事|正式|工作|友好)?访问")


# imports of a state's goods resumed (event_triggers.yaml POLICY: 恢复进口/恢复输入)
_IMPORTS_RESUMED = ("恢复进口", "恢复输入")

def assign_roles(site: Site, g: Groups, subject: list[Mention], etype: str, walk: WalkState, lex: Lexicon,
                 gz: Gazetteer) -> tuple[str, list[Mention], list[Mention]]:
    """The event type (a document adopted by several parties is AGREE, not POLICY), actors, recipients."""
    text, s, e, t0, t1, word = site.text, site.s, site.e, site.t0, site.t1, site.word
    mentions, directed, clause_start, clause_end = site.mentions, site.directed, site.clause_start, site.clause_end
    parts_before, parts_after, in_clause_before, inside, context = g.parts_before, g.parts_after, g.in_clause_before, g.inside, g.context
    if etype == "POLICY" and tariff_relief(text, clause_start, t0, t1, word) and subject:
        # 美方将南韩汽车关税降至15%: the cutter acts; the states whose goods it names are the recipients
        # (…与印尼达成协议，将对印尼商品的关税降至19%: a clause that names only the goods' state after
        # 将/把/对 is cut by the subject of the clause before)
        actors = [m for m in subject if not in_the_measure(text, clause_start, m)][:1] or [
            m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s, strict=True)][:1] or subject[:1]
        return etype, actors, relieved_states(text, clause_start, t0, t1, mentions, actors, STATE_KINDS)
    if etype == "POLICY" and word in _STATUS_GIVEN_UP and (own := [m for m in subject if m.kind in STATE_KINDS][:1]):
        # 中国在世贸组织谈判中不再寻求…待遇: the state gives up its own status; the forum is no party
        return etype, own, []
    if etype == "POLICY" and word in _IMPORTS_RESUMED and subject:
        # 中方宣布恢复进口部分日本水产品: the importer acts; the state whose goods come back receives (lead19)
        own = {m.country or m.id for m in subject}
        goods = [m for m in mentions if t1 <= m.start < clause_end and m.kind in STATE_KINDS and m.country not in own][:1]
        return etype, subject[:1], goods
    if etype == "POLICY" and granted_preference(text, t1, word) and subject:
        # 中国给予老挝…零关税待遇: the granter acts, the states it grants to are the recipients
        actors = [m for m in subject if text[max(0, m.start - 1) : m.start] != "对"][:1] or subject[:1]
        return etype, actors, preference_beneficiaries(text, clause_start, t0, t1, mentions, actors, STATE_KINDS)
    if etype == "POLICY" and not directed and (len(_participants([m for m in subject if not _marked_recipient(text, m)], gz)) > 1
                                               or any(m.kind in _ORG_KINDS and not _marked_recipient(text, m) for m in subject[-1:])):
        # a document adopted by several parties, or by an organisation, is agreed, not unilateral (a party
        # marked by 对/向 is what a measure aims at: 对中国…采取限制，出台《芯片与科学法案》 stays POLICY; a body
        # marked so is where it is lodged: 向联合国大陆架界限委员会提交划界案 stays the filer's POLICY)
        etype = "AGREE"
    if lex.types[etype].direction == "unilateral" and not directed:  # (a measure undone is directed: lifted.py)
        own = [m for m in subject if not _marked_recipient(text, m)] or subject  # (not the 对-party a measure aims at)
        actors, recipients = own[-1:] if own else [], []
    elif directed or lex.types[etype].direction == "directed":
        # X对Y进行访问 / X向Y提供援助: a party marked by 对/向/赴 before the verb is its recipient
        marked = [m for m in subject if _marked_recipient(text, m) or etype == "ACCUSE" and summoned_envoy(text, m) or etype in ("SANCTION", "POLICY") and _disposed(text, m, clause_start) or (
            etype == "AID" and _FOR_BEFORE.search(text, max(clause_start, m.start - 14), m.start) and _GIVE_AFTER.match(text, m.end))]
        # 为乌克兰提供援助, 为科伦坡港…项目提供贷款: the party a 为-phrase names receives what is given
        marked += [m for m in _marked_run(text, subject, marked) if m not in marked]
        actors = [m for m in subject if m not in marked]
        if marked and not actors and walk.carry and not any(m.start < marked[0].start for m in in_clause_before if m not in marked):
            # 北京宣布加征关税；商务部同日将11家美国企业列入清单: a ；-item whose own subject the linker
            # left unnamed continues the subject of the item before
            actors = [m for m in walk.carry if m not in marked]
        if marked and not actors and clause_start > s and _ANNOUNCED_BEFORE.search(text, max(s, clause_start - 8), clause_start):
            # 美国商务部宣布，将140家中国企业列入实体清单: the announcer of the clause before acts
            actors = [m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s) if m not in marked]
        lead = text[clause_start : marked[0].start - 1] if marked else ""
        if etype == "AID" and marked and _FOR_BEFORE.search(text, max(clause_start, marked[0].start - 14), marked[0].start):
            lead = _FOR_BEFORE.sub("", text[clause_start : marked[0].start])  # 并为一项新的美国—东盟…倡议提供: 并
        if marked and not actors and walk.topic and all(m.start >= clause_start for m in marked) and \
                lead.strip(" ，,") in ("", "随后", "此后", "同时", "并", "还", "也", "此外", "另外"):
            actors = [m for m in walk.topic if m not in marked]  # 随后，对中国实施出口管制: the topic acts
        if marked and not actors and _ADVERB_LEAD.match(lead.strip(" ，,")):
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
        if etype == "CONSULT" and directed and not recipients:
            recipients = [m for m in mentions if clause_start <= m.start and m.end <= t0 and m.kind in STATE_KINDS and m not in actors
                          and text[max(0, m.start - 1) : m.start] == "在" and (v := _VISIT_AT.match(text, m.end)) and v.end() >= t1][:1]
        if not recipients and not marked:
            recipients = _abbreviated_recipient(text, clause_start, t0, mentions, gz)  # 向乌提供: 乌 as named nearby
        if not actors and recipients and directed:
            # 此外，俄对日本采取的反制措施: a one-character abbreviation opening the clause before 对/向 acts
            actors = _abbreviated_subject(text, clause_start, t0, mentions, gz)
        if etype == "ACCUSE" and word in ("呼吁", "敦促", "要求"):
            recipients = [m for m in recipients if t1 <= m.start <= t1 + 1][:1] or recipients[:1]  # 呼吁朝鲜遵守…决议
        if etype == "JOIN":
            invited = _invited_roles(text, word, t0, t1, s, e, mentions) if word in _INVITE_OR_FOUND else None
            if invited is not None:
                actors, recipients = invited
            else:
                actors, recipients = _join_roles(text, word, t0, subject, parts_after, actors, recipients)
                actors = [m for m in actors if m not in supporters(text, actors)] or actors  # 我国支持蒙古国申请加入
            actors = announced_joiners(text, t0, actors)  # 巴西宣布印度尼西亚正式成为金砖国家成员国
            if not recipients:  # 英国与CPTPP成员国完成加入谈判: the body negotiated with
                recipients = [m for m in mentions if clause_start <= m.start < t0 and (m.kind in _ORG_KINDS or m.kind == "agreement")
                              and text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")][:1]
            if not recipients:  # 加入蓝点网络指导委员会, 成为…倡议的参与方: an initiative joined (or the board running it)
                recipients = [m for m in mentions if t1 <= m.start < clause_end and m.kind == "initiative"][:1]
        elif etype == "AID" and (got := _received(text, clause_start, t0, parts_before)) is not None:
            actors, recipients = got  # 越南获得日本提供的贷款, 柬埔寨接受中国援助的巡逻艇: the giver gives to the receiver
        elif etype in _PASSIVE_TYPES and (pas := _passive(text, clause_start, t0, t1, clause_end, parts_before,
                                                                       [m for m in mentions if _actorish(m) and m.end <= t0])) is not None:
            # 遭到X反对, 被X制裁, 在X反对下: X acts on the subject
            agents, patients = pas
            patients = patients or [m for m in _subject_group(text, [m for m in parts_before if m.end <= clause_start], s)
                                    if m not in agents]
            actors, recipients = agents, patients + [m for m in recipients if m not in agents and m not in patients]
    else:
        after_parts = [m for m in parts_after if (m.kind in STATE_KINDS or m.how in ("compound", "coreference") or (
                           etype == "CONSULT" and m.kind == "person" and m.country is not None))  # 会见安倍晋三: the guest
                       and not _NOT_AN_AGENT_AFTER.match(text[m.end : m.end + 2])]  # 斡旋柬埔寨问题的谈判: a topic
        if etype == "CONSULT":
            # 举行“四边安全对话”外长会议, 举行第55次“安全磋商会议”: the body whose session it is
            after_parts += [m for m in parts_after if m.kind in _ORG_KINDS and (_session_of(text, m, clause_end) or (
                word in ("出席", "参加") and (_MEETING_END.search(simplify(m.text)) or attended_session(text, m, clause_end))))]
            # (出席联合国大会, 出席亚太经合组织第三十一次领导人非正式会议: the body that meets)
        if etype == "CONSULT" and word in ("出席", "参加"):
            after_parts = within_attended(text, t1, clause_end, after_parts)  # 出席…会议期间同拜登会晤
        if etype == "CONSULT":  # 决定不邀请敏昂莱出席峰会: no attendee
            subject = [m for m in subject if not inviter_or_uninvited(text, m, clause_start)]
        if etype == "CONSULT" and word in lex.frame_nouns.get("CONSULT", ()):
            acted_on = objects_of_meeting(text, t1, after_parts)  # 峰会邀请芬兰和瑞典加入北约: the invitees
            after_parts = [m for m in after_parts if m not in acted_on]
        actors, recipients = subject + after_parts, []
        if etype == "COOPERATE" and _DRILL.search(text[t0 : min(clause_end, t1 + 12)]):
            # 东部战区对台湾举行联合演习, 针对台湾的军演: a party the drill is aimed at is no partner
            against = [m for m in actors if text[max(0, m.start - 2) : m.start] == "针对" or text[max(0, m.start - 1) : m.start] == "对"]
            if against and [m for m in actors if m not in against]:
                actors, recipients = [m for m in actors if m not in against], against
    if etype == "MOBILIZE":
        actors, recipients = bases_opened(word, actors, recipients)  # 向美军开放基地: the US deploys
        actors, recipients = detected_forces(word, t1, clause_end, mentions, actors, recipients)  # 侦获共机
    if etype == "AID" and not recipients:
        recipients = invested_in(text, word, clause_start, t0, context)  # 在越南投资: Vietnam receives
    if etype == "AID":
        actors, recipients = seller_first(text, word, actors, recipients)  # 从美国购买核潜艇: the seller gives
    if etype in ("ACCUSE", "SANCTION", "THREATEN"):
        actors, recipients = posted_to_targets(text, actors, recipients)  # 召回驻美、驻澳大使以示抗议, 驱逐驻X外交官
    if etype in ("ACCUSE", "THREATEN") and len(actors) >= 2 and not recipients:
        # 习近平与拜登通电话，就…警告: the partner of the call is who is warned, not a second speaker
        partners = [m for m in actors[1:] if text[max(0, m.start - 1) : m.start] in ("与", "同", "跟")
                    and (m.start < clause_start or _MET_BEFORE.search(text, m.end, t0))]
        # (美国与澳大利亚随即表示严重关切: with no meeting between them and the verb, 与 joins two speakers)
        if partners and len(partners) < len(actors):
            actors, recipients = [m for m in actors if m not in partners], partners
    if etype in ("ACCUSE", "THREATEN"):
        actors, named = object_not_doer(text, t1, actors, parts_after)  # 与拜登通电话，…警告美方
        recipients = named + [m for m in recipients if m not in named]
    if etype == "ACCUSE":
        recipients = condemned_act_target(text, t1, recipients)  # 谴责朝鲜向俄罗斯派兵: not Russia
        if acted := reacted_act_parties(text, clause_start, t0, mentions):
            # 对北韩派兵协助俄罗斯表达关切: Russia, inside the act reacted to, neither speaks nor is aimed at
            actors = [m for m in actors if m.start not in acted] or actors
            recipients = [m for m in recipients if m.start not in acted]
        if recipients:  # …，并指俄方在乌克兰使用这些导弹: charged too
            recipients += [m for m in also_charged(text, clause_end, e, mentions) if m not in recipients + actors]
    if etype == "ACCUSE" and (k := speech_intro_start(text, s, clause_start)) is not None:
        speakers = [m for m in parts_before if k <= m.start and m.end <= clause_start]
        if speakers:  # 中国商务部回应，美方升级关税是“错上加错”: the speaker accuses the content's subject
            actors, recipients = speaker_accuses(speakers, actors, recipients)
    if etype not in ("ACCUSE", "THREATEN"):
        actors = stance_holders_out(text, t0, actors)  # 中方谴责美国众议院议长会见蔡英文: not China

    return etype, actors, recipients
