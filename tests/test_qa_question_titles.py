"""A Q&A page titles each section with the interviewer's question ("Which rules do you lead
by?"), a bold paragraph that a converter turns into a plain line. No rule knows a question's
words, and a question ends in "?", no title's shape, so nothing under the questions was read:
the bio ran on over the summary's question and its answer, and the lists were lost.

A question standing alone is a title by its form: the section under it is typed by what it
holds (two scores, two tags or two short sentences are enough under a question), and on a page
where two questions or more title sections, a question over prose titles a section too (the
summary, when its prose names the leader).
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "# Mira Castell\n\n"
    "Chief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
    "She joined as a dispatcher in 2004 and has run the network since 2019.\n\n"
)
SUMMARY = (
    "Mira Castell explains why a regional airline publishes its delays before anyone asks, "
    "and what a crew roster teaches about trust."
)
ABOUT = f"**What did we talk about?**\n\n{SUMMARY}\n\n"
SCORES = (
    "**How did the panel rate you?**\n\n"
    "- Punctuality: 91 out of 100\n- Crew Care: 84 out of 100\n\n"
)
TAGS = "**What will you teach here?**\n\n- regional aviation\n- crew rostering\n\n"
RULES = (
    "**Which rules do you lead by?**\n\n"
    "1. Publish the delay before the passenger asks\n"
    "2. Roster the crew as you would want to be rostered\n\n"
)
QUOTE = "**From the conversation**\n\n> “A timetable is a promise.”\n>\n> On keeping to time\n\n"
NOTE = "This interview has been edited for length and clarity.\n\nShare this story\n"
SIDEBAR = "## Topics\n\n- Business School\n- Executive Education\n- Aviation\n- Research\n"


def _record(text: str, fmt: str = "markdown") -> dict[str, object]:
    return parse_bytes(text.encode(), "page.md", fmt).data


def test_the_questions_title_the_sections_they_stand_over() -> None:
    data = _record(HEAD + ABOUT + SCORES + TAGS + RULES + QUOTE + SIDEBAR)
    assert data["dimensions"] == [
        {"name": "Punctuality", "score": 91},
        {"name": "Crew Care", "score": 84},
    ]
    assert data["themes"] == ["regional aviation", "crew rostering"]
    assert data["principles"] == [
        "Publish the delay before the passenger asks",
        "Roster the crew as you would want to be rostered",
    ]
    assert data["quotes"] == [
        {
            "text": "A timetable is a promise.",
            "speaker": "Mira Castell",
            "context": "On keeping to time",
        }
    ]


def test_on_a_qa_page_a_question_over_prose_ends_the_bio() -> None:
    data = _record(HEAD + ABOUT + SCORES + TAGS + RULES + QUOTE + SIDEBAR)
    assert data["summary"] == SUMMARY
    bio = data["bio"]
    assert isinstance(bio, str)
    assert bio.endswith("since 2019.")


def test_the_questions_title_sections_once_the_converter_dropped_the_marks() -> None:
    plain = (HEAD + ABOUT + SCORES + TAGS + RULES + QUOTE + NOTE).replace("**", "")
    plain = plain.replace("# ", "")
    for mark in ("- ", "1. ", "2. ", ">\n"):
        plain = plain.replace(mark, "" if mark != ">\n" else "\n")
    plain = plain.replace("> ", "  ")  # a block quotation indented, as pandoc's plain text
    data = _record(plain, "text")
    assert data["themes"] == ["regional aviation", "crew rostering"]
    assert data["principles"] == [
        "Publish the delay before the passenger asks",
        "Roster the crew as you would want to be rostered",
    ]
    assert data["summary"] == SUMMARY
    # one quotation and the caption under it, its block's mark dropped: the quotes
    assert data["quotes"] == [
        {
            "text": "A timetable is a promise.",
            "speaker": "Mira Castell",
            "context": "On keeping to time",
        }
    ]


def test_one_question_over_prose_is_left_to_the_bio() -> None:
    # No section is titled by a question: the question is the bio's (said so, see
    # test_interview_questions), not a title.
    page = (
        HEAD
        + ABOUT
        + "## Dimension Profile\n\n- Punctuality: 91%\n- Crew Care: 84%\n- Cost: 70%\n\n"
        + "## Key Themes\n\n- regional aviation\n- crew rostering\n\n"
    )
    data = _record(page)
    bio = data["bio"]
    assert isinstance(bio, str)
    assert SUMMARY in bio
