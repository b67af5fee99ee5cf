"""extractor: leader profile pages in, validated structured records out."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
