"""Resolution: from detected hits to linked mentions.

Persons resolve to the state they serve at the date of their sentence (the latest year stated
before them in the paragraph, else the document's date); names the gazetteer lacks are
discovered after role titles (外长X, 总统X) and from organisation/document suffixes inside 《》
and “”; 两国/双方/三国/该国/该组织/其 resolve to the actors named before them in the paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..lexicon import is_common_non_name
from .gazetteer import STATE_KINDS, Alias, Entity, Gazetteer, pair_name, simplify
from .groups import last_group_of
from .derived import (TypedReferences, at_seat, by_title, causative_object, document_subject, no_glosses,
                      not_own_predicate, own_acronym, state_event_time)
from .matcher import Hit, Matcher, cues
from .voice import voice_organs

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?")
_TRANSLIT = r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){1,3}"
_HAN_NAME = r"[\u4e00-\u9fff]{2,3}"
_NAME_END = r"(?:[，。、；：（(“”的]|在|与|和|于|说|称|表示|指出|会见|会晤|访问|出席|宣布|会谈|致电|举行|签署|发表|强调|认为|重申|同|就|将|已|也|还|对|向|率|一行|等人)"


@dataclass
class Mention:
    start: int  # cleaned text
    end: int
    text: str
    id: str
    kind: str
    name_zh: str
    name_en: str
    country: str | None
    how: str  # gazetteer | latin | compound | fang | metonym | organ | tenure | coreference | discovered
    role: str | None = None
    refers_to: list[str] = field(default_factory=list)  # coreference: every referent
    block: int = 0
    date: str | None = None  # the date used to resolve a person
    ambiguous: bool = False  # found by a short form that needs support elsewhere in the document


# a verb whose object a 两国/三国/双方 right after it is: its subject is not among the referents
_COUNTERPART_VERB = re.compile(r"(?:批评|谴责|指责|抨击|呼吁|敦促|警告|要求|邀请|会见|访问|欢迎|支持|反对|制裁|威胁|感谢|祝贺|赞赏)(?:了|也)?$")


class Resolver:
    def __init__(self, gz: Gazetteer, matcher: Matcher):
        self.gz = gz
        self.self_refs = {simplify(w) for w in (cues().get("self_reference") or {})}
        self.matcher = matcher
        c = cues()
        titles = sorted((simplify(t) for t in c.get("person_titles") or []), key=len, reverse=True)
        self.person_re = re.compile(
            "(?:" + "|".join(map(re.escape, titles)) + f")(?P<name>{_TRANSLIT}|{_HAN_NAME}(?={_NAME_END}))"
        )
        self.suffix_kind: list[tuple[str, str]] = sorted(
            ((simplify(sfx), kind) for kind, sfxs in (c.get("name_suffixes") or {}).items() for sfx in sfxs),
            key=lambda x: len(x[0]),
            reverse=True,
        )
        inst = "|".join(map(re.escape, sorted((simplify(x) for x in c.get("institution_suffixes") or []), key=len, reverse=True)))
        attr = "|".join(map(re.escape, (simplify(x) for x in c.get("attribute_suffixes") or [])))
        self.inside_name_re = re.compile(f"(?:[\u4e00-\u9fff—–-]{{0,6}}?(?:{inst})|(?:{attr}))") if inst and attr else None
        self.venue_before = [simplify(v) for v in c.get("venue_before") or []]
        owned = sorted({simplify(x) for x in c.get("owned_document_names") or []}, key=len, reverse=True)
        self.owned_re = re.compile("|".join(map(re.escape, owned))) if owned else None
        self.owned = self._owned_index(owned)
        self.phrase_openers = tuple(simplify(x) for x in c.get("quoted_phrase_openers") or [])
        self.title_followers = tuple(simplify(x) for x in c.get("title_followers") or []) or ("白皮书",)
        self.quoted_body = tuple(simplify(x) for x in c.get("quoted_body_suffixes") or []) or ("委员会",)
        self.venue_after = [simplify(v) for v in c.get("venue_after") or []]
        self.surnames = set(c.get("surnames") or "")
        self.translit = set(c.get("transliteration") or "")
        co = c.get("coreference") or {}
        self.coref: dict[str, tuple[str, int]] = {}
        self.locative = tuple(simplify(v) for v in c.get("locative_before") or [])
        for key, n, kind in (("two_states", 2, "state"), ("three_states", 3, "state"), ("four_states", 4, "state"),
                             ("two_parties", 2, "party"), ("three_parties", 3, "party"), ("four_parties", 4, "party"),
                             ("one_state", 1, "state"), ("organisation", 1, "org"), ("document", 1, "doc"),
                             ("possessive", 1, "any")):
            for expr in co.get(key) or []:
                self.coref[simplify(expr)] = (kind, n)
        self.typed = TypedReferences(gz)  # 该行, 该委员会: the nearest body of that type
        for expr in self.typed.expressions():
            self.coref[expr] = ("typed", 1)
        self.seat_before = tuple(simplify(x) for x in c.get("seat_before") or [])
        self.qi_not = sorted((simplify(x) for x in co.get("possessive_not") or []), key=len, reverse=True)
        self.coref_re = re.compile("|".join(sorted(map(re.escape, self.coref), key=len, reverse=True))) if self.coref else None

    # -----------------------------------------------------------------------------------
    def resolve_block(self, text: str, block: int, offset: int, doc_date: str | None, in_note: bool = False,
                      context: list[Mention] | None = None, own_state: str | None = None,
                      earlier: list[Mention] | None = None) -> list[Mention]:
        """Mentions of one block (`text` is its simplified text; `offset` its start in the doc).

        In a footnote, the author of a cited work is bibliographic data, not a mention
        (恩格斯：《家庭、私有制和国家的起源》), and a cited title is not a discovered name.
        `context` is the previous paragraph's mentions: a paragraph that opens with 两国/双方
        before naming anyone refers to the parties the previous one named."""
        hits = self.matcher.find(text)
        mentions: list[Mention] = []
        for h in hits:
            m = self._from_hit(text, h, block, offset, doc_date)
            if m is not None:
                mentions.append(m)
        if own_state is not None:
            mentions = [self._own(m, text, offset, own_state) for m in mentions]
            mentions = sorted(mentions + voice_organs(text, offset, block, mentions, own_state), key=lambda x: x.start)
        mentions = _drop_glosses(text, mentions, offset, self.gz)
        for m in mentions:  # 2024财年国防授权法: the fiscal year is part of the law's name
            if m.kind in _DOC_KINDS:
                fy = _FISCAL_YEAR.search(text, max(0, m.start - offset - 12), m.start - offset)
                if fy is not None and fy.end() == m.start - offset:
                    m.start = offset + fy.start()
                    m.text = text[fy.start() : m.end - offset]
        mentions = self._merge_parent_child(mentions)
        if self.inside_name_re is not None:  # 中国大百科全书出版社, 中国式现代化: no CHN
            mentions = [m for m in mentions if not (m.kind in STATE_KINDS and m.how == "gazetteer"
                                                    and _institution(self.inside_name_re.match(text, m.end - offset), text))
                        and not (m.kind in _BODY_KINDS and m.how in ("gazetteer", "latin")
                                 and (inst := _institution(self.inside_name_re.match(text, m.end - offset), text))
                                 and not any(c in inst.group(0) for c in "与和及的同对在、")
                                 and _opens_institution(text, m.start - offset, mentions, offset))]
        if in_note:
            mentions = [m for m in mentions if not _citation_part(text, m, offset)]
        if _SOURCE_CUE.search(text):
            mentions = [m for m in mentions if not _source_line(text, m, offset)]
        found = self._discover(text, block, offset, mentions, doc_date, in_note)
        found = [d for d in found if not _national_body(d, mentions)]
        for d in found:
            if d.kind != "person":  # a discovered name in 《》 is one mention, as a gazetteer name would be
                mentions = [m for m in mentions if not (d.start <= m.start and m.end <= d.end)]
        mentions.extend(found)
        mentions.sort(key=lambda m: m.start)
        mentions = self._owned_documents(text, block, offset, mentions)
        mentions.extend(self._two_plus_two(text, block, offset, mentions))
        mentions.sort(key=lambda m: m.start)
        mentions.extend(self._coreference(text, block, offset, mentions, context or [], earlier or []))
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions

    def _own(self, m: Mention, text: str, offset: int, state: str) -> Mention:
        """我国/我方 as the author's country `state` (Taiwan in text written from Taiwan)."""
        if text[m.start - offset : m.end - offset] not in self.self_refs or state not in self.gz.entities:
            return m
        e = self.gz.entities[state]
        return replace(m, id=state, name_zh=e.name_zh, name_en=e.name_en, country=state)

    def _from_hit(self, text: str, h: Hit, block: int, offset: int, doc_date: str | None) -> Mention | None:
        candidates = [a for a in h.aliases if a.entity in self.gz.entities]
        if not candidates:
            return None
        if len(candidates) > 1 and all(self.gz.entities[a.entity].kind in ("agreement", "law", "initiative") for a in candidates):
            candidates = self._edition(candidates, text, _date_before(text, h.start) or doc_date)
        candidates = by_title(candidates, self.gz, text[max(0, h.start - 8) : h.start])
        alias = self._choose(candidates)
        e = self.gz.entities[alias.entity]
        if e.kind == "person" and ((h.start > 0 and text[h.start - 1] == "·") or text[h.end : h.end + 1] == "·"):
            return None  # part of another person's full name (西蒙·约翰逊 is not Boris Johnson)
        how = h.how if h.how != "latin" else "gazetteer"
        country = e.country
        date = None
        if e.kind == "person":
            date = _date_before(text, h.start) or doc_date
            country = e.state_on(date)
            how = "tenure" if e.roles else "gazetteer"
            if country and text.startswith("政府", h.end):
                # 岸田文雄政府, 尹锡悦政府: the administration named after its head is the state's
                # government (one organ mention, as the gold guidelines annotate it)
                st = self.gz.entities.get(country)
                return Mention(offset + h.start, offset + h.end + 2, text[h.start : h.end + 2], country,
                               st.kind if st else "state", st.name_zh if st else country, st.name_en if st else "",
                               country, "organ", role="government", block=block, date=date)
        elif e.kind not in STATE_KINDS and e.kind != "company" and e.owner:
            country = None  # a law or strategy belongs to a state but does not stand for it (a firm does)
        if (e.kind == "place" or how == "metonym") and self._seat(text, h.start):
            return None  # 秘书处设在雅加达: the seat of a body, no venue and no government
        if e.kind == "place":  # a city or site counts only as the venue of something (在广岛举行)
            if not self._venue_near(text, h.start, h.end):
                return None
            return Mention(offset + h.start, offset + h.end, text[h.start : h.end], e.id, "place", e.name_zh, e.name_en,
                           e.owner, "gazetteer", role="venue", block=block)
        if how == "metonym" and (alias.role or h.role) == "capital" and self._venue(text, h.start, h.end):
            return Mention(offset + h.start, offset + h.end, text[h.start : h.end], _slug(e, text[h.start : h.end]),
                           "place", text[h.start : h.end], _capital_en(e), e.id, "gazetteer", role="venue", block=block)
        return Mention(
            start=offset + h.start,
            end=offset + h.end,
            text=text[h.start : h.end],
            id=e.id,
            kind=e.kind,
            name_zh=e.name_zh,
            name_en=e.name_en,
            country=country,
            how=how,
            role=alias.role or h.role,
            block=block,
            date=date,
            ambiguous=alias.ambiguous,
        )

    def _owned_documents(self, text: str, block: int, offset: int, mentions: list[Mention]) -> list[Mention]:
        """国家安全战略, 印太战略, 防卫白皮书 name the record of the state their sentence is about."""
        if self.owned_re is None:
            return mentions
        out = list(mentions)
        for m in self.owned_re.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            same = [x for x in out if x.start == s and x.end == e]
            if any(x.start < e and s < x.end for x in out if x not in same):
                continue  # part of a longer name (美国国家安全战略, 《2022年国家安全战略》)
            if not same and not _as_document(text, m.start(), m.end()):
                continue  # 完善国家安全战略: the policy, not the document
            owner = self._owner_before(text, m.start(), offset, out)
            rec = self.owned.get((m.group(0), owner)) if owner else None
            if rec is None:
                continue
            e_ = self.gz.entities[rec]
            new = Mention(s, e, m.group(0), e_.id, e_.kind, e_.name_zh, e_.name_en, None, "gazetteer", block=block)
            out = [x for x in out if x not in same] + [new]
        out.sort(key=lambda x: x.start)
        return out

    @staticmethod
    def _owner_before(text: str, i: int, offset: int, mentions: list[Mention]) -> str | None:
        stop = max(text.rfind(p, 0, i) for p in "。！？；!?;")
        near = [x for x in mentions if stop < x.start - offset and x.end - offset <= i and i - (x.end - offset) <= 25
                and x.country and (x.kind in STATE_KINDS or x.kind == "person")]
        return near[-1].country if near else None

    def _owned_index(self, names: list[str]) -> dict[tuple[str, str], str]:
        """(generic name, owner) -> record, from records whose names are a state's name + the generic name
        (美国国家安全战略, 韩国印太战略, 日本防卫白皮书), or the generic name itself with an owner."""
        full: dict[str, set[str]] = {}
        for k, al in self.gz.aliases.items():
            for a in al:
                if len(k) >= 2 and a.how == "gazetteer" and self.gz.entities[a.entity].kind in STATE_KINDS:
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
    def _discover(self, text: str, block: int, offset: int, known: list[Mention], doc_date: str | None,
                  in_note: bool = False) -> list[Mention]:
        taken = [(m.start - offset, m.end - offset) for m in known]
        listed = list(known)

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        out: list[Mention] = []
        for m in self.person_re.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if not free(s, e) or name in self.gz.aliases or not self._name_like(name):
                continue
            country = _state_before(known, offset + s, offset, window=4 + (s - m.start()))
            out.append(Mention(offset + s, offset + e, name, f"x:{name}", "person", name, "", country, "discovered",
                               role=m.group(0)[: s - m.start()], block=block, date=doc_date))
            taken.append((s, e))
        for m in _TITLE_OR_QUOTE.finditer(text):
            quoted = m.group(2) or m.group(3) or m.group(4)
            inner = m.group(1) or quoted
            s = m.start(1) if m.group(1) else m.start(m.lastindex or 2)
            e = s + len(inner)
            if any(a <= s and e <= b for a, b in taken):
                continue  # the whole name is known
            if in_note and (m.group(1) or m.group(3) or m.group(4)):
                continue  # the title of a cited work (「」 and 『』 mark Japanese titles)
            known = self._dated_edition(inner) if m.group(1) else self._exercise(inner, text, m.end())
            kind = next((k for sfx, k in self.suffix_kind if inner.endswith(sfx)), None)
            if kind is None and m.group(1):  # 《国家安全政策2023—2028》: the suffix before its years
                bare = _TITLE_YEARS.sub("", inner)
                kind = next((k for sfx, k in self.suffix_kind if bare != inner and bare.endswith(sfx)), None)
            if kind is None and m.group(1) and text.startswith(self.title_followers, m.end()):
                kind = "initiative"  # 《新时代的中国国防》白皮书
            named = quoted and text.endswith(_NAMED_AS, 0, m.start())  # 名为“太平洋海洋联盟”的新机制
            if known is None and (kind is None or (quoted and not named and not self._quoted_name(inner))):
                continue  # in quotation marks only formal bodies; concepts (“芯片联盟”) are not names
            if inner in self.gz.not_names or pair_name(self.gz, inner):
                continue  # a policy concept (人类命运共同体), or two sides and a generic tail (中国—东盟自贸区)
            if known is not None:  # 《2024财年国防授权法》: an edition of a known document
                out.append(Mention(offset + s, offset + e, inner, known.id, known.kind, known.name_zh, known.name_en, None,
                                   "gazetteer", block=block))
            else:
                out.append(Mention(offset + s, offset + e, inner, f"x:{inner}", kind, inner, "", None, "discovered", block=block))
            taken.append((s, e))
        if not in_note and not _SOURCE_CUE.search(text):
            for m in _PLAIN_BODY.finditer(text):
                s, e = m.span()
                name = m.group(0)
                inner = [x for x in listed if x.start - offset < e and s < x.end - offset]
                if any(not (s <= x.start - offset and x.end - offset == e and x.kind not in STATE_KINDS
                            and generic_name(simplify(x.text), self.suffix_kind)) for x in inner):
                    continue  # a known name inside, unless a generic-looking one ends it (…海洋安全理事会)
                if not all(e <= a or s >= b for a, b in taken if (a, b) not in {(x.start - offset, x.end - offset) for x in inner}):
                    continue
                if name in self.gz.aliases or name in self.gz.not_names or generic_name(name[len(m.group("region")):], self.suffix_kind):
                    continue
                if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _PLAIN_LEFT and not text.endswith(_PLAIN_LEFT_WORDS, 0, s):
                    continue  # inside a longer run of characters (东亚洲…): no clear left edge
                middle = name[len(m.group("region")) :]
                if any(w in middle for w in _PLAIN_PHRASE) or middle.startswith("上") or text[e : e + 1] in _PLAIN_VERB_AFTER:
                    continue  # a phrase (国际社会应加强合作组织…, 沿岸国家组织了…), not a name
                named = text.endswith(_PLAIN_NAMING, 0, s) or text.startswith(_PLAIN_EVIDENCE, e)
                if not named:
                    continue  # a description (国际金融组织提供支持), not a body named as such
                if text.startswith(_PLAIN_NOT_AFTER, e):
                    continue  # 亚洲基础设施投资银行行长 is fine, but …组织法 / …基金会 are longer words
                kind = next(k for sfx, k in self.suffix_kind if name.endswith(sfx))
                out.append(Mention(offset + s, offset + e, name, f"x:{name}", kind, name, "", None, "discovered", block=block))
                taken.append((s, e))
        return out

    @staticmethod
    def _clause_subject(text: str, i: int, offset: int, before: list[Mention]) -> set[str]:
        """The states named in the clause before position i (its subject, in 中方已向双方…)."""
        start = max(text.rfind(c, 0, i) for c in "，。；,;：") + 1
        inside = [x for x in before if x.start - offset >= start]
        if inside and inside[0].country is None and inside[0].kind in ("organisation", "grouping", "mechanism"):
            return set()  # 西共体在尼日尔政变后对该国实施制裁: a body is the subject, not the state after it
        return {x.country for x in inside if x.country}

    def _exercise(self, inner: str, text: str, after: int) -> Entity | None:
        """“肩并肩”联合军演, “和平友谊”联合演习: a quoted exercise name whose listed form carries the
        word for exercise (肩并肩军演, 和平友谊联合演习) is that exercise."""
        word = next((w for w in _EXERCISE_WORDS if text.startswith(w, after)), None)
        if word is None:
            return None
        for key in (inner + word, *(inner + w for w in _EXERCISE_WORDS)):
            al = self.gz.aliases.get(key)
            if al and self.gz.entities[al[0].entity].kind == "mechanism":
                return self.gz.entities[al[0].entity]
        return None

    def _quoted_name(self, inner: str) -> bool:
        """A quoted “美澳清洁能源对话” is a name; “芯片联盟”, “双边战略对话”, “从实力地位出发进行对话” are not."""
        if not inner.endswith(self.quoted_body) or any(c in inner for c in "、，,；;：:"):
            return False
        if inner.startswith(self.phrase_openers):
            return False
        return not generic_name(inner, self.suffix_kind)

    def _dated_edition(self, name: str) -> Entity | None:
        """A known law, strategy or agreement named with its year (2024财年国防授权法, 2023年国家安全战略
        of a known series, 国防授权法（2024财年）)."""
        m = _EDITION[0].match(name) or _EDITION[1].match(name)
        if m is None:
            return None
        ents = {a.entity for a in self.gz.aliases.get(m.group("name"), [])}
        e = self.gz.get(ents.pop()) if len(ents) == 1 else None
        return e if e is not None and e.kind in ("agreement", "law", "initiative") else None

    def _qi_antecedent(self, text: str, i: int, offset: int, before: list[Mention]) -> Mention | None:
        for w in self.qi_not:  # 其他, 尤其, 各行其道
            k = w.index("其")
            if text[i - k : i - k + len(w)] == w:
                return None
        pos = offset + i
        stop = max(text.rfind(p, 0, i) for p in "。！？；!?;")
        in_sentence = [x for x in before if x.start - offset > stop and x.kind not in ("place",)]
        if in_sentence:
            x = in_sentence[0]
            # the first actor of the sentence is its subject unless a later one is right before 其
            last = in_sentence[-1]
            if pos - last.end <= 2 and last is not x:
                return last
            return x
        return next((x for x in reversed(before) if pos - x.end <= 12), None)

    @staticmethod
    def _coordinated(text: str, x: Mention, before: list[Mention], offset: int) -> bool:
        """x is joined to the actor before it: 中欧 (adjacent abbreviations), 与/和/同/及/、 X."""
        if any(y.end == x.start for y in before):
            return True
        joins = ("与", "和", "同", "及", "、", "跟")
        if text[max(0, x.start - offset - 1) : x.start - offset] in joins:
            return True
        # 东盟与美国……双方: the body is the first of the pair
        after = text[x.end - offset : x.end - offset + 1]
        return after in joins and any(y.start == x.end + 1 for y in before)

    def _locative(self, text: str, pos: int) -> bool:
        before = text[max(0, pos - 3) : pos].rstrip()
        return before.endswith(self.locative)

    def _venue_city(self, text: str, x: Mention, before: list[Mention], offset: int) -> bool:
        """在秘鲁利马举行: the capital read as its state, right after the venue's state, is the venue too."""
        prev = next((y for y in before if y.end == x.start and y is not x and y.kind in STATE_KINDS), None)
        return prev is not None and prev.country == x.country and self._locative(text, prev.start - offset)

    def _name_like(self, name: str) -> bool:
        if "·" in name:
            return True
        if is_common_non_name(name):
            return False
        return name[0] in self.surnames or all(c in self.translit for c in name)

    # -----------------------------------------------------------------------------------
    def _two_plus_two(self, text: str, block: int, offset: int, mentions: list[Mention]) -> list[Mention]:
        """“2+2” alone names the foreign-and-defence ministerial dialogue of the two states just
        named in its sentence (美国和印度举行第5次“2+2”部长级对话 → the US-India 2+2)."""
        out: list[Mention] = []
        for m in _TWO_PLUS_TWO.finditer(text):
            pos = offset + m.start()
            if any(x.start <= pos < x.end for x in mentions):
                continue
            stop = max(text.rfind(p, 0, m.start()) for p in "。！？；!?;")
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
    def _coreference(self, text: str, block: int, offset: int, mentions: list[Mention],
                     context: list[Mention] = (), earlier: list[Mention] = ()) -> list[Mention]:  # type: ignore[assignment]
        if self.coref_re is None:
            return []
        out: list[Mention] = []
        for m in self.coref_re.finditer(text):
            kind, n = self.coref[m.group(0)]
            pos = offset + m.start()
            if any(x.start <= pos < x.end for x in mentions):
                continue
            before = [x for x in mentions if x.end <= pos and x.how != "coreference"]
            from_context = not before and kind in ("state", "party") and not out
            if from_context:
                before = [x for x in context if x.how != "coreference"]  # the parties of the paragraph before
            if kind in ("state", "party"):
                if n > 1 and text[max(0, m.start() - 1) : m.start()] == "第":
                    continue  # 第三方 is "a third party"
                keys: list[str] = []
                # 中方向双方提出交涉: the counterparts of a clause's subject never include it
                # (and so do those of 中方批评三国…, 法国召回驻美、驻澳大使…: the object of the subject's verb)
                own = self._clause_subject(text, m.start(), offset, before) if (
                    text[max(0, m.start() - 1) : m.start()] in "向对同与和跟"
                    or _COUNTERPART_VERB.search(text, max(0, m.start() - 6), m.start())) else set()
                seen_ids = Counter(x.id for x in before)
                salient = {i for i, k in seen_ids.items() if k >= 2}
                earlier = [o for o in (context if from_context else out) if o.how == "coreference" and len(o.refers_to) == n]
                chained: list[str] | None = earlier[-1].refers_to if earlier and not before else None
                for x in reversed(before):
                    if earlier and earlier[-1].start > x.end:
                        chained = earlier[-1].refers_to  # 三方……三方: the same parties again
                        break
                    if x.kind in STATE_KINDS and x.block == block and (
                            (self._locative(text, x.start - offset) and not state_event_time(text, x.end - offset))
                            or self._venue_city(text, x, before, offset)):
                        continue  # 在新加坡举行: the venue, not a party (在尼日尔政变后 is a time)
                    c = x.country if x.kind in STATE_KINDS or x.kind == "person" else None
                    if c in own:
                        continue
                    if c is None and kind == "party" and x.kind == "organisation" and (
                            x.id in salient or self._coordinated(text, x, before, offset)):
                        c = x.id  # 日本与东盟……双方, 中欧……双方: a body named as a counterpart can be a party
                    if c and c not in keys:
                        keys.append(c)
                    if len(keys) == n:
                        break
                # (n >= 3: a pair is as often named apart, A对B进行访问，两国…)
                group = last_group_of(text, offset, before, n, own) if n >= 3 and kind == "state" else None
                if group is not None and not (earlier and earlier[-1].start > group[1]):
                    ids = group[0]  # 美英澳宣布…，法国…，中方批评三国: the three named together, not the last three
                elif chained is not None and len(keys) < n:
                    ids = list(chained)
                elif len(keys) < n:
                    continue
                else:
                    ids = list(reversed(keys))
                first = self.gz.entities.get(ids[0])
                kind_out = "state"
            elif kind == "typed":
                org = self.typed.pick(m.group(0), no_glosses(text, before, offset)) or self.typed.pick(
                    m.group(0), [x for x in earlier if x.how != "coreference" and not x.text.isascii()])
                if org is None:
                    continue
                ids = [org.id]
                first = self.gz.entities.get(org.id)
                kind_out = org.kind
            elif kind in ("org", "doc"):
                wanted = _DOC_KINDS if kind == "doc" else None
                org = next((x for x in reversed(no_glosses(text, before, offset)) if x.kind not in STATE_KINDS and x.kind not in ("person", "place", "company")
                            and (wanted is None or x.kind in wanted)), None)
                if org is None:
                    continue
                ids = [org.id]
                first = self.gz.entities.get(org.id)
                kind_out = org.kind
            else:  # 其: the subject of its sentence, failing that the actor right before it
                near = self._qi_antecedent(text, m.start(), offset, before)
                near = not_own_predicate(text, m.start(), offset, near, before, out)
                near = document_subject(text, m.end(), near)
                near = causative_object(text, m.start(), offset, near, before)
                if near is None:
                    continue
                ids = [near.country or near.id]
                first = self.gz.entities.get(ids[0])
                kind_out = "state" if near.country and (near.kind in STATE_KINDS or near.kind == "person") else near.kind
            out.append(
                Mention(
                    start=pos,
                    end=offset + m.end(),
                    text=m.group(0),
                    id=ids[0],  # type: ignore[arg-type]
                    kind=kind_out,
                    name_zh=first.name_zh if first else ids[0],  # type: ignore[arg-type]
                    name_en=first.name_en if first else "",
                    country=ids[0] if kind_out in STATE_KINDS and len(ids) == 1 else None,  # type: ignore[arg-type]
                    how="coreference",
                    refers_to=list(ids),  # type: ignore[arg-type]
                    block=block,
                )
            )
        return out


# words that make up names of types (自由贸易协定, 双边战略对话), not of one body or document
_GENERIC = sorted(("自由贸易", "贸易", "经济", "经贸", "安全", "合作", "伙伴", "关系", "双边", "三边", "四边", "多边", "区域",
                   "地区", "国际", "全面", "战略", "防务", "军事", "投资", "框架", "联合", "共同", "相互", "互惠", "保护",
                   "情报", "安保", "政策", "政治", "外交", "高层", "这些", "上述", "有关", "相关", "各", "该", "此", "新",
                   "个", "项", "份", "部", "一", "两", "三", "四", "性", "的", "和", "与", "及", "政府间", "部长级", "高级别",
                   "工作", "专家", "协调", "咨询", "顾问", "管理", "监督", "年度", "定期", "长期", "行动"),
                  key=len, reverse=True)


# A body the gazetteer lacks, named in running text: a region or the word for international,
# then a few characters (no function word among them), then a formal body's suffix (南太平洋
# 海洋安全理事会, 亚洲海岸警备合作组织, 国际海上安全联盟). Think tanks and universities (…研究中心,
# …大学) have no such suffix; a name made only of generic words (亚洲区域合作组织) is none.
_PLAIN_BODY = re.compile(
    r"(?P<region>东南亚|东北亚|南太平洋|西太平洋|北太平洋|太平洋|印度洋|湄公河|澜沧江|亚太|亚洲|东亚|南亚|中亚|北极|国际|全球|世界)"
    r"[^\W\d_的和与及是在了等对从向将其该各并也而或为于被把个这那年月日]{2,12}?(?:委员会|理事会|组织|秘书处|银行|联盟|论坛)"
)
_PLAIN_LEFT = set("在与和及由同向对将是为把被给于从即了、（(“《「")
_PLAIN_LEFT_WORDS = ("成立", "设立", "建立", "加入", "通过", "包括", "例如", "如", "签署", "参加", "出席", "主持", "举办", "召开")
_PLAIN_NOT_AFTER = ("法", "会", "章程", "协定", "宪章")
# Words of a clause rather than a name between the region and the suffix, and aspect particles
# that make the suffix a verb (组织了).
_PLAIN_PHRASE = ("国家", "地区", "各国", "一些", "社会", "形势", "变化", "促使", "应", "需要", "加强", "共同", "积极",
                 "普遍", "以及", "之间", "不断", "已经", "正在", "开始", "继续", "通过", "进行", "参与", "成为", "认为",
                 "最大", "主要", "大型", "知名", "多国", "各大", "新兴", "多边", "其他", "有关", "相关", "现有", "所有")
_PLAIN_VERB_AFTER = set("了着过起")
# Evidence that a body is named as such: a founding or joining verb before it, or after it what a
# body does or has (…成立, …召开, …的成员, …秘书处, a gloss in brackets).
_PLAIN_NAMING = ("成立", "设立", "建立", "组建", "创建", "创立", "发起", "加入", "加入了", "成立了", "设立了", "名为", "称为",
                 "成员国", "退出", "退出了")
_PLAIN_EVIDENCE = ("成立", "召开", "举行", "举办", "宣布", "发表", "发布", "通过了", "决定", "秘书处", "秘书长", "主席", "的成员",
                   "成员", "年会", "会议", "峰会", "第", "于", "在", "（", "(", "将于", "已于", "由")
_BODY_KINDS = ("organisation", "grouping", "mechanism")


def _institution(m: re.Match | None, text: str) -> re.Match | None:
    """The institution-name match, unless the suffix opens a longer word (中国大学生: students)."""
    return m if m is not None and text[m.end() : m.end() + 1] != "生" else None


def _opens_institution(text: str, s: int, mentions: list[Mention], offset: int) -> bool:
    """A body's name opening a think tank's or university's name (上海合作组织研究中心, 联合国大学,
    中国—东盟研究院): it starts after punctuation, a function word or another mention joined by a dash."""
    return s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff") or text[s - 1] in "的和与及在是为由"or any(
        m.end - offset in (s, s - 1) for m in mentions)


_NAMED_AS = ("名为", "名為", "称为", "命名为", "叫作", "叫做", "名叫", "定名为")
_EXERCISE_WORDS = ("联合军事演习", "联合军演", "联合演习", "联合演练", "军事演习", "军演", "演习", "演练")


def generic_name(name: str, suffix_kind: list[tuple[str, str]]) -> bool:
    """A name made only of generic words before its suffix (贸易协定, 双边战略对话, 合作计划), or with
    fewer than two Chinese characters before it (2025计划)."""
    head = next((name[: -len(sfx)] for sfx, _ in suffix_kind if name.endswith(sfx)), name)
    if sum("\u4e00" <= c <= "\u9fff" for c in head) < 2:
        return True
    while head:
        w = next((g for g in _GENERIC if head.startswith(g)), None)
        if w is None:
            return False
        head = head[len(w) :]
    return True


_DOC_KINDS = ("agreement", "law", "initiative")
_DOC_BEFORE = re.compile(r"(?:发布|出台|公布|推出|发表|颁布|签署|通过|出炉|新版|最新|更新|版|年|《|“|「|『)[^，。；！？]{0,10}$")
_DOC_AFTER = re.compile(r"^[》”」』]?(?:报告|文件|中|指出|提出|称|强调|写道|明确|认为|宣称|将|把|显示|表明)")


def _as_document(text: str, s: int, e: int) -> bool:
    """国家安全战略 as a document: quoted, released (发布的国家安全战略, 2022年国家安全战略) or cited
    (国家安全战略指出, 在国家安全战略中), not a policy being improved (完善国家安全战略)."""
    return bool(_DOC_BEFORE.search(text[max(0, s - 12) : s]) or _DOC_AFTER.match(text[e : e + 4]))


_BODY_KINDS = ("organisation", "mechanism", "grouping")


def _national_body(d: Mention, mentions: list[Mention]) -> bool:
    """“美国人工智能国家安全委员会”: a discovered body opening with one state's full name and naming
    nothing else is an organ of that state; the state's name is the mention (as for 美国国务院, a
    state organ is a mention of its state), not a new organisation. Bilateral bodies (美澳关键矿物
    工作组) and documents (美国清洁能源与安全法) stay whole."""
    if d.how != "discovered" or d.kind != "organisation":
        return False
    inside = [m for m in mentions if d.start <= m.start and m.end <= d.end]
    return (len(inside) == 1 and inside[0].start == d.start and inside[0].kind in STATE_KINDS
            and inside[0].how in ("gazetteer", "organ") and inside[0].end - inside[0].start >= 2)


def _capital_en(e: Entity) -> str:
    return e.capital_en or e.name_en


def _slug(e: Entity, surface: str) -> str:
    """A place id from the capital's English name: Washington, D.C. -> washington-d-c."""
    name = (e.capital_en or surface).split(",")[0]  # Washington, D.C. -> washington
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or surface


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
_CITED_SITE = re.compile(r"^\s*(?:官方网站|官网|网站|网|官方微博|微博|公众号)")
# a non-person author stands at the start of the note or of one of its citations (①世界银行：《…》)
_CITATION_START = re.compile(r"(?:^|[。；;]|[\]】）)]|[①-⑳])\s*$")


def _date_before(text: str, pos: int) -> str | None:
    """The last year (and month) stated before `pos` in the block, as an ISO date."""
    last = None
    for m in _YEAR.finditer(text, 0, pos):
        last = m
    if last is None:
        return None
    y, mo = last.group(1), last.group(2)
    return f"{y}-{int(mo):02d}" if mo else y


def _state_before(mentions: list[Mention], pos: int, offset: int, window: int) -> str | None:
    for m in reversed(mentions):
        if m.end <= pos and pos - m.end <= window and m.country:
            return m.country
    return None


# a title in 《》, or a quotation in “”, 「」 (Taiwan and Hong Kong usage) or 『』
_TITLE_OR_QUOTE = re.compile(r"《([^《》]{2,40})》|“([^“”]{3,30})”|「([^「」]{3,30})」|『([^『』]{3,30})』")
_EDITION = (re.compile(r"^(?:19|20)\d{2}\s*(?:财年|财政年度|年度|年版|年)?(?P<name>[\u4e00-\u9fff].+)$"),
            re.compile(r"^(?P<name>[\u4e00-\u9fff].+?)\s*[（(](?:19|20)\d{2}[^）)]{0,4}[）)]$"))
_TITLE_YEARS = re.compile(r"\s*[（(]?(?:19|20)\d{2}(?:\s*[—–\-－~至]\s*(?:19|20)?\d{2,4})?\s*(?:财年|年版|年)?[）)]?$")
_FISCAL_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:财年|财政年度|会计年度)")
_TWO_PLUS_TWO = re.compile(r"2\s*\+\s*2(?!\d)")
_OPEN_GLOSS = re.compile(r"^[”’\"》」』\s]*[（(]\s*$")
# a Chinese name glossing the one before it, alone or after an acronym in the same bracket
_CN_GLOSS_OPEN = re.compile(r"^[”’\"》」』]?[（(](?:\s*[A-Za-z][A-Za-z0-9 .&'+\-]{0,60}[，,、;；]\s*)?$")
_CN_GLOSS_CLOSE = re.compile(r"[）)]|[，,、;；]\s*[A-Za-z][A-Za-z0-9 .&'+\-]{0,60}[）)]")


def _drop_glosses(text: str, mentions: list[Mention], offset: int, gz: Gazetteer | None = None) -> list[Mention]:
    """A gloss in parentheses after a name is not a second mention: a short form of the same entity
    (亚洲相互协作与信任措施会议（亚信）), the acronym
    right after the name (“延伸威慑对话”(EDD)), or a Latin name inside a longer English gloss
    ((Quad Vaccine Partnership))."""
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


__all__ = ["Mention", "Resolver", "Entity"]
