"""A bare event noun opening a later clause of the sentence that told the event (美菲两国举行联合军演，
…，演习首次延伸至领海以外; 两国元首举行会晤，会晤持续约四个小时): the noun resumes the happening as the
topic of what is said of it, and is no second event (a news pattern: the act, then its details).

A bare membership or sanction verb opening such a clause as the subject of its entry into force
(宣布启动退出《巴黎协定》的程序，退出于一年后生效; 宣布加入该公约，加入将于明年1月生效; 宣布对其实施制裁，制裁自即日起
生效) names the act told before as well: prec14."""

from __future__ import annotations

import re

from .clauses import _clause_start
from .model import Event

# the nouns that resume a drill or a meeting, and the types of the event they refer back to
_RESUMING = {"演习": ("COOPERATE", "MOBILIZE"), "军演": ("COOPERATE", "MOBILIZE"), "演练": ("COOPERATE", "MOBILIZE"),
             "会谈": ("CONSULT",), "会晤": ("CONSULT",), "会面": ("CONSULT",), "磋商": ("CONSULT",)}


# acts named by their bare verb as what takes effect (退出于一年后生效), and the types they refer back to
_TAKING_EFFECT = {"退出": ("LEAVE",), "撤出": ("LEAVE",), "加入": ("JOIN",), "制裁": ("SANCTION",)}
_TAKES_EFFECT = re.compile(r"[^，。；,;]{0,16}?生效")


def resumes_told_event(text: str, s: int, t0: int, word: str, told: list[Event]) -> bool:
    """True when the bare noun `word` at t0 opens a clause after the first of its sentence (nothing
    before it in the clause) and the sentence has already told an event it refers back to (`told`:
    the sentence's events so far)."""
    types = _RESUMING.get(word)
    if types is None and word in _TAKING_EFFECT and _TAKES_EFFECT.match(text, t0 + len(word)):
        types = _TAKING_EFFECT[word]  # 退出于一年后生效: the withdrawal told, as the subject of its entry into force
    if types is None:
        return False
    cs = _clause_start(text, t0, s)
    if cs <= s or text[cs:t0].strip():
        return False
    return any(ev.type in types for ev in told)
