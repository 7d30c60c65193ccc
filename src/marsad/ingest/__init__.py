"""Ingest: text, HTML, RSS/Atom, JSON Lines, CSV, directories and stdin in; Articles out."""

from marsad.ingest.readers import MAX_ARTICLE_CHARS, IngestError
from marsad.ingest.sources import read_bytes, read_inputs

__all__ = ["MAX_ARTICLE_CHARS", "IngestError", "read_bytes", "read_inputs"]
