"""The same text in simplified and in traditional script yields the same events and mentions.

Rules match on the simplified view of the text (`CleanDoc.simplified`, the same length as the text),
but mention texts and triggers keep the characters as written; a rule that compares one with the
other works on simplified text only. The metamorphic test converts the development texts with
OpenCC's character-level `s2t` (no vocabulary changes) and asks for identical records; the sentences
below are the failures it found, in our own words.
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest
from actor_helpers import mentions
from event_helpers import full_events, summary

from latticework.actors.voice import cue_count
from latticework.clean import clean
from latticework.events import event_json, extract_events
from latticework.model import SourceText
from latticework.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
S2T = opencc.OpenCC("s2t.json")


def both_scripts(text: str) -> list[str]:
    return [text, S2T.convert(text)]


def _record(p, ev) -> tuple:
    j = event_json(p, ev)
    parts = lambda xs: tuple(sorted(x["country"] or x["id"] for x in xs))
    obj = j["object"] or {}
    return (j["type"], parts(j["actors"]), parts(j["recipients"]), j["date"], j["date_end"], j["modality"],
            obj.get("id"), j["effective"], bool(j["label"]), bool(j["location"]), bool(j["source"]), len(j["quantities"]))


def _differences(texts: list[Path], rewrite, tmp_path: Path) -> list[tuple]:
    """(file, events lost, events gained) for each text whose rewrite changes its events; a text the
    rewrite leaves as it is is skipped."""
    out = []
    for f in texts:
        raw = f.read_text(encoding="utf-8")
        converted = rewrite(raw)
        if converted == raw:
            continue
        g = tmp_path / f.name
        g.write_text(converted, encoding="utf-8")
        a, b = process(f), process(g)
        ra = sorted((_record(a, e) for e in extract_events(a)), key=repr)
        rb = sorted((_record(b, e) for e in extract_events(b)), key=repr)
        if ra != rb:
            out.append((f.name, set(ra) - set(rb), set(rb) - set(ra)))
    return out


def test_development_texts_give_the_same_events_in_traditional_script(tmp_path):
    texts = sorted((ROOT / "gold" / "dev" / "texts").glob("*.txt"))
    assert len(texts) > 20
    assert not _differences(texts, S2T.convert, tmp_path)  # (texts in traditional script already are skipped)


@pytest.mark.parametrize("text", both_scripts("2024年6月，美韩在首尔举行第三次“核磋商小组”会议，讨论延伸威慑。"))
def test_a_quoted_mechanism_stays_a_party_of_its_session(text):
    consult = [e for e in full_events(text) if e.type == "CONSULT"]
    assert consult and "nuclear-consultative-group" in {a.id for a in consult[0].actors}, summary(full_events(text))


@pytest.mark.parametrize("text", both_scripts(
    "2024年5月8日，越南国家主席在河内同来访的老挝国家主席举行会谈，双方谈及边境合作。\n"
    "这是两国元首今年首次会面。1977年，两国曾缔结友好合作条约。\n"
    "会谈后，两国元首见证了多项合作文件的签署。"))
def test_acts_after_the_talks_take_the_day_of_the_talks(text):
    agree = [e for e in full_events(text) if e.type == "AGREE" and e.date != "1977"]
    assert [e.date for e in agree] == ["2024-05-08"], summary(full_events(text))


def _own(text: str) -> set[str]:
    """The states 我国 was linked to."""
    return {m.country for m in mentions(text) if m.text in ("我国", "我國")}


def test_mainland_prose_in_traditional_script_is_not_taiwans_voice():
    # 中共中央 and 美國軍方 hold two of Taiwan's cues as substrings (中共, 国军), and the text is
    # traditional: still mainland prose (党中央, 十四五), so 我國 is China
    text = S2T.convert("党中央提出，“十四五”时期要扩大开放。中共中央的文件指出，面对美国军方的动作，"
                       "我国应与东盟加强合作，推动设立新的合作机制。")
    assert _own(text) == {"CHN"}


def test_taiwans_own_text_keeps_its_voice():
    text = "中共軍機本週持續擾台，陸委會表示，國軍已嚴密監控，我國將與美方深化安全合作。"
    assert _own(text) == {"TWN"}


def test_a_cue_inside_a_longer_word_does_not_count():
    assert cue_count("美国军方与大陆方面的说法不一", ["国军", "陆方"]) == 0
    assert cue_count("国军与陆方的说法不一", ["国军", "陆方"]) == 2


@pytest.mark.parametrize("text", both_scripts("中方注意到，国会两院上周通过了美国总统提交的法案。"))
def test_a_bare_parliament_is_never_chinas(text):
    doc = clean(SourceText("t.txt", text, "txt"))
    from latticework.actors import link

    owners = {m.country for m in link(doc) if m.text in ("国会", "國會")}
    assert owners and "CHN" not in owners


def _objects(text: str) -> list[tuple]:
    return sorted((e.type, tuple(sorted(a.key() for a in e.actors)), e.date, (e.object or {}).get("name"))
                  for e in full_events(text))


@pytest.mark.parametrize("text", [
    "2023年8月，美國與蒙古簽署{0}開放天空協定{1}和{0}第三鄰國貿易法{1}。",
    "2019年，美國發布{0}攜手推進印太合作報告{1}文件。",
    "2022年12月，日本内阁通过新版{0}防卫力量整备纲要{1}。",
])
def test_a_title_in_corner_brackets_reads_as_one_in_title_marks(text):
    """Taiwan's and Hong Kong's press set titles in 「」 as often as in 《》: the same events, and the
    same document objects, either way."""
    corner, marks = text.format("「", "」"), text.format("《", "》")
    assert _objects(corner) == _objects(marks) and any(o[3] for o in _objects(marks)), _objects(marks)


def test_corner_brackets_around_a_word_in_fa_or_a_concept_stay_quotes():
    from latticework.clean import bracket_titles

    assert bracket_titles("这种「新做法」与「严格执法」的要求") == "这种「新做法」与「严格执法」的要求"
    assert bracket_titles("所谓「君子协定」与「停火协议」") == "所谓「君子协定」与「停火协议」"
    assert bracket_titles("美方通过「台湾关系法」和「对台军售报告」") == "美方通过《台湾关系法》和《对台军售报告》"


@pytest.mark.parametrize("sentence", [
    "2023年1月，美日{0}安全磋商委员会{1}会议在华盛顿举行，双方发表联合声明。",
    "2021年3月，{0}四边机制{1}峰会宣布向东南亚提供疫苗。",
])
def test_corner_quotes_read_as_mainland_quotes(sentence):
    """「…」 is the quotation mark of Taiwan and Hong Kong; rules written with “…” read it the same."""
    assert summary(full_events(sentence.format("「", "」"))) == summary(full_events(sentence.format("“", "”")))


def _corner_quotes(text: str) -> str:
    """Mainland quotes rewritten as corner quotes, except around a name a corner-bracketed title
    would be read as (those change meaning on purpose: 「…报告」 is a title)."""
    from latticework.clean import bracket_titles

    def swap(m: re.Match) -> str:
        corner = "「" + m.group(1) + "」"
        return corner if bracket_titles(corner) == corner else m.group(0)

    return re.sub(r"“([^“”\n]*)”", swap, text)


def test_development_texts_give_the_same_events_with_corner_quotes(tmp_path):
    from conftest import seed_path

    texts = [seed_path("000"), seed_path("002"), *sorted((ROOT / "gold" / "dev" / "texts").glob("*.txt"))]
    assert not _differences(texts, _corner_quotes, tmp_path)


def test_the_text_as_written_keeps_its_brackets():
    doc = clean(SourceText("t.txt", "美方通過「台灣關係法」，並稱「不會改變」。", "txt"))
    assert "「台灣關係法」" in doc.text and "《台灣關係法》" in doc.titled and "「不會改變」" in doc.titled
    assert "《台湾关系法》" in doc.simplified and "“不会改变”" in doc.simplified


@pytest.mark.parametrize("text, entity", [
    ("南韩于2019年11月在釜山主办首届南韩—湄公河峰会。", "mekong-korea-cooperation"),
    ("南韓政府去年底公布《南韓印太戰略》。", "rok-indo-pacific-strategy"),
])
def test_a_name_holding_a_state_name_holds_it_in_every_usage(text, entity):
    """A body's or document's name with 韩国 in it is written with 南韓 in Hong Kong's and Taiwan's
    press (data/gazetteer/name_variants.yaml, `state_name_variants`)."""
    assert entity in {m.id for m in mentions(text)}, [(m.text, m.id) for m in mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("2016年12月，环印度洋海事合作组织（IOMC）在开普敦举行部长级会议。", "环印度洋海事合作组织"),
    ("伊朗于2023年7月成为中亚能源安全组织正式成员国。", "中亚能源安全组织"),
    ("部长出席第三届南部非洲海事安全论坛并发表讲话。", "南部非洲海事安全论坛"),
    ("孟加拉湾渔业管理委员会秘书长表示将加强合作。", "孟加拉湾渔业管理委员会"),
])
def test_a_body_named_after_a_rim_a_sea_or_a_part_of_a_continent_is_discovered(text, name):
    """Bodies the gazetteer lacks are found by their region, their suffix and a context that names
    them (found by renaming the development texts' bodies: lead, thirteenth session)."""
    assert name in [m.text for m in mentions(text)], [(m.text, m.id) for m in mentions(text)]
