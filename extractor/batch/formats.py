"""The formats ``extractor export`` writes: a module of its own, so that the command line can
offer them as choices without importing the exporters (sqlite3, csv, the state database)."""

EXPORT_FORMATS = ("json", "jsonl", "csv", "sqlite", "jsonld")
