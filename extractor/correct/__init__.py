"""Editors' corrections: kept beside the pages, applied to each record after parsing.

A stage between ``record`` and ``check``: it works on a record as JSON data, so the content
rules then judge the corrected record, and knows nothing of pages, runs or the review page.
"""
