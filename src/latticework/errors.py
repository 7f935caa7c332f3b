"""User-facing errors: one line, naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class LatticeworkError(Exception):
    """An error the CLI prints as one line (no traceback) and exits non-zero on."""

    exit_code = 2

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.path}: {self.problem}" if self.path else self.problem


class ReadError(LatticeworkError):
    """The file cannot be read as a document (missing, empty, binary, undecodable, no text layer)."""
