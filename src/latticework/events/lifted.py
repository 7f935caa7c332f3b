"""Measures undone: lifting an export control or a sanction (解除对三项材料的出口管制, 取消对该国的
制裁), ending a duty (终止对该国大麦的双反措施, 不再对该国葡萄酒征收反倾销税) and putting a state back on a white list (将南韩重新列入白色名单, 恢复了韩国的白名单待遇) ease relations, so they are no
SANCTION: the guidelines code cutting or suspending a measure as POLICY with the affected state as
recipient."""

from __future__ import annotations

import re
from importlib import resources

import yaml

from ..actors.gazetteer import simplify
from .model import Event
from .tariff_relief import RELIEF_VERBS


def _verbs() -> tuple[tuple[str, ...], ...]:
    """The verbs that undo a measure, that stop it (also as a demand) and that imposed it: one list of
    each, in data/lexicon/measures_undone.yaml."""
    raw = yaml.safe_load(resources.files("latticework.data.lexicon").joinpath("measures_undone.yaml").read_text("utf-8"))
    return tuple(tuple(raw[k]) for k in ("undo", "stop", "impose"))


_UNDO_VERBS, _STOP_VERBS, _IMPOSE_VERBS = _verbs()
_UNDO, _STOP, _IMPOSE = ("|".join(v) for v in (_UNDO_VERBS, _STOP_VERBS, _IMPOSE_VERBS))
# a lifting verb opening the phrase that ends at the sanction word (对…的 between them)
# (or a relative clause that tells when and on whom the measure was imposed: 解除2019年7月对韩国实施的
# 三种半导体材料出口管制, 取消去年对该国企业施加的制裁)
_LIFT_BEFORE = re.compile(rf"(?:{_UNDO}|{_STOP})(?:了)?(?:(?:对[^，。；]{{0,24}}?的?)?(?:全部|部分|相关|有关|各项)?[^，。；]{{0,4}}"
                          rf"|[^，。；]{{0,30}}?(?:{_IMPOSE})的[^，。；的]{{0,12}})$")
# a demand before the lifting verb: the measure is still in force (要求美方停止…, 敦促日方取消…)
DEMANDED_BEFORE = re.compile(r"(?:要求|敦促|促请|呼吁|希望|应当|应该|必须)[^，。；]{0,10}$")
# a list that grants, not one that sanctions
_WHITE_LIST = re.compile(r"[^，。；]{0,8}?(?:白名单|白色名单|白色清单|“白名单”|“白色名单”|「白色名单」|「白名单」)")


def lifted(word: str, text: str, t0: int, clause_start: int, after: str) -> bool:
    """True when the sanction word at text[t0:] names a measure being undone, or a white list."""
    if word in ("列入", "纳入", "恢复") and _WHITE_LIST.match(after):
        return True
    window = max(clause_start, t0 - 40)
    m = _LIFT_BEFORE.search(text[window:t0])
    # (要求美方停止对中国商品加征关税: a demand that the other side stop, told as the measure it targets)
    return m is not None and not (m.group(0).startswith(_STOP_VERBS) and
                                  DEMANDED_BEFORE.search(text, max(clause_start, window + m.start() - 12), window + m.start()))


_IMPOSED_AT = re.compile(rf"(?:{_UNDO})(?:了)?(?=[^，。；]{{0,30}}?(?:{_IMPOSE})的[^，。；的]{{0,12}}$)")


def imposed_from(text: str, clause_start: int, t0: int) -> int | None:
    """解除2019年7月对韩国实施的…出口管制: where the relative clause telling when the lifted measure was
    imposed starts (its date is the imposition's, not the lifting's), or None."""
    m = None
    for m in _IMPOSED_AT.finditer(text, max(clause_start, t0 - 40), t0):
        pass
    return m.end() if m else None


_SANCTION_WORDS = re.compile(r"管制|制裁|关税|禁令|限制")


def lifted_targets(events: list[Event]) -> list[Event]:
    """日本宣布解除对三项材料的出口管制: a measure undone with no target named eases it for the state the
    same party's measures hit before in the document (its last sanction's target); so does a tariff cut
    or a control suspended with no state named (美方将把…加征的关税由20%降为10%)."""
    last: dict[frozenset, list] = {}
    for ev in events:
        who = frozenset(a.key() for a in ev.actors)
        relief = ev.type == "POLICY" and simplify(ev.trigger) in RELIEF_VERBS
        if (ev.type == "SANCTION" or relief) and ev.recipients and who:
            last[who] = ev.recipients
        elif relief and who in last and len(last[who]) == 1:
            # 美方将把针对芬太尼问题加征的关税由20%降为10%, …，并将…新规暂缓一年实施: a tariff cut or a control
            # suspended with no state named eases it for the state the party's measures (or its relief told
            # just before) were aimed at; not when they hit many (对各贸易伙伴课征…，…高于基准的税率暂缓实施:
            # the pause is for all of them, named or not)
            ev.recipients = list(last[who])
        elif ev.type == "POLICY" and not ev.recipients and who in last and ev.evidence and \
                _SANCTION_WORDS.search(trig := simplify(ev.trigger)):
            said = simplify(ev.evidence[0].text)
            k = said.find(trig)
            if k > 0 and _LIFT_BEFORE.search(said[max(0, k - 40) : k]):
                ev.recipients = list(last[who])
    return events
