"""Who takes part: choosing actors and recipients among the linked mentions of a clause."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, Gazetteer, simplify
from ..actors.resolve import Mention
from .attributes import _DOC_KINDS, _ORG_KINDS
from .clauses import _clause_start
from .met_partners import met_partners
from .model import Participant
from .offices import represented
from .topics import described_firms_head

_TITLE = re.compile(r"《([^《》]{2,40})》")

_SETTING_AFTER = re.compile(r"^[^，。；,]{0,16}?(?:期间|之际|间隙|场边|前夕|框架下|框架内)")


_ORIGIN_YU = re.compile(r"(?:产|源|来源|出口|输出)于$")
# blame laid on a party (归咎于中国, 责任完全在菲方): the party after 于/在 is the one blamed, no venue
_BLAMED_ON = re.compile(r"(?:归咎|归罪|责任完全|责任全|责任主要|责任)[在于]$")
# (…期间，与B签署 / 期间，分别会见了B和C: the partners or the people met follow the frame)
_WITH_PARTNER = re.compile(r"[，,\s]*(?:还|也|又|并)?(?:分别|先后|相继)?(?:与|同|跟|会见|会晤|接见|拜会)")
# the party right before the verb of a trip or an attendance that frames the act after 期间 (访问美国期间)
_VISITING = re.compile(r"\s*(?:总统|总理|首相|主席|国务卿|外长|部长)?\s*(?:\d{1,2}月)?(?:\d{1,2}日)?\s*(?:访|出访|到访|出席|参加|赴)")


# a party's own spell of activity that frames what it does next (竞选期间, 访问日本期间, 任内, 执政期间)
_OWN_SPELL = re.compile(r"\s*(?:总统|总理|首相|主席|国务卿|外长|部长)?(?:当选人)?\s*(?:\d{1,2}月)?(?:\d{1,2}日)?\s*(?:竞选|执政|在任|任职|访问|出访|访华|访美|访日|访俄|访韩|到访|出席|参加)")


def _is_setting(text: str, m: Mention, sent_end: int, trigger_start: int | None = None) -> bool:
    """A place or gathering that frames the event is not a party to it: 在柬埔寨…, 在G7峰会期间
    (for the event told after 期间, not for the summit itself)."""
    before = text[max(0, m.start - 2) : m.start]
    if before.endswith(("在", "于")) and m.kind in STATE_KINDS and not _ORIGIN_YU.search(text, max(0, m.start - 3), m.start) \
            and not _BLAMED_ON.search(text, max(0, m.start - 5), m.start):
        return True  # (原产于美国的商品: where goods come from, a party the measure targets, not a venue)
    if text[m.end : m.end + 2] == "首都":
        return True  # 柬埔寨首都金边: the country of a venue
    frame = _SETTING_AFTER.match(text[m.end : sent_end])
    if frame and (re.search(r"[在于]", text[m.end : m.end + frame.end()]) or (
            _VISITING.match(text, m.end) and _WITH_PARTNER.match(text, m.end + frame.end()))):
        frame = None  # 日本在东盟地区论坛峰会期间举行会谈: the party before 在…期间 is its subject
        # (莫迪访问美国期间，与美方签署…: the visitor whose trip frames an act told with a partner)
    if frame and _OWN_SPELL.match(text, m.end) and text[m.end + frame.end() : m.end + frame.end() + 1] not in "，,、；;":
        frame = None  # 特朗普竞选期间扬言…, 特朗普访问日本期间表示…: the one whose campaign or trip frames the act does it
    if frame and (trigger_start is None or trigger_start >= m.end + frame.end()):
        return True
    return bool(before.endswith(("在", "于")) and frame)


# a summons of a state's envoy: 召见中国驻菲大使馆副馆长, 约见日本驻华大使
_SUMMONED = re.compile(r"(?:约见|召见|约谈)$")


def summoned_envoy(text: str, m: Mention) -> bool:
    """召见中国驻菲大使馆副馆长提出抗议: the state whose envoy is summoned is protested at, it does not protest."""
    return text[m.end : m.end + 1] == "驻" and _SUMMONED.search(text, max(0, m.start - 4), m.start) is not None


# travel verbs whose destination hosts the visit told right after it (随后前往马来西亚访问, 转往越南进行国事访问;
# not 派遣军舰前往南海, a destination only, lead19)
_GOES_TO = ("前往", "转往", "飞往")
_VISIT_AFTER = re.compile(r"\s*(?:进行|展开|开始)?[^，。；,;]{0,6}?访问")


def _marked_recipient(text: str, m: Mention) -> bool:
    if text[max(0, m.start - 1) : m.start] in ("对", "向", "赴", "到", "抵") and text[max(0, m.start - 2) : m.start] not in _NOT_DUI \
            or text[max(0, m.start - 2) : m.start] == "抵达" or (
            text[max(0, m.start - 2) : m.start] in _GOES_TO and _VISIT_AFTER.match(text, m.end)):
        return True  # (抵台访问, 抵达日本进行国事访问, 随后前往马来西亚访问: the place arrived at hosts the visit)
    if text[max(0, m.start - 2) : m.start] == "针对" and m.kind in STATE_KINDS and _AIMED_AFTER.match(text, m.end):
        return True  # 发布针对中国的出口管制新规, 针对中国实施投资限制: the state a measure aims at (针对美国国务院批准… stays no marker)
    if text[max(0, m.start - 1) : m.start] == "以" and _FIRST_STOP.match(text, m.end):
        return True  # 以所罗门群岛为首站访问八国: the first stop of a tour hosts it
    if described_firms_head(text, m):
        return True  # 对多家协助俄罗斯规避制裁的中国企业: the firms' state, after the clause that describes them
    if "对" not in (before := text[max(0, m.start - 16) : m.start]) and "向" not in before:
        return False  # (each marker below ends with its 对 or 向 in the 16 characters before the party)
    if _DUI_DETERMINER.search(text, max(0, m.start - 6), m.start) and m.kind in STATE_KINDS:
        return True  # 对相关美国军工企业实施制裁, 对多家中国企业, 对所有美国进口商品: a determiner between 对 and the state
    if _ORIGIN_AFTER_DUI.search(text, max(0, m.start - 6), m.start) and (
            _ORIGIN_GOODS.match(text, m.end) or _ORIGIN_OF.match(text, m.end)):
        # 对原产于美国的所有进口商品, 对自华进口的电动汽车, 对原产于欧盟的白兰地: the state the goods come from
        return True
    if _DESTINATION_AFTER_DUI.search(text, max(0, m.start - 6), m.start) and m.kind in STATE_KINDS:
        return True  # 对出口韩国的三项材料加强管制, 对输往俄罗斯的芯片: the state the goods go to
    # 对3000亿美元中国输美商品加征关税, 对价值500亿美元的中国产品: the state whose goods a measure targets
    return bool(_GOODS_OF.match(text, m.end) and _AMOUNT_AFTER_DUI.search(text, max(0, m.start - 16), m.start))


# 针对美国国务院批准…, 面对美国的压力, 应对…: 对 inside a word that is no recipient marker
_NOT_DUI = ("针对", "面对", "应对")
# what follows the state after 针对 when it marks the target of the act (针对中国的…新规, 针对中国实施…)
_AIMED_AFTER = re.compile(r"的|(?:实施|采取|加征|发起|展开|进行|出台|推出|设置|发布|举行)")
_FIRST_STOP = re.compile(r"为(?:首站|第一站|首个目的地)")  # (not 相对: 首相对乌克兰进行访问)
_DUI_DETERMINER = re.compile(r"[对向](?:相关|有关|部分|所有|全部|多家|数家|若干|这些|该批|\d+家|\d+名|多名|数名|多位|数位|"
                             r"[一二三四五六七八九十两几百]+(?:家|名|位))$")  # (对多名台独顽固分子, 对十家美国企业)
_GOODS_OF = re.compile(r"(?:输美|输华|输欧|出口|进口|原产)?(?:的)?(?:商品|产品|货物|输入品|进口商品|钢铝|电动汽车|芯片)")
_ORIGIN_AFTER_DUI = re.compile(r"对(?:自|来自|原产于|原产自|产自|源自)$")
_ORIGIN_GOODS = re.compile(r"(?:进口|输入)?(?:的)?[^，。；]{0,8}?(?:商品|产品|货物|输入品|电动汽车|汽车|钢铝|钢铁|铝材|芯片|农产品)")
_ORIGIN_OF = re.compile(r"(?:进口|输入)?的[\u4e00-\u9fff]")  # 原产于X的Y: whatever Y is, it comes from X
_DESTINATION_AFTER_DUI = re.compile(r"对(?:出口|输往|销往|运往|出口到|出口至|出口给)$")
_AMOUNT_AFTER_DUI = re.compile(r"对(?:约|价值|总额)?[\d\.]+(?:多)?(?:亿|万)?(?:美元|欧元)?(?:的)?$")


_DISPOSAL = re.compile(r"(?:将|把)(?!于|在|对|向|与|同|会|要|继续|进一步)[^，。；,;将把]{0,30}$")


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
    return _DISPOSAL.search(text, max(clause_start, m.start - 32), m.start) is not None


_COMITATIVE_LIST = re.compile(r"(?:与|同|和|跟)[^，。；与同和跟]{2,40}$")
# a 与-phrase whose parties are joined by 和/及 (日本与澳大利亚和英国分别签署…): 和 inside the list
_COMITATIVE_AND_LIST = re.compile(r"(?:与|同|跟)[^，。；与同跟]{2,40}$")


def _comitative_list(text: str, s: int, cue_at: int, mentions: list[Mention]) -> set[str]:
    """The parties of a 与/同-phrase that ends at the cue (与老挝、越南等国外长分别…, 与澳大利亚和英国分别…)."""
    m = _COMITATIVE_AND_LIST.search(text, max(s, cue_at - 40), cue_at) or _COMITATIVE_LIST.search(text, max(s, cue_at - 40), cue_at)
    if m is None:
        return set()
    return {x.country or x.id for x in mentions if m.start() < x.start < cue_at}


# (a gloss of the body's English name may be long: (U. S. -Mongolia Trade and Investment Council); ent13)
_SESSION_NOUN = re.compile(r"^[”“」「』『\"\s]*(?:\([^()]{0,80}\)|（[^（）]{0,80}）)?\s*"
                           # (上海合作组织成员国元首理事会第二十四次会议: the body's organ, then the session's number)
                           r"(?:(?:成员国|缔约国)?(?:元首|首脑|政府首脑|领导人|总理|外长|外交部长|国防部长|防长|经贸部长|财长)?(?:理事会|委员会))?"
                           r"(?:第[一二三四五六七八九十百\d]+(?:次|届)|首次|首届)?(?:[\u4e00-\u9fff]{0,4}?(?:级)?)?"
                           r"(?:会议|峰会|会晤|会谈|对话|磋商|首脑会|通话)")


def _session_of(text: str, m: Mention, clause_end: int) -> bool:
    """The body named right before a meeting noun (“X”会议, X外长会议, X第一次会议), or a body whose
    own name is a meeting (安全磋商会议, 四边安全对话)."""
    if _SESSION_NOUN.match(text[m.end : clause_end]):
        return True
    return text[m.start : m.end].endswith(("会议", "对话", "磋商", "峰会", "论坛", "大会", "年会", "外长会")) and m.kind == "mechanism"




_ADMIT = ("接纳", "接收", "吸纳", "纳入", "吸收", "给予", "授予")  # (type13: 给予埃及对话伙伴地位: a status granted)
_PASSIVE_BEFORE = re.compile(r"(?:被|获|获得|得到)[^，。；、被获]{0,10}$")
_CAUSATIVE = re.compile(r"(?:拉拢|邀请|推动|鼓励|支持|欢迎|吸引|劝说|促成|同意|批准)$")


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


def _relative_agent(text: str, t0: int, before: list[Mention]) -> list[Mention]:
    """The parties right before the verb of a relative clause (韩国宣布的《…》, 美日发表的声明)."""
    if not before or t0 - before[-1].end > 4 or _marked_recipient(text, before[-1]):
        return []  # 对俄追加制裁的可能: the party after 对 is the target, not the agent
    run = [before[-1]]
    same = lambda m: (m.kind in STATE_KINDS) == (before[-1].kind in STATE_KINDS)
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
    orgs = lambda ms: [m for m in ms if m.kind in _ORG_KINDS or m.kind == "agreement"]
    passive = _PASSIVE_BEFORE.search(text, max(0, t0 - 14), t0) if word in _ADMIT or any(word.startswith(a) for a in _ADMIT) else None
    if passive is not None and (joiners := [m for m in subject if m.end <= passive.start()]):
        # 非洲联盟被接纳为二十国集团正式成员, 东帝汶被东盟接纳为成员: the party before the passive
        # joins the body named after 被 or after the verb
        bodies = [m for m in orgs(subject) if m.start >= passive.start()] + orgs(after)
        if bodies:
            return joiners, bodies
    if word in _ADMIT or any(word.startswith(a) for a in _ADMIT):
        admitted = [m for m in subject + after if m.kind in STATE_KINDS and m not in orgs(subject)]
        admitted = [m for m in admitted if m.start > (orgs(subject)[-1].end if orgs(subject) else -1)]
        return admitted, orgs(subject) + orgs(after)
    if actors:
        last = actors[-1]
        if _CAUSATIVE.search(text[max(0, last.start - 4) : last.start]) and text[last.end : t0].strip() in (
                "", "正式", "也", "将", "申请", "尽快", "早日", "申请正式"):  # 支持蒙古国申请成为…成员国
            actors = [last]
    joiners = [m for m in actors if m.kind not in _ORG_KINDS and m.kind != "agreement"] or actors  # 东盟国家加入框架: the body for its members
    return joiners, [m for m in recipients if m.kind in _ORG_KINDS or m.kind == "agreement"] + [
        m for m in actors if (m.kind in _ORG_KINDS or m.kind == "agreement") and m not in joiners]  # 与CPTPP成员国完成加入谈判


_PARTNER_TITLES = r"(?:主任|部长|外长|总统|总理|首相|主席|国务卿|部长助理|特使|大使|秘书长|顾问|委员|防长|司令|议长)"
_TITLED_PARTNER = re.compile(r"(?:并|还|也|又|随后)?(?:与|同|跟)[^，。；、与同和跟]{1,16}?" + _PARTNER_TITLES)


# an adverb of sequence or manner before 与/同 (转而与中国建交, 随即同日方会谈, 此后又与…)
# or a time of its own, with or without 并于/并在 before it (…与B通电话后，昨日再与C通话; 25日与C会谈;
# A与B断交，并于数日后（9月21日）与C建交): the subject is still A, B was the partner before;
# also after a plan cue or a place (预计24日与C会谈, 10日在北京与B会谈)
# (ev9: 次年9月的第二届峰会期间又宣布与A及B建交: a frame of time and 宣布 before 与; 出席…会晤，其间同B
#举行会晤, 会议间隙与B会面, 会后同B会谈: the attendee meets B)
# (a bare year or a year and month opens the clause too: 并于2023年与B签署…, 2024年5月又同B会谈; probe14)
_LEAD_TIME = (r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|次日|翌日|当天|当日|同日|\d{4}年(?:\d{1,2}月)?(?:底|初|中旬|下旬|上旬|年初|年底|上半年|下半年)?|\d{1,2}月(?:底|初|中旬|下旬|上旬)?|同月|当月|次月|同年|次年|昨日|昨天|今天|今日|前日|前天|"
              r"上午|下午|晚间|晚上|早上|稍后|其后|(?:数|几|[一二两三四五六七八九十\d]{1,2})(?:个)?(?:日|天|周|月|年)(?:之)?后|[（(][^）)]{1,14}[）)]"
              r"|(?:次年|同年|次月|同月|翌年|隔年|是年|当年)(?:\d{1,2}月)?(?:\d{1,2}日)?|[^，。；,;与同跟]{0,20}?(?:期间|间隙|场边)|其间|此间|会后|会上)")
# (a time told back, 此前曾于3月与B举行磋商, opens the clause too)
# an arrival that opens the clause (抵达惠灵顿当天即与B会谈, 抵京后同B会晤, 到达河内时与B会面): the
# traveller of the clause before still acts, B is the partner
_ARRIVAL_LEAD = r"(?:(?:抵达|到达|飞抵|抵)[\u4e00-\u9fff]{1,8}?(?:后|之后|当天|当日|次日|时)?)"
# (a shared identity of the subjects before may open the clause: 同为英语国家而与…, 均为盟国，又与…)
_LEAD_WITH = re.compile(r"(?:(?:同为|均为|都是|同属|均属|作为)[^，。；,;与同跟和]{1,12}?(?:而|并|也|又|还)?)?(?:此前|之前|先前|早前|此后|曾经|曾|已经|已)*(?:并|还|也|又|再)?(?:曾经|曾|已经|已)?(?:于|在)?" + _LEAD_TIME + r"*" + _ARRIVAL_LEAD + r"?"
                        r"(?:(?:将|将于|预计|计划|拟|准备|争取|力争|寻求|希望)(?:于|在)?" + _LEAD_TIME + r"*){0,2}"  # (将寻求与…)
                        r"(?:(?:并|还|也|又|再|则|随即|随后|旋即)?在[\u4e00-\u9fff]{1,8}?)?"  # (3日又在东京与B会晤)
                        r"(?:转而|改而|转|改|随即|随后|此后|其后|之后|同时|另外|此外|继而|进而|旋即|当天|同日|次日|翌日|并且|而且|还|也|又|并|再|则|即|分别|先后|相继)*"
                        r"(?:宣布|决定|正式|同意)?(?:与|同|跟)")
# recall15: the partner described by a relative clause with no party in it (次日与上任刚满一周的日本首相会谈,
# 同来访的美国国务卿会晤); not 与会的 "attending", nor 同 as "same" (同年的, 同样的, 同期的)
_LEAD_WITH_DESCRIBED = re.compile(_LEAD_WITH.pattern + r"(?!会|此|其|年|月|日|时|期|样|一|类|等)[^，。；、与同和跟的]{1,12}的")
# (a time or a place of its own, then the partner's title: 12日在白宫与总统拜登会晤, 9日与国家主席习近平会谈)
_LEAD_WITH_TITLE = re.compile(_LEAD_WITH.pattern + r"[^，。；、与同和跟]{0,16}?" + _PARTNER_TITLES)


def _comitative(text: str, m: Mention, clause_start: int) -> bool:
    """The first party of a clause introduced by 与/同/跟 (与B举行会谈) is a partner, not the subject."""
    lead = text[clause_start : m.start].strip()
    if lead in _COMITATIVE_LEAD or _LEAD_WITH.fullmatch(lead) \
            or _LEAD_WITH_DESCRIBED.fullmatch(lead):
        return True
    # 与中共中央外事办主任王毅会面, 9日在白宫与总统拜登会晤: a person's title between 与 and the name
    return m.kind == "person" and (_TITLED_PARTNER.fullmatch(lead) is not None or _LEAD_WITH_TITLE.fullmatch(lead) is not None)


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


_ARRIVAL = re.compile(r"(?:抵达|飞抵|到达|来到|前往|转往|飞往|赴)\s*$")  # (lead17: 转往/飞往 "go on to / fly to")


# (a name the linker does not know and the day may stand between: 亚洲大洋洲局长金井正彰17日抵达北京)
_OFFICIAL_TITLE = re.compile(r"(?:总统|总理|首相|外长|外相|国务卿|防长|部长|主席|国王|元首|特使|代表团|局长|司长|次官|次长|大使)"
                             r"(?:[\u4e00-\u9fff]{2,4}?)?(?:(?:\d{1,2}月)?\d{1,2}日|昨日|昨天|今天|当天|同日|次日)?$")


def _official_arrives(text: str, t1: int, word: str, mentions: list[Mention]) -> bool:
    """抵达 is a visit when a person arrives (named before it in its clause) in a place or state
    named right after it."""
    clause_start = _clause_start(text, t1 - len(word), 0)
    person = any(m.kind == "person" and clause_start <= m.start and m.end <= t1 - len(word) for m in mentions) or \
        _OFFICIAL_TITLE.search(text, max(clause_start, t1 - len(word) - 14), t1 - len(word)) is not None  # 俄罗斯总统抵达
    place = any(t1 <= m.start <= t1 + 1 and m.country and (m.kind == "place" or m.kind in STATE_KINDS) for m in mentions)
    return person and place


# lead19: a leader's trip to a state told with a travel verb alone (李强…，随后启程前往马来西亚。): the state,
# by its name (not a city: 转往珀斯 is a stop inside the state visited, 转往马尼拉，与…会谈 a meeting told
# by its own words), closes the sentence
_TRIP_ENDS = re.compile(r"\s*(?:[。；;！!]|$)")


def _official_travels(text: str, t1: int, word: str, mentions: list[Mention]) -> bool:
    """前往/转往/飞往 is a visit when a person or official named earlier in the sentence travels to a
    state named right after the verb, closing the sentence."""
    dest = next((m for m in mentions if m.start == t1 and m.kind in STATE_KINDS), None)
    if dest is None or not _TRIP_ENDS.match(text, dest.end):
        return False
    s = max(text.rfind(c, 0, t1 - len(word)) for c in "。！？!?\n") + 1
    return any(m.kind == "person" and s <= m.start and m.end <= t1 - len(word) for m in mentions) or \
        _OFFICIAL_TITLE.search(text, max(s, t1 - len(word) - 14), t1 - len(word)) is not None


def _arrival_host(text: str, s: int, t0: int, mentions: list[Mention], gz: Gazetteer) -> list[Participant]:
    """The state of the last place (or capital) named after an arrival verb before the trigger."""
    for m in reversed([m for m in mentions if s <= m.start and m.end <= t0]):
        if m.country and (m.kind == "place" or m.kind in STATE_KINDS) and _ARRIVAL.search(text, max(s, m.start - 3), m.start):
            st = gz.get(m.country)
            return [Participant.of(st)] if st is not None else []
    return []


def _actorish(m: Mention) -> bool:
    """A mention that can take part in an event: a state, a body, a person or a firm standing for
    a state (firms act as their home state), or a coreference to one of those."""
    return m.kind in STATE_KINDS or m.kind in _ORG_KINDS or (
        m.kind in ("person", "company", "organ") and (m.country is not None or m.how == "tenure")) or (
        m.how == "coreference" and bool(m.refers_to)
    )


def _participants(ms: list[Mention], gz: Gazetteer) -> list[Participant]:
    out: list[Participant] = []
    seen: set[str] = set()
    for m in ms:
        ids = m.refers_to if m.how == "coreference" and m.refers_to else [_acts_for(m, gz) if m.kind == "person" else represented(m.id, gz)]
        for i in ids:
            if not i or i in seen:
                continue
            seen.add(i)
            ent = gz.get(i)
            if ent is not None:
                out.append(Participant.of(ent))
            else:
                out.append(Participant(i, m.kind, m.name_zh, m.name_en, m.country))
    return out


# 举行第4次年度“战略政策对话”, 举行首次美印“先进领域防务对话”: a named dialogue or council whose session
# is held, even when the gazetteer does not know it (an `x:` id, as for discovered names)
_UNLISTED_SESSION = re.compile(
    r"^了?\s*(?:第?\s*[\d一二三四五六七八九十]+\s*[次届]|首次|首届)?\s*(?:年度)?\s*[\u4e00-\u9fff]{0,3}?"
    r"[“\"「『]([^“”\"「」『』，。；]{2,20}?(?:对话|磋商|会议|会谈|理事会|委员会|论坛))[”\"」』]")


_UNQUOTED_SESSION = re.compile(
    r"^了?\s*(?:第?\s*[\d一二三四五六七八九十]+\s*[次届]|首次|首届)?\s*(?:年度)?\s*"
    r"((?:[\u4e00-\u9fff]{1,6}[-—－]){1,2}[\u4e00-\u9fff]{2,16}?(?:战略对话|对话|磋商|理事会|委员会|论坛|峰会))(?=[\s(（，。；并和第]|$)")


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


_SETTING_TAIL = re.compile(r"^[^，。；]{0,40}?(?:期间|期|之际|间隙|场边)\s*(?:举行|进行|召开|正式)?\s*$")


def _in_setting_phrase(text: str, m: Mention, clause_start: int, t0: int) -> bool:
    """在巴厘岛二十国集团峰会和曼谷亚太经合组织领导人非正式会议期间举行磋商: every gathering and place
    of a coordinated setting phrase frames the act; none takes part in it."""
    if m.end > t0 or "在" not in text[clause_start : m.start]:
        return False
    return bool(_SETTING_TAIL.match(text[m.end : t0]))


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
    if _NAME_TAIL.search(inner) or inner.strip() == text[m.start : m.end]:
        return False  # a quoted name (“四边安全对话”, “美越政治、安全和防务对话”)
    # a quoted statement (“日本和乌克兰有着…”) or slogan (“一个中国”政策, “以台制华”)
    return len(inner) >= 8 and bool(re.search(r"[是有将的了在]", inner)) or len(inner) <= 8


_PASSIVE = re.compile(r"(?:遭到|遭受|受到|招致|被|(?<!周)遭)")  # 遭 alone: 遭中国海警船拦截

_AGENT_TO_VERB = re.compile(r"^(?:等国|等|的|方面|政府|(?:其他|部分|多数|多个|一些|各|个别)?(?:成员国|成员|盟国|盟友)|强烈|严厉|公开|依法|强行|多次|再次|当场|新一轮|新一批|新的|一系列|多轮|多项|进一步的?|额外的?|单边|全面|\s)*"  # (被中国海警依法驱离, 遭到欧盟新一轮制裁)
                            r"(?:[\u4e00-\u9fff]{1,4}(?:及|和|并|、))?$"  # (受到中国海警的拦截和登临检查; 遭到东盟部分成员国反对: probe14)
                            # 遭中国海警船喷射水炮, 遭中国歼-16战机危险拦截, 遭…海警船使用水炮拦截: the agent's
                            # ship or aircraft, an adverb and a light verb of the act with its instrument
                            # (被中国海警船用水炮喷射), and an act of force before it that the two share
                            # (遭中国海警船拦截及登临: the agent of the first is the agent of the second)
                            # (遭到中国海警船的水炮袭击, 遭到中国海警船的危险拦截: a 的 after the agent's ship)
                            r"|^[\w\-－]{0,8}?(?:船只|船|舰艇|舰|艇|飞机|机|海警|海军|空军|部队)(?:的)?(?:危险|强行|蓄意|多次|公然)?"
                            r"(?:(?:喷射|发射|使用|动用|进行|用|以)[\u4e00-\u9fff]{0,4})?(?:[\u4e00-\u9fff]{1,4}(?:及|和|并|、))?$")


# receiving what another gives (越南获得日本提供的贷款, 柬埔寨接受中国援助的巡逻艇, 越南获得了美国的援助): the giver
# named right before the act gives to the subject (not 获邀, 获准, 获批, 获悉, 获胜, 获奖)
_RECEIVED = re.compile(r"(?:获得|得到|收到|接受|接收|获)(?!邀|准|批|悉|胜|奖|释|选|颁)")


def _received(text: str, clause_start: int, t0: int, parts_before: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """(givers, receivers) of an act told after a receiving verb whose subject is named before it, or None."""
    hits = list(_RECEIVED.finditer(text, clause_start, t0))
    if not hits or t0 - hits[-1].end() > 12:
        return None
    at = hits[-1].end()
    givers = [m for m in parts_before if at <= m.start]
    if not givers or not _AGENT_TO_VERB.match(text[givers[-1].end : t0]):
        return None
    receivers = [m for m in parts_before if clause_start <= m.start and m.end <= hits[-1].start()]
    return (givers, receivers) if receivers else None


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


# (a wire's dateline may open the first sentence: 新华社首尔1日电 A…, （中央社记者…1日专电）A…)
_LEAD_OK = re.compile(r"^(?:[^，。；]{2,40}?(?:电|專電|专电)[）)]?\s*)?(?:[\s\d年月日、]|初|底|中旬|上旬|下旬|上半年|下半年|以来|期间|此外|同时|随后|其中|而|但|并|还|也|此后|"
                      r"当时|其后|本月|今年|去年|次年|同年|当天|此前|之后|然后|另外|然而|不过|例如|比如|首先|其次|最后|"
                      r"[一二三四]是|第[一二三四五六七八九十]|[（(][^）)]{0,20}[）)]|"
                      # (中共国台办, 对岸海警: Taiwan's words for the PRC, no mention, before the organ they own)
                      r"中共|对岸|"
                      # (国家主席习近平…: an office title before the person named)
                      r"(?:时任|前任|现任|前)?(?:国家主席|总统|副总统|总理|首相|外长|外相|外交部长|国防部长|防长|国务卿|大使|特使|秘书长|议长|发言人))*"
                      r"(?:[^，。；]{0,16}的)?$")
_NOT_AN_AGENT_AFTER = re.compile(r"^(?:危机|问题|局势|冲突|战争|争端|事件|关系)")
_COMITATIVE_LEAD = ("与", "同", "跟", "并与", "还与", "也与", "并同", "又与", "随后与")


def _subject_group(text: str, parts: list[Mention], floor: int, strict: bool = False, directed: bool = False,
                   joined: bool = False, visits: bool = False) -> list[Mention]:
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
        if lead in _COMITATIVE_LEAD or _LEAD_WITH.fullmatch(lead):  # (10日在北京与B举行会谈)
            partners = g + partners
            continue
        if _LEAD_OK.match(lead) and not _NOT_AN_AGENT_AFTER.match(text[g[0].end : g[0].end + 2]):
            run = _subject_run(text, g)
            if directed and len(run) > 1 and _NOT_AN_AGENT_AFTER.match(text[run[-1].end : run[-1].end + 2]):
                continue  # 日乌关系升级…，承诺向乌提供: a pair's relations are the topic, not the giver
            if joined and not directed:  # A10日与B举行会谈，并签署…: B signs too
                run = run + met_partners(text, run, g, visits)
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


# 就 as a preposition introducing the matter spoken about (X就Y表示…), not 就是/成就/早就/就任…
# (lead17: 针对 opens such a phrase too, 韩国针对日方措施向世贸提起申诉)
_TOPIC_JIU = re.compile(r"(?<![成早这那迁造将不就即])就(?![是在此业任职读要会已能可算像连不近地座绪位])|针对(?=[^，。；]{1,30}?(?:表示|提出|提起|发表|作出|做出|表达|发出))")
_SPEECH_ACT_VERB = re.compile(r"表示|发表|提出|提起|作出|做出|表达|发出|进行")


def _topic_phrase(text: str, clause_start: int, t0: int) -> tuple[int, int] | None:
    """X就Y…表示不满: where 就 opens the topic phrase and where the speech verb that closes it starts,
    when the trigger at t0 lies inside the phrase or right after its verb."""
    window = text[clause_start:t0 + 12]
    best = None
    for j in _TOPIC_JIU.finditer(window):
        if clause_start + j.start() >= t0:
            break
        verb = _SPEECH_ACT_VERB.search(window, j.end() + 2)
        if verb is not None and verb.start() - j.end() <= 40:
            best = (clause_start + j.start(), clause_start + verb.start())
    return best


# a meeting noun right after a venue or a body's name (印尼APEC会议, 日本大阪会议)
_MEETING_AFTER_NAME = re.compile(r"(?:第[一二三四五六七八九十\d]+[次届])?(?:领导人非正式会议|领导人会议|部长级会议|部长会议|会议|峰会|年会)")
_PARTNER_BODIES = ("东盟", "欧盟", "非盟", "中亚", "中东", "北约", "拉美", "阿拉伯", "太平洋", "南亚", "东亚")


def _host_of_meeting(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """2013年印尼APEC会议, 1995年日本大阪会议: a state named right before a city or a body's Latin
    acronym and a meeting noun hosts the meeting; it is no party of what the meeting adopts. A
    partner body in Chinese (中国东盟峰会) keeps the state a party."""
    if m.kind not in STATE_KINDS or m.how != "gazetteer":
        return False
    nxt = next((x for x in mentions if x.start == m.end), None)
    if nxt is None:
        return False
    if nxt.kind != "place" and not (nxt.kind in _ORG_KINDS and nxt.text.isascii()):
        return False
    return not simplify(nxt.text).startswith(_PARTNER_BODIES) and _MEETING_AFTER_NAME.match(text, nxt.end) is not None
