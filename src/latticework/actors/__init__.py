"""Actors: the gazetteer and the linking of mentions in cleaned text.

`link(doc)` returns every mention of a state, organisation, grouping, mechanism, agreement, law,
initiative or person in a `CleanDoc`, resolved to a gazetteer id (or a discovered `x:` id), with
the state it stands for at the date of its sentence.
"""

from __future__ import annotations

import bisect
import functools

from ..clean import CleanDoc
from ..layout import dateline_span
from .abbr_context import resolve_shared_abbreviations
from .context_pairs import context_pairs, pair_counted
from .derived import Subsidiaries, numbered_resolutions
from .echoes import echoed_abbreviations
from .gazetteer import STATE_KINDS, Entity, Gazetteer, default_gazetteer, simplify
from .introductions import Introductions
from .legislatures import bare_legislatures
from .matcher import Matcher, cues, default_matcher
from .named_again import named_again
from .bare_self import bare_self
from .numbered_orders import numbered_orders
from .resolve import Mention, Resolver
from .sentence_organs import sentence_owned_organs
from .state_agencies import state_agencies
from .treaty_organs import TreatyOrgans
from .voice import bare_organs, hong_kong_abbreviations, hong_kong_voice, mainland_abbreviations, own_state
from .mention import start_sorted
from .spans import last_of


def link(doc: CleanDoc, doc_date: str | None = None, resolver: Resolver | None = None) -> list[Mention]:
    r = resolver or default_resolver()
    text = doc.simplified
    out: list[Mention] = []
    context: list[Mention] = []  # the last body paragraph's mentions, for 两国/双方 opening the next
    earlier: list[Mention] = []  # every mention so far, for 该行/该委员会 whose body was named blocks before
    own = own_state(doc)  # 我国 in text written from Taiwan
    hk = hong_kong_voice(doc)
    mainland = not doc.is_traditional and own is None and not hk  # (each looks for its cues in the whole text: once)
    texts = [text[b.start : b.end] for b in doc.blocks]
    found = r.matcher.automaton_hits(texts)  # (every block's names in one pass of the automaton)
    for i, b in enumerate(doc.blocks):
        mentions = r.resolve_block(texts[i], i, b.start, doc_date, in_note=b.kind == "footnote",
                                   context=context if b.kind == "paragraph" else None, own_state=own,
                                   earlier=earlier[-60:], matches=found[i])
        if b.kind == "paragraph":
            context = mentions
        elif b.kind == "heading":
            context = mentions  # 二、美日韩合作 / 三国领导人…: a section heading names the parties its text refers back to
        for m in mentions:
            m.text = doc.text[m.start : m.end]  # as written (the matcher ran on the simplified view)
        out.extend(mentions)
        earlier.extend(mentions)
    if (dl := dateline_span(doc)) is not None:  # the filing city of a dateline is no mention
        out = [m for m in out if not (dl[0] <= m.start and m.end <= dl[1] and _city(r.gz, m))]
    starts = [b.start for b in doc.blocks]
    block_of = lambda pos: (bisect.bisect_right(starts, pos) or 1) - 1  # (as max(0, … - 1), without a call)
    out = default_introductions(r).apply(text, out, block_of)
    out = default_subsidiaries(r).apply(text, out)  # 论坛秘书处, 世衛秘書處: a body's organ named after it
    out = default_subsidiaries(r).head_organs(text, out)  # 论坛秘书处 after 太平洋岛国论坛 (no short form introduced)
    out = numbered_resolutions(text, out, block_of)  # 安理会第1874号决议
    out = default_treaty_organs(r).apply(text, out)  # 《…公约》第三十届缔约方大会, RCEP联合委员会
    out = state_agencies(text, out)  # 印尼国家抗灾署: an unlisted agency named after its state is an organ
    if "港" in text:  # 來港, 訪港 in text written from Hong Kong; 港人, 港商 in any
        out = hong_kong_abbreviations(text, out, block_of, prefixed=hk)
    if own == "TWN":  # 赴陸, 對陸 in text written from Taiwan
        out = mainland_abbreviations(text, out, block_of)
    # 外交部发言人表示…: China's, in mainland text; in text written from Taiwan voice_organs has taken
    # Taiwan's own, and only an organ named before with its state or directed by a leader is left
    out = bare_organs(doc, text, out, block_of, mainland=mainland)
    out = context_pairs(r.gz, text, out, block_of)  # 中斯关系 in a text that names Sri Lanka
    out = pair_counted(text, out)  # 中意两国: the pair itself
    out = echoed_abbreviations(r.gz, text, out, block_of)  # 斯里兰卡…对斯贷款: the sentence spelled it out
    out = bare_legislatures(doc, text, out, block_of, mainland=mainland)  # 维文在国会答问: the parliament of the state the sentence is about
    out = sentence_owned_organs(text, out)  # 美国国际开发署并入国务院: the US State Department
    out = named_again(text, out, block_of, r.discovery.translit)  # 外交秘书米斯里…。米斯里访华: the same person
    if not hk:  # 與我斷交: the author's country (Taiwan in text written from Taiwan)
        out = bare_self(text, out, block_of, own or (cues().get("self_reference") or {}).get("我国"), r.gz)
    out = numbered_orders(text, out, block_of)  # 2023年第23号公告 (after the bare organs that issue them)
    for m in out:
        m.text = doc.text[m.start : m.end]
    # 巴西…中巴, 巴勒斯坦…巴方: a shared abbreviation is the state the text named last
    return resolve_shared_abbreviations(r.gz, _supported(out, text, r.gz), text)


def _supported(mentions: list[Mention], text: str, gz: Gazetteer | None = None) -> list[Mention]:
    """A short form marked ambiguous (高市, 岸田) stands only where the document names the same
    entity unambiguously somewhere, uses the form more than once, or puts a role title before it;
    a single chance hit inside an ordinary word (提高市场) does not."""
    from collections import Counter

    named = {m.id for m in mentions if not m.ambiguous}
    repeated = Counter(m.id for m in mentions if m.ambiguous)
    kept = {id(m) for m in mentions
            if not m.ambiguous or m.id in named or repeated[m.id] >= 2 or _titled(text, m.start)
            or (m.kind == "person" and _titled_after(text, m.end))
            or (m.kind in STATE_KINDS and _state_title_after(text, m.end))
            or (m.kind in STATE_KINDS and _venue_frame(text, m.start, m.end))
            or (gz is not None and _leader_in_office(text, m, mentions, gz))
            or (gz is not None and _parent_named(m, named, gz))
            or (gz is not None and _members_before(m, mentions, gz))}
    if len(kept) == len(mentions):
        return list(mentions)  # (nothing to support)
    listed = start_sorted([m for m in mentions if m.kind in STATE_KINDS and m.how in ("gazetteer", "compound")])
    # 蒙古国、哈萨克、乌兹别克、塔吉克: each item supports the next, forwards and then backwards; only an
    # item not kept yet can gain, and its neighbour's standing is settled when the walk reaches it
    for step in (1, -1):
        for i in [i for i, m in enumerate(listed) if id(m) not in kept][::step]:
            j = i - step
            if 0 <= j < len(listed) and id(listed[j]) in kept and _adjacent_items(text, listed[j], listed[i]):
                kept.add(id(listed[i]))
    return [m for m in mentions if id(m) in kept]


def _parent_named(m: Mention, named: set[str], gz: Gazetteer) -> bool:
    """五点共识 in a text that names 东盟: a body's document or organ named by a short form shared
    with others stands where the document names the body it belongs to (its `parent`)."""
    e = gz.get(m.id) if m.kind not in STATE_KINDS and m.kind != "person" else None
    return e is not None and e.parent is not None and e.parent in named


def _members_before(m: Mention, mentions: list[Mention], gz: Gazetteer) -> bool:
    """美英澳三边安全伙伴关系, 澳英美三边联盟: a grouping's generic name (三边安全伙伴关系, marked
    ambiguous) right after a run of abbreviations of two or more of its own members is that grouping,
    named as surely as by its acronym; after other states (中日韩三边安全伙伴关系) it is not."""
    e = gz.get(m.id) if m.kind not in STATE_KINDS and m.kind != "person" else None
    if e is None or not e.members:
        return False
    own = {str(x.get("id")) for x in e.members if isinstance(x, dict)}
    run: list[Mention] = []
    end = m.start
    for x in sorted((x for x in mentions if x.how == "compound" and x.end <= m.start), key=lambda x: -x.end):
        if x.end != end:
            break
        run.append(x)
        end = x.start
    return len(run) >= 2 and all(x.id in own for x in run)


_LEADER_ROLES = ("head_of_state", "head_of_government", "head_of_state_and_government",  # (a president who heads both)
                 # (lead18: the foreign and defence ministers, whom news names by the short form too: 马尔斯, 维文)
                 "foreign_minister", "defence_minister")
_SENTENCE_END = "。！？!?\n"


def _leader_in_office(text: str, m: Mention, mentions: list[Mention], gz: Gazetteer) -> bool:
    """李强对印尼进行正式访问 (2023): a head of state or government, or a foreign or defence minister, is
    often named without a title. A short name shared with other people or words stands when the
    sentence's date falls in that person's term in such an office and the same sentence names a state
    or an international body (the prose is about state affairs: 李强出席东亚峰会, lead19)."""
    e = gz.get(m.id)
    if m.kind != "person" or e is None or m.date is None:
        return False
    if not any(r.role in _LEADER_ROLES and r.state and r.covers(m.date) for r in e.roles):
        return False
    start = last_of(text, _SENTENCE_END, m.start) + 1
    ends = [k for k in (text.find(c, m.end) for c in _SENTENCE_END) if k != -1]
    end = min(ends) if ends else len(text)
    return any(x is not m and (x.kind in STATE_KINDS or x.kind in _BODY_KINDS) and start <= x.start < end for x in mentions)


_BODY_KINDS = ("organisation", "grouping", "mechanism")


_LIST_JOINS = ("、", "和", "与", "及", "以及")


def _adjacent_items(text: str, a: Mention, b: Mention) -> bool:
    """Two state names that are neighbouring items of one list (哈萨克、乌兹别克与吉尔吉斯斯坦): a
    short name that is also a people's name stands as the state beside a state named without doubt."""
    gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
    return gap.strip() in _LIST_JOINS


def _titled(text: str, pos: int) -> bool:
    from .matcher import cues

    before = text[max(0, pos - 6) : pos]
    return any(before.endswith(t) for t in cues().get("person_titles") or [])


def _titled_after(text: str, end: int) -> bool:
    """李强总理出席, 王毅外长会见: mainland prose puts the title right after a leader's name."""
    from .matcher import cues

    return any(text.startswith(t, end) for t in cues().get("person_titles") or [])


def _state_title_after(text: str, end: int) -> bool:
    """查德前外長法基: an office of the state named right after a short name that is also part of
    ordinary words or given names (查德 in 理查德) shows it is the state."""
    from .matcher import cues

    after = text[end : end + 5]
    return any(after.startswith(t) for t in cues().get("state_titles_after") or [])


def _venue_frame(text: str, start: int, end: int) -> bool:
    """在東加舉行, 赴查德訪問: a short state name that is also part of other words stands as the venue
    of an event (a venue word before it, an event word or a stop right after it)."""
    from .matcher import cues

    c = cues()
    before = text[max(0, start - 4) : start]
    if not any(before.endswith(w) for w in c.get("venue_before") or []):
        return False
    after = text[end : end + 4]
    return after[:1] in "，。、；：）)" or any(after.startswith(w) for w in c.get("venue_after") or [])


@functools.cache
def default_introductions(r: Resolver) -> Introductions:
    """The introductions finder for a resolver (its gazetteer and name suffixes)."""
    return Introductions(r.gz, r.discovery.suffix_kind)


@functools.cache
def default_subsidiaries(r: Resolver) -> Subsidiaries:
    """The organ finder for a resolver's gazetteer (its `parent` links)."""
    return Subsidiaries(r.gz)


@functools.cache
def default_treaty_organs(r: Resolver) -> TreatyOrgans:
    """The finder of organs named after a treaty, for a resolver's gazetteer."""
    return TreatyOrgans(r.gz)


@functools.cache
def default_resolver() -> Resolver:
    """The resolver over the bundled gazetteer, built on first use."""
    return Resolver(default_gazetteer(), default_matcher())


def mention_json(doc: CleanDoc, m: Mention) -> dict[str, object]:
    start, end = doc.file_span(m.start, m.end)
    return {
        "start": start,
        "end": end,
        "line": doc.file_line(start),
        "text": m.text,
        "id": m.id,
        "kind": m.kind,
        "name_zh": m.name_zh,
        "name_en": m.name_en,
        "country": m.country,
        "how": m.how,
        "role": m.role,
        "refers_to": m.refers_to or None,
        "block": doc.blocks[m.block].kind,
    }


__all__ = ["Entity", "Gazetteer", "Matcher", "Mention", "Resolver", "default_gazetteer", "link", "mention_json"]


def _city(gz: Gazetteer, m: Mention) -> bool:
    """A place, a capital standing for its state, or a city-state's name that is also its capital
    (新加坡 in （新加坡8日讯）): what a dateline's filing city is read as."""
    if m.kind == "place" or m.how == "metonym":
        return True
    return any(a.how == "metonym" and a.entity == m.id for a in gz.aliases.get(simplify(m.text), ()))
