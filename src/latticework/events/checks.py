"""Whether a trigger tells a happening at all (a background noun, a statistic, a plan's content...)."""

from __future__ import annotations

import re

from ..actors.gazetteer import STATE_KINDS, simplify
from .analysis_nouns import analysis_noun
from .arrival_purpose import arrival_to_attend, transit_leg
from .attributes import _DOC_KINDS, _ORG_KINDS, _PLAN_FRAME, _object_head
from .clauses import _clause_end, _clause_start
from .described_partner import described_partner
from .model import Participant
from .roles import _in_quoted_speech, _marked_recipient
from .statements import reacts_by_statement
from .tariff_relief import relieved_measure
from .topics import asked_topic, described_firms, in_grounds
from .utterance_content import (discussed_topic, document_characterises, named_not_done, opposed_generic_act, rebutted_accusation,
                                threat_content)

_DRILL = re.compile(r"演习|军演|演练|演训|实弹")

_COMMUNITY_AHEAD = re.compile(r"[^，。；]{0,40}?命运共同体")  # a community of shared future named ahead

_TITLE_SPAN = re.compile(r"《[^《》]{1,60}》")
# titles given as the names of documents told before (两份文件的全称分别为《A》和《B》), no act
_NAMING_FRAME = re.compile(r"(?:全称|简称|全名|名称|又称|正式名称)(?:分别)?(?:为|是)?\s*$")
_LISTED_TITLES = re.compile(r"(?:《[^《》]{1,80}》\s*(?:[、和及与]|以及)?\s*)+$")
# a title followed by what names a work of scholarship or the press
_WORK_AFTER = re.compile(r"\s*(?:一书|一文|一篇|书中|文中|专著|论文|一著)")
_SPEECH_AFTER = re.compile(r"^\s*(?:了)?\s*(?:要|应|应当|应该|将|把|加入|申请|希望|建议|在|由|对|与|关于|过|出)")
# an unquoted name of a body set up, a trigger word inside it: the founding verb before, the
# institution noun closing the name after (设立东南亚投资融资办公室, 成立联合训练中心)
_FOUNDING_BEFORE_NAME = re.compile(r"(?:设立|成立|建立|创建|组建|开设|创设|共同设立|联合设立)[^，。；、的与和]{0,10}$")
_INSTITUTION_AFTER = re.compile(r"[^，。；、的与和]{0,8}?(?:办公室|中心|基金|银行|机构|委员会|办事处|研究院|学院|秘书处)")
_IN_FOUNDED_NAME = re.compile(r"(?:发起|启动|建立|成立|设立|创建|组建|推出|宣布建立|宣布成立)了?\s*(?:一个|新的)?\s*[“「][^“”「」]*$")

_MEETING_OBJECT = re.compile(r"^[^，。；]{0,24}?(?:峰会|会议|会晤|会谈|大会)[”」]?(?:[(（][^()（）]{0,60}[)）])?\s*(?:[，。；,]|$)")
_TALKS_AFTER = re.compile(r"^[^，。；]{0,30}?(?:[”」)）]|[A-Za-z]|框架|协定|伙伴关系|自贸区)\s*谈判")
# verbs that found a standing body, never convene a session (建立东盟防长会议 vs 发起…峰会)
_FOUNDING_VERBS = ("建立", "设立", "创建", "创立")
_ATTITUDE = re.compile(r"^[^，。；]{0,30}?的(?:态度|立场|看法|意见|讨论|争论|可能性?|前景|问题)")
_STATISTIC = re.compile(r"同比|累计|截至|实际投资|实际使用|总额|存量|占[^，。；]{0,10}比")
# (the currency may follow the yuan: 总额260亿元人民币的…援助)
_VALUE_OF_DEAL = re.compile(r"总额\s*(?:约|达|为|超过|逾|近)?\s*[\d.]+\s*[亿万千百]*\s*(?:美元|日元|欧元|元|澳元|英镑)\s*(?:人民币)?\s*的")
_AREA_LIST = re.compile(r"^[^，。；]{0,16}?(?:等|和)?[^，。；]{0,12}?(?:方面|领域)")


# a joint drill called off (suspended, cancelled, postponed) by a verb before it in its clause
_DRILL_CALLED_OFF = re.compile(r"(?:暂停|中止|取消|推迟|延后|叫停|停止)[^，。；]{0,24}$")
# verbs of approval (核准 and 核可 are Taiwan and Hong Kong usage for 批准): a document or an initiative
# approved by a body is agreed, a treaty approved by a state ratified, aid approved given
APPROVAL_VERBS = ("批准", "核准", "核可")
# weapons tested (MOBILIZE), and the verbs before them that halt or ban the tests instead
WEAPON_TESTS = ("试射", "核试验", "核试爆", "发射")
_TESTS_HALTED = re.compile(r"停止|暂停|中止|冻结|放弃|暂缓|禁止|终止")
# missiles fired at a target marked by 向/对 (not a sea or a direction: 向日本海方向发射 is a test)
_FIRED_AT = re.compile(r"[向对](?![^，。；]{0,12}?(?:海|方向|水域|洋))[^，。；]{1,12}$")
# a state halting its own tests declares a moratorium (POLICY); a ban by others (禁止) is no act of the tester
_MORATORIUM = re.compile(r"(?:停止|暂停|中止|冻结|暂缓|终止)[^，。；]{0,12}$")


def halted_tests(word: str, text: str, clause_start: int, t0: int) -> bool:
    """停止核试验和洲际弹道导弹试射: the tests named are halted by a verb before them in the clause, a
    moratorium of the testing state, no show of force."""
    return word in WEAPON_TESTS and _MORATORIUM.search(text, clause_start, t0) is not None
_WITHDRAWN = re.compile(r"(?:撤出|撤离|撤回|撤走|撤除|撤军|撤兵)$")


_SUMMONED_BEFORE = re.compile(r"(?:召见|约见|约谈|召唤)[^，。；,;]{0,20}?(?:大使|公使|代办|代表|使节)(?:并|，并|,并)?\s*(?:向其|对此)?\s*(?:提出|表达|表示)?(?:了)?(?:严正|强烈)?$")
# people a state admits (接纳280名公民, 接收难民, 吸纳移民): no membership
_PEOPLE_ADMITTED = re.compile(r"[^，。；,;]{0,12}?(?:\d+|[一二三四五六七八九十百千万]+)\s*(?:名|位|人)|"
                              r"[^，。；,;]{0,12}?(?:公民|移民|难民|劳工|留学生|学生|游客|人员|居民|侨民)")

# a day counted from an act (会晤前一日，…; 峰会前夕; 访问次日): the act is the anchor, told elsewhere
_DAY_FROM_ACT = re.compile(r"(?:的)?(?:前一[日天]|前两天|前夕|后一[日天]|次日|翌日|当天|当日)[，,]")


# opposition whose object runs to the trigger (反对美方对台军售, 反对东亚出现一个主导国家): a policy
# opposed, not a happening; a condemned act (谴责北韩向俄罗斯移交飞弹) is one the gold counts
# an executive order signed with no title of its own and a comma after it: the vehicle of the act its
# next clause tells (签署行政令，以芬太尼问题为由对…加征10%关税; the Taiwan 行政命令 is no POLICY trigger)
_BARE_ORDER = re.compile(r"\s*(?:了)?\s*(?:一项|一份|两项|多项|总统)?\s*行政(?:令|命令)\s*[，,]")
_OBJECTED = re.compile(r"(?:反对|反指|指称)[^，。；,;：:]{0,20}$")
_TIMED = re.compile(r"\d+\s*[年月日]|[昨今前去]天|昨日|今日|日前|近日|上周|本周|上月|本月|此前")


def _not_an_act(text: str, s: int, e: int, t0: int, t1: int, word: str, etype: str) -> bool:
    """Uses of the document and institution triggers that report no act: a trigger inside a
    document title (《安全部门援助路线图》); 提出 introducing speech (提出要…, 提出应…, 提出加入…的设想);
    a meeting convened (发起…峰会: the CONSULT is found apart) or negotiations opened (推出…谈判: CONSULT)
    rather than a body founded; a founding only discussed (讨论建立…); an attitude towards joining
    (对加入…的态度); investment statistics (同比, 累计, 实际投资); aid named as a field of work
    (人道主义援助和灾难救援等方面); the grounds of another act (以对台军售为由); forces named as
    those to be withdrawn (撤出驻扎在该国的军事人员); the act a question names (被问及普京访朝时)."""
    for m in _TITLE_SPAN.finditer(text, max(s, t0 - 60), min(e, t1 + 60)):
        if m.start() < t0 and t1 <= m.end() and (etype not in ("AGREE",) or _WORK_AFTER.match(text, m.end())
                                                 or _NAMING_FRAME.search(_LISTED_TITLES.sub("", text[max(s, m.start() - 120) : m.start()]))):
            return True  # (《中美联合公报的历史考察》一文: the title of a work, no document agreed; 全称为《…》: a name given)
    after = text[t1:e]
    if etype == "POLICY" and _BARE_ORDER.match(after):
        return True  # 签署行政令，宣布退出…/对…加征关税: the order carries the act told after it, one event
    if etype == "JOIN" and _PEOPLE_ADMITTED.match(after):
        return True  # 每年接纳最多280名图瓦卢公民移居, 接收难民: people admitted, no accession
    if etype == "ACCUSE" and _SUMMONED_BEFORE.search(text, max(s, t0 - 30), t0):
        return True  # 召见俄罗斯驻韩大使提出抗议: the protest is the summons told just before, one act
    clause_start = _clause_start(text, t0, s)
    if asked_topic(text, clause_start, t0, t1):
        return True  # 被问及普京访朝时称: the act the question names was told before
    if etype == "MOBILIZE" and _WITHDRAWN.search(text, max(s, t0 - 4), t0):
        return True  # 要求印度撤出驻扎在该国的军事人员: the forces to be withdrawn, no deployment
    if etype == "MOBILIZE" and word in WEAPON_TESTS and _TESTS_HALTED.search(text, clause_start, t0):
        return True  # 宣布停止核试验和洲际导弹试射: tests halted or banned, none held
    if etype == "MOBILIZE" and word in WEAPON_TESTS and _FIRED_AT.search(text, clause_start, t0):
        return True  # 向乌克兰发射导弹: missiles fired at a target are an attack (use of force: no type), no test
    if in_grounds(text, t0, t1, clause_start):
        return True  # 以对台军售为由: the grounds of the act told after it
    if _DAY_FROM_ACT.match(text, t1):
        return True  # 会晤前一日, 峰会前夕, 访问次日: an act told before, named to date another
    if etype != "ACCUSE" and (o := _OBJECTED.search(text, clause_start, t0)) is not None and not _TIMED.search(text, o.start() + 2, t0):
        return True  # 中方坚决反对美方对台军售: the act objected to, told with no time of its own, is what the objection is about
        # (反指菲方船只蓄意冲撞: the act a counter-claim alleges; a condemned act, 谴责朝鲜向俄罗斯移交导弹, stays)
    if etype in ("CONSULT", "COOPERATE") and _IN_FOUNDED_NAME.search(text, max(s, t0 - 30), t0):
        return True  # 发起“日菲海洋对话”: a meeting word inside the name of the body founded
    if etype in ("AID", "COOPERATE", "CONSULT") and _FOUNDING_BEFORE_NAME.search(text, max(clause_start, t0 - 14), t0) \
            and _INSTITUTION_AFTER.match(text, t1):
        return True  # 设立东南亚投资融资办公室, 建立联合训练中心: a trigger word inside the unquoted name of the body set up
    if etype == "ESTABLISH":
        if re.match(r"[^，。；]{0,4}?(?:退出|脱离|加入)", after):
            return True  # 启动退出《巴黎协定》的程序: a membership act's procedure, not a body founded
        if word == "提出" and _SPEECH_AFTER.match(after):
            return True
        if (_MEETING_OBJECT.match(after) and word not in _FOUNDING_VERBS) or _TALKS_AFTER.match(after):
            return True  # (but 建立东盟防长会议: a standing meeting founded, not one convened)
        if _DISCUSSED.search(text[clause_start:t0]):
            return True
        if re.match(r"[^，。；]{0,30}?(?:发展模式|的运动)", after):
            return True  # 提出“…”经济发展模式, 发起成立…的运动: a domestic model or a campaign
    if etype == "ALIGN" and word.startswith(("共同", "携手")) and re.search(r"为\s*$", text[max(0, t0 - 2) : t0]):
        return True  # 提升为携手构建…的中巴命运共同体: inside the label of the upgrade, no act of its own
    if etype == "ALIGN" and (re.match(r"(?:为|成|了)?\s*(?:一个|一种|一支)?\s*更", after) and not _COMMUNITY_AHEAD.match(after)
                             or re.search(r"在\s*$", text[clause_start:t0])
                             and re.match(r"[^，。；]{0,30}?方面", after)):
        return True  # 建立一个更有能力的同盟, 在建立…伙伴关系方面取得进展: no new tier of relations
        # (but 提升为携手构建更公正世界…的命运共同体, 共同构建更为稳定、更加繁荣…的中泰命运共同体 name a
        # tier that holds 更)
    if word in APPROVAL_VERBS and re.match(r"[^，。；]{0,12}?加入[^，。；]{0,20}?(?:议定书|协定|协议)", after):
        return True  # 批准芬兰加入北约的议定书: a step of another state's accession (its JOIN is found apart)
    if etype in ("JOIN", "ESTABLISH", "AGREE") and text[max(clause_start, t0 - 3) : t0].endswith("对") and _ATTITUDE.match(after):
        return True
    if etype == "AID":
        clause = text[clause_start : _clause_end(text, t1, e)]
        if word.endswith("援助") and re.match(r"\s*(?:制度|路线图|机制|框架|体系|署|局|机构)", after):
            return True  # 设立新的安全援助制度: aid naming a programme or an agency, not given
        if word in _SALE_VERBS and (_SALE_BANNED.search(text, clause_start, t0) or _NO_BUYER.search(text, max(clause_start, t0 - 6), t0)):
            # 禁止向俄罗斯出口武器: a ban on arms sales (its SANCTION is told apart); 允许向第三国出口该型战机:
            # exports opened to no state in particular, the policy that allows them (POLICY) is the act
            return True
        if word == "支持" and re.match(r"[^，。；]{0,12}?(?:共同生产|联合生产|合作生产|共同开发|联合研发)", after):
            return True  # 支持制导武器共同生产: backing a co-production (COOPERATE), not aid
        if (st := _STATISTIC.search(clause)) and not _VALUE_OF_DEAL.match(clause, st.start()):
            return True  # 累计投资, 对华投资总额: a statistic (but 出售总额约20亿美元的…: the value of one deal)
        if (text[t0 - 1 : t0] in ("、", "和") and word.endswith(("援助", "投资"))) or (_AREA_LIST.match(after) and "、" in clause):
            return True
    return False


# type13: arms sold or exported after a ban or a halt in their clause (欧盟禁止向俄罗斯出口武器, 停止向某国出售…)
_SALE_VERBS = ("出售", "出口", "输出", "售予", "转让")
_SALE_BANNED = re.compile(r"(?:禁止|限制|停止|暂停|中止|不得|不准|不许|禁运|叫停)[^，。；]{0,12}$")
_NO_BUYER = re.compile(r"(?:向|对)(?:第三国|第三方|他国|其他国家|海外|国外|外国)$")
_PURPOSE = re.compile(r"(?:(?<![予加给])以|以便|以期|旨在|为了|力求|谋求)\s*$")  # 予以谴责, 加以限制: no purpose
# triggers that name the means after 以 (以水炮攻击, 以激光照射), not a purpose
_INSTRUMENTS = ("水炮", "水砲", "激光", "雷达", "照明弹")
_AGREED_ON = re.compile(r"^[^。；]{0,40}?(?:达成(?:了)?(?:[^，。；]{0,6})?(?:共识|一致|协议)|取得共识)")


def _content_of_plan(text: str, s: int, clause_start: int, t0: int, t1: int, e: int) -> bool:
    """An act named as the purpose of another (…，以激活数据共享机制) or as the content of a consensus
    (两国就尽早签署《…协定》达成共识) has not happened yet: it is planned."""
    if _PURPOSE.search(text[clause_start:t0]) and not text.startswith(_INSTRUMENTS, t0):
        return True  # (遭海警船以水炮攻击: 以 names the means, the act happened)
    if (k := text.rfind("关于", clause_start, t0 + 2)) != -1 and t0 - k <= 8 and _SIGNED_ABOUT.search(text, clause_start, k) and \
            _DOCUMENT_AFTER.match(text, t1, e):
        return True  # (type13: 签署关于合作建设港口的协议: what the document provides for is still to come)
    k = text.rfind("就", clause_start, t0)
    return k != -1 and t0 - k <= 12 and bool(_AGREED_ON.match(text[t1:e]))


# type13: a document signed or issued about an act (签署关于合作建设…的协议, 发表关于…联合演习的声明)
_SIGNED_ABOUT = re.compile(r"(?:签署|签订|缔结|达成|发表|发布|通过)(?:了)?\s*$")
_DOCUMENT_AFTER = re.compile(r"[^，。；]{0,30}?的[^，。；]{0,8}?(?:协议|协定|备忘录|声明|宣言|计划|框架|安排|文件)")


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


_POLICY_NOUNS = re.compile(r"战略(?!伙伴|对话|合作|关系|竞争)|法案|法》|法律|行政令|白皮书|政策|报告|指南|清单|规定|条例|方案|构想|减排目标|国家自主贡献|评估》|具体位置|地点|基线"
                           r"|路线图|声明|宣言|协定|协议|备忘录|公报")  # (a document several parties announce is agreed; 基线: baselines declared)


# 宣布不加入《…协定》, 宣布退出…, 宣布加入…: a membership act told after 宣布 is the event (JOIN or
# LEAVE, negated or not); the document named is what is joined or left, not a policy issued
# (prec13: 宣布重返太平洋岛国论坛 made an ESTABLISH of the forum beside the JOIN; 宣布重返亚太战略 names a policy)
_MEMBERSHIP_ACT = re.compile(r"\s*(?:将|已|正式|暂|决定)?\s*(?:不再|不|拒绝)?\s*(?:加入|退出|参加|参与|入盟|(?:重返|重新加入|回归|脱离)(?![^，。；]{0,8}(?:战略|政策)))")


def _announces_membership_act(word: str, after: str) -> bool:
    """宣布不加入RCEP: 宣布 introduces the (negated) JOIN or LEAVE told after it and is no event itself."""
    return simplify(word) == "宣布" and bool(_MEMBERSHIP_ACT.match(simplify(after[:12])))


def _policy_object(word: str, after: str) -> bool:
    """宣布 issues a policy only with a policy noun in the phrase right after it (宣布《…战略》, 宣布新的
    出口管制规定), not when it introduces another act (宣布将两国关系提升为…战略伙伴关系, 宣布将为X筹集…)."""
    if simplify(word) != "宣布":
        return True
    return bool(_POLICY_NOUNS.search(_object_head(after[:24])))


_MONEY_BEFORE = re.compile(r"\d[\d.,\s]*\s*[亿万千百]*\s*(?:美元|日元|欧元|英镑|亿元|万元|元)[^，。；]{0,16}$")
_SUPPORT_FOR = re.compile(r"(?:增加|加大|提供|继续|扩大|增强)[^，。；]{0,3}对[^，。；的]{1,12}的$")


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


# an agreement whose terms follow a colon (双方就…达成一致：韩国将…，美方则将…)
_TERMS_FRAME = re.compile(r"达成(?:了)?(?:[^，。；：:]{0,6})?(?:一致|协议|共识)\s*$")


def agreed_terms(text: str, s: int, t0: int) -> bool:
    """True when the trigger at t0 is among the terms of an agreement told before a colon in its
    sentence: what the parties agreed to do is still to be carried out (planned)."""
    k = max(text.rfind("：", s, t0), text.rfind(":", s, t0))
    return k != -1 and bool(_TERMS_FRAME.search(text, s, k))


def _planned_colon(text: str, s: int, t0: int) -> bool:
    """三国承诺：举行…, 将继续扩大合作，包括发起…: the items after the colon (or 包括) of a sentence that
    frames a plan."""
    k = max(text.rfind("：", s, t0), text.rfind(":", s, t0), text.rfind("包括", s, t0))
    return k != -1 and bool(_PLAN_FRAME.search(text, s, k))  # (将继续…合作，包括发起…: the examples of a plan)



# 对话与合作机制, 对话和磋商机制, 对话合作平台, 对话、交流、合作关系: a trigger coordinated into the name
# of a standing body or relationship
_COORD_BODY = re.compile(r"^[”\s]*(?:(?:[和与、及]|以及)[\u4e00-\u9fff]{1,4}){1,3}(?:机制|平台|框架|渠道|架构|关系)|^合作(?:机制|平台|框架|关系)")
# 启动“经济政策磋商委员会”, 对话机制: a meeting noun inside the name of a body
_BODY_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:委员会|理事会|机制|平台|框架|渠道|架构)")
# 这些对话, 各种多边倡议和对话, 一系列演习: a plural or generic determiner makes a class, not one happening
_GENERIC_DET = re.compile(r"(?:这些|那些|各种|诸多|一系列|种种|多种|各类|各项|广泛的)[^，。；]{0,10}$")
# 常态化访台, 频繁互访, 多次派遣: a habit, not one happening
_HABITUAL_BEFORE = re.compile(r"(?:常态化|频繁|经常|屡次|多次|频频|不时)[\u4e00-\u9fff]{0,3}$")
# (prec13: a trend told of the measure, 对华制裁日趋严格, 出口管制呈现常态化趋势, 制裁愈演愈烈: analysis, no act)
_HABITUAL_AFTER = re.compile(r"^(?:频繁|不断|日益|的频率|的数量|的次数|的规模|数量|次数|频率|频次|的?(?:规范化|常态化|机制化|制度化)"
                             r"|(?:也|更|则|正)?(?:日趋|日渐|渐趋|趋于|趋向|愈发|越发|愈加|越来越|愈来愈|愈演愈烈|逐年|呈现[^，。；]{0,10}?(?:趋势|态势)|呈[^，。；]{0,8}?(?:趋势|态势))"
                             r"|(?:措施)?(?:层出不穷|接连不断|接踵而至|此起彼伏|屡见不鲜)|(?:规模|次数|数量)(?:逐年|不断|日益|持续)(?:扩大|增加|增多|升级|上升))")
# 是美日印澳之间的非正式战略对话: a description by copula
_COPULA = re.compile(r"是[^，。；]{0,30}的[\u4e00-\u9fff“”\s]{0,14}$")
_LIGHT_BEFORE = re.compile(r"举行|召开|参加|出席|进行|开展|主持|举办|参与")

_GATHERING_NOUNS = ("峰会", "首脑会议", "领导人会议", "部长会议", "部长级会议", "外长会", "防长会", "高官会")
# 在演习中, 在对话中: a setting referred to, not a happening told
_IN_SETTING = re.compile(r"在[\u4e00-\u9fff“”]{0,6}$")

_INVENTORY_INTRO = re.compile(r"(?:机制|渠道|平台|方式|形式)(?:主要)?包括")
_FOUNDED_AFTER = re.compile(r"^[”\s]*(?:[（(][^（）()]{0,20}[）)])?\s*(?:于\d{4}年)?(?:正式)?(?:成立|设立|创立)")
# (prec13: a role the gathering gives, 东盟峰会主办国柬埔寨, 峰会东道主: no session told)
_MEETING_AS_MODIFIER = re.compile(r"^[”\s]*(?:的)?(?:主题|议题|议程|精神|文本|草案|进程|势头|氛围|主办国|东道国|东道主|轮值主席国|主席国|主办方|主办城市|举办国|举办地)"
                                  r"|^[”\s]*的[^，。；]{0,4}?(?:平台|渠道|场所|舞台|窗口)")  # (安全对话的主要平台: a venue described)
# 中方对朝美领导人会面表示欢迎: the meeting is the topic of a stance on an act told before, no new one
_RESUMED_TALKS = re.compile(r"[^，。；]{0,16}?(?:对话|磋商|谈判|会谈)(?!机制|平台)")
_STANCE_TOPIC_BEFORE = re.compile(r"对[^，。；对]{0,16}$")
_STANCE_AFTER = re.compile(r"^(?:的)?(?:表示|表达|深表|予以|表明)")
# 特朗普在会面前跨越…: the bare meeting noun after 在 and before 前/后 dates another act by it
_TIME_FRAME_AFTER = re.compile(r"^(?:之)?(?:前|后)")
_ENHANCE_WITH = re.compile(r"(?:加强|深化|扩大|增强|促进|推进|拓展|强化)(?:与|同|和)[^，。；]{0,24}的[^，。；]{0,4}$")

# 与各方开展对话, 同周边国家加强合作: talks or cooperation with no party but "all sides" are vague intent
_GENERIC_PARTNER = re.compile(r"(?:与|同|和|跟)(?:有关|相关|其他|所有)?(?:各方|各国|国际社会|地区国家|周边国家|世界各国|各个国家)[^，。；、]{0,8}$"
                              r"|(?:促成|推动|呼吁|敦促|鼓励|支持)(?:有关|相关|冲突)?各方[^，。；、]{0,6}$")  # (未能促成各方对话)

# a founding verb shortly before a meeting noun in its clause (unquoted names: 建立东盟防长会议); not the
# ties set up (建立对话关系: ALIGN) nor the anniversary of ties that names a summit (建立友好合作关系50周年特别峰会)
# (宣布启动/正式启动 a dialogue found it too: 美英宣布启动技术和数据全面对话; launched talks, 启动…谈判, are
# the CONSULT of their own trigger)
_FOUNDING_BEFORE = re.compile(r"(?:建立|设立|成立|创立|创建|宣布启动|正式启动)[^，。；、“”「」]{0,16}$")
_TIES_OR_YEARS = re.compile(r"关系|周年")
_SINCE_YEAR = re.compile(r"\d{4}\s*年起\s*(?:(?:举行|召开|举办)[^，。；、]{0,8})?$")
# 推动就X进行磋商: consultations a party pushes for on a topic
_PUSHED_TALKS = re.compile(r"推动(?:双方|两国|各方)?就[^，。；]{0,30}$")
# 今后可/可以: what a party may do from now on (an agreement's permission), not an act
_CAPABILITY = re.compile(r"今后(?:可|可以|能|能够|将可)[^，。；]{0,8}$")
# 通过…演习提升/加强…: the means of a goal
_MEANS_BEFORE = re.compile(r"通过[^，。；]{0,14}$")
_MEANS_AFTER = re.compile(r"[^，。；]{0,8}?(?:提升|加强|增强|提高|深化)")
_ESTABLISH_AND_DEVELOP = re.compile(r"和(?:发展|深化|加强|巩固)")
# a list of fields or tasks (诸如…、…等方面; 任务均限于…、…): its items name kinds of work, not acts
_ENUMERATED_FIELD = re.compile(r"(?:诸如|均限于|仅限于|限于)[^。；]*$")
# a directed act inside a relative clause on a motion (谴责俄罗斯的决议, …的决议草案) describes the motion
_DESCRIBES_MOTION = re.compile(r"[^，。；、]{0,24}?的(?:决议草案|决议|草案|提案|议案|动议)")
# 制裁委员会: the committee that oversees sanctions is a body, not a sanction imposed
_SANCTIONS_BODY = re.compile(r"(?:委员会|小组|专家小组)")
# sanctions evaded or circumvented (规避制裁, 逃避制裁, 绕过制裁) are another party's, told as background
_EVADED = re.compile(r"(?:规避|逃避|躲避|绕过|绕开)$")
# 根据/依据…“路线图”: a document named as the basis of an act is one agreed before
_BASIS_BEFORE = re.compile(r"(?:根据|按照|依据|依照)[^，。；]{0,16}$")
# 签署的条约正式生效: a relative clause on the document whose entry into force the clause tells
_SIGNED_DOC_IN_FORCE = re.compile(r"的[^，。；]{0,16}?(?:条约|协定|协议|公约|议定书)[^，。；]{0,6}?生效")
_SIGNED_BEFORE = re.compile(r"(?:签署|签订|缔结)的[^，。；]{0,10}$")  # (the document noun heads the light verb's frame)
_IN_FORCE_AFTER = re.compile(r"[^，。；]{0,6}?生效")
# a document named again by a demonstrative (该宣言, 此协定, 上述协议): the one told before, no new agreement
_ANAPHORIC_DOC = re.compile(r"(?:该|此|这一|这份|该份|上述|前述)$")
_DOC_WORD = re.compile(r"(?:联合)?(?:宣言|声明|协定|协议|条约|公报|备忘录|议定书|路线图)")
# (签署该协议的东南亚国家: a relative clause on who signed a document told before describes those parties)
_DOCUMENT_NAMED = re.compile(r"[”」]?\s*(?:联合|共同)?(?:声明|宣言|公报|成果文件)")
_CHANNEL_ENDED = re.compile(r"(?:取消|暂停|中止|终止|停止|叫停)了?[^，。；、]{0,16}$")

_POSSESSED = ("CONSULT", "ACCUSE")
# 劳工组织的激烈反对: a degree adverb between the possessive and the noun keeps it a noun
_POSSESSED_DEGREE = re.compile(r"的(?:激烈|强烈|坚决|普遍|一致|广泛)$")
# 推动双方合作反对经济胁迫: opposing a practice named as the goal of cooperation, no rebuke told
_JOINT_GOAL = re.compile(r"(?:合作|携手|联手)$")
# 加入亚太地区合作进程, 主动加入或者配合…安排: a process or a loose alignment joined, no body or treaty
# (prec13: a debate, a contest, an operation or talks joined, 加入了讨论, 加入这场博弈, 加入了救援行动, is no
# membership when no body or document is named after it; not 完成加入谈判, the accession negotiated with a body
# named before it)
_JOINED_PROCESS = re.compile(r"[^，。；、]{0,12}?(?:进程|讨论|辩论|争论|论战|博弈|角逐|竞争|行动|对话)|\s*(?:或者|或是|或)(?:配合|参与|支持|追随)")
_SPEECH_ACT = re.compile(r"表示|表达|提出|发表|重申|宣布|声明")
# MOBILIZE: what is deployed or sent must be a force (部署无人机, 派遣部队), not a technology or a delegation
# (weapon systems named by what they do: “海上无人远征拦截系统”, 防空系统, 反舰系统)
_FORCE = re.compile(r"军|兵|舰|艇|航母|导弹|战机|飞机|无人机|轰炸机|战斗机|侦察机|巡逻机|预警机|运输机|部队|陆战队|武器|萨德|雷达|基地|战略资产|核|海警|火箭|炮|"
                    r"拦截系统|防空系统|反舰|防御系统|发射装置|发射器")
# forces whose name holds no 军, after the verb only (增派自卫队; 自卫队海外派遣中 names a practice)
_FORCE_AFTER = re.compile(r"[^，。；]{0,10}?(?:自卫队|警卫队|维和)")
_NOT_FORCE = re.compile(r"代表团|官员|自卫官|联络官|专家|使团|外交官|技术|能源|氢|数字|人工智能|能力")
_MOBILIZE_FORCE_WORDS = ("部署", "派遣", "派出", "增派", "进驻", "前沿部署")
_FOR_A_DRILL = re.compile(r"参加|参与|出席")
# LEAVE: what is left is a body, an agreement or a cooperation
_LEAVE_OBJECT = re.compile(r"协定|协议|条约|公约|组织|机制|框架|对话|合作|谈判|会谈|项目|计划|合同|演习|军演|联演|演练|联盟|集团|论坛|倡议|伙伴关系|峰会|援助|履行"
                           r"|通话|会晤|磋商|商谈|热线")  # (取消两军战区领导通话: a channel ended)
_LEAVE_MODAL_NOUN = re.compile(r"^[^，。；]{0,16}?的(?:权力|权利|可能|条款|风险|威胁|选项)")
_DIVEST = re.compile(r"^[^，。；]{0,12}?(?:投资|股份|股权|市场)")
# prec13: a market left after any 退出 word (宣布退出中国市场; not 宣布退出在斯投资的风电项目, a project the gold counts)
_MARKET_LEFT = re.compile(r"^[^，。；]{0,8}?市场")

_LEAVE_NEEDS_OBJECT = ("终止", "取消", "中止", "废除", "脱离",
                       # (absent11: 不再参加…竞选 or 停止参与讨论 leave nothing the ontology counts)
                       "不再参加", "不再参与", "停止参与", "停止参加", "暂停参与", "暂停参加", "中止参与", "中止参加", "终止参与")


# 为…提供法律基础/依据/保障: an act named inside the purpose of another (an agreement's, a law's)
_PURPOSE_BEFORE = re.compile(r"为[^，。；为]{0,24}$")
_GROUNDS_AFTER = re.compile(r"[^，。；]{0,6}?提供(?:了)?(?:法律|制度|政策)?(?:基础|依据|保障|便利|框架|条件|支撑)")
# a clause that restates the act just told as the N-th of its kind (这是…首次访美, 这将是他第二次访菲)
_RESTATED_COUNT = re.compile(r"\s*(?:这|此|此行|此访|此次访问|这次访问)(?:将|也|还|已)?是[^，。；]{0,20}?(?:第[一二三四五六七八九十两\d]+次|首次)")
# a trip told only as an attendance (赴天津出席…峰会，这是他…首次访华): the restatement names the trip a
# visit of the host, a happening the attendance did not tell (no visit verb before it in the sentence)
_ATTENDED_TRIP = re.compile(r"(?![^。；]*(?:访问|访[华美日韩俄印越菲英法德澳朝缅]))[^。；]*(?:赴|前往|抵达|飞抵|到)[^，。；]{1,12}(?:出席|参加)[^。；]*")
# joining a measure or a camp of measures, not a body: 加入对俄制裁行列, 加入反制阵营
# a citation (the notes of a report or an article): 参见美国国防部声明, 联合声明全文见外交部网站;
# a note that cites a document tells no event (one that states a dated fact does)
_CITING_CLAUSE = re.compile(r"^\s*[①-⑳\d.、\s]*(?:参见|参阅|详见|见(?!面|证|到|过)|引自|转引自|资料来源[：:])")
_TEXT_FOUND_AT = re.compile(r"^[^，。；]{0,6}?(?:全文|原文|文本|内容)(?:见|载于|载|刊于|刊)")
_VOTE = re.compile(r"赞成|弃权|表决|投票|反对票")
_CUSTOM_AFTER = re.compile(r"[^，。；]{0,8}?的(?:惯例|传统|先例|做法)")
# support given at home (为本土制造业, 向国内企业, 给本国农民): no other state receives it
# a giver named as what a state relies on (依靠美国提供安全保障, 仰赖日本援助, 依赖中国投资): dependence, no act
_RELIED_ON = re.compile(r"(?:依靠|依赖|仰赖|倚重|倚赖|指望|寄望于|有赖于)[^，。；,;]{0,12}$")
_DOMESTIC_BENEFICIARY = re.compile(r"(?:为|向|给)[^，。；]{0,6}?(?:本土|国内|本国|境内|其国内)")
_JOINS_A_MEASURE = re.compile(r"[^，。；]{0,12}?(?:制裁|反制|封锁|禁运)(?:行列|阵营|措施|之列)")


def _not_a_happening(text: str, s: int, e: int, t0: int, t1: int, word: str, etype: str, times: list, mentions: list) -> bool:
    """A trigger used as a noun, in a generic or habitual statement, or naming a standing body, tells
    no happening of its own (the guidelines: aggregates, vague statements and descriptions are not
    events). Only the types where these uses are common are checked."""
    cs = _clause_start(text, t0, s)
    ce = _clause_end(text, t1, e)
    before = text[cs:t0]
    after = text[t1:ce]
    if threat_content(text, s, t0, etype) or discussed_topic(text, s, t0, t1) or relieved_measure(text, t1, etype, before) \
            or rebutted_accusation(text, s, t0, word, etype) or (etype == "CONSULT" and arrival_to_attend(text, t1, simplify(word))) \
            or (etype == "CONSULT" and transit_leg(text, cs, t0, simplify(word))) \
            or document_characterises(text, s, t0, etype) or (etype != "ACCUSE" and opposed_generic_act(text, cs, t0)) \
            or named_not_done(text, s, cs, t0, t1, etype):
        return True  # 扬言…加征关税: what is threatened; 就…出口管制等问题达成共识: a topic (utterance_content.py)
    if etype in ("AID", "COOPERATE") and _RELIED_ON.search(before):
        return True  # 依靠美国提供安全保障: what a state relies on another for, a standing dependence (lead12)
    if described_firms(text, t0, t1, cs, mentions):
        return True  # 对多家协助俄罗斯规避制裁的中国企业实施制裁: the clause only says who the firms are (topics.py)
    if etype == "AID" and _DOMESTIC_BENEFICIARY.search(before):
        return True  # 为美国本土半导体制造提供527亿美元补贴: a state's support at home is its policy, no aid to anyone
    if etype == "COOPERATE" and _DRILL_CALLED_OFF.search(before):
        return True  # 宣布暂停原定8月举行的联合军演: the drill called off is the LEAVE its verb tells, none held
    if analysis_noun(text, s, e, t0, t1, before, after, etype, bool(times)):
        return True  # 制裁能否…, 北京的反制措施, 体现在…联合训练上, 是否会…？ (analysis_nouns.py)
    if etype in ("CONSULT", "COOPERATE") and (f := _FOUNDING_BEFORE.search(before)) and not _TIES_OR_YEARS.search(f.group() + after[:8]):
        return True  # 先后建立东盟防长会议与东盟防长扩大会议, 建立外长会议机制: the name of a body founded, no session
    if etype in ("CONSULT", "COOPERATE") and _SINCE_YEAR.search(before[-20:]):
        return True  # 2005年起举行东亚峰会: a series held every year since, not one session
    if etype in ("CONSULT", "COOPERATE") and _PUSHED_TALKS.search(before):
        return True  # 两国将推动就…的措施进行密切磋商: talks pushed for on a topic, vague intent (no round named)
    if _CAPABILITY.search(before[-12:]):
        return True  # 日本自卫队今后可赴菲参加联合训练: what an agreement permits from now on, no act told
    if etype in ("COOPERATE", "CONSULT") and _MEANS_BEFORE.search(before) and _MEANS_AFTER.match(after):
        return True  # 通过年度多国联合军事演习提升…能力: drills named as the means of a goal, not one held
    if etype == "ALIGN" and _ESTABLISH_AND_DEVELOP.match(after):
        return True  # 同…机制建立和发展对话、合作关系: ties to build and grow, vague intent (no tier set)
    if _ENUMERATED_FIELD.search(text, max(s, t0 - 80), t0) and (text[t0 - 1 : t0] in ("、", "和") or text[t1 : t1 + 1] in ("、", "和")):
        return True  # 其任务均限于维和、打击海盗、建立海外活动平台、…: an item of a list of fields or tasks
    if etype in ("ACCUSE", "SANCTION", "THREATEN", "COERCE") and (_DESCRIBES_MOTION.match(after) or _SANCTIONS_BODY.match(after)):
        return True  # 谴责俄罗斯的决议, 延长…制裁委员会专家小组任期的决议草案: a motion or a body described, no act
    if etype == "SANCTION" and _EVADED.search(before[-4:]):
        return True  # 朝鲜规避制裁: the sanctions the party evades, imposed by others and told as background
    if etype == "AGREE" and _BASIS_BEFORE.search(before):
        return True  # 开展根据2023年6月的“国防工业合作路线图”发起的项目: the document is the basis of the act, agreed before
    if etype == "AGREE" and (_SIGNED_DOC_IN_FORCE.match(after) or _SIGNED_BEFORE.search(before) and _IN_FORCE_AFTER.match(after)) \
            and not _TIMED.search(before):
        return True  # 12月4日，俄朝两国签署的条约正式生效: the entry into force of a treaty signed before, no signing
    if etype == "AGREE" and _ANAPHORIC_DOC.search(before[-4:]) and _DOC_WORD.match(text, t0) and (
            _DOC_WORD.fullmatch(simplify(word)) or after.startswith("的")):
        return True  # 该宣言及其行动计划构成…: the document told before; 与日本签署该协议的国家: who signed it, described
    if etype == "AGREE" and reacts_by_statement(text, t1, simplify(word)):
        return True  # 国务院随即发表声明，谴责…: the statement carries the reaction, which is the event (statements.py)
    if etype in ("CONSULT", "COOPERATE") and _COORD_BODY.match(after):
        return True
    if etype == "ESTABLISH" and simplify(word) == "宣布" and re.match(r"\s*(?:通过|透过|经由|借助)", after):
        return True  # 宣布透过北约信托基金提供…: the fund is the channel of an aid, nothing is founded
    if etype == "ESTABLISH" and simplify(word) == "重启" and _RESUMED_TALKS.match(after):
        return True  # 同意重启陷入停滞的朝美对话: talks resumed, nothing founded (the talks are told as such)
    if etype == "ACCUSE" and re.search(r"(?:被|遭)$", before):
        return True  # 此行被批评为替军政府背书: an agentless passive names no accuser (no event)
    if simplify(word) == "禁用" and not any(t1 <= m.start < ce and (m.kind in STATE_KINDS or m.kind == "company") for m in mentions):
        return True  # 禁用旧式设备: a ban is a sanction only on another state's or firm's goods (禁用中国手机应用)
    if _CITING_CLAUSE.match(before) or _TEXT_FOUND_AT.match(after):
        return True  # ① 联合声明全文见外交部网站 / ③ 参见国防部声明: a note citing a document
    if _PURPOSE_BEFORE.search(before) and _GROUNDS_AFTER.match(after):
        return True  # 为日本自卫队赴菲参与联合训练提供法律基础: the purpose an agreement serves, no act
    if etype == "ACCUSE" and simplify(word) == "反对" and (after.startswith("票") or _VOTE.search(text, s, e)):
        return True  # 10国赞成、5国反对、12国弃权; 投下反对票: a vote counted, no protest
    if etype == "CONSULT" and _CUSTOM_AFTER.match(after):
        return True  # 打破新任总统首访印度的惯例: a custom, not a visit
    if etype in ("COOPERATE", "MOBILIZE") and _RESTATED_COUNT.match(before):
        return True  # 这是今年第二次以“联合利剑”为名的对台军演: the count of the drill just told (prec13)
    if etype == "CONSULT" and _RESTATED_COUNT.match(before) and not _ATTENDED_TRIP.fullmatch(text, s, t0 - len(before)):
        return True  # 这将是他今年第二次访菲: the count of the visit just told, not a visit of its own
    if etype == "JOIN" and _JOINS_A_MEASURE.match(after):
        return True  # 宣布加入国际对俄制裁行列: taking part in sanctions (the SANCTION told by 制裁), no membership
    if re.search(r"不寻求[^，。；、“”]{0,12}$", before):
        return True  # 不寻求强化同盟关系反对中国: an abstract negated pledge, no ontology act (guidelines)
    if _DISCUSSED.search(before) and _TOPIC_NOUN.match(after):
        return True  # 讨论了建立…对话的问题, 探讨了日本定期参加…会议的可能性: a topic discussed, not an act
    if etype in ("CONSULT", "COOPERATE", "MOBILIZE", "ACCUSE", "LEAVE", "SANCTION") and (
            _GENERIC_DET.search(before[-14:]) or _HABITUAL_BEFORE.search(before[-8:]) or _HABITUAL_AFTER.match(after)):
        return True
    if etype in ("CONSULT", "COOPERATE", "MOBILIZE") and re.match(r"^的(?:正式)?(?:成员|参与方|参与国|规模|内容|课目|名称|目的|主题|议题)", after):
        return True  # 成为演习的正式成员, 会议的主题: the event word qualifies another noun
    if etype in ("CONSULT", "COOPERATE", "MOBILIZE") and after.startswith("中") and _IN_SETTING.search(before[-8:]) and \
            not re.match(r"中(?:程|远程|近程|短程|型|距|国|方)", after):
        return True  # 在演习中与北约军队对接 (not 在菲律宾部署中程导弹: 中 opens the object there)
    if etype == "CONSULT" and ((_STANCE_TOPIC_BEFORE.search(before) and _STANCE_AFTER.match(after))
                               or (before.endswith("在") and _TIME_FRAME_AFTER.match(after))):
        return True  # 对两国领导人会面表示欢迎 (a stance on it); 在会面前 (a time told by it)
    if etype == "CONSULT" and re.search(r"(?:发表|发布|通过)(?:了)?(?:的)?[^，。；]{0,2}$", before) and _DOCUMENT_NAMED.match(after):
        return True  # 10日发表的峰会宣言: the meeting names the document issued (the AGREE), no second meeting
    if etype == "CONSULT" and (_INVENTORY_INTRO.search(before) or _FOUNDED_AFTER.match(after) or _MEETING_AS_MODIFIER.match(after)):
        return True  # 主要机制包括…对话; 部长级会议（AMME）正式成立; 峰会主题
    if etype in ("CONSULT", "COOPERATE") and _CHANNEL_ENDED.search(before):
        return True  # 宣布取消两军战区领导通话, 决定暂停联合演习: the channel or drill ended is the LEAVE its verb tells
    if etype in ("CONSULT", "COOPERATE") and _GENERIC_PARTNER.search(before):
        return True  # 主张东盟与各方开展对话: no counterpart named, no session
    if etype in ("CONSULT", "COOPERATE") and _ENHANCE_WITH.search(before):
        return True  # 加强与…伙伴的对话与合作: an area to strengthen, not a happening
    if etype == "ACCUSE" and word in ("呼吁", "敦促", "要求") and not (
            any(t1 <= m.start <= t1 + 1 and m.kind in STATE_KINDS + _ORG_KINDS for m in mentions) and _COMPLY.search(after)):
        return True  # 呼吁朝鲜遵守…决议, 要求北约停止东扩: a party called on to comply; not 呼吁各方加强合作
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
            re.search(r"的[\u4e00-\u9fff“”]{0,8}$", before) and not _LIGHT_BEFORE.search(before)
            and not described_partner(text, cs, t0, mentions))):
        return True  # 美日领导人会晤联合声明: the document; 伙伴的双边经济政策磋商: an undated noun phrase
    if etype == "CONSULT" and not times and (_COPULA.search(before) or re.match(r"^[”\s]*(?:(?:已|已经|早已|逐渐|日益|逐步)?成为|是|被视为)", after)):
        return True  # 是…之间的非正式战略对话, “X对话”是…论坛: a description
    if etype in _POSSESSED and before.endswith("的") and not times and not (etype == "ACCUSE" and _SPEECH_ACT.search(before)):
        return True  # 双方的对话仅停留在…, 法国的反对: a noun
    if etype == "ACCUSE" and not times and _POSSESSED_DEGREE.search(before) and not _SPEECH_ACT.search(before):
        return True  # TPP引发制造业劳工组织的激烈反对: the opposition is a noun, the object of what caused it
    if etype == "ACCUSE" and simplify(word) == "反对" and _JOINT_GOAL.search(before):
        return True  # 推动双方合作反对经济胁迫: what the cooperation aims at, no opposition voiced
    if etype == "JOIN" and simplify(word) == "加入" and _JOINED_PROCESS.match(after) and not any(
            t1 <= m.start < ce and m.kind in _ORG_KINDS + _DOC_KINDS for m in mentions):
        return True  # 积极行动加入地区合作进程, 主动加入或者配合…: no body or document joined
    if etype == "COOPERATE" and re.match(r"^[^，。；]{0,30}?(?:等|五大|四大|三大|重点|优先)?(?:领域|方面|议程|议题|支柱)", after) and (
            after.startswith(("、", "和", "及", "以及", "与")) or before[-1:] in ("、", "—", "：")):
        return True  # 信息共享、海上安全…等领域: an area in a list, not an act
    if etype == "AID" and simplify(word).endswith(("援助", "资助", "支持", "帮助")) and re.search(r"(?:提供|给予|给)[^，。；]{0,24}$", before):
        return True  # 提供人道主义援助, 提供9.2亿元人民币（约1.3亿美元）无偿援助: the noun the verb of giving governs
    if etype == "MOBILIZE" and word in _MOBILIZE_FORCE_WORDS:
        if before.endswith(("战略", "开发和", "研发和", "开发与", "应用和")):
            return True  # 战略部署, 开发和部署新技术
        obj = text[max(cs, t0 - 16):ce]
        if _NOT_FORCE.search(after[:14]) and not _FORCE.search(after[:14]):
            return True
        if not _FORCE.search(obj) and not _FORCE_AFTER.match(after):
            return True
        if word in ("派遣", "派出") and _FOR_A_DRILL.search(after) and _DRILL.search(after):
            return True  # 派出航母参加军演: the ships take part in the drill, which is the event
    if etype == "LEAVE":
        if _LEAVE_MODAL_NOUN.match(after) or (word in ("退出",) and _DIVEST.match(after)) or (
                simplify(word).endswith("退出") and _MARKET_LEFT.match(after)):
            return True  # 终止协定的权力; 退出对…的投资, 宣布退出中国市场 (divestment; prec13: any 退出 word)
        if word in _LEAVE_NEEDS_OBJECT and not _LEAVE_OBJECT.search(after[:16]) and not any(
                t1 <= m.start < ce and m.kind in _ORG_KINDS + _DOC_KINDS for m in mentions):
            return True  # 取消了“机遇”: nothing left or cancelled that the ontology counts
    return False


def _names_a_body(text: str, pos: int) -> bool:
    return bool(_BODY_AFTER.match(text[pos : pos + 6]) or _COORD_BODY.match(text[pos : pos + 16]))


# 继美国总统之后访问基辅: the party the act follows is no party to it
# (a verb of discussing before the trigger: the act is a topic; one pattern for both uses, 提出… in
# _not_an_act and 的问题 in the topic check: a second, shorter definition above it was silently replaced)
_DISCUSSED = re.compile(r"(?:讨论|探讨|研究|商讨|商谈|谈及|提及)了?[^，。；]{0,20}$")
_TOPIC_NOUN = re.compile(r"^[^，。；]{0,30}?的(?:问题|可能性?|事宜|方式|途径|前景)")
_COMPLY = re.compile(r"遵守|停止|放弃|撤出|撤回|履行|尊重|遵循|不要|勿|归还|赔偿|道歉|释放|纠正")

_DONE = re.compile(r"已|了|业已|完成了")
