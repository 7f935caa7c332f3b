"""Resolution: from detected hits to linked mentions.

Persons resolve to the state they serve at the date of their sentence (the latest year stated
before them in the paragraph, else the document's date); names the gazetteer lacks are
discovered after role titles (外长X, 总统X) and from organisation/document suffixes inside 《》
and “”; 两国/双方/三国/该国/该组织/其 resolve to the actors named before them in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .citations import _OPEN_GLOSS, _citation_part, _drop_glosses, _source_line, source_cue
from .city_documents import CityDocuments
from .coreference import Coreference
from .derived import (
    at_seat,
    by_title,
)
from .discovery import Discovery
from .gazetteer import STATE_KINDS, Alias, Entity, Gazetteer, simplify
from .matcher import Hit, Matcher, cues
from .mention import Mention, by_span, by_start
from .owner_titles import owner_titles
from .reflexive import reflexive_states
from .spans import sentence_stop
from .speaker_refs import speaker_self_refs
from .title_names import drop_titles
from .titled_state import namesake_of, titled_state
from .voice import own_names, voice_organs

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?")


# the words that make a head of government's name the state's government (岸田文雄政府, 岸田文雄內閣), with the role
_HEAD_ADMINISTRATIONS = {"政府": "government", "内阁": "cabinet"}

class Resolver:
    def __init__(self, gz: Gazetteer, matcher: Matcher):
        self.gz = gz
        self.self_refs = {simplify(w) for w in (cues().get("self_reference") or {})}
        self.matcher = matcher
        c = cues()
        self.discovery = Discovery(gz, c)  # names the gazetteer lacks
        self.coreference = Coreference(gz, c)  # 两国, 该组织, 其
        self.reflexive = frozenset(simplify(w) for w in (c.get("coreference") or {}).get("reflexive") or [])
        self.distributive = tuple(simplify(w) for w in (c.get("coreference") or {}).get("distributive") or [])
        inst = "|".join(map(re.escape, sorted((simplify(x) for x in c.get("institution_suffixes") or []), key=len, reverse=True)))
        attr = "|".join(map(re.escape, (simplify(x) for x in c.get("attribute_suffixes") or [])))
        self.inside_name_re = re.compile(f"(?:[\u4e00-\u9fff—–-]{{0,6}}?(?:{inst})|(?:{attr}))") if inst and attr else None
        # a city opens an institution's name with at most four characters between (首尔大学, 河内国家大学,
        # 莫斯科国际关系学院; not 在阿斯塔纳纳扎尔巴耶夫大学演讲, a venue before a university named after a person)
        self.city_inside_re = re.compile(f"[\u4e00-\u9fff]{{0,4}}?(?:{inst})") if inst else None
        self.generic_heads = frozenset(simplify(x) for x in c.get("generic_institution_heads") or [])
        gaps = "|".join(map(re.escape, (simplify(x) for x in c.get("person_institution_gaps") or [])))
        self.person_inst_re = re.compile(f"(?:{gaps})?(?:{inst})") if inst else None  # 纳扎尔巴耶夫大学
        # any institution or attribute word at all: both patterns need one, and most blocks have none
        self.any_inside_re = re.compile("|".join(x for x in (inst, attr) if x)) if inst or attr else None
        self.venue_before = [simplify(v) for v in c.get("venue_before") or []]
        owned = sorted({simplify(x) for x in c.get("owned_document_names") or []}, key=len, reverse=True)
        self.owned_re = re.compile("|".join(map(re.escape, owned))) if owned else None
        self.owned = self._owned_index(owned)
        self.venue_after = [simplify(v) for v in c.get("venue_after") or []]
        self.seat_before = tuple(simplify(x) for x in c.get("seat_before") or [])
        self.city_documents = CityDocuments(c)  # 明斯克协议: a document, not Belarus
        self.title_names = tuple(simplify(k) for k in c.get("title_names") or {})  # 苏丹: also the Sultan

    # -----------------------------------------------------------------------------------
    def resolve_block(self, text: str, block: int, offset: int, doc_date: str | None, in_note: bool = False,
                      context: list[Mention] | None = None, own_state: str | None = None,
                      earlier: list[Mention] | None = None, matches: list[tuple[int, int, int]] | None = None) -> list[Mention]:
        """Mentions of one block (`text` is its simplified text; `offset` its start in the doc;
        `matches` the matcher's automaton hits in it, when found for the whole document at once).

        In a footnote, the author of a cited work is bibliographic data, not a mention
        (恩格斯：《家庭、私有制和国家的起源》), and a cited title is not a discovered name.
        `context` is the previous paragraph's mentions: a paragraph that opens with 两国/双方
        before naming anyone refers to the parties the previous one named."""
        hits = self.matcher.find(text, matches)
        mentions: list[Mention] = []
        entities = self.gz.entities
        for h in hits:
            al = h.aliases
            if len(al) == 1 and (e := entities.get(al[0].entity)) is not None and e.kind in STATE_KINDS \
                    and h.how != "metonym" and h.how != "latin":  # (most hits: a state named, as `_from_hit` makes it)
                a = al[0]
                mentions.append(Mention(offset + h.start, offset + h.end, text[h.start : h.end], e.id, e.kind, e.name_zh,
                                        e.name_en, e.id, h.how, a.role or h.role, [], block, None, a.ambiguous))
                continue
            m = self._from_hit(text, h, block, offset, doc_date)
            if m is not None:
                mentions.append(m)
        if not mentions and own_state is None:  # (two blocks in five: headings, notes, prose naming no one)
            bare = self._nameless_block(text, block, offset, doc_date, in_note, context, earlier)
            if bare is not None:
                return bare
        if own_state is not None:
            mentions = [self._own(m, text, offset, own_state) for m in mentions]
            mentions = sorted(mentions + voice_organs(text, offset, block, mentions, own_state), key=by_start)
            if own_state == "TWN" and "中华民国" in text:  # 中華民國政府: Taiwan, in Taiwan's own text
                mentions = sorted(mentions + own_names(text, offset, block, mentions, own_state), key=by_start)
        if "我" in text or "本国" in text:
            mentions = speaker_self_refs(text, offset, mentions, self.gz)  # 安瓦尔说，我国…: Malaysia
        mentions = _drop_glosses(text, mentions, offset, self.gz)
        if self.title_names and any(w in text for w in self.title_names):
            mentions = drop_titles(text, offset, mentions)  # 文莱苏丹哈桑纳尔: the Sultan, not Sudan
        for m in mentions:  # 2024财年国防授权法: the fiscal year is part of the law's name
            if m.kind in _DOC_KINDS:
                fy = _FISCAL_YEAR.search(text, max(0, m.start - offset - 12), m.start - offset)
                if fy is not None and fy.end() == m.start - offset:
                    m.start = offset + fy.start()
                    m.text = text[fy.start() : m.end - offset]
        mentions = self._merge_parent_child(mentions)
        inside = self.any_inside_re is not None and self.any_inside_re.search(text) is not None
        if self.inside_name_re is not None and inside:  # 中国大百科全书出版社, 中国式现代化: no CHN
            mentions = [m for m in mentions if not (m.kind in STATE_KINDS and m.how == "gazetteer"
                                                    and (inst := _institution(self.inside_name_re.match(text, m.end - offset), text))
                                                    and inst.group(0) not in self.generic_heads)
                        # a city opening an institution's or a paper's name (首尔大学, 金边邮报, 新德里电视台) is
                        # neither a venue nor its state's capital as a metonym; 北京大学 names no plural (ent13)
                        and not (_city_mention(m) and self.city_inside_re is not None
                                 and _institution(self.city_inside_re.match(text, m.end - offset), text))
                        and not (m.kind in _BODY_KINDS and m.how in ("gazetteer", "latin")
                                 and (inst := _institution(self.inside_name_re.match(text, m.end - offset), text))
                                 and not any(c in inst.group(0) for c in "与和及的同对在、")
                                 and _opens_institution(text, m.start - offset, mentions, offset))]
        if self.person_inst_re is not None and inside:  # 李光耀公共政策学院: an institution named after the person
            mentions = [m for m in mentions if not (m.kind == "person" and m.how in ("gazetteer", "tenure")
                                                    and _institution(self.person_inst_re.match(text, m.end - offset), text))]
        if in_note:
            mentions = [m for m in mentions if not _citation_part(text, m, offset)]
        if source_cue(text):
            mentions = [m for m in mentions if not _source_line(text, m, offset)]
        found = self.discovery.find(text, block, offset, mentions, doc_date, in_note)
        found = [d for d in found if not _national_body(d, mentions)]
        for d in found:
            if d.kind != "person":  # a discovered name in 《》 is one mention, as a gazetteer name would be
                mentions = [m for m in mentions if not (d.start <= m.start and m.end <= d.end)]
            if d.how == "gazetteer":  # 「肩並肩」（Balikatan）聯合軍演: the English gloss of a name known by its quotes
                mentions = [m for m in mentions if not (m.id == d.id and m.text.isascii()
                                                        and _OPEN_GLOSS.match(text[d.end - offset : m.start - offset]))]
        mentions.extend(found)
        mentions.sort(key=by_start)
        mentions = self._owned_documents(text, block, offset, mentions)
        mentions = owner_titles(self.gz, text, offset, block, mentions)  # 东盟“印太展望”: ASEAN's Outlook
        mentions.extend(self._two_plus_two(text, block, offset, mentions))
        mentions.sort(key=by_start)
        mentions.extend(self.coreference.find(text, block, offset, mentions, context or [], earlier or []))
        mentions = reflexive_states(text, offset, mentions, self.gz, self.reflexive, self.distributive)
        mentions.sort(key=by_span)
        return mentions

    def _nameless_block(self, text: str, block: int, offset: int, doc_date: str | None, in_note: bool,
                        context: list[Mention] | None, earlier: list[Mention] | None) -> list[Mention] | None:
        """The mentions of a block where the matcher linked no name (and no author's state is in
        play): every pass of `resolve_block` between the hits and the references filters, merges or
        re-points the mentions it is given, or needs a name before it (an owner, two states before
        “2+2”), so with none they give none and their scans of the text are skipped. Only discovery
        and the references (两国 opening a paragraph, 该行 after earlier blocks) can find something;
        None when discovery does, and the block takes the full path."""
        if self.discovery.find(text, block, offset, [], doc_date, in_note):
            return None
        refs = self.coreference.find(text, block, offset, [], context or [], earlier or [])
        if not refs:
            return refs
        refs = reflexive_states(text, offset, refs, self.gz, self.reflexive, self.distributive)
        refs.sort(key=by_span)
        return refs

    def _own(self, m: Mention, text: str, offset: int, state: str) -> Mention:
        """我国/我方 as the author's country `state` (Taiwan in text written from Taiwan)."""
        if text[m.start - offset : m.end - offset] not in self.self_refs or state not in self.gz.entities:
            return m
        e = self.gz.entities[state]
        return replace(m, id=state, name_zh=e.name_zh, name_en=e.name_en, country=state)

    def _from_hit(self, text: str, h: Hit, block: int, offset: int, doc_date: str | None) -> Mention | None:
        entities = self.gz.entities
        if len(h.aliases) == 1:  # (most hits: one entity, nothing to choose)
            alias = h.aliases[0]
            e = entities.get(alias.entity)  # type: ignore[assignment]
            if e is None:
                return None
        else:
            candidates = [a for a in h.aliases if a.entity in entities]
            if not candidates:
                return None
            if len(candidates) > 1 and all(entities[a.entity].kind in ("agreement", "law", "initiative") for a in candidates):
                candidates = self._edition(candidates, text, _date_before(text, h.start) or doc_date)
            if len(candidates) > 1:
                candidates = by_title(candidates, self.gz, text[max(0, h.start - 8) : h.start])
            if len(candidates) > 1 and all(entities[a.entity].kind == "person" for a in candidates):
                # (马科斯 in 1975 and in 2023: the namesake whose term covers the date, when only one's does)
                when = _date_after(text, h.end) or _date_before(text, h.start) or doc_date
                serving = [a for a in candidates if when and any(r.covers(when) for r in entities[a.entity].roles)]
                candidates = serving if len(serving) == 1 else candidates
            alias = self._choose(candidates)
            e = entities[alias.entity]
        if e.kind in STATE_KINDS and h.how != "metonym" and h.how != "latin":  # (most hits: a state named, as below)
            return Mention(offset + h.start, offset + h.end, text[h.start : h.end], e.id, e.kind, e.name_zh, e.name_en,
                           e.id, h.how, alias.role or h.role, [], block, None, alias.ambiguous)
        if e.kind == "person" and ((h.start > 0 and text[h.start - 1] == "·") or text[h.end : h.end + 1] == "·"):
            return None  # part of another person's full name (西蒙·约翰逊 is not Boris Johnson)
        how = h.how if h.how != "latin" else "gazetteer"
        country = e.country
        date = None
        if e.kind == "person":
            date = _date_after(text, h.end) or _date_before(text, h.start) or doc_date
            country = e.state_on(date)
            if country and (titled := titled_state(self.gz, text, h.start)) is not None and titled != country:
                # 巴拉圭总统培尼亚: the office's state names the person meant (not Mexico's Peña Nieto)
                other = namesake_of(self.gz, text[h.start : h.end], titled)
                if other is None:
                    return None  # (the discovery of names after a title reports him, for that state)
                e, alias = self.gz.entities[other], Alias(other, "gazetteer")
                country = e.state_on(date)
            how = "tenure" if e.roles else "gazetteer"
            if country and (word := next((w for w in _HEAD_ADMINISTRATIONS if text.startswith(w, h.end)), None)):
                # 岸田文雄政府, 尹锡悦政府, 石破内阁: the administration or cabinet named after its head is the
                # state's government (one organ mention, as the gold guidelines annotate it)
                st = self.gz.entities.get(country)
                return Mention(offset + h.start, offset + h.end + 2, text[h.start : h.end + 2], country,
                               st.kind if st else "state", st.name_zh if st else country, st.name_en if st else "",
                               country, "organ", role=_HEAD_ADMINISTRATIONS[word], block=block, date=date)
        elif e.kind not in STATE_KINDS and e.kind != "company" and e.owner:
            country = None  # a law or strategy belongs to a state but does not stand for it (a firm does)
        if e.kind == "place" or (how == "metonym" and (alias.role or h.role) == "capital"):
            document = self.city_documents.after(text, h.start, h.end, block, offset)
            if document is not None:
                return document
            if self.city_documents.office(text, h.end):
                return None  # 北约东京联络处: the seat of an office, no venue and no government
        if (e.kind == "place" or how == "metonym") and self._seat(text, h.start):
            return None  # 秘书处设在雅加达: the seat of a body, no venue and no government
        if e.kind == "place":  # a city or site counts only as the venue of something (在广岛举行)
            if not self._venue_near(text, h.start, h.end):
                return None
            return Mention(offset + h.start, offset + h.end, text[h.start : h.end], e.id, "place", e.name_zh, e.name_en,
                           e.owner, "gazetteer", role="venue", block=block)
        if how == "metonym" and (alias.role or h.role) == "capital" and self._venue(text, h.start, h.end):
            return Mention(offset + h.start, offset + h.end, text[h.start : h.end], place_slug(e, text[h.start : h.end]),
                           "place", text[h.start : h.end], _capital_en(e), e.id, "gazetteer", role="venue", block=block)
        # (start, end, text, id, kind, name_zh, name_en, country, how, role, refers_to, block, date, ambiguous)
        return Mention(offset + h.start, offset + h.end, text[h.start : h.end], e.id, e.kind, e.name_zh, e.name_en, country,
                       how, alias.role or h.role, [], block, date, alias.ambiguous)

    def _owned_documents(self, text: str, block: int, offset: int, mentions: list[Mention]) -> list[Mention]:
        """国家安全战略, 印太战略, 防卫白皮书 name the record of the state their sentence is about
        (`mentions` sorted by start; the result too)."""
        if self.owned_re is None:
            return mentions
        first = self.owned_re.search(text)
        if first is None:  # (no record's generic name in the block: the usual case; `mentions` come sorted by start)
            return list(mentions)
        out = list(mentions)
        for m in self.owned_re.finditer(text, first.start()):
            s, e = m.start() + offset, m.end() + offset
            same = [x for x in out if x.start == s and x.end == e]
            longer = [x for x in out if x.start < e and s < x.end and x not in same]  # (the spans first: cheap)
            if len(longer) == 1 and longer[0].how == "discovered" and longer[0].end == e and \
                    _EDITION_HEAD.fullmatch(text, longer[0].start - offset, m.start()):
                same = longer  # 《2023年版防卫白皮书》: this year's edition of the record, not a new name
            elif longer:
                continue  # part of a longer name (美国国家安全战略, 《2022年国家安全战略》)
            if not same and not _as_document(text, m.start(), m.end()):
                continue  # 完善国家安全战略: the policy, not the document
            owner = self._owner_before(text, m.start(), offset, out)
            rec = self.owned.get((m.group(0), owner)) if owner else None
            if rec is None:  # 欧盟的《人工智能法案》: a union's act, owned by the body named before it
                body = self._body_before(text, m.start(), offset, out)
                rec = self.owned.get((m.group(0), body)) if body else None
            if rec is None:
                if owner and self._others_record(same, owner):
                    out = self._unlisted_owned(text, s, e, owner, same, out, block, offset)
                continue
            e_ = self.gz.entities[rec]
            s = min([s] + [x.start for x in same])
            new = Mention(s, e, text[s - offset : e - offset], e_.id, e_.kind, e_.name_zh, e_.name_en, None, "gazetteer", block=block)
            spans = {(x.start, x.end) for x in same}  # (a mention equal to one of them has its span: tested first)
            out = [x for x in out if (x.start, x.end) not in spans or x not in same] + [new]
        out.sort(key=by_start)
        return out

    def _others_record(self, same: list[Mention], owner: str) -> bool:
        """The bare name was linked to another state's record (印太战略 → the US strategy)."""
        owners = {self.gz.entities[x.id].owner for x in same if x.id in self.gz.entities}
        return bool(owners) and None not in owners and owner not in owners

    @staticmethod
    def _unlisted_owned(text: str, s: int, e: int, owner: str, same: list[Mention], out: list[Mention],
                        block: int, offset: int) -> list[Mention]:
        """法国印太战略, 法国的印太战略: the owner's own strategy, which the gazetteer lacks, not the US
        one. Only with the state's name right before it (or before 的): the nearest state of a longer
        sentence is too often not the owner (美国把中国定位为…，推出“印太战略”). Right before it, the two
        are one title (as 韩国印太战略 is)."""
        lead = next((x for x in out if x.end in (s, s - 1) and x.kind in STATE_KINDS and x.country == owner
                     and x.how == "gazetteer" and text[x.end - offset : s - offset] in ("", "的")), None)
        if lead is None:
            return out
        start = lead.start if lead.end == s else s
        name = text[start - offset : e - offset]
        new = Mention(start, e, name, f"x:{name}", same[0].kind, name, "", None, "discovered", block=block)
        return [x for x in out if x not in same and (x is not lead or lead.end != s)] + [new]

    @staticmethod
    def _owner_before(text: str, i: int, offset: int, mentions: list[Mention]) -> str | None:
        stop = sentence_stop(text, i)
        near = [x for x in mentions if stop < x.start - offset and x.end - offset <= i and i - (x.end - offset) <= 25
                and x.country and (x.kind in STATE_KINDS or x.kind == "person")]
        return near[-1].country if near else None

    @staticmethod
    def _body_before(text: str, i: int, offset: int, mentions: list[Mention]) -> str | None:
        stop = sentence_stop(text, i)
        near = [x for x in mentions if stop < x.start - offset and x.end - offset <= i and i - (x.end - offset) <= 25
                and x.kind == "organisation"]
        return near[-1].id if near else None

    def _owned_index(self, names: list[str]) -> dict[tuple[str, str], str]:
        """(generic name, owner) -> record, from records whose names are a state's name + the generic name
        (美国国家安全战略, 韩国印太战略, 日本防卫白皮书), or the generic name itself with an owner."""
        full: dict[str, set[str]] = {}
        for k, al in self.gz.aliases.items():
            for a in al:
                if len(k) >= 2 and a.how == "gazetteer" and self.gz.entities[a.entity].kind in STATE_KINDS + ("organisation",):
                    full.setdefault(k, set()).add(a.entity)
        out: dict[tuple[str, str], str] = {}
        for e in self.gz.entities.values():
            if e.kind not in _DOC_KINDS or not e.owner:
                continue
            for n in {simplify(x) for x in (e.name_zh, *e.names)}:
                for g in names:
                    if n == g or (n.endswith(g) and e.owner in full.get(n[: -len(g)].rstrip("的"), ())):
                        out.setdefault((g, e.owner), e.id)
        return out

    def _merge_parent_child(self, mentions: list[Mention]) -> list[Mention]:
        """亚太经合会 + 工商咨询理事会: a body's name right before the name of one of its own organs
        or instruments is part of that name (one mention of the organ), as in 亚太经合组织工商咨询理事会."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.end == m.start and prev.kind not in STATE_KINDS + ("person", "place") \
                    and self._descends(m.id, prev.id):
                out[-1] = Mention(prev.start, m.end, prev.text + m.text, m.id, m.kind, m.name_zh, m.name_en, m.country,
                                  m.how, m.role, block=m.block)
                continue
            out.append(m)
        return out

    def _descends(self, child: str, parent: str) -> bool:
        e = self.gz.get(child)
        for _ in range(4):
            if e is None or e.parent is None:
                return False
            if e.parent == parent:
                return True
            e = self.gz.get(e.parent)
        return False

    def _seat(self, text: str, s: int) -> bool:
        return at_seat(text, s, self.seat_before)

    def _venue(self, text: str, s: int, e: int) -> bool:
        before = text[max(0, s - 4) : s]
        return any(before.endswith(v) for v in self.venue_before) or any(text[e:].startswith(v) for v in self.venue_after)

    def _venue_near(self, text: str, s: int, e: int) -> bool:
        """A venue cue before the name in its clause (在日本广岛, 于夏威夷火奴鲁鲁) or right after it
        (广岛峰会, 旧金山举行), and the name is not part of an institution's name (加州大学)."""
        if self.inside_name_re is not None and self.inside_name_re.match(text, e):
            return False
        before = text[max(0, s - 8) : s]
        for p in "，。；：,;:":
            before = before[before.rfind(p) + 1 :]
        if any(v in before for v in self.venue_before if len(v) == 1 and v in "在于") or any(
                before.endswith(v) for v in self.venue_before):
            return True
        after = text[e : e + 8].lstrip()
        return any(after.startswith(v) or after[1:].startswith(v) for v in self.venue_after)

    def _edition(self, candidates: list[Alias], text: str, date: str | None) -> list[Alias]:
        """Documents sharing a name (阿斯塔纳宣言 of the SCO in 2024 and of the China-Central Asia
        summit in 2025): the one whose parent body the paragraph names, else the latest issued by
        the sentence's date."""
        ents = [self.gz.entities[a.entity] for a in candidates]
        named = [a for a, e in zip(candidates, ents) if e.parent and e.parent in self.gz.entities
                 and any(n in text for n in self.gz.entities[e.parent].names)]
        if len(named) == 1:
            return named
        if date:
            dated = [(e.founded, a) for a, e in zip(candidates, ents) if e.founded and e.founded[:len(date)] <= date]
            if dated:
                return [max(dated, key=lambda x: x[0])[1]]
        return candidates

    def _choose(self, candidates: list[Alias]) -> Alias:
        """Among entities sharing a surface form, prefer unambiguous, then states, then persons."""
        if len(candidates) == 1:
            return candidates[0]
        order = {"state": 0, "economy": 1, "organisation": 2, "grouping": 3, "agreement": 4, "person": 5}
        return sorted(candidates, key=lambda a: (a.ambiguous, order.get(self.gz.entities[a.entity].kind, 9)))[0]

    # -----------------------------------------------------------------------------------
    # -----------------------------------------------------------------------------------
    def _two_plus_two(self, text: str, block: int, offset: int, mentions: list[Mention]) -> list[Mention]:
        """“2+2” alone names the foreign-and-defence ministerial dialogue of the two states just
        named in its sentence (美国和印度举行第5次“2+2”部长级对话 → the US-India 2+2)."""
        out: list[Mention] = []
        if "+" not in text:
            return out
        for m in _TWO_PLUS_TWO.finditer(text):
            pos = offset + m.start()
            if any(x.start <= pos < x.end for x in mentions):
                continue
            stop = sentence_stop(text, m.start())
            states: list[str] = []
            for x in reversed(mentions):
                if x.end > pos or x.start - offset <= stop:
                    continue
                c = x.country if x.kind in STATE_KINDS or x.kind == "person" else None
                if c and c not in states:
                    states.append(c)
                if len(states) == 2:
                    break
            if len(states) < 2:
                continue
            e = self._pair_mechanism(states[0], states[1])
            if e is None:
                continue
            out.append(Mention(pos, offset + m.end(), m.group(0), e.id, e.kind, e.name_zh, e.name_en, None, "gazetteer",
                               block=block))
        return out

    def _pair_mechanism(self, a: str, b: str) -> Entity | None:
        abbr: dict[str, list[str]] = {}
        for ch, ids in self.gz.abbr.items():
            for i in ids:
                abbr.setdefault(i, []).append(ch)
        for x in abbr.get(a, []):
            for y in abbr.get(b, []):
                for key in (x + y + "2+2", y + x + "2+2"):
                    for al in self.gz.aliases.get(key, []):
                        return self.gz.entities[al.entity]
        return None

    # -----------------------------------------------------------------------------------
_BODY_KINDS = ("organisation", "grouping", "mechanism")


def _city_mention(m: Mention) -> bool:
    """A capital read as its state's metonym or a listed city or site (a place)."""
    return (m.kind in STATE_KINDS and m.how == "metonym" and m.role == "capital") or m.kind == "place"


def _institution(m: re.Match | None, text: str) -> re.Match | None:
    """The institution-name match, unless the suffix opens a longer word (中国大学生: students)."""
    return m if m is not None and text[m.end() : m.end() + 1] != "生" else None


def _opens_institution(text: str, s: int, mentions: list[Mention], offset: int) -> bool:
    """A body's name opening a think tank's or university's name (上海合作组织研究中心, 联合国大学,
    中国—东盟研究院): it starts after punctuation, a function word or another mention joined by a dash."""
    return s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff") or text[s - 1] in "的和与及在是为由"or any(
        m.end - offset in (s, s - 1) for m in mentions)


_DOC_KINDS = ("agreement", "law", "initiative")
_DOC_BEFORE = re.compile(r"(?:发布|出台|公布|推出|发表|颁布|签署|通过|出炉|新版|最新|更新|版|年|《|“|「|『)[^，。；！？]{0,10}$")
_DOC_AFTER = re.compile(r"^[》”」』]?(?:报告|文件|中|指出|提出|称|强调|写道|明确|认为|宣称|将|把|显示|表明)")


def _as_document(text: str, s: int, e: int) -> bool:
    """国家安全战略 as a document: quoted, released (发布的国家安全战略, 2022年国家安全战略) or cited
    (国家安全战略指出, 在国家安全战略中), not a policy being improved (完善国家安全战略)."""
    return bool(_DOC_BEFORE.search(text[max(0, s - 12) : s]) or _DOC_AFTER.match(text[e : e + 4]))


_BODY_KINDS = ("organisation", "mechanism", "grouping")


# a year before an owned document's name in one title (《2023年版防卫白皮书》, 《2022年国防战略》)
_EDITION_HEAD = re.compile(r"(?:19|20)\d{2}\s*(?:财年|财政年度|年度|年版|版|年)?\s*")


def _national_body(d: Mention, mentions: list[Mention]) -> bool:
    """“美国人工智能国家安全委员会”: a discovered body opening with one state's full name and naming
    nothing else is an organ of that state; the state's name is the mention (as for 美国国务院, a
    state organ is a mention of its state), not a new organisation. Bilateral bodies (美澳关键矿物
    工作组) and documents (美国清洁能源与安全法) stay whole."""
    if d.how != "discovered" or d.kind != "organisation":
        return False
    inside = [m for m in mentions if d.start <= m.start and m.end <= d.end]
    return (len(inside) == 1 and inside[0].start == d.start and inside[0].kind in STATE_KINDS
            and inside[0].how in ("gazetteer", "organ") and inside[0].end - inside[0].start >= 2
            and d.text[inside[0].end - d.start : inside[0].end - d.start + 1] not in "—–-－")  # 中国—南亚合作论坛: two sides


def _capital_en(e: Entity) -> str:
    return e.capital_en or e.name_en


def place_slug(e: Entity, surface: str) -> str:
    """A place id from the capital's English name: Washington, D.C. -> washington-d-c."""
    name = (e.capital_en or surface).split(",")[0]  # Washington, D.C. -> washington
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or surface


def _date_before(text: str, pos: int) -> str | None:
    """The last year (and month) stated before `pos` in the block, as an ISO date."""
    if text.find("年", 0, pos) == -1:
        return None  # (no year stated before it at all)
    # the last match of the scan from the block's start, found by scanning from a point no match
    # runs across (after a character none holds), a window before `pos` widened until one is found
    last = None
    q, w = pos, 64
    while last is None and q > 0:
        q = max(0, q - w)
        while q > 0 and (text[q - 1] in "年月" or text[q - 1].isdecimal() or text[q - 1].isspace()):
            q -= 1
        for m in _YEAR.finditer(text, q, pos):
            last = m
        w *= 4
    if last is None:
        return None
    y, mo = last.group(1), last.group(2)
    return f"{y}-{int(mo):02d}" if mo else y


# the date told right after a person's name, as the time of the act (石破茂于2024年10月出任首相, 马科斯2023年1月
# 访华): the sentence's own date, nearer than a year told in an earlier sentence of the block (lead18)
_DATE_AFTER = re.compile(r"\s*(?:曾|已|还|也|将)?\s*(?:于|在|於)?\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?")


def _date_after(text: str, end: int) -> str | None:
    """The year (and month) stated right after a name, as an ISO date, or None."""
    m = _DATE_AFTER.match(text, end, end + 16)
    if m is None:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) and 1 <= int(m.group(2)) <= 12 else m.group(1)


_FISCAL_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:财年|财政年度|会计年度)")
_TWO_PLUS_TWO = re.compile(r"2\s*\+\s*2(?!\d)")
__all__ = ["Entity", "Mention", "Resolver"]
