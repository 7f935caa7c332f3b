"""From mentions to the event's parties, and the repairs of type that depend on them.

Mentions resolve to participants (persons to the state they act for at the date, firms to their
home state); then the rules that need the resolved parties: the body whose session a meeting is,
minilateral groupings of exactly their members, targets of threats and reproaches, hosts of
deployments and visits, and types that only hold with enough parties (talks need two, a drill
by one state alone is a show of force). Returns None when the trigger tells no event.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .attributes import _DOC_KINDS, _ORG_KINDS
from .checks import _DRILL
from .aid_partners import helped_receiver
from .deploy_site import aid_site_host, deployment_host, entered_host, site_host
from .force_targets import force_target
from .join_body import (
    APPLICATIONS,
    admitted_by_consent,
    body_joined_before,
    body_of_sentence_before,
    listed_documents,
)
from .minilaterals import _minilateral
from .model import Participant
from .named_sides import document_sides, sides_of
from .purchases import made_in_seller
from .renewals import refused_renewal
from .reproach import reproached_agent
from .roles import (
    _TITLE,
    _UNLISTED_SESSION,
    _UNQUOTED_SESSION,
    _actorish,
    _arrival_host,
    _participants,
    _subject_group,
    _subject_run,
    _unlisted_body,
)
from .sanction_targets import included_targets, rated_targets, reason_target
from .session_body import session_body, topic_session
from .site import Site, WalkState
from .speech_acts import threat_targets
from .subject import _MEETING_SUBJECT, Groups
from .trigger_types import _ARRIVAL_VERBS, TRAVEL_VERBS
from .unnamed_founders import founders, launched_body, proposed_initiative
from .unnamed_signatories import _SIGNING, caused_parties, referred_document, signed_document
from .utterance_content import reaction_topic_targets
from .visitors import travelling_guest, visitor_run

_MINILATERAL_TYPES = ("CONSULT", "AGREE", "ESTABLISH", "ACCUSE")
_VISITING = ("到访", "来访")  # 到访的X: X is the visitor
# the host receives the visitor named after the verb (接待习近平国事访问, 迎接…来访)
# a trigger told from the host's side (接待来访的X is a meeting as 接见: the host acts)
_HOST_VERB = re.compile(r"(?:接待|迎接|欢迎|会见|接见|会晤)")
_RECEIVES = re.compile(r"(?:接待|迎接|欢迎)(?:了)?$")  # (越南接待了日本首相的国事访问)


# a force named before a training told with no partner (中国航母“山东舰”编队在西太平洋开展训练)
# between a drill's quoted name and the drill noun (“联合利剑—2024A”演习, “…”的军事演习, “马拉巴尔”联合军演)
_NAME_TO_DRILL = re.compile(r"[”」\"』](?:的)?(?:军事|海空|海上|联合|军事联合)?")
# lead17: a theatre command or a force holding a 联合演习 alone, no partner before it (东部战区在台湾周边实施
# 联合演习): a joint-service drill of one state, as the frame verbs' reading of 举行联合演习 has it
_ONE_FORCE_JOINT = re.compile(r"(?=.*(?:战区|戰區|解放军|解放軍))(?!.*[与同跟與])")
# the partner of a refused renewal (不与印度续签: 印度), between 与/同/和/跟 and the verb
_RENEWAL_PARTNER = re.compile(r"(?:与|同|和|跟)([^，。；,;]{1,16})$")
_TRAINING = re.compile(r"训练|訓練")
_FORCE_BEFORE = re.compile(r"航母|编队|編隊|舰队|艦隊|海军|海軍|空军|空軍|陆军|陸軍|部队|部隊|自卫队|自衛隊|解放军|解放軍|战区|戰區")

def _hosted_guest(text: str, clause_start: int, t0: int, mentions: list) -> list:
    """The party named right after 接待/迎接/欢迎 and before the visit noun (越南接待习近平国事访问)."""
    after = [m for m in mentions if clause_start <= m.start < t0 and _RECEIVES.search(text, max(clause_start, m.start - 3), m.start)]
    return after[:1]
# 签署共建“一带一路”合作谅解备忘录, 签署“一带一路”合作文件: a document of cooperation under a state's
# initiative, signed by one named party, is signed with the initiative's owner (probe14)
_UNDER_INITIATIVE = re.compile(r"[”」\"》]?\s*(?:倡议)?\s*(?:框架下的?)?\s*(?:合作)?\s*(?:谅解备忘录|备忘录|合作文件|文件|协议|协定)")
_ACCESSION_PROTOCOL = re.compile(r"\s*(?:了)?\s*(?:加入|入会|入约)(?:[^，。；]{0,40}?的)?(?:议定书|备忘录|義務備忘錄|义务备忘录)")
# 宣布退出，/宣布退出的经历/启动退出程序: no object of its own
_LEFT_ALONE = re.compile(r"\s*(?:了)?\s*(?:程序|进程|手续)?\s*(?:[①-⑳]|\[\d+\])?\s*(?:[，。；,;、]|的经历|的决定|外[，,；;]|$)")  # (RCEP除印度退出外，…)
# a clause whose subject is contrasted with the joiner of the clause before (欧盟则于2012年加入, 欧盟也随后加入)
_JOINED_TOO = re.compile(r"[^，。；,;]{1,12}?(?:则|也|亦|随后|其后|之后)[^，。；,;]{0,10}?加入\s*[，。；,;]")
_MULTILATERAL = re.compile(r"国际|多边|多国|地区性|区域")
# a body named after the partners it is shared with (退出与印尼、越南等国的“公正能源转型伙伴关系”, 加入与东盟的…)
_WITH_PARTNERS_OF = re.compile(r"[\s　]*(?:了)?(?:与|同|和)[^，。；,;的]{1,30}?(?:等国|等)?的[\s　]*[“「《\"]?")


def _body_with_partners(text: str, t1: int, clause_end: int, mentions: list[Mention]) -> Mention | None:
    """The body or document right after a 与…的 phrase that follows a membership verb, else None."""
    m = _WITH_PARTNERS_OF.match(text, t1)
    if m is None or m.end() > clause_end:
        return None
    return next((x for x in mentions if x.start == m.end() and x.kind in _DOC_KINDS + _ORG_KINDS), None)


_REF_AFTER = re.compile(r"[\s　]*(?:了)?")  # between a membership verb and 该协定


_SIGNED_WITH = re.compile(r"\s*(?:之间|两国)?\s*(?:于[^，。；的]{0,12})?(?:签订|签署|缔结|订立)的")
# instruments of ratification, approval or accession deposited (交存《…》批准书)
_INSTRUMENTS = ("批准书", "核准书", "加入书")
_JOINT_TITLE = re.compile(r"联合|共同|双边|(?:声明|宣言|公报)$")

Parties = tuple[str, list[Participant], list[Participant], bool]


# type13: a strategy or policy a state puts forward under its name (提出“新南方政策”, 推出“印太战略”, 宣布“重返亚太
# 战略”): its policy act, as the seeds and dev code them; not a grouping's 构想 or an 倡议 (founded: ESTABLISH)
_LAUNCHING = ("提出", "推出", "宣布", "发起", "正式提出", "宣布推出")
_OWN_STRATEGY = re.compile(r"\s*(?:了)?\s*[“「\"《『]?[^”」\"》』，。；、]{1,24}?(?:战略|政策)[”」\"》』]?(?![\u4e00-\u9fff]{0,2}(?:伙伴|对话|合作|关系|竞争))")


# the meeting nouns of an agreement's own sessions (RCEP领导人会议, 《…》部长级会议)
_SESSION_NOUNS = ("领导人会议", "领导人会晤", "峰会", "部长级会议", "部长会议", "首脑会议")


def _agreement_session(text: str, t0: int, t1: int, mentions: list[Mention]) -> Mention | None:
    """The agreement named right before a session noun (第三次RCEP领导人会议, 《…协定》部长级会议)."""
    if text[t0:t1] not in _SESSION_NOUNS:
        return None
    return next((m for m in mentions if m.kind == "agreement" and 0 <= t0 - m.end <= 1 and text[m.end : t0] in ("", "》")), None)


# a relative clause that names only the partner of its verb (与印度签署的, 同日本缔结的, 和美国建立的)
_DATED_RELATIVE = re.compile(r"(?:19|20)\d{2}\s*年")
_PARTNER_ONLY = re.compile(r"(?:与|同|和|跟)\s*$")


def _relative_signer(text: str, clause_start: int, t0: int, t1: int, mentions: list[Mention]) -> Mention | None:
    """The clause's own subject, when the trigger heads a dated relative clause (…2019年与印度签署的) whose
    only party is the partner marked by 与/同 right before it: the subject signed with it."""
    if text[t1 : t1 + 1] != "的":
        return None
    before = sorted((m for m in mentions if clause_start <= m.start and m.end <= t0), key=lambda m: m.start)
    parts = [m for m in before if m.kind in STATE_KINDS + _ORG_KINDS]
    if len(parts) != 2 or not _PARTNER_ONLY.search(text, max(clause_start, parts[1].start - 14), parts[1].start):
        return None
    partner = parts[1]
    if not _DATED_RELATIVE.search(text, max(clause_start, partner.start - 16), t0):
        return None  # (最早与东帝汶建交的国家, 与巴基斯坦签订的《…》: an undated relative clause describes, it tells no act)
    if re.search(r"[^\s\d年月日于在]", re.sub(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?", "", text[partner.end : t0])):
        return None  # (与印度签署的 or 与印度于2019年签署的: nothing else between the partner and the verb)
    main = parts[0]
    if main.country == partner.country or text[main.end : main.end + 1] in ("与", "同", "和", "、"):
        return None  # (美国与日本签署的: both named already)
    return main


def settle_parties(site: Site, g: Groups, etype: str, actors: list[Mention], recipients: list[Mention], walk: WalkState,
                   gz: Gazetteer) -> Parties | None:
    """(type, actors, recipients, whether it is an invitation to visit), or None for no event."""
    doc, text, s, e, t0, t1, word = site.doc, site.text, site.s, site.e, site.t0, site.t1, site.word
    mentions, directed, clause_start, clause_end = site.mentions, site.directed, site.clause_start, site.clause_end
    parts_before, parts_after, usable, jiu = g.parts_before, g.parts_after, g.usable, g.jiu
    actors_p = _participants(actors, gz)
    gathered = False  # (the act is the gathering's, done by its body)
    if etype in ("AGREE", "POLICY", "ESTABLISH") and walk.gathering is not None and not g.in_clause_before and \
            _MEETING_SUBJECT.match(text, clause_start):
        # 习近平出席上合组织峰会。会议通过《阿斯塔纳宣言》: what the meeting adopts is its body's act (type13: and
        # what the parties of an agreement's session conclude, RCEP领导人会议…，15个成员国结束全部文本谈判)
        body = [p for p in walk.gathering.actors if p.kind in _ORG_KINDS + ("agreement",)]
        if body:
            actors_p, etype, gathered = body, ("AGREE" if etype == "POLICY" else etype), True
    if etype == "CONSULT" and not directed and not any(p.kind in _ORG_KINDS for p in actors_p):
        body = _unlisted_body(text, t1, clause_end, mentions)  # 举行第55次“安全磋商会议”: the body the gazetteer lacks
        if body:
            actors_p += body
            walk.name_end = t1 + (_UNLISTED_SESSION.match(text[t1:clause_end]) or _UNQUOTED_SESSION.match(text[t1:clause_end])).end()
    if etype in _MINILATERAL_TYPES:
        # 美日韩等近50国: the parties named open a longer list, no session of their trilateral
        actors_p = _minilateral(actors_p, gz, open_list=any(text.startswith("等", m.end) for m in actors))
    if etype != "CONSULT" and sum(p.kind in STATE_KINDS for p in actors_p) >= 2:
        # 美日“安全磋商委员会”会议发表的联合声明: the states agree; their mechanism is the occasion
        actors_p = [p for p in actors_p if p.kind != "mechanism"]
    recips_p = [p for p in _participants(recipients, gz) if p.key() not in {a.key() for a in actors_p}]
    if etype == "JOIN" and word.endswith(_INSTRUMENTS) and (
            deposited := [m for m in mentions if m.kind in _DOC_KINDS + _ORG_KINDS and t1 - 4 <= m.end <= t1 - 3]):
        # 向东盟秘书长交存《…》批准书: the agreement whose instrument it is is joined, not the depositary
        actors_p = [a for a in actors_p if a.key() != deposited[0].id]
        recips_p = _participants(deposited, gz)
    if etype == "ACCUSE" and not recips_p:
        # 缅军…处决…，东盟发表声明予以谴责: the agent of the act told in the clause before
        recips_p = [p for p in _participants(reproached_agent(text, s, clause_start, t0, usable), gz)
                    if p.key() not in {a.key() for a in actors_p}]
    if etype == "ACCUSE" and not recips_p:
        # 对于美国与马来西亚签署的协定…，中方回应称…反对: the parties of the topic the reaction opens with
        keys = {a.key() for a in actors_p} | {a.country for a in actors_p if getattr(a, "country", None)}
        recips_p = [p for p in _participants(reaction_topic_targets(text, s, t0, mentions, keys, STATE_KINDS), gz)
                    if p.key() not in keys]
    if etype in ("JOIN", "LEAVE") and not recips_p and (
            (any(clause_start <= m.start < t0 and m.kind in STATE_KINDS for m in mentions) or any(a.kind in STATE_KINDS for a in actors_p)
             or _JOINED_TOO.match(text, clause_start))  # (美国于2009年加入《…条约》，欧盟则于2012年加入: a body joins too)
            if etype == "JOIN" else
            _LEFT_ALONE.match(text, t1) and any(a.kind in STATE_KINDS for a in actors_p)) and \
            not any(t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS for m in mentions):
        # (ev9: 首次举行“四方安全对话”、次年2月澳大利亚宣布退出: a bare 退出 leaves the body named before)
        # 伊朗等四国于次年正式成为成员, 阿根廷则拒绝加入: the body the sentence named before
        if etype == "JOIN":
            recips_p = _participants(body_joined_before(mentions, s, clause_start) or
                                     body_of_sentence_before(text, walk.doc_mentions, s, t1), gz)
        else:  # (…RCEP於2020年簽署；印度…卻已在2019年11月宣布退出: the body of the ；-item before counts)
            floor = max(text.rfind("。", 0, t0) + 1, t0 - 120)
            recips_p = _participants(body_joined_before(walk.doc_mentions or mentions, floor, t0) or
                                     body_of_sentence_before(text, walk.doc_mentions, s, t1), gz)  # (…五国宣布启动退出程序)
    if etype in ("JOIN", "LEAVE") and not recips_p and (
            ref := next((m for m in walk.doc_refs if t1 <= m.start <= t1 + 2 and _REF_AFTER.fullmatch(text, t1, m.start)
                         and gz.get(m.id) is not None), None)):
        # (a document known only by its title, 两国签署《边境贸易协定》…退出该协定, stays no party)
        recips_p = _participants([ref], gz)  # 宣布美国重新加入该协定, 退出该组织: the document or body referred to
    if etype == "JOIN" and simplify(word) in APPLICATIONS:
        # 台湾随后于同月22日提出申请: the body told before; 向纽西兰提交申请 (a depositary) joins nothing
        recips_p = [p for p in recips_p if p.kind in _ORG_KINDS + _DOC_KINDS]
        if not recips_p:
            return None
    if etype in ("JOIN", "LEAVE") and recips_p:
        # 退出世界卫生组织和《巴黎协定》: the treaty listed with the body is left too
        have = {p.id for p in recips_p}
        recips_p += [p for p in _participants(listed_documents(text, t1, clause_end, mentions, have), gz) if p.id not in have]
    if etype in ("JOIN", "LEAVE") and (body := _body_with_partners(text, t1, clause_end, mentions)) is not None:
        # 退出与印度尼西亚、越南等国的“公正能源转型伙伴关系”: the partners describe the body left, which is the recipient
        inside = {m.country or m.id for m in mentions if t1 <= m.start < body.start and m.kind in STATE_KINDS}
        recips_p = _participants([body], gz) + [p for p in recips_p if (p.country or p.id) not in inside and p.id != body.id]
    if etype == "LEAVE" and not recips_p and len(actors_p) > 1 and refused_renewal(text, clause_start, t0, word) and (
            partner := _RENEWAL_PARTNER.search(text, clause_start, t0)):
        # 决定不与印度续签…协议 (lead17): the partner the renewal is refused is the recipient
        named = {m.country or m.id for m in mentions if partner.start(1) <= m.start < partner.end(1)}
        recips_p = [p for p in actors_p if (p.country or p.id) in named]
        actors_p = [p for p in actors_p if (p.country or p.id) not in named] or actors_p
    if etype == "LEAVE":
        # 暂停执行与巴基斯坦签订的《印度河水条约》: the other signatory only describes the treaty left
        signers = {m.country or m.id for m in mentions if t1 <= m.start < clause_end and m.kind in STATE_KINDS
                   and (w := _SIGNED_WITH.match(text, m.end)) and text.startswith("《", w.end())}
        recips_p = [p for p in recips_p if p.kind not in STATE_KINDS or (p.country or p.id) not in signers]
    if etype == "SANCTION":
        # 以中国…为由…制裁 (no target of its own); 对俄罗斯实施制裁，其中包括多家中国企业 (China too)
        own = {p.key() for p in actors_p + recips_p}
        more = (included_targets(text, clause_end, e, mentions) if recips_p else reason_target(text, s, t0, mentions)
                or rated_targets(text, word, t1, e, mentions, own))  # 其中对华税率为34%: China
        recips_p += [p for p in _participants(more, gz) if p.key() not in own]
    if etype == "THREATEN" and not recips_p:
        # the other states its content names, else those the sentence named before it (中方回应，美方
        # 升级关税是“错上加错”，中方将“奉陪到底”: aimed at the US)
        recips_p = threat_targets(text, t1, e, mentions, actors_p, gz) or \
            threat_targets(text, s, t0, [m for m in mentions if _actorish(m)], actors_p, gz)
    if etype == "COERCE" and not recips_p:
        # 菲律宾船只强闯…，被中国海警驱离: the force is used on the party the sentence named before it
        keys = {a.key() for a in actors_p} | {a.country for a in actors_p if getattr(a, "country", None)}
        recips_p = [p for p in _participants(force_target(s, t0, mentions, keys), gz) if p.key() not in keys]
    if etype == "MOBILIZE" and len(actors_p) > 1 and (entered := entered_host(text, clause_start, t0, mentions, actors_p, gz)):
        # 派船进入台湾周边海域执法巡查: the state whose waters are entered hosts the patrol
        actors_p, recips_p = [a for a in actors_p if a not in entered], entered + recips_p
    if etype == "MOBILIZE" and not recips_p:
        # 在菲律宾新增4个军事基地, 部署至菲律宾北部: the state that hosts the forces
        recips_p = deployment_host(text, clause_start, clause_end, mentions, actors_p, gz) or \
            site_host(text, clause_start, clause_end, actors_p, gz)  # 在台岛周边, 停靠釜山港: the island's or port's state
    if etype == "AID" and not recips_p and actors_p:
        recips_p = _participants(helped_receiver(text, t1, clause_end, e, mentions), gz) or \
            aid_site_host(text, s, clause_start, clause_end, actors_p, gz)  # 日本援建的马塔巴里深水港项目: Bangladesh receives
        helped = {p.key() for p in recips_p}  # (…，帮助印尼…: the state helped is no co-giver)
        actors_p = [a for a in actors_p if a.key() not in helped] or actors_p
    if etype == "CONSULT" and directed and not recips_p:
        # 抵达华盛顿，展开国事访问 / 抵达万象: the visit's host is the place arrived at
        recips_p = [p for p in _arrival_host(text, s, t1 + 12 if word in _ARRIVAL_VERBS + TRAVEL_VERBS else t0, mentions, gz)
                    if p.key() not in {a.key() for a in actors_p}]
    if etype == "CONSULT" and directed and (hosted := _hosted_guest(text, clause_start, t0, mentions)):
        # 越南接待习近平国事访问: the party after 接待 visits, the one who receives him hosts
        guests = _participants(hosted, gz)
        keys = {g.key() for g in guests}
        hosts = [p for p in actors_p + recips_p if p.key() not in keys] or [
            p for p in _participants(_subject_group(text, [m for m in parts_before if m.end <= clause_start], s), gz)
            if p.key() not in keys and p.kind in STATE_KINDS][:1]  # (越南…，并接待习近平…: the sentence's subject hosts)
        if guests and hosts:
            actors_p, recips_p = guests, hosts
    if etype == "CONSULT" and text[t1 : t1 + 1] == "的" and (word in _VISITING or directed and not _HOST_VERB.match(word) and any(
            m.start == t1 + 1 for m in parts_after if m.kind in STATE_KINDS or m.kind == "person")):
        # 普京与到访的朝鲜领导人金正恩举行会谈: the head noun after 的 is the visitor, the subject hosts
        # (到访的美国国务卿布林肯与韩国外长会谈: the visitor is the party right after 的, Korea hosts;
        # so is the party after any visit told as a relative clause: 同来华访问的越南总理会谈, 访华的越南总理)
        guests = _participants(visitor_run(text, t1, [m for m in parts_after if m.kind in STATE_KINDS or m.kind == "person"]), gz)
        if guests:
            keys = {g.key() for g in guests}
            actors_p, recips_p = guests, [p for p in actors_p + recips_p if p.key() not in keys]
    if etype == "CONSULT" and (travelled := travelling_guest(text, clause_start, clause_end, mentions)):
        # 习近平会见来华出席论坛的某国总统, 同来访的X举行会谈: the guest who travelled visits, the other party hosts
        guests = _participants(travelled, gz)
        keys = {g.key() for g in guests}
        hosts = [p for p in actors_p + recips_p if p.key() not in keys and p.kind in STATE_KINDS]
        if guests and hosts and keys <= {p.key() for p in actors_p + recips_p}:
            actors_p, recips_p = guests, hosts
    if etype == "JOIN" and word in ("接纳", "接受") and (consent := admitted_by_consent(text, clause_start, t0, mentions)):
        # 东帝汶获东盟原则上同意接纳: the state before 获 joins (its name may be the clause's carried subject)
        joiners = _participants(consent[0], gz) or [a for a in actors_p if a.kind in STATE_KINDS] or \
            [p for p in _participants(walk.last_subject or [], gz) if p.kind in STATE_KINDS]
        if joiners:
            actors_p, recips_p = joiners, _participants(consent[1], gz)
    if etype == "JOIN" and (not actors_p or all(a.kind in _ORG_KINDS for a in actors_p) and not recips_p
                            and not any(t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS for m in mentions)):
        return None  # 北约不断扩员: an enlargement with no joiner named is not one accession
    if not actors_p and not recips_p and etype in ("CONSULT", "AGREE", "ESTABLISH"):
        # 第二次领导人会议在金边举行，通过《…》: the session of the body named before
        actors_p = _participants(session_body(text, s, t1, walk.doc_mentions), gz)
    agreement_session = not actors_p and not recips_p and etype == "CONSULT" and (body := _agreement_session(text, t0, t1, mentions)) is not None
    if agreement_session:
        # 第三次RCEP领导人会议在曼谷举行: a session of an agreement's parties; the agreement stands for them,
        # as unnamed members stand for an organisation (the guidelines; dev i-yearbook codes it so)
        actors_p = _participants([body], gz)
    if not actors_p and not recips_p and etype == "CONSULT":
        # 同年9月，首次线下峰会在华盛顿举行: the group the sentence before was about meets again
        actors_p = _participants(topic_session(text, s, clause_start, walk.topic), gz)
    if not actors_p and not recips_p and etype == "AGREE":
        # 《日韩基本条约》的签署，使日本与韩国正式建交: the states its effect names signed it
        actors_p = _participants(caused_parties(text, t1, e, mentions, STATE_KINDS), gz)
    unnamed = not actors_p and not recips_p and etype == "AGREE" and not any(
        m.start >= t1 and (m.kind in STATE_KINDS or m.kind in _ORG_KINDS) for m in mentions)  # (…的签署，使日本与韩国建交: named after)
    if unnamed:
        # 《区域全面经济伙伴关系协定》于2020年11月15日签署: the unnamed signatories are the agreement's
        signed = signed_document(text, clause_start, clause_end, t0, t1, word, mentions) or (
            referred_document(text, clause_start, t0, walk.doc_mentions) if any(v in word for v in _SIGNING) else [])
        sides = sides_of(signed[0], gz, states_only=True) if signed else []
        # (《中国—马尔代夫自由贸易协定》于…签署: the two states of its name; 该协定于…签署: the one named before)
        actors_p = [Participant.of(x) for x in sides] or _participants(signed, gz)
    if not actors_p and not recips_p and etype == "ESTABLISH" and site.times and (
            launched := launched_body(text, t1, clause_end, mentions)) is not None:  # (已经启动的X: undated, a description)
        # 在东京峰会上宣布启动的“印太海域态势感知伙伴关系”: its parent body (the Quad) founded it
        actors_p = _minilateral([Participant.of(x)
                                 for i in founders(launched, gz) if (x := gz.get(i)) is not None], gz, open_list=False)
    if not actors_p and not recips_p and etype == "ESTABLISH" and (
            proposed := proposed_initiative(text, t0, word, mentions)) is not None:
        # “一带一路”倡议于2013年提出: the initiative's owner proposed it (itself when it has none)
        actors_p = [Participant.of(x) for i in founders(proposed, gz)
                    if (x := gz.get(i)) is not None]
    if etype == "AGREE" and len(actors_p) + len(recips_p) < 2 and (
            sides := document_sides(mentions, t1, clause_end, gz)):
        actors_p = [Participant.of(x) for x in sides]  # 见证签署中国—东盟…议定书: the sides the document names
    if not actors_p and not recips_p:
        return None
    if etype == "ESTABLISH" and word in ("提出", "推出") and any(p.kind in _ORG_KINDS for p in actors_p) and (
            re.match(r"[^，。；]{0,4}《[^》]{0,30}(?:议程|计划|宣言|路线图|纲要|声明)》", text[t1:clause_end])
            or re.match(r"[^，。；]{0,30}?目标", text[t1:clause_end])):
        etype = "AGREE"  # 亚太经合组织在大阪会议提出《大阪行动议程》: a body adopting a document or goal
    if etype == "ESTABLISH" and simplify(word) in _LAUNCHING and len(actors_p) == 1 and actors_p[0].kind in STATE_KINDS and \
            not recips_p and _OWN_STRATEGY.match(text, t1, clause_end):
        etype = "POLICY"  # 文在寅政府提出“新南方政策”, 特朗普政府提出“自由开放的印太战略”: a state's own strategy or policy
    if etype == "AGREE" and len(actors_p) == 1 and actors_p[0].kind in STATE_KINDS and not recips_p and \
            _ACCESSION_PROTOCOL.match(text, t1) and (body := [m for m in mentions if m.kind in _ORG_KINDS + ("agreement",)]):
        # 英国签署加入《CPTPP》的议定书, 簽署加入議定書後…成為CPTPP成員: an accession protocol is agreed with the body joined
        actors_p = actors_p + [p for p in _participants(body[:1], gz) if p.key() != actors_p[0].key()]
    if etype == "AGREE" and len(actors_p) == 1 and actors_p[0].kind in STATE_KINDS and not recips_p and (
            owner := _initiative_owner(text, t1, clause_end, mentions, gz)) is not None and owner != actors_p[0].key():
        # 尼泊尔签署“一带一路”合作谅解备忘录: signed with the state whose initiative it serves (probe14)
        actors_p = actors_p + _participants_of_ids([owner], gz)
    if etype in ("AGREE", "ALIGN") and len(actors_p) == 1 and not recips_p and (main := _relative_signer(text, clause_start, t0, t1, mentions)):
        # 马方决定不再续签2019年6月与印度签署的…协议: the subject of the clause signed with the partner its
        # relative clause names (a background event when the relative clause dates it)
        actors_p = _participants([main], gz) + actors_p
    if simplify(word) == "敲定" and len({m.country or m.id for m in parts_before if m.start >= clause_start}) < 2:
        return None  # 美方尚未敲定对华政策的细节: finalising is an agreement only between the parties before it
    if word in ("制定", "制订") and len(actors_p) < 2:
        return None  # 制订节能减排目标: drawing up a document is an agreement only between parties
    if etype == "AGREE" and len(actors_p) == 1 and not recips_p and actors_p[0].kind in STATE_KINDS and (
            title := _TITLE.search(doc.titled, t0, clause_end)) and not _JOINT_TITLE.search(simplify(title.group(1))):
        # 美国发布了《…战略》: a document issued by one state alone is a policy act
        etype = "POLICY"
    if etype == "COOPERATE" and sum(p.kind in STATE_KINDS for p in actors_p + recips_p) == 1:
        # 东部战区举行“联合利剑—2024B”演习: the drill's own name is no party; one state drills alone
        # (lead17: the name may stand a 的 or a qualifier before the drill noun: 代号“联合利剑—2024A”的军事演习)
        named = {m.id for m in mentions if m.kind == "mechanism" and clause_start <= m.start and 0 <= t0 - m.end <= 6
                 and text[max(0, m.start - 1) : m.start] in ("“", "「", "\"", "『") and _NAME_TO_DRILL.fullmatch(text, m.end, t0)}
        joint = "联合" in word or any("联合" in text[m.end : t0] for m in mentions if m.id in named)
        if named and joint:
            # “马拉巴尔”联合军演: a named joint drill stays joint; its name stands for the members left unnamed
            have = {p.id for p in actors_p + recips_p}
            actors_p += [p for p in _participants([m for m in mentions if m.id in named], gz) if p.id not in have]
        elif named and all(p.kind in STATE_KINDS or p.id in named for p in actors_p + recips_p):
            actors_p = [p for p in actors_p if p.id not in named]
            recips_p = [p for p in recips_p if p.id not in named]
            etype = "MOBILIZE"
    if etype == "COOPERATE" and recips_p and len(actors_p) == 1 and _DRILL.search(text[t0 : min(clause_end, t1 + 24)]):
        etype = "MOBILIZE"  # one state's drill aimed at another: a show of force
    if etype == "ALIGN" and len(actors_p) == 1 and not recips_p and walk.own_state and "断交" in simplify(word) and \
            actors_p[0].key() != walk.own_state:
        # 聖多美普林西比率先斷交 in text written from Taiwan: ties cut with the author's own state
        actors_p = actors_p + _participants_of_ids([walk.own_state], gz)
    if etype in ("CONSULT", "AGREE", "COOPERATE", "ALIGN") and len(actors_p) + len(recips_p) < 2 and not unnamed and not agreement_session and not gathered and not any(
        p.kind in _ORG_KINDS for p in actors_p + recips_p
    ):
        if etype == "COOPERATE" and actors_p and (_DRILL.search(text[t0 : min(clause_end, t1 + 24)]) or (
                _TRAINING.search(text, t0, min(clause_end, t1 + 8)) and _FORCE_BEFORE.search(text, clause_start, t0))) \
                and ("联合" not in word or _ONE_FORCE_JOINT.match(text[clause_start:t0]) is not None) \
                and word not in ("参加", "出席", "参与"):
            etype = "MOBILIZE"  # one state's drill (a force's training too: 航母编队在西太平洋开展训练) is a show of force
        elif etype == "CONSULT" and actors_p and word in ("参加", "出席", "参与") and _MULTILATERAL.search(text[t1:clause_end]):
            pass  # 参加…的国际谈判: one party attending a multilateral meeting whose other parties go unnamed
        else:
            return None  # talks and agreements need two parties (or an organisation's meeting)
    if etype == "MOBILIZE" and not recips_p and actors_p:
        # a drill found to be one state's show of force above (its own name is no party): its host
        recips_p = deployment_host(text, clause_start, clause_end, mentions, actors_p, gz) or \
            site_host(text, clause_start, clause_end, actors_p, gz)
    if etype == "AID" and not recips_p and len(actors_p) == 1 and (
            maker := made_in_seller(text, simplify(word), t1, clause_end)) is not None and maker != actors_p[0].key():
        # 日本决定引进美制战斧巡航导弹: the maker's state sells, the buyer receives (purchases.py)
        actors_p, recips_p = _participants_of_ids([maker], gz), actors_p
    invitation = etype == "CONSULT" and word == "邀请" and bool(recips_p)
    if invitation:  # 美国邀请印尼总统访问: the invitee would visit the host
        visitors = [p for p in recips_p if p.kind in STATE_KINDS] or recips_p
        actors_p, recips_p = visitors, actors_p + [p for p in recips_p if p not in visitors]
    if etype == "ACCUSE" and jiu is not None and t0 >= jiu[1]:
        # X就Y对Z的做法表示不满: the complaint is about Y's act; Y, the agent of the topic, is its target
        speaker = _participants(_subject_group(text, [m for m in parts_before if m.end <= jiu[0]], s), gz)
        # (就日本排放核污水一事表示谴责: the parties of a 就…一事 topic are no doers, so they are looked up
        # among all usable mentions, not only the possible subjects)
        target = _participants(_subject_run(text, [m for m in usable if jiu[0] < m.start < jiu[1]]), gz)
        if speaker and target:
            actors_p, recips_p = speaker, [p for p in target if p.key() not in {a.key() for a in speaker}]
    return etype, actors_p, recips_p, invitation


def _initiative_owner(text: str, t1: int, clause_end: int, mentions: list[Mention], gz: Gazetteer) -> str | None:
    """The state that owns the initiative a document signed after the verb serves (签署共建“一带一路”合作谅解
    备忘录 → China), or None: the initiative right before a memorandum, a document or an agreement."""
    for m in mentions:
        if t1 <= m.start < clause_end and m.kind == "initiative" and _UNDER_INITIATIVE.match(text, m.end, clause_end) \
                and re.fullmatch(r"[^，。；]{0,4}", text[t1 : m.start]):
            ent = gz.get(m.id)
            return ent.owner if ent is not None and ent.owner else None
    return None


def _participants_of_ids(ids: list[str], gz: Gazetteer) -> list[Participant]:
    """Participants for gazetteer ids (those it knows)."""
    return [Participant.of(x) for i in ids if (x := gz.get(i)) is not None]
