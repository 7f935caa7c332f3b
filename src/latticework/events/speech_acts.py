"""Events told as speech: threats, rebukes and recommendations.

A threat is made when it is uttered; its 将 (中方将奉陪到底, 将采取必要措施) belongs to what is
threatened, so the threat itself is asserted, not planned, and a threat with no target is aimed at
the other states its content names. A rebuke reported as content (X回应，Y…是“错上加错”) is the
speaker's. A sentence that opens by recommending proposes what it names. Kept apart from the
modality reader and the role rules, which read cues and positions without knowing who speaks.
"""

from __future__ import annotations

import re

# types whose trigger is the utterance: a plan cue before them is the content of what is said
_UTTERED = frozenset({"THREATEN"})


def speech_act_modality(etype: str, modality: str) -> str:
    """The modality of an event of type `etype` whose cues read as `modality`: a threat read as
    planned is asserted (its future is the threatened act)."""
    if etype in _UTTERED and modality == "planned":
        return "asserted"
    return modality


# a sentence that opens by recommending (报告建议，…; 笔者主张：…; 作者/研究者/学者建议, absent11) proposes every act it goes on to
# name, even those it frames as striven for (应争取早日加入) or promised
_RECOMMENDS = re.compile(r"\s*(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?\s*)?(?:报告|本报告|本文|笔者|作者|我们|课题组|研究者?|本研究|该报告|专家|学者)?(?:建议|主张)[，,：:]")


def recommended_modality(text: str, s: int, t0: int, modality: str, clause_start: int | None = None) -> str:
    """proposed when the sentence starting at `s` opens by recommending and the act at `t0` reads as
    planned or asserted; not an act its own later clause tells as done (报告建议，亚洲国家应推动…，日本已于
    2024年重启谈判: a fact the advice leans on)."""
    if modality in ("planned", "asserted") and _RECOMMENDS.match(text, s, t0):
        if modality == "asserted" and clause_start is not None and clause_start > s and _DONE_IN_CLAUSE.search(text, clause_start, t0):
            return modality
        return "proposed"
    return modality


# 已于2024年, 已经, 已在…: told as done (not 已有, the basis a proposal builds on)
_DONE_IN_CLAUSE = re.compile(r"已(?!有)")


# a clause that introduces what someone says: 中国商务部次日回应，…; 外交部发言人表示：…
_SPEECH_INTRO = re.compile(r"(?:回应|回应称|表示|称|指出|强调|声称|宣称|说|批评称|谴责称)\s*[，,：:]\s*$")


def speech_intro_start(text: str, s: int, clause_start: int) -> int | None:
    """Where the clause before `clause_start` starts when it ends by introducing speech (X回应，),
    else None: the content clause after it reports what X says."""
    if clause_start <= s or not _SPEECH_INTRO.search(text, s, clause_start):
        return None
    k = max(text.rfind(c, s, clause_start - 1) for c in "，,：:；;")
    return s if k == -1 else k + 1


def speaker_accuses(speakers: list, actors: list, recipients: list) -> tuple[list, list]:
    """美方升级关税是“错上加错” said by 中国商务部: the speaker accuses, and the parties the content
    talks about (other than the speaker's own side) are its targets."""
    own = {getattr(m, "country", None) or m.id for m in speakers}
    targets = [m for m in actors if (getattr(m, "country", None) or m.id) not in own]
    return speakers, targets + [m for m in recipients if m not in targets]


def threat_targets(text: str, t1: int, e: int, mentions: list, actors: list, gz) -> list:
    """川普揚言，若中方不撤回反制措施，美方將對中國商品再加徵關稅: a threat with no target of its own
    is aimed at the other states its content names (the rest of the sentence after the verb), but not
    at a state the act it warns against is aimed at (北韩若向俄方出售武器: North Korea)."""
    from ..actors.gazetteer import STATE_KINDS
    from .not_parties import condemned_act_target
    from .roles import _participants

    own = {a.key() for a in actors}
    named = [m for m in mentions if t1 <= m.start < e and m.kind in STATE_KINDS]
    named = condemned_act_target(text, t1, named)  # 警告，北韩若向俄方出售武器…: not Russia
    return [p for p in _participants(named, gz) if p.key() not in own]


def posted_to_targets(text: str, actors: list, recipients: list) -> tuple[list, list]:
    """法国召回驻美、驻澳大使以示抗议: the states an envoy is posted to (驻X) are what the protest is
    aimed at, not its doers, when another party is the doer."""
    posted = [m for m in actors if text[max(0, m.start - 1) : m.start] == "驻"]
    if not posted or len(posted) == len(actors):
        return actors, recipients
    return [m for m in actors if m not in posted], posted + [m for m in recipients if m not in posted]


# the topic a verb is about: 就…一事/问题/事宜 before it in the clause
_TOPIC = re.compile(r"就[^，。；,;]{1,30}?(?:一事|问题|事宜|议题)")


def topic_span(text: str, clause_start: int, t0: int) -> tuple[int, int] | None:
    """Where the last 就…一事/问题 topic phrase before the trigger lies, or None."""
    found = [m for m in _TOPIC.finditer(text, clause_start, t0)]
    return (found[-1].start(), found[-1].end()) if found else None


def object_not_doer(text: str, t1: int, actors: list, parts_after: list) -> tuple[list, list]:
    """习近平与拜登通电话，…警告美方: the party a warning or rebuke names right after its verb is its
    target, even when a clause before made it a partner of the speaker. Returns (actors, targets)."""
    named = [m for m in parts_after if 0 <= m.start - t1 <= 1]
    keys = {getattr(m, "country", None) or m.id for m in named}
    doers = [m for m in actors if (getattr(m, "country", None) or m.id) not in keys]
    if not named or not doers or len(doers) == len(actors):
        return actors, []
    return doers, named
