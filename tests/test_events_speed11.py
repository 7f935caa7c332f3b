"""The event stage's shortcuts (speed11) answer as the slow forms they replace.

Each shortcut skips work only where that work cannot change the answer; these tests hold each to
the long form it stands for, on sentences written for them.
"""

from __future__ import annotations

import re

from latticework.events import default_extractor
from latticework.events.modality import ModalityReader
from latticework.timex import RELATIVE, WEEKDAY, TimeResolver, _Cues

_SENTENCES = [
    "事发时，两艘海警船在礁盘附近巡逻。",
    "案發當時，雙方船隻均未開火，事發時天色已暗。",
    "事发当时两国外长正在举行会谈，同期美方宣布新的制裁。",
    "拜登周二表示，下星期一将赴东京出席会议；本週末两国举行磋商。",
    "上周末，双方在周边海域举行联合演习，庆祝建交三十周年。",
    "礼拜天，总统计划于下月访问越南，并拟与东盟签署协定。",
    "两国同意尽快启动自贸谈判，但没有计划在年内签署协议。",
    "外交部表示不会对美国采取报复措施，若美方继续施压，将予以回应。",
    "总理倡议成立新的合作机制，建议各方于明年举行峰会。",
    "他周三称，日本将于月底宣布援助计划，一周后正式生效。",
]


def test_relative_spelt_out_finds_what_the_grouped_form_finds() -> None:
    # the form before speed11: one group of the four words, then the group of what follows them
    grouped = re.compile(RELATIVE.pattern.replace(
        r"事发(?:当时|當時|时|時)|事發(?:当时|當時|时|時)|案发(?:当时|當時|时|時)|案發(?:当时|當時|时|時)",
        r"(?:事发|事發|案发|案發)(?:当时|當時|时|時)"))
    assert grouped.pattern != RELATIVE.pattern
    for text in _SENTENCES:
        assert [m.span() for m in RELATIVE.finditer(text)] == [m.span() for m in grouped.finditer(text)], text
    assert [m.group() for m in RELATIVE.finditer(_SENTENCES[1])][:2] == ["案發當時", "事發時"]


def test_weekday_cue_holds_whenever_a_weekday_is_written() -> None:
    for text in _SENTENCES:
        cues = _Cues(text)
        if WEEKDAY.search(text):
            assert cues.weekday, text
        assert cues.weekday <= cues.week
    assert not _Cues("两国在周边海域巡逻，纪念建交一周年。").weekday


def test_weekday_cue_keeps_the_found_dates() -> None:
    """Finding with the cue equals finding with every week word taken as a possible weekday."""

    class AlwaysWeekday(_Cues):
        def __init__(self, text: str):
            super().__init__(text)
            self.weekday = self.week

    import latticework.timex as timex

    for text in _SENTENCES:
        fast = TimeResolver("2024-05-15").find(text)
        saved = timex._Cues
        timex._Cues = AlwaysWeekday  # type: ignore[misc]
        try:
            slow = TimeResolver("2024-05-15").find(text)
        finally:
            timex._Cues = saved  # type: ignore[misc]
        assert [(t.start, t.end, t.value, t.kind) for t in fast] == [(t.start, t.end, t.value, t.kind) for t in slow], text


def test_cues_in_keeps_every_cue_of_the_window_in_order() -> None:
    reader = default_extractor().modality
    for text in _SENTENCES:
        for i in range(len(text)):
            window = text[max(0, i - 24) : i]
            assert [c for c in reader.cues_in(window) if c[1] in window] == [c for c in reader.cues if c[1] in window]


class _SlowReader(ModalityReader):
    """The reader before speed11: every cue tried on every window."""

    def cues_in(self, window: str) -> list[tuple[str, str]]:
        return list(self.cues)


def test_modality_read_and_cue_at_answer_as_with_every_cue() -> None:
    lex = default_extractor().lex
    fast, slow = ModalityReader(lex), _SlowReader(lex)
    reads = 0
    for text in _SENTENCES:
        for t0 in range(1, len(text)):
            assert fast.read(text, 0, t0) == slow.read(text, 0, t0), (text, t0)
            assert fast.cue_at(text, 0, t0) == slow.cue_at(text, 0, t0), (text, t0)
            reads += fast.read(text, 0, t0) != "asserted"
    assert reads > 0  # the sentences hold cues that fire (将于, 计划, 不会, 若, 倡议)


_PARTY_SENTENCES = [
    "2013年印尼APEC会议期间，中国驻菲律宾大使馆发言人表示，日本向世贸组织提出申诉。",
    "美国总统在秘鲁利马与中国国家主席会晤，双方以国家安全为由讨论朝鲜问题。",
    "亲美的总统访问日本东京，并与韩国签署安全合作协定，俄罗斯对此表示不满。",
]


def _slow_groups(site, etype):
    """context and usable as mention_groups sorted them before speed11: every check per trigger."""
    from latticework.events.not_parties import complaint_forum, leader_of_document, leaning, mission_host, venue_city
    from latticework.events.roles import _actorish, _host_of_meeting, _in_setting_phrase, _is_setting
    from latticework.events.topics import in_grounds, is_channel, is_topic_or_document

    text, s, e, t0 = site.text, site.s, site.e, site.t0
    mentions, clause_start = site.mentions, site.clause_start
    context = [m for m in mentions if _is_setting(text, m, e, t0) or _in_setting_phrase(text, m, clause_start, t0)
               or _host_of_meeting(text, m, mentions) or venue_city(text, m, mentions)
               or leader_of_document(text, m, etype) or mission_host(text, m, mentions) or complaint_forum(text, m)
               or leaning(text, m)]
    usable = [m for m in mentions if _actorish(m) and m not in context and not is_topic_or_document(text, m)
              and not is_channel(text, m, clause_start) and not in_grounds(text, m.start, m.end, s)]
    return context, usable


def test_mention_facts_once_a_sentence_sort_as_every_check_per_trigger() -> None:
    from actor_helpers import mentions as linked

    from latticework.clean import clean
    from latticework.events.clauses import _clause_end, _clause_start
    from latticework.events.site import Site
    from latticework.events.subject import mention_facts, mention_groups
    from latticework.model import SourceText

    lex = default_extractor().lex
    checked = 0
    for sentence in _PARTY_SENTENCES:
        doc = clean(SourceText("t.txt", sentence, "txt"))
        text, ms = doc.simplified, linked(sentence)
        assert len(ms) >= 3
        s, e = 0, len(text)
        facts = mention_facts(text, s, ms)
        for t0 in range(s, e - 1):
            t1 = t0 + 2
            site = Site(doc, text, s, e, t0, t1, text[t0:t1], False, ms, [], None, _clause_start(text, t0, s), _clause_end(text, t1, e))
            for etype in ("CONSULT", "AGREE", "ACCUSE"):
                g = mention_groups(site, lex, etype, facts)
                assert (g.context, g.usable) == _slow_groups(site, etype), (sentence, t0, etype)
                checked += 1
    assert checked > 100


def test_after_any_pattern_answers_as_the_word_by_word_test() -> None:
    types = default_extractor().types
    lex = default_extractor().lex
    tails = ["签署了新的协定", "发布《出口管制法》", "宣布成立联合工作组", "对其实施制裁", "", "表示关切", "通过了决议草案"]
    hits = 0
    for etype, spec in lex.types.items():
        for tail in tails + [w + "后" for w in spec.after_any[:5]]:
            slow = any(w in tail for w in spec.after_any)
            assert types.has_after_any(etype, tail) == slow, (etype, tail)
            hits += slow
    assert hits > 0


def _slow_marked_recipient(text: str, m) -> bool:
    """_marked_recipient before speed11: every marker pattern tried on every mention."""
    from latticework.actors.gazetteer import STATE_KINDS
    from latticework.events import roles as r

    if text[max(0, m.start - 1) : m.start] in ("对", "向", "赴", "到", "抵") and text[max(0, m.start - 2) : m.start] not in r._NOT_DUI \
            or text[max(0, m.start - 2) : m.start] == "抵达":
        return True
    if text[max(0, m.start - 1) : m.start] == "以" and r._FIRST_STOP.match(text, m.end):
        return True
    if r._DUI_DETERMINER.search(text, max(0, m.start - 6), m.start) and m.kind in STATE_KINDS:
        return True
    if r._ORIGIN_AFTER_DUI.search(text, max(0, m.start - 6), m.start) and (
            r._ORIGIN_GOODS.match(text, m.end) or r._ORIGIN_OF.match(text, m.end)):
        return True
    if r._DESTINATION_AFTER_DUI.search(text, max(0, m.start - 6), m.start) and m.kind in STATE_KINDS:
        return True
    return bool(r._GOODS_OF.match(text, m.end) and r._AMOUNT_AFTER_DUI.search(text, max(0, m.start - 16), m.start))


def test_marked_recipient_quick_exit_answers_as_every_pattern() -> None:
    from actor_helpers import mentions as linked

    from latticework.clean import clean
    from latticework.events.roles import _marked_recipient
    from latticework.model import SourceText

    sentences = _PARTY_SENTENCES + [
        "商务部宣布对原产于美国的进口汽车加征关税，并对所有美国企业实施调查。",
        "欧盟决定对出口俄罗斯的芯片加强管制，对价值300亿美元的中国商品征税。",
        "总理抵达日本进行访问，以越南为首站访问东南亚三国，向乌克兰提供援助。",
    ]
    marked = 0
    for sentence in sentences:
        text = clean(SourceText("t.txt", sentence, "txt")).simplified
        for m in linked(sentence):
            assert _marked_recipient(text, m) == _slow_marked_recipient(text, m), (sentence, m.text)
            marked += _marked_recipient(text, m)
    assert marked >= 4
