"""Arms bought: X从Y购买/向Y采购 is an AID (arms transfer) from the seller Y to the buyer X.

The ontology codes arms sales as AID from the seller. A purchase names the buyer as subject and
marks the seller with 从/向, the reverse of 向Y提供 (where 向 marks the receiver), so the roles are
swapped for these verbs.
"""

from __future__ import annotations

import re

from ..actors.resolve import Mention

PURCHASE_VERBS = ("购买", "采购", "购入", "引进")


def seller_first(text: str, word: str, actors: list[Mention], recipients: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(actors, recipients) of a purchase: the party after 从/向 sells, the others buy."""
    if word not in PURCHASE_VERBS:
        return actors, recipients
    parties = actors + [m for m in recipients if m not in actors]
    sellers = [m for m in parties if text[max(0, m.start - 1) : m.start] in ("从", "向")]
    if not sellers:
        return actors, recipients
    return sellers, [m for m in parties if m not in sellers]


# 引进美制战斧巡航导弹, 采购美製M1A2T戰車, 购入俄制S-400防空系统: the maker's abbreviation before 制 (not 对俄制裁,
# 法制, 以制度): only the main arms makers' one-character forms, right before the arms (probe14)
_MADE_IN = re.compile(r"(?:了)?[^，。；]{0,8}?(?P<who>[美俄韩韓])(?:制|製)(?!裁|度|定|造业|约|衡)"
                      r"[^，。；]{0,16}?(?:导弹|飞弹|飛彈|導彈|战机|戰機|战斗机|戰鬥機|坦克|战车|戰車|防空系统|防空系統|直升机|直升機|"
                      r"潜艇|潛艇|舰|艦|火炮|武器|无人机|無人機|雷达|雷達|装备|裝備|运输机|運輸機)")
_MAKERS = {"美": "USA", "俄": "RUS", "韩": "KOR", "韓": "KOR"}


def made_in_seller(text: str, word: str, t1: int, clause_end: int) -> str | None:
    """The state whose arms a purchase with no seller named buys (日本决定引进美制战斧巡航导弹 → USA), or None."""
    if word not in PURCHASE_VERBS:
        return None
    m = _MADE_IN.match(text, t1, clause_end)
    return _MAKERS[m.group("who")] if m else None
