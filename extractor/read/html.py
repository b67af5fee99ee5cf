"""HTML pages: lxml's tree walked once, iteratively, into the common block stream.

beautifulsoup4 is where it is strongest (finding a declared encoding, in ``loading``); the hot path
walks lxml's own tree, which is an order of magnitude cheaper than building bs4's Python tree.
The profile is found by its content (headings, section titles), never by one site's CSS classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from lxml import etree

from extractor.base.textnorm import clean
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    ATTRIBUTION as _ATTRIBUTION,
    HEADING as _HEADING,
    ITEM as _ITEM,
    METER as _METER,
    QUOTE as _QUOTE,
    Block,
    Document,
    Kind,
    TitleTest,
    new_block,
    no_titles,
)
from extractor.read.doubled import undouble
from extractor.read.flatten import flatten
from extractor.read.htmltags import BLOCK_TAGS
from extractor.read.lines import (
    ATTRIBUTION,
    BULLET,
    attach_lone_markers,
    classify,
    glyph_items,
)
from extractor.read.structured import canonical_link, collect_all_structured

# Never content: code, media, forms, navigation. (Dropped with everything inside them.)
_DROPPED_TAGS = frozenset(
    """head script style noscript template svg math iframe object embed canvas video audio map
    select button input textarea nav""".split()
)
_DROPPED_BLOCKS = frozenset({"head", "template", "dialog", "select", "textarea"})
_PAGE_FRAME_TAGS = frozenset({"header", "footer", "aside"})
_FRAME_SCOPES = frozenset({"article", "main", "blockquote", "figure", "section"})
# A slide deck's speaker notes (reveal.js, impress.js: ``<aside class="notes">``; a print
# view's ``speaker-notes``, a chrome marker below), hidden by the deck's stylesheet, which the
# walk does not read: the presenter's cues, not the page's content. On an element other than an
# ``<aside>`` the class ``notes`` may hold a page's own notes.
_NOTES_CLASS = re.compile(r"(?:^|\s)notes(?:\s|$)", re.IGNORECASE)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_ATTRIBUTION_TAGS = frozenset({"figcaption", "cite"})
# (A ``toolbar`` holds an editor's or an app's controls, "Paragraph ↑ ↓ B I ⋮" over each of a
# block editor's blocks: buttons among buttons there are never a chip row.)
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "toolbar"}
)
# A tab bar's labels are navigation between panels; the panels are the page's content, hidden
# only until their tab is chosen (an accordion's ``<details>`` is never hidden to begin with).
_TAB_ROLE = "tab"
_TAB_PANEL_ROLE = "tabpanel"
_DIALOG_ROLE = "dialog"
_TOOLBAR_ROLE = "toolbar"
_WORD = re.compile(r"[^\W\d_]{2}")
# A dialog that holds a document of its own (a profile opened over a directory) has sections;
# a prompt (newsletter, consent, "are you sure?") has one heading at most.
_DOCUMENT_HEADINGS = 2
_DOCUMENT_CHARS = 1000  # a dialog's text under one heading that makes it a document
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CHROME_MARKERS = re.compile(
    r"cookie|consent|gdpr|newsletter-signup|skip-link|speaker-?notes", re.IGNORECASE
)
# A page's frame elements carry state classes ("cookies-not-set") that name a banner they are
# not: only what stands inside them can be a banner.
_NEVER_CHROME_BY_NAME = frozenset({"html", "body", "main", "article"})
# A subscription or newsletter widget's class or id ("subscription-widget", "newsletter-form").
_WIDGET_MARKERS = re.compile(r"subscri|newsletter", re.IGNORECASE)
_WIDGET_MAX_CHARS = 400
# An element whose text keeps its line breaks as a browser shows it (CSS ``white-space: pre``,
# ``pre-wrap``, ``pre-line``, ``break-spaces``): a social post's text, whose lines exist only
# in the source's newlines, read as a ``<pre>``'s are, a line a block.
_KEEPS_LINES_STYLE = re.compile(
    r"white-space\s*:\s*(?:pre(?:-wrap|-line)?|break-spaces)(?![\w-])", re.IGNORECASE
)


def _keeps_lines(element: etree._Element) -> bool:
    """A block element styled to keep its text's line breaks (see ``_KEEPS_LINES_STYLE``)
    around text of its own: no block element inside. A container so styled (a whole article,
    its paragraphs and items each an element) has its lines set by those elements; the
    newlines in its source are the markup's wrapping, which would cut an item or a quotation
    in two."""
    style = element.get("style")
    return (
        style is not None
        and "pre" in style
        and _KEEPS_LINES_STYLE.search(style) is not None
        and not any(
            isinstance(inner.tag, str) and inner.tag in BLOCK_TAGS
            for inner in element.iterdescendants()
        )
    )


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Text kept for screen readers only: a design system's "visually hidden" class. Other names
# (``u-offscreen``) go unrecognised here; their copies read once all the same when the page
# shows the doubled pattern (``extractor.read.doubled``, after the walk).
_SCREEN_READER_NAMES = (
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "a11y-text",
)


def _class_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of ``names`` as a whole class in a class list."""
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, names)) + r")(?:\s|$)")


_SCREEN_READER_CLASS = _class_pattern(_SCREEN_READER_NAMES)
_HIDDEN_CLASS = _class_pattern((*_SCREEN_READER_NAMES, "hidden"))
_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*(\d{1,3}(?:\.\d+)?)\s*%", re.IGNORECASE)
_CHIP_SEPARATORS = re.compile(r"^[\s·•|,;/]*$")
# A label before a row of chips, ended by a colon ("Tags: ", "Filed under: ").
_CHIP_LABEL = re.compile(r"^\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}:\s*$")
_CODE_LINE_MIN = 2  # code spans on a line of their own: two make a row of chips
_CHIP_TAGS = frozenset({"span", "a", "button", "em", "strong", "b", "i", "code", "mark", "small"})
# A heading's secondary text set inline after its title ("Jane Doe <small>CTO at Acme</small>",
# Bootstrap's documented subtitle; a span classed as a subtitle): a line of its own.
_SUBTITLE_CLASS = re.compile(r"subtitle|sub-title|subheading|sub-heading|tagline", re.IGNORECASE)
_METER_TAGS = frozenset({"progress", "meter"})
_METER_ROLES = frozenset({"progressbar", "meter"})
# An element's attributes, read once per element (most elements have none: this is shared).
Attrs = dict[str, str]
_NO_ATTRS: Attrs = {}


def read_html(text: str, is_title: TitleTest = no_titles) -> Document:
    """``is_title`` tells a profile section's title: an accordion button naming one is kept."""
    root = _parse(text)
    if root is None:
        return Document([])
    candidates = collect_all_structured(root)
    structured, source = candidates[0] if candidates else ({}, "")
    # A dialog shown over the page: looked for (``_dialogs``) only when the text names one at
    # all, as a third of pages do.
    read, chrome = _walk_page(root, is_title, dialogs="ialog" in text)
    # (HTML blocks never wrap: the walk builds them so; a lone marker's block is built anew.)
    blocks = [b._replace(wraps=False) if b.wraps else b for b in attach_lone_markers(read)]
    # Twins whose screen reader's copy no known class names ("u-offscreen") were both read:
    # read once, as a converter's text of the page would be.
    blocks, doubled = undouble(blocks)
    return Document(blocks, structured, source, canonical_link(root), candidates, chrome, doubled)


def _walk_page(
    root: etree._Element, is_title: TitleTest, *, dialogs: bool = True, widgets: bool = True
) -> tuple[list[Block], list[Block]]:
    """The page's blocks and its marked chrome; a dialog shown over the page that holds a
    document comes first.

    A dialog open over a page (a profile opened from a directory) is what the reader sees: the
    page behind it is inert. Its blocks lead, and the page behind follows, for the parser to set
    aside as chrome, so nothing is lost.
    """
    dialog = _shown_document_dialog(root) if dialogs else None
    if dialog is None:
        walker = _Walker(is_title, widgets=widgets)
        return walker.walk(root), walker.chrome
    front = _Walker(is_title, widgets=widgets)
    behind = _Walker(is_title, skip=dialog, widgets=widgets)
    blocks = front.walk(dialog) + behind.walk(root)
    return blocks, front.chrome + behind.chrome


def _shown_document_dialog(root: etree._Element) -> etree._Element | None:
    """The first dialog shown over the page (``<dialog open>``, or a role=dialog element not
    hidden and not named as a banner) that holds a document of its own."""
    for element in _dialogs(root):
        if not _holds_document(element):
            continue
        chain = _self_and_ancestors(element)
        if not any(a.tag in _DROPPED_TAGS or _is_dropped_by_attrs(a) for a in chain):
            return element
    return None


def _dialogs(root: etree._Element) -> list[etree._Element]:
    """Every ``<dialog open>`` and role=dialog element, in document order.

    Found without a walk in Python: ``<dialog>``s by lxml's search for a tag, role=dialog
    elements by libxml2's XPath over ``role`` attributes (a third of the cost of testing every
    element for one); the rare page with both kinds has them put in order by one union query.
    """
    opened = [e for e in root.iter("dialog") if e.get("open") is not None]
    roled = _elements(_ROLE_DIALOGS(root))
    if opened and roled:
        return _elements(_DIALOGS(root))
    return opened or roled


def _elements(found: object) -> list[etree._Element]:
    """The elements an XPath query found."""
    items = found if isinstance(found, list) else []
    return [e for e in items if isinstance(e, etree._Element)]


_ROLE_DIALOGS = etree.XPath("//@role[. = 'dialog']/..")
_DIALOGS = etree.XPath("//dialog[@open] | //*[@role='dialog']")


def _self_and_ancestors(element: etree._Element) -> list[etree._Element]:
    chain = [element]
    parent = element.getparent()
    while parent is not None:
        chain.append(parent)
        parent = parent.getparent()
    return chain


def _is_dropped_by_attrs(element: etree._Element) -> bool:
    """Hidden or named as chrome by its attributes (a dialog's own role aside)."""
    items = element.items()
    if not items:
        return False
    attrs = {str(k): str(v) for k, v in items}
    return _hidden_or_chrome(element, str(element.tag), attrs.get("role"), _verdict(attrs))


def _parse(text: str) -> etree._Element | None:
    """lxml's HTML parser: recovering, no network, no entity expansion beyond HTML's own.

    When libxml2 hits its nesting limit it returns an empty tree; then the over-deep tags are
    flattened away and the page is parsed again, so no text is lost to depth.
    """
    root, hit_limit = _parse_once(text)
    if hit_limit:
        root, _ = _parse_once(flatten(text))
    return root


def _parse_once(text: str) -> tuple[etree._Element | None, bool]:
    """lxml's plain HTML parser: ``lxml.html``'s tree gives every element a Python class chosen
    per element at run time, which costs more than the walk needs (it reads tags and attributes
    only)."""
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    data = text.encode("utf-8", "surrogatepass")
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):  # e.g. "Document is empty"
        root = None
    hit_limit = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
    return root, hit_limit


@dataclass
class _Open:
    """The block being filled: where it started and what kind the markup says it is."""

    start: int = 0
    end: int = 0
    # the text so far; white space before the first text is not kept (``clean`` would strip it)
    parts: list[str] = field(default_factory=list)
    has_text: bool = False  # any part not all whitespace: kept, so no re-join per text node
    kind: Kind | None = None
    level: int = 0
    marker: str = ""
    group: int = 0


# Block elements that leave the kind of text in them as it was (a <div>, a <p>: not a heading, a
# quotation, an attribution or a list item); see ``_context_for``.
_CONTEXT_KEEPING = BLOCK_TAGS - set(_HEADINGS) - _ATTRIBUTION_TAGS - {"blockquote", "footer", "li"}


# What an element's end does, decided when it starts and kept on a stack until its end: the
# end of an inline element, of a block boundary, of a skipped element (only its tail is read),
# or of a ``<br>`` (nothing: its tail was read at its start).
_INLINE = 0
_BOUNDARY = 1
_SKIPPED = 2
_BREAK = 3


class _Walker:
    """One pass over the tree; text accumulates until a block boundary flushes it."""

    def __init__(
        self,
        is_title: TitleTest,
        skip: etree._Element | None = None,
        *,
        widgets: bool = True,
        wraps: bool = False,
    ) -> None:
        self.is_title = is_title
        self.skip = skip  # an element read on its own (a dialog shown over the page)
        # blocks of subscription widgets (``_is_widget``), read apart: the page's chrome
        self.chrome: list[Block] = []
        self.widgets = widgets  # False while reading a widget itself
        # the blocks' ``wraps``: HTML blocks never wrap. ``wraps=True`` exists only so that a
        # widget's blocks, reported as chrome as they are read, stay byte-identical to what
        # they were before the walk built blocks with ``wraps`` set (the Block default, True)
        self.wraps = wraps
        self.blocks: list[Block] = []
        self.open = _Open()
        self.context: list[tuple[Kind | None, int, str, int]] = [(None, 0, "", 0)]
        self.after_inline_end = False
        self.chip_children: set[etree._Element] = set()
        self.group_ids: dict[etree._Element, int] = {}
        self.preformatted = 0  # <pre> elements open: their lines are lines (see _flush)

    def walk(self, root: etree._Element) -> list[Block]:
        walker = etree.iterwalk(root, events=("start", "end"))
        ends: list[int] = []  # per open element, what its end does (``_INLINE``...)
        for event, element in walker:
            tag = element.tag
            if not isinstance(tag, str):
                continue  # comments and processing instructions that survived
            if event == "start":
                items = element.items()  # read once; most elements have none
                end = self._open_element(element, tag, dict(items) if items else _NO_ATTRS)
                if end == _SKIPPED:
                    walker.skip_subtree()
                elif tag == "pre" or (end == _BOUNDARY and _keeps_lines(element)):
                    self.preformatted += 1
                ends.append(end)
                continue
            end = ends.pop()
            if end == _BOUNDARY:
                self._close()
                self.context.pop()
                self.after_inline_end = False
                if tag == "pre" or _keeps_lines(element):
                    self.preformatted -= 1
            elif end == _INLINE:
                if tag == "q":
                    self._text("\u201d", element)  # the mark a browser draws after a <q>
                self.after_inline_end = True
            elif end == _BREAK:
                continue
            tail = element.tail
            if tail:
                self._text(tail, element)
        if self.open.has_text:
            self._flush()
        return self.blocks

    def _open_element(self, element: etree._Element, tag: str, attrs: Attrs) -> int:
        """Read an element's start; what its end will do.

        Its attributes are read once, into one verdict (``_verdict``) that every test consults;
        most elements have none, and a tag alone decides most of what they are.
        """
        verdict = _verdict(attrs) if attrs else 0
        role = attrs.get("role") if attrs else None
        if verdict & _WIDGET_NAME and self.widgets and _is_widget(element, tag, verdict):
            self._close()
            self.chrome.extend(_Walker(self.is_title, widgets=False, wraps=True).walk(element))
            return _SKIPPED
        if element is self.skip or (
            (verdict & _DROPPING or role is not None or tag in _DECIDED_BY_TAG)
            and _is_dropped(element, tag, role, verdict, self.is_title)
        ):
            if tag in BLOCK_TAGS or tag in _DROPPED_BLOCKS:
                self._close()  # a dropped <script> inside a heading must not split it
            return _SKIPPED
        if tag == "br":
            self._close()
            tail = element.tail
            if tail:
                self._text(tail, element)
            return _BREAK
        return self._start(element, tag, attrs, role, verdict)

    def _start(
        self, element: etree._Element, tag: str, attrs: Attrs, role: str | None, verdict: int
    ) -> int:
        inline_cite = subtitle = False
        if self.open.has_text:
            kind = self.context[-1][0]
            # <cite>s set inline right after a quotation's words ('"Ship it."<cite>On speed
            # </cite>'): the attribution, a line of its own; a heading's subtitle after its
            # title (see ``_SUBTITLE_CLASS``): its own block
            if tag == "cite" and kind is _QUOTE:
                inline_cite = True
            elif kind is _HEADING and _is_subtitle(tag, attrs):
                subtitle = True
        elif tag == "cite" and self.context[-1][0] is _QUOTE and _parent_is_blockquote(element):
            # WordPress's quote block: '<blockquote><p>Words.</p><cite>Who</cite>': the
            # <cite> after the quotation's paragraphs is its attribution, not more words
            inline_cite = True
        if verdict & _METER_ATTRS or tag in _METER_TAGS:
            meter = _meter(element, tag, attrs)
            if meter is not None:
                self._close()
                label = clean(attrs.get("aria-label") or "")
                line = _line(element)
                self.blocks.append(
                    new_block((_METER, label, line, line, "", 0, 0, meter, self.wraps))
                )
        chip = element in self.chip_children
        if (
            tag in BLOCK_TAGS
            or chip
            or ("-" in tag and _is_container_component(tag, element))
            or inline_cite
            or subtitle
        ):
            self._close()
            context = self.context
            if tag in _CONTEXT_KEEPING and role is None and not subtitle:
                context.append(context[-1])  # most blocks: a <div>, a <p> in what holds them
            else:
                context.append(self._context_for(element, tag, role, subtitle, chip))
            if tag not in _HEADINGS and len(element) > 1:
                self._mark_chips(element)
                if element.find("code") is not None:  # (most elements: no code child)
                    self._mark_code_lines(element)
            end = _BOUNDARY
        else:
            parts = self.open.parts
            if self.after_inline_end and parts and not parts[-1][-1:].isspace():
                parts.append(" ")  # <span>A</span><span>B</span> must not glue into "AB"
            end = _INLINE
        self.after_inline_end = False
        if tag == "q":
            self._text("\u201c", element)  # browsers draw a <q>'s quotation marks (CSS quotes)
        text = element.text
        if text:
            self._text(text, element)
        return end

    def _context_for(
        self, element: etree._Element, tag: str, role: str | None, subtitle: bool, chip: bool
    ) -> tuple[Kind | None, int, str, int]:
        kind, level, marker, group = self.context[-1]
        if tag in _HEADINGS:
            return (_HEADING, _HEADINGS[tag], "", 0)
        if role == "heading":
            return (_HEADING, _int(element.get("aria-level"), 2), "", 0)
        if tag == "summary":
            return (_HEADING, 0, "", 0)  # a disclosure's title (a Notion toggle), over its content
        if tag == "blockquote":
            return (_QUOTE, 0, ">", 0)  # set as a quotation by markup, as Markdown's ">" is
        if tag in _ATTRIBUTION_TAGS or (tag == "footer" and kind is _QUOTE):
            return (_ATTRIBUTION, 0, "", 0)
        if tag == "li" or role == "listitem":
            parent = element.getparent()
            ordered = parent is not None and parent.tag == "ol"
            return (_ITEM, 0, "1." if ordered else "•", _group_of(parent, self))
        if subtitle:
            return (None, 0, "", 0)  # a line of its own under the title, not the heading
        if chip:
            parent = element.getparent()
            return (kind, level, marker, _group_of(parent, self))
        return (kind, level, marker, group)

    def _mark_chips(self, element: etree._Element) -> None:
        """Adjacent inline siblings with nothing but separators between them are chips: two or
        more children, all of one chip tag. A child the page hides (a screen reader's copy of
        its twin) is none: one shown span and its hidden copy are one text, not a chip row."""
        children: list[etree._Element] = []
        chip_tag = ""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or (child.attrib and _is_dropped_by_attrs(child)):
                continue
            if not chip_tag:
                if not _is_chip_tag(tag):
                    return
                chip_tag = tag
            elif tag != chip_tag:
                return
            children.append(child)
        if len(children) < 2:
            return
        lead = element.text or ""
        if _CHIP_LABEL.match(lead):
            lead = ""  # "Tags: <a>..</a> <a>..</a>": the label is a line of its own
        between = [lead] + [c.tail or "" for c in children]
        if all(_CHIP_SEPARATORS.match(t) for t in between) and all(_text_of(c) for c in children):
            self.chip_children.update(children)

    def _mark_code_lines(self, element: etree._Element) -> None:
        """A line of ``<code>`` spans with only separators between them, set apart by ``<br>``
        in an element that holds other lines too (a chat message's tags: "<br><code>a</code>
        <code>b</code><br>"): each span a chip, as when they are an element's only children."""
        run: list[etree._Element] = []
        # the text before the run is only separators (the element's own, first)
        lead = _CHIP_SEPARATORS.match(element.text or "") is not None
        for child in element:
            tag = child.tag
            if tag == "code" and lead and _text_of(child):
                run.append(child)
                lead = _CHIP_SEPARATORS.match(child.tail or "") is not None
                continue
            if tag == "br" and lead and len(run) >= _CODE_LINE_MIN:
                self.chip_children.update(run)
            run = []
            lead = tag == "br" and _CHIP_SEPARATORS.match(child.tail or "") is not None
        if lead and len(run) >= _CODE_LINE_MIN:
            self.chip_children.update(run)

    def _text(self, text: str, element: etree._Element) -> None:
        line = _line(element)
        block = self.open
        self.after_inline_end = False
        if not block.has_text:
            if text.isspace():  # indentation between blocks, most often: only its line counts
                block.end = max(block.end, line)
                return
            block.start = line
            block.kind, block.level, block.marker, block.group = self.context[-1]
            block.has_text = True
        block.parts.append(text)
        # the block reaches the text's own line, or as many lines below its start as it has
        last = block.start + text.strip().count("\n") if "\n" in text else block.start
        block.end = max(block.end, line, last)

    def _close(self) -> None:
        """A block boundary: the open block ends (``_flush``), or, holding no text yet, forgets
        the line the indentation since the last boundary reached."""
        if self.open.has_text:
            self._flush()
        else:
            self.open.end = 0

    def _flush(self) -> None:
        """End the open block, which has text, and open the next in its place (``_text`` sets
        where it starts and its kind)."""
        block = self.open
        raw = "".join(block.parts)
        if self.preformatted and "\n" in raw.strip():
            self._preformatted_lines(raw)
        elif text := clean(raw):
            self.blocks.append(_block(text, block, self.wraps))
        block.has_text = False
        block.parts = []
        block.end = 0

    def _preformatted_lines(self, raw: str) -> None:
        """A ``<pre>`` block's lines, each a block of its own on its own source line: the
        page set them apart by its line breaks (a forum's table of scores in a code block,
        "Craft     97" a line), which the rest of HTML's text collapses into spaces. Lines
        that open with the same glyph ("→ Ship it") are a list's items, as in a text page
        (a social post's list, its lines kept by ``white-space: pre-wrap``)."""
        block = self.open
        first = block.start
        lines: list[Block] = []
        for offset, line in enumerate(raw.strip("\n").split("\n")):
            text = clean(line)
            if text:
                block.start = block.end = first + offset
                lines.append(_block(text, block, self.wraps))
        self.blocks.extend(glyph_items(lines) if len(lines) > 1 else lines)


def _is_subtitle(tag: str, attrs: Attrs) -> bool:
    """A heading's secondary text: ``<small>``, or an inline element classed as a subtitle."""
    if tag == "small":
        return True
    classes = attrs.get("class") if attrs else None
    return classes is not None and _SUBTITLE_CLASS.search(classes) is not None


def _is_chip_tag(tag: str) -> bool:
    """An inline element that a site repeats for each chip, or a custom element.

    Custom elements (``<x-chip>``, ``<tag-pill>``: the name has a hyphen, as the HTML standard
    requires of them) are inline until the site's CSS says otherwise, and a component library's
    repeated element is one item each: siblings of one such tag are chips like ``<span>``s.
    """
    return tag in _CHIP_TAGS or "-" in tag


def _is_container_component(tag: str, element: etree._Element) -> bool:
    """A custom element that holds other elements (``<leader-profile>``, ``<score-row>``).

    Web components that hold markup are laid out as blocks (a component library's ``:host {
    display: block }``); a leaf one (``<relative-time>``, ``<x-chip>``) stays inline in its
    sentence, and its repeated siblings are chips (``_is_chip_tag``).
    """
    return "-" in tag and len(element) > 0


def _block(text: str, state: _Open, wraps: bool) -> Block:
    # (Built with ``new_block``: ``Block(...)`` runs the NamedTuple's Python ``__new__``, which
    # takes three times as long, for every block of a page.)
    start = max(state.start, 1)
    end = max(state.end, start)
    kind = state.kind
    if kind is _ATTRIBUTION:
        match = ATTRIBUTION.match(text)
        return new_block(
            (_ATTRIBUTION, match["text"] if match else text, start, end, "—", 0, 0, None, wraps)
        )
    if kind is _ITEM:
        bullet = BULLET.match(text)
        body = bullet["text"] if bullet else text
        return new_block((_ITEM, body, start, end, state.marker, 0, state.group, None, wraps))
    if kind is _HEADING:
        return new_block((_HEADING, text, start, end, "", state.level, 0, None, wraps))
    if kind is _QUOTE:
        shaped = classify(text, start, wraps)
        if shaped.kind is _ATTRIBUTION:
            return new_block(
                (_ATTRIBUTION, shaped.text, start, end, shaped.marker, 0, 0, None, wraps)
            )
        return new_block((_QUOTE, text, start, end, state.marker, 0, state.group, None, wraps))
    shaped = classify(text, start, wraps)
    return new_block(
        (shaped.kind, shaped.text, start, end, shaped.marker, 0, state.group, None, wraps)
    )


def _parent_is_blockquote(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag == "blockquote"


def _group_of(parent: etree._Element | None, walker: _Walker) -> int:
    """A stable group number per list container, assigned in document order."""
    if parent is None:
        return 0
    return walker.group_ids.setdefault(parent, len(walker.group_ids) + 1)


def _is_dropped(
    element: etree._Element, tag: str, role: str | None, verdict: int, is_title: TitleTest
) -> bool:
    """Not the page's content: a tab bar's label, code, media, a form's controls, a closed
    dialog, what its attributes hide or name as chrome, the page's own header and footer."""
    if role == _TAB_ROLE:
        return not _titles_its_panel(element, is_title)
    if tag in _DROPPED_TAGS:
        return not (tag == "button" and (_is_section_title(element, is_title) or _is_chip(element)))
    if tag == "dialog" and not ("open" in element.attrib and _holds_document(element)):
        return True  # a closed dialog is not shown; an open prompt is not the page's content
    if (verdict & _DROPPING or role is not None) and _hidden_or_chrome(element, tag, role, verdict):
        return True
    if tag == "aside" and _NOTES_CLASS.search(element.get("class") or ""):
        return True  # a slide deck's speaker notes
    return (
        tag in _PAGE_FRAME_TAGS
        and not _inside(element, _FRAME_SCOPES)
        and not _holds_section_title(element, is_title)
    )


def _holds_section_title(element: etree._Element, is_title: TitleTest) -> bool:
    """A page's header, footer or aside that holds a profile section under its own heading (a
    sidebar's Key Themes, a footer's Notable Quotes) is content set in the page's frame:
    dropping it with the frame lost the section with no word of it."""
    return any(_is_section_title(heading, is_title) for heading in element.iter(*_HEADINGS))


# Where a tag alone can drop an element that has no attributes (``_is_dropped``).
_DECIDED_BY_TAG = _DROPPED_TAGS | {"dialog"} | _PAGE_FRAME_TAGS


def _hidden_or_chrome(element: etree._Element, tag: str, role: str | None, verdict: int) -> bool:
    """What the attributes say: hidden, a chrome role, or named as a banner (cookie, consent).

    A tab panel is hidden only until its tab is chosen: its content is the page's.
    """
    if verdict & _HIDDEN and role != _TAB_PANEL_ROLE:
        return not _is_shown_twin(element)
    if role in _CHROME_ROLES and not (role == _DIALOG_ROLE and _holds_document(element)):
        return role != _TOOLBAR_ROLE or _holds_icon_control(element)
    return bool(verdict & _CHROME_NAME) and tag not in _NEVER_CHROME_BY_NAME


def _holds_icon_control(element: etree._Element) -> bool:
    """A toolbar of an editor's or an app's controls has an icon among its buttons ("↑", "B",
    "⋮"); one whose every item is worded ("logistics", "trade") may be a row of topics set as
    toggle buttons: its words are kept for the text's own chrome rules to judge."""
    for leaf in element.iter():
        if not isinstance(leaf.tag, str) or len(leaf):
            continue
        text = _text_of(leaf).strip()
        if text and _WORD.search(text) is None:
            return True
    return False


def _is_shown_twin(element: etree._Element) -> bool:
    """The shown half of an accessibility twin: text set twice side by side, once for the eye
    (``aria-hidden="true"``, so a screen reader skips it) and once for screen readers only (a
    visually-hidden class), as LinkedIn and many design systems do. Dropping both would lose
    the text; the page shows it once, so it is read once, from the shown copy.

    Only an element hidden by nothing but ``aria-hidden`` qualifies, and only when a sibling
    right before or after it is visually hidden and holds the same text.
    """
    if element.get("aria-hidden") != "true" or element.get("hidden") is not None:
        return False
    if _HIDDEN_CLASS.search(element.get("class") or "") or _HIDDEN_STYLE.search(
        element.get("style") or ""
    ):
        return False
    text = " ".join(_text_of(element).split())
    if not text:
        return False
    for twin in (element.getprevious(), element.getnext()):
        if (
            twin is not None
            and _SCREEN_READER_CLASS.search(twin.get("class") or "")
            and " ".join(_text_of(twin).split()) == text
        ):
            return True
    return False


# An element's verdict from its attributes (``_verdict``): bits of an int.
_HIDDEN = 1  # a hidden class, the ``hidden`` attribute, ``aria-hidden`` or an inline style
_CHROME_NAME = 2  # a class or id naming a banner (cookie, consent)
_WIDGET_NAME = 4  # a class or id naming a subscription widget
_METER_ATTRS = 8  # ``aria-valuenow`` or an inline style: maybe a score bar (``_meter``)
_DROPPING = _HIDDEN | _CHROME_NAME


def _verdict(attrs: Attrs) -> int:
    """What an element's attributes alone say of it (``_HIDDEN``, ``_CHROME_NAME``,
    ``_WIDGET_NAME``, ``_METER_ATTRS``), each attribute read once; the walk's tests consult this,
    not the attributes.

    ``hidden="until-found"`` is an accordion's collapsed panel, which find-in-page opens: the
    page's content, only folded away.
    """
    classes = attrs.get("class")
    verdict = _class_verdict(classes) if classes else 0
    ident = attrs.get("id")
    if ident:
        verdict |= _id_verdict(ident)
    hidden = attrs.get("hidden")
    if (hidden is not None and hidden.lower() != "until-found") or attrs.get(
        "aria-hidden"
    ) == "true":
        verdict |= _HIDDEN
    style = attrs.get("style")
    if style:
        verdict |= _METER_ATTRS
        if _HIDDEN_STYLE.search(style) is not None:
            verdict |= _HIDDEN
    if "aria-valuenow" in attrs:
        verdict |= _METER_ATTRS
    return verdict


@lru_cache(maxsize=4096)
def _class_verdict(classes: str) -> int:
    """``_HIDDEN``, ``_CHROME_NAME``, ``_WIDGET_NAME`` as a class list says them: a site repeats
    the same class lists on most of its elements, so each distinct list is searched once."""
    return (
        (_HIDDEN if _HIDDEN_CLASS.search(classes) else 0)
        | (_CHROME_NAME if _CHROME_MARKERS.search(classes) else 0)
        | (_WIDGET_NAME if _WIDGET_MARKERS.search(classes) else 0)
    )


def _id_verdict(ident: str) -> int:
    """``_CHROME_NAME``, ``_WIDGET_NAME`` as an id says them."""
    return (_CHROME_NAME if _CHROME_MARKERS.search(ident) else 0) | (
        _WIDGET_NAME if _WIDGET_MARKERS.search(ident) else 0
    )


def _is_widget(element: etree._Element, tag: str, verdict: int) -> bool:
    """A subscription widget: shown, named so by its class or id (``_WIDGET_NAME`` in its
    verdict), and small (a prompt and a form, not a newsletter site's whole article). Read apart,
    and reported as the page's chrome."""
    if tag not in BLOCK_TAGS or tag in _NEVER_CHROME_BY_NAME:
        return False  # a link named "newsletter" inside a sentence is the sentence's
    if verdict & _HIDDEN:
        return False  # hidden: dropped as hidden content is, nothing to report
    return not _holds_document(element) and len(_text_of(element)) <= _WIDGET_MAX_CHARS


def _holds_document(element: etree._Element) -> bool:
    """A dialog shown over the page that holds a document of its own: two headings or more,
    or one heading over a document's length of text (an app's record opened over its list,
    a heading with the record's name over its fields: no prompt is that long)."""
    headings = element.iter(*_HEADING_TAGS)
    count = sum(1 for _, _ in zip(range(_DOCUMENT_HEADINGS), headings, strict=False))
    if count >= _DOCUMENT_HEADINGS:
        return True
    return count == 1 and _text_length(element, _DOCUMENT_CHARS) >= _DOCUMENT_CHARS


def _text_length(element: etree._Element, enough: int) -> int:
    """The length of ``element``'s text, counted until ``enough``."""
    total = 0
    for piece in element.itertext():
        total += len(piece.strip())
        if total >= enough:
            break
    return total


def _titles_its_panel(element: etree._Element, is_title: TitleTest) -> bool:
    """A tab set right above its own panel (an accordion built as tabs) that names a profile
    section titles that panel; a tab bar's labels are navigation."""
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return (
        following is not None
        and following.get("role") == _TAB_PANEL_ROLE
        and _is_section_title(element, is_title)
    )


def _is_section_title(element: etree._Element, is_title: TitleTest) -> bool:
    """An accordion's button that names a profile section is its title, not a control."""
    text = _text_of(element)
    return bool(text) and is_title(text)


# A button with one of these opens, submits or toggles something: a control, never a chip.
_CONTROL_ATTRIBUTES = ("aria-expanded", "aria-controls", "aria-haspopup", "aria-pressed", "form")


def _is_chip(element: etree._Element) -> bool:
    """A tag set as a button among buttons (a chip list a component library renders with
    ``<button>``s): two or more buttons are all their container holds, none is a control.
    A toggle (``aria-pressed``) is a chip still: filter chips are set so, each a tag."""
    if _is_chip_control(element.attrib):
        return False
    parent = element.getparent()
    if parent is None or (parent.text or "").strip() or _inside(element, _FORMS):
        return False
    siblings = [child for child in parent if isinstance(child.tag, str)]
    return len(siblings) >= 2 and all(
        child.tag == "button"
        and not _is_chip_control(child.attrib)
        and not (child.tail or "").strip()
        for child in siblings
    )


def _is_chip_control(attrs: Attrs | etree._Attrib) -> bool:
    """A control that is no chip: :func:`_is_control` less the toggle a filter chip is."""
    return attrs.get("type") == "submit" or any(
        name in attrs for name in _CONTROL_ATTRIBUTES if name != "aria-pressed"
    )


def _is_control(attrs: Attrs | etree._Attrib) -> bool:
    return attrs.get("type") == "submit" or any(name in attrs for name in _CONTROL_ATTRIBUTES)


_FORMS = frozenset({"form"})


def _inside(element: etree._Element, tags: frozenset[str]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _meter(element: etree._Element, tag: str, attrs: Attrs) -> int | None:
    """A score bar: role=progressbar/meter with aria-valuenow, or an empty bar with a % width."""
    now = attrs.get("aria-valuenow")
    if now is not None and (attrs.get("role") in _METER_ROLES or tag in _METER_TAGS):
        return _score(now, attrs.get("aria-valuemax"))
    if tag in _METER_TAGS and attrs.get("value") is not None:
        return _score(attrs.get("value"), attrs.get("max"))
    style = attrs.get("style")
    # (A table column's width, pandoc's <col style="width: 100%">, lays the table out.)
    if style and tag != "col" and len(element) == 0 and not _text_of(element):
        width = _WIDTH.search(style)
        if width:
            return round(float(width[1]))
    return None


def _score(value: str | None, maximum: str | None) -> int | None:
    try:
        number = float(value or "")
        top = float(maximum) if maximum else 100.0
    except ValueError:
        return None
    if top <= 0:
        return None
    return round(number * 100 / top)


def _line(element: etree._Element) -> int:
    line: object = element.sourceline
    return line if isinstance(line, int) else 0


def _text_of(element: etree._Element) -> str:
    # (lxml's text is ``str`` in an HTML tree; its stubs allow ``bytes``)
    return clean("".join(cast("Iterator[str]", element.itertext())))


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, min(6, int(value or "")))
    except ValueError:
        return default
