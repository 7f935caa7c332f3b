"""The `latticework` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .errors import LatticeworkError


def _cmd_inspect(args: argparse.Namespace) -> int:
    from .inspect_view import inspect_json, inspect_text
    from .pipeline import process

    p = process(args.file)
    if args.json:
        _print_json(inspect_json(p))
    else:
        print(inspect_text(p))
    return 0


def _cmd_clean(args: argparse.Namespace) -> int:
    from .inspect_view import clean_json
    from .pipeline import process

    p = process(args.file)
    if args.json:
        _print_json(clean_json(p))
    else:
        print(p.doc.simplified if args.simplified else p.doc.text)
    return 0


_DATE_HELP = ("the document's date (YYYY, YYYY-MM or YYYY-MM-DD) when it states none of its own, as a wire story "
              "copied without its page (今天, 昨天 and a dateline's day are read from it)")


def _cmd_entities(args: argparse.Namespace) -> int:
    from .actors import link, mention_json
    from .pipeline import process

    p = process(args.file, date=args.date)
    mentions = link(p.doc, doc_date=p.date)
    rows = [mention_json(p.doc, m) for m in mentions]
    if args.json:
        _print_json({"file": p.source.path, "mentions": rows})
    else:
        for r in rows:
            print(f"{r['line']:>6}  {r['text']:<16} {r['id']:<28} {r['kind']:<12} {r['country'] or '-':<4} {r['how']}")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .evaluate import entities as ev_entities
    from .evaluate import events as ev_events

    ev = ev_entities if args.what == "entities" else ev_events
    gold = Path(args.gold)
    if not gold.is_dir():
        raise LatticeworkError(gold, "gold set not found (a directory is expected)")
    report = ev.evaluate(gold, Path(args.seeds))
    if args.json:
        extra = {"participant_errors": report.arg_errors[: args.errors],
                 "attribute_errors": report.attr_errors[: args.errors]} if hasattr(report, "arg_errors") else {}
        _print_json({**report.to_json(), "errors": report.errors[: args.errors], **extra})
    else:
        print(ev.markdown(report, by_doc=True) if getattr(args, "by_doc", False) and ev is ev_events else ev.markdown(report))
        for e in report.errors[: args.errors] + getattr(report, "arg_errors", [])[: args.errors] + \
                getattr(report, "attr_errors", [])[: args.errors]:
            rest = {k: v for k, v in e.items() if k not in ("type", "doc", "line")}
            print(f"  {e['type']:<4} {e['doc'][:3]}:{e['line']:<5} {rest}")
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import bench

    r = bench.run([Path(p) for p in args.paths], repeat=args.repeat, with_mentions=not args.no_mentions)
    if args.json:
        _print_json(r.to_json())
    else:
        print(bench.text_report(r))
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .events import event_json, extract_events
    from .pipeline import process

    p = process(args.file, date=args.date)
    for ev in extract_events(p):
        row = event_json(p, ev)
        if args.jsonl:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            who = ",".join(a["country"] or a["id"] for a in row["actors"])
            whom = ",".join(r["country"] or r["id"] for r in row["recipients"])
            ev0 = row["evidence"] if isinstance(row["evidence"], dict) else row["evidence"][0]
            print(f"{ev0['line']:>6} {row['type']:<10} {row['date'] or '-':<10} {row['modality']:<12} {who} -> {whom}  "
                  f"{row['label'] or (row['object'] or {}).get('name') or ''}  [{row['trigger']}]")
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .readers import SUPPORTED
    from .store import open_db, rebuild
    from .store.ingest import ingest_paths

    engine = open_db(args.db)
    files: list[Path] = []
    for raw in args.paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED))
        else:
            files.append(p)

    def report(message: str) -> None:
        print(f"\nlatticework: error: {message}", file=sys.stderr)

    summary = ingest_paths(engine, files, workers=args.workers, on_error=report)
    rebuild(engine)  # relationship states and memberships follow the stored events
    print(summary.line())
    return 1 if summary.errors and len(summary.errors) == len(files) else 0


def _cmd_search(args: argparse.Namespace) -> int:
    from .store import open_db, search

    hits = search(open_db(args.db), args.query, limit=args.limit)
    if args.json:
        _print_json([h.__dict__ for h in hits])
    else:
        for h in hits:
            print(f"{h.document}:{h.line} ({h.kind})  {h.snippet}")
    return 0


def _cmd_events(args: argparse.Namespace) -> int:
    from .store import list_events, open_db

    rows = list_events(open_db(args.db), actor=args.actor, etype=args.type, since=args.since, until=args.until,
                       limit=args.limit)
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            print(f"{r['date'] or '-':<10} {r['type']:<10} {','.join(r['actors'])} -> {','.join(r['recipients'])}  "
                  f"{r['label'] or r['object'] or ''}  [{r['document']}:{r['evidence'][0]['line'] if r['evidence'] else '?'}]")
    return 0


def _cmd_relations(args: argparse.Namespace) -> int:
    from .actors import default_gazetteer
    from .store import open_db, relations_on

    ent = default_gazetteer().find(args.entity)
    key = ent.id if ent is not None else args.entity
    result = relations_on(open_db(args.db), key, args.on)
    if args.json:
        _print_json({"entity": key, "on": args.on, **result})
    else:
        print(f"{key} on {args.on}")
        for t in result["ties"]:
            ev = t["evidence"][0] if t["evidence"] else {}
            print(f"  {t['other']:<6} {t['kind']:<12} {t['label']}  since {t['since'] or '?'}  [{ev.get('document', '')}:{ev.get('line', '')}]")
        for m in result["memberships"]:
            print(f"  member of {m['organisation']:<20} {m['role']:<16} since {m['since'] or '?'} ({m['source']})")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .store import open_db
    from .store.export import export_events, export_graph

    engine = open_db(args.db)
    out = Path(args.output) if args.output else None
    if args.what == "events":
        text = export_events(engine, args.format or "jsonl", out)
    else:
        text = export_graph(engine, args.format or "graphml", out, args.year)
    if text is not None:
        sys.stdout.write(text)
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    from .actors import default_gazetteer
    from .store import list_events, open_db

    ent = default_gazetteer().find(args.entity)
    key = ent.id if ent is not None else args.entity
    rows = list_events(open_db(args.db), actor=key, limit=args.limit)
    if args.json:
        _print_json({"entity": key, "events": rows})
    else:
        for r in rows:
            print(f"{r['date'] or '-':<10} {r['type']:<10} {','.join(r['actors'])} -> {','.join(r['recipients'])}  "
                  f"{r['label'] or r['object'] or ''}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .serve import create_app

    db = args.db or "latticework.sqlite"
    try:
        app = create_app(db)
    except FileNotFoundError:
        raise LatticeworkError(db, "no knowledge base here yet: run `latticework ingest PATH --db " + db + "` first") from None
    print(f"latticework explorer on http://{args.host}:{args.port}/ (JSON API under /api, OpenAPI docs at /docs; "
          "Ctrl-C stops it)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _cmd_bench_explorer(args: argparse.Namespace) -> int:
    from .serve.bench import report, run

    result = run(n_events=args.events, repeat=args.repeat)
    if args.json:
        _print_json(result)
    else:
        print(report(result))
    return 0


def _print_json(obj: object) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="latticework",
        description="Chinese IR literature -> evidence-linked, temporal knowledge base of the Asia-Pacific order.",
    )
    ap.add_argument("--version", action="version", version=f"latticework {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("inspect", help="document kind, articles, metadata, sections and footnotes")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="machine-readable output (schema: docs/inspect.md)")
    p.set_defaults(func=_cmd_inspect)

    p = sub.add_parser("clean", help="the cleaned text (every character maps back to the original)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="blocks, offsets, markers and dropped furniture")
    p.add_argument("--simplified", action="store_true", help="simplified-script view of traditional text")
    p.set_defaults(func=_cmd_clean)

    p = sub.add_parser("entities", help="mentions of states, organisations, agreements and persons, linked")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="machine-readable output (schema: docs/entities.md)")
    p.add_argument("--date", default=None, help=_DATE_HELP)
    p.set_defaults(func=_cmd_entities)

    p = sub.add_parser("evaluate", help="precision/recall/F1 against a gold set (docs/quality.md)")
    p.add_argument("what", choices=["entities", "events"])
    p.add_argument("gold", help="gold directory (e.g. gold/entities)")
    p.add_argument("--seeds", default=os.environ.get("LATTICEWORK_SEEDS", "../shared/seeds"),
                   help="folder holding the documents the gold set names")
    p.add_argument("--json", action="store_true")
    p.add_argument("--errors", type=int, default=0, help="list the first N errors")
    p.add_argument("--by-doc", action="store_true", help="events: precision/recall/F1 per document (aggregates only)")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("bench", help="throughput of each stage beside jieba's segmentation (docs/benchmarks.md)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--no-mentions", action="store_true", help="read, clean and layout only")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser("bench-explorer", help="explorer response times on a large knowledge base vs the samples (docs/benchmarks.md)")
    p.add_argument("--events", type=int, default=100_000, help="events in the large base (default 100000)")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_bench_explorer)

    p = sub.add_parser("extract", help="typed, dated, evidence-linked events (docs/events.md)")
    p.add_argument("file")
    p.add_argument("--jsonl", action="store_true", help="one JSON event a line")
    p.add_argument("--date", default=None, help=_DATE_HELP)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("ingest", help="store documents in the knowledge base (SQLite by default; docs/schema.md)")
    p.add_argument("paths", nargs="+", help="files or folders (searched recursively)")
    p.add_argument("--db", default=None, help="database file or URL (default latticework.sqlite)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="extraction processes (default: one per core)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("search", help="full-text search of the knowledge base (either script finds both)")
    p.add_argument("query")
    p.add_argument("--db", default=None)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_search)

    p = sub.add_parser("serve", help="the explorer (web pages and JSON API) on localhost, read-only")
    p.add_argument("--db", default=None)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("timeline", help="the events of one actor in date order")
    p.add_argument("entity")
    p.add_argument("--db", default=None)
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("export", help="events (jsonl, csv, parquet) or the network (graphml, gexf)")
    p.add_argument("what", choices=["events", "graph"])
    p.add_argument("--format")
    p.add_argument("--year", type=int, help="graph: events of that year, ties formed by then")
    p.add_argument("--output", "-o", help="file to write (required for parquet)")
    p.add_argument("--db", default=None)
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("relations", help="ties and memberships in force on a date, with evidence")
    p.add_argument("entity", help="ISO3 code, gazetteer id or name")
    p.add_argument("--on", required=True, help="ISO date")
    p.add_argument("--db", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_relations)

    p = sub.add_parser("events", help="events in the knowledge base, filtered")
    p.add_argument("--db", default=None)
    p.add_argument("--actor", help="ISO3 code or entity id of a participant")
    p.add_argument("--type")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_events)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except LatticeworkError as exc:
        print(f"latticework: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("latticework: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print(f"latticework: error: {getattr(args, 'file', '')}: out of memory", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback for the user; LATTICEWORK_DEBUG shows it
        if os.environ.get("LATTICEWORK_DEBUG"):
            raise
        where = getattr(args, "file", None)
        print(
            f"latticework: error: {where + ': ' if where else ''}internal error "
            f"({type(exc).__name__}: {exc}); rerun with LATTICEWORK_DEBUG=1 for details",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
