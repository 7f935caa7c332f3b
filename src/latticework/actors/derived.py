"""Names derived from a body named just before: its organs and typed references to it.

Chinese IR prose names a body once and then derives forms from it: its organs by suffix
(东盟秘书处, 世衛秘書處, 论坛秘书处 after 太平洋岛国论坛（以下简称“论坛”）, 国际清算银行亚洲咨询委员会)
and references by type (该行 for the bank named before, 该委员会, 该论坛, 该基金, 该机构). The
gazetteer knows many organs with their `parent`; an organ it lacks is discovered when a formal
organ suffix follows the parent's name closely. A typed reference resolves to the nearest body
before it whose name ends in the type word, so 该行 skips a state or a forum named in between.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .antecedents import organisation_first
from .gazetteer import Gazetteer, simplify
from .matcher import cues
from .spans import last_of, sentence_stop
from .titled_state import person_titles
from .mention import by_end, by_start, sort_spans

if TYPE_CHECKING:
    from .resolve import Mention

BODY_KINDS = ("organisation", "grouping", "mechanism")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# head nouns that stand for a body named just before (论坛秘书处 after 太平洋岛国论坛)
_HEADS = ("论坛", "组织", "银行", "联盟", "委员会", "共同体")
_HEAD_LENGTHS = tuple(sorted({len(h) for h in _HEADS}))
_PAIR_DASH = re.compile("[—\\-–]")
# between a body and its organ: a gloss in brackets and/or a word of belonging
_GAP = re.compile(r"(?:[（(][^（）()]{1,16}[）)])?(?:辖下|下设的|下设|下属的|下属|旗下的|旗下|属下|的)?")
# a committee named by the resolution that set it up (安理会1540委员会, 安理会第1718号决议委员会)
_NUMBERED = re.compile(r"第?\s*\d{3,4}\s*(?:号决议)?\s*委员会")
# a UN resolution named by its number (安理会第1874号决议, 联大第2758号决议, 第2375号决议)
_RESOLUTION = re.compile(r"(?:(?:联合国)?(?:安理会|安全理事会|大会|联大|人权理事会))?第\s*\d{2,4}\s*号决议")


def numbered_resolutions(text: str, mentions: list[Mention], block_of: Callable[[int], int]) -> list[Mention]:
    """A resolution named by its number is a document (as the listed 联合国大会第2758号决议 is); the
    body named inside it is part of its name, not a mention of its own."""
    from .resolve import Mention as _M

    out = list(mentions)
    if "号决议" not in text:
        return out  # (what _RESOLUTION needs, tested first: its optional opening is slow to scan)
    for r in _RESOLUTION.finditer(text):
        s, e = r.span()
        if any(x.start <= s and e <= x.end for x in out):
            continue  # a listed resolution
        if any(x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in out):
            continue
        inside = [x for x in out if s <= x.start and x.end <= e]
        block = block_of(s)
        name = text[s:e]
        out = [x for x in out if x not in inside]
        out.append(_M(s, e, name, f"x:{name}", "agreement", name, "", None, "discovered", block=block))
    sort_spans(out)
    return out


class Subsidiaries:
    """A body's mention followed by the suffix of one of its organs is the organ."""

    def __init__(self, gz: Gazetteer):
        self.gz = gz
        c = cues().get("subsidiary_bodies") or {}
        self.direct = tuple(sorted((simplify(x) for x in c.get("direct") or []), key=len, reverse=True))
        self.after_words = tuple(sorted((simplify(x) for x in c.get("suffixes") or []), key=len, reverse=True))
        self.after_re = re.compile("|".join(map(re.escape, self.after_words))) if self.after_words else None
        self.not_inside = tuple(simplify(x) for x in c.get("not_inside") or [])
        # bodies whose organ may carry a short qualifier (二十国集团可持续金融工作组, 东盟防长扩大会议海上安全专家工作组)
        self.qualified_kinds = tuple(c.get("qualified_kinds") or ("organisation",))
        self.words_ok = tuple(simplify(x) for x in c.get("words_ok_inside") or [])
        self.joiners = tuple(simplify(x) for x in c.get("joiners_inside") or [])
        self.tails = self._tails()
        # the same by the tail's first character (the UN and ASEAN have eighty organs: a name is
        # looked up among those opening with the character after it), longest first as in `tails`
        self.tails_by_first: dict[str, dict[str, list[tuple[str, str]]]] = {}
        for parent, tails in self.tails.items():
            for tail, child in tails:
                self.tails_by_first.setdefault(parent, {}).setdefault(tail[0], []).append((tail, child))

    def _tails(self) -> dict[str, list[tuple[str, str]]]:
        """parent id -> (tail, child id), longest tail first: 世界卫生组织秘书处 gives who -> 秘书处."""
        out: dict[str, list[tuple[str, str]]] = {}
        for e in self.gz.entities.values():
            parent = self.gz.get(e.parent) if e.parent else None
            if parent is None or e.kind not in BODY_KINDS:
                continue
            heads = {simplify(n) for n in (parent.name_zh, *parent.names)}
            # only names that survive as aliases: a pruned meeting name (东盟防长会议) stays the body's
            for n in {simplify(x) for x in (e.name_zh, *e.names)}:
                if n not in self.gz.aliases:
                    continue
                for h in heads:
                    if n.startswith(h) and len(n) > len(h):
                        out.setdefault(parent.id, []).append((n[len(h):], e.id))
        for v in out.values():
            v.sort(key=lambda x: len(x[0]), reverse=True)
        return out

    def apply(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`text` is the simplified document text; mentions are sorted by start."""
        starts = set(map(by_start, mentions))
        # a body right after another name (中国东盟扶贫合作基金, 中国—东盟…) opens no organ of its own:
        # the pair names the whole thing (the ends before a dash, and at the text's end, as
        # `text[end : end + 1] in "—-–"` reads them, from the few dashes of the text)
        ends = set(map(by_end, mentions))
        dashes = {k for k in ends if k >= len(text)} | {k.start() for k in _PAIR_DASH.finditer(text)}
        ends |= {k + 1 for k in ends & dashes}
        out: list[Mention] = []
        for m in mentions:
            if out and m.start < out[-1].end:
                continue  # swallowed by the organ before it
            body = m.kind in BODY_KINDS and m.how != "coreference"
            d = self._organ(text, m, starts, ends) if body else None
            out.append(d or m)
            if d is None and body and (child := self._organ_after_gap(text, m, starts)) is not None:
                out.append(child)
        return out

    def head_organs(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """论坛秘书处, 组织秘书处 right after 太平洋岛国论坛 or 上合组织 was named: the body's head noun
        with one of its organs' tails is that organ (the body named last before it, within a few
        sentences, whose name ends in the head noun)."""
        out = list(mentions)
        bodies = [(m, names) for m in mentions if m.kind in BODY_KINDS and m.how != "coreference" and m.id in self.tails
                  for names in ({simplify(m.name_zh), simplify(m.text)},) if any(n.endswith(_HEADS) for n in names)]
        # (only a body whose name ends in some head noun is named by one: the rest are dropped once;
        # each body is put under every head its names end in, in one pass over them)
        by_head: dict[str, list[Mention]] = {}
        for m, names in bodies:
            ends = {n[-k:] for n in names for k in _HEAD_LENGTHS}
            for head in _HEADS:
                if head in ends:
                    by_head.setdefault(head, []).append(m)
        for head in _HEADS:
            named = by_head.get(head, [])
            if not named:
                continue
            named_starts = [b.start for b in named]
            in_order = all(a <= b for a, b in zip(named_starts, named_starts[1:]))
            k = text.find(head, named[0].end)
            while k != -1:
                e = k + len(head)
                # the last body named that ends within 300 characters before k (in text order, one
                # starting after k cannot, so those are not looked at)
                upto = bisect.bisect_right(named_starts, k) if in_order else len(named)
                last = next((b for b in reversed(named[:upto]) if b.end <= k and k - b.end <= 300), None)
                hit = next(((tail, child) for tail, child in self.tails[last.id]
                            if len(tail) >= 3 and text.startswith(tail, e) and not self._continues(text, e + len(tail))),
                           None) if last is not None else None
                if last is not None and hit is not None and not any(x.start < e + len(hit[0]) and k < x.end for x in out):
                    c = self.gz.entities[hit[1]]
                    out.append(replace(last, start=k, end=e + len(hit[0]), text=text[k : e + len(hit[0])], id=c.id,
                                       kind=c.kind, name_zh=c.name_zh, name_en=c.name_en, how="gazetteer", refers_to=[]))
                k = text.find(head, e)
        sort_spans(out)
        return out

    def _organ_after_gap(self, text: str, m: Mention, starts: set[int]) -> Mention | None:
        """经济合作与发展组织（OECD）辖下钢铁委员会, 世卫组织的秘书处: a known organ named after its body,
        past a gloss or 辖下/下设/的; the organ's own words are the mention, the body stays one too."""
        gap = _GAP.match(text, m.end)
        if gap is None or gap.end() == m.end:
            return None
        k = gap.end()
        for tail, child in self.tails_by_first.get(m.id, {}).get(text[k : k + 1], ()):
            if text.startswith(tail, k) and len(tail) >= 3 and not self._continues(text, k + len(tail)) \
                    and not any(s in starts for s in range(k + 1, k + len(tail))):
                e = self.gz.entities[child]
                return replace(m, start=k, end=k + len(tail), text=tail, id=e.id, kind=e.kind, name_zh=e.name_zh,
                               name_en=e.name_en, how="gazetteer", refers_to=[])
        return None

    def _organ(self, text: str, m: Mention, starts: set[int], ends: set[int]) -> Mention | None:
        after = text[m.end : m.end + 16]
        for tail, child in self.tails_by_first.get(m.id, {}).get(after[:1], ()):
            if after.startswith(tail) and not self._continues(text, m.end + len(tail)):
                e = self.gz.entities[child]
                return replace(m, end=m.end + len(tail), text=text[m.start : m.end + len(tail)], id=e.id, kind=e.kind,
                               name_zh=e.name_zh, name_en=e.name_en, how="gazetteer", refers_to=[])
        if m.kind in BODY_KINDS and m.end not in starts and (num := _NUMBERED.match(after)) is not None:
            return self._discovered(text, m, m.end + num.end())  # 安理会1540委员会: a committee named by its resolution
        run = _HAN.match(after)
        if run is None or m.end in starts or m.kind not in BODY_KINDS or m.start in ends:
            return None
        word = run.group(0)
        for sfx in self.direct if word.startswith(self.direct) else ():  # 世衛秘書處, 海执论坛秘书处: no record of the secretariat
            if word.startswith(sfx) and not self._continues(text, m.end + len(sfx)):
                return self._discovered(text, m, m.end + len(sfx))
        if m.id.startswith("x:") or m.kind not in self.qualified_kinds:
            return None
        if self.after_re is None or self.after_re.search(word, 2) is None:
            return None  # (no organ word in the run after its first two characters: the usual case)
        for sfx in self.after_words:  # 国际结算银行亚洲咨询委员会: a short qualifier, then the organ word
            k = word.find(sfx, 2)
            if not 2 <= k <= 8:
                continue
            qualifier = word[:k]
            for w in self.words_ok:  # 可持续 has the modal 可 inside, but no clause
                qualifier = qualifier.replace(w, "·")
            if any(p in starts for p in range(m.end + 1, m.end + k)):  # (a few positions, not every start)
                continue  # another name inside (世卫组织和联合国儿童基金会): a list, not an organ
            for w in self.joiners:  # 法律和技术委员会: two nouns joined inside the organ's name
                qualifier = qualifier[:2] + qualifier[2:].replace(w, "·")
            if not any(w in qualifier for w in self.not_inside) and not self._continues(text, m.end + k + len(sfx)):
                return self._discovered(text, m, m.end + k + len(sfx))
        return None

    def _continues(self, text: str, end: int) -> bool:
        """The organ word opens a longer word (秘书处长, 委员会议): no organ name ends here."""
        return text[end : end + 1] in ("长", "议", "员")

    @staticmethod
    def _discovered(text: str, m: Mention, end: int) -> Mention:
        name = text[m.start : end]
        return replace(m, end=end, text=name, id=f"x:{name}", kind="organisation", name_zh=name, name_en="",
                       country=None, how="discovered", refers_to=[])


# the type words of a body's organs (not of a body in its own right)
_ORGAN_WORDS = ("委员会", "理事会", "执委会", "秘书处", "部长会议")


_NOT_AGENCIES = ("government", "executive_seat", "seat", "capital", "military", "navy", "legislature")


def _agency(x: Mention) -> bool:
    """美国国际开发署……该机构: a state's agency named as an organ is an institution too."""
    return x.how == "organ" and (x.role or "") not in _NOT_AGENCIES


class TypedReferences:
    """该行, 该委员会, 该论坛…: the nearest body before the expression whose name ends in its type
    word; 该组织 and 该机构 take any body but never a document."""

    def __init__(self, gz: Gazetteer):
        self.gz = gz
        table = (cues().get("coreference") or {}).get("typed_bodies") or {}
        self.types: dict[str, tuple[str, ...]] = {simplify(k): tuple(simplify(x) for x in v or []) for k, v in table.items()}

    def expressions(self) -> list[str]:
        return list(self.types)

    def pick(self, expr: str, before: list[Mention]) -> Mention | None:
        words = self.types.get(expr)
        if words is None:
            return None
        kinds = tuple(w[5:] for w in words if w.startswith("kind:"))
        words = tuple(w for w in words if not w.startswith("kind:"))
        found = self._pick(words, before)
        if found is None and kinds:  # 金砖国家……该集团: failing a name of the type, a body of the kind
            found = next((x for x in reversed(before) if x.kind in kinds or ("organisation" in kinds and _agency(x))), None)
        return found

    def _pick(self, words: tuple[str, ...], before: list[Mention]) -> Mention | None:
        for x in reversed(organisation_first(before, self._ends) if not words else before):
            if x.kind in BODY_KINDS and (not words or any(self._ends(x, w) for w in words)):
                return self._body_of_organ(x) if not words else x
            if x.kind in BODY_KINDS and words and (body := self._parent_named(x, words)) is not None:
                return body  # 国际原子能机构理事会……该机构总干事: the body whose organ was named
            if x.how == "organ" and words and any(simplify(x.text).endswith(w) for w in words):
                return x  # 日本国际协力机构……该机构: a state's agency, which is an organ of that state
        return None

    def _parent_named(self, x: Mention, words: tuple[str, ...]) -> Mention | None:
        """The body an organ belongs to, when the reference's type word ends the body's name."""
        e = self.gz.get(x.id)
        parent = self.gz.get(e.parent) if e is not None and e.parent else None
        if parent is None or parent.kind not in BODY_KINDS:
            return None
        names = {simplify(n) for n in (parent.name_zh, *parent.names)}
        if not any(n.endswith(w) for n in names for w in words):
            return None
        return replace(x, id=parent.id, kind=parent.kind, name_zh=parent.name_zh, name_en=parent.name_en)

    def _body_of_organ(self, x: Mention) -> Mention:
        """西共体执委会主席……该组织成立近50年: a council or commission of a body is not what 该组织
        names; the body it belongs to is (the gazetteer's `parent`)."""
        e = self.gz.get(x.id)
        parent = self.gz.get(e.parent) if e is not None and e.parent else None
        if e is None or parent is None or parent.kind not in BODY_KINDS or not simplify(e.name_zh).endswith(_ORGAN_WORDS):
            return x
        return replace(x, id=parent.id, kind=parent.kind, name_zh=parent.name_zh, name_en=parent.name_en)

    def ends(self, x: Mention, word: str) -> bool:
        """Whether one of the names of x's entity (or its text) ends in `word`."""
        return self._ends(x, word)

    def _ends(self, x: Mention, word: str) -> bool:
        names = {simplify(x.text), simplify(x.name_zh)}
        e = self.gz.get(x.id)
        if e is not None:
            # (an entity's names simplified once, not at every reference that asks: the gazetteer
            # keeps them with its other derived indexes and drops them when an entity is added)
            known: dict[str, frozenset[str]] = self.gz.derived("simplified_names", dict)
            if (simple := known.get(e.id)) is None:
                simple = known[e.id] = frozenset(simplify(n) for n in e.names)
            names |= simple
        return any(n.endswith(word) for n in names)


_SHORT_GLOSS = re.compile(r"[（(][^（）()]{0,16}(?:简称|下称|简写|缩写)[为：:\s“「『《]*$")


def no_glosses(text: str, mentions: list[Mention], offset: int) -> list[Mention]:
    """Mentions without the Latin glosses in brackets (全球合作暨訓練架構（GCTF）): an antecedent is
    the name, never its acronym (which may belong to another entity in the gazetteer)."""
    named = {y.end - offset for y in mentions if not y.text.isascii()}

    def gloss(x: Mention) -> bool:
        if _SHORT_GLOSS.search(text, max(0, x.start - offset - 24), x.start - offset):
            return True  # （以下简称“水资源论坛”）: the short form being introduced, not an antecedent
        k = x.start - offset - 1
        if not x.text.isascii() or k < 0 or text[k] not in "（(":
            return False
        while k > 0 and text[k - 1] in "”」』》\"":
            k -= 1
        return k in named

    return [x for x in mentions if not gloss(x)]


def at_seat(text: str, s: int, seat_words: tuple[str, ...]) -> bool:
    """The name at `s` is where a body sits (秘书处设在斐济首都苏瓦, 总部位于努美阿) or part of a
    mission's name (驻霍尼亚拉大使馆), not where something happens."""
    if text[s - 1 : s] == "驻" and re.match(r"[^，。；]{0,4}?(?:大使馆|使馆|总领事馆|领事馆|代表处|办事处)", text[s : s + 12]):
        return True
    before = re.split(r"[，。；：,;:！？]", text[max(0, s - 14) : s])[-1]
    return any(w in before for w in seat_words) and not any(w in before for w in ("举行", "召开", "举办"))


_COPULA_BEFORE_QI = re.compile(r"(?:(?<![作视列定称认成])为|是|成为)$")


def not_own_predicate(text: str, i: int, offset: int, near: Mention | None, before: list[Mention],
                      corefs: list[Mention]) -> Mention | None:
    """该行至今仍为其秘书处, 东帝汶成为其第11个成员: after a copula, 其 is not the clause's own subject
    (a body is not its own secretariat), so the sentence's other actor before it is meant."""
    if near is None or not _COPULA_BEFORE_QI.search(text[max(0, i - 3) : i]):
        return near
    clause = last_of(text, "，。；：,;:！？", i) + 1
    if any(w in text[clause:i] for w in ("将", "把", "以")):
        return near  # 将东南亚作为其布局的一环: 其 is the subject that does the placing
    subject = {x.country or x.id for x in before if x.start - offset >= clause}
    subject |= {r for x in corefs if x.start - offset >= clause for r in (x.refers_to or [x.id])}
    if (near.country or near.id) not in subject:
        return near
    stop = sentence_stop(text, i)
    others = [x for x in before if stop < x.start - offset < clause and (x.country or x.id) not in subject
              and x.kind != "place"]
    return others[-1] if others else near


def state_event_time(text: str, end: int) -> bool:
    """在尼日尔政变后, 在乌克兰危机爆发以来: a state after 在 followed by an event of its own and
    后/以来/期间 dates a clause; it is no venue, so it stays a candidate antecedent (…对该国实施制裁)."""
    rx = _state_event_times()
    return rx is not None and rx.match(simplify(text[end : end + 12])) is not None


@functools.cache
def _state_event_times() -> re.Pattern | None:
    """`state_event_time` of the cues as one pattern, compiled once (not at every candidate)."""
    c = cues().get("state_event_time") or {}
    events = "|".join(re.escape(simplify(w)) for w in c.get("events") or [])
    tails = "|".join(re.escape(simplify(w)) for w in c.get("tails") or [])
    if not events or not tails:
        return None
    return re.compile(f"(?:发生|發生)?(?:{events})(?:爆发|爆發|发生|發生)?(?:{tails})")


_DOC_KINDS = ("agreement", "law", "initiative")


def document_subject(text: str, end: int, near: Mention | None) -> Mention | None:
    """…通过宪章，其于2024年5月生效: what takes effect or expires is a document; when the actor
    before 其 is none, 其 refers to an unnamed text (宪章, 协定) and is no mention."""
    if near is None or near.kind in _DOC_KINDS:
        return near
    predicates = _document_predicates()
    clause = re.split(r"[，。；,;！？]", simplify(text[end : end + 20]), maxsplit=1)[0]
    if predicates is not None and predicates.search(clause):
        return None
    return near


@functools.cache
def _document_predicates() -> re.Pattern | None:
    """`document_predicates` of the cues as one pattern, compiled once (not at every 其)."""
    words = "|".join(re.escape(simplify(w)) for w in (cues().get("document_predicates") or []))
    return re.compile(f"(?:{words})") if words else None


def causative_object(text: str, i: int, offset: int, near: Mention | None, before: list[Mention]) -> Mention | None:
    """二十国集团接纳非盟为正式成员，使其成为…: after 使/令/让/促使/迫使, 其 is the one made to act,
    the last actor named before it in the sentence, not the sentence's subject."""
    words = tuple(simplify(w) for w in (cues().get("causatives") or []))
    if near is None or not words or not simplify(text[max(0, i - 2) : i]).endswith(words):
        return near
    stop = sentence_stop(text, i)
    named = [x for x in before if x.start - offset > stop and x.kind != "place"]
    # 中美对抗迫使其选边: an actor in the causative's own clause is the causer, not the one made to act
    clause = last_of(text, "，。！？；：,!?;:", i)
    outside = [x for x in named if x.end - offset <= clause]
    if named and named[-1].end - offset > clause:
        return outside[-1] if outside else near if near is not None and near.end - offset <= clause else None
    return named[-1] if named else near


def own_acronym(gz: Gazetteer | None, entity: str, latin: str) -> bool:
    """拉美开发银行（CAF）: the bracketed acronym is the name's own even if another body shares it."""
    e = gz.get(entity) if gz is not None else None
    return e is not None and (latin in e.latin or latin == e.acronym)


def by_title(candidates: list, gz: Gazetteer, before: str) -> list:
    """世贸组织总干事拉米 is Pascal Lamy, 英国外交大臣拉米 David Lammy: among persons sharing a form,
    the one whose office is the title written right before the name is meant (dates in a block
    are too loose to choose by tenure)."""
    people = [a for a in candidates if gz.entities[a.entity].kind == "person"]
    if len(people) < 2 or len(people) != len(candidates):
        return candidates
    before = simplify(before)
    title = next((t for t in person_titles(gz) if before.endswith(t)), None)  # (longest first)
    if title is None:
        return candidates
    held = [a for a in people if any(r.title_zh and simplify(r.title_zh).endswith(title) for r in gz.entities[a.entity].roles)]
    return held if len(held) == 1 else candidates
