"""The day a rebuke or a warning is voiced, when it is told inside a dated statement.

News reports a statement with its own day and, inside it, the earlier acts it answers:
菲律宾军方19日表示，中国海警17日登上菲方船只，菲方要求中方归还枪械. The demand (an ACCUSE) is made
when the speaker speaks, on the 19th, not on the 17th of the act it answers, which is the nearest
date before it. So an accusation or a threat with no date in its own clause, made by the side that
speaks, takes the date of the speech frame it is told in (the date before the speech verb in the
sentence), not a date inside the content. A date in its own clause (中方18日已提出交涉) stays its own;
an act of another party inside the content (中国海警17日登上…) is the content's, untouched.
"""

from __future__ import annotations

from ..timex import Timex
from .attributes import _CLAIM_GAP, _CLAIM_VERB

VOICED_TYPES = ("ACCUSE", "THREATEN")


def voiced_on(text: str, times: list[Timex], mentions: list, s: int, clause_start: int, date_t: Timex | None,
              actor_keys: set[str]) -> Timex | None:
    """The time the speech frame before `clause_start` was dated with, when the act's nearest date
    `date_t` lies inside that frame's content before the act's own clause and the act's doer is the
    speaker's side; else None. The speech frame is read as attributes reads a claimant (_CLAIM_VERB,
    with _CLAIM_GAP between the speaker and the verb)."""
    if date_t is None or date_t.start >= clause_start or not actor_keys:
        return None
    for v in reversed(list(_CLAIM_VERB.finditer(text, s, date_t.start))):
        who = [m for m in mentions if s <= m.start and m.end <= v.start() and _CLAIM_GAP.fullmatch(text, m.end, v.start())]
        if not who:
            continue
        speaker = who[-1]
        if (getattr(speaker, "country", None) or speaker.id) not in actor_keys:
            return None
        said = [t for t in times if s <= t.start < v.start()]
        return said[-1] if said else None
    return None
