"""A docs page sets a section's text in a labelled box (an admonition): "tip" over the principles,
"quote" over each quotation. The label is the box's kind, reported as site chrome; it used to
break the section (nothing under the title fitted), so the principles and quotes were lost and
the summary, then the profile's last section, lost its last paragraph to the topic test.
"""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
SUMMARY_END = PAGE.index("Leadership Principles")
ADDED = "He also answers listeners' questions about working with his brother.\n\n"
PRINCIPLES = [
    "Ship the boring version first, then make it delightful",
    "Ask the person closest to the work before deciding",
    "Write the decision down before the meeting ends",
]
QUOTES = [
    ("We measure twice because the second time is cheaper than the rework.", "On planning"),
    ("Nobody remembers the deadline; everybody remembers the outage.", "On reliability"),
]
LAST = "Most product magic is just a hundred small decisions nobody else bothered with."


def _page(label_case: str = "lower") -> str:
    tip, quote = ("tip", "quote") if label_case == "lower" else ("TIP", "QUOTE")
    principles = "Leadership Principles\n" + tip + "\n" + "\n".join(PRINCIPLES) + "\n"
    quotes = "Notable Quotes\n" + "".join(
        f"{quote}\n\n{text}\n\n— {context}\n\n" for text, context in QUOTES
    )
    quotes += f"{quote}\n\n{LAST}\n\n"
    footer = "Edit this page\nPrevious\nJonas Berg\nNext\nPriya Rao\n"
    return PAGE[:SUMMARY_END] + ADDED + principles + quotes + footer


def test_box_labels_are_chrome_and_the_sections_read() -> None:
    for case in ("lower", "upper"):
        result = parse_bytes(_page(case).encode("utf-8"), "page.txt")
        record = result.record
        assert record.summary is not None and record.summary.endswith(ADDED.strip())
        assert list(record.principles) == PRINCIPLES
        assert [(q.text, q.context) for q in record.quotes[:2]] == QUOTES
        assert record.quotes[2].text == LAST  # the last box's words: a quote, flagged a guess
        assert any(f.code == "quote-last-guessed" for f in result.findings)
        assert any(f.code == "site-chrome" and "box" in f.message for f in result.findings)


def test_a_one_word_line_that_does_not_recur_is_no_box_label() -> None:
    # "note" once, in the middle of the quotes: not a box's label, so it stays where it was.
    quotes = "".join(f'"{text}"\n\n— {context}\n\n' for text, context in QUOTES)
    page = PAGE[: PAGE.index("Notable Quotes")] + "Notable Quotes\n\n" + quotes
    page = page.replace("— On planning\n\n", "— On planning\n\nnote\n\n", 1)
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert not any("box" in f.message for f in result.findings)
