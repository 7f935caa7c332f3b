"""`latticework evaluate events GOLD`: event precision, recall and F1, and field accuracy.

GOLD is a directory of `passages-*.yaml` (doc, start_line, end_line; each passage annotated
completely) and `events-*.jsonl` (one gold event a line, see gold/events/GUIDELINES.md), with
optional `ids-*.tsv` naming the ids the annotators made up. System events count when one of their
evidence lines lies in a passage. A system event matches a gold event of a passage where both are
stated (the gold's `also_lines` name further statements of the same happening) when the type is the same, the participants overlap and the dates are compatible (equal up to
the shorter precision, or both absent); matching is one-to-one, best overlap first (ties go to
the pair with the same date, then with the fewest unshared parties). Among
matched events: participants exactly right, date exactly as precise as the gold, modality, and
the attributes (effective date, label, object, location, source, quantities: attributes.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import LatticeworkError
from .attributes import ATTRIBUTES, AttributeCounts, compare
from .common import documents, id_names, read_jsonl


@dataclass
class TypeCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class EventReport:
    by_type: dict[str, TypeCounts] = field(default_factory=lambda: defaultdict(TypeCounts))
    matched: int = 0
    participants_ok: int = 0
    date_ok: int = 0
    modality_ok: int = 0
    gold_events: int = 0
    errors: list[dict] = field(default_factory=list)
    arg_errors: list[dict] = field(default_factory=list)  # matched events whose participants, dates or modality differ
    by_doc: dict[str, TypeCounts] = field(default_factory=lambda: defaultdict(TypeCounts))
    # why each gold event went unmatched, from the system events stated on its lines (aggregates
    # that point at a cause without listing items; MISS_CAUSES, see _miss_cause)
    miss_causes: Counter = field(default_factory=Counter)
    # effective date, label, object, location, source, quantities of matched events (attributes.py)
    attributes: dict[str, AttributeCounts] = field(default_factory=lambda: {a: AttributeCounts() for a in ATTRIBUTES})
    attr_errors: list[dict] = field(default_factory=list)

    def overall(self) -> TypeCounts:
        t = TypeCounts()
        for c in self.by_type.values():
            t.tp += c.tp
            t.fp += c.fp
            t.fn += c.fn
        return t

    def to_json(self) -> dict:
        p, r, f = self.overall().prf()
        m = self.matched or 1
        return {
            "gold_events": self.gold_events,
            "overall": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
            "matched": self.matched,
            "participants_accuracy": round(self.participants_ok / m, 4),
            "date_accuracy": round(self.date_ok / m, 4),
            "modality_accuracy": round(self.modality_ok / m, 4),
            "attributes": {a: {"accuracy": c.accuracy(), "seen": c.seen, "extra": c.extra} for a, c in self.attributes.items()},
            "by_type": {k: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in v.prf())), tp=v.tp, fp=v.fp, fn=v.fn)
                        for k, v in sorted(self.by_type.items())},
            "by_doc": {k: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in v.prf())), tp=v.tp, fp=v.fp, fn=v.fn)
                       for k, v in sorted(self.by_doc.items())},
            "misses_by_cause": {k: self.miss_causes.get(k, 0) for k in MISS_CAUSES},
        }


MISS_CAUSES = ("absent", "other types", "wrong type", "participants", "undated", "dated", "other year", "other day")


def load_gold(gold: Path) -> tuple[list[dict], list[dict], dict[str, str]]:
    passages: list[dict] = []
    events: list[dict] = []
    names: dict[str, str] = {}
    pfiles = sorted(gold.glob("passages*.yaml"))
    efiles = sorted(gold.glob("events*.jsonl"))
    if not pfiles or not efiles:
        raise LatticeworkError(gold, "gold directory needs passages*.yaml and events*.jsonl files")
    for f in pfiles:
        passages.extend(yaml.safe_load(f.read_text(encoding="utf-8")) or [])
    for f in efiles:
        events.extend(read_jsonl(f))
    names.update(id_names(sorted(gold.glob("ids*.tsv"))))
    return passages, events, names


def _key(pid: str, gz, names: dict[str, str]) -> str:
    """A gold or system participant id, normalised to a gazetteer id where one exists."""
    if not pid:
        return ""
    if pid in gz.entities:
        e = gz.entities[pid]
        return e.id
    if pid.startswith("x:"):
        e = gz.find(pid[2:])
        return e.id if e else "name:" + _plain(pid[2:])
    if pid in names:
        e = gz.find(names[pid])
        if e is not None:
            return e.id
        return "name:" + _plain(names[pid])  # a named entity outside the gazetteer: compare names
    return pid


def _plain(name: str) -> str:
    from ..actors.gazetteer import simplify

    return simplify(name).strip("“”\"《》 ")


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def evaluate(gold: Path, seeds: Path) -> EventReport:
    from ..actors import default_gazetteer
    from ..events import event_json, extract_events

    passages, gold_events, names = load_gold(gold)
    gz = default_gazetteer()
    report = EventReport(gold_events=len(gold_events))
    for doc_name, ps, proc in documents(passages, seeds):
        system = [event_json(proc, e) for e in extract_events(proc)]
        sys_in = [(s, where) for s in system if (where := _passages_at(ps, _lines(s)))]
        gold_in = []
        for g in gold_events:
            own = {p["id"] for p in ps if g.get("passage") == p["id"] or (
                g.get("doc") == doc_name and not g.get("passage") and p["start_line"] <= min(g.get("lines") or [0]) <= p["end_line"])}
            if own:
                also = {line for x in g.get("also_lines") or [] for line in _line_range(x)}
                gold_in.append((g, own | _passages_at(ps, also)))
        _match(report, sys_in, gold_in, gz, names, doc_name)
    return report


def _passages_at(ps: list[dict], lines: set[int] | list[int]) -> set[str]:
    """The passages that contain any of these lines."""
    return {p["id"] for p in ps if any(p["start_line"] <= n <= p["end_line"] for n in lines)}


def _line_range(x: int | list[int]) -> range:
    """An `also_lines` item: one line, or [first, last]."""
    return range(x, x + 1) if isinstance(x, int) else range(x[0], x[-1] + 1)


def _lines(s: dict) -> list[int]:
    """The lines where a system event is stated (its first evidence first)."""
    ev = s["evidence"]
    return [x["line"] for x in ([ev] if isinstance(ev, dict) else ev)]


def _line(s: dict) -> int:
    return _lines(s)[0]


def _parts(ev: dict, gz, names, key_actors="actors", key_recipients="recipients") -> tuple[set[str], set[str]]:
    def ids(xs):
        out = set()
        for x in xs or []:
            pid = x if isinstance(x, str) else (x.get("country") or x.get("id"))
            out.add(_key(pid, gz, names))
        return out

    return ids(ev.get(key_actors)), ids(ev.get(key_recipients))


def _match(report: EventReport, sys_located: list[tuple[dict, set[str]]], gold_located: list[tuple[dict, set[str]]],
           gz, names, doc_name: str) -> None:
    """One-to-one matching within a document. A system event and a gold event may pair when a
    passage holds both: one where the system states it, and the gold's own passage or one where
    the gold notes the same happening again (`also_lines`). A happening told in two passages thus
    matches wherever the system first reports it, instead of scoring as a miss plus a false alarm."""
    sys_in = [s for s, _ in sys_located]
    gold_in = [g for g, _ in gold_located]
    pairs = []
    for gi, (g, gwhere) in enumerate(gold_located):
        ga, gr = _parts(g, gz, names)
        for si, (s, swhere) in enumerate(sys_located):
            if not gwhere & swhere or s["type"] != g["type"] or not _compatible(s.get("date"), g.get("date")):
                continue
            sa, sr = _parts(s, gz, names)
            overlap = len((ga | gr) & (sa | sr))
            if overlap:
                # best overlap first; among equal overlaps, the pair that fits best: the same date, then
                # the fewest parties on either side that the other lacks (so a gold event is not paired
                # with the system's account of another happening that shares one party, when its own is there)
                same_date = (g.get("date") or None) == (s.get("date") or None)
                unshared = len((ga | gr) ^ (sa | sr))
                pairs.append((-overlap, not same_date, unshared, gi, si))
    pairs.sort()
    used_g, used_s = set(), set()
    for *_, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold_in[gi], sys_in[si]
        report.by_type[g["type"]].tp += 1
        report.by_doc[doc_name].tp += 1
        report.matched += 1
        ga, gr = _parts(g, gz, names)
        sa, sr = _parts(s, gz, names)
        if ga == sa and gr == sr:
            report.participants_ok += 1
        else:
            report.arg_errors.append({"type": "args", "doc": doc_name, "line": _line(s), "event": g["type"],
                                      "trigger": s.get("trigger", ""), "missing": sorted((ga | gr) - (sa | sr)),
                                      "extra": sorted((sa | sr) - (ga | gr)),
                                      "gold": [sorted(ga), sorted(gr)], "system": [sorted(sa), sorted(sr)]})
        if (g.get("date") or None) == (s.get("date") or None) and (g.get("date_end") or None) == (s.get("date_end") or None):
            report.date_ok += 1
        else:
            report.arg_errors.append({"type": "date", "doc": doc_name, "line": _line(s), "event": g["type"],
                                      "trigger": s.get("trigger", ""), "gold": [g.get("date"), g.get("date_end")],
                                      "system": [s.get("date"), s.get("date_end")]})
        if g.get("modality", "asserted") == s.get("modality"):
            report.modality_ok += 1
        else:
            report.arg_errors.append({"type": "modality", "doc": doc_name, "line": _line(s), "event": g["type"],
                                      "trigger": s.get("trigger", ""), "gold": g.get("modality", "asserted"),
                                      "system": s.get("modality")})
        for attr, (ok, gv, sv) in compare(g, s, gz, names).items():
            counts = report.attributes[attr]
            if gv is None:
                counts.extra += 1
            else:
                counts.seen += 1
                counts.ok += ok
            if not ok:
                report.attr_errors.append({"type": "attr", "doc": doc_name, "line": _line(s), "event": g["type"],
                                           "attribute": attr, "gold": gv, "system": sv})
    for gi, g in enumerate(gold_in):
        if gi not in used_g:
            report.by_type[g["type"]].fn += 1
            report.by_doc[doc_name].fn += 1
            report.miss_causes[_miss_cause(g, [x for i, x in enumerate(sys_located) if i not in used_s], sys_located, gz, names)] += 1
            report.errors.append({"type": "fn", "doc": doc_name, "line": min(g.get("lines") or [0]), "event": g["type"],
                                  "note": g.get("note", "")})
    for si, s in enumerate(sys_in):
        if si not in used_s:
            report.by_type[s["type"]].fp += 1
            report.by_doc[doc_name].fp += 1
            report.errors.append({"type": "fp", "doc": doc_name, "line": _line(s), "event": s["type"],
                                  "note": s.get("trigger", "")})


def _miss_cause(g: dict, unmatched: list[tuple[dict, set[str]]], sys_located: list[tuple[dict, set[str]]], gz,
                names) -> str:
    """Why a gold event found no partner among the system events stated on its lines (MISS_CAUSES);
    `unmatched` are the system events no gold event took (a false alarm of another type sharing its
    participants there is a `wrong type`)."""
    lines = set(g.get("lines") or []) | {n for x in g.get("also_lines") or [] for n in _line_range(x)}
    near = [s for s, _ in sys_located if lines & set(_lines(s))]
    if not near:
        return "absent"
    same = [s for s in near if s["type"] == g["type"]]
    ga, gr = _parts(g, gz, names)
    sharing = [s for s in same if (ga | gr) & set().union(*_parts(s, gz, names))]
    if not sharing:
        if same:
            return "participants"
        lines_of = lines
        wrong = [s for s, _ in unmatched if lines_of & set(_lines(s)) and (ga | gr) & set().union(*_parts(s, gz, names))]
        return "wrong type" if wrong else "other types"
    if not g.get("date"):
        return "dated"  # the gold states no date; the system dated it
    if all(not s.get("date") for s in sharing):
        return "undated"
    gy = g["date"][:4]
    return "other day" if any((s.get("date") or "")[:4] == gy for s in sharing) else "other year"


def markdown(report: EventReport, by_doc: bool = False) -> str:
    j = report.to_json()
    o = j["overall"]
    rows = [
        f"Events: P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}  (gold {j['gold_events']}, matched {j['matched']})",
        f"Among matched: participants {j['participants_accuracy']:.3f}, dates {j['date_accuracy']:.3f}, modality {j['modality_accuracy']:.3f}",
        "Attributes among matched events whose gold states one (and stated by the system only): " + ", ".join(
            f"{a} {v['accuracy']:.3f} (of {v['seen']}; +{v['extra']})" for a, v in j["attributes"].items() if v["seen"]),
        "",
        "| type | P | R | F1 | tp | fp | fn |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for t, v in j["by_type"].items():
        rows.append(f"| {t} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['tp']} | {v['fp']} | {v['fn']} |")
    causes = j["misses_by_cause"]
    rows += ["", "Misses by cause: " + ", ".join(f"{k} {causes[k]}" for k in MISS_CAUSES),
             ("(absent: no system event on its lines; other types: only events of other types there; wrong type:"
              " among them a false alarm sharing its participants; participants:"
              " its type, but no shared participant; undated / dated / other year / other day: its type and a shared"
              " participant, but the system left it undated / dated what the gold leaves undated / gave another year /"
              " gave the same year with another month or day)")]
    if by_doc:
        rows += ["", "| document | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
        for d, v in j["by_doc"].items():
            rows.append(f"| {d} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['tp']} | {v['fp']} | {v['fn']} |")
    return "\n".join(rows)
