"""What an event is about: the ALIGN label, the object joined, left, founded, signed or issued.

The object is the first organisation or document named after the trigger in its clause, else a
title in 《》, a quoted name (发起“…伙伴关系”), a bare body name (成立…工作组) or, for a founding
told passively (该倡议由…提出), the body named before the verb. Membership acts get their body as
recipient; the founded body is never its own founder. An anniversary (建交30周年) dates the
founding years before; an idea put forward (提出…的设想) is proposed and dated by nothing.
Returns None when the object shows the trigger tells no event.
"""

from __future__ import annotations

from ..actors.gazetteer import simplify

import re

from ..actors.gazetteer import Gazetteer
from .attributes import _DOC_KINDS, _ORG_KINDS, _int_zh, _label_after, _label_before
from .founded_subjects import _CLAUSE_ENDS, _founded_before
from .join_body import listed_documents
from .lexicon import Lexicon
from .model import Event, Participant
from .roles import _TITLE, _object_at, _participants
from .site import Site
from .trigger_types import _RELATIONS_LABEL, TIES_BREAKING

_QUOTED = re.compile(r"^[了\s]{0,2}[^，。；“”《》「」]{0,12}?[“「]([^“”「」]{2,40})[”」]")  # 「」: traditional-script quotes
_BARE_BODY = re.compile(r"\s*了?\s*(?:一个|一项|新的|一个新的)?\s*([\u4e00-\u9fff\-—·]{2,20}?(?:工作组|小组|机制|论坛|基金|走廊|中心|委员会|秘书处|平台|网络|伙伴关系|倡议|框架|联盟|集团|对话))")
# a document named by what it is about, 发表关于进一步深化…伙伴关系的联合声明: its noun comes after the 关于-phrase
# (共同签署和发表关于…的联合声明: two verbs of one document, each reaching it)
_ABOUT_AFTER = re.compile(r"\s*(?:了)?\s*(?:(?:和|并|及|与)\s*(?:发表|签署|通过|发布)\s*(?:了)?)?\s*(?:一份|一项|两份)?\s*关于")
_DOC_NOUN = re.compile(r"联合声明|共同声明|联合新闻声明|联合愿景声明|联合公报|联合宣言|宣言|公报|声明|谅解备忘录|备忘录|协定|协议|共识")
# the words naming a document right after the verb, up to its kind (关键矿物谅解备忘录); a count or
# 了 before them is no part of the name (but 瞭解備忘錄, Taiwan usage for 谅解备忘录, simplifies to
# 了解备忘录), and a list (、，) or a second verb ends the search
_DOC_KINDS_ZH = _DOC_NOUN.pattern + "|路线图|行动计划"  # (the kinds of document, and plans signed as one)
_NAMED_DOC = re.compile(r"\s*(?:了(?!解备忘录)|过)?\s*(?:一份|一项|两项|多项|数项|若干|一系列|系列|[\d一二两三四五六七八九十]+(?:份|项|个))?\s*"
                        r"(?P<name>[^，。；、：:\s“”《》「」和并及与同][^，。；、：:“”《》「」并]{0,15}?"
                        rf"(?:{_DOC_KINDS_ZH}))")
# words that show the phrase is no name: a pointer back (该协定, 此类协议), a verb of another act
_NO_NAME = re.compile(r"^(?:该|此|这|上述|相关|有关|其|实施|落实|执行)|签署|签订|达成|发表|宣布|通过|批准|就|已|将")


def _document_named(text: str, raw: str, t1: int, clause_end: int) -> str | None:
    """The untitled document an agreement names right after its verb, from its distinctive words
    to its kind (签署了首份防务合作谅解备忘录); a 的-phrase before the name is a description, not
    part of it (长达25年的自由贸易协定 -> 自由贸易协定). None when no name stands there."""
    k = _NAMED_DOC.match(text, t1, clause_end)
    if k is None:
        return None
    a, b = k.start("name"), k.end("name")
    if (d := text.rfind("的", a, b)) != -1:
        a = d + 1
    if _NO_NAME.search(text[a:b]):
        return None
    return raw[a:b]


# a verb of issuing or signing, then a title (or a quoted name) ending right where a kind noun starts
_KIND_OF_TITLE = re.compile(r"(?:发表|发布|签署|签订|通过|达成|共同发表|联合发表)了?\s*(?:题为)?\s*(?:《[^《》]{1,40}》|“[^“”]{1,40}”|「[^「」]{1,40}」)\s*$")
_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:中心|机制|论坛|基金|工作组|小组|秘书处|委员会|办事处|代表处|平台|网络|走廊)")
_PROPOSAL_AFTER = re.compile(r"[^。；]*?的(?:设想|构想|提议|想法|主张)")
_ANNIVERSARY = re.compile(r"\s*(?P<n>\d{1,3}|[一二两三四五六七八九十百]+)\s*周年")
# (纪念宣布建立AUKUS两周年: a Latin name or a title may run into the number)
_ANNIVERSARY_AFTER = re.compile(r"^[^，。；]{0,24}?(?:[”\s]|关系|(?<=[A-Za-z》]))\s*(?P<n>\d{1,3}|[一二两三四五六七八九十百]+)\s*周年")
_MEMBERSHIP_NEAR = re.compile(r"(?:的)?(?:正式)?(?:成员国|成员|缔约国|观察员国|伙伴国|对话伙伴)|[，,]|$")
_NOTIFY = re.compile(r"(?:通知|告知|照会|致函)$")


def set_object(site: Site, ev: Event, lex: Lexicon, gz: Gazetteer) -> Event | None:
    """Fill `label` and `object` (and the membership act's body among the recipients); None drops the event."""
    doc, text, s, e, t0, t1, word = site.doc, site.text, site.s, site.e, site.t0, site.t1, site.word
    mentions, clause_start, clause_end, etype = site.mentions, site.clause_start, site.clause_end, ev.type
    after = text[t1:clause_end]
    if etype == "AGREE" and _KIND_OF_TITLE.search(text, clause_start, t0) and _DOC_NOUN.fullmatch(word):
        return None  # 发表《戴维营精神》联合声明: the kind of the document just titled, no second statement
    if etype == "ALIGN":
        ev.label = _RELATIONS_LABEL.get(word) or (word if word in ("关系正常化", "承认") else None) or (
            _label_after(after, lex.types[etype].label_suffixes) or _label_before(text[max(s, t0 - 12) : t0], lex.types[etype].label_suffixes))
        if ev.label == "外交关系" and simplify(word).endswith(("恢复", "建立")):
            ev.label = "建交"  # 同意恢复外交关系, 决定建立外交关系: ties established, as 恢复外交关系 is
        if simplify(word) in TIES_BREAKING:
            ev.label = "断交"  # 终止与瑙鲁的外交关系: ties broken (probe14)
        elif simplify(word) == "承认" and not ev.label:
            ev.label = "承认"  # 转而承认北京: recognition switched (probe14)
    if ev.date and (ann := _ANNIVERSARY.match(text, t1)) and etype in ("ALIGN", "ESTABLISH", "JOIN", "AGREE") or (
            ev.date and etype in ("ALIGN", "ESTABLISH") and (ann := _ANNIVERSARY_AFTER.match(text[t1:clause_end]))):
        # 2023年是两国建立…伙伴关系10周年: the founding is dated N years before the anniversary
        n = _int_zh(ann.group("n"))
        if n:
            ev.date, ev.date_end = f"{int(ev.date[:4]) - n:04d}", None
    obj = next((m for m in mentions if t1 <= m.start < clause_end and m.kind in _DOC_KINDS + _ORG_KINDS), None)
    if obj is not None and etype in ("JOIN", "LEAVE", "ESTABLISH", "AGREE", "POLICY", "SANCTION"):
        ev.object = {"id": obj.id, "name": obj.text, "kind": obj.kind}
        if etype == "ESTABLISH" and (tail := _BODY_TAIL.match(text, obj.end, clause_end)):
            # 宣布成立亚太经合组织中小企业中心: a body named after its parent is the body founded
            ev.object = {"id": None, "name": doc.text[obj.start : tail.end()], "kind": None}
        if etype in ("JOIN", "LEAVE") and obj.kind in _ORG_KINDS + ("agreement",) and not any(p.id == obj.id for p in ev.recipients):
            ev.recipients.append(Participant.of(obj))
            # 加入《CPTPP》和《DEPA》: each treaty listed with it is joined too (one event each: each_body)
            have = {p.id for p in ev.recipients}
            ev.recipients += [p for p in _participants(listed_documents(text, t1, clause_end, mentions, have), gz)
                              if p.id not in have]
        if etype == "JOIN":
            ev.actors = [a for a in ev.actors if a.id != obj.id]
            if not ev.actors:
                return None
    elif etype in ("AGREE", "POLICY", "ESTABLISH") and (m := _TITLE.search(doc.titled[t1:clause_end])):
        ev.object = {"id": None, "name": m.group(1), "kind": None}
    elif etype in ("ESTABLISH", "AGREE") and (m := _QUOTED.match(doc.titled[t1:clause_end])):
        ev.object = {"id": None, "name": m.group(1), "kind": None}  # 发起“…伙伴关系”: the name it is given
    elif etype == "ESTABLISH" and (m := _BARE_BODY.match(text, t1, clause_end)):
        ev.object = {"id": None, "name": doc.text[m.start(1) : m.end(1)], "kind": None}  # 成立澳美关键矿产工作组
    if etype == "ESTABLISH" and ev.object is None and (span := _founded_before(text, t0, word, lex.types[etype].after_any + lex.types[etype].founded_nouns, mentions)):
        # 东盟环境部长级会议正式成立, 该倡议由…提出: the body named before the verb; it founds nothing itself
        ev.object = _object_at(span, doc.text, mentions, text, s)
        whole = {m.id for m in mentions if m.start <= span[0] + 1 and m.end >= span[1] - 1 and m.kind in _ORG_KINDS}
        hosts = {m.id for m in mentions if span[0] <= m.start < span[1] and text[m.start - 1 : m.start] == "驻"}
        # 日本驻北约代表处: the organisation hosting the mission is the recipient
        ev.recipients += [a for a in ev.actors if a.id in hosts and a.kind in _ORG_KINDS]
        founders = [a for a in ev.actors if a.id not in whole and not (a.id in hosts and a.kind in _ORG_KINDS)]
        # 上海合作组织于2001年成立 with no founder named: its unnamed members found it, and unnamed
        # members stand for the body (the guidelines), so the body is the party
        ev.actors = founders or [a for a in ev.actors if a.id in whole and a.kind in _ORG_KINDS and not hosts][:1]
        if not ev.actors:
            return None
    if etype == "ESTABLISH" and ev.object and ev.object.get("id") and any(a.id == ev.object["id"] for a in ev.actors):
        # 美英澳宣布建立AUKUS: the grouping founded is what is founded, not one of its founders
        ev.actors = [a for a in ev.actors if a.id != ev.object["id"]] or ev.actors
    if etype == "JOIN" and not ev.recipients:
        # 斐济随后加入，IPEF已有14个成员国: the body joined is named in the next clause
        body = next((m for m in mentions if m.start >= t1 and m.kind in _ORG_KINDS + ("agreement",)), None)
        if body is not None and all(a.id != body.id for a in ev.actors):
            ev.recipients = _participants([body], gz)
        elif body is None and _CLAUSE_ENDS.match(text, t1):
            # 伊朗成为上合组织正式成员国，白俄罗斯则于次年加入: a bare 加入 closing its clause joins
            # the body joined in the clause before, in the same sentence
            prev = [m for m in mentions if s <= m.start < clause_start and m.kind in _ORG_KINDS + ("agreement",)
                    and _MEMBERSHIP_NEAR.match(text, m.end, min(clause_start, m.end + 8))]
            if prev and all(a.id != prev[-1].id for a in ev.actors):
                ev.recipients = _participants([prev[-1]], gz)
    if etype == "LEAVE" and ev.object and ev.object.get("id"):
        # 通知中方退出“一带一路”倡议: the party notified is no party to the withdrawal; what is left
        # (an organisation, agreement or initiative) is its recipient, as for JOIN
        notified = {m.country or m.id for m in mentions if clause_start <= m.start < t0
                    and _NOTIFY.search(text, max(clause_start, m.start - 3), m.start)}
        ev.actors = [a for a in ev.actors if a.key() not in notified] or ev.actors
        if not ev.recipients:
            left = next((m for m in mentions if m.id == ev.object["id"] and m.kind in _ORG_KINDS + _DOC_KINDS), None)
            if left is not None:
                ev.recipients = _participants([left], gz)
    if etype in ("JOIN", "LEAVE") and ev.object is None:
        # 瑞典成为北约第32个成员国, 印度退出RCEP谈判: the body joined or left is the object too
        bodies = [r for r in ev.recipients if r.kind in _ORG_KINDS + _DOC_KINDS]
        if len(bodies) == 1:
            ev.object = {"id": bodies[0].id, "name": bodies[0].name_zh, "kind": bodies[0].kind}
    if etype == "JOIN" and word == "扩员" and all(a.kind in _ORG_KINDS for a in ev.actors):
        return None  # 扩员后的TPP: an enlargement names no joiner
    if ev.modality == "asserted" and etype != "ESTABLISH" and _PROPOSAL_AFTER.match(text, t1, min(e, t1 + 150)):
        ev.modality = "proposed"  # 2018年1月，日本提出加入…的设想: an idea put forward, dated by the idea only
        ev.date = ev.date_end = None
    if etype == "AGREE" and ev.object is None and (named := _document_named(text, doc.text, t1, clause_end)):
        # 签署了关键矿物谅解备忘录, 达成五方面合作共识: the document with the words that name it
        ev.object = {"id": None, "name": named, "kind": None}
    elif etype == "AGREE" and ev.object is None and (k := _DOC_NOUN.search(
            text, t0, min(clause_end, t1 + (48 if _ABOUT_AFTER.match(text, t1) else 8)))):
        # 发表联合声明 / 发表声明: the kind of document keeps a joint statement and a leaders' statement
        # of the same day apart
        ev.object = {"id": None, "name": k.group(), "kind": None}
    return ev
