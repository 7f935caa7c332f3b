"""Acts named only as what is said or discussed, not as happenings of their own.

- A threat's content: 川普揚言，自11月1日起對中國商品加徵額外100%關稅，並對…實施出口管制 — the
  tariff and the controls are what is threatened (the THREATEN event), not sanctions imposed.
- The accusation another party rebuts: 反驳中方指控 — the rebuttal is the event (ACCUSE of China),
  China's accusation its object.
- The topic a reaction opens with: 对于美国与马来西亚签署的贸易协定…，中国外交部回应称，中方坚决反对…
  — the parties of the act in the topic are what the reaction is aimed at.
- What an adopted document says: 峰会发表的《华盛顿峰会宣言》称，…并对中国的“胁迫性政策”表示关切 —
  the concern is a characterisation inside the declaration (the AGREE), no ACCUSE of its own
  (gold guidelines, seeds 001-002).
- An act opposed with no named doer: 反对域外国家在南海部署进攻性武器 — what is opposed is a kind of
  act (the ACCUSE is the event), not a deployment that happened.
- The topics of talks or a consensus: 雙方已就芬太尼關稅、出口管制等問題達成共識 — the controls
  are a subject of the talks, not an act.
"""

from __future__ import annotations

import re

# a verb of threatening that opens the content after it (扬言 alone, 威胁要/威胁将…; not 威胁 as a noun)
_THREAT_VERB = re.compile(r"(?:扬言|威胁要|威胁将|威胁称|威胁说|威胁对|警告称|警告将|扬言要|扬言将)")
# what starts an act of its own after the threat (…，并宣布对X实施制裁; 随后…)
_NEW_ACT = re.compile(r"(?:宣布|随后|随即|其后|此后|已经|已于|正式)")
# the types a threat names as its content
_THREATENED = frozenset({"SANCTION", "COERCE", "MOBILIZE", "LEAVE"})
# a topic phrase ending in a noun of topics, then a verb of talking or agreeing: 就A、B等问题达成共识
_TOPIC = re.compile(r"就([^，。；,;]{1,40}?)(?:等)?(?:问题|议题|事宜)\s*(?:达成|交换|进行|深入|坦诚|举行|展开|开展|磋商|沟通|协商|讨论|交流)")


def threat_content(text: str, s: int, t0: int, etype: str) -> bool:
    """True when the trigger at `t0` is an act named in the content of a threat uttered earlier in
    its sentence (from `s`), up to a ；-item and with no act of its own in between."""
    if etype not in _THREATENED:
        return False
    k = max(text.rfind("；", s, t0), text.rfind(";", s, t0), s - 1) + 1
    found = [m for m in _THREAT_VERB.finditer(text, k, t0)]
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
