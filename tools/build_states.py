#!/usr/bin/env python3
"""Build the states gazetteer, src/latticework/data/gazetteer/states.yaml.

Inputs:
  * pycountry's ISO 3166-1 list (all current countries and territories; ids are alpha-3) and
    four dissolved states from its ISO 3166-3 list (SUN, YUG, CSK, DDR);
  * the zh_CN, zh_TW and zh_HK translations of those lists shipped with pycountry (gettext
    domains iso3166-1 / iso3166-3);
  * the hand-curated overlay states_zh.yaml (same directory): short Chinese names, regional and
    script variants, one-character abbreviations, 方-forms, organs and capitals used as
    metonyms, region tags and APEC membership. Where the overlay and pycountry disagree the
    overlay wins; pycountry names it lists under `exclude` are dropped.

Traditional-script forms of every curated name, 方-form and organ are generated with OpenCC
(s2t, s2tw, s2hk) and merged in; the overlay's `exclude` list removes generated or pycountry
forms that are wrong for regional usage.

The output is sorted by id and fully deterministic: running the script twice gives the same
file. Run with --check to rebuild in memory and fail if states.yaml is stale, and to print the
sanity report (ids, surface forms shared by two ids, abbreviations shared by two ids).

    .venv/bin/python tools/build_states.py          # write states.yaml, print the report
    .venv/bin/python tools/build_states.py --check  # verify only
"""

from __future__ import annotations

import argparse
import gettext
import sys
from collections import defaultdict
from pathlib import Path

import opencc
import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "src" / "latticework" / "data" / "gazetteer"
OVERLAY = GAZ / "states_zh.yaml"
OUT = GAZ / "states.yaml"

LOCALES = ("zh_CN", "zh_TW", "zh_HK")
HISTORIC = ("SUN", "YUG", "CSK", "DDR")
REGIONS = {
    "east_asia", "southeast_asia", "south_asia", "central_asia", "oceania", "pacific_islands",
    "north_america", "latin_america", "europe", "middle_east", "africa", "antarctica",
}
ROLES = {
    "capital", "seat", "executive_seat", "executive", "government", "head_of_state", "cabinet",
    "foreign_ministry", "defence_ministry", "commerce_ministry", "finance_ministry", "trade_office",
    "economy_ministry", "justice_ministry", "energy_ministry", "homeland_security", "security_council",
    "legislature", "legislature_upper", "legislature_lower", "military", "army", "navy", "air_force", "marines",
    "coast_guard", "central_bank", "intelligence", "party", "local_government", "development_agency", "development_finance", "export_credit", "embassy", "investment_screening", "unification_ministry", "mainland_affairs",
    "meteorological_agency", "interior_ministry", "ministry", "border_agency", "regulator", "court",
}
OVERLAY_FIELDS = {
    "kind", "name_en", "name_zh", "names", "latin", "latin_exclude", "exclude", "abbr", "abbr_ambiguous",
    "abbr_note", "abbr_context", "fang", "organs", "capital", "region", "apec", "dissolved", "note",
    "ambiguous_names",
}
# Field order in the output records.
ORDER = (
    "id", "kind", "name_en", "name_zh", "names", "latin", "abbr", "abbr_ambiguous", "abbr_note",
    "abbr_context", "fang", "organs", "capital", "region", "apec", "dissolved", "ambiguous_names", "note",
    "source",
)

_CONV = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk", "t2s")}


def t2s(s: str) -> str:
    return _CONV["t2s"].convert(s)


def trad_forms(s: str) -> list[str]:
    """The traditional-script forms of a simplified string (s2t, s2tw, s2hk), without repeats."""
    out: list[str] = []
    for k in ("s2t", "s2tw", "s2hk"):
        v = _CONV[k].convert(s)
        if v != s and v not in out:
            out.append(v)
    return out


def uniq(items) -> list:
    seen: set = set()
    out = []
    for x in items:
        key = repr(x)
        if x and key not in seen:
            seen.add(key)
            out.append(x)
    return out


def pycountry_records() -> dict[str, dict]:
    """id -> {name_en, latin, zh: [names in CN, TW, HK order], historic}."""
    tr1 = {loc: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc]) for loc in LOCALES}
    tr3 = {loc: gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=[loc]) for loc in LOCALES}
    recs: dict[str, dict] = {}

    def add(c, tr, historic: bool) -> None:
        en_attrs = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
        en = [a for a in en_attrs if a]
        zh: list[str] = []
        for loc in LOCALES:
            for a in ("common_name", "name", "official_name"):
                v = getattr(c, a, None)
                if not v:
                    continue
                z = tr[loc].gettext(v)
                if z != v:  # an untranslated string is English
                    zh.append(_clean_zh(z))
        recs[c.alpha_3] = {"name_en": en[0], "latin": uniq(en), "zh": uniq(zh), "historic": historic}

    for c in pycountry.countries:
        add(c, tr1, False)
    for code in HISTORIC:
        c = pycountry.historic_countries.get(alpha_3=code)
        add(c, tr3, True)
    return recs


def _clean_zh(z: str) -> str:
    # pycountry writes a few names with an ASCII space before a parenthesis: 科科斯 (基林) 群岛
    return z.replace(" (", "（").replace("(", "（").replace(")", "）").strip()


def load_overlay() -> dict:
    with OVERLAY.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def build(overlay: dict) -> tuple[list[dict], list[str]]:
    """The records of states.yaml, and the problems found in the overlay."""
    problems: list[str] = []
    base = pycountry_records()
    states = overlay.get("states") or {}
    for sid, o in states.items():
        if sid not in base:
            problems.append(f"overlay id {sid} is not a pycountry alpha-3 (or one of {HISTORIC})")
        for k in o or {}:
            if k not in OVERLAY_FIELDS:
                problems.append(f"{sid}: unknown overlay field {k!r}")
    records = []
    for sid in sorted(base):
        b = base[sid]
        o = states.get(sid) or {}
        rec = {"id": sid, "kind": o.get("kind", "state")}
        rec["name_en"] = o.get("name_en") or b["name_en"]
        exclude = set(o.get("exclude") or [])
        name_zh = o.get("name_zh") or (b["zh"][0] if b["zh"] else sid)
        curated = [name_zh] + list(o.get("names") or [])
        names = []
        for n in curated:
            names.append(n)
            names.extend(trad_forms(n))
        names.extend(b["zh"])
        rec["name_zh"] = name_zh
        rec["names"] = [n for n in uniq(names) if n not in exclude]
        latin_ex = set(o.get("latin_exclude") or [])
        rec["latin"] = [x for x in uniq([rec["name_en"], *(o.get("latin") or []), *b["latin"]]) if x not in latin_ex]
        if o.get("abbr"):
            rec["abbr"] = uniq(c for a in o["abbr"] for c in [a, *trad_forms(a)])
            if o.get("abbr_ambiguous"):
                rec["abbr_ambiguous"] = True
            if o.get("abbr_note"):
                rec["abbr_note"] = o["abbr_note"]
        if o.get("abbr_context"):
            rec["abbr_context"] = list(o["abbr_context"])
        if o.get("fang"):
            rec["fang"] = [f for f in uniq(x for f in o["fang"] for x in [f, *trad_forms(f)]) if f not in exclude]
        if o.get("organs"):
            organs = []
            for org in o["organs"]:
                if org.get("role") not in ROLES:
                    problems.append(f"{sid}: organ {org.get('name')} has unknown role {org.get('role')!r}")
                for form in [org["name"], *trad_forms(org["name"])]:
                    if form in exclude:
                        continue
                    d = {"name": form, "role": org["role"]}
                    if org.get("ambiguous"):
                        d["ambiguous"] = True
                    if org.get("note") and form == org["name"]:
                        d["note"] = org["note"]
                    organs.append(d)
            rec["organs"] = uniq(organs)
        if o.get("capital"):
            rec["capital"] = dict(o["capital"])
        region = o.get("region")
        if region:
            if region not in REGIONS:
                problems.append(f"{sid}: unknown region {region!r}")
            rec["region"] = region
        if o.get("apec"):
            rec["apec"] = True
        if o.get("dissolved"):
            rec["dissolved"] = str(o["dissolved"])
        if o.get("ambiguous_names"):
            rec["ambiguous_names"] = list(o["ambiguous_names"])
        if o.get("note"):
            rec["note"] = " ".join(str(o["note"]).split())
        rec["source"] = "pycountry+overlay" if o else "pycountry"
        records.append({k: rec[k] for k in ORDER if k in rec})
    return records, problems


# --- output ----------------------------------------------------------------------------------

HEADER = """\
# States and economies of the latticework gazetteer: one record per ISO 3166-1 country or
# territory ({n_current}) and per dissolved state kept for historical text ({n_hist}: {hist}).
#
# GENERATED by tools/build_states.py -- do not edit by hand; edit states_zh.yaml and rerun.
# Sources: pycountry {pyc_version} (ISO 3166-1 / ISO 3166-3 names, alpha-3 ids, and the zh_CN,
# zh_TW and zh_HK translations it ships); the curated overlay states_zh.yaml ({n_overlay}
# records: short names, regional variants, abbreviations, 方-forms, organs, capitals, regions,
# APEC membership); traditional-script forms generated with OpenCC (s2t, s2tw, s2hk).
# `source` says whether a record has curated data (pycountry+overlay) or only pycountry names.
# See SOURCES.md, section "states".
"""


def _scalar(v) -> str:
    s = yaml.safe_dump(v, allow_unicode=True, default_flow_style=True, width=10**9)
    s = s.strip()
    if s.endswith("\n..."):
        s = s[: -len("\n...")]
    elif s.endswith("..."):
        s = s[:-3].strip()
    return s


def dump(records: list[dict], n_overlay: int) -> str:
    hist = [r["id"] for r in records if r["id"] in HISTORIC]
    lines = [
        HEADER.format(
            n_current=len(records) - len(hist),
            n_hist=len(hist),
            hist=", ".join(hist),
            pyc_version=_pycountry_version(),
            n_overlay=n_overlay,
        )
    ]
    for r in records:
        first = True
        for k, v in r.items():
            prefix = "- " if first else "  "
            first = False
            lines.append(f"{prefix}{k}: {_scalar(v)}\n")
    return "".join(lines)


def _pycountry_version() -> str:
    try:
        from importlib.metadata import version

        return version("pycountry")
    except Exception:  # pragma: no cover
        return "(unknown version)"


# --- sanity report ---------------------------------------------------------------------------


def surface_index(records: list[dict]) -> dict[str, list[tuple[str, str, bool]]]:
    """simplified surface -> [(id, how, ambiguous)] the way the gazetteer loader sees it."""
    idx: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)

    def put(surface: str, sid: str, how: str, amb: bool) -> None:
        key = t2s(surface.strip())
        if key and (sid, how, amb) not in idx[key]:
            idx[key].append((sid, how, amb))

    for r in records:
        amb_names = {t2s(x) for x in r.get("ambiguous_names") or []}
        sid = r["id"]
        for n in [r["name_zh"], *r.get("names", [])]:
            put(n, sid, "name", t2s(n) in amb_names)
        for f in r.get("fang") or []:
            put(f, sid, "fang", t2s(f) in amb_names)
        for org in r.get("organs") or []:
            put(org["name"], sid, "organ", bool(org.get("ambiguous")) or t2s(org["name"]) in amb_names)
        cap = (r.get("capital") or {}).get("zh")
        if cap:
            put(cap, sid, "capital", t2s(cap) in amb_names)
    return idx


def report(records: list[dict], overlay: dict, problems: list[str]) -> list[str]:
    """Lines of the sanity report; the ones starting with ERROR fail --check."""
    out: list[str] = []
    valid = {c.alpha_3 for c in pycountry.countries} | set(HISTORIC)
    for r in records:
        if r["id"] not in valid:
            out.append(f"ERROR id {r['id']} is not an ISO alpha-3 code")
    out.extend(f"ERROR {p}" for p in problems)
    idx = surface_index(records)
    for key, entries in sorted(idx.items()):
        ids = {e[0] for e in entries}
        if len(ids) > 1:
            unmarked = {e[0] for e in entries if not e[2]}
            level = "ERROR" if len(unmarked) > 1 else "ok   "
            out.append(f"{level} surface {key} -> {sorted(ids)} (unambiguous for {sorted(unmarked)})")
    abbr: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for a in r.get("abbr") or []:
            if r["id"] not in abbr[t2s(a)]:
                abbr[t2s(a)].append(r["id"])
    for ch, ids in sorted(abbr.items()):
        if len(ids) > 1:
            out.append(f"note  abbreviation {ch} -> {ids} (the loader marks it ambiguous)")
    # generic organs must not collide with state-specific surfaces
    for g in overlay.get("generic_organs") or []:
        if g.get("role") not in ROLES:
            out.append(f"ERROR generic organ {g.get('name')} has unknown role {g.get('role')!r}")
        if t2s(g["name"]) in idx and not any(e[2] for e in idx[t2s(g['name'])]):
            out.append(f"note  generic organ {g['name']} is also a state-specific surface {idx[t2s(g['name'])]}")
    # other gazetteer files (organisations, persons) written by other helpers: shared surfaces
    for path in sorted(GAZ.glob("*.yaml")):
        if path.name in (OUT.name, OVERLAY.name):
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except Exception as exc:  # pragma: no cover
            out.append(f"note  could not read {path.name}: {exc}")
            continue
        recs = data if isinstance(data, list) else (data or {}).get("entries", []) if isinstance(data, dict) else []
        for rec in recs:
            if not isinstance(rec, dict):
                continue
            for n in [rec.get("name_zh"), *(rec.get("names") or [])]:
                if n and t2s(str(n)) in idx:
                    out.append(f"note  {path.name}: {rec.get('id')} shares the surface {n} with {idx[t2s(str(n))]}")
    n_over = sum(1 for r in records if r["source"] != "pycountry")
    out.append(
        f"info  {len(records)} records ({sum(1 for r in records if r['id'] in HISTORIC)} historic), "
        f"{n_over} curated, {sum(1 for r in records if r.get('apec'))} APEC economies, "
        f"{sum(len(r['names']) for r in records)} names, {len(idx)} distinct surfaces"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify that states.yaml is up to date; write nothing")
    ap.add_argument("--quiet", action="store_true", help="print only errors")
    args = ap.parse_args(argv)
    overlay = load_overlay()
    records, problems = build(overlay)
    text = dump(records, len(overlay.get("states") or {}))
    yaml.safe_load(text)  # must load
    lines = report(records, overlay, problems)
    errors = [x for x in lines if x.startswith("ERROR")]
    for x in lines:
        if not args.quiet or x.startswith("ERROR"):
            print(x)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("ERROR states.yaml is stale: run tools/build_states.py", file=sys.stderr)
            return 1
        return 1 if errors else 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(records)} records)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
