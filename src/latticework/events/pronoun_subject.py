"""A sentence that opens with 他/她: the person who opened the sentence before.

News tells a leader's acts over several sentences and names him once: 穆伊兹去年11月就任后，首次出访
即选择土耳其。他8日至12日对中国进行国事访问，10日在北京与习近平举行会谈. The linker does not annotate
pronouns (the entity guidelines leave them out), so the event walk lends the pronoun the first person
named in the nearest earlier sentence of the paragraph that names one (its subject, not the partner
named after the verb). A time may open the sentence before the pronoun (2024年7月，他曾在此出席…). 两人…两国 in that sentence are the two persons and their states.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.resolve import Mention
from ..actors.spans import sentence_stop

# 他8日…, 随后她…, 此前，他…, and after a time that opens the sentence: 2024年7月，他曾…, 次日他…
# (not 他国, 他们, 他人, 他方: others, not the person)
_TIME_OPENER = r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末)?|同年\d{1,2}月|次日|翌日|当天|当日|同日|次年|翌年|隔年)"
_OPENS_WITH = re.compile(r"\s*(?:(?:随后|此后|其后|之后|此前|同时|另外|此外)[，,]?\s*)?(?:" + _TIME_OPENER + r"[，,]?\s*)?([他她])(?![国们人方处乡])")


def pronoun_subject(text: str, s: int, e: int, sent: list[Mention], block: list[Mention]) -> list[Mention]:
    """The sentence's mentions, with the person 他/她 stands for when the sentence opens with it."""
    m = _OPENS_WITH.match(text, s, e)
    if m is None:
        # 佐科亦未忽视华盛顿：2023年11月13日，他在白宫…: a clause after a colon that opens with the
        # pronoun continues the person the words before the colon name
        colon = _COLON.search(text, s, e)
        if colon is None or (m := _OPENS_WITH.match(text, colon.end(), e)) is None:
            return sent
        return _pair_of_persons(text, s, e, _lend(text, colon.end(), m, sent, block))
    return _pair_of_persons(text, s, e, _lend(text, s, m, sent, block))


_COLON = re.compile(r"[：:]")
_TWO_PERSONS = re.compile(r"两人|二人|兩人")


def _pair_of_persons(text: str, s: int, e: int, sent: list[Mention]) -> list[Mention]:
    """他…与习近平举行会谈，两人宣布将两国关系提升为…: 两国 are the two persons' states, not the last two
    states the linker counted (which may include one named in an earlier, unrelated clause)."""
    two = _TWO_PERSONS.search(text, s, e)
    if two is None:
        return sent
    states: list[str] = []
    for x in reversed([x for x in sent if x.kind == "person" and x.country and x.end <= two.start()]):
        if x.country not in states:
            states.append(x.country)
    if len(states) < 2:
        return sent
    pair = list(reversed(states[:2]))
    return [replace(x, refers_to=pair, id=pair[0], country=None) if x.how == "coreference" and x.start > two.end()
            and text[x.start : x.end] in ("两国", "兩國") else x for x in sent]


def _lend(text: str, s: int, m: re.Match, sent: list[Mention], block: list[Mention]) -> list[Mention]:
    """The sentence's mentions with the first person of the nearest earlier sentence at the pronoun."""
    persons = [x for x in block if x.end <= s and x.kind == "person" and x.country]
    end = s
    while persons:
        start = sentence_stop(text, end - 1) + 1
        person = next((x for x in persons if x.start >= start), None)
        if person is not None:
            at = m.start(1)
            return sorted(sent + [replace(person, start=at, end=at + 1, text=text[at])], key=lambda x: x.start)
        persons = [x for x in persons if x.end <= start]
        end = start
    return sent
