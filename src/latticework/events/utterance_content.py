"""Acts named only as what is said or discussed, not as happenings of their own.

- A threat's content: 川普揚言，自11月1日起對中國商品加徵額外100%關稅，並對…實施出口管制 — the
  tariff and the controls are what is threatened (the THREATEN event), not sanctions imposed.
- The means of a threat: 以加征关税相威胁, 以退出北约相要挟 — the tariff and the withdrawal are what is
  threatened.
- The accusation another party rebuts: 反驳中方指控 — the rebuttal is the event (ACCUSE of China),
  China's accusation its object.
- The topic a reaction opens with: 对于美国与马来西亚签署的贸易协定…，中国外交部回应称，中方坚决反对…
  — the parties of the act in the topic are what the reaction is aimed at.
- What an adopted document says: 峰会发表的《华盛顿峰会宣言》称，…并对中国的“胁迫性政策”表示关切 —
  the concern is a characterisation inside the declaration (the AGREE), no ACCUSE of its own
  (gold guidelines, seeds 001-002).
- An act opposed with no named doer: 反对域外国家在南海部署进攻性武器 — what is opposed is a kind of
  act (the ACCUSE is the event), not a deployment that happened.
- What a document provides or requires: 条约规定一方遭到武装侵略时另一方…提供军事援助, 国防授权法其中
  要求国防部为台湾建立…计划 — the terms of the document (its AGREE or POLICY), not acts done.
- An act named as the topic of a reaction or a call (就裴洛西可能访台一事警告, 对美国对台军售表示强烈反对),
  as what a demand asks to undo (要求中方撤回禁令), or as what describes a party (参与军售的美国企业): the
  reaction or the measure is the event.
- The topics of talks or a consensus: 雙方已就芬太尼關稅、出口管制等問題達成共識 — the controls
  are a subject of the talks, not an act.
"""

from __future__ import annotations

import re

# a verb of threatening that opens the content after it (扬言 alone, 威胁要/威胁将…; not 威胁 as a noun)
_THREAT_VERB = re.compile(r"(?:扬言|放话|威胁要|威胁将|威胁称|威胁说|威胁对|警告称|警告将|扬言要|扬言将|警告[^，。；：:]{0,8}[，,：:])")  # (外交部警告，如美方…，中方将采取坚决反制措施; 中国警告美国，若…，将采取…)
# what starts an act of its own after the threat (…，并宣布对X实施制裁; 随后…)
_NEW_ACT = re.compile(r"(?:宣布|随后|随即|其后|此后|已经|已于|正式)")
# the types a threat names as its content
_THREATENED = frozenset({"SANCTION", "COERCE", "MOBILIZE", "LEAVE"})
# 以加征关税相威胁, 以退出北约相要挟: the act between 以 and 相威胁 is the means threatened (lex10)
_THREAT_MEANS = re.compile(r"[^，。；,;]{0,24}?相(?:威胁|要挟)")
# a topic phrase ending in a noun of topics, then a verb of talking or agreeing: 就A、B等问题达成共识
_TOPIC = re.compile(r"就([^，。；,;]{1,40}?)(?:等)?(?:问题|议题|事宜)\s*(?:达成|交换|进行|深入|坦诚|举行|展开|开展|磋商|沟通|协商|讨论|交流)")


def threat_content(text: str, s: int, t0: int, etype: str) -> bool:
    """True when the trigger at `t0` is an act named in the content of a threat uttered earlier in
    its sentence (from `s`), up to a ；-item and with no act of its own in between."""
    if etype not in _THREATENED:
        return False
    if text.rfind("以", max(s, t0 - 8), t0) != -1 and _THREAT_MEANS.match(text, t0):
        return True  # 以加征关税相威胁: the tariff is the means of the threat
    k = max(text.rfind("；", s, t0), text.rfind(";", s, t0), s - 1) + 1
    # (not 不顾中方多次警告，…: a warning named as what an act defies opens no content)
    found = [m for m in _THREAT_VERB.finditer(text, k, t0) if not (m.group().startswith("警告") and m.start() > 0 and text[m.start() - 1] in "次顾的")]
    if not found:
        return False
    return _NEW_ACT.search(text, found[-1].end(), t0) is None


def discussed_topic(text: str, s: int, t0: int, t1: int) -> bool:
    """True when the trigger at t0..t1 lies inside the topic of talks or a consensus (就…等问题达成共识)."""
    k = text.rfind("就", s, t0)
    if k == -1 or t0 - k > 40:
        return False
    m = _TOPIC.match(text, k)
    return m is not None and m.start(1) <= t0 and t1 <= m.end(1)


# a verb that takes another party's accusation as its object (反驳中方指控, 驳斥美方的指责, 否认…的指控)
_REBUTTED = re.compile(r"(?:反驳|驳斥|否认|回应|拒绝)[^，。；,;]{0,8}$")
_ACCUSATION_NOUNS = ("指控", "指责", "批评", "抹黑", "污蔑")


def rebutted_accusation(text: str, s: int, t0: int, word: str, etype: str) -> bool:
    """True when an accusation word is the object of a rebuttal (…，反驳中方指控): a noun, no act."""
    return etype == "ACCUSE" and word in _ACCUSATION_NOUNS and bool(_REBUTTED.search(text, max(s, t0 - 10), t0))


_TOPIC_OPENER = re.compile(r"\s*(?:对于|关于|针对)")


def reaction_topic_targets(text: str, s: int, t0: int, mentions: list, actor_keys: set, state_kinds) -> list:
    """The states named in the topic phrase that opens the sentence (对于A与B签署的…，), when the
    reaction at t0 comes after it: the targets of a reaction that names none of its own."""
    if not _TOPIC_OPENER.match(text, s):
        return []
    k = min([i for i in (text.find("，", s, t0), text.find(",", s, t0)) if i != -1], default=-1)
    if k == -1:
        return []
    out = []
    for m in mentions:
        key = getattr(m, "country", None) or m.id
        if s <= m.start < k and m.kind in state_kinds and key not in actor_keys and all(o.id != m.id for o in out):
            out.append(m)
    return out


# a document as the speaker: 《…宣言》称, 联合声明指出, 公报强调 (not 发表联合声明，强调…: the issuers speak)
_DOCUMENT_SPEAKS = re.compile(r"(?:》|声明|宣言|公报|报告|决议|文件)[”」]?\s*(?:中|里)?\s*(?:称|指出|强调|写道|提到|表示)[，,：:]")
_SPEECH_FRAME = re.compile(r"(?:称|指出|强调|写道|提到|表示|说)[，,：:]")


def document_characterises(text: str, s: int, t0: int, etype: str) -> bool:
    """True when an accusation at `t0` is part of what a document says: the last speech frame before it
    in its sentence has a document as its speaker."""
    if etype != "ACCUSE":
        return False
    frames = list(_SPEECH_FRAME.finditer(text, s, t0))
    return bool(frames) and bool(_DOCUMENT_SPEAKS.search(text, max(s, frames[-1].start() - 8), frames[-1].end()))


# opposing or condemning a kind of act by an unnamed class of doers
_OPPOSED_GENERIC = re.compile(r"(?:反对|谴责|批评|警惕|担忧|不满|抵制)[^，。；]{0,4}?(?:任何|个别|某些|一些)?"
                              r"(?:域外国家|域外势力|外部势力|外国势力|有关国家|任何国家|个别国家|某些国家|一些国家|第三方)[^，。；]{0,24}$")


def opposed_generic_act(text: str, clause_start: int, t0: int) -> bool:
    """True when the trigger at `t0` is the act a party opposes, done by a class of doers it does
    not name (反对域外国家在南海部署进攻性武器)."""
    return bool(_OPPOSED_GENERIC.search(text, clause_start, t0))


# a document's terms: 条约规定…, 该法其中要求…, 协定明确…
_PROVIDES = re.compile(r"(?:条约|协定|协议|宣言|声明|公报|法案|法|规定|文件|其中|该法|该条约|该协定)[”」》]?\s*(?:中|里)?\s*"
                       r"(?:规定|明确|要求|写明|载明)")
# an act named as the topic of a 就-phrase: 就…访台一事, 就…问题
_TOPIC_AFTER = re.compile(r"[^，。；]{0,12}?(?:一事|问题|事宜|议题)")
_TOPIC_BEFORE = re.compile(r"就[^，。；就]{0,30}$")
# a measure a demand asks to undo: 要求中方撤回禁令, 敦促美方取消制裁
_UNDO_DEMANDED = re.compile(r"(?:要求|敦促|呼吁|促请|希望)[^，。；]{0,8}?(?:撤回|取消|解除|撤销|停止|废除)[^，。；]{0,4}$")


# an act a demand or a warning asks a party not to do: 要求美方不要向台湾出售武器, 警告北约勿向乌克兰派兵
_DESIST_DEMANDED = re.compile(r"(?:要求|敦促|呼吁|促请|希望|警告|告诫|奉劝|正告|提醒)[^，。；]{0,10}?(?:不要|切勿|勿|别|不得|不应|避免)[^，。；]{0,12}$")


# the act a reaction is about, as the object of its 对-phrase: 对美国对台军售表示强烈反对
_REACTION_AFTER = re.compile(r"[^，。；]{0,10}?(?:表示|表达)[^，。；]{0,4}?(?:反对|不满|关切|关注|谴责|抗议|遗憾)")
# what a firm or party took part in, describing it: 参与军售的美国企业
_PARTAKER = re.compile(r"(?:参与|参加|涉及)$")


def named_not_done(text: str, s: int, clause_start: int, t0: int, t1: int, etype: str) -> bool:
    """True when the trigger at t0..t1 names an act without telling it: a document's terms (in its
    clause or the one before), the topic of a 就-phrase, a measure a demand asks to undo, or an act a
    demand or warning asks a party not to do."""
    if _PROVIDES.search(text, max(s, clause_start - 24), t0):
        return True
    if etype != "ACCUSE" and "对" in text[clause_start:t0] and _REACTION_AFTER.match(text, t1):
        return True  # 中国对美国对台军售表示强烈反对: the sale is the reaction's topic
    if etype in ("AID", "COOPERATE", "SANCTION") and _PARTAKER.search(text, clause_start, t0) and text[t1 : t1 + 1] == "的":
        return True  # 制裁参与军售的美国企业: the sale describes the firms
    if etype != "ACCUSE" and _TOPIC_BEFORE.search(text, clause_start, t0) and _TOPIC_AFTER.match(text, t1):
        return True
    if etype not in ("ACCUSE", "THREATEN") and _DESIST_DEMANDED.search(text, clause_start, t0):
        return True  # 要求北约不要向乌克兰派兵: what the party is asked not to do is no act
    return etype == "SANCTION" and bool(_UNDO_DEMANDED.search(text, clause_start, t0))
