"""The knowledge base: schema, ingest and queries over SQLite by default."""

from .db import DEFAULT_DB, IngestResult, ingest_file, open_db
from .derive import rebuild, relations_on
from .query import EventFilter, count_events, counts, list_events, search

__all__ = [
           "DEFAULT_DB",
           "EventFilter",
           "IngestResult",
           "count_events",
           "counts",
           "ingest_file",
           "list_events",
           "open_db",
           "rebuild",
           "relations_on",
           "search",
]
