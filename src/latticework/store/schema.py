"""The knowledge-base schema: plain relational tables (SQLAlchemy Core), documented in docs/schema.md.

Every extracted row keeps its evidence: the document, the original character offsets and the
line. Derived tables (relationship states, memberships) are built from events and gazetteer
facts by later stages.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("path", Text, nullable=False),
    Column("format", String(8), nullable=False),
    Column("encoding", String(32)),
    Column("kind", String(16), nullable=False),
    Column("title", Text),
    Column("date", String(10)),
    Column("journal", Text),
    Column("issue_year", Integer),
    Column("issue_number", Integer),
    Column("issue_cumulative", Integer),
    Column("published", String(10)),
    Column("script", String(12)),
    Column("lines", Integer),
    Column("characters", Integer),
    Column("ingested_at", String(32)),
)
Index("ix_documents_path", documents.c.path)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("title", Text),
    Column("title_en", Text),
    Column("authors", Text),  # JSON list
    Column("keywords", Text),  # JSON list
    Column("clc", Text),  # JSON list
    Column("abstract", Text),
    Column("pages_first", Integer),
    Column("pages_last", Integer),
    Column("editor", Text),
    Column("funding", Text),
    Column("start_line", Integer),
    Column("end_line", Integer),
)
Index("ix_articles_document", articles.c.document_id)

blocks = Table(
    "blocks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", String(12), nullable=False),  # paragraph | heading | footnote
    Column("level", Integer),
    Column("label", String(8)),
    Column("text", Text, nullable=False),
    Column("text_simplified", Text, nullable=False),
    Column("tokens", Text, nullable=False),  # simplified, one token per Han character (full-text search)
    Column("orig_start", Integer, nullable=False),
    Column("orig_end", Integer, nullable=False),
    Column("line_first", Integer, nullable=False),
    Column("line_last", Integer, nullable=False),
)
Index("ix_blocks_document", blocks.c.document_id, blocks.c.seq)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("block_seq", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("orig_start", Integer, nullable=False),
    Column("orig_end", Integer, nullable=False),
    Column("line", Integer, nullable=False),
    # the map back to the original: JSON runs [clean offset in the sentence, original offset, length]
    Column("offset_runs", Text, nullable=False),
)
Index("ix_sentences_document", sentences.c.document_id, sentences.c.block_seq)

footnote_markers = Table(
    "footnote_markers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("block_seq", Integer, nullable=False),  # the block the marker stood in
    Column("pos", Integer, nullable=False),  # where it stood, in that block's cleaned text
    Column("label", String(8), nullable=False),
    Column("footnote_seq", Integer),  # the footnote block it was paired with (None: unpaired)
    Column("orig_start", Integer, nullable=False),
    Column("orig_end", Integer, nullable=False),
    Column("line", Integer, nullable=False),
)
Index("ix_footnote_markers_document", footnote_markers.c.document_id, footnote_markers.c.block_seq)

entities = Table(
    "entities",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("name_zh", Text),
    Column("name_en", Text),
    Column("country", String(3)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String(128), nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16)),
    Column("country", String(3)),
    Column("how", String(16)),
    Column("role", String(32)),
    Column("orig_start", Integer, nullable=False),
    Column("orig_end", Integer, nullable=False),
    Column("line", Integer, nullable=False),
)
Index("ix_mentions_entity", mentions.c.entity_id)
Index("ix_mentions_document", mentions.c.document_id, mentions.c.orig_start)  # also: mentions inside a block

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(12), nullable=False),
    Column("score", Float),
    Column("date", String(10)),
    Column("date_end", String(10)),
    Column("effective", String(10)),
    Column("location", Text),
    Column("modality", String(12), nullable=False),
    Column("label", Text),
    Column("object_id", Text),
    Column("object_name", Text),
    Column("source", Text),
    Column("trigger", Text),
    Column("confidence", Float),
    Column("in_footnote", Boolean, default=False),
    Column("quantities", Text),  # JSON list
)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_document", events.c.document_id)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),  # actor | recipient
    Column("entity_id", String(128), nullable=False),
    Column("country", String(3)),
)
Index("ix_participants_entity", event_participants.c.entity_id)
Index("ix_participants_country", event_participants.c.country)
Index("ix_participants_event", event_participants.c.event_id)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("orig_start", Integer, nullable=False),
    Column("orig_end", Integer, nullable=False),
    Column("line", Integer, nullable=False),
)
Index("ix_evidence_event", evidence.c.event_id, evidence.c.orig_start)

# --- derived tables (rebuilt after every ingest) --------------------------------------------

relationship_states = Table(
    "relationship_states",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("a", String(128), nullable=False),  # the two parties, a < b
    Column("b", String(128), nullable=False),
    Column("kind", String(16), nullable=False),  # alliance | partnership | diplomatic | other
    Column("label", Text, nullable=False),
    Column("since", String(10)),
    Column("until", String(10)),
    Column("event_id", Integer),  # the event that establishes it
)
Index("ix_relationship_a", relationship_states.c.a)
Index("ix_relationship_b", relationship_states.c.b)

memberships = Table(
    "memberships",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member", String(128), nullable=False),
    Column("organisation", String(128), nullable=False),
    Column("role", String(24), nullable=False),
    Column("since", String(10)),
    Column("until", String(10)),
    Column("source", String(16), nullable=False),  # gazetteer | event
    Column("event_id", Integer),
)
Index("ix_memberships_member", memberships.c.member)
Index("ix_memberships_organisation", memberships.c.organisation)
