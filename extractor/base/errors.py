"""The one documented failure: an input that yields no record is *refused*, with a reason."""

from __future__ import annotations


class Refusal(Exception):
    """The input is not a leader page we can read (empty, binary, too large, no name, ...).

    ``code`` is stable for scripts; ``str()`` is one human line.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"
