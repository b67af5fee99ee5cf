"""Batch plumbing: many pages in, a folder of records and a report out (kept apart from the CLI)."""
