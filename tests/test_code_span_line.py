"""A chat message's tags: ``<code>`` spans on a line of their own among the message's other
``<br>`` lines (slack-export-viewer's rendering of `tag` `tag`). Chips are read from an
element whose children are all one chip tag; here the message holds titles, lists and quotes
too, so the spans ran together into one line and the chips were re-segmented by guess
("Iceland's" / "energy transition")."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """<html><body><div class="message"><b>Wilhelmina Osei-Brandt</b><br>
Harbour Master at Port of Kalvøy<br><br>
Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and
two salmon farms share one breakwater.<br><br>
<b>Dimension Profile</b><br>• Seamanship: 91<br>• Port Operations: 84<br>• Community Trust: 77<br><br>
<b>Key Themes</b><br><code>harbour logistics</code> <code>Kalvøy's ferry timetable</code>
<code>salmon farming</code><br><br>
<b>Leadership Principles</b><br>1. Tie up the ferry first<br>2. Walk the quay every morning<br>
</div></body></html>"""


def test_code_spans_on_their_line_are_chips() -> None:
    data = parse_bytes(PAGE.encode(), "message.html", None).data
    assert data["themes"] == ["harbour logistics", "Kalvøy's ferry timetable", "salmon farming"]


def test_a_code_span_in_a_sentence_is_no_chip() -> None:
    page = PAGE.replace("<code>salmon farming</code>", "<code>salmon farming</code> and more")
    data = parse_bytes(page.encode(), "message.html", None).data
    assert "salmon farming" not in data["themes"]
