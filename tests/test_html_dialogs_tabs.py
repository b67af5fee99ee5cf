"""The HTML reader on dialogs and tabs: what a page shows (or hides only behind its own tabs)
is content; closed dialogs, prompts and a tab bar's labels are not."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.blocks import Kind
from extractor.read.html import read_html


def texts(html: str) -> list[str]:
    return [b.text for b in read_html(html).blocks]


def _titles(text: str) -> bool:
    return text in {"Key Themes", "Notable Quotes"}


PROFILE = (
    "<h1>Liam O'Connor</h1><p>Head of Platform at Tidewater Bank</p>"
    "<p>Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
    "platform used by nine hundred engineers.</p>"
)
SECTIONS_A = (
    "<h2>Dimension Profile</h2><ul><li>Strategic Vision 65%</li><li>Execution &amp; Craft 80%"
    "</li></ul><h2>Key Themes</h2><ul><li>golden paths</li><li>migrations</li></ul>"
    "<h2>Episode Summary</h2><p>Liam O'Connor describes running an internal developer platform "
    "as a product at Tidewater Bank, from golden paths to the real cost of Kubernetes.</p>"
)
SECTIONS_B = (
    "<h2>Leadership Principles</h2><ul><li>Treat the platform as a product</li></ul>"
    "<h2>Notable Quotes</h2><blockquote>“Nobody chooses a golden path.”</blockquote>"
    "<p>— On golden paths</p>"
)


def test_open_dialog_holding_a_document_is_read_first() -> None:
    html = (
        "<body><main><h1>All people</h1><p>Priya Raman</p></main>"
        "<dialog open><h2>Liam</h2><p>Head of Platform</p><h3>Key Themes</h3><ul><li>paths</li>"
        "</ul></dialog></body>"
    )
    assert texts(html) == [
        "Liam",
        "Head of Platform",
        "Key Themes",
        "paths",
        "All people",
        "Priya Raman",
    ]


def test_role_dialog_shown_is_read_and_hidden_one_is_not() -> None:
    dialog = '<div role="dialog" aria-modal="true"{}><h2>A</h2><h3>B</h3><p>c</p></div>'
    assert texts("<p>page</p>" + dialog.format("")) == ["A", "B", "c", "page"]
    assert texts("<p>page</p>" + dialog.format(" hidden")) == ["page"]
    assert texts("<p>page</p>" + dialog.format(' aria-hidden="true"')) == ["page"]


def test_closed_dialogs_prompts_and_consent_modals_stay_dropped() -> None:
    closed = "<dialog><h2>A</h2><h3>B</h3><p>c</p></dialog>"
    prompt = "<dialog open><h2>Join us</h2><p>Get our posts.</p></dialog>"
    alert = '<div role="alertdialog"><h2>A</h2><h3>B</h3></div>'
    consent = '<div role="dialog" class="cookie-consent"><h2>Cookies</h2><h3>Choices</h3></div>'
    consent_in = '<div id="consent"><dialog open><h2>Cookies</h2><h3>Choices</h3></dialog></div>'
    prompt_role = '<div role="dialog"><h2>Join us</h2><p>Get our posts.</p></div>'
    in_template = "<template><dialog open><h2>A</h2><h3>B</h3></dialog></template>"
    in_hidden = '<div style="display:none"><div role="dialog"><h2>A</h2><h3>B</h3></div></div>'
    for markup in (closed, prompt, alert, consent, consent_in, prompt_role, in_template, in_hidden):
        assert texts("<p>page</p>" + markup) == ["page"], markup


def test_hidden_tab_panels_are_content_other_hidden_elements_are_not() -> None:
    html = (
        '<div role="tabpanel"><p>one</p></div><div role="tabpanel" hidden><p>two</p></div>'
        '<div role="tabpanel" aria-hidden="true"><p>three</p></div>'
        '<div role="tabpanel" class="tab hidden" style="display:none"><p>four</p></div>'
        "<details><summary>More</summary><p>five</p></details>"
        '<div hidden="until-found"><p>six</p></div>'
        '<div hidden><p>gone</p></div><span class="sr-only">gone</span>'
        '<div role="tabpanel" class="cookie-banner"><p>gone</p></div>'
    )
    assert texts(html) == ["one", "two", "three", "four", "More", "five", "six"]


def test_tab_bar_labels_are_navigation() -> None:
    html = (
        '<div role="tablist"><button role="tab" aria-selected="true">Overview</button>'
        '<button role="tab">Insights</button><a role="tab" href="#q">Quotes</a></div>'
        '<div role="tabpanel"><p>body</p></div>'
    )
    assert texts(html) == ["body"]
    titled = '<div role="tablist"><button role="tab">Key Themes</button></div><p>x</p>'
    assert [b.text for b in read_html(titled, _titles).blocks] == ["x"]


def test_a_tab_right_above_its_panel_that_names_a_section_titles_it() -> None:
    html = (
        '<div role="tablist"><h3 role="tab">Key Themes</h3><div role="tabpanel" hidden>'
        '<ul><li>paths</li></ul></div><h3 role="tab">Overview</h3>'
        '<div role="tabpanel" hidden><p>x</p></div></div>'
    )
    blocks = read_html(html, _titles).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.HEADING, "Key Themes"),
        (Kind.ITEM, "paths"),
        (Kind.PARAGRAPH, "x"),
    ]


def _record(html: str) -> dict[str, object]:
    return parse_bytes(html.encode(), "page.html").data


def test_profile_behind_tabs_reads_whole() -> None:
    tabs = (
        '<div role="tablist"><button role="tab" aria-selected="true">Overview</button>'
        '<button role="tab">Insights</button></div>'
    )
    html = (
        f"<html><body>{PROFILE}{tabs}<div role='tabpanel'>{SECTIONS_A}</div>"
        f"<div role='tabpanel' hidden>{SECTIONS_B}</div></body></html>"
    )
    record = _record(html)
    assert record["bio"] == (
        "Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
        "platform used by nine hundred engineers."
    )
    assert record["summary"] == (
        "Liam O'Connor describes running an internal developer platform as a product at "
        "Tidewater Bank, from golden paths to the real cost of Kubernetes."
    )
    assert record["principles"] == ["Treat the platform as a product"]
    assert record["quotes"] == [
        {
            "text": "Nobody chooses a golden path.",
            "speaker": "Liam O'Connor",
            "context": "On golden paths",
        }
    ]


def test_the_first_dialog_in_page_order_leads_whichever_its_kind() -> None:
    # <dialog open> and role=dialog elements are looked for apart; a page with both kinds
    # must still have the first one in page order read as the document.
    document = "<h2>{0} one</h2><p>x</p><h2>{0} two</h2><p>y</p>"
    role = '<div role="dialog">' + document.format("Role") + "</div>"
    opened = "<dialog open>" + document.format("Open") + "</dialog>"
    assert texts("<p>page</p>" + role + opened)[0] == "Role one"
    assert texts("<p>page</p>" + opened + role)[0] == "Open one"
    assert texts("<div>" + opened + "</div><p>page</p>" + role)[0] == "Open one"
