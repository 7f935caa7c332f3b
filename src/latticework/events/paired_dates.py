"""Dates that go one to one with the items a 先后/分别 sentence splits into.

Background facts in analytical prose are often told as two parallel lists: 两国于2018年9月和2020年10月
先后签署《A》和《B》; A与B先后于9月16日及20日与C断交; 先后与A（2021年10月）、B（2021年11月）建立….
The act is split elsewhere (one event per document, per party); this step gives each copy its own
date instead of the last one, in order, or the date in brackets right after its party.
"""

from __future__ import annotations

import copy
import re

from ..timex import Timex
from .model import Event

_JOIN = re.compile(r"\s*(?:和|与|及|以及|、|，)\s*")
_CUE = re.compile(r"先后|分别|相继|依次")
_BRACKETED = re.compile(r"\s*[（(]\s*$")


def pair_dates(text: str, s: int, t0: int, times: list[Timex], evs: list[Event]) -> bool:
    """Date evs, the copies of one act (in the order of their items), one to one with a run of
    coordinated dates of its sentence before it when a 先后/分别 cue stands with them; whether it did."""
    if len(evs) < 2 or any(ev.modality != "asserted" for ev in evs) or len({ev.date for ev in evs}) != 1:
        return False
    cs = s  # (A与B先后于…断交，并转与C建交: the comitative clause after the run goes on with its items)
    before = [t for t in times if cs <= t.start and t.end <= t0 and t.value and not t.target]
    if len(before) < len(evs):
        return False
    run = before[-len(evs):]
    if any(not _JOIN.fullmatch(text[a.end : b.start]) for a, b in zip(run, run[1:])):
        return False
    if len({t.value for t in run}) < len(run) or evs[0].date != run[-1].value:
        return False
    if not (_CUE.search(text, run[-1].end, t0) or _CUE.search(text, max(cs, run[0].start - 4), run[0].start)):
        return False
    for ev, t in zip(evs, run):
        ev.date, ev.date_end = t.value, None
    return True


def bracket_dates(text: str, t0: int, times: list[Timex], evs: list[Event], keys_at: dict[str, int]) -> list[Event]:
    """先后与A（2021年10月）、B（2021年11月）、C和D（2022年11月）建立…: each copy, told with one
    party of the list, takes the first bracketed date after that party (keys_at: party key → where
    the sentence names it). Only when the list brackets two dates or more. A bracket of several dates
    after as many parties (C和D（2024年10月、11月）) gives them one to one."""
    brackets = _brackets(text, t0, times)
    if len({t.value for b in brackets for t in b}) < 2:
        return evs
    common = set.intersection(*({p.key() for p in ev.actors + ev.recipients} for ev in evs)) if evs else set()
    for ev in evs:
        at = [keys_at[p.key()] for p in ev.actors + ev.recipients if p.key() in keys_at and p.key() not in common]
        if not at:
            continue
        k = next((i for i, b in enumerate(brackets) if b[0].start > max(at)), None)
        if k is None:
            continue
        run = brackets[k]
        if len(run) > 1:  # (C和D（2024年10月、11月）: the parties since the bracket before, in order)
            since = brackets[k - 1][-1].end if k else 0
            told = sorted(a for key, a in keys_at.items() if since < a < run[0].start and key not in common)
            if len(told) == len(run) and max(at) in told:
                run = run[told.index(max(at)):]
        ev.date, ev.date_end = run[0].value, None
    return evs


def _brackets(text: str, t0: int, times: list[Timex]) -> list[list[Timex]]:
    """The runs of dates in brackets before t0 (（2022年12月）, （2024年10月、11月）), in order."""
    out: list[list[Timex]] = []
    usable = [t for t in times if t.end <= t0 and t.value and not t.target]
    for t in usable:
        if _BRACKETED.search(text, max(0, t.start - 2), t.start):
            out.append([t])
        elif out and _IN_BRACKET_JOIN.fullmatch(text[out[-1][-1].end : t.start]):
            out[-1].append(t)  # (（2024年10月、11月）: the second date of the bracket)
    return out


_IN_BRACKET_JOIN = re.compile(r"\s*(?:、|和|及)\s*")


# between a party and its own date (孟加拉国于2021年), and after the date before the next party or the verb
_PARTY_AT = re.compile(r"\s*(?:于|在|則於|则于)?\s*$")
_DATED_ITEM_END = re.compile(r"\s*(?:、|，|,|和|及|以及|，而|而)\s*")
_BEFORE_VERB = re.compile(r"[^，。；,;、]{0,8}")


def dated_parties(text: str, s: int, t0: int, times: list[Timex], mentions: list, evs: list[Event]) -> list[Event]:
    """孟加拉国于2021年、埃及于2023年加入新开发银行: parties told each with a date of its own before the
    verb do the act each at their date (one copy per party; the other parties stay in every copy),
    and so do parties each told after a date of its own (2017年6月巴拿马、2018年多米尼加先后跟进).
    Copies already split by 先后/分别 take the date of their own party."""
    if not evs or any(ev.modality != "asserted" for ev in evs):
        return evs
    ev = evs[0]
    dated = [t for t in times if s <= t.start and t.end <= t0 and t.value and not t.target and not t.in_name]
    if len(dated) < 2:
        return evs
    items: list[tuple[str, Timex]] = []
    for i, t in enumerate(dated):
        party = max((m for m in mentions if m.end <= t.start and (m.country or m.id)
                     and _PARTY_AT.fullmatch(text[m.end : t.start])), key=lambda m: m.end, default=None)
        if party is None:
            items = []
            continue
        if items and not _DATED_ITEM_END.fullmatch(text[items[-1][1].end : party.start]):
            items = []
        items.append((party.country or party.id, t))
    if len(items) < 2 or not _BEFORE_VERB.fullmatch(text[items[-1][1].end : t0]):
        items = _date_first_items(text, t0, dated, mentions)  # (2017年6月巴拿马、2018年多米尼加先后跟进)
        if not items:
            return evs
    keys = [k for k, _ in items]
    if len(set(keys)) != len(keys) or len({t.value for _, t in items}) < 2:
        return evs
    if len(evs) > 1:  # (孟加拉国于2021年、埃及于2023年先后加入: one copy per party already)
        for y in evs:
            own = [t for k, t in items if k in {a.key() for a in y.actors}]
            if len(own) == 1:
                y.date, y.date_end = own[0].value, None
        return evs
    if not set(keys) <= {a.key() for a in ev.actors}:
        return evs
    return _one_per_key(ev, items, keys, recipients_too=False)


# between parties of one dated group (2018年多米尼加、布基纳法索与萨尔瓦多)
_GROUP_JOIN = re.compile(r"\s*(?:、|和|与|與|及|以及)\s*")


def _date_first_items(text: str, t0: int, dated: list[Timex], mentions: list) -> list[tuple[str, Timex]]:
    """2017年6月巴拿马、2018年多米尼加与萨尔瓦多先后跟进: each date told right before its parties
    (one or a coordinated group), the groups joined by 、/，and the last one right before the verb:
    (party key, date) for every party of every group, or [] when the sentence is not so built."""
    items: list[tuple[str, Timex]] = []
    end = -1
    for i, t in enumerate(dated):
        stop = dated[i + 1].start if i + 1 < len(dated) else t0
        after = [m for m in mentions if t.end <= m.start and m.end <= stop and (m.country or m.id)]
        if not after or text[t.end : after[0].start].strip():
            items, end = [], -1
            continue
        group = after[:1]
        for m in after[1:]:
            if not _GROUP_JOIN.fullmatch(text[group[-1].end : m.start]):
                break
            group.append(m)
        if items and not _DATED_ITEM_END.fullmatch(text[end : t.start]):
            items = []
        items += [(m.country or m.id, t) for m in group]
        end = group[-1].end
    if end < 0 or not _BEFORE_VERB.fullmatch(text[end:t0]) or len({t.value for _, t in items}) < 2:
        return []
    return items


def _one_per_key(ev: Event, items: list[tuple[str, Timex]], keys: list[str], recipients_too: bool) -> list[Event]:
    """One copy of `ev` per dated party: each copy keeps its own party and the parties that are no item
    (among the recipients too when `recipients_too`), at that party's date."""
    out = []
    for key, t in items:
        y = copy.copy(ev)
        y.actors = [a for a in ev.actors if a.key() == key or a.key() not in keys]
        if recipients_too:
            y.recipients = [r for r in ev.recipients if r.key() == key or r.key() not in keys]
        y.date, y.date_end = t.value, None
        out.append(y)
    return out


# a date, then the partner after 与 (于2022年1月与澳大利亚、2023年1月与英国…): the item of a dated partner
_WITH_PARTNER = re.compile(r"\s*(?:与|與|同|和|跟)\s*")
# between a partner and the next date (、2023年1月与…, 、于2023年1月与…)
_NEXT_DATED_PARTNER = re.compile(r"\s*(?:、|，|,|和|及|以及)\s*(?:于|於|在)?\s*")


def dated_partners(text: str, s: int, t0: int, times: list[Timex], mentions: list, ev: Event) -> list[Event]:
    """日本于2022年1月与澳大利亚、2023年1月与英国分别签署…: partners told each after a date of its own
    before the verb are two happenings, one per partner at its date (the party before the list is in
    every copy). Runs before the other splits, which then see one partner per copy."""
    if ev.modality != "asserted":
        return [ev]
    dated = [t for t in times if s <= t.start and t.end <= t0 and t.value and not t.target and not t.in_name]
    if len(dated) < 2:
        return [ev]
    items: list[tuple[str, Timex, int]] = []  # (partner key, its date, where the partner's name ends)
    for t in dated:
        partner = next((m for m in mentions if m.start >= t.end and (m.country or m.id)
                        and _WITH_PARTNER.fullmatch(text[t.end : m.start])), None)
        if partner is None or partner.end > t0:
            items = []
            continue
        if items and not _NEXT_DATED_PARTNER.fullmatch(text[items[-1][2] : t.start]):
            items = []
        items.append((partner.country or partner.id, t, partner.end))
    if len(items) < 2 or not _BEFORE_VERB.fullmatch(text[items[-1][2] : t0]):
        items = _bracketed_partners(text, s, t0, dated, mentions)
    if len(items) < 2:
        return [ev]
    keys = [k for k, _, _ in items]
    if len(set(keys)) != len(keys) or len({t.value for _, t, _ in items}) < 2:
        return [ev]
    if not set(keys) <= {p.key() for p in ev.actors + ev.recipients}:
        return [ev]
    return _one_per_key(ev, [(k, t) for k, t, _ in items], keys, recipients_too=True)


_OPEN_BRACKET = re.compile(r"\s*[（(]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[）)]")
# between one bracketed partner and the next (、B（…）, 和C（…）)
_NEXT_BRACKETED = re.compile(r"\s*(?:、|和|及|以及|与|，)\s*")


def _bracketed_partners(text: str, s: int, t0: int, dated: list[Timex], mentions: list) -> list[tuple[str, Timex, int]]:
    """越南与中国（2008年）、俄罗斯（2012年）、印度（2016年）建立…: partners each with one date in brackets
    right after its name, in a list right before the verb (a bracket of several dates, 法国和马来西亚
    （2024年10月、11月）, is `bracket_dates`' matter: none then)."""
    items: list[tuple[str, Timex, int]] = []
    for t in dated:
        close = _CLOSE_BRACKET.match(text, t.end)
        partner = max((m for m in mentions if s <= m.start and m.end <= t.start and (m.country or m.id)
                       and _OPEN_BRACKET.fullmatch(text, m.end, t.start)), key=lambda m: m.end, default=None)
        if close is None or partner is None:
            if items:
                return []  # (a date of another kind inside the list)
            continue  # (2023年，越南与美国（9月10日）、…: a date before the list)
        if items and not _NEXT_BRACKETED.fullmatch(text, items[-1][2], partner.start):
            return []
        items.append((partner.country or partner.id, t, close.end()))
    if len(items) < 2 or not _BEFORE_VERB.fullmatch(text[items[-1][2] : t0]):
        return []
    return items
