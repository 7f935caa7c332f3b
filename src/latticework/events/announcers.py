"""Who announces, condemns or welcomes an act is not who does it: 巴西宣布印度尼西亚正式成为金砖国家成员国,
中方强烈谴责美国众议院议长会见蔡英文, 中方欢迎日本与韩国恢复对话 — the parties named after the verb
of saying or stance do the act; the speaker stands before it."""

from __future__ import annotations

import re

from ..actors.resolve import Mention

# a verb of saying or announcing whose object clause has a subject of its own
_ANNOUNCING = re.compile(r"(?:宣布|宣佈|宣告|表示|确认|確認|证实|證實|透露|指出|称|稱|声明|聲明)")
# a verb of stance whose object is an act with a subject of its own (谴责X会见Y, 欢迎X与Y恢复对话)
_STANCE = re.compile(r"(?:谴责|譴責|批评|批評|指责|指責|抨击|抨擊|抗议|抗議|欢迎|歡迎|赞赏|讚賞|祝贺|祝賀|反对|反對)")
# what may stand between the verb and the act's subject: an adverb, nothing marking the party as a
# partner, target or place (支持与东盟加强合作: 东盟 is the partner, the speaker acts)
_SUBJECT_NEXT = re.compile(r"[了\s]{0,2}")


def announced_joiners(text: str, t0: int, actors: list[Mention]) -> list[Mention]:
    """The actors named between the last announcing verb before the trigger and the trigger, when
    others stand before that verb (those are the announcers); otherwise the actors unchanged."""
    return _after_verb(text, t0, actors, _ANNOUNCING, subject_next=False)


def stance_holders_out(text: str, t0: int, actors: list[Mention]) -> list[Mention]:
    """The actors of an act a verb of stance governs (谴责美国众议院议长会见蔡英文: USA and TWN, not the
    condemner), when the act's own subject follows that verb directly."""
    return _after_verb(text, t0, actors, _STANCE, subject_next=True)


def _after_verb(text: str, t0: int, actors: list[Mention], verb: re.Pattern, subject_next: bool) -> list[Mention]:
    if len(actors) < 2:
        return actors
    first = min(m.start for m in actors)
    for v in reversed(list(verb.finditer(text, first, t0))):
        before = [m for m in actors if m.end <= v.start()]
        after = [m for m in actors if v.end() <= m.start < t0]
        if not before or not after or re.search(r"[，,。；;]", text[v.end() : t0]):
            continue
        if subject_next and not _SUBJECT_NEXT.fullmatch(text, v.end(), min(m.start for m in after)):
            continue
        return [m for m in actors if m.start >= v.end()]  # (the partner after the trigger stays: 会见蔡英文)
    return actors
