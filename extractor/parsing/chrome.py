"""Site chrome: navigation and calls to action that frame a profile but belong in no field.

Only whole lines are recognised, so a sentence that merely mentions "the assessment" stays content.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.base.memo import per_line
from extractor.base.patterns import compiled
from extractor.base.textnorm import fold_key
from extractor.parsing.draft import Draft
from extractor.read.blocks import Block, Kind

_CHROME_LINES = frozenset(
    fold_key(line)
    for line in (
        "All Leaders",
        "Back to all leaders",
        "Back to leaders",
        "Back",
        "Take the Assessment",
        "Take the assessment now",
        "Start the Assessment",
        "Want to know how you compare?",
        "See how you compare",
        "Compare yourself",
        "Share",
        "Share this profile",
        "Back to top",
        "Skip to content",
        "Skip to main content",
        "Menu",
        "Close",
        "Subscribe",
        "Subscribe now",
        "Sign in",
        "Log in",
        "Sign up",
        "Accept all cookies",
        "Accept cookies",
        "Reject all",
        "Cookie settings",
        "Manage cookies",
        "Previous leader",
        "Next leader",
        "Leaders",
        "Home",
    )
)
# Phrases that are chrome wherever they appear inside a field (the gate's chrome-leak rule).
LEAK_PHRASES = (
    "Take the Assessment",
    "All Leaders",
    "Want to know how you compare",
    "Back to top",
    "Skip to content",
    "Accept all cookies",
    "Share this profile",
)
_ARROW = compiled(r"^\s*(?:[←→‹›«»⟵⟶⇐⇒]|<-|->|<<|>>)\s*|\s*(?:[←→‹›«»⟵⟶⇐⇒]|<-|->|<<|>>)\s*$")
_COPYRIGHT = compiled(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)


_CHROME_MAX_CHARS = 120
# A hex code with a figure in it, or in capitals: "#bad" or "#decade" is a hashtag.
_HEX_CODE = (
    r"(?:(?=[0-9A-Fa-f]{0,5}\d)[0-9A-Fa-f]{6}|(?=[0-9A-Fa-f]{0,2}\d)[0-9A-Fa-f]{3}"
    r"|[0-9A-F]{6}|[0-9A-F]{3})"
)
# A brand kit's colour swatches (a press kit, a style guide): each a colour's name of a word or
# a few, then its hex code ("Ink #1B1F3B", "\\#E4572E" as a Markdown writer escapes it), one to
# a line or a row of them run together. No profile line is a colour code.
_SWATCHES = compiled(rf"^(?:(?:[^\W\d_][\w'’-]*\s+){{0,3}}\\?#{_HEX_CODE}(?:\s+|$))+$")
# A code of six: a colour's. One of three alone on its line is as often a rank or a tag
# ("Top #100", a theme chip "#B2B"): a swatch only in a row of them.
_LONG_CODE = compiled(r"#[0-9A-Fa-f]{6}(?:\s|$)")

# The footer a blog's feed adds to each item, naming the post and the site it came from
# (WordPress's "The post <title> appeared first on <site>.", "This article was originally
# published on <site>", "Originally posted at <site>"): syndication, not the post's words. It
# opens with the post ("the/this post, article, entry, story") or with "originally", so a bio's
# sentence ("Her essay first appeared in ...") is not one; the site's name is capitalised, or
# a domain, and ends the line: a few words, no clause after a comma or a full stop (a bio's
# "Originally published in Harvard Business Review, her essay became ..." goes on).
_FEED_FOOTER = compiled(
    r"""^(?:(?:the|this)\s+(?:post|article|entry|story|piece)\b.{0,200}?\s
          (?:(?:was\s+)?(?:first|originally)\s+(?:appeared|published|posted)|appeared\s+first)
        |originally\s+(?:published|posted|appeared))
       \s+(?:on|at|in)\s+(?:the\s+)?(?=(?-i:[A-Z0-9])|[\w-]+\.[a-z]{2,}\b)
       (?:[^\s,;.!?]|\.(?=[^\s.]))+(?:\s+(?:[^\s,;.!?]|\.(?=[^\s.]))+){0,5}[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_FEED_FOOTER_MAX_CHARS = 400
_FEED_FOOTER_OPENINGS = frozenset("TtOo")

# A newsletter's call to action, by its shape rather than one site's words: an invitation to
# subscribe (sign up) to posts/updates/the newsletter (or to what the site publishes: interviews,
# episodes, stories, profiles), or to join/get the newsletter or an inbox delivery, optionally
# after a "Thanks for reading <publication>!" sentence or a short question ("Enjoying
# <publication>?"); or that thanks followed by a call to share; its button's label may follow
# on the same line ("Subscribe now", run on by a text browser). (A principle may start "Join"
# or "Get": only a newsletter or an inbox makes it an invitation.)
_CALL_TO_ACTION = compiled(
    r"""^(?:thanks?(?:\s+you)?\s+for\s+reading\b[^.!?]{0,80}[.!?]+\s*|[^.!?]{1,60}\?\s+)?
    (?:(?:subscribe|sign\s+up)\b[^.!?]{0,60}?
       \b(?:newsletter|posts?|updates|inbox|issues|emails?|articles|interviews?|episodes?
          |stories|profiles?)\b[^.!?]{0,40}
     |(?:join|get|receive)\b[^.!?]{0,60}?\b(?:newsletter|inbox)\b[^.!?]{0,40}
     |(?<=[.!?]\s)(?:share|this\s+post\s+is\s+public)\b[^.!?]{0,80})
    [.!?]*(?:\s+(?:subscribe|sign\s+up)(?:\s+(?:now|today|for\s+free))?[.!]?)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_CALL_TO_ACTION_MAX_CHARS = 200
# A widget's prompt is a paragraph or its heading; list items and quotations are the profile's.
_CALL_TO_ACTION_KINDS = frozenset({Kind.PARAGRAPH, Kind.HEADING})


# A row of a post's share buttons, as a converter runs their labels together on one line:
# "Share on X Share on LinkedIn Copy link", "Tweet · Email", "Share via WhatsApp". Each button
# is a sharing verb, the network it shares to (one word) after "on", "via" or "to"; the row
# holds one button that shares at least (a lone "Email" or "Print" is no share row).
_SHARE_BUTTON = (
    r"(?:share|post|send)(?:\s+(?:on|via|to)\s+[^\W\d_][\w.+-]*)?"
    r"|tweet(?:\s+(?:this|it))?|copy\s+(?:link|url)|e-?mail|print|save"
)
_SHARE_ROW = compiled(rf"^(?:(?:{_SHARE_BUTTON})(?:\s*[|·•/]\s*|\s+|$))+$", re.IGNORECASE)
_SHARING = compiled(r"\b(?:share|tweet|copy\s+(?:link|url))\b", re.IGNORECASE)
_SHARE_ROW_MAX_WORDS = 16


def _swatch_row(text: str) -> bool:
    """A line of swatches holds a colour's code of six, or two codes or more."""
    return _LONG_CODE.search(text) is not None or text.count("#") > 1


@per_line  # asked of every block; menus and buttons recur on every page
def is_chrome(text: str) -> bool:
    """True for a whole line of navigation or call to action (arrows and case ignored), a
    row of share buttons, or a brand kit's colour swatches."""
    if len(text) > _CHROME_MAX_CHARS:
        return False
    if _COPYRIGHT.match(text):
        return True
    if "#" in text and _SWATCHES.match(text) is not None and _swatch_row(text):
        return True
    if fold_key(_ARROW.sub("", text)) in _CHROME_LINES or _share_row(text):
        return True
    return not text[-1:].islower() and _toolbar_row(text)


# A block editor's toolbar over each block, read as a line: the block's type, then its
# buttons, glyphs and single capitals ("Paragraph↑↓≡BI🔗⋮", "Heading ↑ ↓ ≡ B I 🔗 ⋮"), or
# the buttons a converter wrapped onto a line of their own ("🔗 · ⋮", lynx's marks gone).
_TOOLBAR = compiled(r"^(?:[^\W\d_]{2,20})?(?:\s?(?:[^\w\s]|[A-Z](?![a-z])))+$")
# Distinct, and beyond ASCII (arrows, "≡", "⋮", an emoji): a rating's stars ("★★★★☆") are
# two, and ASCII's marks are a name's (".NET/C#").
_TOOLBAR_MIN_GLYPHS = 3


def _toolbar_row(text: str) -> bool:
    """A word (or none), then three different button glyphs or more, and nothing else."""
    if _TOOLBAR.match(text) is None:
        return False
    glyphs = {char for char in text if not char.isascii() and not char.isalnum()}
    if any(_BOX_DRAWING[0] <= char <= _BOX_DRAWING[1] for char in glyphs):
        return False  # a text table's border ("┌───┬──┐"), which the table's reading keeps
    return len(glyphs) >= _TOOLBAR_MIN_GLYPHS


_BOX_DRAWING = ("\u2500", "\u259f")  # box drawing and block elements


def is_feed_footer(text: str) -> bool:
    """A feed item's footer naming the post and its site (see ``_FEED_FOOTER``)."""
    return (
        text[:1] in _FEED_FOOTER_OPENINGS
        and len(text) <= _FEED_FOOTER_MAX_CHARS
        and _FEED_FOOTER.match(text) is not None
    )


def _share_row(text: str) -> bool:
    """A row of share buttons (see ``_SHARE_ROW``): one that shares, the others its kind."""
    return (
        len(text.split()) <= _SHARE_ROW_MAX_WORDS
        and _SHARING.search(text) is not None
        and _SHARE_ROW.match(text.strip()) is not None
    )


def is_call_to_action(block: Block) -> bool:
    """True for a whole line that asks the reader to subscribe to the site's posts ("Thanks for
    reading X! Subscribe for free to receive new posts."): the site's widget, not the profile."""
    text = block.text
    return (
        block.kind in _CALL_TO_ACTION_KINDS
        and len(text) <= _CALL_TO_ACTION_MAX_CHARS
        and _asks_to_subscribe(text)
    )


@per_line  # asked of every paragraph and heading of a page
def _asks_to_subscribe(text: str) -> bool:
    return _CALL_TO_ACTION.match(text) is not None


# A sponsor's label over its ad, as newsletters and blogs set one inside a post ("Together with
# Acme", "Presented by Acme", "This issue is sponsored by Acme", "Advertisement"): the label's
# words say what it is, the sponsor's name (when given) follows them.
_SPONSOR_LABEL = compiled(
    r"""^(?:(?:this\s+(?:issue|episode|post|newsletter|week)(?:['’]s)?\s+(?:is\s+)?)?
        (?:sponsored|presented|brought\s+to\s+you|powered|supported)\s+by
      |together\s+with|in\s+(?:partnership|collaboration)\s+with|partnered\s+with
      |(?:a\s+word\s+from\s+)?(?:our|today['’]?s|this\s+week['’]?s)\s+(?:sponsors?|partners?)
      |sponsored(?:\s+(?:content|post|message))?|advertisement|paid\s+(?:post|partnership)
      |partner\s+content)
    (?:\s*[:—–-]\s*|\s+|$)(?P<brand>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
_SPONSOR_LABEL_MAX_WORDS = 10
_BRAND_MAX_WORDS = 4
_AD_MAX_BLOCKS = 4  # the ad's copy and its button: a few lines, never the post
_AD_MAX_WORDS = 60
_BUTTON_MAX_WORDS = 4


def sponsor_block(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are a sponsor's block: its label, then the copy that names
    the sponsor (and a button's label under it, "Try it free"); 0 when ``blocks[index]`` is no
    sponsor's label.

    The ad's copy is told from the post by the sponsor's name, which the label gives and the
    ad repeats ("Together with Ledgerly" over "... Ledgerly reconciles bank feeds ..."). A label
    that names no sponsor ("Advertisement") is left to the locator, as any short line that is
    not prose: nothing tells its copy from the post's.
    """
    block = blocks[index]
    brand = _sponsor_named(block.text) if block.kind in _CALL_TO_ACTION_KINDS else None
    if not brand:
        return 0
    end = index + 1
    mention = re.compile(rf"(?<!\w){re.escape(brand)}(?!\w)")
    ad = False
    while end < len(blocks) and end - index <= _AD_MAX_BLOCKS:
        block = blocks[end]
        if block.kind is not Kind.PARAGRAPH:
            break
        words = len(block.text.split())
        if words <= _AD_MAX_WORDS and mention.search(block.text):
            ad = True
        elif not (ad and words <= _BUTTON_MAX_WORDS and not block.text.endswith(".")):
            break
        end += 1
    if ad and _named_elsewhere(blocks, index, end, mention):
        return 1  # the label alone: what it labels may be the profile's own text
    return end - index


def _named_elsewhere(blocks: list[Block], start: int, end: int, mention: re.Pattern[str]) -> bool:
    """Does the page name the sponsor outside its block? A third party's ad names its brand
    there only; a brand the page names elsewhere (the leader's company, in the headline or
    the summary: "Presented by Spotify" over Spotify's CPO) may label the profile's own text,
    which is not dropped on a guess."""
    return any(mention.search(block.text) for i, block in enumerate(blocks) if not start <= i < end)


_ARTICLES = frozenset({"the", "a", "an"})


@per_line  # asked of every paragraph and heading of a page
def _sponsor_named(line: str) -> str | None:
    """The sponsor's name (the label's words after its verb, an article left out) when a
    paragraph's or heading's text ``line`` is a sponsor's label, "" when the label names none,
    None when it is no label."""
    text = line.strip().strip("*_")
    if text.endswith(("?", "!")):
        return None
    match = _SPONSOR_LABEL.match(text)  # fails on a line's first words: before any split
    if match is None or len(text.split()) > _SPONSOR_LABEL_MAX_WORDS:
        return None
    brand = match["brand"].strip().rstrip(".:")
    if not brand:
        return ""
    words = brand.split()
    if len(words) > _BRAND_MAX_WORDS or not brand[:1].isupper():
        return None  # "Supported by a grant from the council to ...": a sentence, not a label
    if words[0].casefold() in _ARTICLES:
        words = words[1:]  # "The Browser Company": the ad may say "Browser Company's ..."
    return " ".join(word.strip(",;") for word in words)


# A link's label is a few words: "Listen on Spotify ↗", "Read the transcript →".
_LINK_MAX_WORDS = 6
# Besides the arrows proper (by their Unicode names): the angle quotes sites use as arrows.
_ARROW_LIKE = frozenset("›»")


def is_link_label(block: Block) -> bool:
    """A few words closed by an arrow ("Listen on Spotify ↗", "Read more →"): the label of a
    link or button, which a site draws with an arrow to say "go there"; a profile's sentence
    never ends in one. Only paragraphs and headings (a list item may be a principle); only a
    trailing arrow (a leading one decorates list items, see ``read.lines.is_glyph``)."""
    return block.kind in _CALL_TO_ACTION_KINDS and _link_label_line(block.text)


def _link_label_line(line: str) -> bool:
    """:func:`is_link_label` of a paragraph's or heading's text."""
    end = line[-1:]
    if end.isascii() and not end.isspace():
        return False  # (most lines: no arrow at the end, nothing to strip off after it)
    text = line.removesuffix("\ufe0f").rstrip()
    if len(text) < 2 or not _is_arrow(text[-1]):
        return False
    if text[:-1].rstrip()[-1:].isdigit():
        return False  # a figure's trend ("Punctuality 65↑", a metric card): no link's label
    words = text[:-1].split()
    return (
        0 < len(words) <= _LINK_MAX_WORDS
        and any(c.isalpha() for c in text)
        and "," not in text
        and _ROLE_AT.search(text) is None
    )


# A file's format and size in brackets at the end of a link's label: "Download photo (JPG,
# 2.4 MB)", "Annual report [PDF]", "Biography (PDF, 3 pages)". A size needs no format; a
# format alone is one of the formats sites offer for download (a role in brackets, "(CEO)",
# is none of them).
_FILE_FORMATS = (
    "PDF|DOCX?|ODT|RTF|TXT|PPTX?|XLSX?|CSV|JPE?G|PNG|GIF|TIFF?|SVG|WEBP|HEIC|ZIP"
    "|MP3|MP4|M4A|WAV|MOV|EPUB|ICS|VCF"
)
_FILE_SIZE = r"\d+(?:[.,]\d+)?\s?(?:[KMGT]i?B|[kK]B|bytes)"
_FILE_PART = rf"(?:{_FILE_SIZE}|(?:{_FILE_FORMATS})\b|\d+\s+pages?)"
_FILE_LINK = compiled(
    rf"\S\s+[(\[]\s*(?:(?:{_FILE_FORMATS})\b|{_FILE_SIZE})(?:\s*[,;·|/]\s*{_FILE_PART})*\s*[)\]]$",
    re.IGNORECASE,
)
_FILE_LINK_MAX_WORDS = 12


def _file_link_line(line: str) -> bool:
    """A link's label that offers a file: a few words, then the file's format or size in
    brackets (see ``_FILE_LINK``); a profile's sentence never ends so. A link's label opens
    as a button's does, not in lower case: a line in lower case is a list's item (a theme
    chip on a line of its own, "open data (CSV)"), which the page would lose unreported."""
    return (
        line.endswith((")", "]"))
        and not line[:1].islower()
        and len(line.split()) <= _FILE_LINK_MAX_WORDS
        and _FILE_LINK.search(line) is not None
    )


def is_file_links_row(block: Block) -> bool:
    """A row of download buttons run together on one line ("Download photo (JPG, 4.2 MB)
    Download biography (PDF, 180 KB)", a browser's copy of buttons side by side): each part a
    link's label that offers a file (see :func:`_file_link_line`). Asked under a headline
    only (the preamble's): the name's locator reads such a row as a line that is not prose,
    as it always has."""
    line = block.text
    if block.kind not in _CALL_TO_ACTION_KINDS or not line.endswith((")", "]")):
        return False
    parts = _BUTTONS_APART.split(line)
    return len(parts) > 1 and all(_file_link_line(part) for part in parts)


# Where one button's label ends and the next begins in a row run together: after a closing
# bracket, before a capital (with or without a space between).
_BUTTONS_APART = compiled(r"(?<=[)\]])\s*(?=[^\W\d_])")


# A job at a company ("CTO at Spotify ↗", a headline linking the company's site): a link's
# label says where it goes ("Listen on Spotify"), a headline who the leader is; nor does a
# label list things with commas ("Co-President, CPO and CTO").
_ROLE_AT = compiled(r"\s(?:at|@)\s+\w")


# Which of a site's widgets a line is (see :func:`widget_of`).
NO_WIDGET = 0
CALL_TO_ACTION = 1  # see is_call_to_action
SPONSOR_LABEL = 2  # a sponsor's label that names the sponsor: see sponsor_block
LINK_LABEL = 3  # see is_link_label


def widget_of(block: Block) -> int:
    """Which widget ``block`` is a line of, asked in this order: a call to subscribe
    (:func:`is_call_to_action`), a sponsor's label that names its sponsor (where
    :func:`sponsor_block` starts), a link's label (:func:`is_link_label`); ``NO_WIDGET`` for
    none. The three tests at the cost of one table lookup for a line seen before: the chrome
    pass asks them all of every paragraph and heading."""
    if block.kind not in _CALL_TO_ACTION_KINDS:
        return NO_WIDGET
    return _widget_line(block.text)


# What :func:`chrome_of` says of a whole line of navigation (see :func:`is_chrome`).
CHROME = -1


def chrome_of(block: Block) -> int:
    """``CHROME`` when :func:`is_chrome` holds for the block's text, else :func:`widget_of`
    the block: the chrome pass's two questions of every block, answered from one table for a
    line seen before."""
    if block.kind in _CALL_TO_ACTION_KINDS:
        return _chrome_line(block.text)
    return CHROME if is_chrome(block.text) else NO_WIDGET


@per_line
def _chrome_line(text: str) -> int:
    """``CHROME`` for a line :func:`is_chrome` holds for, else :func:`_widget_line`."""
    return CHROME if is_chrome(text) else _widget_line(text)


@per_line
def _widget_line(text: str) -> int:
    """:func:`widget_of` of a paragraph's or heading's text."""
    if len(text) <= _CALL_TO_ACTION_MAX_CHARS and _asks_to_subscribe(text):
        return CALL_TO_ACTION
    if _sponsor_named(text):
        return SPONSOR_LABEL
    return LINK_LABEL if _link_label_line(text) or _file_link_line(text) else NO_WIDGET


def _is_arrow(char: str) -> bool:
    return char in _ARROW_LIKE or (not char.isascii() and "ARROW" in unicodedata.name(char, ""))


# A form's fields as converters write them: a label marked required ("Work email*"), the input
# drawn as a box ("[            ]", "_____", "[ ] Executive" for a select's option), and the
# short labels and options between them.
_FIELD_MAX_WORDS = 4
_REQUIRED = compiled(r"^[^\W\d_][\w' /.-]{0,40}?\s?\*$")
_INPUT_BOX = compiled(r"^(?:\[[^\[\]]{0,40}\]|_{3,}|\(\s?\))(?:\s*\S.{0,40})?$")
_FORM_MIN_REQUIRED = 2  # one starred line may be a footnote's mark; two marked labels a form
_FORM_TAIL_MAX = 12  # lines of fields after the last required one (a select's options)


def is_required_label(text: str) -> bool:
    """A form field's label marked required with an asterisk: "First name*", "Work email *"."""
    return text.endswith("*") and _REQUIRED.match(text) is not None


def form_fields(
    blocks: list[Block], index: int, titled: Callable[[Block], bool] = lambda _block: False
) -> int:
    """How many blocks from ``index`` are a web form's fields (0 when none): two labels or
    more marked required ("First name*", "Work email*"), and between and after them the
    inputs as drawn ("[      ]", "_____"), other labels and a select's options ("Job
    function", "Executive", "Operations"), each a short line with no sentence, down to the
    first line that is none of these. A gated download's or a newsletter's form beside the
    profile: a converter writes its labels and options as lines, and a label ("Operations")
    read as the leader's name or headline made the rest of the page misread.

    Only where the run opens with a required label; it stops before a marked-up heading, a
    line written as a name (capitalised words), or a line ``titled`` says is a known
    section's title ("Key themes", "Quotes": short lines too): those may be the profile's,
    and the lines under a title are its section's, not the form's."""
    required = 0
    end = index
    last_required = index
    while end < len(blocks) and end - last_required <= _FORM_TAIL_MAX:
        block = blocks[end]
        text = block.text
        if block.kind in _CALL_TO_ACTION_KINDS and is_required_label(text):
            required += 1
            last_required = end
        elif titled(block) or not _field_line(block):
            break
        end += 1
    return end - index if required >= _FORM_MIN_REQUIRED else 0


def _field_line(block: Block) -> bool:
    """An input as a converter draws it, or a short label or option of a form."""
    text = block.text
    if _INPUT_BOX.match(text) is not None:
        return True
    plain = block.kind is Kind.PARAGRAPH or (block.kind is Kind.HEADING and block.level == 0)
    if not plain or text.endswith((".", "!", "?", ":")):
        return False
    words = text.split()
    if not 0 < len(words) <= _FIELD_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    # "Ada Park", "Key Themes": every word capitalised, two or more, may be the profile's
    return len(words) < 2 or not all(word[:1].isupper() for word in words)


def note_chrome(part: list[Block], where: str, draft: Draft) -> None:
    """Set blocks aside as site chrome: accounted for, one info note and one provenance range.

    ``where`` says where they stood ("above the profile", "between the headline and the bio").
    """
    first, last = part[0].start, max(b.end for b in part)
    draft.chrome.extend(part)
    for block in part:
        draft.accounted.update(range(block.start, block.end + 1))
    path = f"site_chrome[{sum(1 for p in draft.provenance if p.startswith('site_chrome['))}]"
    draft.provenance[path] = (first, last)
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    draft.diagnostics.append(
        Finding(
            severity_of("site-chrome"),
            "site-chrome",
            f"{lines} {where} read as site chrome ({len(part)} blocks), not as profile content",
            first,
            None,
        )
    )


# A notebook's cell prompt alone on its line, as Jupyter's exports set it before each code cell
# and its result ("In [4]:", "Out[2]:", "In [ ]:" for a cell never run).
_PROMPT = compiled(r"^(?P<kind>In|Out)\s?\[[\d\s*]*\]:$")
# A line of code (an import, an assignment, a call, a cell's stderr "…/core.py:12: Warning: …"):
# asked only right under an input prompt, where a line of a profile does not stand.
_CODE_LINE = compiled(
    r"^(?:import\s+\w|from\s+[\w.]+\s+import\s"
    r"|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*[-+*/]?=(?!=)"
    r"|[A-Za-z_][\w.]*\(.*\)\s*(?:#.*)?$"
    r"|\S+\.py:\d+\s?:\s)"
)
_IDENTIFIER = compiled(r"^[A-Za-z_]\w*$")
_CELL_MAX_BLOCKS = 8  # a code cell's lines between its prompts (the reader splits them)


def notebook_cell(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are a notebook cell's furniture (0 when ``index`` is no
    prompt): an output prompt alone; an input prompt and its code under it, each line shaped
    like code (or, up to the output prompt of the cell, a bare name: the cell's last line shows
    a value). What a cell prints is the page's content, and stays."""
    text = blocks[index].text
    if not (text[:1] in "IO" and text.endswith("]:")) or blocks[index].kind is Kind.QUOTE:
        return 0
    match = _PROMPT.match(text)
    if match is None:
        return 0
    if match["kind"] == "Out":
        return 1
    stop = min(len(blocks), index + 1 + _CELL_MAX_BLOCKS)
    out = next(
        (
            i
            for i in range(index + 1, stop)
            if (m := _PROMPT.match(blocks[i].text)) and m["kind"] == "Out"
        ),
        None,
    )
    end = index + 1
    while end < stop and blocks[end].kind in (Kind.PARAGRAPH, Kind.ITEM):
        line = blocks[end].text
        shaped = _CODE_LINE.match(line) is not None
        if not shaped and not (out is not None and end < out and _IDENTIFIER.match(line)):
            break
        end += 1
    return end - index


# A table of contents' entry (a word processor's, a PDF's): the title, a leader of dots, the page
# number ("Biography ........ 1"), a link's tail after it when a converter kept the link
# ("… 1](#_Toc1)", "… 1]{.MsoHyperlink}").
_LEADER = compiled(r"(?:\.\s?){4,}\s*\d{1,4}\s*(?:\]\([^)\s]*\)|\]\{[^}]*\}|\])?$|…{2,}\s*\d{1,4}$")
_CONTENTS_MIN = 2  # entries: one dotted line may be a form's blank to fill in
_CONTENTS_LABEL_MAX_WORDS = 8
_CONTENTS_ENTRY_MAX_CHARS = 200  # a line of a page's width, or two: the search stays short


def _may_lead(text: str) -> bool:
    """Whether ``text`` holds a dot leader's dots at all (the cheap half of an entry's test)."""
    return "...." in text or ". . ." in text or "……" in text


def _contents_entry(text: str) -> bool:
    return (
        len(text) <= _CONTENTS_ENTRY_MAX_CHARS
        and _may_lead(text)
        and _LEADER.search(text) is not None
    )


def may_open_contents(blocks: list[Block], index: int) -> bool:
    """The cheap test before :func:`contents_entries`, asked at every block of every page:
    the block has a leader's dots, or the next one starts with a dot (an entry cut in two)."""
    return _may_lead(blocks[index].text) or (
        index + 1 < len(blocks) and blocks[index + 1].text.lstrip()[:1] == "."
    )


def contents_entries(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are a table of contents' entries (0 when fewer than two):
    lines that end in a dot leader and a page number, each whole or cut in two by a converter
    (the title on one line, the leader and number on the next). Its caller asks
    :func:`may_open_contents` first."""
    at, entries = index, 0
    while at < len(blocks):
        text = blocks[at].text
        if _contents_entry(text):
            at, entries = at + 1, entries + 1
        elif (
            at + 1 < len(blocks)
            and blocks[at + 1].text.lstrip()[:1] == "."
            and len(text.split()) <= _CONTENTS_LABEL_MAX_WORDS
            and _contents_entry(blocks[at + 1].text)
        ):
            at, entries = at + 2, entries + 1
        else:
            break
    return at - index if entries >= _CONTENTS_MIN else 0


def contents_caption(block: Block) -> bool:
    """The line over a table of contents' entries ("Contents", "Table of contents"): a few
    words, no digit, no sentence."""
    text = block.text
    return (
        0 < len(text.split()) <= _CONTENTS_LABEL_MAX_WORDS // 2
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", "!", "?"))
    )


# An in-page contents list ("On this page", a docs site's right-hand "Table of contents"):
# three entries at least, each a few words.
_PAGE_CONTENTS_MIN = 3
_PAGE_CONTENTS_MAX_WORDS = 6


def _page_contents_line(block: Block) -> bool:
    return (
        block.kind in (Kind.ITEM, Kind.PARAGRAPH)
        and 0 < len(block.text.split()) <= _PAGE_CONTENTS_MAX_WORDS
    )


def page_titles(blocks: list[Block]) -> dict[str, list[int]]:
    """Where each heading of the page stands (casefolded text: indices, top to bottom): the
    titles an in-page contents list names. One test of each block's kind: cheap on any page."""
    found: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind is Kind.HEADING:
            found.setdefault(block.text.casefold(), []).append(index)
    return found


def may_open_page_contents(block: Block, titles: dict[str, list[int]]) -> bool:
    """The cheap test before :func:`page_contents`, asked at every block of a page with
    headings: a short list entry or line whose words are a heading's."""
    return (
        (block.kind is Kind.ITEM or block.kind is Kind.PARAGRAPH)
        and len(block.text) <= _PAGE_CONTENTS_MAX_CHARS
        and block.text.casefold() in titles
    )


_PAGE_CONTENTS_MAX_CHARS = 60


def page_contents(blocks: list[Block], index: int, titles: dict[str, list[int]]) -> int:
    """How many blocks from ``index`` are an in-page contents list: three short lines at
    least in a row, each the title of a section further down (a heading), in the same order,
    with that section's content between each title and the next (a list repeated below, a
    site's tags at the top and at the bottom, stands in a row there too). ``titles``:
    :func:`page_titles` of ``blocks``. Its caller asks :func:`may_open_page_contents` first."""
    end = index
    while end < len(blocks) and _page_contents_line(blocks[end]):
        if not any(at > end for at in titles.get(blocks[end].text.casefold(), ())):
            break
        end += 1
    below = end  # the titles stand below the list, each after the one before, not touching
    for at in range(index, end):
        title = next((s for s in titles[blocks[at].text.casefold()] if s > below), None)
        if title is None or (at > index and title == below + 1):
            end = at
            break
        below = title
    return end - index if end - index >= _PAGE_CONTENTS_MIN else 0
