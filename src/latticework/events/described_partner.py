"""A partner of talks described by a relative clause (与来访的日本首相会谈, 與新上任的韓國總統會晤):
the 的 before the meeting word belongs to the partner's description, so the talks are a verb
with their partner, not an undated noun phrase (伙伴的双边经济政策磋商, 美日之间的对话)."""

from __future__ import annotations

import re

# 与/同/跟/和 and a clause with no party in it, up to the 的 that closes it (与刚就任的…, 同来访的…)
_WITH_DESCRIBED = re.compile(r"(?:与|同|跟|和|與)([^，。；,;的与同跟和與]{1,12})的([^，。；,;的]{1,12})$")


# what may follow the party in the head: nothing, a title, or a title and a short name (首相, 总统尹锡悦)
_TITLE_OR_NAME = re.compile(r"(?:[^，。；,;的]{0,2}(?:首相|总统|總統|总理|總理|主席|国王|國王|外长|外長|防长|防長|部长|部長|国务卿|國務卿|副总统|副總統|代表团|代表團))?[^，。；,;的]{0,4}")


def described_partner(text: str, cs: int, t0: int, mentions: list) -> bool:
    """The clause before the meeting word at t0 ends in 与 + a relative clause + 的 + a named
    party that ends at t0: the party is the partner, described (not 与日本的磋商, a possessive)."""
    m = _WITH_DESCRIBED.search(text, cs, t0)
    if m is None:
        return False
    rel_s, rel_e, head_s = m.start(1), m.end(1), m.start(2)
    if any(rel_s <= x.start < rel_e for x in mentions):
        return False  # 与日本的磋商: the 的 marks a party's possession, the noun phrase stays
    # the head names the party, its title or name after it at most (日本首相, 日本首相高市早苗, 该国总统)
    return any(head_s <= x.start and x.end <= t0 and _TITLE_OR_NAME.fullmatch(text, x.end, t0) for x in mentions)
