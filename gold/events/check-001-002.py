"""Sanity check for the 001-002 event gold files (run with the project venv)."""
import collections, json, re, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")
TYPES = set("CONSULT AGREE ALIGN JOIN LEAVE ESTABLISH COOPERATE AID MOBILIZE POLICY SANCTION "
            "ACCUSE THREATEN COERCE".split())
MODS = {"asserted", "planned", "proposed", "hypothetical", "negated"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = ["id", "passage", "doc", "type", "actors", "recipients", "date", "date_end", "effective",
        "location", "modality", "label", "object", "source", "quantities", "lines", "trigger", "note"]

def main():
    errs = []
    passages = {p["id"]: p for p in yaml.safe_load((HERE / "passages-001-002.yaml").read_text())}
    ids = {l.split("\t")[0] for l in (HERE / "ids-001-002.tsv").read_text().splitlines()[1:] if l}
    nlines = {}
    for p in passages.values():
        f = SEEDS / p["doc"]
        if not f.exists():
            errs.append(f"passage {p['id']}: missing doc {p['doc']}")
            continue
        nlines[p["doc"]] = len(f.read_text(encoding="utf-8").splitlines())
        if not 1 <= p["start_line"] <= p["end_line"] <= nlines[p["doc"]]:
            errs.append(f"passage {p['id']}: bad span")
    seen, by_type, by_seed, by_mod = set(), collections.Counter(), collections.Counter(), collections.Counter()
    for n, line in enumerate((HERE / "events-001-002.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"line {n}: {exc}")
            continue
        eid = ev.get("id")
        missing = [k for k in KEYS if k not in ev]
        if missing:
            errs.append(f"{eid}: missing keys {missing}")
            continue
        if eid in seen:
            errs.append(f"{eid}: duplicate id")
        seen.add(eid)
        p = passages.get(ev["passage"])
        if p is None:
            errs.append(f"{eid}: unknown passage")
            continue
        if ev["doc"] != p["doc"]:
            errs.append(f"{eid}: doc differs from passage")
        if ev["type"] not in TYPES:
            errs.append(f"{eid}: bad type {ev['type']}")
        if ev["modality"] not in MODS:
            errs.append(f"{eid}: bad modality")
        for k in ("date", "date_end", "effective"):
            if ev[k] is not None and not DATE.match(ev[k]):
                errs.append(f"{eid}: bad {k} {ev[k]}")
        if ev["date_end"] and ev["date"] and ev["date_end"] < ev["date"]:
            errs.append(f"{eid}: date_end before date")
        if not ev["actors"]:
            errs.append(f"{eid}: no actors")
        for x in ev["actors"] + ev["recipients"]:
            if not (re.fullmatch(r"[A-Z]{3}", x) or re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x)):
                errs.append(f"{eid}: bad participant id {x}")
        a, b = ev["lines"]
        if not p["start_line"] <= a <= b <= p["end_line"]:
            errs.append(f"{eid}: lines {ev['lines']} outside passage {p['id']}")
        for x in ev.get("also_lines", []):
            if not 1 <= x <= nlines.get(ev["doc"], 0):
                errs.append(f"{eid}: also_line {x} outside document")
        if not ev["trigger"] or len(ev["trigger"]) > 12:
            errs.append(f"{eid}: trigger missing or too long")
        by_type[ev["type"]] += 1
        by_seed[ev["doc"][:3]] += 1
        by_mod[ev["modality"]] += 1
    print("events:", len(seen), "passages:", len(passages), "extra ids:", len(ids))
    print("per seed:", dict(sorted(by_seed.items())))
    print("per type:", dict(by_type.most_common()))
    print("per modality:", dict(by_mod.most_common()))
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
