"""A profile set as a definition list: each field's term on its own line, its value under it
(``<dt>``/``<dd>`` as converters give them)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

_SECTIONS = "Dimension Profile\n\nStrategic Vision 95%\nHiring 70%\n\nEpisode Summary\n\nAda Stone talks about hiring.\n"


def _record(top: str) -> dict[str, object]:
    page = top + "\n\n" + _SECTIONS
    return record_dict(parse_bytes(page.encode(), "p.txt", "text").record)


def test_term_above_the_headline_is_not_the_headline() -> None:
    record = _record(
        "Ada Stone\n\nPosition\nFounder at Example Co\n\nBiography\n\nShe founded it in 2009."
    )
    assert (record["name"], record["headline"], record["bio"]) == (
        "Ada Stone",
        "Founder at Example Co",
        "She founded it in 2009.",
    )
    assert any(
        d["code"] == "site-chrome" and "definition list" in d["message"]
        for d in record["diagnostics"]  # type: ignore[attr-defined]
    )


def test_sentence_case_term_of_two_words() -> None:
    record = _record("Ada Stone\n\nJob title\nFounder at Example Co\n\nShe founded it in 2009.")
    assert (record["headline"], record["bio"]) == (
        "Founder at Example Co",
        "She founded it in 2009.",
    )


def test_two_capitalised_words_are_a_role_not_a_term() -> None:
    """ "Chief Executive" above a line is the headline itself, not a property's label."""
    record = _record("Ada Stone\n\nChief Executive\nFounder of Example Co\n\nShe founded it.")
    assert record["headline"] == "Chief Executive"


def test_term_between_the_name_and_the_headline_does_not_move_the_name() -> None:
    """The name is found over a term and its value as over a headline."""
    top = (
        "Home > People\nIngrid van der Berg\nPosition\nDirector-General, Example Authority\n"
        "Biography\n\nIngrid van der Berg has run Example Authority since 2019."
    )
    record = _record(top)
    assert (record["name"], record["headline"]) == (
        "Ingrid van der Berg",
        "Director-General, Example Authority",
    )


def test_html_definition_list_under_the_name() -> None:
    """The same as a ``<dl>`` in HTML, all on one source line."""
    page = (
        "<html><body><main><p>You are here: Home &gt; People</p><h1>Ingrid van der Berg</h1>"
        "<dl><dt>Position</dt><dd>Director-General, Example Authority</dd>"
        "<dt>Biography</dt><dd><p>Ingrid van der Berg has run Example Authority since 2019.</p>"
        "</dd><dt>Dimension Profile</dt><dd><dl><dt>Vision</dt><dd>90%</dd><dt>Hiring</dt>"
        "<dd>70%</dd></dl></dd><dt>Episode Summary</dt><dd><p>Ingrid van der Berg talks about"
        " hiring.</p></dd></dl></main></body></html>"
    )
    record = record_dict(parse_bytes(page.encode(), "p.html", "html").record)
    assert (record["name"], record["headline"]) == (
        "Ingrid van der Berg",
        "Director-General, Example Authority",
    )
