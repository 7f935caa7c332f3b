"""Triggers used as nouns of analysis, and acts asked about: commentary names measures and ties
without telling a happening (the guidelines: vague statements, opinions and descriptions are no
events).

- the subject of a modal, an evaluation or a history: 制裁能否改变北京的行为, 对话的效果有限,
  关于“准则”的磋商大致经历了以下阶段;
- a measure possessed by its doer in an undated sentence: 北京的反制措施意在施压, 美国对菲律宾的支持; in any
  sentence when a predicate follows it (日本对东南亚的援助主要集中在…, 美方的反对并未改变…, 对华制裁已成为…,
  美国在亚太的军事部署对地区安全构成威胁), also after a comma and a modal (澳方在…框架下的军事部署，仍会是…
  议题: prec14);
- a field named with a locative, alone or in a list: 更多体现在装备提供与联合训练上, 在援助、使领馆布点和
  防务安排上的密集动作;
- a measure of "its" doer as a subject: 其轮驻部署依赖…;
- sanctions as the cause or setting of a state of affairs: 受美国制裁影响，俄罗斯的石油出口下降, 在西方制裁
  的压力下;
- a passive relative clause with no date in its clause (被列入实体清单的中国企业数量不断增加);
- a state of affairs told by a count of troops (印度约有80名军人驻扎马国) and a nominal act in a
  随着-phrase (随着澳大利亚的加入，…);
- a vote, not a protest: 10国赞成、5国反对、12国弃权; 德国与匈牙利投下反对票; 未遭足够多数反对;
- an open question: 美国是否会向盟友施压，要求其采取同样的出口限制？; one asked by its closing particle
  (印度会加入…吗？) or by when (菲律宾何时加入…？); a whether-clause left open by what follows it
  (美国是否会退出北约，仍有待观察; 韩国能否加入…，取决于…) (prec13);
- the motive an analyst gives for an undated act (澳大利亚加入该框架的原因即是…, 日本加入该机制的目的在于…)
  (prec13);
- an item in a list of means or fields: 通过技术限制、投资审查、出口管制等手段加以实现;
- a measure naming the office or grouping that handles it: 投资审查和出口管制部门, 出口管制联盟;
- an opposition voiced in a commentator's view: 不少学者主张东盟与各方开展对话，反对在地区“选边站” (the
  guidelines leave opinions of scholars and analysts out);
- a term of contrast (选择对话而非制裁, 以有别于政府开发援助的方式…): what the act is not (prec13);
- a measure told as the means or bait of another end (以经济援助为诱饵, 以投资和援助为筹码, 利用援助作为拉拢
  手段, 把制裁当作外交工具, 以人道援助为名): what a doer is said to use, no act of a day (prec14);
- a body's remit (…委员会负责监督对朝制裁, 工业与安全局负责出口管制) and a measure called so-called
  (美方的所谓援助): a standing duty and the writer's scare quotes, no act (prec13);
- the article's own apparatus: a funding note (本文为…基金资助项目…), a bibliographic entry
  (某国企业产品遭海关扣留[EB/OL]) and the plan of the article (本文将分析日本加入CPTPP的过程,
  下文拟探讨…, 本节回顾…: its topics, prec13).
"""

from __future__ import annotations

import re

# the trigger as the subject of a modal verb or of its own evaluation
# (a noun coordinated to it may come first: 制裁与反制裁的升级)
_COORDINATED = r"(?:(?:与|和|及|、)[\u4e00-\u9fff]{1,6}?)?"
_SUBJECT_OF = re.compile(r"^[”」\s]*" + _COORDINATED + r"(?:能否|能不能|是否|会否|会不会|可否|究竟|到底|(?:大致|大体|主要|先后)?(?:经历了|历经|可分为|分为)|的(?:效果|成效|影响|作用|代价|后果|力度|范围|逻辑|升级|循环|意义|前景|局限|惯例|传统|先例|做法))")
# a possessed measure (北京的反制措施) in a sentence without a date
_POSSESSED = frozenset({"SANCTION", "AID", "MOBILIZE", "COOPERATE"})
# a predicate after the trigger: the trigger is the subject noun of a description
_PREDICATE_AFTER = re.compile(r"^[”」\s]*(?:主要|大多|多|也|还|则|并未|没有|未|已|已经|正在|仍|往往|一直)?\s*"
                              # prec14: a modal before the predicate (仍将是…议题, 仍会是, 势必会成为)
                              r"(?:势必|必将|必然)?(?:将会|将|会)?\s*"
                              r"(?:集中|是|成为|使|让|令|导致|引发|标志着|表明|体现|意味着|改变|影响|涉及|包括|针对|旨在|意在"
                              # prec11: its effect on a third party (美国在亚太的军事部署对地区安全构成威胁)
                              r"|对[^，。；]{1,16}?(?:构成|造成|带来|产生)"
                              # prec13: its worth for an end (对俄罗斯的制裁对于限制…是必不可少的, 对乌援助对于…至关重要)
                              r"|对于?[^，。；]{1,24}?(?:是必不可少|是不可或缺|至关重要|必不可少|不可或缺|十分重要|非常重要))")
_DATE_IN = re.compile(r"\d+\s*[年月日]|[一二三四五六七八九十]+月")
# a clause opening with its target alone before the trigger (对华制裁已成为…)
_TARGET_ONLY = re.compile(r"^\s*(?:对|向)[\u4e00-\u9fff]{1,4}$")
# support given to a named party (增加对乌克兰的支持) is aid, no possessed noun
_GIVEN_TO = re.compile(r"(?:增加|加大|提供|继续|扩大|增强|给予)[^，。；]{0,3}对[^，。；的]{1,12}的$")
# prec13: a term of contrast (以有别于政府开发援助的方式, 不同于传统的联合军演, 而非制裁): what the act is not
_CONTRAST = re.compile(r"(?:有别于|不同于|区别于|相较于|相比于|比起|而非|而不是|并非|不是)[^，。；,;]{0,10}$")
# a possessed measure, its kind may stand between (的军事部署, 的导弹部署: prec14)
_POSSESSOR = re.compile(r"(?:的|其)(?:军事|导弹|兵力|军力|前沿|核|海军|空军|陆军|经济|对外)?$")
# prec14: a measure as the means of another end (以经济援助为诱饵, 利用援助作为拉拢手段, 把制裁当作外交工具)
_MEANS_BEFORE = re.compile(r"(?:以|利用|拿|把|靠)[^，。；,;]{0,6}$")
_MEANS_AFTER = re.compile(r"^[”」\s]*" + _COORDINATED + r"(?:为|作为|当作|当成|充当)[^，。；,;]{0,6}?"
                          r"(?:诱饵|筹码|砝码|手段|工具|武器|杠杆|幌子|借口|名义|名|胡萝卜|大棒)")
# prec13: a measure told by its figure (日本对越南的直接投资达到30亿美元, 援助总额超过5亿美元): a statistic
_FIGURE_AFTER = re.compile(r"^[”」\s]*(?:额|金额|规模|总额|流量|存量|总量)?(?:已|已经|共|累计)?(?:达到|达|突破|超过|逾|增至|降至|约为|约达)\s*(?:约|近|超过|逾)?\s*[\d一二三四五六七八九十百千万亿]")
# ... but not the rate of a duty levied (征收逾八成的反倾销税: lead12)
_DUTY_RATE = re.compile(r"[^，。；,;]{0,12}?的[^，。；,;]{0,12}?税")
# prec13: a measure word opening its clause bare (制裁是…工具, 援助成为…手段): the kind of measure described
_BARE_SUBJECT_TYPES = frozenset({"SANCTION", "AID", "MOBILIZE", "COOPERATE", "ACCUSE", "THREATEN", "COERCE"})
# a relative clause with its verb reports the act (俄对日本采取的反制措施涉及能源: tests/test_events_genre.py)
_TAKEN = re.compile(r"(?:采取|实施|宣布|出台|推出|发起|施加)(?:了)?的$")
# a field named with a locative: 在…上, 体现在…方面 (not a gathering: 在峰会上 frames the acts told in it)
_LOCATIVE_TYPES = frozenset({"SANCTION", "AID", "MOBILIZE", "COOPERATE"})
# (prec11: a list of up to four fields, 在援助、使领馆布点和防务安排上的密集动作)
_LOCATIVE_AFTER = re.compile(r"^[”」\s]*(?:(?:与|和|及|、)[\u4e00-\u9fff]{1,6}?){0,3}(?:上|之上|方面|领域)")
_LOCATIVE_BEFORE = re.compile(r"(?:在|于)[^，。；]{0,16}$")
# an item of a list of means or fields (…、投资审查、出口管制等手段)
_LIST_OF_MEANS = re.compile(r"^[^，。；]{0,24}?(?:等|[一二三四五六七八九十两\d]+\s*(?:个|大))[^，。；]{0,4}?(?:手段|工具|方式|措施|领域|方面|议题|问题)")
# a measure word qualifying the office or grouping that handles it
_MEASURE_AS_MODIFIER = re.compile(r"^[”」\s]*(?:(?:和|与|及|、)[\u4e00-\u9fff]{1,6}?)?(?:部门|机构|当局|联盟|同盟|合作|领域|体系)")
# the article's funding note and bibliographic entries
_FUNDING_NOTE = re.compile(r"\W*(?:本文|本研究|本成果)(?:系|为|是)[^。]{0,80}?(?:基金|项目|课题)")
_BIBLIOGRAPHIC = re.compile(r"\[(?:EB/OL|EBE/OL|OL|J|N|M|R|C|D|Z)\]")
# a commentator's view opened before the trigger in its sentence
_COMMENTATOR = re.compile(r"(?:^|[，。；：\s])(?:不少|一些|多数|部分|有|许多|很多|多名|一名)?(?:中国|西方|美国|日本|国际|本地)?"
                          r"(?:学者|专家|分析人士|分析家|观察人士|观察家|评论人士|评论|舆论|研究者|研究)(?:们)?"
                          r"(?:则|也|普遍|多|大多)?(?:认为|主张|指出|提出|强调|建议|表示|质疑)")
# a garrison told by its size: a state of affairs, not a deployment
_GARRISON = re.compile(r"(?:约有|共有|有约|驻有|现有|仍有|尚有|有)\s*(?:约|近|超过|逾)?\s*[\d.,，]+\s*(?:万|千|百)?\s*(?:余)?\s*名[^，。；]{0,8}$")
_GARRISON_AFTER = re.compile(r"\s*(?:着|有)?\s*(?:约|近|超过|逾)?\s*[\d.,，]+\s*(?:万|千|百)?\s*(?:余)?\s*名")
# 随着X的加入: the act as the circumstance of another
_ALONG_WITH = re.compile(r"随[着著][^，。；]{0,12}的$")
# prec11: a passive relative clause with no date in its clause qualifying a class (被列入实体清单的中国企业数量不断
# 增加, 遭到制裁的俄罗斯银行): who underwent the measure, no measure told
_PASSIVE_RELATIVE = re.compile(r"(?:被|遭|遭到|受到)[^，。；,;]{0,12}$")
# prec11: sanctions as the cause or setting of a state of affairs (受美国制裁影响，…; 在西方制裁的压力下): the
# regime named, no measure taken
_CAUSE_BEFORE = re.compile(r"(?:受|受到|因|由于|在)[^，。；,;]{0,10}$")
_CAUSE_AFTER = re.compile(r"^[”」\s]*(?:的)?(?:影响|冲击|打击|拖累|波及|之下|下|压力下|背景下|阴影下)")
# a vote against: a count of voters, 多数, or 反对票
_VOTE_BEFORE = re.compile(r"(?:[\d一二三四五六七八九十]+\s*(?:国|个国家|个成员国?|票)|多数|少数|投下|投了?)$")
# a question that asks whether: 是否会…？, 能否…？
_ASKS = re.compile(r"是否|能否|会否|会不会|能不能|可否|是不是")
# prec13: a yes/no question closed by its particle (…吗？, …呢？), or one that asks when (何时…？)
_QUESTION_END = re.compile(r"(?:吗|么|呢|吧)\s*[？?]\s*$")
_ASKS_WHEN = re.compile(r"何时|什么时候|何日|哪一年")
# prec13: what leaves a whether-clause open without a question mark (是否…，仍有待观察 / 取决于…)
_LEFT_OPEN = re.compile(r"有待|待观察|不明朗|不清楚|不得而知|未可知|未知数|难以预料|难以预测|难以判断|难说|成疑|存疑|取决于|值得关注|值得观察|悬而未决|尚无定论|仍无定论")
# prec13: a body's remit (负责监督对朝制裁, 负责协调对缅甸的人道主义援助; not 负责亚太事务的助理国务卿访问…)
_REMIT = re.compile(r"负责(?:监督|执行|协调|实施|管理|审查|审议|处理|统筹|推动|落实|对外)?(?:对[^，。；的]{1,8}的)?[^，。；的]{0,8}$")
# prec13: a measure called so-called by the writer (美方的所谓援助, 所谓的“制裁”)
_SO_CALLED = re.compile(r"所谓(?:的)?\s*[“「\"]?$")
# prec13: the plan of the article (本文将分析…, 下文拟探讨…, 本节回顾…): its topics, no happening told
_ARTICLE_PLAN = re.compile(r"(?:^|[。；\s])\s*(?:本文|本章|本节|本部分|本研究|本报告|下文|下面|以下|笔者)(?:将|拟|试图|尝试|主要|首先|接下来|则|还|也)*"
                           r"(?:对|就)?[^，。；]{0,12}?(?:分析|讨论|探讨|梳理|考察|回顾|论述|阐述|研究|剖析|审视|介绍|评估|探究|追溯)")
# prec13: the motive given for an act (…的原因即是…, …的目的在于…): an analyst's explanation of it
_MOTIVE_AFTER = re.compile(r"^[^，。；]{0,30}?的(?:根本|主要|深层|真正|直接)?(?:原因|目的|动机|用意|意图|初衷|动因|考量|用心)(?:之一)?"
                           r"[^，。；]{0,3}?(?:是|在于|有|包括|主要|不外乎)")


def analysis_noun(text: str, s: int, e: int, t0: int, t1: int, before: str, after: str, etype: str, dated: bool) -> bool:
    """True when the trigger at t0..t1 names a measure or a tie in analysis rather than telling a
    happening (`before`/`after`: the rest of its clause; `dated`: the sentence has a date)."""
    if _SUBJECT_OF.match(after):
        return True
    if _FUNDING_NOTE.match(text, s) or _BIBLIOGRAPHIC.search(text, t1, e):
        return True
    if etype == "ACCUSE" and (_VOTE_BEFORE.search(before) or after.startswith("票")):
        return True
    if etype == "MOBILIZE" and not dated and _GARRISON_AFTER.match(after):
        return True  # 美国在韩国驻扎约2.85万名军人: the size of a standing force, no deployment told
    if (etype == "MOBILIZE" and _GARRISON.search(before)) or _ALONG_WITH.search(before):
        return True
    if etype == "SANCTION" and _CAUSE_BEFORE.search(before) and _CAUSE_AFTER.match(after):
        return True
    if etype == "SANCTION" and after.startswith("的") and _PASSIVE_RELATIVE.search(before) and not _DATE_IN.search(before):
        return True
    if etype == "ACCUSE" and _COMMENTATOR.search(text[max(s, t0 - 60) : t0]):
        return True
    if etype in ("SANCTION", "AID") and _LIST_OF_MEANS.match(after) and (
            "、" in before[-6:] or "和" in before[-4:] or after.startswith("、")):
        return True
    if etype == "SANCTION" and _MEASURE_AS_MODIFIER.match(after):
        return True
    if etype in _POSSESSED and not dated and (before.endswith("的") or before.endswith("其")) and not _GIVEN_TO.search(before) \
            and not _TAKEN.search(before):
        return True
    if _MEANS_BEFORE.search(before) and _MEANS_AFTER.match(after):
        return True  # 以经济援助为诱饵: a measure as a means, what a doer is said to use (prec14)
    if _CONTRAST.search(before):
        return True  # 以有别于政府开发援助的方式…: a term of contrast, what the act is not (prec13)
    if etype in _POSSESSED and _FIGURE_AFTER.match(after) and not _DUTY_RATE.match(after):
        return True  # 日本对越南的直接投资达到30亿美元: a figure, no act (prec13)
    if etype in _BARE_SUBJECT_TYPES and not before.strip() and not dated and _PREDICATE_AFTER.match(after):
        return True  # 制裁是美国对外政策的常用工具: a bare measure word as the subject of a description (prec13)
    if (_POSSESSOR.search(before) or _TARGET_ONLY.match(before)) and not _TAKEN.search(before) and not _DATE_IN.search(before) and (
            _PREDICATE_AFTER.match(after) or not dated and not after.strip("”」 ") and _described_after_comma(text, t1 + len(after), e)):
        # (的军事部署: a possessed measure with its kind; not 2023年4月芬兰的加入使北约成员国扩大到31个: a dated
        # accession told as a noun)
        return True
    if etype in _LOCATIVE_TYPES and _LOCATIVE_AFTER.match(after) and _LOCATIVE_BEFORE.search(before):
        return True
    if (plan := _ARTICLE_PLAN.search(text[s:t0])) and not re.search(r"[，。；,;]", text[s + plan.end() : t0]):
        return True  # 本文将分析日本加入CPTPP的过程: a topic of the article
    if _REMIT.search(before) or _SO_CALLED.search(before):
        return True  # 该委员会负责监督对朝制裁, 美方的所谓援助: a duty, a scare-quoted name
    if not dated and _MOTIVE_AFTER.match(after):
        return True  # 澳大利亚加入该框架的原因即是…: the motive of an act, explained (undated)
    return asked_about(text, s, e, t0, dated)


def _described_after_comma(text: str, ce: int, e: int) -> bool:
    """A noun phrase closing its clause, set off by a comma from the predicate that describes it
    (澳方在AUKUS框架下的军事部署，仍会是双方难以回避的议题; 日本在西南诸岛的导弹部署，已成为…焦点): a topic
    and its comment, no act told (prec14)."""
    return text[ce : ce + 1] in ("，", ",") and bool(_PREDICATE_AFTER.match(text[ce + 1 : e]))


def asked_about(text: str, s: int, e: int, t0: int, dated: bool = False) -> bool:
    """An act inside a question that asks whether it happens (美国是否会…？): neither told nor
    planned; the analysis only asks about it. A question by its particle or by when counts only in
    an undated sentence (…能在2023年11月APEC领导人会议前完成谈判吗？ names a dated meeting the
    gold sets count)."""
    end = text[s:e].rstrip()
    if end.endswith(("？", "?")) and (_ASKS.search(text, s, t0) or not dated and (
            _QUESTION_END.search(end) or _ASKS_WHEN.search(text, s, t0))):
        return True  # 印度会加入…吗？, 菲律宾何时加入…？
    k = text.rfind("，", s, t0)
    asks = _ASKS.search(text, k + 1 if k != -1 else s, t0)
    # (是否…，仍有待观察: the whether-clause of the trigger, left open by what follows it in the sentence)
    return bool(asks) and bool(_LEFT_OPEN.search(text, t0, e))
