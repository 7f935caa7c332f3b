"""The speaker of a statement's words told in the sentence after it: 日本外务省发表声明，谴责朝鲜发射导弹。
声明还敦促朝鲜停止挑衅; 七国集团外长发表联合声明…。声明呼吁中国…. A clause whose subject is the
statement itself (声明/该声明/联合声明/公报 + 还/也/并 + a speech verb) names no party as speaker; its
speaker is who issued the statement told just before (the guidelines code what a statement says as
its issuer's act)."""

from __future__ import annotations

import re

from ..actors.gazetteer import simplify
from .clauses import _clause_start
from .model import Event

# the statement as the clause's subject, right at its start (the speech verb follows)
_STATEMENT_SUBJECT = re.compile(r"\s*(?:该|这份|此份|此|上述|这项|该项|该份)?(?:联合)?(?:声明|公报|宣言|新闻公报)(?:中|内)?"
                                r"\s*(?:还|也|亦|并|则|同时|另|进一步|再次|更)*\s*$")
# a statement issued in the words before an act (发表声明，谴责…; 发表联合声明; 在声明中批评…)
_ISSUED = re.compile(r"声明|公报|宣言")
# how far back the statement may be told (the sentence or two before)
_REACH = 400


def statement_speakers(events: list[Event]) -> list[Event]:
    """声明还敦促朝鲜停止挑衅: a speech act whose subject is the statement is its issuer's."""
    for i, ev in enumerate(events):
        if ev.actors or ev.type not in ("ACCUSE", "THREATEN") or not ev.evidence:
            continue
        said = simplify(ev.evidence[0].text)
        k = said.find(simplify(ev.trigger))
        if k < 0 or _STATEMENT_SUBJECT.fullmatch(said, _clause_start(said, k, 0), k) is None:
            continue
        start = ev.evidence[0].start
        for prev in reversed(events[:i]):
            if not prev.evidence or prev.evidence[0].start >= start or start - prev.evidence[0].end > _REACH:
                continue
            if prev.type not in ("AGREE", "ACCUSE", "THREATEN") or not prev.actors:
                continue  # (朝鲜发射导弹: an act the statement reacts to, not the statement)
            told = simplify(prev.evidence[0].text)
            j = told.find(simplify(prev.trigger))
            keys = {p.key() for p in ev.recipients}
            speakers = [p for p in prev.actors if p.key() not in keys]
            if speakers and (_ISSUED.search(told, 0, max(j, 0)) or _ISSUED.search(simplify(prev.trigger))):
                ev.actors = speakers
                break
    return events
