"""A profile written as a social thread: numbered posts whose text keeps its line breaks only
through CSS (``white-space: pre-wrap``), each post under its header ("Name @handle · 13h"),
its text ending with the thread's counter ("3/6") and the action bar's counts under it. The
post's lines are lines, as a browser shows them; the headers, counters and counts are the
app's, set aside; scores written "Name – 95" in a post are read as a column. Whole pages (made
up)."""

from __future__ import annotations

from html import escape
from typing import Any

import pytest

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

POSTS = [
    "Mara Quill\nHead of Ferries at Laguna Lines\n\nOur guest this week. A thread",
    "Mara Quill runs the ferry crews on the lagoon, from the rail station to the islands.",
    "Episode Summary\n\nMara Quill talks about timetables, fog and the night boat.",
    "Dimension Profile\n\nStrategic Vision – 70\nExecution & Craft – 85\nTeam & Leadership – 60",
    "Key Themes\n\nferries\ntimetables\nlagoon transport\nnight shifts",
    "{principles}\n\n→ Open the gate for the slowest boat first\n"
    "→ Every shift leaves the log cleaner than it found it\n"
    "→ Ask the tide before you ask the board",
]


def _post(number: int, text: str, style: str) -> str:
    return (
        '<div class="post"><a href="#"><span>Harbour Guests</span>'
        f"<span> @harbourguests.social.example</span></a><span> · {12 - number}h</span>"
        f'<div style="{style}">{escape(text)}\n\n{number}/{len(POSTS)}</div>'
        f"<div><button>{number + 2}</button><button>{3 * number}</button></div></div>"
    )


def _page(style: str = "white-space: pre-wrap", principles: str = "Leadership Principles") -> str:
    texts = [text.replace("{principles}", principles) for text in POSTS]
    posts = "".join(_post(n, text, style) for n, text in enumerate(texts, 1))
    return f"<html><body><main><div>Post</div>{posts}</main></body></html>"


def _parse(page: str, name: str = "thread.html") -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), name).record)


@pytest.mark.parametrize("principles", ["Leadership Principles", "HOW THEY LEAD"])
def test_a_threads_posts_read_without_the_apps_lines(principles: str) -> None:
    record = _parse(_page(principles=principles))
    assert record["name"] == "Mara Quill"
    assert record["headline"] == "Head of Ferries at Laguna Lines"
    assert record["summary"] == "Mara Quill talks about timetables, fog and the night boat."
    assert record["themes"] == ["ferries", "timetables", "lagoon transport", "night shifts"]
    assert record["principles"] == [
        "Open the gate for the slowest boat first",
        "Every shift leaves the log cleaner than it found it",
        "Ask the tide before you ask the board",
    ]
    assert [d["score"] for d in record["dimensions"]] == [70, 85, 60]


def test_text_without_pre_wrap_is_one_paragraph_a_post() -> None:
    with pytest.raises(Refusal):  # each post's lines run together: no section stands alone
        _parse(_page(style="font-size: 15px"))


def test_the_browsers_copy_of_the_thread() -> None:
    lines = []
    for number, post in enumerate(POSTS, 1):
        text = post.replace("{principles}", "Leadership Principles")
        lines += [f"Harbour Guests @harbourguests.social.example · {12 - number}h", text, ""]
        lines += [f"{number}/{len(POSTS)}", str(number + 2), str(3 * number)]
    record = _parse("\n".join(lines) + "\n", "thread.txt")
    assert record["themes"] == ["ferries", "timetables", "lagoon transport", "night shifts"]
    assert record["principles"][-1] == "Ask the tide before you ask the board"
    assert "Harbour Guests" not in str(record["summary"])


def test_post_headers_without_counters_are_no_thread() -> None:
    """Two "— Name @handle · Mar 12" lines under quotations are the quotes' attributions, not
    a thread's post headers: no "n/N" counters prove a thread, so nothing is set aside (the
    other speaker's line was dropped, the quote credited to the leader, silently)."""
    page = (
        "# Ada Stone\n\nChief Operating Officer at Northwind\n\n## Summary\n\n"
        "Ada Stone runs operations at Northwind and writes about pricing.\n\n"
        "## Notable Quotes\n\n"
        '"We price for the customer we want, not the one we have."\n\n'
        "— Ben Rudd @benrudd · Mar 12\n\n"
        '"Small teams ship the small thing first and learn from it."\n\n'
        "— Ada Stone @adastone · Mar 14\n"
    )
    result = parse_bytes(page.encode("utf-8"), "quotes.md")
    assert "Ben Rudd" in str(record_dict(result.record)["quotes"])
    assert not any("thread" in finding.message for finding in result.findings)


ARTICLE = """<html><body>
<article style="white-space: pre-wrap">
  <h1>Ada Stone</h1>
  <p>Chief Operating Officer at Northwind</p>
  <h2>Summary</h2>
  <p>Ada Stone runs operations at Northwind
  and writes about pricing for small teams.</p>
  <h2>Key Themes</h2>
  <ul><li>pricing</li><li>growth</li></ul>
  <h2>Leadership Principles</h2>
  <ol><li>Ship small
  things first</li><li>Ask the crew</li></ol>
  <h2>Notable Quotes</h2>
  <blockquote>We price for the customer
  we want.</blockquote>
  <p>— Ada Stone</p>
</article></body></html>"""


def test_pre_wrap_on_a_whole_article_keeps_its_elements_lines() -> None:
    """``white-space: pre-wrap`` on a container of paragraphs and items: their lines are the
    elements', the source's newlines its wrapping. Before, an item and the quotation were cut
    in two at the source's line break, silently."""
    record = _parse(ARTICLE, "article.html")
    assert record["principles"] == ["Ship small things first", "Ask the crew"]
    assert [q["text"] for q in record["quotes"]] == ["We price for the customer we want."]
    assert "\n" not in record["summary"]


def test_ratings_out_of_five_in_a_post_leave_the_threads_counters() -> None:
    """A post's scores written "Craft 4/5" end like a counter, of another total: the thread's
    counters are those of the total that counts up. Before, two totals hid the thread, its
    counters and counts read as themes ("5/6", "7"), silently."""
    posts = list(POSTS)
    POSTS[3] = "Dimension Profile\n\nStrategic Vision 4/5\nExecution & Craft 5/5\nTeam Spirit 3/5"
    try:
        record = _parse(_page())
    finally:
        POSTS[:] = posts
    assert record["themes"] == ["ferries", "timetables", "lagoon transport", "night shifts"]
    assert [d["score"] for d in record["dimensions"]] == [80, 100, 60]
