"""Arms bought: X从Y购买/向Y采购 is an AID (arms transfer) from the seller Y to the buyer X.

The ontology codes arms sales as AID from the seller. A purchase names the buyer as subject and
marks the seller with 从/向, the reverse of 向Y提供 (where 向 marks the receiver), so the roles are
swapped for these verbs.
"""

from __future__ import annotations

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
