"""到访的X: a visit told as a relative clause before its visitor. The visitor is the party named
right after 的, with its titles (到访的美国国务卿布林肯), not the partner the clause goes on to name
(…与韩国外长赵兑烈举行会谈: Korea hosts). Talks with a partner the text describes as having travelled
there (会见来华出席论坛的X, 同来访的X举行会谈, 接見抵台訪問的X) are that guest's visit, the guest the actor
and the other party the host (thirteenth session, ruling 5: a verb of travel makes talks in the host's
city a visit)."""

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


# a relative clause opening with a verb of travel to the host's place (来华出席…的, 抵台访问的, 到访的), up to
# its 的; 来/抵/赴/访 + a place abbreviation or 访 itself
_TRAVELLED = re.compile(r"(?:来|來|抵|赴|访|訪|到)(?:华|華|京|台|臺|港|澳|访|訪|此)(?:[^，。；,;的]{0,20}?)的")


def travelling_guest(text: str, clause_start: int, clause_end: int, mentions: list[Mention]) -> list[Mention]:
    """The party a relative clause in the clause describes as having travelled there (来华出席…的佐科),
    with its titles; [] when the clause has none."""
    for m in _TRAVELLED.finditer(text, clause_start, clause_end):
        after = sorted((x for x in mentions if m.end() <= x.start < clause_end and x.kind in ("state", "economy", "person")),
                       key=lambda x: x.start)
        # (the guest may be named by a title before the person: 来访的总统普京, 來訪的總理某某)
        lead = next((x for x in after if _TITLE_GAP.match(text[m.end() : x.start])), None)
        if lead is None:
            continue
        after = [x for x in after if x.start >= lead.start]
        run = visitor_run(text, lead.start - 1, after)
        if not run:
            continue
        rest = after[len(run):]
        while rest and _JOINED.match(text[run[-1].end : rest[0].start]):  # …的日本首相和韩国总统: both travelled
            more = visitor_run(text, rest[0].start - 1, rest)
            run += more
            rest = rest[len(more):]
        return run
    return []


# guests listed after one travel clause (…的日本首相安倍晋三和韩国总统文在寅, …的日本首相和韩国总统): a title
# left over, then a joiner
_JOINED = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}?(?:总统|總統|首相|总理|總理|主席|国王|國王|外长|外長|部长|部長))?\s*(?:和|与|與|及|以及|、)\s*$")
