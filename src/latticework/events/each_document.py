"""签署《A》和《B》: each document signed, issued or adopted in one act is an event of its own, dated
by the brackets after its title when it has them."""

from __future__ import annotations

import re

from ..timex import find_dates
from .model import Event
from .roles import _TITLE

_UNQUOTED_DOC = re.compile(r"\s*(?:和|及|以及|与|與|、)\s*(?:[一两兩二三四五]\s*(?:项|項|份|个|個))"
                           r"([^，。；、《》和及与與]{1,20}?(?:协定|協定|协议|協議|备忘录|備忘錄|声明|聲明|宣言|议定书|議定書|条约|條約|公报|公報))")
_TITLE_LINK = re.compile(r"^(?:\s|[(（][^()（）《》]{0,80}[)）]|和|及|以及|与|、|,|，)*$")


def _each_document(raw: str, t1: int, clause_end: int, ev: Event) -> list[Event]:
    """签署《A》和《B》: each document signed, issued or adopted is an event of its own (listed titles
    joined by 和/及/与/、, English glosses in brackets between them)."""
    import copy  # (the first document keeps the event itself)

    if ev.type not in ("AGREE", "POLICY"):
        return [ev]
    if raw[t1 - 1 : t1] == "《":
        t1 -= 1  # the trigger took the opening bracket (发表《…》和《…》)
    titles = list(_TITLE.finditer(raw, t1, clause_end))
    if not titles:
        return _each_unquoted(raw, t1, clause_end, ev)
    run = [titles[0]]
    for m in titles[1:]:
        if not _TITLE_LINK.match(raw[run[-1].end() : m.start()]):
            break
        run.append(m)
    # 签署《防务合作协定》及一项海上监视合作协定: an unquoted document counted after the titles is one more
    more = _UNQUOTED_DOC.match(raw, run[-1].end(), clause_end)
    if len(run) + bool(more) < 2 or not _TITLE_LINK.match(raw[t1 : run[0].start()].replace("了", "").replace("的", "")[-4:] or " "):
        return [ev]
    if more:
        run.append(more)
    out = []
    # the object found may be a later title of the run (the first title was no linked mention): it is
    # that title's document, and the first keeps its own name
    other = ev.object is not None and any(ev.object.get("name") in m.group(1) for m in run[1:])
    for i, m in enumerate(run):
        x = copy.copy(ev) if i else ev
        if i or ev.object is None or ev.object.get("name") not in m.group(1):
            x.object = {"id": None, "name": m.group(1), "kind": None} if (
                i or other or ev.object is None or ev.object.get("id") is None) else ev.object
        if (own := _TITLE_DATE.match(raw, m.end())) and ev.modality == "asserted" and (
                when := [t.value for t in find_dates(own.group("when")) if t.value]):
            # 签署《A》（2016年8月）、《B》（2018年9月）: each document dated in its brackets
            x.date, x.date_end = when[0], None
        out.append(x)
    return out


_TITLE_DATE = re.compile(r"\s*[（(]\s*(?P<when>(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)\s*[)）]")


# a document named without brackets, from its distinctive words to its kind (海关互助协定, 教育合作谅解备忘录)
_KIND = (r"(?:谅解备忘录|諒解備忘錄|备忘录|備忘錄|协定|協定|协议|協議|联合声明|聯合聲明|声明|聲明|宣言|议定书|議定書"
         r"|条约|條約|公报|公報)")
_PLAIN_DOC = r"[^，。；、：:《》“”「」和及与與并並]{2,20}?" + _KIND
# 签署了A协定和B备忘录: two or more such names joined by 和/及/、 (not 关于A和B的协定: A names no kind)
_UNQUOTED_RUN = re.compile(r"\s*了?\s*(?P<first>" + _PLAIN_DOC + r")(?P<rest>(?:\s*(?:和|及|以及|与|與|、)\s*" + _PLAIN_DOC + r")+)"
                           r"(?=\s*(?:[，。；,;]|等|$))")
_PLAIN_ITEM = re.compile(_PLAIN_DOC)


def _each_unquoted(raw: str, t1: int, clause_end: int, ev: Event) -> list[Event]:
    """签署了海关互助协定和教育合作谅解备忘录: each document named without brackets in a list right
    after the verb is an event of its own (the guidelines count each signed document)."""
    import copy

    m = _UNQUOTED_RUN.match(raw, t1, clause_end)
    if m is None:
        return [ev]
    names = [m.group("first")] + [x.group() for x in _PLAIN_ITEM.finditer(m.group("rest"))]
    if len(names) < 2:
        return [ev]
    out = []
    for i, name in enumerate(names):
        x = copy.copy(ev) if i else ev
        x.object = {"id": None, "name": name.strip(), "kind": None}
        out.append(x)
    return out
