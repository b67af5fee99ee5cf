"""Same designs with the site's own section headings replaced by the example's canonical ones.

Separates 'heading vocabulary not recognised' from 'structure misread': design X-std differs from X
only in the heading words.
"""

import re

from designs import DESIGNS as BASE

CANON = {
    "Dimension Profile": [
        "Leadership scores",
        "How we scored",
        "Profile scores (out of 100)",
        "MY LEADERSHIP PROFILE",
        "Leadership dimensions",
        "Scores",
        "Ratings",
        "Leadership assessment",
        "Capability scores",
    ],
    "Key Themes": ["Topics", "What we talked about", "Focus areas", "Themes", "Key themes"],
    "Episode Summary": [
        "About this episode",
        "The conversation",
        "The Episode",
        "Episode summary",
        "Summary",
        "Podcast episode",
        "Interview summary",
    ],
    "Leadership Principles": ["Guiding principles", "Principles", "What I believe"],
    "Notable Quotes": ["Quotes", "In their words", "In my own words"],
}
SUB = {f">{old}<": f">{new}<" for new, olds in CANON.items() for old in olds}


def std(fn):
    def render(r):
        h = fn(r)
        for a, b in SUB.items():
            h = h.replace(a, b)
        h = re.sub(r">How [^<]{1,40} leads<", ">Leadership Principles<", h)
        return h.replace(">Tagged: ", ">Key Themes: ").replace(">Tags: ", ">Key Themes: ")

    return render


DESIGNS = {k + "-std": std(v) for k, v in BASE.items()}
