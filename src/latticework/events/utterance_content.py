"""Acts named only as what is said or discussed, not as happenings of their own.

- A threat's content: 川普揚言，自11月1日起對中國商品加徵額外100%關稅，並對…實施出口管制 — the
  tariff and the controls are what is threatened (the THREATEN event), not sanctions imposed.
- The topics of talks or a consensus: 雙方已就芬太尼關稅、出口管制等問題達成共識 — the controls
  are a subject of the talks, not an act.
"""

from __future__ import annotations

import re

# a verb of threatening that opens the content after it (扬言 alone, 威胁要/威胁将…; not 威胁 as a noun)
_THREAT_VERB = re.compile(r"(?:扬言|威胁要|威胁将|威胁称|威胁说|威胁对|警告称|警告将|扬言要|扬言将)")
# what starts an act of its own after the threat (…，并宣布对X实施制裁; 随后…)
_NEW_ACT = re.compile(r"(?:宣布|随后|随即|其后|此后|已经|已于|正式)")
# the types a threat names as its content
_THREATENED = frozenset({"SANCTION", "COERCE", "MOBILIZE", "LEAVE"})
# a topic phrase ending in a noun of topics, then a verb of talking or agreeing: 就A、B等问题达成共识
_TOPIC = re.compile(r"就([^，。；,;]{1,40}?)(?:等)?(?:问题|议题|事宜)\s*(?:达成|交换|进行|深入|坦诚|举行|展开|开展|磋商|沟通|协商|讨论|交流)")


def threat_content(text: str, s: int, t0: int, etype: str) -> bool:
    """True when the trigger at `t0` is an act named in the content of a threat uttered earlier in
    its sentence (from `s`), up to a ；-item and with no act of its own in between."""
    if etype not in _THREATENED:
        return False
    k = max(text.rfind("；", s, t0), text.rfind(";", s, t0), s - 1) + 1
    found = [m for m in _THREAT_VERB.finditer(text, k, t0)]
    if not found:
        return False
    return _NEW_ACT.search(text, found[-1].end(), t0) is None


def discussed_topic(text: str, s: int, t0: int, t1: int) -> bool:
    """True when the trigger at t0..t1 lies inside the topic of talks or a consensus (就…等问题达成共识)."""
    k = text.rfind("就", s, t0)
    if k == -1 or t0 - k > 40:
        return False
    m = _TOPIC.match(text, k)
    return m is not None and m.start(1) <= t0 and t1 <= m.end(1)
