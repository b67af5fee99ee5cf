"""A testimonial card's caption over two lines: the speaker's name, then who they are or on what.

Page builders set the name in bold and the role or topic in small type under it, each in an
element of its own; every converter gives them as two lines. The second line used to start a
quote of its own (or end the profile, the later quotes lost as chrome). A name written without
spaces, in a script without case ("陳建宏"), is a name too, and a sentence in such a script
("她的杯測筆記比我們的帳本還要仔細。") is a quotation.
"""

from __future__ import annotations

from conftest import SAMPLES

from extractor.parsing.sections.quotes import looks_like_person, split_attribution
from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
HEAD = PAGE[: PAGE.index("Notable Quotes")]
TAIL = "\n\nWork with me\n\nFor enquiries, write to the studio and we reply within a week.\n"


def _quotes(body: str) -> list[dict[str, str | None]]:
    page = HEAD + "Notable Quotes\n\n" + body + TAIL
    record = parse_bytes(page.encode("utf-8"), "page.txt").record
    return [q.model_dump() for q in record.quotes]


def test_name_then_role_is_one_caption() -> None:
    body = (
        "“Measure the queue before you buy another machine.”\n\nGustav Soderstrom\n\n"
        "On capacity planning\n\n"
        "“He reads every incident report himself, even the small ones.”\n\nMarta Quist\n\n"
        "head of operations\n\n"
        "“The plan is the cheap part, and the follow-up is the rest of it.”\n\nGustav Soderstrom\n\n"
        "Em assembleia"
    )
    assert _quotes(body) == [
        {
            "text": "Measure the queue before you buy another machine.",
            "speaker": "Gustav Soderstrom",
            "context": "On capacity planning",
        },
        {
            "text": "He reads every incident report himself, even the small ones.",
            "speaker": "Marta Quist",
            "context": "head of operations",
        },
        {
            "text": "The plan is the cheap part, and the follow-up is the rest of it.",
            "speaker": "Gustav Soderstrom",
            "context": "Em assembleia",
        },
    ]


def test_unspaced_names_and_sentences() -> None:
    body = (
        "“Measure the queue before you buy another machine.”\n\n— On capacity planning\n\n"
        "“她的杯測筆記比我們的帳本還要仔細。”\n\n— 陳建宏, farmer, Leye village\n\n"
        "“Write it down before the meeting ends.”\n\n— On decisions"
    )
    quotes = _quotes(body)
    assert quotes[1] == {
        "text": "她的杯測筆記比我們的帳本還要仔細。",
        "speaker": "陳建宏",
        "context": "farmer, Leye village",
    }
    assert [q["context"] for q in quotes] == [
        "On capacity planning",
        "farmer, Leye village",
        "On decisions",
    ]


def test_one_caseless_word_is_a_name_only_at_a_name_s_length() -> None:
    assert looks_like_person("陳建宏")
    assert looks_like_person("김민준")
    assert not looks_like_person("林")  # one letter
    assert not looks_like_person("她的杯測筆記比我們的帳本還要仔細")  # a sentence
    assert not looks_like_person("farmer")  # a word with case must be capitalised
    assert split_attribution("陳建宏, farmer", "Ana Lee") == ("陳建宏", "farmer")
    # alone, one caseless word is as likely a word ("interview excerpt", "podcast") as a
    # name: the caption stays the leader's context, as it was
    assert split_attribution("访谈节选", "Ana Lee") == ("Ana Lee", "访谈节选")
    assert split_attribution("播客", "Ana Lee") == ("Ana Lee", "播客")


def test_a_site_line_under_the_last_name_is_not_its_caption() -> None:
    # One quote, its name, then a short line with nothing to show it is the caption's.
    body = "“Measure the queue before you buy another machine.”\n\nMarta Quist\n\nShare"
    quotes = _quotes(body)
    assert quotes[0]["text"] == "Measure the queue before you buy another machine."
    assert all("Share" not in str(q["context"]) and q["text"] != "Share" for q in quotes)
