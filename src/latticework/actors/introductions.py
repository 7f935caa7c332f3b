"""Names introduced with a short form: 亚洲海上安全合作组织（以下简称“海安组织”）, 某某委员会（ABC）.

Chinese prose introduces a body or a document once by its full name with a short form in brackets
and then uses the short form. The bracket is a gloss, not a second mention (as the gold
guidelines treat （APEC） after 亚太经济合作组织); the later short forms are mentions of the same
entity. A full name the gazetteer lacks is discovered when it ends in an organisation or document
suffix; a bare Latin acronym in brackets introduces only such a name, or a known one whose
acronym the gazetteer does not list.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .discovery import generic_name
from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .resolve import Mention
from .mention import by_end, by_start, sort_spans, span_sorted

_OPEN, _CLOSE = "（(", "）)"
# （以下简称“海安组织”）, （简称东盟）, （下称《协定》）, （English name，简称ABC）
# also after a comma (亚洲海上执法合作论坛，简称“海执论坛”，…) and with 英文简称/缩写 (（英文简称PIFDC）)
# (the bracket or comma is one class of characters and the comma's condition is tested after it: a
# pattern opening with a class is scanned far faster than one opening with alternatives)
_SHORT = re.compile(
    r"[（(，,](?:(?<=[（(])|(?<=[，,])(?=\s*(?:以下|下文|下|后文)?(?:简称|简写|下称)))\s*(?:[A-Za-z][A-Za-z0-9 .,'&\-]{2,80}[，,;；]\s*)?"
    r"(?:以下|下文|下|后文)?(?:英文|英语)?(?:简称为|简称|简写为|缩写为|缩写|称为|称)\s*[：:]?\s*[“\"「『《]?"
    r"(?P<short>[^（）()“”\"「」『』《》，,。；;\s]{2,14})[”\"」』》]?\s*(?:[）)]|(?=[，,。；;]))"
)
# （ABC）, （A-BC）, （ABC+）, （English Name，ABC）: an acronym gloss
_ACRONYM = re.compile(r"[（(]\s*(?:[A-Za-z][A-Za-z0-9 .'&\-]{2,80}?[，,;；]\s*)?(?P<short>[A-Z][A-Za-z0-9&+\-]{1,9})\s*[）)]")
_CLOSERS = "”\"」』》"
# where a name can begin: after punctuation, or after these words (据新成立的X, 与X签署)
_BREAK = "，。、；：！？,.;:!?“”\"「」『』《》（）()\n "
# words that never stand inside a name: the name begins after the last of them (…倡议成立X（…）);
# conjunctions (与, 和, 及, 的) do stand inside names (关税与贸易总协定) and are trimmed only at the start
_CUT_WORDS = ("成立", "设立", "建立", "组建", "创建", "签署", "签订", "通过", "发布", "公布", "启动", "加入", "退出",
              "宣布", "提出", "推出", "召开", "举行", "主办", "承办", "参加", "参与", "出席", "发起", "倡议", "牵头",
              "据", "由", "被", "把", "将", "在", "是", "即", "包括", "其中", "以及", "还有", "根据", "依据", "按照")
_LEAD_WORDS = ("与", "和", "同", "及", "跟", "向", "对", "为", "经", "从", "的", "了",
               # adverbs and conjunctions that open a clause, never a name (…成员，并与太平洋共同体（SPC）)
               "并", "也", "亦", "还", "又", "且", "而", "再", "均")


class Introductions:
    """Finds introductions in a document and links the short forms used after them."""

    def __init__(self, gz: Gazetteer, suffix_kind: list[tuple[str, str]]):
        self.gz = gz
        self.suffix_kind = suffix_kind  # (suffix, kind), longest first

    def apply(self, text: str, mentions: list[Mention], block_of) -> list[Mention]:
        """`text` is the simplified document text; `block_of(pos)` the block index at a position."""
        found: list[tuple[int, int, Mention, str]] = []  # gloss span, entity mention, short form
        mentions = span_sorted(mentions)
        starts = [x.start for x in mentions]
        for rx in (_SHORT, _ACRONYM):
            for m in rx.finditer(text) if rx is _SHORT else _acronym_glosses(text):
                near = mentions[bisect.bisect_left(starts, m.start() - 80) : bisect.bisect_right(starts, m.start())]
                full = self._full(text, m.start(), near, latin=rx is _ACRONYM, short=m.group("short"))
                if full is None:
                    continue
                short = simplify(m.group("short"))
                if rx is _SHORT and not self._plausible_short(short, full):
                    continue
                if full.id.startswith("x:"):
                    full = self._named_by_gloss(full, short) if rx is _ACRONYM else full
                    if full.id.startswith("x:") and generic_name(full.text, self.suffix_kind):
                        continue  # 贸易协定（FTA）: a type, not a name
                if all(x is not full for x in near):
                    mentions, starts = _put_in(mentions, starts, full)
                found.append((m.start(), m.end(), full, short))
        if not found:
            return mentions
        glosses = sorted((s, e) for s, e, _, _ in found)
        # (only a mention starting inside a gloss can lie within one: those are looked at)
        starts = [x.start for x in mentions]
        inside = {i for s, e in glosses for i in range(bisect.bisect_left(starts, s), bisect.bisect_right(starts, e))}
        out = [x for i, x in enumerate(mentions) if i not in inside or not _within(glosses, x.start, x.end)]
        texts = {x.text for x in out}
        # the document's own acronym wins over the gazetteer's (ISA): every later use of it linked
        # elsewhere is dropped, all glosses' drops in one pass over the mentions (one pass per gloss
        # walked the whole document again and again)
        owned: dict[str, list[tuple[int, str]]] = {}
        for s, e, full, short in found:
            if short.isascii() and short in texts:
                owned.setdefault(short, []).append((e, full.id))
        if owned:
            out = [x for x in out if x.text not in owned or not any(x.start >= e and x.id != fid for e, fid in owned[x.text])]
        taken = list(zip(map(by_start, out), map(by_end, out)))  # (start, end) of each, built in C
        for s, e, full, short in found:
            for form in {short} | ({full.text} if full.id.startswith("x:") else set()):
                for k in _occurrences(text, simplify(form), e):
                    end = k + len(form)
                    if _overlaps(taken, k, end):
                        continue
                    if form.isascii() and not _latin_word(text, k, end):
                        continue
                    out.append(replace(full, start=k, end=end, text=text[k:end], block=block_of(k), refers_to=[]))
                    bisect.insort(taken, (k, end))
        sort_spans(out)
        return out

    def _full(self, text: str, pos: int, mentions: list[Mention], latin: bool, short: str) -> Mention | None:
        """The name right before the bracket at `pos`: a mention ending there, or a discovered one."""
        k = pos
        while k > 0 and text[k - 1] in _CLOSERS:
            k -= 1
        before = [x for x in mentions if x.end == k and x.kind not in ("person", "place") and x.how != "coreference"]
        if before and (self._names(before[-1].id, short) or not self._glued(text, before[-1].start, mentions)
                       or not generic_name(simplify(before[-1].text), self.suffix_kind)):
            x = before[-1]
            if x.kind in STATE_KINDS and x.how not in ("organ",):
                return None  # a state's own short form needs no introduction
            if latin and not x.id.startswith("x:"):
                e = self.gz.get(x.id)
                if e is not None and short in (e.latin + ([e.acronym] if e.acronym else [])):
                    return None  # the gazetteer already knows the acronym: a plain gloss
            return x
        if before:  # 南太平洋海事安全理事会（…）: a generic-looking known name (安全理事会) ends a longer one
            found = self._discover(text, k, [x for x in mentions if x is not before[-1]])
            return found if found is not None and found.start < before[-1].start else None
        if any(x.start < k <= x.end for x in mentions):
            return None
        return self._discover(text, k, mentions)

    def _names(self, entity: str, short: str) -> bool:
        """The short form is already a name of the entity (ARF of 东盟地区论坛)."""
        e = self.gz.get(entity)
        if e is None:
            return False
        return short in e.latin or short == e.acronym or any(a.entity == entity for a in self.gz.aliases.get(simplify(short), []))

    @staticmethod
    def _glued(text: str, s: int, mentions: list[Mention]) -> bool:
        """The name at `s` continues a run of characters before it (海事 + 安全理事会), rather than
        following punctuation, a function word or another name."""
        if s == 0 or text[s - 1] in _BREAK or text[s - 1] in _LEAD_WORDS:
            return False
        if any(text.endswith(w, 0, s) for w in _CUT_WORDS) or any(x.end == s for x in mentions):
            return False
        return "\u4e00" <= text[s - 1] <= "\u9fff"

    def _discover(self, text: str, k: int, mentions: list[Mention]) -> Mention | None:
        s = k
        while s > 0 and k - s < 24 and text[s - 1] not in _BREAK:
            s -= 1
        name = text[s:k]
        cut = max((name.rfind(w) + len(w) for w in _CUT_WORDS if 0 <= name.rfind(w) <= len(name) - len(w) - 4), default=0)
        name, s = name[cut:], s + cut
        while len(name) > 4 and name[0] in _LEAD_WORDS:  # 与亚洲某组织（…）
            name, s = name[1:], s + 1
        if (o := _ORDINAL.match(name)) is not None:  # 第十届太平洋岛国峰会（PALM10）: the meeting's number is no part of the name
            name, s = name[o.end() :], s + o.end()
        kind = next((kd for sfx, kd in self.suffix_kind if name.endswith(sfx) and len(name) > len(sfx) + 1), None)
        if kind is None or not 4 <= len(name) <= 24 or not all("\u4e00" <= c <= "\u9fff" or c in "—-·" for c in name):
            return None
        if any(x.start < k and s < x.end for x in mentions):
            return None  # a known name inside (韩国国际协力团): the linker's reading stands
        if name in self.gz.not_names:
            return None
        return Mention(s, k, name, f"x:{name}", kind, name, "", None, "discovered")

    def _named_by_gloss(self, full: Mention, acronym: str) -> Mention:
        """全面经济伙伴协议（AJCEP）: a discovered name glossed with an acronym the gazetteer knows is
        that entity (the text uses a variant of its Chinese name)."""
        ents = {a.entity for a in self.gz.aliases.get(acronym, []) if a.how == "latin"}
        e = self.gz.get(ents.pop()) if len(ents) == 1 else None
        if e is None or e.kind in STATE_KINDS or e.kind in ("person", "place"):
            return full
        if sum(c in e.name_zh for c in full.text) < 0.6 * len(full.text):
            return full  # 国际太阳能联盟（ISA） is not the seabed authority (国际海底管理局, ISA)
        return replace(full, id=e.id, kind=e.kind, name_zh=e.name_zh, name_en=e.name_en, how="gazetteer")

    def _plausible_short(self, short: str, full: Mention) -> bool:
        """The short form is made of the full name's characters (海安组织 of 亚洲海上安全合作组织) or is
        a known name of the same entity; a different known entity is not a short form of it."""
        if short.startswith(("本", "该", "此", "上述", "这", "双方", "各方", "缔约", "成员")):
            return False  # （以下简称“本协定”）: a deictic reference, not a name
        known = {a.entity for a in self.gz.aliases.get(short, [])}
        if known:
            return full.id in known
        return short.isascii() or sum(c in full.text or c in full.name_zh for c in short) >= max(2, len(short) - 1)


# the number of a session or meeting opening a run (第十届, 第3次)
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇两\d]+[届次]")

def _acronym_glosses(text: str) -> list[re.Match]:
    """`_ACRONYM.finditer(text)`, tried only at the brackets (every match opens with one and holds no
    other): a document has a few hundred brackets and a hundred thousand characters to scan."""
    out: list[re.Match] = []
    end = -1
    for k in sorted([k for ch in _OPEN for k in _positions(text, ch)]):
        if k >= end and (m := _ACRONYM.match(text, k)) is not None:
            out.append(m)
            end = m.end()
    return out


def _positions(text: str, ch: str):
    k = text.find(ch)
    while k != -1:
        yield k
        k = text.find(ch, k + 1)


def _within(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies inside a span of the sorted list."""
    i = bisect.bisect_right(spans, (s, 1 << 30))
    return any(a <= s and e <= b for a, b in spans[max(0, i - 3) : i])


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps a span of the sorted list (no span is longer than 200 characters)."""
    i = bisect.bisect_left(spans, (s - 200, 0))
    for a, b in spans[i : bisect.bisect_left(spans, (e, 0))]:
        if a < e and s < b:
            return True
    return False


def _occurrences(text: str, form: str, start: int):
    k = text.find(form, start)
    while k != -1:
        yield k
        k = text.find(form, k + len(form))


def _latin_word(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


_LONGEST_NAME = 200  # characters: no linked name is longer (titles stop at 90), so none starting further back reaches `full`


def _put_in(mentions: list[Mention], starts: list[int], full: Mention) -> tuple[list[Mention], list[int]]:
    """`mentions` (sorted by start, end) with those overlapping `full` removed and `full` put in its
    place: only the neighbourhood is rebuilt (re-sorting the whole list for every gloss was quadratic)."""
    lo = bisect.bisect_left(starts, full.start - _LONGEST_NAME)
    hi = bisect.bisect_left(starts, full.end)
    around = [x for x in mentions[lo:hi] if x.end <= full.start or x.start >= full.end]
    key = (full.start, full.end)
    k = bisect.bisect_right([(x.start, x.end) for x in around], key)
    middle = around[:k] + [full] + around[k:]
    return mentions[:lo] + middle + mentions[hi:], starts[:lo] + [x.start for x in middle] + starts[hi:]
