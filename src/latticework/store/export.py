"""Exports: events as JSONL/CSV/Parquet with PLOVER field names, the network as GraphML/GEXF.

Event rows use the PLOVER/POLECAT field names where they exist (event_id, event_date,
event_type, event_mode, actor, actor_country, recipient, recipient_country, place_name,
event_text) and latticework's own names for the rest.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select

from ..errors import LatticeworkError
from . import schema as S
from .query import EventFilter, list_events

if TYPE_CHECKING:
    from .network import Window


PLOVER_FIELDS = ["event_id", "event_date", "event_date_end", "event_type", "event_mode", "actor", "actor_country",
                 "recipient", "recipient_country", "place_name", "label", "object", "event_text", "document", "line",
                 "start", "end"]


def plover_row(ev: dict) -> dict:
    """One event (as list_events gives it) under PLOVER field names, with its first evidence span."""
    evid = ev["evidence"]
    return {
        "event_id": ev["id"],
        "event_date": ev["date"],
        "event_date_end": ev["date_end"],
        "event_type": ev["type"],
        "event_mode": ev["modality"],
        "actor": ";".join(ev["actors"]),
        "actor_country": ";".join(a for a in ev["actors"] if len(a) == 3 and a.isupper()),
        "recipient": ";".join(ev["recipients"]),
        "recipient_country": ";".join(r for r in ev["recipients"] if len(r) == 3 and r.isupper()),
        "place_name": ev.get("location"),
        "label": ev["label"],
        "object": ev["object"],
        "event_text": evid[0]["text"] if evid else None,
        "document": ev["document"],
        "line": evid[0]["line"] if evid else None,
        "start": evid[0]["start"] if evid else None,
        "end": evid[0]["end"] if evid else None,
    }


def iter_plover_rows(engine: Engine, flt: EventFilter | None = None, sort: str = "date",
                     page: int = 2000) -> Iterator[dict]:
    """Every event of a selection, a page of queries at a time (memory stays flat on large bases)."""
    offset = 0
    while True:
        evs = list_events(engine, flt=flt or EventFilter(), sort=sort, offset=offset, limit=page)
        yield from (plover_row(ev) for ev in evs)
        if len(evs) < page:
            return
        offset += page


def plover_rows(engine: Engine) -> list[dict]:
    return list(iter_plover_rows(engine))


def csv_cell(value: object) -> object:
    """A cell that a spreadsheet will not run as a formula (document text is untrusted)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def events_csv(engine: Engine, flt: EventFilter | None = None, sort: str = "date") -> Iterator[str]:
    """The CSV of a selection, streamed in chunks (with a BOM so that spreadsheets read it as UTF-8)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=PLOVER_FIELDS)
    buf.write("\ufeff")
    w.writeheader()
    for k, row in enumerate(iter_plover_rows(engine, flt, sort), 1):
        w.writerow({f: csv_cell(v) for f, v in row.items()})
        if k % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def export_events(engine: Engine, fmt: str, out: Path | None) -> str | None:
    rows = plover_rows(engine)
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=PLOVER_FIELDS)
        w.writeheader()
        w.writerows({f: csv_cell(v) for f, v in r.items()} for r in rows)
        text = buf.getvalue()
    elif fmt == "parquet":
        if out is None:
            raise LatticeworkError(None, "parquet is binary: give --output FILE")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise LatticeworkError(None, "parquet export needs pyarrow (pip install pyarrow)") from None
        pq.write_table(pa.Table.from_pylist(rows), str(out))
        return None
    else:
        raise LatticeworkError(None, f"unknown event export format {fmt!r} (jsonl, csv, parquet)")
    if out is None:
        return text
    out.write_text(text, encoding="utf-8")
    return None


def graph(engine: Engine, year: int | None = None, window: Window | None = None):
    """States and organisations as nodes; alignment ties and event flows as edges (store/network.py)."""
    import networkx as nx

    from .network import Window, flows, ties

    if window is None:
        window = Window(since=year, until=year) if year is not None else Window()
    g = nx.MultiDiGraph()
    with engine.connect() as conn:
        names = {r.id: r for r in conn.execute(select(S.entities))}

    def node(key: str) -> None:
        if key not in g:
            r = names.get(key)
            g.add_node(key, label=(r.name_zh if r else key) or key, name_en=(r.name_en if r else "") or "",
                       kind=(r.kind if r else "state") or "")

    for f in flows(engine, window):
        node(f["source"])
        node(f["target"])
        g.add_edge(f["source"], f["target"], kind="events", weight=f["events"], mean_score=f["mean_score"])
    for t in ties(engine, window):
        node(t["source"])
        node(t["target"])
        g.add_edge(t["source"], t["target"], kind=t["kind"], label=t["label"], since=t["since"] or "")
    return g


def export_graph(engine: Engine, fmt: str, out: Path | None, year: int | None = None) -> str | None:
    import networkx as nx

    g = graph(engine, year)
    if fmt == "graphml":
        lines: Iterable[str] = nx.generate_graphml(g)
    elif fmt == "gexf":
        lines = nx.generate_gexf(g)
    else:
        raise LatticeworkError(None, f"unknown graph export format {fmt!r} (graphml, gexf)")
    text = "\n".join(lines) + "\n"
    if out is None:
        return text
    out.write_text(text, encoding="utf-8")
    return None
