"""A row of team cards (a name and a job each, perhaps a line about the person) right under the
quotes, whose last quotation has no attribution of its own: the first card is the site's, not
that quotation's attribution.

Before, the first card's name was taken as the last quotation's speaker (and its job as the
context), with only an information note."""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

HTML = (SAMPLES / "elena-petrova.html").read_text("utf-8")
QUOTES = (
    '<section><h2>Notable Quotes</h2><div class="quote-card"><p>“Documentation is onboarding. '
    'If a new engineer needs a meeting, the docs failed.”</p><p class="by">On documentation as '
    'onboarding</p></div><div class="quote-card"><p>“Every price change ships with a migration '
    "guide, or it does not ship.”</p></div>"
)
TEAM = [
    ("Jonas Weber", "Chief Technology Officer", "Jonas runs the platform group."),
    ("Priya Shah", "Head of Design", "Priya leads design and research."),
    ("Tom Reed", "VP Sales", "Tom grew the sales team to forty."),
]


def _page(cards: str) -> bytes:
    start = HTML.index("<section><h2>Notable Quotes")
    end = HTML.index("</section>", start) + len("</section>")
    return (HTML[:start] + QUOTES + cards + "</section>" + HTML[end:]).encode()


def _card(name: str, job: str, blurb: str) -> str:
    line = f"<p>{blurb}</p>" if blurb else ""
    return f'<div class="card"><img src="/a.jpg" alt=""><p>{name}</p><p>{job}</p>{line}</div>'


def _last_speaker(data: dict[str, object]) -> object:
    quotes = data["quotes"]
    assert isinstance(quotes, list) and len(quotes) == 2
    return quotes[-1]["speaker"], quotes[-1]["context"]


def _doubted(data: dict[str, object]) -> bool:
    return any(
        f["code"] == "section-line-doubtful" and "Jonas Weber" in f["message"]
        for f in data["diagnostics"]  # type: ignore[attr-defined]
    )


def test_cards_with_a_name_and_a_job() -> None:
    data = parse_bytes(_page("".join(_card(n, j, "") for n, j, _ in TEAM)), "p.html").data
    assert _last_speaker(data) == ("Elena Petrova", None)
    assert _doubted(data)


def test_cards_with_a_line_about_each_person() -> None:
    data = parse_bytes(_page("".join(_card(n, j, b) for n, j, b in TEAM)), "p.html").data
    assert _last_speaker(data) == ("Elena Petrova", None)
    assert _doubted(data)


def test_cards_whose_line_names_the_person_before_a_comma_or_as_a_possessive() -> None:
    """ "Jonas, our CTO, runs ...", "Priya's team leads ...": the line about the person names
    them all the same (was: not a card's line, so no row; the first card silently the last
    quotation's attribution)."""
    blurbs = ["Jonas, our CTO, runs the platform group.", "Priya's team leads design."]
    team = [(n, j, b) for (n, j, _), b in zip(TEAM, [*blurbs, TEAM[2][2]], strict=True)]
    data = parse_bytes(_page("".join(_card(n, j, b) for n, j, b in team)), "p.html").data
    assert _last_speaker(data) == ("Elena Petrova", None)
    assert _doubted(data)


def test_one_testimonial_then_a_single_card_keeps_its_attribution() -> None:
    """One name and a job under the last quotation, nothing like it after: its attribution."""
    data = parse_bytes(_page(_card("Jonas Weber", "Chief Technology Officer", "")), "p.html").data
    assert _last_speaker(data)[0] == "Jonas Weber"


def test_closed_cards_buttons_on_one_line_each_under_the_quotes() -> None:
    """The team page's accordion as pandoc's Markdown gives it: quote cards (the words, the
    caption under them, the last with none), then each closed card's button (the name, the job
    and "Read bio +" on one line, not told apart) and its line about the person."""
    text = (SAMPLES / "amara-okafor.txt").read_text("utf-8")
    start = text.index("Notable Quotes")
    quotes = (
        "#### Notable Quotes\n\n::: quote-card\n"
        '"We stopped asking whether a team shipped and started asking whether a customer '
        'noticed."\n\nOn measuring outcomes\n:::\n\n::: quote-card\n"Slope beats intercept, '
        'every time."\n:::\n\n'
        "[Jonas Weber]{.name}[Chief Technology Officer]{.title}[Read bio +]{.toggle}\n\n"
        "::: bio\nJonas runs the platform group.\n:::\n\n"
        "[Priya Shah]{.name}[Head of Design]{.title}[Read bio +]{.toggle}\n\n"
        "::: bio\nPriya leads design and research.\n:::\n"
    )
    data = parse_bytes((text[:start] + quotes).encode(), "p.md", "markdown").data
    quotes_read = data["quotes"]
    assert [(q["speaker"], q["context"]) for q in quotes_read][-1] == ("Amara Okafor", None)


def test_attribution_over_a_titled_box_of_related_leaders_is_kept() -> None:
    """The last testimonial's name and job, then the site's "Leadership Team" box (a heading over
    cards of a name and a job): the heading ends any row, the attribution stays."""
    related = "<h2>Leadership Team</h2>" + "".join(_card(n, j, "") for n, j, _ in TEAM)
    cards = "<p>Ines Wolff</p><p>Head of Finance at Kestrel</p>"
    data = parse_bytes(_page(cards + "</section>" + related + "<section>"), "p.html").data
    assert _last_speaker(data)[0] == "Ines Wolff"
