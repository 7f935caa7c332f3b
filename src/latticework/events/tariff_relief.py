"""Tariffs and controls cut or suspended: a unilateral POLICY aimed at the state whose goods they hit.

The conventions code cutting or suspending tariffs as POLICY with the affected state as recipient.
News tells it with the measure named before the verb (把…关税由20%降为10%, 高于基准的税率暂缓实施90天,
将南韩汽车关税降至15%) or after it (下调对X的关税, 豁免…关税). The verbs are generic (降至 also
lowers risks and growth), so they count only with a measure noun in the same clause.
"""

from __future__ import annotations

import re

# the relief verbs (also triggers of POLICY in the lexicon)
# (lead12: and lifted outright, 取消大麦关税, 葡萄酒关税亦告撤销, with the measure named in the clause)
RELIEF_VERBS = ("降为", "降至", "下调", "调降", "减半", "暂缓实施", "暂缓", "豁免", "暂停实施", "取消", "撤销", "撤除")
# a measure that is cut or suspended, before the verb in its clause or right after it
_MEASURE = r"(?:关税|税率|出口管制|管制措施|反制措施|制裁措施|反倾销税|反补贴税)"
_BEFORE = re.compile(_MEASURE + r"[^，。；;]{0,24}$")
_AFTER = re.compile(r"[^，。；;]{0,16}?" + _MEASURE)
# type13: a licence requirement or a ban waived for named firms or states (豁免三星电子和SK海力士在华工厂的设备
# 进口许可要求: the dev gold codes it POLICY at the firms' state), the holders named between
_WAIVED = re.compile(r"[^，。；;]{0,30}?(?:许可要求|许可证要求|许可证|禁令)")
# averages and rates reported as figures (平均关税, 关税水平, 税率为…)
_STATISTIC = re.compile(r"平均|水平|总体|整体|实际税率|同比|累计")


def tariff_relief(text: str, clause_start: int, t0: int, t1: int, word: str) -> bool:
    """True when `word` at t0..t1 cuts or suspends a tariff or control named in its clause."""
    if word not in RELIEF_VERBS or text[t0 - 1 : t0] in ("下", "而"):
        return False  # 平均关税由10.7%下降为5.3%: a statistic falling, no act
    if _STATISTIC.search(text, clause_start, t0):
        return False
    return bool(_BEFORE.search(text, clause_start, t0) or _AFTER.match(text, t1) or (word == "豁免" and _WAIVED.match(text, t1)))


_MEASURE_OPENS = re.compile(r"[将把对]")


def in_the_measure(text: str, clause_start: int, m) -> bool:
    """将对印尼商品的关税降至19%, 把日本汽车关税降至15%: a party named in the clause after 将/把/对 is whose
    goods the measure hits, not who cuts it."""
    return m.start >= clause_start and _MEASURE_OPENS.search(text, clause_start, m.start) is not None


def relieved_states(text: str, clause_start: int, t0: int, t1: int, mentions: list, actors: list, state_kinds) -> list:
    """The states whose goods the relief concerns: named in the clause between its subject and the
    verb (将南韩汽车关税降至15%) or in the measure after it (下调对中国商品的关税)."""
    own = {getattr(a, "country", None) or a.id for a in actors}
    last = max((a.end for a in actors if clause_start <= a.start < t0), default=clause_start)
    span_after = _AFTER.match(text, t1) or (_WAIVED.match(text, t1) if text[t1 - 2 : t1] == "豁免" else None)
    end = span_after.end() if span_after else t1
    out = []
    for m in mentions:
        firm = m.kind == "company" and t1 <= m.start < end  # (豁免三星电子…的许可要求: the firms stand for their state)
        if (m.kind not in state_kinds and not firm) or (getattr(m, "country", None) or m.id) in own:
            continue
        if text[m.start - 1 : m.start] == "在" and m.start >= t1:
            continue  # (…在华工厂的许可要求: where the plants are, not whose they are)
        if last <= m.start < t0 or t1 <= m.start < end:
            if all(o.id != m.id for o in out):
                out.append(m)
    return out


# the measure itself as the fronted object of a verb that suspends or lifts it (暂停 here, with the
# measure before it in its clause, ends no cooperation)
_PUT_BEFORE = re.compile(r"(?:把|将|的)[^，。；;]{0,20}$")
_SUSPENDED_AFTER = re.compile(r"(?:措施|新规|规定)?[^，。；;]{0,16}?(?:" + "|".join(RELIEF_VERBS) + r"|暂停|取消|撤销|解除)")
# a sanction verb modifying the measure that is relieved (把针对芬太尼问题加征的关税降为10%)
_MODIFIES_MEASURE = re.compile(r"的\s*" + _MEASURE + r"[^，。；;]{0,24}?(?:" + "|".join(RELIEF_VERBS) + ")")


# a waiver or an exemption before the measure it lifts in the same clause (豁免…许可证要求, 免除…的出口管制)
_WAIVED_BEFORE = re.compile(r"(?:豁免|免除|取消|解除|放宽)[^，。；]{0,24}$")


def relieved_measure(text: str, t1: int, etype: str, before: str = "") -> bool:
    """True when a SANCTION trigger ending at t1 only qualifies the measure a relief verb cuts
    (…加征的关税由20%降为10%), or is itself the measure suspended or lifted, put before its verb by
    把/将 or a modifier (把…宣布的稀土出口管制措施暂停一年, 其中24%的加征关税暂停90天): the measure
    imposed is told as background, no new sanction."""
    if etype != "SANCTION":
        return False
    if _WAIVED_BEFORE.search(before):
        return True  # 豁免…工厂的设备进口许可证要求: the requirement waived is the relief's object, no new measure
    return bool(_MODIFIES_MEASURE.match(text, t1)) or bool(_PUT_BEFORE.search(before) and _SUSPENDED_AFTER.match(text, t1))


# type13: tariff preferences granted (给予最不发达国家100%税目产品零关税待遇, 对…实施零关税): a tariff cut for the
# states named, whose goods enter free (the guidelines: cutting tariffs is POLICY with them as recipients)
# recall14: a visa waiver granted to a state's citizens is the same kind of unilateral opening (对法国实行
# 单方面免签政策, 给予泰国公民免签待遇, 把澳大利亚纳入免签国家名单: retired 5 codes it POLICY at that state);
# not a mutual waiver (互免签证: an agreement between the two)
GRANT_VERBS = ("给予", "实施", "实行", "试行", "纳入", "列入")
_PREFERENCE = re.compile(r"[^，。；;“”「」（）()、]{0,40}?(?:零关税|免关税|特惠关税|特惠税率|关税减免|免税待遇|(?<!互)免签(?:证)?(?:入境)?(?:政策|待遇|国家名单|名单|措施|国家范围|范围|(?=\s*[，。；,;]|$)))")


def granted_preference(text: str, t1: int, word: str) -> re.Match[str] | None:
    """The span up to the preference that 给予/实施 at t1 grants, if it grants one."""
    return _PREFERENCE.match(text, t1) if word in GRANT_VERBS else None


def preference_beneficiaries(text: str, clause_start: int, t0: int, t1: int, mentions: list, actors: list, state_kinds) -> list:
    """The states a preference is granted to: after 给予 before the preference (给予老挝…零关税待遇), or
    marked by 对 before 实施 (对老挝实施零关税) or by 把/将 before 纳入 (把新西兰纳入免签国家名单)."""
    own = {getattr(a, "country", None) or a.id for a in actors}
    span = _PREFERENCE.match(text, t1)
    end = span.end() if span else t1
    # (the whole list after the marker: 对法国、德国和荷兰实行…)
    marked = max(text.rfind(x, clause_start, t0) for x in ("对", "把", "将"))
    marked = t0 if marked < 0 else marked
    out = []
    for m in mentions:
        if m.kind not in state_kinds or (getattr(m, "country", None) or m.id) in own or any(o.id == m.id for o in out):
            continue
        if t1 <= m.start < end or marked < m.start < t0:
            out.append(m)
    return out

