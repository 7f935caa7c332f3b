"""Which antecedent a reference takes when several actors stand before it in the paragraph.

Rules of Chinese prose that hold across the genre, kept apart from the resolution loop of
`coreference.py`:

- the standard of a comparison is not what a later 该行/该组织/其 refers to (与亚洲开发银行相比，
  该行的贷款… is the bank the paragraph is about, not the one it is compared with);
- 其 before a word of membership (其成员, 其对话伙伴, 其最大股东) that would otherwise be the states of
  its sentence is the body they belong to (两国只是其对话伙伴, 英国和德国都是其主要股东); a body that
  is the subject keeps it (二十国集团接纳非盟…，其成员由此增至21个);
- 该机制 names a mechanism, a body or an arrangement (清迈倡议多边化), but not a bank or fund named
  after it (亚行为该机制提供秘书处服务) nor a text such as a declaration (…发表《三亚宣言》，该机制由此启动);
- 该组织 passes over a bank or fund (…开发银行: 该行, …基金: 该基金) for a body
  named as an organisation before it (上海合作组织……上合组织开发银行……该组织 is the SCO);
- 其 with no antecedent of its own after a 该组织/该机制 of its sentence is that body (与东盟相比，该组织
  的机制化程度较低，但其对话伙伴…);
- 其 right after a verb directed at another (尊重其, 欢迎其, 敦促其) is not the subject when the sentence
  named another actor after it (中国支持东盟…，并尊重其主导作用: ASEAN's);
- 其 in the clause of a verb that makes or helps another act (帮助X实现其…, 支持东盟发挥其…, 推动日本
  增强其…) is the one helped, named right after the verb; when that one is an unnamed group (湄公河国家,
  盟友, 东盟国家) 其 has no annotated antecedent;
- 其 in a sentence's opening adverbial, before any actor (随着其实力增强，东盟…, 由于其…，日本…), looks
  ahead to the subject of the main clause after the comma;
- 双方 counts the author's own side (本港, 我国) and, failing a second state, the body named with
  it in its sentence (东盟是本港第二大贸易伙伴，双方…);
- 两国/双方 in a reaction (X对此表示…两国/双方) are the pair named together before it, never the one
  reacting (美国与日本签署协定，我国对此表示关切，认为两国…: USA, JPN);
- 两国/双方 after a mechanism whose name opens with its members' abbreviations (中美外交安全对话…，双方)
  are those members, in the name's order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .mention import Mention
from .groups import last_group_of
from .matcher import cues
from .spans import last_of, sentence_stop

BODY_KINDS = ("organisation", "grouping", "mechanism")
DOC_KINDS = ("agreement", "law", "initiative")

# 与X相比 / 和X相较 / 同X比较: X is the standard of a comparison
_COMPARED_AFTER = ("相比", "相較", "相较", "比较", "比較", "比起来", "不同")
_COMPARED_BEFORE = "与和同跟較较與"

# 其 + (qualifier) + a word of membership: the body, not its members
_MEMBERSHIP = re.compile(
    r"其(?:最大|主要|第一大|第二大|首批|创始|創始|正式|重要|唯一|全部|所有|第[一二三四五六七八九十百\d]{1,4}[个個位]?)?"
    r"(?:成员国|成員國|成员|成員|会员国|會員國|会员|會員|对话伙伴|對話夥伴|观察员国|觀察員國|观察员|觀察員|伙伴国|夥伴國|股东|股東|(?P<party>缔约方|締約方|缔约国|締約國))"
)

# the type words that have a typed reference of their own (该行, 该基金…): 该组织 passes them over
# (not 委员会/理事会/秘书处: an organ named before 该组织 stands for its parent body, derived.py; not
# 中心 or 论坛 either: 日本加入CCDCOE，成为…加入该组织的亚洲国家 names the centre)
_OWN_TYPE_TAILS = ("银行", "基金", "基金会")
# documents that are texts, not arrangements: 该机制 never refers to them
_TEXT_TAILS = ("宣言", "声明", "公报", "宪章", "条约", "议定书", "协定", "协议", "法", "法案", "条例", "战略", "报告", "白皮书",
               "纲要", "大纲", "规划", "计划", "路线图", "议程", "决议")


def compared(text: str, x: Mention, offset: int) -> bool:
    """X in 与X相比 (and the like): the standard of a comparison, not the topic."""
    s, e = x.start - offset, x.end - offset
    return text[s - 1 : s] in _COMPARED_BEFORE and text.startswith(_COMPARED_AFTER, e) if s > 0 else False


def not_compared(text: str, before: list[Mention], offset: int) -> list[Mention]:
    """The candidates without the standards of comparison."""
    if not any(w in text for w in _COMPARED_AFTER):
        return list(before)  # (no word of comparison in the block: none is compared, the usual case)
    return [x for x in before if not compared(text, x, offset)]


def membership_body(text: str, i: int, offset: int, before: list[Mention]) -> Mention | None:
    """其成员/其对话伙伴/其最大股东 at position i: the nearest body before it in the block, or None
    when the words after 其 are no membership (the caller keeps its own antecedent then)."""
    m = _MEMBERSHIP.match(text, i)
    if m is None:
        return None
    kinds = BODY_KINDS + DOC_KINDS if m.group("party") else BODY_KINDS  # 成为其第十二个缔约方: a treaty has parties
    return next((x for x in reversed(before) if x.kind in kinds and not compared(text, x, offset)), None)


def represented(gz: Gazetteer, ids: list[str]) -> list[str]:
    """Parties that are all representative offices (AIT, TECRO, 日本台湾交流协会) stand for the states
    they represent: 双方 after the two offices that signed for them are the two sides."""
    offices = [gz.entities.get(i) for i in ids]
    ents = [e for e in offices if e is not None and e.represents]
    if len(ids) < 2 or len(ents) != len(offices):
        return ids
    states = list(dict.fromkeys(e.represents or "" for e in ents))
    return states if len(states) == len(ids) else ids


def modified_head(text: str, offset: int, in_sentence: list[Mention]) -> Mention:
    """The sentence's first actor, or the actor a clause about it modifies: in 总部位于韩国的绿色气候基金
    (or 美国主导的北约) the subject is the head after 的, not the state inside the modifier."""
    x = in_sentence[0]
    for y in in_sentence[1:3]:
        gap = text[x.end - offset : y.start - offset]
        if gap.endswith("的") and len(gap) <= 16 and not any(p in gap for p in "，。；：、,;:和与及"):
            return y
    return x


def mechanism_antecedent(before: list[Mention], ends: Callable[[Mention, str], bool]) -> Mention | None:
    """该机制: the nearest body or arrangement, passing over banks and funds when something else was
    named, and never a text (a declaration, a treaty, a law)."""
    pool = [x for x in before if x.kind in BODY_KINDS or (x.kind in DOC_KINDS and not simplify(x.text).endswith(_TEXT_TAILS))]
    ordered = organisation_first(pool, ends)
    return ordered[-1] if ordered else None


def organisation_first(candidates: list[Mention], ends: Callable[[Mention, str], bool]) -> list[Mention]:
    """该组织: the bodies whose names give another type (…银行, …基金) moved behind the others, so
    the nearest body named as such wins and a bank named after it is taken only when nothing else is."""
    plain = [x for x in candidates if x.kind not in BODY_KINDS or not any(ends(x, w) for w in _OWN_TYPE_TAILS)]
    typed = [x for x in candidates if x not in plain]
    return typed + plain  # read from the end: plain bodies first


def party_bodies(text: str, i: int, offset: int, before: list[Mention], keys: list[str], n: int) -> list[str]:
    """双方 with fewer than two parties found: bodies named in its sentence or the one before fill the
    count (东盟是本港第二大贸易伙伴，双方…), nearest first."""
    stop = sentence_stop(text, i)
    start = sentence_stop(text, stop) if stop > 0 else -1
    out = list(keys)
    for x in reversed(before):
        if len(out) == n:
            break
        if x.start - offset > start and x.kind in BODY_KINDS and x.id not in out:
            out.append(x.id)
    return out


def own_side(before_all: list[Mention], self_refs: set[str], text: str, offset: int) -> list[Mention]:
    """The author's own side (本港, 我国) named before: a party 双方/两国 may count."""
    return [x for x in before_all if x.how == "coreference" and text[x.start - offset : x.end - offset] in self_refs
            and x.kind in STATE_KINDS]


def typed_in_sentence(text: str, i: int, offset: int, refs: list[Mention], before: list[Mention]) -> Mention | None:
    """The body a reference by type (该组织, 该机制) of the same sentence stands for, as the antecedent
    of a later 其 that found none of its own."""
    stop = sentence_stop(text, i)
    last = next((r for r in reversed(refs) if stop < r.start - offset < i and r.kind in BODY_KINDS and r.refers_to), None)
    if last is None:
        return None
    return next((x for x in reversed(before) if x.id == last.refers_to[0]), None)


# verbs whose object is someone other than the one who acts: 尊重其, 敦促其, 欢迎其
_OTHER_DIRECTED = re.compile(r"(?:尊重|支持|欢迎|歡迎|赞赏|讚賞|肯定|重视|重視|理解|帮助|幫助|协助|協助|鼓励|鼓勵|敦促|要求|呼吁|呼籲|邀请|邀請|"
                             r"批评|批評|谴责|譴責|指责|指責|感谢|感謝|祝贺|祝賀)(?:了)?$")


def other_directed(text: str, i: int, offset: int, near: Mention | None, before: list[Mention]) -> Mention | None:
    """尊重其, 敦促其…: when the antecedent found is the subject that acts, the last other actor of the
    sentence before 其 is meant (中国支持东盟在地区合作中的中心地位，并尊重其主导作用); with no other actor
    named, 其 stays the subject's own (美国支持其盟友)."""
    if near is None or not _OTHER_DIRECTED.search(text, max(0, i - 4), i):
        return near
    stop = sentence_stop(text, i)
    key = near.country or near.id
    others = [x for x in before if stop < x.start - offset and x.end - offset <= i and x.kind != "place"
              and (x.country or x.id) != key and x.start > near.start]
    return others[-1] if others else near


def named_members(gz: Gazetteer, text: str, i: int, offset: int, before: list[Mention], n: int) -> list[str] | None:
    """两国/双方 whose parties are named only inside a mechanism's name (中美外交安全对话…双方, 美日安全磋商
    委员会…两国): the n states whose abbreviations open that name, when they are its members."""
    stop = sentence_stop(text, i)
    start = sentence_stop(text, stop) if stop > 0 else -1
    for x in reversed(before):
        if x.start - offset <= start:
            break
        e = gz.get(x.id)
        if e is None or x.kind not in BODY_KINDS:
            continue
        members = {m.get("id") for m in e.members}
        head = simplify(x.text)[:n]
        ids = [next((s for s in gz.abbr.get(c, []) if s in members), None) for c in head]
        if len(head) == n and all(ids) and len(set(ids)) == n:
            return ids  # type: ignore[return-value]
    return None


def opening_parties(gz: Gazetteer, text: str, i: int, offset: int, before: list[Mention], n: int) -> list[str] | None:
    """三国/四国 whose parties are named only at the head of a body's or a document's name in its
    sentence or the one before (中方提出建设中日韩自贸区的设想，随后三国…; 《中日韩投资协定》…三国): the n
    states whose one-character abbreviations open the name, exactly n, none ambiguous."""
    stop = sentence_stop(text, i)
    start = sentence_stop(text, stop) if stop > 0 else -1
    for x in reversed(before):
        if x.start - offset <= start:
            break
        if x.kind not in BODY_KINDS + ("agreement", "initiative") or x.how == "coreference":
            continue
        head = simplify(x.text)
        ids = [gz.abbr[c][0] if c in gz.abbr and c not in gz.abbr_ambiguous else None for c in head[: n + 1]]
        if len(ids) > n and all(ids[:n]) and len(set(ids[:n])) == n and ids[n] is None:
            return ids[:n]  # type: ignore[return-value]
    return None


_REACTION = ("对此", "就此")


def reaction_pair(text: str, i: int, offset: int, ids: list[str], before: list[Mention]) -> list[str] | None:
    """两国/双方 after X对此…: when the pair found includes X, the one that reacts, the two states
    named together before the reaction are meant instead (None: keep the pair found)."""
    stop = sentence_stop(text, i)
    k = max(text.rfind(w, stop + 1, i) for w in _REACTION)
    if k < 0:
        return None
    reactor = [x for x in before if x.country and stop < x.start - offset and 0 <= k - (x.end - offset) <= 6]
    if not reactor or reactor[-1].country not in ids:
        return None
    group = last_group_of(text, offset, [x for x in before if x.end - offset <= k], 2, {reactor[-1].country})
    return group[0] if group else None


def helped_one(text: str, i: int, offset: int, near: Mention | None, before: list[Mention]) -> Mention | None:
    """帮助湄公河国家实现其目标, 支持东盟发挥其作用: 其 after the helped one's own verb is the one helped,
    named right after the helping verb of its clause; an unnamed group there (湄公河国家) leaves 其 with
    no annotated antecedent. With no object named after the verb, `near` stands."""
    c = cues()
    helping = tuple(c.get("helping_verbs") or [])
    groups = tuple(c.get("group_nouns") or [])
    if near is None or not helping or text[i - 1 : i] in ("向", "对", "给", "對"):
        return near  # (韩国要求日本对其道歉: 其 after a preposition is the object of the one asked, not itself)
    clause = last_of(text, "，。；：,;:！？、", i) + 1
    plain = simplify(text[clause:i])
    v = max((plain.rfind(w) + len(w) for w in helping if plain.rfind(w) != -1 and 2 <= len(plain) - plain.rfind(w) - len(w) <= 14),
            default=-1)
    if v < 0:
        return near
    v += clause
    obj = next((x for x in before if x.start - offset == v and x.end - offset < i and x.kind != "place"), None)
    if obj is not None:
        if simplify(text[obj.end - offset : obj.end - offset + 2]).startswith(groups):
            return None  # 支持东盟国家提升其…: the member states, an unnamed group
        return obj
    return None if any(g in simplify(text[v : min(i, v + 8)]) for g in groups) else near


def opening_forward(text: str, i: int, offset: int, stop: int, mentions: list[Mention]) -> Mention | None:
    """随着其经济实力的加强，东盟…: 其 right after an opening word of its sentence (nothing named before
    it there) is the subject of the main clause, the actor that opens the clause after the next comma."""
    openers = tuple(cues().get("opening_adverbials") or [])
    if not openers or i - stop - 1 > 4 or not simplify(text[stop + 1 : i]).endswith(openers):
        return None
    comma = min((k for k in (text.find("，", i), text.find(",", i)) if k != -1), default=-1)
    if comma == -1 or comma - i > 30 or "。" in text[i:comma]:
        return None
    return next((x for x in mentions if comma < x.start - offset <= comma + 1 and x.kind != "place"
                 and x.how != "coreference"), None)
