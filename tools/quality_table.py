"""Print the summary tables of docs/quality.md: entity and event figures on the seeds, the dev set
and every held-out set, from the evaluators (aggregates only: no error listing, so running it
does not expose held-out items).

    .venv/bin/python tools/quality_table.py [--seeds ../shared/seeds] [--sets "seeds,dev,retired 3"]

`--sets` limits the columns (by their labels), e.g. to the development sets while working.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from latticework.evaluate import entities as ev_entities
from latticework.evaluate import events as ev_events
from latticework.evaluate.attributes import ATTRIBUTES

ROOT = Path(__file__).resolve().parents[1]
RETIRED = {3, 5, 6, 7}  # held-out sets retired into development (their READMEs)
KINDS = ("state", "organisation", "document", "person", "place", "coreference")


def sets(seeds: Path) -> list[tuple[str, Path | None, Path | None, Path]]:
    """(column, entity gold, event gold, texts) for every gold set present."""
    g = ROOT / "gold"
    out = [("seeds", g / "entities", g / "events", seeds),
           ("dev", g / "dev" / "entities", g / "dev" / "events", g / "dev" / "texts"),
           ("held-out 1", g / "heldout" / "entities", g / "heldout" / "events", ROOT / "samples")]
    numbered = sorted(int(h.name[7:]) for h in g.glob("heldout[0-9]*") if h.name[7:].isdigit())
    for n in numbered:
        h = g / f"heldout{n}"
        # heldout3, heldout5, heldout6 and heldout7 were retired into development (their READMEs): tuned on since, so no
        # longer a measure of unseen text
        label = f"held-out {n}" if n not in RETIRED else f"retired {n}"
        out.append((label, h / "entities", h / "events", h / "texts"))
    # rewrites of development texts (gold/rewrites/README.md): the same facts told in other words or
    # forms, with the gold of the texts they rewrite; development material, read freely
    for r in sorted(p for p in (g / "rewrites").glob("*") if p.is_dir()):
        out.append((f"rw {r.name}", r / "entities", r / "events", r / "texts"))
    return [(c, e if e.is_dir() else None, v if v.is_dir() else None, t) for c, e, v, t in out if t.is_dir()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--sets", default="", help="comma-separated column labels to print (default: all)")
    args = ap.parse_args()
    cols = sets(Path(args.seeds))
    if args.sets:
        wanted = {x.strip() for x in args.sets.split(",")}
        cols = [c for c in cols if c[0] in wanted]
    ent = {c: ev_entities.evaluate(e, t) for c, e, _, t in cols if e is not None}
    evs = {c: ev_events.evaluate(v, t).to_json() for c, _, v, t in cols if v is not None}
    names = [c for c, *_ in cols]
    ent_cols = [c for c in names if c in ent]
    ent_rows = []
    for k in KINDS:
        cells = []
        for c in ent_cols:
            counts = ent[c].by_group.get(k)
            cells.append(f"{counts.prf()[2]:.3f}" if counts is not None and (counts.tp + counts.fn) else "–")
        ent_rows.append((k, cells))
    def all_but_coref(r: ev_entities.Report) -> float:
        return r.total(tuple(g for g in r.by_group if g != "coreference")).prf()[2]

    ent_rows.append(("**all but coreference**", [f"{all_but_coref(ent[c]):.3f}" for c in ent_cols]))
    _table("Entities, F1", "kind", ent_cols, ent_rows, gap=False)
    ev_cols = [c for c in names if c in evs]
    rows = [("gold events", lambda j: str(j["gold_events"])), ("precision", lambda j: f"{j['overall']['precision']:.3f}"),
            ("recall", lambda j: f"{j['overall']['recall']:.3f}"), ("F1", lambda j: f"{j['overall']['f1']:.3f}"),
            ("participants", lambda j: f"{j['participants_accuracy']:.3f}"), ("dates", lambda j: f"{j['date_accuracy']:.3f}"),
            ("modality", lambda j: f"{j['modality_accuracy']:.3f}")]
    _table("Events", "measure", ev_cols, [(label, [f(evs[c]) for c in ev_cols]) for label, f in rows])

    def attribute(c: str, attr: str) -> str:
        a = evs[c]["attributes"][attr]
        return f"{a['accuracy']:.3f} ({a['seen']})" if a["seen"] else "–"

    _table("Attributes of matched events whose gold states one: accuracy (number of such events)", "attribute", ev_cols,
           [(attr, [attribute(c, attr) for c in ev_cols]) for attr in ATTRIBUTES])


def _table(title: str, first: str, cols: list[str], rows: list[tuple[str, list[str]]], gap: bool = True) -> None:
    """A titled Markdown table: one row per (label, cells), one column per set."""
    print(("\n" if gap else "") + f"{title}\n")
    print(f"| {first} | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for label, cells in rows:
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
