"""`latticework evaluate entities GOLD`: precision, recall and F1 of mention linking.

GOLD is a directory with `passages.yaml` (doc, start_line, end_line: each passage annotated
completely) and `mentions.jsonl` (one gold mention a line: doc, start, end, line, text, id, kind,
country, how). System mentions are those whose start lies inside a passage. A system mention
is *detected* when a gold mention has the same span, *linked* when it also has the same id — or,
for a name the gazetteer lacks (`x:` ids), the same country. Figures are given per kind.

A span is compared without one pair of enclosing title or quotation marks (《…》, “…”, 「…」):
whether the marks belong to a name is a notation, not a reading, and gold sets written by
different hands differ on it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import LatticeworkError
from .common import documents, id_names, read_jsonl

GROUPS = {
    "state": "state", "economy": "state",
    "organisation": "organisation", "grouping": "organisation", "mechanism": "organisation",
    "agreement": "document", "law": "document", "initiative": "document",
    "person": "person", "company": "company", "place": "place", "organ": "state",
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    linked: int = 0  # true positives with the right id

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.linked += other.linked

    def prf(self, linked: bool = False) -> tuple[float, float, float]:
        tp = self.linked if linked else self.tp
        p = tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    by_group: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[dict] = field(default_factory=list)
    docs: int = 0
    gold_mentions: int = 0

    def total(self, groups: tuple[str, ...] | None = None) -> Counts:
        c = Counts()
        for g, v in self.by_group.items():
            if groups is None or g in groups:
                c.add(v)
        return c

    def to_json(self) -> dict:
        out = {"docs": self.docs, "gold_mentions": self.gold_mentions, "groups": {}}
        for g, c in sorted(self.by_group.items()):
            p, r, f = c.prf()
            lp, lr, lf = c.prf(linked=True)
            out["groups"][g] = {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(p, 4), "recall": round(r, 4),
                                "f1": round(f, 4), "linked_precision": round(lp, 4), "linked_recall": round(lr, 4),
                                "linked_f1": round(lf, 4)}
        c = self.total(tuple(g for g in self.by_group if g != "coreference"))
        p, r, f = c.prf()
        lp, lr, lf = c.prf(linked=True)
        out["overall"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                          "linked_f1": round(lf, 4), "note": "all kinds except coreference"}
        return out


def load_gold(gold: Path) -> tuple[list[dict], list[dict]]:
    pfile, mfile = gold / "passages.yaml", gold / "mentions.jsonl"
    for f in (pfile, mfile):
        if not f.exists():
            raise LatticeworkError(f, "gold file missing (expected passages.yaml and mentions.jsonl)")
    passages = yaml.safe_load(pfile.read_text(encoding="utf-8")) or []
    return passages, read_jsonl(mfile)


_PAIRS = {"《": "》", "〈": "〉", "“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}


def span_key(m: dict) -> tuple[int, int]:
    """The mention's span without one pair of enclosing title or quotation marks."""
    text, start, end = m.get("text") or "", m["start"], m["end"]
    if len(text) > 2 and _PAIRS.get(text[0]) == text[-1] and end - start == len(text):
        return start + 1, end - 1
    return start, end


def _group(m: dict) -> str:
    if m.get("how") == "coreference":
        return "coreference"
    return GROUPS.get(m.get("kind", ""), m.get("kind", "other"))


def evaluate(gold: Path, seeds: Path) -> Report:
    from ..actors import default_gazetteer, link, mention_json

    passages, gold_mentions = load_gold(gold)
    names = id_names([gold / "ids.tsv"] if (gold / "ids.tsv").exists() else [])
    gz = default_gazetteer()
    report = Report(gold_mentions=len(gold_mentions))
    for doc_name, ps, proc in documents(passages, seeds):
        report.docs += 1
        system = [mention_json(proc.doc, m) for m in link(proc.doc, doc_date=proc.date)]

        def inside(line: int) -> bool:
            return any(p["start_line"] <= line <= p["end_line"] for p in ps)

        out_of_scope = _metadata_lines(proc)
        sys_in = [m for m in system if inside(m["line"]) and m["line"] not in out_of_scope]
        gold_in = [m for m in gold_mentions if m["doc"] == doc_name and inside(m["line"])]
        gold_by_span = {span_key(g): g for g in gold_in}
        matched: set[tuple[int, int]] = set()
        for s in sys_in:
            key = span_key(s)
            g = gold_by_span.get(key)
            if g is None or key in matched:
                report.by_group[_group(s)].fp += 1
                report.errors.append({"type": "fp", "doc": doc_name, "line": s["line"], "text": s["text"], "id": s["id"]})
                continue
            matched.add(key)
            c = report.by_group[_group(g)]
            c.tp += 1
            if _same_link(s, g, gz, names):
                c.linked += 1
            else:
                report.errors.append({"type": "link", "doc": doc_name, "line": s["line"], "text": s["text"],
                                      "id": s["id"], "gold": g["id"]})
        for key, g in gold_by_span.items():
            if key not in matched:
                report.by_group[_group(g)].fn += 1
                report.errors.append({"type": "fn", "doc": doc_name, "line": g["line"], "text": g["text"], "gold": g["id"]})
    return report


def _metadata_lines(proc) -> set[int]:
    """Lines the gold guidelines leave out: article metadata (author line, keywords, bios, CLC,
    article number) and funding notes; abstracts stay in."""
    from ..layout.metadata import AUTHOR_LINE, label_of

    doc = proc.doc
    out: set[int] = set()
    for i, b in enumerate(doc.blocks):
        t = doc.block_text(i)
        lab = label_of(t)
        meta = (lab is not None and lab[0] != "abstract") or AUTHOR_LINE.match(t) or (b.kind == "footnote" and b.label == "*")
        if meta:
            out.update(range(b.line_first, b.line_last + 1))
    return out


def _same_link(s: dict, g: dict, gz, names: dict[str, str] | None = None) -> bool:
    if g.get("how") == "coreference":
        return sorted(s.get("refers_to") or [s["id"]]) == sorted(g.get("ids") or [g["id"]])
    if s["id"] == g["id"]:
        return True
    if names and g["id"] not in gz.entities and g["id"] in names:
        e = gz.find(names[g["id"]])  # a provisional gold id, named: compare the entity it names
        if e is not None and e.id == s["id"]:
            return True
    if str(s["id"]).startswith("x:") and g["id"] not in gz.entities:
        return (s.get("country") or None) == (g.get("country") or None)
    return False


def markdown(report: Report) -> str:
    j = report.to_json()
    rows = ["| kind | gold | P | R | F1 | linked F1 |", "|---|---:|---:|---:|---:|---:|"]
    for g, v in j["groups"].items():
        rows.append(f"| {g} | {v['tp'] + v['fn']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['linked_f1']:.3f} |")
    o = j["overall"]
    rows.append(f"| **all but coreference** | | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | {o['linked_f1']:.3f} |")
    return "\n".join(rows)
