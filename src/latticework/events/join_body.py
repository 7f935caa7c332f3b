"""The body a membership act joins when its clause names none.

金砖国家峰会宣布邀请沙特、伊朗…加入，伊朗等四国于2024年1月1日正式成为成员，阿根廷则拒绝加入: the
later clauses join (or refuse) the body the sentence named before them. Only a body (an
organisation, grouping or agreement) named earlier in the same sentence is taken, the nearest one.
"""

from __future__ import annotations

from ..actors.resolve import Mention
from .attributes import _DOC_KINDS, _ORG_KINDS


def body_joined_before(mentions: list[Mention], sentence_start: int, t0: int) -> list[Mention]:
    """The nearest body named in the sentence before the trigger, as a one-item list (or none)."""
    bodies = [m for m in mentions if sentence_start <= m.start and m.end <= t0 and (m.kind in _ORG_KINDS or m.kind in _DOC_KINDS)]
    return bodies[-1:] if bodies else []
