"""A profile kept in a notebook and exported (Jupyter's HTML, then a converter): each code cell
stands under an "In [n]:" prompt, its value under "Out[n]:", and a data frame prints its rows
with their index (0, 1, 2, ...) before the cells.

The prompts and the code are the notebook's furniture, the site's chrome of this page: never a
theme, never the name. What a cell prints (the themes one a line) is the page's content. A
data frame's index column is the rows' places, not part of the labels: with it cut off, the
rows are the scores they show. Whole pages (made up)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.parsing.chrome import notebook_cell
from extractor.parsing.indexcol import without_index_column
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind
from extractor.record.serialize import record_dict

NAME = "Oona Virtanen-Lind"
HEADLINE = "Head of Research at Koivu Analytics"
SCORES = [("Data & Experimentation", 91), ("Strategic Vision", 74), ("Team & Leadership", 58)]
THEMES = ["survey design", "public data", "forest statistics", "open methods"]


def _parse(page: str, name: str) -> dict[str, Any]:
    fmt = {"html": "html", "md": "markdown"}.get(name.rsplit(".", 1)[-1], "text")
    return record_dict(parse_bytes(page.encode("utf-8"), name, fmt).record)


def _copied_page() -> str:
    """A browser's copy of the exported notebook: one line a cell's line, tabs between a
    data frame's cells."""
    rows = "".join(f"{i}\t{name}\t{score}\n" for i, (name, score) in enumerate(SCORES))
    return (
        'In [1]:\nimport pandas as pd\nperson = load_person("oona")\n'
        f"{NAME}\n\n{HEADLINE}\n\n"
        f"{NAME} leads a team of nine that turns national forest inventories into open data.\n\n"
        'Dimension Profile\nIn [2]:\ntable = pd.DataFrame(person["scores"])\ntable\nOut[2]:\n'
        f"\tdimension\tscore\n{rows}"
        'Key Themes\nIn [3]:\nprint(*person["themes"], sep="\\n")\n'
        + "".join(f"{theme}\n" for theme in THEMES)
        + "\nEpisode Summary\n\n"
        f"{NAME} on publishing raw survey data before the report is written.\n"
    )


def test_prompts_code_and_index_column_of_a_copied_notebook() -> None:
    """Before, the themes began with the prompt and the code's parts ("In [3]:",
    "print(*person[...]"), and the data frame's rows, each starting with its index, were no
    dimensions."""
    record = _parse(_copied_page(), "notebook.txt")
    assert (record["name"], record["headline"]) == (NAME, HEADLINE)
    assert record["themes"] == THEMES
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == SCORES
    chrome = [d["message"] for d in record["diagnostics"] if d["code"] == "site-chrome"]
    assert any("notebook cell" in message for message in chrome)


def test_html_data_frame_with_its_index_cells() -> None:
    """The exported HTML itself: the data frame a table whose rows start with an index cell.
    Before, the heading row's "score" over the first index cell "0" read as a dimension."""
    rows = "".join(
        f"<tr><th>{i}</th><td>{name}</td><td>{score}</td></tr>"
        for i, (name, score) in enumerate(SCORES)
    )
    page = (
        "<html><body>"
        f"<h1>{NAME}</h1><p><em>{HEADLINE}</em></p>"
        f"<p>{NAME} leads a team of nine that turns national forest inventories into open "
        "data.</p>"
        "<h2>Dimension Profile</h2><div>In [2]:</div><pre>table</pre><div>Out[2]:</div>"
        "<table><thead><tr><th></th><th>dimension</th><th>score</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        "<h2>Key Themes</h2><ul>" + "".join(f"<li>{t}</li>" for t in THEMES) + "</ul>"
        f"<h2>Episode Summary</h2><p>{NAME} on publishing raw survey data.</p>"
        "</body></html>"
    )
    record = _parse(page, "notebook.html")
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == SCORES


def _blocks(*texts: str) -> list[Block]:
    return [Block(Kind.PARAGRAPH, text, line, line) for line, text in enumerate(texts, 1)]


def test_drawn_data_frame_of_a_text_browser() -> None:
    """A text browser draws the data frame's table with walls and rules; before, its rows (an
    index cell, a name, a bare number) were no dimensions and the run of sections broke."""
    rows = "".join(
        f"| {i} | {name} | {score} |\n|---+---|\n" for i, (name, score) in enumerate(SCORES)
    )
    page = _copied_page().replace(
        "\tdimension\tscore\n"
        + "".join(f"{i}\t{name}\t{score}\n" for i, (name, score) in enumerate(SCORES)),
        "+--------+\n|   | dimension | score |\n|---+---|\n" + rows,
    )
    record = _parse(page, "notebook.txt")
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == SCORES
    assert record["themes"] == THEMES


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (("0 Alpha 90", "1 Beta 80", "2 Gamma 70"), ["Alpha 90", "Beta 80", "Gamma 70"]),
        # a drawn table: read as its rows' text, each rule joined to the row above it
        (
            (
                "┌─┬──────┬─────┐",
                "│ │ name │score│",
                "├─┼──────┼─────┤",
                "│0│Alpha │90 │",
                "├─┼──────┼─────┤",
                "│1│Beta │80 │",
                "│2│Gamma │70 │",
                "└─┴──────┴─────┘",
            ),
            ["name score", "Alpha 90", "Beta 80", "Gamma 70"],
        ),
        (
            ("| | name | score |", "| 0 | Alpha | 90 |", "| 1 | Beta | 80 |", "| 2 | Gamma | 70 |"),
            ["name score", "Alpha 90", "Beta 80", "Gamma 70"],
        ),
        # numbers that do not count up from 0 or 1, rows that end in no score, too few rows
        (("3 Alpha 90", "4 Beta 80", "5 Gamma 70"), None),
        (("0 Alpha 90", "2 Beta 80", "3 Gamma 70"), None),
        (("1 Plan the route", "2 Check the load", "3 Sign the sheet"), None),
        (("0 Alpha 90", "1 Beta 80"), None),
    ],
)
def test_index_column_only_when_rows_count_up_and_end_in_scores(
    texts: tuple[str, ...], want: list[str] | None
) -> None:
    got = without_index_column(_blocks(*texts))
    assert [b.text for b in got] == (list(texts) if want is None else want)
    # every source line stays in some block
    assert {n for b in got for n in range(b.start, b.end + 1)} == set(range(1, len(texts) + 1))


def test_index_cells_are_dropped_only_before_scored_rows() -> None:
    cells = _blocks("0", "Alpha", "90", "1", "Beta", "80", "2", "Gamma", "70")
    assert [b.text for b in without_index_column(cells)] == [
        "Alpha",
        "90",
        "Beta",
        "80",
        "Gamma",
        "70",
    ]
    years = _blocks("1", "Alpha", "Oslo", "2", "Beta", "Bergen", "3", "Gamma", "Tromsø")
    assert without_index_column(years) == years


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (("In [3]:", 'ax = table.plot(x="name")', "Alpha"), 2),
        # a cell's stderr, its path's line number wrapped apart from the colon by a browser
        (("In [3]:", "ax = table.plot()", "/srv/lib/core.py:12 : UserWarning: none", "Alpha"), 3),
        # a bare name shows a value only up to the cell's output prompt
        (("In [2]:", "table", "Out[2]:"), 2),
        (("In [2]:", "survey design", "public data"), 1),
        (("Out[2]:", "Alpha 90"), 1),
        (("In our work:", "Alpha"), 0),
    ],
)
def test_a_cells_furniture(texts: tuple[str, ...], want: int) -> None:
    assert notebook_cell(_blocks(*texts), 0) == want
