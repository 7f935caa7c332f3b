"""A 分别/先后 cue that stands before a long comitative list (中国先后同哈萨克斯坦、乌兹别克斯坦、
吉尔吉斯斯坦、塔吉克斯坦和土库曼斯坦建立外交关系; 习近平分别同哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦
总统扎帕罗夫举行会谈): the cue governs the verb after the list however long the list runs, as long as
nothing but the listed parties, their titles and a light verb stands between (a clause or another
verb would end the cue's reach)."""

from __future__ import annotations

import re

from ..actors.resolve import Mention

_CUE_WITH = re.compile(r"(分别|先后|相继|各自)(?:与|同|跟|和)")
# what may stand between the parties of the list besides their names: separators, 等/等国, titles
_FILLER = re.compile(
    r"(?:以及|[、，,和及与同跟]|等国?|等地|两国|三国|[\s　]|[（(][^（）()]{0,16}[）)]|"
    r"国家元首|元首|总统|副总统|总理|首相|外长|外交部长|外交大臣|国防部长|防长|部长|国务卿|国王|主席|领导人|政府|代表|特使|"
    r"举行了?|进行了?)*"
)


def cue_before_list(text: str, cs: int, t0: int, mentions: list[Mention]) -> tuple[str, int] | None:
    """(cue, where) of a 分别/先后 + 与/同 in the clause text[cs:t0] whose list of parties runs up to the
    trigger at t0, or None."""
    found = None
    for m in _CUE_WITH.finditer(text, cs, t0):
        found = m
    if found is None:
        return None
    rest = []
    pos = found.end()
    inside = sorted((m.start, m.end) for m in mentions if found.end() <= m.start and m.end <= t0)
    if not inside:
        return None
    for a, b in inside:
        if a < pos:
            continue
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:t0])
    if all(_FILLER.fullmatch(piece) for piece in rest):
        return found.group(1), found.start()
    return None
