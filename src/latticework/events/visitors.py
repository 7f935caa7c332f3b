"""到访的X: a visit told as a relative clause before its visitor. The visitor is the party named
right after 的, with its titles (到访的美国国务卿布林肯), not the partner the clause goes on to name
(…与韩国外长赵兑烈举行会谈: Korea hosts)."""

from __future__ import annotations

import re

from ..actors.resolve import Mention

_TITLE_GAP = re.compile(r"^(?:\s|[\u4e00-\u9fff]{0,6}?(?:总统|首相|总理|外长|外相|部长|国务卿|主席|防长|大使|特使|秘书长|议长|领导人|代表团))*$")


def visitor_run(text: str, t1: int, after: list[Mention]) -> list[Mention]:
    """The mentions of the party right after 到访的 (at t1 the 的), joined only by titles."""
    after = sorted(after, key=lambda m: m.start)
    if not after or text[t1 + 1 : after[0].start].strip():
        return after[:1] if after else []
    run = [after[0]]
    for m in after[1:]:
        if not _TITLE_GAP.match(text[run[-1].end : m.start]):
            break
        run.append(m)
    return run
