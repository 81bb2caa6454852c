"""At most N events per key in a sliding window: an editor checking files in a loop is slowed down."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class RateLimit:
    def __init__(self, events: int, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.events = events
        self.seconds = seconds
        self._clock = clock
        self._seen: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _forget(self, key: str, now: float) -> deque[float]:
        seen = self._seen[key]
        while seen and now - seen[0] >= self.seconds:
            seen.popleft()
        return seen

    def allow(self, key: str) -> bool:
        """Record an event for ``key`` if the window has room; False (nothing recorded) if not."""
        with self._lock:
            now = self._clock()
            seen = self._forget(key, now)
            if len(seen) >= self.events:
                return False
            seen.append(now)
            return True

    def wait(self, key: str) -> float:
        """Seconds until ``key`` may act again (0 when it may now)."""
        with self._lock:
            now = self._clock()
            seen = self._forget(key, now)
            return 0.0 if len(seen) < self.events else max(0.0, self.seconds - (now - seen[0]))
