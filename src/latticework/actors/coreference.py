"""Coreference within a paragraph: 两国/双方/三国/该国/该组织/该行/其 and the actors they stand for.

两国/双方 take the last two distinct states (or bodies named as counterparts) before them, never the
clause's own subject when they are the object of its verb (中方向双方提出交涉), never a venue
(在新加坡举行); 三国 prefers the three states named together; a paragraph that opens with 两国
refers to the parties the paragraph before named. 该组织/该协定 take the nearest body or document,
该行/该委员会 the nearest body of that type, 其 the subject of its sentence; 前者/后者 and
这些国家 the states named together just before (groups.py).
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter, sub
from collections import Counter

from .antecedents import opening_parties, helped_one, opening_forward, modified_head, represented, membership_body, mechanism_antecedent, not_compared, own_side, party_bodies, typed_in_sentence, other_directed, named_members, reaction_pair
from .derived import (
    TypedReferences,
    causative_object,
    document_subject,
    no_glosses,
    not_own_predicate,
    state_event_time,
)
from .gazetteer import STATE_KINDS, Gazetteer, simplify
from .groups import groups_of, last_group_of, subject_group
from .mention import Mention, by_end, by_start
from .spans import last_of, sentence_stop

_ID = attrgetter("id")
_GLOSS = re.compile(r"[（(][^（）()]{1,20}[）)]")

# a verb whose object a 两国/三国/双方 right after it is: its subject is not among the referents
# (斡旋/调停/调解: a mediator is never one of the two it mediates between: 安华在布城斡旋两国停火; nor is
# the one who calls or summons them: 鲁比奥随即致电两国, 召见两国大使)
_COUNTERPART_VERB = re.compile(r"(?:批评|谴责|指责|抨击|呼吁|敦促|警告|要求|邀请|会见|访问|欢迎|支持|反对|制裁|威胁|感谢|祝贺|赞赏|斡旋|调停|调解|致电|致函|约见|召见)(?:了|也)?$")

# the content of a warning about two parties (特朗普警告，若两国不停火…; 警告称，如果双方继续交火…): the
# clause before names the one who warns
_WARNED_CONTENT = re.compile(r"(?:警告|告诫)(?:说|称|道)?([，,：:])[\s　]*(?:若|如果|如若|倘若|假如|一旦)[\s　]*$")

_DOC_KINDS = ("agreement", "law", "initiative")
# a force between a state and the craft it qualifies (澳洲海军直升机, 美国空军侦察机)
_FORCE_WORDS = ("海军", "空军", "陆军", "海警", "军方", "军")

# what may stand right before a bare 五国/六国 that refers back (支持六国, 向五国, 与六国): a verb's or a
# preposition's last character; a region or a name before it (中亚五国, 上海五国) makes another group
_BEFORE_BARE_COUNT = set("持向对与和及给在助援同为的由让使把将了等从于请见访赴促")


def _bare_count(text: str, i: int) -> bool:
    """五国/六国 at i is bare: not the tail of a group's name such as 中亚五国 or 上海五国."""
    return i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in _BEFORE_BARE_COUNT


# 在美国的推动下, 在东盟的主导下, 在X支持下: a party that backs or leads the act, not its venue
# a clause whose subject mediates (安华居中斡旋，两国同意停火): the mediator is no party of the 两国/双方
# that follows (the parties are the two it mediates between)
_MEDIATION_WORDS = ("斡旋", "调停", "调解", "居中协调", "主持")
# (lead17: a chair of the two sides' talks too, 谈判由马来西亚总理安瓦尔主持；双方…)
# (lead19: with the talks named after the verb, 安瓦尔主持会谈，双方同意停火)
_MEDIATING = re.compile(r"[^，。；,;]{0,8}?(?:居中斡旋|居中调停|居中协调|斡旋|调停|调解|主持)(?:了)?(?:会谈|谈判|会议|对话|磋商|和谈|协商)?")


def _mediator(text: str, end: int) -> bool:
    """The actor ending at `end` is the subject of a clause of mediation (安华居中斡旋，…)."""
    m = _MEDIATING.match(text, end)
    return m is not None and text[m.end() : m.end() + 1] in ("，", ",", "。", "；", "下", "")


_BACKED_BY = re.compile(r"(?:的)?(?:大力|积极)?(?:推动|主导|支持|斡旋|调解|倡议|协调|牵头|撮合|施压|要求|邀请|领导|带领)(?:和[^，。；]{1,6})?下")

_MODAL_BEFORE_GAI = frozenset("应本理活")  # 应该, 本该, 理该, 活该


def _starts_word(text: str, end: int, blocked: str | None) -> bool:
    """The character after a one-character type word makes a word with it (会议, 行动, 局势)."""
    nxt = text[end : end + 1]
    return bool(blocked and nxt and nxt in blocked)



_TIME_CLAUSE_END = re.compile(r"(?:之后|以后|以来|之前|期间|后|时|前)[，,]$")


# 其 right after a preposition and before a verb is that verb's object or beneficiary (呼吁美国向其提供援助,
# 敦促日本对其道歉): it cannot be the subject right before the preposition, so it is the sentence's subject;
# before a noun it is a possessor (美国向其盟友提供…) and may be that subject
_PREPOSITIONS = ("向", "对", "为", "给", "与", "同", "跟", "對", "為", "與")
_VERB_AFTER_QI = re.compile(r"(?:提供|出售|出口|转让|移交|交付|援助|施压|施加|道歉|赔偿|开放|派遣|实施|采取|发出|表示|提出|进行|给予|供应|"
                            r"給予|轉讓|施壓|開放|實施|採取|發出|進行|供應)")  # (the second line: traditional forms)

class Coreference:
    """Resolves the referring expressions of one block against the mentions before them."""

    def __init__(self, gz: Gazetteer, c: dict):
        self.gz = gz
        co = c.get("coreference") or {}
        self.coref: dict[str, tuple[str, int]] = {}
        self.locative = tuple(simplify(v) for v in c.get("locative_before") or [])
        self.visit = tuple(simplify(v) for v in co.get("visit_verbs") or [])
        self.former = {simplify(v) for v in co.get("former") or []}
        self.self_refs = {simplify(v) for v in c.get("self_reference") or {}}
        self.one_state = {simplify(v) for v in co.get("one_state") or []}
        self.speech = tuple(simplify(v) for v in co.get("speech_verbs") or [])
        self.region_groups = {simplify(k): [str(x) for x in v] for k, v in (co.get("region_groups") or {}).items()}
        for key, n, kind in (("two_states", 2, "state"), ("three_states", 3, "state"), ("four_states", 4, "state"),
                             ("five_states", 5, "state"), ("six_states", 6, "state"),
                             ("two_parties", 2, "party"), ("three_parties", 3, "party"), ("four_parties", 4, "party"),
                             ("one_state", 1, "state"), ("organisation", 1, "org"), ("mechanism", 1, "mech"), ("document", 1, "doc"),
                             ("possessive", 1, "any"), ("former", 0, "order"), ("latter", 1, "order"),
                             ("plural_states", 0, "plural"), ("all_parties", 0, "all")):
            for expr in co.get(key) or []:
                self.coref[simplify(expr)] = (kind, n)
        # 该协定, 该法案, 该清单…: the nearest document whose name ends in one of the type words listed
        self.doc_types: dict[str, tuple[str, ...]] = {}
        for expr, words in (co.get("document_types") or {}).items():
            self.coref[simplify(expr)] = ("doc", 1)
            self.doc_types[simplify(expr)] = tuple(simplify(w) for w in words or [])
        self.typed = TypedReferences(gz)  # 该行, 该委员会: the nearest body of that type
        self.blocked_next = {simplify(k): simplify(str(v)) for k, v in (co.get("typed_blocked_next") or {}).items()}
        for expr in self.typed.expressions():
            self.coref[expr] = ("typed", 1)
        self.qi_not = sorted((simplify(x) for x in co.get("possessive_not") or []), key=len, reverse=True)
        # the same words by where 其 stands in them and their length: one slice of the text per group
        self.qi_not_at: dict[tuple[int, int], set[str]] = {}
        for w in self.qi_not:
            self.qi_not_at.setdefault((w.index("其"), len(w)), set()).add(w)
        self.qi_despite = tuple(simplify(x) for x in co.get("possessive_despite") or [])
        self.qi_things = tuple(simplify(x) for x in co.get("possessive_thing_heads") or [])
        self.coref_re = re.compile("|".join(sorted(map(re.escape, self.coref), key=len, reverse=True))) if self.coref else None

    def find(self, text: str, block: int, offset: int, mentions: list[Mention],
                     context: list[Mention] = (), earlier: list[Mention] = ()) -> list[Mention]:  # type: ignore[assignment]
        if self.coref_re is None:
            return []
        out: list[Mention] = []
        earlier_blocks = list(earlier)  # (the name `earlier` is reused for this block's references below)
        mediation: bool | None = None  # whether the block mediates at all (looked up at its first 两国/双方)
        # the candidate antecedents of every reference, in order (`mentions` is sorted by start): the
        # block's names that are no standard of comparison; each reference takes those ending before it
        plain: list[Mention] | None = None
        plain_starts: list[int] = []
        own_all: list[Mention] | None = None
        starts: list[int] | None = None  # (of `mentions`, taken at the first reference word)
        longest = 0
        for m in self.coref_re.finditer(text):
            kind, n = self.coref[m.group(0)]
            pos = offset + m.start()
            if starts is None:
                starts = list(map(by_start, mentions))
                longest = max(map(sub, map(by_end, mentions), starts), default=0)  # (C-level passes)
            # inside a name (only one starting at most `longest` characters before can reach it)
            if any(pos < x.end for x in mentions[bisect.bisect_left(starts, pos - longest) : bisect.bisect_right(starts, pos)]):
                continue
            if m.group(0)[0] == "该" and text[m.start() - 1 : m.start()] in _MODAL_BEFORE_GAI:
                continue  # 应该会增加, 应该行动: the modal 应该, no reference
            if kind == "typed" and len(m.group(0)) == 2 and _starts_word(text, m.end(), self.blocked_next.get(m.group(0)[-1])):
                continue  # 该会议, 该行动, 该局势: 该 + a word, not 该会/该行/该局
            if plain is None:
                plain = not_compared(text, [x for x in mentions if x.how != "coreference"], offset)
                plain_starts = [x.start for x in plain]
            before = [x for x in plain[: bisect.bisect_right(plain_starts, pos)] if x.end <= pos]
            if kind in ("state", "party") and n >= 2:  # 本港/我国: the author's side is a party too
                if own_all is None:  # (the block's own-side names, found once; each reference takes those before it)
                    own_all = own_side([x for x in mentions if x.block == block], self.self_refs, text, offset)
                own_refs = [x for x in own_all if x.end <= pos]
                before = sorted(before + own_refs, key=by_start) if own_refs else before
            from_context = not before and kind in ("state", "party") and not out
            if from_context:
                before = [x for x in context if x.how != "coreference"]  # the parties of the paragraph before
            if n == 1 and kind == "state" and "互" in text[max(0, m.start() - 4) : m.start()]:
                continue  # 南韩与日本互将对方移出白名单: reciprocal, no one state
            if kind == "all":  # 四国寻求…。各方重申…: the parties the last 三国/四方 counted, said again
                sent = sentence_stop(text, m.start())
                prev_sent = sentence_stop(text, sent) if sent > 0 else -1
                last = next((o for o in reversed(out) if len(o.refers_to) >= 3 and o.start - offset > prev_sent), None)
                if last is None:
                    continue
                ids = list(last.refers_to)
                first = self.gz.entities.get(ids[0])
                kind_out = "state"
            elif kind in ("order", "plural"):
                if kind == "plural" and any(x.start == offset + m.end() and x.kind in STATE_KINDS for x in mentions):
                    continue  # 北约新成员芬兰: the noun stands in apposition to the name after it, no reference
                if kind == "plural" and "新成员" in m.group(0) and not _opens_clause(text, m.start()):
                    continue  # 迎来A、B四个新成员, 接纳新成员的程序: a noun of the clause; only a clause's subject refers back
                ids = self._group_reference(text, m.start(), offset, kind, n, before, out)
                if not ids:
                    continue
                first = self.gz.entities.get(ids[0])
                kind_out = "state"
            elif kind == "state" and n >= 3 and (region := self._region_group(text, m.start(), n)) is not None:
                ids = region  # 中国同中亚五国相继建交: the group's members
                first = self.gz.entities.get(ids[0])
                kind_out = "state"
            elif kind in ("state", "party"):
                if n > 1 and text[max(0, m.start() - 1) : m.start()] == "第":
                    continue  # 第三方 is "a third party"
                keys: list[str] = []
                # 中方向双方提出交涉: the counterparts of a clause's subject never include it
                # (and so do those of 中方批评三国…, 法国召回驻美、驻澳大使…: the object of the subject's verb)
                own = self._clause_subject(text, m.start(), offset, before) if (
                    text[max(0, m.start() - 1) : m.start()] in "向对同与和跟"
                    or _COUNTERPART_VERB.search(text, max(0, m.start() - 6), m.start())) else set()
                if n == 1 and kind == "state":
                    # 该国还与图瓦卢签署了安全协议: a party its own clause names after it is its co-argument, not it
                    own = own | _named_later_in_clause(text, m.end(), offset, mentions)
                if not own and (call := _WARNED_CONTENT.search(text, max(0, m.start() - 12), m.start())) is not None:
                    # 特朗普警告，若两国不停火…: the one who warns is no party of the two it warns
                    own = self._clause_subject(text, call.start(1), offset, before)
                if n == 1 and kind == "state" and _opens_clause(text, m.start()):
                    # 所罗门群岛宣布与台湾断交。同日，该国与中国建交: 该国 as a subject goes on with the subject
                    # before, not with the partner a 与 marked there
                    before = _unmarked_first(text, offset, before)
                seen_ids = Counter(map(_ID, before))  # (a C-level pass)
                salient = {i for i, k in seen_ids.items() if k >= 2}
                earlier = [o for o in (context if from_context else out) if o.how == "coreference" and len(o.refers_to) == n]
                chained: list[str] | None = earlier[-1].refers_to if earlier and not before else None
                for x in reversed(before):
                    if earlier and earlier[-1].start > x.end:
                        chained = earlier[-1].refers_to  # 三方……三方: the same parties again
                        break
                    if x.kind in STATE_KINDS and x.block == block and (
                            (self._locative(text, x.start - offset, x.end - offset) and not state_event_time(text, x.end - offset)
                             and not self._coordinated(text, x, before, offset))
                            or self._venue_city(text, x, before, offset)):
                        continue  # 在新加坡举行: the venue, not a party (在尼日尔政变后 is a time; 在日本和韩国媒体上 two)
                    if n == 1 and m.group(0) in self.one_state and text[x.start - offset : x.end - offset] in self.self_refs:
                        continue  # 帛琉总统感谢我方协助，并称该国…: the author's own country is never 该国
                    if n == 2 and mediation is None:
                        mediation = any(w in text for w in _MEDIATION_WORDS)
                    if n == 2 and mediation and x.block == block and x.end - offset < m.start() and _mediator(text, x.end - offset):
                        continue  # 马来西亚总理安华居中斡旋，两国同意停火: the mediator is no party
                    c = x.country if x.kind in STATE_KINDS or x.kind == "person" else None
                    if x.kind == "place" and x.block == block and self._visited(text, x.start - offset):
                        c = x.country  # 访问堪培拉期间，两国…: the host of a visit is a party
                    if c in own:
                        continue
                    if c is None and kind == "party" and x.kind == "organisation" and (
                            x.id in salient or self._coordinated(text, x, before, offset)):
                        c = x.id  # 日本与东盟……双方, 中欧……双方: a body named as a counterpart can be a party
                    if c is None and kind == "party" and x.kind == "person" and (e := self.gz.get(x.id)) is not None:
                        c = e.org_on(x.date)  # 王文涛与东布罗夫斯基斯会谈，双方…: a body's official stands for it
                    if c and c not in keys:
                        keys.append(c)
                    if len(keys) == n:
                        break
                # (n >= 3: a pair is as often named apart, A对B进行访问，两国…)
                group = last_group_of(text, offset, before, n, own) if n >= 3 and kind == "state" else None
                if n >= 3 and (kind == "state" or kind == "party" and len(keys) < n) and (
                        body := self._body_of(before, n, own)) is not None and (group is None or body[1] > group[1]):
                    # 中日韩领导人会议在首尔举行…三国: the members of the trilateral named last (三方 too,
                    # unless n parties were named after it)
                    group = body
                if n >= 5 and group is None and text[m.end() : m.end() + 1] not in "（(" and _bare_count(text, m.start()) and (
                        same := next((o for o in reversed(earlier_blocks) if o.how == "coreference" and simplify(o.text) == m.group(0)
                                      and len(o.refers_to) == n), None)) is not None:
                    group = (list(same.refers_to), -1)  # …六国。（a later paragraph）支持六国提出的项目: the six again
                elif n >= 5 and (group is None or text[m.end() : m.end() + 1] in "（(" or any(
                        x.end == pos and x.kind not in STATE_KINDS for x in before)):
                    # 五国, 六国 refer only to a group named together (流经A、B…和F六国), never to the last
                    # five named, nor when they count a body's members listed after them (东盟六国（文莱、…）)
                    continue
                listed = self._listed_after(text, m.end(), offset, n, mentions)
                if listed is not None:
                    ids = listed  # 海峡三国（印尼、马来西亚、新加坡）: the bracket names them
                elif group is not None and not (earlier and earlier[-1].start > group[1]):
                    ids = group[0]  # 美英澳宣布…，法国…，中方批评三国: the three named together, not the last three
                elif n >= 3 and earlier and (group is None or earlier[-1].start > group[1]) and not (set(earlier[-1].refers_to) & own):
                    ids = list(earlier[-1].refers_to)  # 美日菲三国…北京批评三国: the three again, not the last three named apart
                elif chained is not None and len(keys) < n:
                    ids = list(chained)
                elif len(keys) < n and earlier and len([c for c in earlier[-1].refers_to if c not in own]) == n:
                    ids = list(earlier[-1].refers_to)  # 两国领导人会后…。中方向双方…: the pair the paragraph refers to
                elif len(keys) < n and kind == "party" and len(filled := party_bodies(text, m.start(), offset, before, keys, n)) == n:
                    ids = list(reversed(filled))  # 东盟是本港第二大贸易伙伴，双方…: the body named with the one state
                elif len(keys) < n and n == 2 and (inside := named_members(self.gz, text, m.start(), offset, before, n)) is not None:
                    ids = inside  # 中美外交安全对话…，双方: the two states the mechanism's name opens with
                elif len(keys) < n and n == 2 and kind == "party" and len(keys) == 1 and (
                        mate := _previous_partner(context, keys[0])) is not None:
                    ids = [keys[0], mate]  # 金正恩同特朗普会晤。¶特朗普透露，…双方同意…: the pair of the paragraph before
                elif len(keys) < n and n >= 3 and kind == "state" and (
                        inside := opening_parties(self.gz, text, m.start(), offset, before, n)) is not None:
                    ids = inside  # 中方提出建设中日韩自贸区的设想，随后三国研究机构…: the three the name opens with
                elif len(keys) < n and kind == "state" and not from_context and not any(
                        x.block == block and x.country and (x.kind in STATE_KINDS or x.kind == "person") for x in before) and (
                        carried := _carried_parties(context, n)) is not None:
                    ids = carried  # 中日韩三国…。¶RCEP的开放水平有限，三国若要…: a paragraph naming only a text or a body
                elif len(keys) < n:
                    continue
                else:
                    ids = list(reversed(keys))
                    pair = self._speakers_pair(text, m.start(), offset, before) if n == 2 else None
                    if pair is not None:
                        ids = pair  # 俄罗斯与朝鲜签署条约…韩国…俄方则回应称两国合作…: Russia and its partner
                    if n == 2 and (reacted := reaction_pair(text, m.start(), offset, ids, before)) is not None:
                        ids = reacted  # 美国与日本签署协定，我国对此表示关切，认为两国…: not the one reacting
                    if earlier and set(ids) == set(earlier[-1].refers_to):
                        ids = list(earlier[-1].refers_to)  # 美日两国……驻日美军……两国: the same pair, in the same order
                ids = represented(self.gz, ids)  # 美国在台协会与台北经济文化代表处代表双方: the two sides
                first = self.gz.entities.get(ids[0])
                kind_out = "state"
            elif kind == "typed":
                org = self.typed.pick(m.group(0), no_glosses(text, before, offset)) or self.typed.pick(
                    m.group(0), [x for x in earlier_blocks if x.how != "coreference" and not x.text.isascii()])
                if org is None:
                    continue
                ids = [org.id]
                first = self.gz.entities.get(org.id)
                kind_out = org.kind
            elif kind == "mech":  # 该机制: a mechanism or grouping before a bank or agency, never a document
                org = mechanism_antecedent(no_glosses(text, before, offset), self.typed.ends)
                if org is None:
                    continue
                ids = [org.id]
                first = self.gz.entities.get(org.id)
                kind_out = org.kind
            elif kind in ("org", "doc"):
                wanted = _DOC_KINDS if kind == "doc" else None
                pool = no_glosses(text, before, offset)
                if (words := self.doc_types.get(m.group(0))) is not None:  # 该清单: a list, not the law before it
                    pool = [x for x in pool if x.kind in _DOC_KINDS and any(self.typed.ends(x, w) for w in words)]
                bodies = {x.id for x in pool if x.kind not in STATE_KINDS and x.kind not in _DOC_KINDS}
                org = next((x for x in reversed(pool) if x.kind not in STATE_KINDS and x.kind not in ("person", "place", "company")
                            and (wanted is None or x.kind in wanted)
                            and not (wanted is None and x.kind in _DOC_KINDS and _ancestors(self.gz, x.id) & bodies)), None)
                # (IPEF…签署《IPEF供应链协定》…该框架: the framework is the body, not its own agreement)
                if org is None:
                    continue
                ids = [org.id]
                first = self.gz.entities.get(org.id)
                kind_out = org.kind
            else:  # 其: the subject of its sentence, failing that the actor right before it
                if self._not_pronoun(text, m.start()):
                    continue
                stop = sentence_stop(text, m.start())
                ahead = None if any(x.start - offset > stop for x in before) else opening_forward(text, m.start(), offset, stop, mentions)
                near = ahead or self._qi_antecedent(text, m.start(), offset, before)
                if near is None or near.kind in STATE_KINDS:  # 两国只是其对话伙伴: the body, not the members
                    near = membership_body(text, m.start(), offset, before) or near
                if near is None:  # 与东盟相比，该组织…，但其…: the body its sentence already referred to
                    near = typed_in_sentence(text, m.start(), offset, out, before)
                near = not_own_predicate(text, m.start(), offset, near, before, out)
                near = other_directed(text, m.start(), offset, near, before)
                near = document_subject(text, m.end(), near)
                near = causative_object(text, m.start(), offset, near, before)
                near = helped_one(text, m.start(), offset, near, before)
                if near is None:
                    continue
                ids = [near.country or near.id]
                plural = next((o for o in reversed(out) if o.start - offset > sentence_stop(text, m.start())
                              and self.coref.get(o.text, ("",))[0] == "plural" and ids[0] in o.refers_to), None)
                if plural is not None:
                    ids = list(plural.refers_to)  # 这些国家最担心…迫使其选边: 其 is the group, not one member
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



    @staticmethod
    def _clause_subject(text: str, i: int, offset: int, before: list[Mention]) -> set[str]:
        """The states named in the clause before position i (its subject, in 中方已向双方…)."""
        start = last_of(text, "，。；,;：", i) + 1
        inside = [x for x in before if x.start - offset >= start]
        if inside and inside[0].country is None and inside[0].kind in ("organisation", "grouping", "mechanism"):
            return set()  # 西共体在尼日尔政变后对该国实施制裁: a body is the subject, not the state after it
        return {x.country for x in inside if x.country}

    def _not_pronoun(self, text: str, i: int) -> bool:
        """其 inside 其他, 尤其, 其后, 各行其道…: no pronoun at all."""
        if self.qi_despite and simplify(text[i : i + 4]).startswith(self.qi_despite):
            return False  # 维护其一己私利, 增强其实力: 其 + a word, not 其一 or 其实
        return any(simplify(text[max(0, i - k) : i - k + n]) in words for (k, n), words in self.qi_not_at.items())

    def _qi_antecedent(self, text: str, i: int, offset: int, before: list[Mention]) -> Mention | None:
        """The antecedent of the pronoun 其 at i (the caller has ruled out 其他, 尤其, 各行其道: `_not_pronoun`)."""
        pos = offset + i
        if text[max(0, i - 2) : i] == "以及" or text[i - 1 : i] in ("及", "和", "并", "暨"):
            # 美国及其盟友: 其 is what stands right before the conjunction; 南海及其周边: a region, no actor
            k = i - 2 if text[max(0, i - 2) : i] == "以及" else i - 1
            right = next((x for x in before if x.end - offset == k and x.kind != "place"), None)
            if right is not None:
                return right
            # 美国在芯片领域的遏压态势及其…: the possessor of the phrase before the conjunction, named in
            # its clause; no actor there (南海及其周边, 全球治理及其体系改革) leaves 其 unresolved
            clause = last_of(text, "，。；：、,;:！？", k) + 1
            owner = next((x for x in before if clause <= x.start - offset and x.end - offset < k
                          and x.kind != "place" and "的" in text[x.end - offset : k]), None)
            return owner
        stop = sentence_stop(text, i)
        in_sentence = [x for x in before if x.start - offset > stop and x.kind not in ("place",)]
        if in_sentence:
            x = modified_head(text, offset, in_sentence)
            if text[i - 1 : i] in "，,":  # …的同时，澳大利亚也推广…，其2017年白皮书: the last clause's subject
                prev = max(text.rfind(p, stop + 1, i - 1) for p in "，,")
                opening = [y for y in in_sentence if y.start - offset > prev]
                if prev > stop and opening and opening[0].kind in STATE_KINDS:
                    x = opening[0]
            # the first actor of the sentence is its subject unless a later one is right before 其
            last = in_sentence[-1]
            # (a bracketed gloss between does not count: 改组为金融稳定理事会（FSB），其秘书处)
            gap = _GLOSS.sub("", text[last.end - offset : i])
            if (pos - last.end <= 2 or len(gap) <= 1) and last is not x and not _TIME_CLAUSE_END.match(gap):
                if gap in _PREPOSITIONS and _VERB_AFTER_QI.match(text, i + 1):
                    return x  # 菲律宾呼吁美国向其提供援助: 其 as the object is not the subject just before it
                return last  # (美国国际开发署并入国务院后，其…: a time clause ends before 其, whose subject is the sentence's)
            if x.kind in STATE_KINDS and self._qualifies_thing(text, x.end - offset):
                return None  # 印尼外交…，其核心在于…: the subject is the diplomacy, no actor
            return x
        if stop >= 0 and stop == i - 1 and text[stop] == "。":
            # …美国试图把战略竞争强加给亚洲…。其根本目的是…: a sentence that opens with 其 continues
            # the last one, whose subject (its first state) it refers to
            prev = sentence_stop(text, stop)
            opening = [x for x in before if prev < x.start - offset < stop and x.kind in STATE_KINDS and x.how != "compound"]
            if opening:
                return opening[0]
        return next((x for x in reversed(before) if pos - x.end <= 12), None)

    def _region_group(self, text: str, i: int, n: int) -> list[str] | None:
        """The members of the fixed group a region and a count right before i name (中亚五国, 波罗的海三国),
        when the count is the group's size."""
        for region, members in self.region_groups.items():
            if len(members) == n and text.endswith(region, max(0, i - len(region)), i):
                return list(members)
        return None

    def _qualifies_thing(self, text: str, end: int) -> bool:
        """A state's name that qualifies a thing written right after it (印尼外交, 澳洲海军直升机: a
        force word may stand between), so that the thing, not the state, is its clause's subject."""
        k = end
        for force in _FORCE_WORDS:
            if text.startswith(force, k):
                k += len(force)
                break
        return bool(self.qi_things) and text.startswith(self.qi_things, k)

    def _group_reference(self, text: str, i: int, offset: int, kind: str, n: int, before: list[Mention],
                         out: list[Mention]) -> list[str]:
        """前者/后者 (n = 0/1): one of the two states just named together (印度和巴基斯坦…。前者…，后者…);
        这些国家/上述国家: all of a group named together in the paragraph."""
        if kind == "plural":
            return subject_group(text, offset, before, 0) or []
        sent = sentence_stop(text, i)
        # 前者…，后者…: 后者 takes the pair its 前者 took, not a pair named in between (前者与美日…)
        pivot = next((o.start - offset for o in reversed(out) if o.text in self.former and o.start - offset > sent), i)
        prev_sent = sentence_stop(text, sent) if sent > 0 else -1
        pairs = [g for g in groups_of(text, offset, [x for x in before if x.end - offset <= pivot])
                 if len(g[0]) == 2 and g[2] - offset > prev_sent]
        return [pairs[-1][0][n]] if pairs else []

    def _speakers_pair(self, text: str, i: int, offset: int, before: list[Mention]) -> list[str] | None:
        """两国/双方 in what a state says (俄方回应称两国…): the pair named together in the same sentence
        that includes the speaker, rather than the last two states named."""
        sent = sentence_stop(text, i) + 1
        said = [text.rfind(v, sent, i) for v in self.speech]
        k = max(said, default=-1)
        if k < 0:
            return None
        speaker = next((x for x in reversed(before) if sent <= x.start - offset < k and x.country
                        and x.kind in STATE_KINDS and x.how != "coreference"), None)
        if speaker is None:
            return None
        pairs = [g for g in groups_of(text, offset, before) if len(g[0]) == 2 and speaker.country in g[0]
                 and g[1] - offset >= sent and g[2] <= speaker.start]  # (a pair of an earlier sentence may be stale)
        return list(pairs[-1][0]) if pairs else None

    @staticmethod
    def _listed_after(text: str, end: int, offset: int, n: int, mentions: list[Mention]) -> list[str] | None:
        """The n states listed in brackets right after a count (海峡三国（印尼、马来西亚、新加坡）)."""
        if text[end : end + 1] not in "（(":
            return None
        close = min((k for k in (text.find("）", end), text.find(")", end)) if k != -1), default=-1)
        if close == -1 or close - end > 40:
            return None
        ids: list[str] = []
        for x in mentions:
            if end < x.start - offset < close and x.kind in STATE_KINDS and x.country and x.country not in ids:
                ids.append(x.country)
        return ids if len(ids) == n else None

    def _visited(self, text: str, pos: int) -> bool:
        return bool(self.visit) and text[max(0, pos - 3) : pos].endswith(self.visit)

    @staticmethod
    def _coordinated(text: str, x: Mention, before: list[Mention], offset: int) -> bool:
        """x is joined to the actor before it: 中欧 (adjacent abbreviations), 与/和/同/及/、 X."""
        if any(y.end == x.start or (y.start == x.end and y.kind in STATE_KINDS and y.country != x.country) for y in before):
            return True  # 中美 (either member of a compound; 日本广岛, 秘鲁利马 are a state and its city)
        joins = ("与", "和", "同", "及", "、", "跟")
        if text[max(0, x.start - offset - 1) : x.start - offset] in joins:
            return True
        # 东盟与美国……双方: the body is the first of the pair
        after = text[x.end - offset : x.end - offset + 1]
        return after in joins and any(y.start == x.end + 1 for y in before)

    def _body_of(self, before: list[Mention], n: int, own: set) -> tuple[list[str], int] | None:
        """(member states, end) of the last grouping or mechanism named before whose gazetteer
        members are exactly n states (中日韩合作, the Quad), or None."""
        for x in reversed(before):
            if x.kind not in ("grouping", "mechanism") or x.how == "coreference":
                continue
            e = self.gz.entities.get(x.id)
            ids = list(dict.fromkeys(m.get("id") or "" for m in (e.members if e is not None else [])))  # (a member that left and came back)
            if len(ids) == n and all(i.isupper() and len(i) == 3 for i in ids) and not set(ids) & own:
                return ids, x.end
        return None

    def _locative(self, text: str, pos: int, end: int | None = None) -> bool:
        """在新加坡举行: a venue; not 在美国的推动下 / 在东盟主导下, where the party leads or backs the act."""
        before = text[max(0, pos - 3) : pos].rstrip()
        if end is not None and _BACKED_BY.match(text, end):
            return False
        return before.endswith(self.locative)

    def _venue_city(self, text: str, x: Mention, before: list[Mention], offset: int) -> bool:
        """在秘鲁利马举行: the capital read as its state, right after the venue's state, is the venue too."""
        prev = next((y for y in before if y.end == x.start and y is not x and y.kind in STATE_KINDS), None)
        return prev is not None and prev.country == x.country and self._locative(text, prev.start - offset)


_CLAUSE_STOP = re.compile(r"[，。；,;！？!?]")


def _named_later_in_clause(text: str, end: int, offset: int, mentions: list[Mention]) -> set[str]:
    """The states (and persons' states) the clause of a 该国 ending at `end` names after it."""
    stop = _CLAUSE_STOP.search(text, end)
    k = stop.start() if stop else len(text)
    return {x.country for x in mentions if end <= x.start - offset < k and x.country and (x.kind in STATE_KINDS or x.kind == "person")}


# what may stand between a clause's start and a 该国 that is its subject: times and connectives
_SUBJECT_LEAD = re.compile(r"[\s　]*(?:(?:同日|当日|当天|同月|同年|次日|翌日|随后|其后|此后|同时|此外|另外|而|并|但|则|[\d〇零一二三四五六七八九十]+[年月日])[\s　]*)*$")


def _opens_clause(text: str, i: int) -> bool:
    """该国 at i stands first in its clause (after times and connectives only)."""
    k = last_of(text, "，。；,;！？!?\n", i)
    return _SUBJECT_LEAD.fullmatch(text, k + 1, i) is not None


def _unmarked_first(text: str, offset: int, before: list[Mention]) -> list[Mention]:
    """The candidates with the states marked as a partner (与/同/跟 right before them) moved out, when
    an unmarked state remains to be the antecedent. (A target marked by 对/向 stays: 美国对伊朗实施制裁。
    该国随即宣布报复 is Iran.)"""
    marked = [x for x in before if x.kind in STATE_KINDS and text[max(0, x.start - offset - 1) : x.start - offset] in ("与", "同", "跟")]
    if not marked or not any(x.kind in STATE_KINDS and x not in marked for x in before):
        return before
    return [x for x in before if x not in marked]


def _previous_partner(context: list[Mention], state: str) -> str | None:
    """The one other state the paragraph before named beside `state` (a pair), if exactly one."""
    named = {x.country for x in context if x.how not in ("coreference", "metonym") and x.country
             and x.kind in STATE_KINDS + ("person",)}  # (not a dateline's filing city: 中央社台北…電)
    if state not in named:
        return None
    others = named - {state}
    return others.pop() if len(others) == 1 else None


def _carried_parties(context: list[Mention], n: int) -> list[str] | None:
    """The n states a 两国/三国 refers to in a paragraph that names no state before it (only a
    document, a body or a venue: 三国合作秘书处在首尔启动，…三国政府): those the paragraph before
    counted last with the same number, failing that the n states it named, if exactly n."""
    counted = next((x for x in reversed(context) if x.how == "coreference" and len(x.refers_to) == n
                    and all(c.isupper() for c in x.refers_to)), None)
    if counted is not None:
        return list(counted.refers_to)
    named = list(dict.fromkeys(x.country for x in context if x.how not in ("coreference", "metonym") and x.country
                               and x.kind in STATE_KINDS + ("person",)))
    return named if len(named) == n else None


def _ancestors(gz: Gazetteer, entity: str) -> set[str]:
    """The bodies a document belongs to, through its `parent` chain (a pillar's agreement: IPEF)."""
    out: set[str] = set()
    e = gz.get(entity)
    while e is not None and e.parent and e.parent not in out and len(out) < 6:
        out.add(e.parent)
        e = gz.get(e.parent)
    return out
