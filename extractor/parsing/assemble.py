"""Blocks → sections → record: the driver that walks the registered section parsers."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.base.errors import Refusal
from extractor.parsing.chrome import is_chrome, note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.leader_name import written_like_a_name
from extractor.parsing.locate import Span, locate
from extractor.parsing.sections import Section, SectionParser, parser_for
from extractor.parsing.sections.base import paragraphs
from extractor.parsing.sections.dimensions import (
    is_captioned_score,
    is_dimension_line,
    is_score,
    parse_dimensions,
)
from extractor.parsing.sections.preamble import parse_preamble
from extractor.read.blocks import Block, Kind

_MIN_EVIDENCE = 2


@dataclass
class Outline:
    """The page cut at its headings: the preamble, then each section with its parser (or None)."""

    preamble: Section
    sections: list[tuple[Section, SectionParser | None]] = field(default_factory=list)


def assemble(blocks: list[Block], known_themes: tuple[str, ...] = ()) -> Draft:
    """Run every section parser over the page; raises Refusal when it is not a leader page."""
    draft = Draft(known_themes=known_themes)
    content = _drop_chrome(blocks, draft)
    span = locate(content)
    profile = content if span is None else _within(content, span, draft)
    outline = outline_of(profile)
    unlabelled = _take_unlabelled_dimensions(outline.preamble)
    _require_leader_page(outline, unlabelled)
    draft.evidence = [
        s.body for s, parser in outline.sections if not parser or parser.name != "themes"
    ]
    draft.evidence.append(outline.preamble.body)
    name_at = 0 if span is not None and span.name is not None else None
    name = parse_preamble(_without_meters(outline.preamble, draft), draft, name_at)
    _doubt_name(name, draft)
    if unlabelled.body:
        draft.flag(
            "section-label-missing",
            "dimension scores found without a 'Dimension Profile' heading; taken as dimensions",
            unlabelled.body[0],
            "dimensions",
        )
        parse_dimensions(unlabelled, draft)
    for section, parser in outline.sections:
        _parse_section(section, parser, draft)
    return draft


def _doubt_name(name: Block, draft: Draft) -> None:
    """The best line for the name may still not read as a person's (the real name was written
    in a way the parser did not take, say, and the headline stood next): a guess, said so."""
    caseless = not any(c.isupper() or c.islower() for c in name.text)  # 李伟: no capitals to read
    if not caseless and not written_like_a_name(name.text):
        draft.flag(
            "name-doubtful",
            f"the line taken for the name, {name.text!r}, is not written like a person's name "
            "(two to six capitalised words)",
            name,
            "name",
        )


def _drop_chrome(blocks: list[Block], draft: Draft) -> list[Block]:
    content: list[Block] = []
    for block in blocks:
        if is_chrome(block.text):
            draft.chrome.append(block)
            draft.accounted.update(range(block.start, block.end + 1))
        else:
            content.append(block)
    return content


def _within(content: list[Block], span: Span, draft: Draft) -> list[Block]:
    """The profile's blocks; what stands above and below it is site chrome, noted by line range."""
    for where, part in (("above", content[: span.start]), ("below", content[span.end :])):
        if part:
            note_chrome(part, f"{where} the profile", draft)
    for index in sorted(span.strays):
        note_chrome([content[index]], "inside the profile's last section", draft)
    return [
        Block(Kind.HEADING, b.text.removesuffix(":").rstrip(), b.start, b.end, "", 0, 0, None, True)
        if index in span.titles
        else b
        for index, b in enumerate(content[span.start : span.end], span.start)
        if index not in span.strays
    ]


def outline_of(blocks: list[Block]) -> Outline:
    outline = Outline(Section("", None, []))
    body = outline.preamble.body
    seen_known = False
    for index, block in enumerate(blocks):
        parser = parser_for(block)
        if (
            parser is None
            and block.kind is Kind.HEADING  # the cheap part of the test, asked here first
            and _starts_unknown_section(blocks, index, seen_known)
        ):
            body = []
            outline.sections.append((Section(block.text, block, body), None))
        elif parser is not None:
            seen_known = True
            body = []
            outline.sections.append((Section(block.text, block, body), parser))
        else:
            body.append(block)
    return outline


def _starts_unknown_section(blocks: list[Block], index: int, seen_known: bool) -> bool:
    """A heading the registry does not know starts a section only if content follows it.

    A run of short capitalised lines (theme chips one per line, say) looks like headings with
    nothing under them; those are content, not sections.
    """
    block = blocks[index]
    if block.kind is not Kind.HEADING:
        return False
    if block.level <= 1 and not seen_known:
        return False  # inferred headings and the page title (h1) before the sections
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and following.kind is not Kind.HEADING
        and parser_for(following) is None
        and not is_score(following.text)  # a dimension's label, its score a line below
        and not is_captioned_score(following.text)  # "Score: 70%" under it
    )


def _take_unlabelled_dimensions(preamble: Section) -> Section:
    """Pull a run of two or more "Name 95%" lines out of the preamble (a missing heading)."""
    run: list[Block] = []
    for block in preamble.body:
        if is_dimension_line(block.text):
            run.append(block)
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return Section("Dimension Profile", None, [])
    kept = [b for b in preamble.body if b not in run]
    preamble.body[:] = kept
    return Section("Dimension Profile", None, run)


def _require_leader_page(outline: Outline, unlabelled: Section) -> None:
    known = {parser.name for _, parser in outline.sections if parser is not None}
    evidence = len(known) + (1 if unlabelled.body else 0)
    if "dimensions" in known or unlabelled.body:
        evidence += 1
    if evidence < _MIN_EVIDENCE:
        found = ", ".join(sorted(known)) or "none"
        raise Refusal(
            "not-a-leader-page",
            f"not a leader page: expected profile sections such as 'Dimension Profile' and "
            f"'Key Themes' (found: {found})",
        )


def _parse_section(section: Section, parser: SectionParser | None, draft: Draft) -> None:
    if section.heading is not None:
        draft.accounted.update(range(section.heading.start, section.heading.end + 1))
    if parser is None or parser.name != "dimensions":
        section = _without_meters(section, draft)
    if parser is not None:
        parser.parse(section, draft)
        return
    title = section.title
    draft.append(
        "extra_sections",
        {"title": title, "text": paragraphs(section.body)},
        [section.heading, *section.body] if section.heading else section.body,
    )
    draft.flag(
        "section-unknown",
        f"unknown section {title!r} kept in extra_sections",
        section.heading,
        f"extra_sections[{draft.count('extra_sections') - 1}]",
    )


def _without_meters(section: Section, draft: Draft) -> Section:
    """Bars outside the dimension profile carry no text; they are decoration, not content."""
    meters = [b for b in section.body if b.kind is Kind.METER and not b.text]
    for block in meters:
        draft.accounted.update(range(block.start, block.end + 1))
    if not meters:
        return section
    return Section(section.title, section.heading, [b for b in section.body if b not in meters])
