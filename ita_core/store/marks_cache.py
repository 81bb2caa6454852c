"""Each snapshot's marks, unpacked once per process: after a publish, a stream's history reads only the
new snapshot's; the 47 before it are already held.

Marks never change (a snapshot is immutable). The key is a snapshot's id with the moment it was published,
so a database restored from a backup, whose new snapshots may take ids again, is never read as the
old one. The cache is
bounded by the activities it holds, not by snapshots: ``KEPT`` is about a hundred snapshots of a
10,000-activity plan, or thousands of a bureau's 26. Activity ids and figure digests are interned, so
the revisions of one plan share their strings instead of holding a copy each.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime

from ita_core.projection import Marks, unpack_marks

KEPT = 1_000_000  # activity entries held, over all snapshots
Key = tuple[int, datetime]  # a snapshot's id and when it was published


class MarksCache:
    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._held: OrderedDict[Key, Marks] = OrderedDict()
        self._entries = 0
        self._lock = threading.Lock()

    def get(self, keys: Iterable[Key], fetch: Callable[[list[int]], dict[int, bytes | None]]) -> dict[int, Marks]:
        """The marks of the snapshots ``keys`` name, by id; those not held are fetched (``fetch``: id → packed
        marks, or ``None`` for a snapshot stored before marks were kept, which is left out)."""
        wanted = dict(keys)
        with self._lock:
            found = {key: self._held[key] for key in wanted.items() if key in self._held}
            for key in found:
                self._held.move_to_end(key)
        missing = [i for i in wanted.items() if i not in found]
        if missing:
            packed = fetch([i for i, _ in missing])
            fresh = {(i, at): _shared(unpack_marks(p)) for i, at in missing if (p := packed.get(i))}
            found |= fresh
            with self._lock:
                for i, m in fresh.items():
                    if i not in self._held:
                        self._held[i] = m
                        self._entries += len(m.activity_ids)
                while self._entries > self._kept and len(self._held) > 1:
                    self._entries -= len(self._held.popitem(last=False)[1].activity_ids)
        return {i: m for (i, _), m in found.items()}

    def __len__(self) -> int:
        return len(self._held)


def _shared(m: Marks) -> Marks:
    intern = sys.intern
    return m._replace(activity_ids=tuple(map(intern, m.activity_ids)), figures=tuple(map(intern, m.figures)))
