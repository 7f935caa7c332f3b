"""The knowledge base (work in progress): schema, ingest and queries over SQLite by default."""

from .db import DEFAULT_DB, IngestResult, ingest_file, open_db
from .derive import rebuild, relations_on
from .query import counts, list_events, search

__all__ = ["DEFAULT_DB", "IngestResult", "ingest_file", "open_db", "search", "list_events", "counts", "rebuild",
           "relations_on"]
