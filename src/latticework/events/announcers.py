"""Who announces a change of membership is not who joins: 巴西宣布印度尼西亚正式成为金砖国家成员国,
南非宣布沙特等六国受邀加入金砖国家, 美国表示欢迎芬兰加入北约 — the parties named after the announcing
verb join; the announcer (a chair, a host, a spokesman's state) stands before it."""

from __future__ import annotations

import re

from ..actors.resolve import Mention

# a verb of saying or announcing whose object clause has a subject of its own
_ANNOUNCING = re.compile(r"(?:宣布|宣佈|宣告|表示|确认|確認|证实|證實|透露|指出|称|稱|声明|聲明)")


def announced_joiners(text: str, t0: int, actors: list[Mention]) -> list[Mention]:
    """The actors named between the last announcing verb before the trigger and the trigger, when
    others stand before that verb (those are the announcers); otherwise the actors unchanged."""
    if len(actors) < 2:
        return actors
    first = min(m.start for m in actors)
    verbs = [v for v in _ANNOUNCING.finditer(text, first, t0)]
    for v in reversed(verbs):
        before = [m for m in actors if m.end <= v.start()]
        after = [m for m in actors if v.end() <= m.start < t0]
        if before and after and not re.search(r"[。；;]", text[v.end() : t0]):
            return after
    return actors
