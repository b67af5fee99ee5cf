"""Splitting theme chips that a browser copy ran together on one line (see ``split.py``)."""


def hashtag(word: str) -> bool:
    """A social-media tag ("#growth", "#AI"): a chip of its own wherever it stands, so the
    gaps on both sides of it are boundaries. Not "#1" (a rank) nor "C#" (a name). Here, not
    in ``features``: the themes section asks it before the segmenter's tables are loaded."""
    return word[:1] == "#" and word[1:2].isalpha()
