"""A quoted or titled short name right after its owner's name is the owner's document.

Writers name a state's or a body's document by its owner followed by the document's short name in
quotation marks or 《》: 东盟“印太展望”, 日本“印太构想”, 欧盟《芯片法案》, 日本的“印太战略”. The short
name alone is often no listed name (印太展望, 印太构想) or another owner's (印太战略 is the US one);
owner and short name together are a listed name of the document (东盟印太展望, 日本印太战略). The
mention is the quoted part, as the gold guidelines annotate it (the owner stays a mention of its own).
"""

from __future__ import annotations

import re

from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .mention import Mention

_CLOSE = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’"}
_OPENS = re.compile("[" + "".join(_CLOSE) + "]")
_OWNER_KINDS = STATE_KINDS + ("organisation", "grouping", "mechanism")
_DOC_KINDS = ("agreement", "law", "initiative")


def owner_titles(gz: Gazetteer, text: str, offset: int, block: int, mentions: list[Mention]) -> list[Mention]:
    """`text` is one block's simplified text starting at `offset`; the owners' short-named documents
    replace whatever was found inside their quotation marks."""
    # only a name that ends right before an opening mark (or before 的 and one) can own a title: the
    # marks are found once in the block and the rest of its names are not looked at
    opens = [m.start() for m in _OPENS.finditer(text)]
    if not opens:
        return mentions
    ends = {offset + i for i in opens} | {offset + i - 1 for i in opens if i > 0 and text[i - 1] == "的"}
    out = list(mentions)
    for x in mentions:
        if x.end not in ends or x.kind not in _OWNER_KINDS or x.how == "coreference" or x.id not in gz.entities:
            continue
        i = x.end - offset
        if text[i : i + 1] == "的":
            i += 1
        close = _CLOSE.get(text[i : i + 1])
        if close is None:
            continue
        j = text.find(close, i + 1, i + 30)
        inner = text[i + 1 : j] if j != -1 else ""
        if not inner:
            continue
        e = gz.entities[x.id]
        heads = {text[x.start - offset : x.end - offset], *(simplify(n) for n in (e.name_zh, *e.names) if n)}
        found = {a.entity for h in heads for a in gz.aliases.get(h + inner, ())
                 if a.entity in gz.entities and gz.entities[a.entity].kind in _DOC_KINDS}
        if len(found) != 1:
            continue
        doc = gz.entities[found.pop()]
        s, t = offset + i + 1, offset + j
        out = [m for m in out if not (s <= m.start and m.end <= t)]
        out.append(Mention(s, t, inner, doc.id, doc.kind, doc.name_zh, doc.name_en, None, "gazetteer", block=block))
    return sorted(out, key=lambda m: (m.start, m.end)) if out != mentions else mentions
