"""Reading an input within the byte limit: whole when it fits, refused when it does not, whatever
the size the file claimed (a file can grow or shrink between its stat and its read)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, strategies as st

from extractor.base.errors import Refusal
from extractor.load.decode import _read_limited


@given(
    size=st.integers(0, 200_000),
    limit=st.integers(0, 200_000),
    claimed=st.none() | st.integers(0, 200_000),
)
def test_whole_or_refused(size: int, limit: int, claimed: int | None) -> None:
    data = bytes(i % 251 for i in range(size))
    handle = io.BufferedReader(io.BytesIO(data))
    if size > limit:
        with pytest.raises(Refusal):
            _read_limited(handle, limit, "page", claimed)
    else:
        assert _read_limited(handle, limit, "page", claimed) == data
