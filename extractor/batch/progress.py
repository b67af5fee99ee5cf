"""Progress on a terminal: pages done, pages/s, ETA. Nothing but the summary elsewhere."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_BAR = 24
_INTERVAL = 0.1


class Progress:
    def __init__(self, total: int, *, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.started = time.perf_counter()
        self.last_draw = 0.0
        self.live = not quiet and self.stream.isatty()

    def tick(self) -> None:
        self.done += 1
        now = time.perf_counter()
        if self.live and (now - self.last_draw >= _INTERVAL or self.done == self.total):
            self.last_draw = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        filled = int(_BAR * self.done / max(self.total, 1))
        bar = "=" * filled + (">" if filled < _BAR else "") + " " * max(0, _BAR - filled - 1)
        eta = time.strftime("%M:%S", time.gmtime(left)) if left < 3600 else f"{left / 3600:.1f}h"
        self.stream.write(
            f"\r[{bar}] {self.done}/{self.total} pages  {rate:,.0f} pages/s  ETA {eta} "
        )
        self.stream.flush()

    def finish(self) -> float:
        if self.live:
            self.stream.write("\r" + " " * 78 + "\r")
            self.stream.flush()
        return time.perf_counter() - self.started
