"""Web addresses a record may carry: absolute http(s) URLs only, so every consumer can link them.

A page's canonical link can be relative, empty, or hostile (``javascript:``); anything that is not
a plain absolute web address is dropped rather than passed on to a review page or a search index.
"""

from __future__ import annotations

MAX_URL_CHARS = 2048


def web_url(value: object, base: str | None = None) -> str | None:
    """``value`` as an absolute http(s) URL (resolved against ``base`` if relative), else None."""
    if not isinstance(value, str):
        return None
    from urllib.parse import urljoin, urlsplit  # most pages have no URL: they never pay for it

    text = value.strip()
    if not text or len(text) > MAX_URL_CHARS or any(c.isspace() or ord(c) < 32 for c in text):
        return None
    if base:
        try:
            text = urljoin(base, text)
        except ValueError:
            return None
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return text
