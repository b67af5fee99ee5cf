"""The top of a profile, before any section heading: name, headline and bio.

Pages label none of these, so position and shape decide: the name is the line that
:mod:`extractor.parsing.locate` found before the headline and the first section (else the first
line, or the top-level heading when the source has one), the headline the short line after it,
the bio the prose after that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from extractor.base.errors import Refusal
from extractor.base.memo import per_line
from extractor.base.patterns import compiled
from extractor.parsing.chrome import is_chrome, is_file_links_row, note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section, paragraphs, printed_lines_joined
from extractor.parsing.sections.questions import doubt_questions_in_bio
from extractor.read.blocks import Block, Kind

_NAME_MAX_WORDS = 8
_NAME_MAX_CHARS = 100
_HEADLINE_MAX_WORDS = 20
# Digits, markup and the separators of breadcrumbs and menus never stand in a person's name.
_NOT_IN_NAME = compiled(r"[\d%@#|<>{}\[\]=/\\›»«‹→←·•]|https?:")
# A name or headline may end in an abbreviation's full stop ("Jr.", "III.", "Co.", "S.A.") and
# still not be a sentence.
_ABBREVIATION_END = compiled(
    r"(?:^|\s)(?:[A-Z][a-z]{0,2}|[A-Z]{1,4}|[IVX]{1,4}|[A-Z][a-z]*[A-Z]\w*|(?:\w{1,3}\.){1,3}\w{0,3})\.$"
)
# A full stop, then a capital: a sentence ended, unless the word is a short capitalised
# abbreviation, as honorifics are ("Dr. Amara Okafor", "Prof. Dr. Hans Müller", "Rev. King").
_SENTENCE_BREAK = compiled(r"\b(?![A-Z][a-z]{1,3}\.)\w{2,}[.!?]\s+[A-Z]")


TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from extractor.parsing.sections.signatures import NameEnd


def parse_preamble(
    section: Section,
    draft: Draft,
    name_at: int | None = None,
    name_end: NameEnd | None = None,
    *,
    bio_below: bool = False,
) -> Block:
    """Name, headline, bio; ``name_at`` is where the locator found the name, if it did;
    ``name_end`` splits a name line that also holds the headline; ``bio_below``: the profile
    has a bio section of its own ("About"). Returns the name's block."""
    blocks = list(section.body)
    name_located = name_at is not None and 0 <= name_at < len(blocks)
    if name_at is None or not name_located:
        name_at = _name_index(blocks)
    if name_at is None:
        raise Refusal("no-name", "not a leader page: no leader name found at the top of the page")
    for block in blocks[:name_at]:
        draft.unplaced(block, "before the name")
    name = _without_label(blocks[name_at])
    rest = blocks[name_at + 1 :]
    name, rest = _name_apart_from_headline(name, rest, draft, name_end)
    rest = _without_bylines(rest, draft)
    first = rest[0] if rest else None
    rest = _without_property_label(rest, draft)
    # the headline's row is a property's (its label a line apart, or "Position: …"): rows may
    # follow
    labelled = bool(rest) and rest[0] is not first
    at = _rows_at(rest, 0)
    if rest and is_headline(rest[0]) and at != 0:
        headline = _continued(rest.pop(0), rest)
        at = _rows_at(rest, 0, begun=labelled)
        company = None
        if at is not None:
            chosen, rest, company = _rows_under_headline(rest, at, draft, headline, begun=labelled)
            headline = headline if chosen is None else chosen
        put_headline(draft, headline, company)
    elif at is not None:
        chosen, rest, company = _rows_under_headline(rest, at, draft, None)
        if chosen is not None:
            put_headline(draft, chosen, company)
        else:
            draft.flag(
                "headline-missing", "no headline (role at company) under the name", name, "headline"
            )
    elif rest and (cut := headline_at_start(rest[0])):
        headline, rest[0] = _split_block(rest[0], _cut_at_name(rest[0].text, cut, name.text))
        put_headline(draft, headline)
        draft.flag(
            "headline-guessed",
            f"no headline line under the name; taken from the start of the paragraph there: "
            f"{headline.text!r}, then the bio: {rest[0].text[:40]!r}",
            headline,
            "headline",
        )
    else:
        draft.flag(
            "headline-missing", "no headline (role at company) under the name", name, "headline"
        )
    # under the headline (a headline is no printed line); a byline is no printed line either
    rest = printed_lines_joined(rest, lambda b: is_byline(b) or is_post_meta(b))
    if name_located:
        rest = _without_stray_lines(rest, draft, bio_below=bio_below)
    after = _without_post_meta(rest, draft, bio_below=bio_below)
    if name_located and len(after) < len(rest):
        # a line that read as prose only as the wrapped byline's last line (a photo's credit
        # on the next source line): judged again on its own
        after = _without_stray_lines(after, draft, bio_below=bio_below)
    rest = after
    if rest:
        draft.put("bio", paragraphs(rest), rest)
        doubt_questions_in_bio(rest, draft)
    return name


# A separator that joins two parts of a headline ("COO at Acme · Director, Example Board"):
# a line that ends in one goes on in the next (a narrow column wrapped it there).
_DANGLING = ("·", "•", "|", "/", ";", ",", "&", "–", "—")


def _continued(headline: Block, rest: list[Block]) -> Block:
    """The headline, with the next line joined when it ends in a separator (see
    ``_DANGLING``) or the next line starts in lower case, and the next line is a headline's
    short line that goes on from it (on the source line right after it); ``rest`` loses that
    line."""
    text = headline.text.rstrip()
    if not rest:
        return headline
    after = rest[0]
    if after.kind is not Kind.PARAGRAPH or after.start != headline.end + 1:
        return headline
    # a line in lower case goes on from the one above ("… Chairman of the Board" over "of
    # Trustees at …": a text browser wrapped a long headline, and its reader cut the wrap)
    if not text.endswith(_DANGLING) and not after.text[:1].islower():
        return headline
    joined = f"{text} {after.text.strip()}"
    if not is_headline(after) or not is_headline_text(joined):
        return headline
    rest.pop(0)
    return headline._replace(text=joined, end=after.end)


_ROWS_BELOW_MAX = 3  # lines between the name (or headline) and a panel of rows: buttons, tabs


def _rows_at(rest: list[Block], start: int, *, begun: bool = False) -> int | None:
    """Where a run of key/value rows (or its panel's title, see :func:`is_rows_caption`)
    starts in the first lines of ``rest``, before any sentence; None when none does. Only a
    run right at ``start`` may be a row long when ``begun`` (see :func:`key_value_rows`)."""
    for index in range(start, min(len(rest), start + _ROWS_BELOW_MAX + 1)):
        if index > start and not is_headline_text(rest[index].text):
            return None  # the bio's prose began: rows below it are no header's
        if key_value_end(rest, index, len(rest), begun=begun and index == start) > index:
            return index
        if is_rows_caption(rest[index]) and key_value_end(rest, index + 1, len(rest)) > index + 1:
            return index
    return None


def _spaced_job_row(line: Block) -> Row | None:
    """The row right above a run of key/value rows whose label names the job, set on one line
    with its value ("Position Head of Product at Acme": a converter joined a ``<dt>`` and a
    wrapped ``<dd>``), or None."""
    if line.kind is not Kind.PARAGRAPH:
        return None
    words = line.text.split(" ")
    for count in range(min(_TERM_MAX_WORDS, len(words) - 1), 0, -1):  # the longest label
        if words[count - 1].casefold().removesuffix(":") not in _JOB_LABEL_ENDS:
            continue  # (asked of every line near the name: the cheap test first)
        label, value = " ".join(words[:count]), " ".join(words[count:])
        if _term_text(label) and names_the_job(label) and is_headline_text(value):
            return Row(label, line._replace(text=value), (line,))
    return None


def _rows_under_headline(
    rest: list[Block], at: int, draft: Draft, headline: Block | None, *, begun: bool = False
) -> tuple[Block | None, list[Block], Block | None]:
    """The headline, ``rest`` without the key/value rows at ``at``, and the value of a row
    whose label names the company ("Company", "Organization"; see :func:`company_row`) (see
    :func:`key_value_rows`: a ``<dl>`` of "Position", "Office", "Email" under the headline, a
    directory's panel): the rows and their panel's title are the page's, noted as site
    chrome, never the bio's start. The lines above them stay where they are.

    A row whose label names the job ("Position", "Job title") gives a headline of its own.
    With no line under the name it is the headline; when the line under the name says
    something else ("Executive in Residence" over "Position: Head of Product at Acme"), two
    lines compete: the one written as "role at company" is taken (the row's when both or
    neither are: the page labels it the job), and the choice is flagged, naming the other.
    """
    start = at
    if is_rows_caption(rest[at]) and key_value_end(rest, at + 1, len(rest)) > at + 1:
        start = at + 1
    rows = key_value_rows(rest, start, len(rest), begun=begun and start == at)
    if not rows:
        return headline, rest, None
    end = start + sum(len(row.blocks) for row in rows)
    job_row = next((r for r in rows if names_the_job(r.label) and is_headline(r.value)), None)
    if job_row is None and start == at and at > 0 and (spaced := _spaced_job_row(rest[at - 1])):
        job_row, at = spaced, at - 1
    job = None if job_row is None else job_row.value
    other = None
    if job is not None and headline is not None and job.text != headline.text:
        if " at " in headline.text and " at " not in job.text:
            other = job
        else:
            headline, other = job, headline
    elif job is not None and headline is None:
        headline = job
    # The row's line that gives the headline (or the other candidate) is theirs, not chrome.
    held = job_row.blocks[-1] if job_row and (job is headline or job is other) else None
    company = company_row(rows)
    kept = (held, company.blocks[-1] if company is not None and company.blocks else None)
    chrome = [b for b in rest[at:end] if b not in kept]
    if chrome:
        note_chrome(chrome, "under the headline (key/value rows, the page's)", draft)
    if other is not None and headline is not None:
        draft.flag(
            "headline-competing",
            f"two lines under the name read as the headline: {headline.text!r} was taken, "
            f"{other.text!r} (line {other.start}) left out",
            other,
            "headline",
        )
    return headline, [*rest[:at], *rest[end:]], None if company is None else company.value


def _name_apart_from_headline(
    name: Block, rest: list[Block], draft: Draft, name_end: NameEnd | None
) -> tuple[Block, list[Block]]:
    """Put the name; when the name's line also holds the headline, the headline apart.

    A heading that sets the headline inline after the name ("Jane Doe <small>CTO at
    Acme</small>", read as text: one line) comes out of a text browser as one line. When the
    line above already gave the name (a breadcrumb's last item), the line that starts with
    it again is that name plus the headline: the rest is the headline. When the name's own
    line is too long to be a person's name, the longest start of it that is written like a
    name and that the profile's text names again is the name, the rest the headline: a guess,
    flagged.
    """
    if rest and (tail := _after_name(rest[0].text, name.text)) and is_headline_text(tail):
        draft.put("name", name.text, [name])
        return name, [rest[0]._replace(text=tail), *rest[1:]]

    def elsewhere() -> str:
        return "\n".join(b.text for body in draft.evidence for b in body if b.start != name.start)

    below = bool(rest) and is_headline(rest[0])
    cut = None if name_end is None else name_end(name.text, elsewhere, no_headline_below=not below)
    if cut is None:
        draft.put("name", name.text, [name])
        return name, rest
    head, tail = name.text[:cut], name.text[cut + 1 :]
    named = name._replace(text=head)
    draft.put("name", head, [name])
    draft.flag(
        "name-headline-joined",
        f"the name's line {name.text!r} reads as the name {head!r} (which the profile names "
        f"again) and the headline {tail!r}",
        name,
        "name",
    )
    return named, [name._replace(kind=Kind.PARAGRAPH, text=tail, level=0), *rest]


def _after_name(text: str, name: str) -> str | None:
    """``text`` without ``name`` at its start (a word boundary after it), or None."""
    if not text.startswith(name + " "):
        return None
    tail = text[len(name) + 1 :].strip()
    return tail if tail[:1].isupper() else None


# A line between the name and the headline that dates the post or times the read ("Posted on
# March 2, 2026 by editor", "12 May 2025", "2025-05-12", "6 min read", "3 days ago"), or names
# its author ("By the editors", "Published in Interviews by the editors"): the site's, not the
# leader's.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_BYLINE_PATTERN = (
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH}\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b\d+\s*(?:min|mins|minutes?)\.?\s+(?:read|listen)\b"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|^(?:Posted|Updated|Published|Written|Last updated)\b.*\s[Bb]y\s"
    r"|^[Bb]y\s+\S+(?:\s+\S+){0,3}$"
)
# Every form but the author's needs a digit: a line without one and without those first words
# is no byline, and the pattern (0.6 ms to compile) is built only when a line may be one.
_DIGIT = compiled(r"\d")
_BYLINE_STARTS = ("By ", "by ", "Posted", "Updated", "Published", "Written", "Last updated")


@cache
def _byline() -> re.Pattern[str]:
    return re.compile(_BYLINE_PATTERN)


_BYLINE_MAX_WORDS = 16


def is_byline(block: Block) -> bool:
    """A short line that dates the post, times its reading or names its author."""
    if block.kind not in (Kind.PARAGRAPH, Kind.HEADING, Kind.ATTRIBUTION):
        return False
    text = block.text
    # The length first: most long lines are prose, and the word count stops at the limit
    # (``maxsplit``) rather than splitting a whole paragraph that holds a digit.
    if len(text.split(None, _BYLINE_MAX_WORDS)) > _BYLINE_MAX_WORDS:
        return False
    if not text.startswith(_BYLINE_STARTS) and _DIGIT.search(text) is None:
        return False
    return _byline().search(text) is not None


# A post's engagement under its byline: a count ("1.2K", "18"), an icon (no letter or digit:
# a clap or comment glyph), or a one-word button ("Share"). Only ever asked after a byline.
_COUNT_ONLY = compiled(r"^\d[\d,.]*\s?[KkMm]?\+?$")
_BUTTON_MAX_CHARS = 12


def is_post_engagement(block: Block) -> bool:
    """A line of a post's header under its byline that is the site's: a count, an icon, a
    one-word button or a row of them run together ("FollowMessageMore"). A text reader may
    take a button's word, on a line of its own, for a title by its shape: a heading of level
    0 counts."""
    if block.kind is not Kind.PARAGRAPH and not (block.kind is Kind.HEADING and not block.level):
        return False
    text = block.text.strip()
    if not text or _COUNT_ONLY.match(text) or not any(c.isalnum() for c in text):
        return bool(text)
    return " " not in text and (
        (len(text) <= _BUTTON_MAX_CHARS and text[0].isupper()) or _labels_joined(text)
    )


# A profile's or a post's count, one word after a number: "500+ connections", "12K Followers".
_COUNT_LINE = compiled(r"^\d[\d,.]*\s?[KkMm]?\+?\s+[^\W\d_]+$")


def is_post_meta(block: Block) -> bool:
    """A byline, or a count of the profile's followers or the post's readers: the site's
    lines around a name and headline. (A count, unlike a byline, says nothing of the line
    above it: a byline stands under a post's title.)"""
    if is_byline(block):
        return True
    return (
        block.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.ATTRIBUTION)
        and block.text[:1].isdigit()
        and _COUNT_LINE.match(block.text) is not None
    )


def _without_bylines(rest: list[Block], draft: Draft) -> list[Block]:
    """Bylines right under the name are the site's: noted as chrome, the headline is next.
    A dated byline is no headline even when nothing follows it ("January 22, 2026 by the
    editors" under the post's title): the headline is then missing, and said so."""
    count = 0
    while count < len(rest) - 1 and is_post_meta(rest[count]):
        count += 1
    if count == len(rest) - 1 and is_byline(rest[count]) and _DIGIT.search(rest[count].text):
        count += 1
    if count:
        note_chrome(rest[:count], "between the name and the headline", draft)
    return rest[count:]


def _without_post_meta(rest: list[Block], draft: Draft, *, bio_below: bool = False) -> list[Block]:
    """A post's byline under its subtitle (the headline), with the counts, icons and one-word
    buttons under it ("Jane Roe · 9 min read · Jan 20, 2026", "1.2K", "Share"): the site's,
    not the bio's start. With nothing after it, it is kept for the bio, unless the bio is a
    section of its own below (``bio_below``): a page's "Last updated 9 March 2026" over an
    "About" section is no bio given twice."""
    count = 0
    while count < len(rest) and (is_post_meta(rest[count]) or is_file_links_row(rest[count])):
        count += 1
    if not count:
        return rest
    while count < len(rest) and (is_post_meta(rest[count]) or is_post_engagement(rest[count])):
        count += 1
    if count == len(rest) and not bio_below:
        return rest  # nothing after it: no bio to keep apart from
    note_chrome(rest[:count], "under the headline (the post's byline)", draft)
    return rest[count:]


_LABEL_MAX_WORDS = 2
# "Role: Head of Platform at Acme": a property's label, a colon, its value.
# Labels that say the value IS the field: a form's or an "at a glance" box's words for a
# person's name and for a job. Any other label may change the value's meaning ("Formerly:",
# "Interview:"): the line is kept whole, as it reads.
NAME_LABELS = frozenset(
    {"name", "full name", "leader", "speaker", "guest", "executive", "interviewee"}
)
HEADLINE_LABELS = frozenset(
    {
        "role",
        "title",
        "job title",
        "job",
        "position",
        "headline",
        "occupation",
        "designation",
        "current role",
        "current position",
        "current title",
    }
)
# The last word of every label of the job ("title" of "Job title"): a label that names the job
# ends in one (see :func:`names_the_job`).
_JOB_LABEL_ENDS = frozenset(label.rsplit(" ", 1)[-1] for label in HEADLINE_LABELS)
_LABELLED = r"^(?P<label>[^\W\d_][^\s:]*(?: [^\W\d_][^\s:]*)?):\s+(?P<value>\S.*)$"


def labels_another_field(text: str) -> bool:
    """A "Label: value" line whose label is no name's ("Company: Lumen Health", "Role: CEO"):
    a property of the page, never the leader's name. A "Name: …" line may be (by its value)."""
    match = _labelled(text)
    return match is not None and match["label"].casefold() not in NAME_LABELS


def _labelled(text: str) -> re.Match[str] | None:
    """A "Label: value" line's match, its label a property's (see :func:`is_property_label`)."""
    if ": " not in text:
        return None
    match = re.match(_LABELLED, text)
    return match if match is not None and is_property_label(match["label"]) else None


def is_property_label(text: str) -> bool:
    """One or two capitalised words of letters, not an acronym: how a properties table or a
    form labels its values ("Role", "Job title"). "CEO" is a role, never a label."""
    words = text.split()
    return (
        0 < len(words) <= _LABEL_MAX_WORDS
        and text[:1].isupper()
        and all(word.isalpha() for word in words)
        and not words[0].isupper()
    )


def property_row_end(blocks: Sequence[Block], index: int) -> int | None:
    """Where the property row at ``index`` ends (the index after its value), or None when
    ``blocks[index]`` is no property's label: a label with its value on the same source line
    next (a properties table's cells; the chips of one cell are one value)."""
    if index + 1 >= len(blocks):
        return None
    label, value = blocks[index], blocks[index + 1]
    if (
        label.kind is not Kind.PARAGRAPH
        or value.kind is not Kind.PARAGRAPH
        or value.start != label.start
        or label.group
        or not is_property_label(label.text)
    ):
        return None
    end = index + 2
    while value.group and end < len(blocks) and blocks[end].group == value.group:
        end += 1
    return end


def _without_property_label(rest: list[Block], draft: Draft) -> list[Block]:
    """The headline under the name set as a property ("Role | Head of Platform at Acme"): the
    label is the page's, the value the headline.

    Two shapes: the label and the value as two blocks of one source line (a properties table's
    header and data cells), or one line "Label: value". Either way the label is one or two
    capitalised words and the value reads as a headline of two words at least; the label is
    noted as the site's, never made part of the headline.
    """
    if not rest:
        return rest
    label = rest[0]
    if _box_label_above_headline(rest):
        note_chrome([label], "a box's label above the headline", draft)
        return rest[1:]
    if label.kind is not Kind.PARAGRAPH and labelled_value(label, HEADLINE_LABELS) is None:
        return rest
    if (
        label.kind is Kind.PARAGRAPH
        and len(rest) > 1
        and rest[1].kind is Kind.PARAGRAPH
        and rest[1].start == label.start
        and is_property_label(label.text)
        and len(rest[1].text.split()) > 1
        and is_headline(rest[1])
    ):
        note_chrome([label], "a property's label above the headline", draft)
        return rest[1:]
    if _label_above_value(rest):
        note_chrome([label], "a property's label above the headline (a definition list)", draft)
        return rest[1:]
    value = labelled_value(label, HEADLINE_LABELS)
    if value is not None and len(value.split()) > 1 and is_headline_text(value):
        return [label._replace(kind=Kind.PARAGRAPH, text=value, level=0), *rest[1:]]
    return rest


def _without_label(name: Block) -> Block:
    """The name's line without its property label ("Name: Jane Doe", as an "at a glance" box
    or a form's printout sets it): the label is the page's, the value the name. Only a label
    that names the field (:data:`NAME_LABELS`) before a value that is a name's shape."""
    value = labelled_value(name, NAME_LABELS)
    return name if value is None or not looks_like_name(value) else name._replace(text=value)


def labelled_value(block: Block, labels: frozenset[str]) -> str | None:
    """The value of a "Label: value" line (a property's label of one or two capitalised words
    among ``labels``, casefolded; a colon; the value), or None. A text reader may take such a
    short line for a title by its shape alone: a heading of level 0 counts."""
    if block.kind is not Kind.PARAGRAPH and not (block.kind is Kind.HEADING and not block.level):
        return None
    match = _labelled(block.text)
    return match["value"] if match is not None and match["label"].casefold() in labels else None


def _box_label_above_headline(rest: list[Block]) -> bool:
    """A box's title that names the field ("Role", an admonition's over the headline), which a
    text reader took for a heading by its shape, over a headline of two words at least (the
    reader may have taken it for a heading too): the label is the page's."""
    label = rest[0]
    return (
        label.kind is Kind.HEADING
        and not label.level
        and label.text.lower() in HEADLINE_LABELS
        and len(rest) > 1
        and rest[1].kind in (Kind.HEADING, Kind.PARAGRAPH)
        and not rest[1].level
        and len(rest[1].text.split()) > 1
        and is_headline(rest[1])
    )


def _label_above_value(rest: list[Block]) -> bool:
    """A definition list's term on its own line, its value on the next ("Position", then
    "Head of Platform at Acme"): converters set ``<dt>`` and ``<dd>`` as two lines. The term is
    a property label (see :func:`is_property_label`) in fewer words than the value, which reads
    as a headline of two words at least. A term of two words is set in sentence case ("Job
    title"): two capitalised words ("Chief Executive") are more often a role of their own."""
    return len(rest) > 1 and term_above_value(rest[0], rest[1])


def is_property_pair(label: Block, value: Block) -> bool:
    """A property's label and its value, the headline: the cells of one source line (see
    :func:`_without_property_label`) or a definition list's term above its value."""
    if value.start == label.start:
        return (
            label.kind is Kind.PARAGRAPH
            and value.kind is Kind.PARAGRAPH
            and is_property_label(label.text)
            and len(value.text.split()) > 1
            and is_headline(value)
        )
    return term_above_value(label, value) or _box_label_above_headline([label, value])


def term_above_value(label: Block, value: Block) -> bool:
    """:func:`_label_above_value` of two blocks: ``label`` a term, ``value`` its headline."""
    return (
        label.kind is Kind.PARAGRAPH
        and all(word.islower() for word in label.text.split()[1:])
        and value.kind is Kind.PARAGRAPH
        and value.start > label.end
        and is_property_label(label.text)
        and len(value.text.split()) > max(1, len(label.text.split()))
        and is_headline(value)
    )


# Rows of a key/value run (a ``<dl>`` of "Office", "Email", "Office hours" under the headline, a
# directory's panel of label and value spans) that make it a run when no label names the job:
# two one-word lines over two short lines are as often a mononym over its headline, then an
# image's alt over a link.
_ROWS_MIN = 3
_ROWS_MIN_WITH_JOB = 2


def is_term(block: Block) -> bool:
    """A definition list's term or a key/value row's key on a line of its own: a label of up to
    three words set in sentence case ("Office", "Office hours", "Email:"), which two
    capitalised words ("Chief Executive", "Ada Stone") are not."""
    if block.kind is not Kind.PARAGRAPH and not (block.kind is Kind.HEADING and not block.level):
        return False
    return _term_text(block.text)


_TERM_MAX_WORDS = 3  # "Office", "Office hours", "Primary job title"


def _term_text(text: str) -> bool:
    """One to three words of letters in sentence case, not an acronym (see :func:`is_term`)."""
    words = text.removesuffix(":").split()
    return (
        0 < len(words) <= _TERM_MAX_WORDS
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(word.isalpha() for word in words)
        and all(word.islower() for word in words[1:])
    )


def _row_value(block: Block) -> bool:
    """A key/value row's value: a short line, no sentence (a room, an address, "Tuesdays 2-4
    pm", a date)."""
    if block.kind is not Kind.PARAGRAPH and not (block.kind is Kind.HEADING and not block.level):
        return False
    return is_headline_text(block.text)


def names_the_job(label: str) -> bool:
    """A property label whose last words say its value is the job ("Position", "Primary job
    title", "Current role")."""
    words = label.removesuffix(":").casefold().split()
    return any(" ".join(words[i:]) in HEADLINE_LABELS for i in range(len(words)))


# Labels that say a row's value is the leader's employer.
COMPANY_LABELS = frozenset(
    {
        "company",
        "organization",
        "organisation",
        "employer",
        "current company",
        "current employer",
        "current organization",
        "current organisation",
    }
)


def company_row(rows: Sequence[Row]) -> Row | None:
    """The first row whose label names the company ("Company", "Organisation") and has a
    value."""
    return next(
        (row for row in rows if names_the_company(row.label) and row.value.text.strip()), None
    )


def names_the_company(label: str) -> bool:
    """A property label that says its value is the leader's employer ("Organisation:")."""
    return label.removesuffix(":").strip().casefold() in COMPANY_LABELS


def labels_the_name(label: str) -> bool:
    """A property label that says its value is the person's name ("Name", "Speaker")."""
    return label.removesuffix(":").casefold() in NAME_LABELS


class Row:
    """One key/value row: its label, its value (a block of the value's text) and the blocks
    it stands on. (A plain class: this module is compiled with mypyc.)"""

    __slots__ = ("blocks", "label", "value")

    def __init__(self, label: str, value: Block, blocks: tuple[Block, ...]) -> None:
        self.label = label
        self.value = value
        self.blocks = blocks


def key_value_rows(
    blocks: Sequence[Block],
    index: int,
    stop: int,
    *,
    begun: bool = False,
    named: Callable[[str], bool] | None = None,
) -> list[Row]:
    """The run of key/value rows that starts at ``index`` (none: an empty list), as converters
    set a ``<dl>`` or a directory panel's label and value spans: a term (see :func:`is_term`)
    on a line over its short value, or, every row alike, the label run into its value with no
    space ("OrganizationTzamid Robotics", see :func:`glued_label_end`; a run of these holds a
    row whose label names the job: brands and menus run words together too).

    A run is three rows, or two when a label names the job ("Position"): fewer are as often a
    name over a headline. Most values are of another shape than a label (a menu of one-word
    labels pairs up too). ``begun``: the row above was one (the headline given as a "Position"
    row): one row is enough. A label of the name ("Speaker"), or a term that ``named`` says
    the profile names (a mononym), ends the run: the name is never a row's by its place.
    A value of a dash alone that a reader took, with the next label, for an attribution
    ("—", then "Profile updated") is an empty value over that label.
    """
    rows = _rows_on_lines(blocks, index, stop, named)
    on_lines = bool(rows)
    if not rows and (colon := _colon_rows(blocks, index, stop)):
        job = any(names_the_job(row.label) for row in colon)
        least = 1 if begun else _ROWS_MIN_WITH_JOB if job else _ROWS_MIN
        return colon if len(colon) >= least else []  # (the colon parts label from value)
    if not rows and not any(_may_name_the_job(b.text) for b in blocks[index:stop]):
        return []  # no line there says a job's label: no run of glued or spaced rows could
    if not rows:
        glued = _glued_rows(blocks, index, stop)
        rows = glued or _spaced_rows(blocks, index, stop, None)
        if not any(names_the_job(row.label) for row in rows):
            return []  # brands and menus run words together too ("LeaderLink", "NetworkJobs")
        if not glued and named is not None:  # (asked only now: it searches the whole profile)
            rows = _spaced_rows(blocks, index, stop, named)
            if not any(names_the_job(row.label) for row in rows):
                return []
    job = any(names_the_job(row.label) for row in rows)
    enough = len(rows) >= (1 if begun else _ROWS_MIN_WITH_JOB if job else _ROWS_MIN)
    labels = sum(
        1
        for row in rows
        if is_property_label(row.value.text)
        and not names_the_job(row.label)
        and not names_the_company(row.label)
    )
    # the values of a run are of another shape than a label (a room, an address, a date), but
    # for fewer than one in three ("Organization", "Tzamid Robotics"); a job's title is written
    # as one ("Visiting Fellow"), and so is the employer's name under a label that names it
    # ("Organisation" over "Lantern Mills"). Terms over their values, each a line, may have one
    # in three
    # ("Prepared by" over "Events team"): a line run into the next is no row there.
    return rows if enough and labels * 3 < len(rows) + on_lines else []


@per_line
def _may_name_the_job(text: str) -> bool:
    """Whether ``text`` holds a word that ends every label of the job (``_JOB_LABEL_ENDS``),
    case aside: a glued or spaced row's label is part of its line's text, and a run of them
    counts only with a row whose label names the job (:func:`names_the_job`), so a stretch
    of lines none of which says one holds no such run. (Folded per character, a label's
    words are in its line's folded text.)"""
    folded = text.casefold()
    return any(word in folded for word in _JOB_LABEL_ENDS)


def is_rows_caption(block: Block) -> bool:
    """A panel's title over its key/value rows ("Overview", "Details", ``<h2>Contact</h2>``):
    one word, or a titled heading (level 2 or more) of a label's shape. The page's, like the
    rows; never a headline."""
    text = block.text
    if block.kind is Kind.HEADING and block.level > 1:
        return _term_text(text) or is_property_label(text)
    return block.kind in (Kind.PARAGRAPH, Kind.HEADING) and " " not in text and _term_text(text)


def key_value_end(
    blocks: Sequence[Block],
    index: int,
    stop: int,
    *,
    begun: bool = False,
    named: Callable[[str], bool] | None = None,
) -> int:
    """The index after the run of :func:`key_value_rows` at ``index``, or ``index``."""
    rows = key_value_rows(blocks, index, stop, begun=begun, named=named)
    return index + sum(len(row.blocks) for row in rows)


def _rows_on_lines(
    blocks: Sequence[Block], index: int, stop: int, named: Callable[[str], bool] | None
) -> list[Row]:
    """Rows of a term over its value (see :func:`key_value_rows`)."""
    rows: list[Row] = []
    end = index
    while end + 1 < stop:
        term, value = blocks[end], blocks[end + 1]
        dashed = bool(rows) and term.kind is Kind.ATTRIBUTION and _term_text(term.text)
        if not (is_term(term) or dashed) or labels_the_name(term.text):
            break
        if named is not None and named(term.text):
            break
        if value.kind is Kind.ATTRIBUTION and _term_text(value.text):
            rows.append(Row(term.text, value._replace(text="—"), (term,)))  # its dash
            end += 1
            continue
        if not _row_value(value):
            break
        tail = _term_wrapped_into(blocks, end + 1, stop)
        if tail is not None:  # the next row's term joined to this value: two rows
            cut = value._replace(text=value.text[: -len(tail)].rstrip(), end=value.start)
            rows.append(Row(term.text, cut, (term, value)))
            rows.append(Row(tail, blocks[end + 2], (blocks[end + 2],)))
            end += 3
            continue
        rows.append(Row(term.text, value, (term, value)))
        end += 2
    return rows


def _colon_rows(blocks: Sequence[Block], index: int, stop: int) -> list[Row]:
    """Rows of "Label: value" lines, one row a line or a list item (a facts panel under the
    headline: "Location: Berlin", "Languages: English, German"): the label a property's (see
    :func:`is_property_label`), never the name's ("Name: ..."), the value a short line."""
    rows: list[Row] = []
    end = index
    while end < stop:
        line = blocks[end]
        if line.kind is not Kind.ITEM and not _line_of_text(line):
            break
        match = _labelled(line.text)
        if match is None or labels_the_name(match["label"]):
            break
        if not is_headline_text(match["value"]):
            break
        value = line._replace(text=match["value"], kind=Kind.PARAGRAPH, level=0)
        rows.append(Row(match["label"], value, (line,)))
        end += 1
    return rows


def _term_wrapped_into(blocks: Sequence[Block], index: int, stop: int) -> str | None:
    """The next row's term at the end of the value at ``index``, when a text reader joined the
    term's line to a value that fills its line ("...at Acme Zrt. Office", then "Hollis Hall
    314", then "Email"): a value of two source lines whose last words are a term, a value
    under it that is no term, and a term after that (the run goes on). None otherwise."""
    value = blocks[index]
    if value.end != value.start + 1 or index + 3 >= stop:
        return None
    if not (_row_value(blocks[index + 1]) and not is_term(blocks[index + 1])):
        return None
    if not is_term(blocks[index + 2]):
        return None
    words = value.text.split()
    for count in range(min(_TERM_MAX_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-count:])
        if _term_text(tail):
            return tail
    return None


def _glued_rows(blocks: Sequence[Block], index: int, stop: int) -> list[Row]:
    """Rows of a label run into its value (see :func:`glued_label_end`)."""
    rows: list[Row] = []
    end = index
    while end < stop and (cut := glued_label_end(blocks[end])) is not None:
        line = blocks[end]
        value = line.text[cut:].strip()
        label, after = line.text[:cut], _next_glued_row(line, value)
        wrapped = _wrapped_value(blocks, end, stop, value)
        if wrapped is not None:  # the value's last words on the next line
            rows.append(
                Row(label, line._replace(text=wrapped, end=line.end + 1), (line, blocks[end + 1]))
            )
            end += 1
        elif after is None:
            rows.append(Row(label, line._replace(text=value), (line,)))
        else:  # two rows on the block's two lines: the second is on the same block
            rows.append(Row(label, line._replace(text=value[: after.start()].strip()), (line,)))
            rest = value[after.end() :].strip()
            rows.append(Row(after[0], line._replace(text=rest, start=line.end), ()))
        end += 1
    return rows


def _wrapped_value(blocks: Sequence[Block], index: int, stop: int, value: str) -> str | None:
    """A glued row's value with its last words, when a converter wrapped the row's line and
    the reader left the wrap apart: the next source line is a short line of its own that is no
    row ("ex-Riot)", "Officer at Acme"), and either the value ends in a separator (see
    ``_DANGLING``) or a row follows that line (it stands between two rows). After a value
    ending in a linking word ("... Programs at"), the next line goes on from it even when it
    looks like a glued row: a brand written in one word ("DeepMind"). (A dash is a value of
    its own: "Location—" over "Profile updatedNov 3" is two rows.)
    None otherwise."""
    if index + 1 >= stop:
        return None
    after = blocks[index + 1]
    if not _line_of_text(after) or after.start != blocks[index].end + 1:
        return None
    linked = _goes_on(value)  # "... Programs at", then "DeepMind (ex-Google Brain)"
    dangling = linked or value.endswith(_DANGLING)
    if (glued_label_end(after) is not None and not linked) or not is_headline_text(after.text):
        return None
    between = index + 2 < stop and glued_label_end(blocks[index + 2]) is not None
    if not dangling and not between:
        return None
    joined = f"{value} {after.text.strip()}"
    return joined if is_headline_text(joined) else None


# A glued row's label inside a line, after a space (see ``_GLUED_LABEL``).
_GLUED_INSIDE = compiled(r"(?<= )[A-Z][a-z]*(?: [a-z]+){0,2}(?<=[a-z]{3})(?=[A-Z\d\u2012-\u2015])")


def _next_glued_row(line: Block, value: str) -> re.Match[str] | None:
    """The next row's label in a glued row's value, when a text reader joined the two rows'
    lines as one wrapped paragraph (a long first row: "…at Acme OrganizationAcme"): a block
    of two source lines, and one glued label after a space in it. None otherwise."""
    if line.end != line.start + 1:
        return None
    found = list(_GLUED_INSIDE.finditer(value))
    if len(found) != 1 or _goes_on(value[: found[0].start()]):
        return None
    return found[0]


# Words a row's value does not end in: after them, a capitalised word run into another
# ("at DeepMind", "for OpenAI") is the value going on, a brand's name, not the next row's label.
_LINKING_WORDS = frozenset("at of for and & in on to with by from the a an".split())


def _goes_on(before: str) -> bool:
    """The text before a glued label inside a value ends in a word that needs more after it:
    that "label" is the value's own next word (see ``_LINKING_WORDS``)."""
    words = before.split()
    return bool(words) and words[-1].casefold() in _LINKING_WORDS


def _spaced_rows(
    blocks: Sequence[Block], index: int, stop: int, named: Callable[[str], bool] | None
) -> list[Row]:
    """Rows of a label and its value set on one line with a space between, as a Markdown
    converter keeps a panel's label and value spans ("Organization Lagos Grid Storage": the
    reader parts two elements that touch by a space; see ``_SPACED_LABEL``). Like glued rows,
    only a run that holds a row naming the job is one. A name is written so too ("Ada
    Stone"): a label that ``named`` says the profile names (a given name) ends the run. A
    label whose dash value a reader took, with the next row, for an attribution ("Location",
    then "— Profile updated Nov 3") is a row of an empty value, and that attribution the next
    row."""
    rows: list[Row] = []
    end = index
    while end < stop:
        line = blocks[end]
        dashed = line.kind is Kind.ATTRIBUTION and bool(rows)
        match = _SPACED_LABEL.match(line.text) if _line_of_text(line) or dashed else None
        if match is not None and named is not None and named(match[1]):
            break
        if match is not None and len(line.text.split()) <= _HEADLINE_MAX_WORDS:
            value = line.text[match.end() :].strip()
            rows.append(Row(match[1], line._replace(text=value, kind=Kind.PARAGRAPH), (line,)))
        elif (job := _spaced_job_row(line)) is not None:  # "Job title ex-Head of ..."
            rows.append(job)
        elif (
            rows
            and end + 1 < stop
            and is_term(line)
            and blocks[end + 1].kind is Kind.ATTRIBUTION
            and _SPACED_LABEL.match(blocks[end + 1].text)
        ):
            rows.append(Row(line.text, line._replace(text="—"), (line,)))  # its dash
        else:
            break
        end += 1
    return rows


# A label in sentence case (up to three words), a space, then its value: a capital, a digit or
# a dash ("Organization Lagos Grid Storage", "Profile updated Nov 3, 2026", "Location ---").
_SPACED_LABEL = compiled(r"^([A-Z][a-z]+(?: [a-z]+){0,2}) (?=[A-Z\d\u2012-\u2015]|-{2,3}$)")


# A label in sentence case run into its value with no space between (a directory's label and
# value spans as most converters write them: "OrganizationTzamid Robotics", "Location—",
# "Profile updatedNov 3, 2026"): the label's last word ends in three lower-case letters, then
# the value starts with a capital, a digit or a dash.
_GLUED_LABEL = compiled(r"^[A-Z][a-z]*(?: [a-z]+){0,2}(?<=[a-z]{3})(?=[A-Z\d\u2012-\u2015])")


def _line_of_text(block: Block) -> bool:
    """A paragraph, or a short line a text reader set as a heading of no level (a plain-text
    converter writes each row of a panel on a line of its own, like a title)."""
    return block.kind is Kind.PARAGRAPH or (block.kind is Kind.HEADING and not block.level)


def glued_label_end(block: Block) -> int | None:
    """Where the label ends in a line that runs a key/value row's label into its value (see
    ``_GLUED_LABEL``), or None. A name may look so ("MacArthur"): only a run of such lines is
    a run of rows (see :func:`key_value_rows`)."""
    if not _line_of_text(block) or len(block.text.split()) > _HEADLINE_MAX_WORDS:
        return None
    match = _GLUED_LABEL.match(block.text)
    return _glued_job_end(block.text) if match is None else match.end()


def _glued_job_end(text: str) -> int | None:
    """Where a label of the job ends in a line that runs it into a value starting in lower
    case ("Primary job titleex-Head of Risk at ..."): the label is known, so the cut is."""
    low = text.casefold()
    for label in HEADLINE_LABELS:
        end = low.find(label) + len(label)
        if end < len(label) or end >= len(text) or text[end].isspace() or text[end] == ":":
            continue
        if _term_text(text[:end]) and names_the_job(text[:end]):
            return end
    return None


# Lower-case words that go on a capitalised name ("Bank of America", "Banco do Brasil").
_NAME_LINKS = frozenset(
    "of for and & de do da das dos du des del la le van von der den y e di in".split()
)


def headline_at_start(block: Block) -> int | None:
    """Where a headline the wrap joined to the bio ends in ``block``'s text, or None.

    A narrow column (a text browser's table cell) may fill the headline's line, and the wrap
    test then joins the bio's first line to it: "SVP Merchandising at Orchard Lane Runs
    merchandising for ...". Only a block of several source lines can hide one. The shape: a
    short role written as a title (mostly capitalised), " at ", the company's capitalised
    words (lower-case links such as "of" only between two of them), then a capitalised word
    with a lower-case word after it: a new sentence. Punctuation after the company ("at Acme,
    where ...") means it is the bio's own sentence: no cut.
    """
    if block.kind is not Kind.PARAGRAPH or block.start == block.end:
        return None
    words = block.text.split(" ")
    try:
        at = words.index("at", 1, _HEADLINE_MAX_WORDS)
    except ValueError:
        return None
    role = words[:at]
    capitalised = sum(1 for word in role if word[:1].isupper())
    if capitalised * 2 < len(role) or not role[0][:1].isupper():
        return None  # a title is capitalised: "Head of Product", not "She leads product"
    if any(word.endswith((".", "!", "?", ":")) for word in role):
        return None
    index = at + 1
    while index + 1 < len(words):
        word, following = words[index], words[index + 1]
        if not word or not word[-1].isalnum():
            return None  # "Acme," / "Acme.": the sentence goes on, or the bio's own stop
        if word[0].isupper() or word[0].isdigit():
            if _starts_sentence(following) and index > at + 1:
                return len(" ".join(words[:index]))  # "Orchard Lane" | "Runs merchandising"
        elif word in _NAME_LINKS or (word == "the" and words[index - 1] in _NAME_LINKS):
            if _starts_sentence(following) and following != "the":
                # "Ruta Verde CEO of a ...": the name broke off, the sentence began a word back
                return len(" ".join(words[: index - 1])) if index - 1 > at + 1 else None
        else:
            return None
        index += 1
    return None


def _cut_at_name(text: str, cut: int, name: str) -> int:
    """Where the headline joined to the bio ends (``cut``, see :func:`headline_at_start`),
    or earlier, where the leader's name starts the bio inside the company's capitalised words
    ("... at Carrington Freight Lines Reginald Ashby Carrington II is the third ...": the
    name's last word, "II", looked like the sentence's start)."""
    at = text.find(f" {name} ")
    return at if 0 < at < cut else cut


def _starts_sentence(following: str) -> bool:
    """A lower-case word after a capitalised one that no name would link on."""
    return following[:1].islower() and following not in _NAME_LINKS


def _split_block(block: Block, cut: int) -> tuple[Block, Block]:
    """The headline and the bio as two blocks on the paragraph's first line (where the
    headline was) and its lines."""
    head = block._replace(text=block.text[:cut], end=block.start)
    return head, block._replace(text=block.text[cut + 1 :])


def _without_stray_lines(rest: list[Block], draft: Draft, *, bio_below: bool) -> list[Block]:
    """Between headline and sections, short lines that are not prose ("5 min read", "Listen on
    Apple Podcasts") are the site's, when there is prose for the bio at all. When the bio is a
    section of its own below ("About"), only a tab bar's labels are ("OverviewScoresQuotes" as
    a converter runs them together, stand between the headline and an "About" tab): any other
    line there (a tagline) stays the bio's, flagged as the bio given twice; a byline or a
    follower count ("500+ connections") there is the site's."""
    from extractor.parsing.shapes import prose_flags  # the locator's notion of running text

    kept = [b for b, running in zip(rest, prose_flags(rest), strict=True) if running]
    stray = [b for b in rest if b not in kept]
    if stray and not kept and bio_below:
        tabs = _tab_bar(stray)
        stray = [b for b in stray if b in tabs or is_post_meta(b) or is_control(b)]
        kept = [b for b in rest if b not in stray]
    if not stray or (not kept and not bio_below):
        return rest
    note_chrome(stray, "between the headline and the first section", draft)
    _doubt_title_between_paragraphs(rest, kept, stray, draft)
    return kept


# An icon that a control's label carries, as a text reader keeps it ("Add to shortlist ♡",
# "▶ Watch the reel", "✉ Contact"): arrows, shapes, symbols, dingbats and pictographs.
_CONTROL_GLYPH = compiled(
    r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
)
_CONTROL_MAX_WORDS = 8


def is_control(block: Block) -> bool:
    """A control's label: a short line, no sentence, that starts or ends with an icon (see
    ``_CONTROL_GLYPH``), as a row of buttons or a player's link under a header reads. A
    tagline carries no icon at its ends."""
    text = block.text.strip()
    if not _line_of_text(block) or not text:  # (a text reader may take it for a title)
        return False
    if not (_CONTROL_GLYPH.match(text) or _CONTROL_GLYPH.match(text[-1])):
        return False
    return len(text.split()) <= _CONTROL_MAX_WORDS and not _is_sentence_end(text)


def _doubt_title_between_paragraphs(
    rest: list[Block], kept: list[Block], stray: list[Block], draft: Draft
) -> None:
    """A line set aside above with the bio's prose on both sides of it is shaped like a
    section's title when it is a short line that is no sentence ("What we talked about" in
    sentence case, which a text reader does not take for a heading): the prose under it may be
    that section's, not the bio's. Or it is a card's header (a team page's next member, a name
    and a title run into one line): the prose under it may be that person's, and the name
    above another's. The bio keeps it, and says so at the first such line."""
    if not kept:
        return
    at = {id(block): index for index, block in enumerate(rest)}  # (no list search per line)
    first_kept, last_kept = at[id(kept[0])], at[id(kept[-1])]
    for block in stray:
        if not first_kept < at[id(block)] < last_kept:
            continue
        if _card_header(block):
            draft.flag(
                "section-line-doubtful",
                f"line {block.start} {block.text!r} between the bio's paragraphs reads like "
                "another card's header (a name and a title) and was read as the site's; the "
                "prose under it was kept in the bio, and may be that person's",
                block,
                "bio",
            )
            draft.flag(
                "name-doubtful",
                f"line {block.start} {block.text!r}, under the name, reads like another card's "
                "header: the profile's sections may be that person's, not the name's",
                block,
                "name",
            )
            return
        if _title_not_label(block):
            position = at[id(block)]  # the next kept block by place, not by line number
            below = next((b.start for b in kept if at[id(b)] > position), block.start)
            draft.flag(
                "section-line-doubtful",
                f"the bio's paragraphs from line {below} stand under {block.text!r} "
                f"(line {block.start}), a title's shape set aside as the site's: they may be "
                "another section's (a title no rule knows), not the bio's",
                block,
                "bio",
            )
            return


def _title_not_label(block: Block) -> bool:
    """A title's shape ("Background" is one word) that is no site label ("Advertisement",
    "Share" stand between a bio's paragraphs on many sites, and title nothing)."""
    from extractor.parsing.bycontent import title_shaped  # (bycontent imports the sections)

    return title_shaped(block) and not is_chrome(block.text)


# A card's header as a converter runs it into one line: a name and the person's title
# ("Jane Doe Chief Financial Officer"), a few words at least.
_CARD_HEADER_MIN_WORDS = 3


def _card_header(block: Block) -> bool:
    """A line shaped like a headline starting with a letter, most of its words capitalised (or
    in a script without case): a name run into a person's title, a card's header. A title in
    sentence case ("What we talked about") is not one, nor one in title case whose first word
    is an English word ("Early Career and Education", "Board Memberships"): a given name
    rarely is one (a "Grace" or a "Mark" is missed, and then no card is claimed)."""
    from extractor.parsing.chips.lexicon import facts  # (loads its word table on first use)

    text = block.text
    words = text.split()
    if len(words) < _CARD_HEADER_MIN_WORDS or not text[:1].isalpha() or not is_headline(block):
        return False
    capitalised = sum(1 for w in words if w[0].isalpha() and not w[0].islower())
    if capitalised * 2 <= len(words):
        return False
    first = words[0]
    return not (first[0].isupper() and facts(first.casefold()).known)


_TAB_LABEL_MAX_WORDS = 3
_TAB_SEPARATORS = r"\s+[·•|/]\s+"
_NOT_IN_A_LABEL = frozenset(",.;:!?")
_TAB_BAR_MIN_LABELS = 2


def _tab_bar(blocks: list[Block]) -> list[Block]:
    """The lines among ``blocks`` that read as a tab bar's labels: one token of capitalised
    words run together ("OverviewScoresQuotes"), a row of labels set apart by separators
    ("Overview · Scores"), or, when there are two or more, lines that are each one label."""
    rows = [b for b in blocks if _labels_joined(b.text) or _label_row(b.text)]
    single = [b for b in blocks if b not in rows and _is_label(b.text)]
    chosen = rows + single if len(single) >= _TAB_BAR_MIN_LABELS else rows
    return [b for b in blocks if b in chosen]


def _label_row(text: str) -> bool:
    parts = re.split(_TAB_SEPARATORS, text)
    return len(parts) >= _TAB_BAR_MIN_LABELS and all(map(_is_label, parts))


def _is_label(text: str) -> bool:
    """A tab's or a menu's label: a few words, capitalised, no punctuation of a sentence."""
    text = text.strip()
    return (
        0 < len(text.split()) <= _TAB_LABEL_MAX_WORDS
        and text[0].isupper()
        and not any(c in _NOT_IN_A_LABEL for c in text)
    )


def put_headline(draft: Draft, block: Block, company_value: Block | None = None) -> None:
    """Headline verbatim; role and company split at the last " at ". A headline with no " at "
    is the role; the company is then a key/value row's that names it (``company_value``: the
    page gives the job and the employer as rows of their own, "Position", "Organization"), and a
    headline that ends in that company after a comma gives its job alone as the role."""
    headline = block.text
    draft.put("headline", headline, [block])
    role, sep, company = headline.rpartition(" at ")
    if sep and role.strip() and company.strip():
        draft.put("role", role.strip(), [block])
        draft.put("company", company.strip(), [block])
        if headline.count(" at ") > 1:
            draft.flag(
                "headline-ambiguous",
                "headline has more than one ' at '; "
                f"company taken after the last: {company.strip()!r}",
                block,
                "company",
            )
    elif company_value is None:
        draft.put("role", headline, [block])
    else:
        employer = company_value.text.strip()
        # "Chief Executive Officer, Lantern Mills" over the company's row: the role is the job
        job, comma, named = headline.rpartition(",")
        same = comma and job.strip() and named.strip().casefold() == employer.casefold()
        draft.put("role", job.strip() if same else headline, [block])
        draft.put("company", employer, [company_value])


def _name_index(blocks: list[Block]) -> int | None:
    explicit = [i for i, b in enumerate(blocks) if b.kind is Kind.HEADING and b.level == 1]
    if explicit and looks_like_name(blocks[explicit[0]].text):
        return explicit[0]
    if (
        blocks
        and looks_like_name(blocks[0].text)
        and blocks[0].kind in (Kind.HEADING, Kind.PARAGRAPH)
    ):
        return 0
    return None


@per_line  # asked of the same lines by the locator, the name finder and the outline
def looks_like_name(text: str) -> bool:
    """Short, with letters, no digits or markup, not a sentence (a suffix like "Jr." is fine)."""
    if len(text) > _NAME_MAX_CHARS:
        return False  # before splitting it: most lines of a page are long
    words = text.split()
    return (
        0 < len(words) <= _NAME_MAX_WORDS
        and (text[0].isalpha() or any(ch.isalpha() for ch in text))
        and not _NOT_IN_NAME.search(text)
        and not text.endswith(("?", "!", ":", ","))
        and not _is_sentence_end(text)
        and not _breaks_sentences(text)
    )


def is_headline(block: Block) -> bool:
    """A short line that is not a sentence; "... at Pampa & Co." still counts."""
    if block.kind not in (Kind.PARAGRAPH, Kind.HEADING):
        return False
    return is_headline_text(block.text)


# One token of capitalised words run together ("OverviewScoresInsightsQuotes"): a tab bar's or
# menu's labels as a copy joins them, never a headline.
_LABELS_JOINED = compiled(r"[a-z][A-Z]")
_LABEL_JOINS = 2
# A pager's position ("1 of 4", as an app sets it beside a record's name): never a headline.
_PAGER = compiled(r"\d{1,4} of \d{1,5}")


def _labels_joined(text: str) -> bool:
    """One token of capitalised words run together (see ``_LABELS_JOINED``)."""
    return " " not in text.strip() and len(_LABELS_JOINED.findall(text)) >= _LABEL_JOINS


@per_line
def is_headline_text(text: str) -> bool:
    """:func:`is_headline` of a line's text."""
    words = text.split()
    return (
        len(words) <= _HEADLINE_MAX_WORDS
        and not (len(words) == 1 and _labels_joined(text))
        and not (len(words) == 3 and _PAGER.fullmatch(text) is not None)
        and not text.endswith(("!", "?"))
        and not _is_sentence_end(text)
        and not _breaks_sentences(text)
    )


def _breaks_sentences(text: str) -> bool:
    """``_SENTENCE_BREAK`` found: a stop inside the text, then a capital. The pattern needs a
    stop, and most names and headlines have none: those are never searched (the search tries
    every word of the line)."""
    if "." not in text and "!" not in text and "?" not in text:
        return False
    return _SENTENCE_BREAK.search(text) is not None


def _is_sentence_end(text: str) -> bool:
    """Ends with a full stop that closes a sentence, not an abbreviation's."""
    return text.endswith(".") and not _ABBREVIATION_END.search(text)
