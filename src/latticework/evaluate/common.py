"""What both evaluations share: gold passages grouped by document, and provisional id names."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import LatticeworkError
from ..pipeline import Processed, process


def documents(passages: list[dict], seeds: Path) -> Iterator[tuple[str, list[dict], Processed]]:
    """(document name, its passages, the processed document) for every document the gold names."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in passages:
        by_doc[p["doc"]].append(p)
    for name, ps in sorted(by_doc.items()):
        path = seeds / name
        if not path.exists():
            raise LatticeworkError(path, "document named by the gold set not found")
        yield name, ps, process(path)


def id_names(files: Iterable[Path]) -> dict[str, str]:
    """Provisional ids the annotators made up -> the Chinese name they gave (id, kind, name_zh, ...)."""
    names: dict[str, str] = {}
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) >= 3 and row[0] != "id":
                    names[row[0]] = row[2]
    return names


def read_jsonl(path: Path) -> list[dict]:
    """One JSON object a line; a bad line is an error naming the file and the line."""
    rows: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise LatticeworkError(path, f"line {n}: not JSON ({exc.msg})") from None
    return rows
