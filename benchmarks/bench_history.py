"""The first view after a publish reads a stream's history for the outlooks (``Store.progress_history``):
10,000 activities (SYNTHETIC) × 50 snapshots, from the marks stored at publish time against reading every
plan again (the same store with its marks cleared: how snapshots stored before migration 0007 are read).

    python -m benchmarks.bench_history [--snapshots 50] [--repeat 3]

Prints CPU seconds (in-process, median), the peak memory each way, the ratio, and that both give the same
points and dates. "First read" is a process that holds none of the marks yet; "held" is what a process
pays after a publish, with the older snapshots' marks already unpacked (``store.marks_cache``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from sqlalchemy import update

from benchmarks import synthetic
from ita_core import read_workbook
from ita_core.store.schema import SnapshotRow
from ita_core.store.snapshots import Store


def timed(store: Store, unit: str, repeat: int) -> tuple[float, float, object]:
    """CPU median of ``repeat`` runs, then the peak Python memory of one more (tracemalloc slows what it
    watches, so it is never on while timing)."""
    runs, found = [], None
    for _ in range(repeat):
        start = time.process_time()
        found = store.progress_history(unit, 2566, limit=48)
        runs.append(time.process_time() - start)
    tracemalloc.start()
    store.progress_history(unit, 2566, limit=48)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(runs), peak, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--snapshots", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = synthetic.sized(10_000)
    plan = read_workbook(path).plan
    assert plan is not None and plan.as_of is not None
    with tempfile.TemporaryDirectory() as folder:
        revisions = synthetic.Revisions(Store(f"sqlite:///{Path(folder) / 'ita.sqlite3'}"), plan)
        revisions.up_to(args.snapshots)
        store, plan = revisions.store, revisions.plan
        url = store.url
        store.close()
        first, _, _ = timed(store := Store(url), plan.unit, 1)  # a process that has read none of them yet
        store.close()
        fast, fast_peak, marks_found = timed(store := Store(url), plan.unit, args.repeat)
        with store.engine.begin() as conn:
            conn.execute(update(SnapshotRow).values(marks_zlib=None))
        store.close()
        slow, slow_peak, plans_found = timed(store := Store(url), plan.unit, args.repeat)
        store.close()
    print(f"progress_history, 10,000 activities × {args.snapshots} snapshots (48 read), SYNTHETIC")
    print(f"CPU median of {args.repeat}; peak Python memory of one more run")
    print(f"  from stored marks, first read in a process : {first:.3f} s CPU")
    print(f"  from stored marks, held (after a publish)  : {fast:.3f} s CPU, peak {fast_peak:.0f} MiB")
    print(f"  reading each plan : {slow:.3f} s CPU, peak {slow_peak:.0f} MiB (baseline, same run)")
    print(f"  ratio {fast / slow:.3f}; the same points and dates: {marks_found == plans_found}")


if __name__ == "__main__":
    main()
