"""A document named before 由 is the object of the act after it: 《协定》由A与B签署, 首批协定由双方在
华府签署. Chinese reports often put the document first and its signatories in a 由-phrase; the
verb then has no document after it, though it signs one."""

from __future__ import annotations

import re

_TITLE_END = ("》", "」", "”", "』")
_GLOSS = re.compile(r"\s*(?:\([^()]{0,60}\)|（[^（）]{0,60}）)\s*$")


def document_before_you(text: str, clause_start: int, t0: int, nouns: list[str]) -> bool:
    """Whether the clause opens with a document (a title, or a noun such as 协定/声明) and then a
    由-phrase that reaches the trigger at t0."""
    k = text.rfind("由", clause_start, t0)
    if k == -1 or re.search(r"[，。；,;]", text[k:t0]):
        return False
    head = _GLOSS.sub("", text[clause_start:k].rstrip())
    return head.endswith(_TITLE_END) or any(head.endswith(n) for n in nouns)


def named_document_before_you(text: str, clause_start: int, t0: int, mentions: list, kinds: tuple) -> bool:
    """RCEP由东盟十国与中国…签署: an agreement known by name (a mention of one of `kinds`) opens the
    clause right before a 由-phrase that reaches the trigger at t0."""
    k = text.rfind("由", clause_start, t0)
    if k == -1 or re.search(r"[，。；,;]", text[k:t0]):
        return False
    end = clause_start + len(_GLOSS.sub("", text[clause_start:k].rstrip()))
    return any(m.end == end and m.kind in kinds and m.start >= clause_start for m in mentions)


# what may stand between a document named as topic and its signing verb: a gloss, a date, 于/在,
# an adverb (《协定》（RCEP）于2020年11月15日正式签署; 《协定》的签署（2022年1月）; 同类协定则于…签署),
# the adverbs of a look back (中韩自贸协定早在2015年6月签署, 已于…签署, 曾于…签署, 早在…就已签署: multi13),
# a day told relative to the sentence's (于当天, 于次日) and the venue (在马尼拉: absent13)
_TOPIC_TAIL = re.compile(
    r"(?:[（(][^（）()]{0,60}[）)])?\s*(?:则|也|亦|又|还|均|都)?\s*(?:早已|已经|已|曾经|曾|最早|早)?\s*"
    r"(?:[于在]?\s*(?:(?:19|20)\d{2}\s*年|次年|同年|翌年|隔年|是年|当年|去年|今年|上年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?)?\s*"
    r"(?:[于在]?\s*(?:当天|当日|同日|同月|次日|翌日))?\s*(?:在[\u4e00-\u9fff]{1,8}?)?\s*"
    r"(?:就已经|就已|便已|即已|就|便)?\s*(?:正式|已经|已|顺利|最终)?\s*(?:的)?\s*$")


def document_topic(text: str, clause_start: int, t0: int, nouns: list[str]) -> bool:
    """Whether the clause opens with a document named as its topic (a title, or a noun such as
    协定/条约) and only a gloss, a date and an adverb before the verb at t0:
    《区域全面经济伙伴关系协定》于2020年11月15日签署, 日澳《互惠准入协定》的签署."""
    head = text[clause_start:t0]
    tail = _TOPIC_TAIL.search(head)
    if tail is None or tail.start() == 0:
        return False
    head = head[: tail.start()].rstrip()
    return head.endswith(_TITLE_END) and "《" in head or any(head.endswith(n) for n in nouns if len(n) > 1)


# what may stand before a signing verb with no object of its own, after the talks on its document:
# a connective, a date, an adverb (…谈判，并在次年7月正式签署; …谈判，2024年7月签署)
_BARE_SIGNING_LEAD = re.compile(r"\s*(?:并且|并|並|且|随后|隨後|最终|最終|终于|終於|此后|此後|于|於|在|次年|翌年|同年|隔年|"
                                r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|初|底|中旬|上旬|下旬|正式|顺利|順利|已经|已|经过|經過|"
                                r"[一二三四五六七八九十两兩几幾数數]+(?:轮|輪|年|个月|個月)(?:谈判|談判)?后|后|後|\s)*$")
# the clause before names the document its talks were on (启动《互惠准入协定》谈判, 自贸协定谈判)
_TALKS_ON_DOCUMENT = re.compile(r"(?:》|协定|协议|条约|公约|協定|協議|條約)\s*(?:的)?\s*(?:进行|進行|举行|舉行|展开|展開|开展|開展)?了?\s*"
                                r"(?:谈判|談判|磋商)[^，。；,;]{0,6}$")


def signed_after_its_talks(text: str, clause_start: int, t0: int, t1: int, clause_end: int) -> bool:
    """…启动《互惠准入协定》谈判，并在次年7月正式签署: a signing verb closing its clause, with only a date
    or an adverb before it, signs the document whose talks the clause before tells (lead12)."""
    if clause_start < 1 or text[clause_start - 1] not in "，," or not re.fullmatch(r"\s*了?\s*[。；;！]?\s*", text[t1:clause_end]):
        return False
    if _BARE_SIGNING_LEAD.fullmatch(text, clause_start, t0) is None:
        return False
    before = text[max(0, clause_start - 40) : clause_start - 1]
    return _TALKS_ON_DOCUMENT.search(before) is not None
