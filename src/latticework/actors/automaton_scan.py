"""What the matcher's automaton reads, and its matches in all blocks of a document from one pass.

The automaton (every gazetteer name and trap word, leftmost-longest) reads a view of each block
with the dashes of pairs made one and a date's 日 blanked. Asked block by block it is called hundreds
of times per document and falls out of the processor's cache between calls; `automaton_hits` reads
the blocks' views joined by NUL instead, which no name holds (it blanks a date's 日 already), so no
match runs across a block's end and each block gets the matches it would get alone.
"""

from __future__ import annotations

import bisect
import re

import ahocorasick_rs

from .gazetteer import one_dash

# the 日 of a date (17日, 20日　), but not of a rule named by its date (10月7日新规, 10月17日出口管制新规:
# listed names that hold the day); the day character first and the digit looked behind from it (a
# pattern opening with a literal is scanned far faster than one opening with a look-behind)
_DATE_DAY = re.compile(r"日(?:(?<=\d日)(?!新规|规则|禁令|出口管制新规)|(?<=\d\s日))")


def scan_view(text: str) -> str:
    """The text the automaton reads: the dashes of pairs as one (中国-东盟 is found as 中国—东盟) and
    a date's 日 blanked (20日　文在寅访问…, 5日日内瓦: it opens no name or trap word, 日文, 日内)."""
    scan = one_dash(text)
    if "日" in scan:
        scan = _DATE_DAY.sub("\x00", scan)
    return scan


def automaton_hits(ac: ahocorasick_rs.AhoCorasick | None, texts: list[str]) -> list[list[tuple[int, int, int]]]:
    """The automaton's matches (pattern, start, end) in each of `texts`, offsets in that text, as
    `Matcher.find` would get them text by text."""
    if ac is None or not texts:
        return [[] for _ in texts]
    out: list[list[tuple[int, int, int]]] = [[] for _ in texts]
    starts: list[int] = []
    k = 0
    for t in texts:
        starts.append(k)
        k += len(t) + 1
    starts.append(k + 1)  # (past the end: no match starts there)
    i, at, nxt = 0, 0, starts[1]
    block = out[0]
    for idx, s, e in ac.find_matches_as_indexes("\x00".join(map(scan_view, texts))):
        if s >= nxt:  # (the first match of a later text)
            i = bisect.bisect_right(starts, s) - 1
            at, nxt, block = starts[i], starts[i + 1], out[i]
        block.append((idx, s - at, e - at))
    return out
