"""A post's footer line that holds a section, title and content on one line ("Key Themes: a,
b, c": a blog's label links), below the profile's end with the site's lines between. It is
read as the themes (the profile has no other); before, the lines under it (the blog's
"No comments:", "Post a Comment", "About Me") were read as more chips."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Wilhelmina Osei-Brandt
Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and two salmon farms share one breakwater.

Dimension Profile
Seamanship: 91
Port Operations: 84
Community Trust: 77

Leadership Principles
• Tie up the ferry first
• Walk the quay every morning

Notable Quotes

Ships are safe in harbour, but that is not what ships are for.
— Jon Hauge, ferry captain

Posted by Ada Lindqvist at 10:14 AM
Email ThisBlogThis!Share to XShare to Facebook
Key Themes: harbour, salmon farms, ferry timetables
No comments:

Post a Comment

Newer PostOlder PostHome
About Me
Ada Lindqvist
"""


def test_inline_title_below_the_profile_is_its_line_only() -> None:
    data = parse_bytes(PAGE.encode(), "post.txt", "text").data
    assert data["themes"] == ["harbour", "salmon farms", "ferry timetables"]
