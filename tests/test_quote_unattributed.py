"""A quotation without an attribution between two attributed ones, its marks lost (a text
browser's copy of block quotes): it is a quotation of its own, the leader's.

Before, the profile's last section ended at it (unmarked words under an attribution fit no
quote shape), so it and every quotation after it were read as site chrome.
"""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
QUOTES = PAGE[PAGE.index("Notable Quotes") : PAGE.index("Want to know how you compare?")]
UNMARKED = (
    "Notable Quotes\n\n"
    "The internet started with curation, then switched to recommendation.\n\n"
    "— On the three eras of internet products\n\n"
    "Recommendation was never the end of the story.\n\n"
    "A single big play button requires literally 100% or zero prediction error.\n\n"
    "— Gustav Soderstrom, on fault-tolerant interfaces\n\n"
)


def test_unattributed_quote_between_attributed_ones_is_kept() -> None:
    record = parse_bytes(PAGE.replace(QUOTES, UNMARKED).encode(), "page.txt").data
    assert record["quotes"] == [
        {
            "text": "The internet started with curation, then switched to recommendation.",
            "speaker": "Gustav Soderstrom",
            "context": "On the three eras of internet products",
        },
        {
            "text": "Recommendation was never the end of the story.",
            "speaker": "Gustav Soderstrom",
            "context": None,
        },
        {
            "text": "A single big play button requires literally 100% or zero prediction error.",
            "speaker": "Gustav Soderstrom",
            "context": "on fault-tolerant interfaces",
        },
    ]


def test_a_last_unmarked_sentence_under_unmarked_quotes_is_the_last_quote_flagged() -> None:
    """Unmarked words right under the last attribution, when the quotes above were set without
    marks too, are the section's last quotation (the leader's, no one named): not dropped as
    the site's, but a guess, so a warning names it."""
    last = "Recommendation was never the end of the story.\n"
    attributed = UNMARKED.replace("Recommendation was never the end of the story.\n\n", "")
    page = PAGE.replace(QUOTES, attributed + last + "\n")
    data = parse_bytes(page.encode(), "page.txt").data
    assert data["quotes"][-1] == {
        "text": "Recommendation was never the end of the story.",
        "speaker": data["name"],
        "context": None,
    }
    noted = [d["field"] for d in data["diagnostics"] if d["code"] == "quote-marks-missing"]
    assert noted == ["quotes"] * 3  # each quote without marks, the last one too
    guessed = [d for d in data["diagnostics"] if d["code"] == "quote-last-guessed"]
    assert [(d["severity"], d["field"]) for d in guessed] == [("warning", "quotes")]
    assert "Recommendation was never" in guessed[0]["message"]


def test_an_attributed_last_quote_is_no_guess() -> None:
    page = PAGE.replace(
        QUOTES, UNMARKED.replace("Recommendation was never the end of the story.\n\n", "")
    )
    data = parse_bytes(page.encode(), "page.txt").data
    assert [d for d in data["diagnostics"] if d["code"] == "quote-last-guessed"] == []


def test_an_attribution_whose_dash_stayed_in_its_text_is_still_the_quotes() -> None:
    """pandoc's span around a wrapped caption ("[- Name, role\nrole]{.text}") keeps its dash
    from being read as a list marker: a plain line opening with a dash under a quote is still
    its attribution."""
    page = (
        "# Ada Stone\n\nCEO at Acme Labs\n\nAda Stone runs Acme Labs, a maker of small robots."
        "\n\n## Dimension Profile\n\n- Strategic Vision: 95%\n- Execution: 80%\n\n"
        "## Notable Quotes\n\n[“Ship the boring version first.”]{.text}\n\n"
        "[- Grace Mutua, her first\nmanager]{.text}\n\n## Other stories\n\nBen Holt\n"
    )
    data = parse_bytes(page.encode(), "page.md").data
    assert data["quotes"] == [
        {
            "text": "Ship the boring version first.",
            "speaker": "Grace Mutua",
            "context": "her first manager",
        }
    ]
