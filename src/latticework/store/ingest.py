"""Ingesting many files: extraction in parallel worker processes, writing in this one.

Each document is written in its own transaction, so an ingest killed half-way leaves every
finished document whole and the rerun completes the rest (unchanged files are recognised by
their content hash and skipped).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from ..errors import LatticeworkError
from .db import Payload, digest_of, extract_payload, known, write_payload


@dataclass
class Summary:
    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    articles: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.documents} documents: {self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{len(self.errors)} errors; {self.articles} articles, {self.events} events; {self.seconds:.1f} s")


def _extract(path: str, digest: str) -> Payload | str:
    """Worker: the payload, or the one-line error message."""
    try:
        return extract_payload(Path(path), digest)
    except LatticeworkError as exc:
        return exc.message
    except Exception as exc:  # a bug in extraction must not stop the other documents
        return f"{path}: internal error ({type(exc).__name__}: {exc})"


class Progress:
    """A one-line progress display on standard error: count, rate and time left."""

    def __init__(self, total: int, stream=sys.stderr):
        self.total, self.done, self.t0, self.stream = total, 0, time.perf_counter(), stream

    def step(self, label: str) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.t0
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        self.stream.write(f"\r[{self.done}/{self.total}] {rate:5.1f} docs/s, ETA {eta:5.0f} s  {label[-50:]:<50}")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def ingest_paths(engine: Engine, files: list[Path], workers: int = 1,
                 on_error: Callable[[str], None] | None = None) -> Summary:
    t0 = time.perf_counter()
    summary = Summary(documents=len(files))
    progress = Progress(len(files))
    todo: list[tuple[Path, str]] = []
    for f in files:
        try:
            digest = digest_of(f)
        except OSError as exc:
            _fail(summary, f"{f}: cannot be read ({exc.strerror or exc})", on_error, progress)
            continue
        if known(engine, digest) is not None:
            summary.unchanged += 1
            progress.step(str(f))
        else:
            todo.append((f, digest))

    def store(result: Payload | str, label: str) -> None:
        if isinstance(result, str):
            _fail(summary, result, on_error, progress)
            return
        try:
            r = write_payload(engine, result)
        except LatticeworkError as exc:
            _fail(summary, exc.message, on_error, progress)
            return
        setattr(summary, r.status, getattr(summary, r.status) + 1)
        summary.articles += r.articles
        summary.events += r.events
        progress.step(label)

    if workers <= 1 or len(todo) <= 1:
        for f, digest in todo:
            store(_extract(str(f), digest), str(f))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending = {pool.submit(_extract, str(f), d): str(f) for f, d in todo}
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    store(fut.result(), pending.pop(fut))
    summary.seconds = time.perf_counter() - t0
    return summary


def _fail(summary: Summary, message: str, on_error: Callable[[str], None] | None, progress: Progress) -> None:
    summary.errors.append(message)
    if on_error:
        on_error(message)
    progress.step("error")
