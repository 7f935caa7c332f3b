"""Names that are bibliographic apparatus, not mentions: glosses in brackets, cited authors, sources.

A name glossed in brackets (亚洲相互协作与信任措施会议（亚信）, “延伸威慑对话”(EDD)) is one mention,
not two; the author of a cited work in a note (世界银行：《…》) and the site a figure comes from
(资料来源：…官网) name no actor of the text.
"""

from __future__ import annotations

import re

from .derived import own_acronym
from .gazetteer import Gazetteer
from .mention import Mention

_CITED_AUTHOR_END = re.compile(r"^\s*(?:等)?\s*(?:[：:，,]|著|编|主编|译)")


def _citation_part(text: str, m: Mention, offset: int) -> bool:
    """Within a footnote: an author of a cited work (习近平：《…》, 世界银行编：《…》) or the owner of a
    cited website (东盟秘书处网站), which the gold guidelines leave out of scope; a name inside the
    cited title stays a mention."""
    s, e = m.start - offset, m.end - offset
    if _inside_title(text, s):
        return False
    if m.kind != "person" and _CITED_SITE.match(text[e : e + 5]):
        return True
    return bool(_CITED_AUTHOR_END.match(text[e : e + 4])) and "《" in text[e : e + 12] and (
        m.kind == "person" or _CITATION_START.search(text[:s]) is not None)


def _source_line(text: str, m: Mention, offset: int) -> bool:
    """资料来源：世界银行数据库 / 数据来源：国际货币基金组织: the source of a table or figure is
    bibliographic data, not an actor (a name inside a cited title stays a mention)."""
    s = m.start - offset
    if _inside_title(text, s):
        return False
    last = None
    for last in _SOURCE_CUE.finditer(text, max(0, s - 40), s):
        pass
    return last is not None and not re.search(r"[。！？]", text[last.end() : s])


def _inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


_SOURCE_CUE = re.compile(r"(?:资料来源|数据来源|资料出处|来源|出处)\s*[：:]")


def source_cue(text: str) -> bool:
    """Whether `text` holds a source line's cue (资料来源：): its words are looked for first, as
    most blocks have none and the pattern is slow to scan."""
    return ("来源" in text or "出处" in text) and _SOURCE_CUE.search(text) is not None
_CITED_SITE = re.compile(r"^\s*(?:官方网站|官网|网站|网|官方微博|微博|公众号)")
# a non-person author stands at the start of the note or of one of its citations (①世界银行：《…》)
_CITATION_START = re.compile(r"(?:^|[。；;]|[\]】）)]|[①-⑳])\s*$")



_OPEN_GLOSS = re.compile(r"^[”’\"》」』\s]*[（(]\s*$")
# a Chinese name glossing the one before it, alone or after an acronym in the same bracket
_CN_GLOSS_OPEN = re.compile(r"^[”’\"》」』]?[（(](?:\s*[A-Za-z][A-Za-z0-9 .&'+\-]{0,60}[，,、;；]\s*)?"
                             r"(?:(?:今|现|現|旧|舊|原|又|亦|或)(?:称|稱|名|译|譯)|今|即)?\s*$")  # 斯威士兰（今称埃斯瓦蒂尼）
_CN_GLOSS_CLOSE = re.compile(r"[）)]|[，,、;；]\s*[A-Za-z][A-Za-z0-9 .&'+\-]{0,60}[）)]")


def _drop_glosses(text: str, mentions: list[Mention], offset: int, gz: Gazetteer | None = None) -> list[Mention]:
    """A gloss in parentheses after a name is not a second mention: a short form of the same entity
    (亚洲相互协作与信任措施会议（亚信）), the acronym
    right after the name (“延伸威慑对话”(EDD)), or a Latin name inside a longer English gloss
    ((Quad Vaccine Partnership))."""
    if "（" not in text and "(" not in text and not any(m.text.isascii() for m in mentions):
        return list(mentions)  # (no bracket and no Latin name in the block: no gloss, most blocks)
    out: list[Mention] = []
    gloss_end = -1  # end of the last Chinese gloss dropped: an acronym after it in the bracket is one too
    for m in mentions:
        prev = out[-1] if out else None
        if (not m.text.isascii() and prev is not None and prev.id == m.id and m.how != "coreference"
                and _CN_GLOSS_OPEN.match(text[prev.end - offset : m.start - offset])
                and _CN_GLOSS_CLOSE.match(text, m.end - offset)):
            gloss_end = m.end
            continue  # 亚洲相互协作与信任措施会议（亚信）, 贸发会议 in （UNCTAD，贸发会议）: a gloss of the name
        if m.text.isascii():
            s, e = m.start - offset, m.end - offset
            if prev is not None and _OPEN_GLOSS.match(text[prev.end - offset : s]) and (
                    prev.id == m.id or own_acronym(gz, prev.id, m.text)):
                continue  # 拉美开发银行（CAF）: the name's own acronym, even if another body shares it
            if prev is not None and prev.id == m.id and re.fullmatch(r"[，,、;；]\s*", text[gloss_end - offset : s]):
                continue  # 世界贸易组织（世贸组织，WTO）
            opened = max(text.rfind("(", 0, s), text.rfind("（", 0, s))
            closed = max(text.rfind(")", 0, s), text.rfind("）", 0, s))
            if opened > closed and opened >= s - 40:
                close = min((k for k in (text.find(")", e), text.find("）", e)) if k != -1), default=-1)
                inner = text[opened + 1 : close] if close != -1 else ""
                if inner.strip() != m.text and inner.isascii() and len(inner.strip()) > len(m.text):
                    continue  # part of an English name in a gloss
        out.append(m)
    return out
