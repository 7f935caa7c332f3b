"""The evaluators on a tiny gold set written here over a bundled sample."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from latticework.evaluate import entities as ev_entities
from latticework.evaluate import events as ev_events

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOC = "news-hk.txt"


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int, int]:
    k = -1
    for _ in range(nth + 1):
        k = text.index(needle, k + 1)
    return k, k + len(needle), text.count("\n", 0, k) + 1


def test_entity_evaluation_counts_hits_misses_and_false_alarms(tmp_path: Path) -> None:
    text = (SAMPLES / DOC).read_text(encoding="utf-8")
    last = text.count("\n") + 1
    (tmp_path / "passages.yaml").write_text(yaml.safe_dump([{"id": "p1", "doc": DOC, "start_line": 1, "end_line": last}]), encoding="utf-8")
    s, e, line = _span(text, "岸田文雄")
    gold = [
        {"passage": "p1", "doc": DOC, "start": s, "end": e, "line": line, "text": "岸田文雄", "id": "fumio-kishida", "kind": "person", "country": "JPN", "how": "tenure"},
        # a mention no linker could find: a made-up span, so recall must fall below 1
        {"passage": "p1", "doc": DOC, "start": 0, "end": 1, "line": 1, "text": text[0], "id": "nothing", "kind": "organisation", "country": None, "how": "gazetteer"},
    ]
    (tmp_path / "mentions.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    report = ev_entities.evaluate(tmp_path, SAMPLES)
    person = report.by_group["person"]
    assert person.tp == 1 and person.linked == 1
    assert report.by_group["organisation"].fn == 1
    assert report.total().fp > 0  # every other mention in the file is unannotated here
    p, r, f = report.total().prf()
    assert 0 < p < 1 and 0 < r < 1


def test_event_evaluation_matches_type_participants_and_dates(tmp_path: Path) -> None:
    text = (SAMPLES / DOC).read_text(encoding="utf-8")
    last = text.count("\n") + 1
    (tmp_path / "passages-t.yaml").write_text(yaml.safe_dump([{"id": "v1", "doc": DOC, "start_line": 1, "end_line": last}]), encoding="utf-8")
    gold = [
        {"id": "v1-1", "passage": "v1", "doc": DOC, "type": "CONSULT", "actors": ["JPN"], "recipients": ["PHL"],
         "date": "2023-11-03", "modality": "asserted", "lines": [5, 5]},
        {"id": "v1-2", "passage": "v1", "doc": DOC, "type": "COERCE", "actors": ["CHN"], "recipients": ["PHL"],
         "date": "1999-01-01", "modality": "asserted", "lines": [5, 5]},
    ]
    (tmp_path / "events-t.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    report = ev_events.evaluate(tmp_path, SAMPLES)
    assert report.by_type["COERCE"].fn == 1  # no event on that date exists
    assert report.gold_events == 2
    j = report.to_json()
    assert 0 <= j["overall"]["recall"] <= 0.5


def test_event_stated_in_two_passages_matches_where_the_system_reports_it(tmp_path: Path) -> None:
    """The gold notes a second statement of the happening (`also_lines`) in another passage; the
    system reports it there. That is a match, not a miss plus a false alarm."""
    seeds = tmp_path / "texts"
    seeds.mkdir()
    text = ("2023年4月6日，中国国家主席习近平在北京同法国总统马克龙举行会谈。\n\n"
            "此后两国的经贸往来有所增加。\n\n"
            "下文回顾的会晤，是当年中法关系中最受关注的一幕。\n")
    (seeds / "two.txt").write_text(text, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    passages = [{"id": "a", "doc": "two.txt", "start_line": 1, "end_line": 1},
                {"id": "b", "doc": "two.txt", "start_line": 3, "end_line": 5}]
    (gold_dir / "passages.yaml").write_text(yaml.safe_dump(passages), encoding="utf-8")
    gold = {"id": "b-1", "passage": "b", "doc": "two.txt", "type": "CONSULT", "actors": ["CHN", "FRA"], "recipients": [],
            "date": "2023-04-06", "modality": "asserted", "lines": [5, 5]}
    events_file = gold_dir / "events.jsonl"

    events_file.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    apart = ev_events.evaluate(gold_dir, seeds).overall()
    assert (apart.tp, apart.fn) == (0, 1)  # the system states it on line 1 only, outside passage b

    events_file.write_text(json.dumps(dict(gold, also_lines=[[1, 1]])) + "\n", encoding="utf-8")
    together = ev_events.evaluate(gold_dir, seeds).overall()
    assert (together.tp, together.fn, together.fp) == (1, 0, apart.fp - 1)

    # a matched event whose participants differ is listed with what is missing and what is extra
    events_file.write_text(json.dumps(dict(gold, actors=["CHN", "DEU"], also_lines=[[1, 1]])) + "\n", encoding="utf-8")
    report = ev_events.evaluate(gold_dir, seeds)
    assert report.participants_ok == 0 and len(report.arg_errors) == 1
    assert report.arg_errors[0]["missing"] == ["DEU"] and report.arg_errors[0]["extra"] == ["FRA"]

    # so is one whose modality differs (the gold reads the talks as planned)
    events_file.write_text(json.dumps(dict(gold, modality="planned", also_lines=[[1, 1]])) + "\n", encoding="utf-8")
    report = ev_events.evaluate(gold_dir, seeds)
    assert report.modality_ok == 0
    assert [(e["type"], e["gold"], e["system"]) for e in report.arg_errors] == [("modality", "planned", "asserted")]


def test_attributes_of_matched_events_count_where_the_gold_states_them(tmp_path: Path) -> None:
    seeds = tmp_path / "texts"
    seeds.mkdir()
    (seeds / "one.txt").write_text("2023年4月6日，中国国家主席习近平在北京同法国总统马克龙举行会谈。\n", encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "passages.yaml").write_text(yaml.safe_dump([{"id": "a", "doc": "one.txt", "start_line": 1, "end_line": 1}]),
                                            encoding="utf-8")
    gold = {"id": "a-1", "passage": "a", "doc": "one.txt", "type": "CONSULT", "actors": ["CHN", "FRA"], "recipients": [],
            "date": "2023-04-06", "modality": "asserted", "lines": [1, 1]}
    events_file = gold_dir / "events.jsonl"
    counts = {}
    for where in ("CHN", "FRA", None):  # the venue is 北京: right at the state level, wrong, not stated
        events_file.write_text(json.dumps(dict(gold, location=where)) + "\n", encoding="utf-8")
        counts[where] = ev_events.evaluate(gold_dir, seeds).attributes["location"]
    assert (counts["CHN"].seen, counts["CHN"].ok, counts["CHN"].extra) == (1, 1, 0)
    assert (counts["FRA"].seen, counts["FRA"].ok) == (1, 0)
    assert (counts[None].seen, counts[None].extra) == (0, 1)


def test_equal_overlaps_pair_by_the_same_date_first() -> None:
    """Two visits of one month between the same states: the gold's month-dated account and its
    day-dated one each pair with the system event of the same date, whatever the order."""
    from latticework.actors import default_gazetteer

    def ev(date: str, line: int) -> dict:
        return {"type": "CONSULT", "actors": [{"id": "CHN", "country": "CHN"}, {"id": "FRA", "country": "FRA"}],
                "recipients": [], "date": date, "modality": "asserted", "evidence": {"line": line}}

    gold = [dict(ev("2023-04", 1), actors=["CHN", "FRA"], lines=[1, 1]), dict(ev("2023-04-20", 1), actors=["CHN", "FRA"], lines=[1, 1])]
    system = [ev("2023-04-20", 1), ev("2023-04", 1)]
    report = ev_events.EventReport(gold_events=2)
    ev_events._match(report, [(s, {"p"}) for s in system], [(g, {"p"}) for g in gold], default_gazetteer(), {}, "d.txt")
    assert report.matched == 2 and report.date_ok == 2


def test_a_span_matches_with_or_without_its_enclosing_title_marks(tmp_path: Path) -> None:
    """One gold set marks 《名称》 with its marks, another without: the evaluator must read both as
    the same name, and still count a span that differs by real characters as a miss."""
    doc = "note.txt"
    text = "两国外长在会上签署了《中越海上合作行动计划》，并回顾了《南海各方行为宣言》的落实。\n"
    (tmp_path / doc).write_text(text, encoding="utf-8")
    (tmp_path / "passages.yaml").write_text(yaml.safe_dump([{"id": "p1", "doc": doc, "start_line": 1, "end_line": 1}]), encoding="utf-8")
    with_marks = "《南海各方行为宣言》"
    s = text.index(with_marks)
    gold = [{"passage": "p1", "doc": doc, "start": s, "end": s + len(with_marks), "line": 1, "text": with_marks,
             "id": "doc-south-china-sea", "kind": "agreement", "country": None, "how": "gazetteer"}]
    (tmp_path / "mentions.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    report = ev_entities.evaluate(tmp_path, tmp_path)
    assert report.by_group["document"].tp == 1 and report.by_group["document"].fn == 0
    assert ev_entities.span_key({"text": with_marks, "start": s, "end": s + len(with_marks)}) == (s + 1, s + len(with_marks) - 1)
    assert ev_entities.span_key({"text": "《南海", "start": s, "end": s + 3}) == (s, s + 3)
