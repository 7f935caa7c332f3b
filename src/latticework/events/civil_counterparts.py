"""A leader meeting people of another state who hold no office (王毅会见美国工商界人士, 习近平会见出席论坛
的外国企业家代表, 会见日本友好团体代表): business, scholars, the press, diaspora or friendship groups are no
party of state-to-state talks, so the meeting is no CONSULT of the two states (the guidelines count
talks between states and organisations). Xinhua and Taiwan usage alike."""

from __future__ import annotations

import re

# the verbs of receiving a visitor, and civil counterparts named right after them in the clause
_RECEIVING = ("会见", "接见", "会晤", "见", "会面")
_CIVIL = re.compile(r"^[^，。；]{0,14}?(?:工商界|商界|企业界|实业界|金融界|企业家|企业代表|跨国企业|战略学术界|学术界|学者|专家学者|智库|"
                    r"媒体|记者|侨胞|侨领|华侨|华人|留学生|青年代表|青年|友好人士|友好团体|友好组织|民间团体|宗教界|文化界|体育界)")
# an office holder named among them (会见美国前国务卿基辛格和工商界代表) keeps the meeting
_OFFICE = re.compile(r"总统|总理|首相|部长|大臣|外长|防长|国务卿|议长|参议员|众议员|议员|大使|特使|主席|委员长|代表团团长")


def meets_civil_counterparts(text: str, t1: int, clause_end: int, word: str) -> bool:
    """True when the receiving verb ending at t1 has civil counterparts, and no office holder, after it."""
    if word not in _RECEIVING:
        return False
    after = text[t1:clause_end]
    return bool(_CIVIL.match(after)) and not _OFFICE.search(after)
