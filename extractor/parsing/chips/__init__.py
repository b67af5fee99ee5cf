"""Splitting theme chips that a browser copy ran together on one line (see ``split.py``)."""
