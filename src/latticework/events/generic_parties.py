"""Acts whose doer or partner is a class of states rather than a party: a principle, a rule or a
trend, which tells no happening (the guidelines leave generic, habitual and aggregate statements out,
and abstract negated pledges with them).

- a generic doer or partner before the trigger in its clause: 不允许外国在其境内设立军事基地,
  暂停外国科考船停靠, 任何国家都不得在该海域部署…, 承诺与第三方签订安全协议前须征得同意,
  不与一国联合反对另一国, 不同他国结盟; more countries welcomed or courted to join (欢迎更多国家加入…,
  拉拢更多盟友加入…, 越来越多国家申请加入…);
- an unnamed plural told as acting one after another, with no party named between it and the
  trigger: 西方国家陆续推出替代方案, 各国纷纷…建立起多重对话机制, 西方国家对此普遍批评;
- the principle of the non-use of force (不使用或威胁使用武力, 不以武力相威胁): a pledge, no threat.
- a class named right after the trigger by 任何/任一 (不加入任何军事集团, 不会参加任何大国阵营, 拒绝签署任何
  损害主权的协议, 從不參與任何軍事聯盟; prec14): a stance on every case, no act of the day (an
  objection to any such act, 反对任何…企图, stays an ACCUSE with its target unnamed, and a denial of a
  claimed act, 否认曾…达成任何协议, a negated act).

A generic word after 等 sums up the parties named before it (普京、金正恩等外国领导人出席阅兵式),
one after 对/向/将/把 is the target of a real measure (对外国投资实施审查), and 外国 heading a
programme or a kind of goods or people (外国军事融资, 外国投资, 外国人员) names no doer; third-party
cooperation (第三方市场合作) is a kind of cooperation, not a partner.
"""

from __future__ import annotations

import re

from ..actors.mention import Mention
from .clauses import _clause_start

_GENERIC = re.compile(
    r"(?<![等对向将把])(?:"
    r"外国(?!军事融资|军事销售|军售|援助|投资|资本|资金|企业|公司|产品|商品|媒体|记者|人员|人士|人|公民|游客|学生|制裁)"
    r"|(?<!其)他国|第三国(?![^，。；、]{0,8}(?:合作|市场))|第三方(?![^，。；、]{0,8}(?:合作|市场))"
    r"|(?<=[与同和跟])(?:一国|另一国)|另一国|任何(?:一个)?国家|任何一方"
    # more countries or allies welcomed or courted (欢迎更多国家加入, 拉拢更多盟友加入, 越来越多国家申请加入)
    r"|(?:更多|越来越多|愈来愈多)(?:的)?(?:国家|盟友|盟国|伙伴|成员|经济体)"
    # prec13: a quantified class of states (大多数东盟国家都加入了…, 许多国家都与中国签署了…): an aggregate
    r"|(?:大多数|绝大多数|大部分|多数|许多|不少|部分|一些|几乎所有)(?:的)?[\u4e00-\u9fff]{0,6}?(?:国家|成员国|盟友|盟国|经济体))")
_UNNAMED_PLURAL = re.compile(r"(?:西方国家|各国|多国|许多国家|一些国家|不少国家|部分国家|国际社会)(?:对此|对[^，。；,;]{1,12})?"
                             r"(?:也|都)?(?:陆续|纷纷|相继|普遍)")
_ANY_AFTER = re.compile(r"\s*(?:了)?\s*(?:任何|任一)")
# (an objection to any such act, 反对任何单方面改变现状的企图, is the gold sets' ACCUSE with its target unnamed)
_TARGETED = ("ACCUSE", "THREATEN", "SANCTION", "COERCE")
# (a denial of a claimed act, 否认曾与中国达成任何“君子协定”, is the gold sets' negated act, no stance)
_DENIED = re.compile(r"否认|否定|驳斥|曾")
_MARKED = re.compile(r"(?:对|向|与|同|跟)\s*$")
_NON_USE_OF_FORCE = re.compile(r"(?:使用或|不|不以|不得|不会)$")
_LIST_BREAKS = "、；;"


def generic_party(text: str, s: int, t0: int, t1: int, etype: str, mentions: list[Mention]) -> bool:
    """True when the trigger at t0..t1 (sentence from `s`) is done by or with a class of states
    (外国, 他国 but not 其他国家, 第三方, 任何国家…) or an unnamed plural acting one after another, or
    with any party of a class (加入任何集团), or is the pledge not to threaten force: the sentence states a rule, a principle or a trend."""
    start = _clause_start(text, t0, s)
    start = max([start] + [text.rfind(p, start, t0) + 1 for p in _LIST_BREAKS])  # 四不: 不参加…、不与一国…
    if _GENERIC.search(text, start, t0):
        return True
    if etype not in _TARGETED and _ANY_AFTER.match(text, t1) and not _DENIED.search(text, s, t0):
        return True
    if etype == "THREATEN" and _NON_USE_OF_FORCE.search(text, start, t0) and "武力" in text[t0 : t0 + 12]:
        return True
    plurals = list(_UNNAMED_PLURAL.finditer(text, s, t0))
    # (the nearest one, with no party named between it and the trigger: not 各国纷纷表态，美国随后宣布…)
    # (a party marked as target or partner, 各国纷纷对俄罗斯实施制裁, is no doer of its own: prec13)
    return bool(plurals) and not any(plurals[-1].end() <= x.start and x.end <= t0 and not _MARKED.search(text, plurals[-1].end(), x.start)
                                     for x in mentions)
