"""A statement issued to react: 国务院随即发表声明，谴责中方…, 发表声明予以谴责.

The statement is the vehicle of the reaction told right after it (an accusation, concern, regret or
warning), which is the event the guidelines count; the statement is no agreement of its own (a
document several parties issue, 发表联合声明, is one; so is a body's statement of welcome, which tells
no other event: 东盟十国领导人发表声明，欢迎…)."""

from __future__ import annotations

import re

# the bare statement words (not 联合声明/共同声明: a joint document is agreed)
_BARE_STATEMENT = ("发表声明", "发布声明")
# a reaction after the statement, in its clause or the next: what the statement does
_REACTION_AFTER = re.compile(
    r"^(?:[，,]\s*)?(?:[^，。；]{0,6}?[，,]\s*)?(?:并|也|还|则)?\s*"
    r"(?:对[^，。；]{0,16}?)?(?:表示|表达)?(?:强烈|严厉|严正|深切|严重|高度)?"
    r"(?:予以谴责|谴责|批评|指责|反指|抗议|关切|关注|遗憾|不满|反对|拒绝承认|驳斥|抨击|斥责|警告)")


def reacts_by_statement(text: str, t1: int, word: str) -> bool:
    """True when the bare statement ending at `t1` carries a reaction told right after it."""
    return word in _BARE_STATEMENT and bool(_REACTION_AFTER.match(text[t1 : t1 + 40]))
