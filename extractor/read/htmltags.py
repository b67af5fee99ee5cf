"""HTML element classes shared by the HTML reader and the nesting flattener."""

from __future__ import annotations

# Elements that start and end a block of text (everything else is inline).
BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav ol p
    pre section summary table tbody td tfoot th thead tr ul""".split()
)
# Elements that never have content or a closing tag.
VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
