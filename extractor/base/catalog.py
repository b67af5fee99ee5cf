"""Every finding code the tool can emit: its default severity, what triggers it, how to fix it.

This table is the single source for the parser's findings, the gate's rules, the severities a
config can change, and the generated rule reference (``docs/rules.md``), so none can drift.
"""

from __future__ import annotations

from extractor.base.findings import Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO  # N: a note


class Code:
    """One finding code and what the rule reference says about it (read-only by convention).

    A plain class: every command imports this table, and a dataclass would cost each start-up
    the compilation of its generated methods, which a table of constants does not use.
    """

    __slots__ = ("code", "fix", "guess", "severity", "stage", "trigger")

    def __init__(
        self,
        code: str,
        severity: Severity,
        stage: str,  # "parse" (reading a page), "gate" (a rule over a record), "input",
        # "correct", "batch" (about an input among the others of an ingest run)
        trigger: str,
        fix: str,
        *,
        guess: bool = False,  # the parser guessed: an editor's review of the record settles it
    ) -> None:
        self.code = code
        self.severity = severity
        self.stage = stage
        self.trigger = trigger
        self.fix = fix
        self.guess = guess


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        # Found while reading a page.
        Code(
            "themes-segmented",
            W,
            "parse",
            "Theme chips were run together on one line and at least one boundary of the split is doubtful; the message names each doubtful boundary and its best alternative.",
            "Check the split in the review report; separate the chips with commas or one per line in the source.",
            guess=True,
        ),
        Code(
            "themes-unglued",
            W,
            "parse",
            "Theme chips were glued together with no space between (chips set as buttons side by "
            "side); the line was cut where two common words met inside one unknown word.",
            "Check the chips; separate them with commas or one per line in the source.",
            guess=True,
        ),
        Code(
            "themes-from-tags",
            W,
            "parse",
            "The page has no Key Themes section but a 'Tags' property under its title (a "
            "database page's properties table); its values were read as the themes.",
            "Check that the page's tags are the leader's themes; else correct the record.",
            guess=True,
        ),
        Code(
            "properties-guessed",
            W,
            "parse",
            "Lines right under the name read as a properties table ('Role Head of X at Y' over "
            "'Tags a, b') whose cell breaks a text browser closed up; each line's first word was "
            "taken for its label.",
            "Check the headline and the rows' values; keep the cell breaks (tabs) in the source.",
            guess=True,
        ),
        Code(
            "themes-glued",
            W,
            "parse",
            "A theme chip shows signs of several chips glued with no space between (a capital or "
            "a number right after a lower-case letter inside a word) where no cut was clear; it "
            "was kept as one chip.",
            "Check the chips; separate them with commas or one per line in the source.",
            guess=True,
        ),
        Code(
            "themes-split",
            N,
            "parse",
            "Theme chips were run together on one line and split with every boundary clear by the calibrated margin.",
            "Nothing to do; to be certain, separate the chips with commas or one per line in the source.",
        ),
        Code(
            "section-unknown",
            W,
            "parse",
            "A section heading the parser does not know; its text is kept in extra_sections.",
            "Rename the heading to a known section, or accept it as an extra section.",
        ),
        Code(
            "section-line-doubtful",
            W,
            "parse",
            "A section holds a line that may be the site's, not the section's: in a summary "
            "or bio, a short line with no sentence after its prose (an ad's label, a link, a "
            "tab) was set aside as site chrome, or its last paragraph is one short sentence "
            "written as an editor's note ('Presented at ...'), kept; a section of prose holds "
            "no sentence; the bio's prose stands on both sides of a line shaped like a "
            "section's title that was set aside (the prose under it may be that section's); "
            "or the last line of the quotes, a 'label: title' line right before the next "
            "section (a link to another page), was kept as a quote; or, under theme chips one "
            "a line, a line far longer than a chip was kept as one (the list may have ended); or a "
            "known title's subtitle on its line ('Leadership Principles: How Ana leads') was "
            "set aside; or labels with counts ('Leadership (12)', a site's categories box) "
            "ending a section were set aside (or kept, going on its list); or a row of cards, a "
            "name and a job each, under the last quotation was set aside rather than read as its "
            "attribution; or, in a record view (field labels led by type icons), a field's label "
            "was read as a chip or an entry (the next field's), or the bio stands where the "
            "record has no summary field (a converter that dropped its label leaves it in the bio).",
            "Check the field against the page; remove the site's line from the source, or "
            "write the section's own line as a sentence.",
            guess=True,
        ),
        Code(
            "section-title-doubtful",
            W,
            "parse",
            "A line read as an unknown section's title touches the last line of a list section "
            "above it (themes, principles) and stands apart from the text under it: it may be "
            "that list's last item.",
            "Set a blank line between the list and the next section's title, or give the "
            "section a known title.",
            guess=True,
        ),
        Code(
            "section-rows-in-header",
            W,
            "parse",
            "The first section under the name holds nothing but key/value rows (label, value: a "
            "directory's panel, a definition list) under a known prose section's title "
            "('Overview'): its rows were read as the header's (the headline may be among them), "
            "not as that section.",
            "Check the section's field and the headline; give the prose section its own title.",
            guess=True,
        ),
        Code(
            "section-typed-by-content",
            W,
            "parse",
            "A section's title is none the parser knows; the section was typed by what it holds "
            "(scored labels, quotations with attributions, a list of short sentences or tags).",
            "Check the section's field; give the section a known title in the source.",
            guess=True,
        ),
        Code(
            "profile-found-by-content",
            W,
            "parse",
            "The page was taken for a leader profile only by what its untitled sections hold; "
            "where its name, headline and bio stand was judged from those sections.",
            "Check the name, headline and bio; give the sections known titles in the source.",
            guess=True,
        ),
        Code(
            "section-unmapped",
            E,
            "parse",
            "A section parser wrote a field the record does not have (a bug in the tool or a plugin); the text is kept in extra_sections.",
            "Add the field to the record model, or have the section parser write an existing field.",
        ),
        Code(
            "section-label-missing",
            W,
            "parse",
            "Dimension scores appeared without a 'Dimension Profile' heading and were taken as dimensions.",
            "Add the heading in the source.",
            guess=True,
        ),
        Code(
            "section-duplicate",
            W,
            "parse",
            "The same section appears twice; the texts were joined.",
            "Remove the duplicate section from the source.",
        ),
        Code(
            "text-doubled",
            W,
            "parse",
            "The page sets its text twice side by side (a visible copy and one for screen "
            "readers, as many sites do); the converter kept both, so headings, chips and "
            "paragraphs read 'About About'. Each doubled text was read once.",
            "Check the fields against the page; a text that really repeats itself was shortened.",
            guess=True,
        ),
        Code(
            "site-chrome",
            N,
            "parse",
            "Lines above or below the profile (site header, menus, banners, sidebars, comments, footer) did not fit the profile's shape and were set aside as site chrome. So are the lines a slide deck repeats on every slide (its footer, the slide's number, the 'Slide n of N' row, speaker notes) and a social thread's frame around each post (the author's header, the 'n/N' counter, the action bar's counts).",
            "Nothing to fix if those lines are the site's; if profile content was set aside, check the section titles and their order in the source.",
        ),
        Code(
            "content-unplaced",
            W,
            "parse",
            "A line of the page fits no field and is not site chrome; it is reported, not "
            "dropped. Also: lines set aside as site chrome below the profile hold a section's "
            "shape (scores, sentences under their attributions, a list under a title), named "
            "on that section's field: the profile may have been cut short above them.",
            "Move the line into a section, or delete it from the source if it is noise; for "
            "lines cut below the profile, check the section titles above them.",
        ),
        Code(
            "name-doubtful",
            W,
            "parse",
            "The line taken for the leader's name is not written like a person's name (two to six "
            "capitalised words): the real name may have been missed, or be written unusually; "
            "or another card's header (a name run into a title) stands between it and the "
            "sections, whose person the profile may be; or the name, read from text or Markdown, "
            "holds a nickname in straight quotation marks, which a converter writes for the "
            "page's curly ones.",
            "Check the name; fix the page (or the record, with a correction) if it is wrong.",
            guess=True,
        ),
        Code(
            "encoding-damaged",
            W,
            "parse",
            "The page is UTF-8 but for a few byte sequences that are not (a converter wrote some "
            "characters its own way: elinks with combining marks): they read as U+FFFD (\u00ab\ufffd\u00bb), "
            "and the field holding them is named.",
            "Check the named field's letters against the page; fix the page or the record "
            "(with a correction).",
        ),
        Code(
            "encoding-guessed",
            N,
            "parse",
            "The page is not UTF-8 and declares no charset (no BOM, no meta charset, no HTTP "
            "charset): its encoding was guessed from the bytes (windows-1252 for Western text).",
            "Check accented letters and quote marks; save the page as UTF-8 to be certain.",
        ),
        Code(
            "headline-missing",
            W,
            "parse",
            "No headline (role at company) under the name.",
            "Add the headline line under the name.",
        ),
        Code(
            "headline-guessed",
            W,
            "parse",
            "No headline line under the name, but the paragraph there starts with one ('Role at "
            "Company', then a new sentence): a narrow column wrapped the headline into the bio. "
            "The headline is taken from that start, cut where the company's capitalised words end.",
            "Check the headline and the bio's first words.",
            guess=True,
        ),
        Code(
            "name-headline-joined",
            W,
            "parse",
            "The name's line also holds the headline (a heading that sets the headline inline "
            "after the name, read as one line) and is not written like a person's name: the "
            "longest start of it written like a name that the profile's text names again is "
            "taken as the name, the rest as the headline. Or a team card's button whose name "
            "and role only a space keeps apart was cut so, and the role's first word is "
            "nowhere else on the page: it may be the name's last.",
            "Check the name and the headline; put the headline on a line of its own.",
            guess=True,
        ),
        Code(
            "headline-under-name-heading",
            W,
            "parse",
            "A heading right under the name that is no known section's title and is not written "
            "as 'role at company' was read as the headline (the prose under it as the bio), not "
            "as an extra section.",
            "Check the headline; if the heading titles a section of its own, give the profile a "
            "headline line under the name.",
            guess=True,
        ),
        Code(
            "headline-competing",
            W,
            "parse",
            "Two lines under the name read as the headline: the line right under it and a "
            "key/value row whose label names the job ('Position', 'Job title'). The one written "
            "as 'role at company' was taken (the row's when both or neither are); the other is "
            "named in the finding and left out of the record.",
            "Check the headline; correct the record if the other line is the leader's headline.",
            guess=True,
        ),
        Code(
            "headline-ambiguous",
            N,
            "parse",
            "The headline has ' at ' more than once; the company is taken after the last.",
            "Check role and company.",
            guess=True,
        ),
        Code(
            "score-out-of-range",
            E,
            "parse",
            "A dimension score outside 0-100 on the page; that dimension is not recorded.",
            "Correct the score in the source.",
        ),
        Code(
            "score-rounded",
            W,
            "parse",
            "A fractional dimension score was rounded to an integer.",
            "Use whole percentages in the source.",
        ),
        Code(
            "score-scaled",
            W,
            "parse",
            "A dimension score written on another scale ('7/10', '4.5 / 5', '3 of 5') was converted "
            "to the percentage it equals exactly.",
            "Write scores as percentages, or check the converted value.",
        ),
        Code(
            "score-from-bar",
            W,
            "parse",
            "A dimension shows no number; its score was read from its bar (aria-valuenow or width).",
            "Show the percentage next to the bar.",
            guess=True,
        ),
        Code(
            "score-bar-mismatch",
            W,
            "parse",
            "A dimension's label and its bar disagree by more than 2 points; the label is kept.",
            "Fix whichever of the two is wrong.",
        ),
        Code(
            "score-pairing-doubtful",
            W,
            "parse",
            "A dimension section opens with a score before any name, but its lines do not "
            "alternate score, name throughout: which score belongs to which name is doubtful.",
            "Put each score on the line of its dimension's name.",
            guess=True,
        ),
        Code(
            "quote-marks-missing",
            N,
            "parse",
            "A quote without quote marks was taken as a quote.",
            "Wrap the quote in quote marks.",
            guess=True,
        ),
        Code(
            "quote-first-guessed",
            W,
            "parse",
            "The quotes section opens with a line that has neither quote marks nor an "
            "attribution, over a quotation and its attribution; it was taken for the leader's "
            "quote.",
            "Check the first quote: mark it as a quote, or remove the site's line from the source.",
            guess=True,
        ),
        Code(
            "quote-last-guessed",
            W,
            "parse",
            "The quotes section ends with a line that has neither quote marks nor an attribution, "
            "right under another quote's attribution; it was taken for the leader's quote.",
            "Check the last quote: mark it as a quote, or remove the site's line from the source.",
            guess=True,
        ),
        Code(
            "quote-attribution-undashed",
            N,
            "parse",
            "A short line under a quote, with no dash before it, was taken as its attribution.",
            "Start the attribution with a dash (— Name, on topic).",
        ),
        Code(
            "quote-attribution-occasion",
            W,
            "parse",
            "A quote's attribution is capitalised words, a comma and only a date ('Tirana Tech "
            "Days, 2025'): read as the occasion and when it was, the leader as the speaker. A "
            "person's name and a year read the same.",
            "Check who said the quote; write the speaker's name before the occasion "
            "(— Name, Tirana Tech Days, 2025).",
            guess=True,
        ),
        Code(
            "quote-attribution-organisation",
            W,
            "parse",
            "A quote's attribution names an organisation, an outlet or an event (capitalised words "
            "like a name's, with initials or a word such as 'Radio' or 'Summit'), not a person: "
            "it was taken as the context, the leader as the speaker.",
            "Check who said the quote; write the speaker's name before the outlet "
            "(— Name, BBC Radio Sheffield).",
            guess=True,
        ),
        Code(
            "section-below-profile",
            W,
            "parse",
            "A list section under its own known title (themes, principles) stood below the "
            "profile's end, site lines between, and the profile had no such section: it was "
            "read as the profile's.",
            "Check the list; move it up among the profile's sections in the source.",
            guess=True,
        ),
        Code(
            "quote-order-doubtful",
            W,
            "parse",
            "Quote cards set a caption line both before the first quotation and after the last: "
            "whether each caption names the quote above or below it is doubtful (read as below).",
            "Check who said each quote; put each caption under its quote, after a dash.",
            guess=True,
        ),
        Code(
            "quote-attribution-orphan",
            W,
            "parse",
            "An attribution line with no quote before it.",
            "Put the quote above its attribution.",
        ),
        Code(
            "structured-data-mismatch",
            W,
            "parse",
            "The page's JSON-LD or data blob disagrees with the visible text; the visible text is kept.",
            "Update the structured data or the page so they agree.",
        ),
        Code(
            "filled-from-structured-data",
            W,
            "parse",
            "A field missing on the page was taken from JSON-LD or the page's data blob.",
            "Show the field on the page.",
            guess=True,
        ),
        # Rules over a record (the gate; they also run inside parse and ingest).
        Code(
            "schema-invalid",
            E,
            "gate",
            "The record does not follow the published JSON Schema.",
            "Fix the field named by the JSON path.",
        ),
        Code(
            "section-missing",
            W,
            "gate",
            "A section of the profile is missing or empty.",
            "Add the section to the source page.",
        ),
        Code(
            "dimension-set",
            W,
            "gate",
            "Dimension names or count differ from the configured set.",
            "Use the expected dimension names, or configure [tool.extractor] dimensions.",
        ),
        Code(
            "duplicate-item",
            W,
            "gate",
            "The same theme, principle or quote appears twice.",
            "Remove the duplicate.",
        ),
        Code(
            "chrome-leak",
            E,
            "gate",
            "Site chrome ('Take the Assessment', '← All Leaders', ...) inside a field.",
            "Remove the navigation text from the field.",
        ),
        Code(
            "markup-remnant",
            E,
            "gate",
            "HTML tags or entities (<div, &amp;) inside a field.",
            "Decode the entity or strip the markup.",
        ),
        Code(
            "leaders-stale",
            W,
            "gate",
            "An output folder's leaders.jsonl has no line for a record file, another version "
            "of it, or a line whose record file is gone: one of them was edited after the run, "
            "and tools reading either would publish different data.",
            "Make the edit a correction (corrections/) and run ingest again, or publish from one "
            "of the two only.",
        ),
        Code(
            "mojibake",
            E,
            "gate",
            "Text decoded with the wrong encoding (â€™, Ã©).",
            "Re-read the source as UTF-8, or fix the text.",
        ),
        Code(
            "quote-unbalanced",
            W,
            "gate",
            "Quote marks inside a field do not balance.",
            "Add the missing quote mark or remove the stray one.",
        ),
        Code(
            "quote-empty",
            E,
            "gate",
            "A quote has no text.",
            "Add the quote text or remove the quote.",
        ),
        Code(
            "attribution-empty",
            W,
            "gate",
            "A quote's speaker or context is an empty string.",
            "Fill the attribution or make the context null.",
        ),
        Code(
            "field-length",
            W,
            "gate",
            "A field is suspiciously short or long for what it holds.",
            "Check the field; a long theme is often several run together.",
        ),
        Code(
            "id-mismatch",
            E,
            "gate",
            "The record's id is not the slug of its name (or that slug with a suffix, as batch ingest gives namesakes).",
            "Set id to the slug of the name.",
        ),
        Code(
            "id-hashed",
            N,
            "gate",
            "The name has no Latin letters, so the record's id is a stable hash of it (leader-3f2a…): safe as a file name everywhere, but not readable.",
            "Nothing to do; tools that show ids to people should show the name beside them.",
        ),
        Code(
            "id-duplicate",
            E,
            "gate",
            "Two records have the same id (in a batch: two inputs give the same leader, by name and company, with different content).",
            "Keep one page per leader, or fix the name on the wrong one.",
        ),
        # About editors' corrections (see README, "Corrections").
        Code(
            "correction-applied",
            N,
            "correct",
            "An editor's correction was applied; the field's provenance is 'editor'.",
            "Nothing to do; remove the correction when the source page itself is fixed.",
        ),
        Code(
            "correction-parser-changed",
            W,
            "correct",
            "An editor's correction was applied to the page it was made on, but the parser now reads that field differently from when it was made (a newer parser): the editor's value may drop what the new reading found.",
            "Compare the two values in the message; keep, change or drop the correction in the review page.",
        ),
        Code(
            "correction-reviewed",
            N,
            "correct",
            "An editor accepted the record as reviewed; its guess warnings are silenced.",
            "Nothing to do; the acceptance lapses when the source page changes.",
        ),
        Code(
            "correction-stale",
            W,
            "correct",
            "The source page changed since the correction was made, and the parser now reads the corrected field otherwise than the editor saw it; it is not applied (old and new parser values are in the message) and is kept. (An edit elsewhere on the page keeps the correction; `reviewed` holds on the same bytes alone.)",
            "Re-confirm or drop the correction in the review page.",
        ),
        Code(
            "correction-unneeded",
            N,
            "correct",
            "The parser now gives the editor's value itself; the correction changes nothing.",
            "Remove the correction from the corrections file.",
        ),
        Code(
            "correction-path-unknown",
            W,
            "correct",
            "A correction names a field this record does not have (an item that is gone, or no such field); it is not applied.",
            "Fix or drop the correction; re-make it in the review page.",
        ),
        Code(
            "correction-value-invalid",
            W,
            "correct",
            "A correction's value does not fit its field (a score over 100, an empty name, ...); it is not applied.",
            "Fix the editor value in the corrections file.",
        ),
        Code(
            "correction-id-unknown",
            W,
            "correct",
            "A correction is for a record id that no input of the run (or of the checked records) produced.",
            "Check the record id; drop corrections for leaders no longer published.",
        ),
        Code(
            "corrections-invalid",
            E,
            "correct",
            "A corrections file is not valid JSON or does not follow schemas/corrections.schema.json.",
            "Fix the file; the review page's 'Download corrections' writes a valid one.",
        ),
        # About an input as a whole.
        Code(
            "input-refused",
            E,
            "input",
            # "batch" (about an input among the others of an ingest run)
            "The input is not a leader page the tool can read (empty, binary, too large, no name, ...).",
            "See the message; fix or remove the input.",
        ),
        Code(
            "input-duplicate",
            W,
            "input",
            # "batch" (about an input among the others of an ingest run)
            "Another input gives the same leader with the same content; the first input's record is kept.",
            "Remove one of the two inputs.",
        ),
        Code(
            "id-namesake",
            W,
            "batch",
            "Two different leaders (other companies) share a name, now or one published before and since unpublished; the newer one's id is told apart by its company (`sarah-chen-acme`), and an id once published stays with its leader.",
            "Check that they are two people; if they are one, make the pages agree.",
        ),
        Code(
            "input-removed",
            N,
            "batch",
            "An input of an earlier run is gone from the folder this run read; its record is unpublished (kept in the folder's history) unless another input now gives the same leader.",
            "Nothing, if the page was meant to go; `--keep-missing` keeps such records.",
        ),
        Code(
            "input-kept",
            N,
            "batch",
            "An input of an earlier run is gone from the folder this run read, and "
            "`--keep-missing` keeps it: its record stays published as it was.",
            "Nothing, if it is meant to stay; a run without `--keep-missing` unpublishes it.",
        ),
        Code(
            "input-not-named",
            N,
            "batch",
            "An input of an earlier run that this run did not name (its folder was not given, "
            "or was given as a file or glob that did not reach it, or only a folder holding it "
            "was, which keys its pages otherwise): it is kept as it was last "
            "read, its record still published, made with the tool, configuration and "
            "corrections of that run.",
            "Name every folder of the output folder in each run; to drop a folder's records, "
            "run ingest on it once its pages are deleted.",
        ),
        Code(
            "json-invalid", E, "input", "A record file is not valid JSON.", "Fix the JSON syntax."
        ),
    )
}


def severity_of(code: str) -> Severity:
    return CODES[code].severity


def rules_markdown() -> str:
    """The rule reference, generated so that it cannot go stale."""
    lines = [
        "# Finding codes",
        "",
        "Generated from `extractor/base/catalog.py` by `extractor rules --markdown`; do not edit.",
        "Severities can be changed, and rules switched off, in `[tool.extractor]` (see README).",
        "",
        "| code | severity | stage | triggered when | how to fix |",
        "| --- | --- | --- | --- | --- |",
    ]
    for code in CODES.values():
        lines.append(
            f"| `{code.code}` | {code.severity.value} | {code.stage} | {code.trigger} | {code.fix} |"
        )
    return "\n".join(lines) + "\n"


def is_guess(code: str) -> bool:
    """A finding that says the parser guessed (silenced once an editor has reviewed the record)."""
    known = CODES.get(code)
    return known is not None and known.guess
