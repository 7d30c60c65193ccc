"""Extraction: Document -> mentions -> event frames."""
