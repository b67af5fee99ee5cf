"""An email's layout table of one column, as markdownify writes it: an empty header cell
(``|  |``), the alignment row (``| --- |``), then one row a line of the email (``| Key
Themes |``), a nested table flattened into its row where the email set one (the scores, the
chips). A row of one cell is no pipe-table row by its cells, so the whole table was read as
one paragraph of pipes, and the page refused. Whole pages (made up)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.markdown import read_markdown

EMAIL = """Mail - Inbox

|  |
| --- |
| Lock Notes · Issue 12 |
| Ana Lukić |
| Chief Engineer, Dunav Locks |
| Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to Smederevo. |
| Dimension Profile |
| |  |  | | --- | --- | | Strategic Vision | 70 | | Execution & Craft | 85 | |
| Key Themes |
| |  | | --- | | locks | | river freight | | flood season | |
| Notable Quotes |
| “A lock is a promise to both ends of the river.” — On locks |

ReplyForward
"""


def test_each_row_of_a_one_column_table_is_a_line() -> None:
    texts = [b.text for b in read_markdown(EMAIL)]
    assert "Ana Lukić" in texts
    assert "Key Themes" in texts
    assert not any(text.startswith("|") for text in texts)


def test_the_email_is_read() -> None:
    record = parse_bytes(EMAIL.encode("utf-8"), "mail.md", "markdown").record
    assert record.name == "Ana Lukić"
    assert list(record.themes) == ["locks", "river freight", "flood season"]


def test_piped_lines_without_an_alignment_row_stay_text() -> None:
    """``| a |`` lines with no ``| --- |`` under a header are no table of one column."""
    texts = [b.text for b in read_markdown("Intro\n\n| first |\n| second |\n\nAfter\n")]
    assert texts[1].startswith("|")


def test_a_piped_table_with_a_one_column_row_under_it_is_still_a_table() -> None:
    """Rows that all start and end with a pipe are a table without an alignment row; a
    one-column row next to them (a spanning cell) joined their run, and none of them was read
    as a table any more: the rows came out as text with their pipes."""
    page = "Intro\n\n| Role | Company |\n| CEO | Acme |\n| Board seats |\n\nAfter\n"
    texts = [b.text for b in read_markdown(page)]
    assert "CEO" in " ".join(texts)
    assert not any(text.startswith("| Role") or text.startswith("| CEO") for text in texts)
