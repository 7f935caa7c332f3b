"""The gazetteer: states, organisations, agreements, laws, initiatives and office holders.

Loaded once from the YAML data files in `latticework/data/gazetteer/` into lookup tables: every
entity by id, and every surface form (in simplified script, as the matcher runs over the
simplified view of the text) with the entities it can name and how.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from ..text_forms import t2s_converter

T = TypeVar("T")

DATA = Path(__file__).resolve().parent.parent / "data"
GAZETTEER = DATA / "gazetteer"
STATE_KINDS = ("state", "economy")


@dataclass
class Role:
    role: str
    state: str | None  # ISO3 of the state the office serves
    org: str | None  # id of the organisation the office serves
    start: str | None  # ISO date, any precision
    end: str | None
    title_zh: str | None = None

    def covers(self, date: str | None) -> bool:
        if date is None:
            return True
        return (self.start is None or _le(self.start, date)) and (self.end is None or _le(date, self.end))


@dataclass
class Entity:
    id: str
    kind: str
    name_zh: str
    name_en: str
    names: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    acronym: str | None = None
    founded: str | None = None
    owner: str | None = None  # the state a law or national strategy belongs to
    represents: str | None = None  # the state a representative office stands in for (AIT → USA); the union an institution acts for (欧盟委员会 → eu)
    parent: str | None = None
    members: list[dict] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    region: str | None = None
    capital_en: str | None = None

    @property
    def country(self) -> str | None:
        """The state the entity stands for without a date: itself, or a firm's home state (the
        ontology resolves firms to their home state, as persons to the state they serve)."""
        if self.kind in STATE_KINDS:
            return self.id
        if self.kind == "company":
            return self.owner
        return None

    def state_on(self, date: str | None) -> str | None:
        """For a person: the state served on `date` (the latest office before it, failing that)."""
        if not self.roles:
            return None
        live = [r for r in self.roles if r.state and r.covers(date)]
        if live:
            return live[0].state
        if self.org_on(date) is not None:
            return None  # serving an international organisation (北约秘书长) acts for no state
        states = {r.state for r in self.roles if r.state}
        if len(states) == 1:
            return states.pop()
        if date:
            before = [r for r in self.roles if r.state and r.start and r.start[:10] <= date[:10]]
            if before:
                return max(before, key=lambda r: r.start or "").state
        return None

    def org_on(self, date: str | None) -> str | None:
        """For a person: the organisation served on `date` when the office is international."""
        if date is None:
            return None
        live = [r for r in self.roles if r.org and r.covers(date)]
        return live[0].org if live else None

    def role_on(self, date: str | None) -> Role | None:
        live = [r for r in self.roles if r.covers(date)]
        return live[0] if live else None


@dataclass(frozen=True)
class Alias:
    """One surface form of one entity."""

    entity: str
    how: str  # gazetteer | fang | metonym | organ | abbr | latin
    role: str | None = None
    ambiguous: bool = False


def _le(a: str, b: str) -> bool:
    """a <= b for ISO dates of mixed precision: a partial date spans its whole period."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


class Gazetteer:
    def __init__(self, entities: Iterable[Entity], generic_organs: dict[str, str] | None = None):
        self.entities: dict[str, Entity] = {}
        self.aliases: dict[str, list[Alias]] = {}
        self.abbr: dict[str, list[str]] = {}  # one-character abbreviation -> state ids
        self.abbr_ambiguous: set[str] = set()
        self.abbr_context: dict[str, list[str]] = {}  # 巴 -> [BRA, PSE]: states it abbreviates in context
        self.generic_organs: dict[str, str] = dict(generic_organs or {})  # 国防部 -> defence_ministry
        self.not_names: set[str] = set()  # surface forms of concepts: never a discovered name either
        # names of two sides with a generic tail (东盟—香港自由贸易协定) taken out of the automaton:
        # in running text they are the two sides, in 《》 the agreement itself (discovery.py)
        self.pair_titles: dict[str, list[Alias]] = {}
        self._derived: dict[str, object] = {}  # indexes built from the entities (see derived)
        for e in entities:
            self.add(e)

    # -- building ------------------------------------------------------------------------
    def add(self, e: Entity) -> None:
        if e.id in self.entities:
            raise ValueError(f"duplicate gazetteer id {e.id}")
        self.entities[e.id] = e
        self._derived.clear()
        for name in {e.name_zh, *e.names}:
            if name and not (e.kind not in STATE_KINDS and _descriptive(simplify(name), self)):
                self._alias(name, Alias(e.id, "gazetteer"))
        for name in e.latin + ([e.acronym] if e.acronym else []):
            if name and len(name) >= 2:
                self._alias(name, Alias(e.id, "latin"))

    def _alias(self, surface: str, alias: Alias) -> None:
        key = simplify(surface.strip().strip("“”\"《》"))
        if key.count("”") != key.count("“"):  # “一带一路”国际合作高峰论坛: the quote is part of the name
            key = simplify(surface.strip().strip("《》"))
        if not key:
            return
        for k in {key, key.replace("—", "——")} if "—" in key and not key.isascii() else {key}:
            lst = self.aliases.setdefault(k, [])
            if alias not in lst:
                lst.append(alias)

    def add_alias(self, surface: str, entity: str, how: str, role: str | None = None, ambiguous: bool = False) -> None:
        self._alias(surface, Alias(entity, how, role, ambiguous))

    def mark_ambiguous(self, surface: str, entity: str) -> None:
        """A short form of `entity` that needs role, tenure or context to resolve."""
        key = simplify(surface)
        self.aliases[key] = [Alias(a.entity, a.how, a.role, True) if a.entity == entity else a for a in self.aliases.get(key, [])]

    def add_abbr(self, char: str, state: str, ambiguous: bool = False) -> None:
        key = simplify(char)
        self._derived.clear()
        ids = self.abbr.setdefault(key, [])
        if state not in ids:
            ids.append(state)
        if ambiguous or len(ids) > 1:
            self.abbr_ambiguous.add(key)

    def derived(self, key: str, build: Callable[[], T]) -> T:
        """An index computed from the entities once (by a caller such as the event extractor) and
        dropped when an entity is added, so it never outlives the data it was built from."""
        if key not in self._derived:
            self._derived[key] = build()
        return self._derived[key]  # type: ignore[return-value]

    # -- lookup --------------------------------------------------------------------------
    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def find(self, query: str) -> Entity | None:
        """An entity by id (any case for states), name or alias."""
        if query in self.entities:
            return self.entities[query]
        up = query.upper()
        if up in self.entities and self.entities[up].kind in STATE_KINDS:
            return self.entities[up]
        for a in self.aliases.get(simplify(query), []):
            return self.entities[a.entity]
        low = query.lower()
        for e in self.entities.values():
            if e.name_en.lower() == low or (e.acronym and e.acronym.lower() == low):
                return e
        return None

    def __len__(self) -> int:
        return len(self.entities)


# A description of a grouping by its members (美日韩三边合作, 美日同盟) is not a name: the linker gives
# the member states, as the gold guidelines annotate it.
_DESCRIPTIVE_TAIL = ("三边合作", "四边合作", "三方合作", "四方合作", "三国合作", "四国合作", "合作", "同盟", "联盟", "关系", "三边", "四边", "三边机制", "四边机制")


# the field and the count that may stand between the members and the tail (美日韩三边安全合作, 美日菲
# 三边同盟, 美日韩安全合作: a description still; lead18)
_DESCRIPTIVE_FIELD = ("安全", "军事", "防务", "经济", "经贸", "海上", "战略", "外交", "科技")
_DESCRIPTIVE_COUNT = ("三边", "四边", "三方", "四方", "三国", "四国", "双边")


def _descriptive(name: str, gz: Gazetteer) -> bool:
    head = name
    for tail in sorted(_DESCRIPTIVE_TAIL, key=len, reverse=True):
        if name.endswith(tail):
            head = name[: -len(tail)]
            break
    else:
        return False
    head = head[:-2] if head.endswith(_DESCRIPTIVE_FIELD) else head
    head = head[:-2] if head.endswith(_DESCRIPTIVE_COUNT) else head
    return len(head) >= 2 and all(ch in gz.abbr or ch in "华欧台" for ch in head)


# Dash-like characters written between the parts of a name (中国—东盟, 中国-东盟, 澜沧江–湄公河,
# 湄公河－美国, 日本―湄公河) are one character for matching; the text keeps its own.
DASHES = str.maketrans({c: "—" for c in "-‐‑‒–―－﹣−"})
_DASH = re.compile("[-‐‑‒–―－﹣−]")


def one_dash(text: str) -> str:
    """`text.translate(DASHES)`, by replacing the few dashes found: a translation table walks every
    character of a Chinese text through a dictionary, eight times slower over a block."""
    return _DASH.sub("—", text)


def simplify(text: str) -> str:
    """Simplified script with dashes made one character, the form of every lookup key."""
    if len(text) <= 16:
        return _simplify_short(text)  # lexicon words, compared again and again
    return one_dash(t2s_converter().convert(text))


@functools.lru_cache(maxsize=65536)
def _simplify_short(text: str) -> str:
    return one_dash(t2s_converter().convert(text))


# --- loading -------------------------------------------------------------------------------


def _load_yaml(path: Path) -> object:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def _iso(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _entity_from(rec: dict, default_kind: str) -> Entity:
    names = [str(n) for n in rec.get("names") or [] if n]
    latin = [str(n) for n in rec.get("latin") or [] if n]
    return Entity(
        id=str(rec["id"]),
        kind=str(rec.get("kind") or default_kind),
        name_zh=str(rec.get("name_zh") or (names[0] if names else rec["id"])),
        name_en=str(rec.get("name_en") or rec["id"]),
        names=names,
        latin=latin,
        acronym=rec.get("acronym") or None,
        founded=_iso(rec.get("founded")),
        owner=rec.get("owner") or None,
        represents=rec.get("represents") or None,
        parent=rec.get("parent") or None,
        members=list(rec.get("members") or []),
        roles=[
            Role(
                role=str(r.get("role") or ""),
                state=r.get("state"),
                org=r.get("org"),
                start=_iso(r.get("from")),
                end=_iso(r.get("to")),
                title_zh=r.get("title_zh"),
            )
            for r in rec.get("roles") or []
        ],
        region=rec.get("region"),
    )


def load(directory: Path = GAZETTEER) -> Gazetteer:
    """Build the gazetteer from every YAML data file of `directory`."""
    gz = Gazetteer([])
    generic: dict[str, str] = {}
    concepts: set[str] = set()
    variants: dict[str, list[str]] = {}
    inner: dict[str, list[str]] = {}
    if not directory.exists():
        return gz
    # states first: their abbreviations decide which grouping names are mere descriptions
    for path in sorted(directory.glob("*.yaml"), key=lambda p: (not p.name.startswith("states"), p.name)):
        data = _load_yaml(path)
        if path.name == "states_zh.yaml":
            if isinstance(data, dict):
                for g in data.get("generic_organs") or []:
                    generic[str(g["name"])] = str(g.get("role") or "organ")
            continue  # an overlay already merged into states.yaml by tools/build_states.py
        if isinstance(data, dict):
            for k, v in (data.get("prefix_variants") or {}).items():
                variants.setdefault(simplify(str(k)), []).extend(simplify(str(x)) for x in v or [])
            for k, v in (data.get("state_name_variants") or {}).items():
                inner.setdefault(simplify(str(k)), []).extend(simplify(str(x)) for x in v or [])
        records = data if isinstance(data, list) else (data or {}).get("entries", []) if isinstance(data, dict) else []
        default_kind = ("person" if path.name.startswith("persons") else "state" if path.name.startswith("states")
                        else "place" if path.name.startswith("places") else "organisation")
        for rec in records:
            if not isinstance(rec, dict) or "id" not in rec:
                continue
            e = _entity_from(rec, default_kind)
            gz.add(e)
            if e.kind in STATE_KINDS:
                _state_aliases(gz, e, rec)
            for amb in rec.get("ambiguous_names") or []:
                gz.mark_ambiguous(str(amb), e.id)
            if rec.get("concept"):
                concepts.add(e.id)
    gz.generic_organs.update(generic)
    _prefix_variants(gz, variants)
    _state_name_variants(gz, inner)
    for key in list(gz.aliases):  # a policy concept (人类命运共同体) is known but not a mention
        if any(a.entity in concepts for a in gz.aliases[key]):
            gz.not_names.add(key)
        gz.aliases[key] = [a for a in gz.aliases[key] if a.entity not in concepts]
        if not gz.aliases[key]:
            del gz.aliases[key]
    _prune_pairs(gz)
    _prune_meetings(gz)
    _prune_member_prefixes(gz)
    return gz


def _prefix_variants(gz: Gazetteer, variants: dict[str, list[str]]) -> None:
    """东盟地区论坛 is 東協區域論壇 in Taiwan and 亚细安区域论坛 in Singapore: every name of another body
    or document that opens with a body's name in one usage is also listed with that body's name in
    the others (`prefix_variants` in the data), unless the variant already names something."""
    if not variants:
        return
    for key in list(gz.aliases):
        head = next((h for h in variants if key.startswith(h) and len(key) > len(h)), None)
        if head is None or any(gz.entities[a.entity].kind in STATE_KINDS for a in gz.aliases[key]):
            continue
        if {a.entity for a in gz.aliases[key]} & {a.entity for a in gz.aliases.get(head, [])}:
            continue  # 东协组织 is another name of ASEAN itself, no name opening with it
        for v in variants[head]:
            gz.aliases.setdefault(v + key[len(head):], list(gz.aliases[key]))


def _state_name_variants(gz: Gazetteer, variants: dict[str, list[str]]) -> None:
    """韩国印太战略 is 南韓印太戰略 in Hong Kong's and Taiwan's press, 美国-蒙古国-韩国关键矿物对话 has
    韩国 inside: a body's or document's name that holds a state's name in one usage anywhere is also
    listed with that state's name in the others (`state_name_variants` in the data), unless the
    variant already names something."""
    if not variants:
        return
    pattern = re.compile("|".join(sorted(map(re.escape, variants), key=len, reverse=True)))
    for key in list(gz.aliases):
        if key in variants or not pattern.search(key) or any(gz.entities[a.entity].kind in STATE_KINDS for a in gz.aliases[key]):
            continue
        for m in pattern.finditer(key):
            for v in variants[m.group(0)]:
                gz.aliases.setdefault(key[: m.start()] + v + key[m.end() :], list(gz.aliases[key]))


def _prune_member_prefixes(gz: Gazetteer) -> None:
    """美英澳三边安全联盟 / 美日印澳四方安全对话 list a grouping's members before its name: the linker
    gives the member states and the grouping's own name (as the gold guidelines annotate a run of
    abbreviations), unless the whole is the grouping's official name (澳英美三边安全伙伴关系)."""
    chars = set(gz.abbr)
    for key in list(gz.aliases):
        ents = {a.entity for a in gz.aliases[key]}
        k = 0
        while k < len(key) and key[k] in chars:
            k += 1
        if k < 2 or k == len(key):
            continue
        rest = key[k:]
        for eid in ents:
            e = gz.entities[eid]
            if e.kind == "grouping" and simplify(e.name_zh) != key and any(a.entity == eid for a in gz.aliases.get(rest, [])):
                gz.aliases[key] = [a for a in gz.aliases[key] if a.entity != eid]
        if not gz.aliases[key]:
            del gz.aliases[key]


# A meeting of a body is an event of that body, not another entity: 东盟峰会, 东盟防长会议,
# 二十国集团峰会, APEC领导人非正式会议 are mentions of 东盟 / 二十国集团 / APEC, as the gold
# guidelines annotate them (the meeting itself is left to event extraction).
_MEETING_TAIL = ("工商领导人峰会", "领导人非正式会议", "领导人峰会", "领导人会议", "领导人会晤", "首脑会议", "特别峰会", "峰会",
                 "外长会议", "外长会", "防长会议", "防长会", "部长会议", "部长级会议", "经贸部长会议", "财长会议", "系列会议",
                 "高官会", "共同体")


_BODY_KINDS = ("organisation", "grouping", "mechanism")


def _prune_meetings(gz: Gazetteer) -> None:
    def body(part: str) -> bool:  # a listed body, not a venue (戴维营峰会 is a summit's own name)
        al = gz.aliases.get(part) or []
        return bool(al) and all(gz.entities[a.entity].kind in _BODY_KINDS for a in al)

    for key in list(gz.aliases):
        if any(gz.entities[a.entity].kind in STATE_KINDS + ("person",) for a in gz.aliases[key]):
            continue
        tail = next((t for t in _MEETING_TAIL if key.endswith(t) and len(key) > len(t)), None)
        if tail is not None and body(key[: -len(tail)]):
            del gz.aliases[key]


# the generic tails of a pair's name (中国—东盟 + 自贸区)
PAIR_TAIL = re.compile(r"特别峰会|峰会|首脑会议|领导人会议|会议|对话|合作|自贸区|自由贸易区|自贸协定|自由贸易协定|命运共同体|"
                       r"全面战略伙伴关系|战略伙伴关系|伙伴关系|关系|合作机制|博览会")
_PAIR = re.compile(r"^(?P<a>[^—–\-]{1,8})[—–\-]{1,2}(?P<b>[^—–\-]{1,10}?)(?P<tail>" + PAIR_TAIL.pattern + r")?$")


def pair_name(gz: Gazetteer, key: str) -> bool:
    """美国—东盟峰会, 中国—东盟自贸区: two known sides joined by a dash, with a generic tail."""
    m = _PAIR.match(key)

    def side(p: str) -> bool:  # a state or a body; a city is no side (东京—大阪航线)
        return p in gz.abbr or any(gz.entities[a.entity].kind not in ("place", "company") for a in gz.aliases.get(p, []))

    return m is not None and side(m.group("a")) and side(m.group("b"))


def _prune_pairs(gz: Gazetteer) -> None:
    """美国—东盟峰会 names its two sides: the linker gives 美国 and 东盟 (and the meeting is an event),
    as the gold guidelines annotate it, rather than one opaque mechanism."""
    for key in list(gz.aliases):
        if not pair_name(gz, key):
            continue
        if _founder_prefix(gz, key):
            continue
        if any(gz.entities[a.entity].kind not in STATE_KINDS for a in gz.aliases[key]):
            gz.pair_titles[key] = [a for a in gz.aliases[key] if gz.entities[a.entity].kind not in STATE_KINDS]
            gz.aliases[key] = [a for a in gz.aliases[key] if gz.entities[a.entity].kind in STATE_KINDS]
            if not gz.aliases[key]:
                del gz.aliases[key]


def _founder_prefix(gz: Gazetteer, key: str) -> bool:
    """中国—联合国和平与发展基金: the side after the dash is already a name of the same entity, so the
    side before it is part of the official name (the founder), not a second party."""
    m = _PAIR.match(key)
    if m is None or m.group("tail"):
        return False
    whole = {a.entity for a in gz.aliases.get(key, [])}
    rest = {a.entity for a in gz.aliases.get(m.group("b"), [])}
    return bool(whole) and whole == rest and all(gz.entities[i].kind not in STATE_KINDS for i in whole)


def _state_aliases(gz: Gazetteer, e: Entity, rec: dict) -> None:
    for ch in rec.get("abbr") or []:
        gz.add_abbr(str(ch), e.id, bool(rec.get("abbr_ambiguous")))
    for ch in rec.get("abbr_context") or []:
        gz.abbr_context.setdefault(simplify(str(ch)), []).append(e.id)
    for f in rec.get("fang") or []:
        gz.add_alias(str(f), e.id, "fang", "government")
    for organ in rec.get("organs") or []:
        if isinstance(organ, dict) and organ.get("name"):
            how = "metonym" if organ.get("role") in ("capital", "seat", "executive_seat") else "organ"
            gz.add_alias(str(organ["name"]), e.id, how, organ.get("role"), bool(organ.get("ambiguous")))
    cap = rec.get("capital") or {}
    if isinstance(cap, dict) and cap.get("zh"):
        gz.add_alias(str(cap["zh"]), e.id, "metonym", "capital")
        e.capital_en = cap.get("en")


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded on first use and shared (read-only) afterwards."""
    return load()
