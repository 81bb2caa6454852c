"""Every page's time as the plan and its history grow, in one run: 26 activities (the shipped plan),
1,000 and 10,000 (SYNTHETIC, ``benchmarks.synthetic``), each with 1, 50 and 200 snapshots in a store of
its own (temporary SQLite files; never data/ita.sqlite3). Pages are run by Streamlit's AppTest, in
this process.

    python -m benchmarks.bench_pages [--repeat 3] [--sizes 26,1000,10000] [--snapshots 1,50,200]

For each page, size and number of snapshots:

- **after publish**: the page is open on the latest snapshot; a new one is published (by another
  connection, as from another process) and the page runs again: what ``ita_ui.live`` makes every open
  page do, and what the first viewer after a publish waits for, on a server that has been up a while
  (a new session adds only its own set-up). Printed as wall seconds and the process's CPU seconds.
  "50 snapshots" means the page was open on the 50th; the publish makes the 51st, and each page
  measured after it one more (up to 58).
- **warm rerun**: the median of ``--repeat`` reruns of that session: a viewer changing a filter.

Each revision moves a tenth of the activities on by 5 points and the data's date by three days, so the
history and its outlooks have something to read. Baseline in the same run: each page on the shipped
plan with one snapshot. Targets (issue 26), at 10,000 activities and 50 snapshots: every warm rerun
< 0.3 s, the first view after a publish < 1 s of CPU.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from benchmarks import synthetic
from benchmarks.synthetic import Revisions
from ita_core import read_workbook
from ita_core.paths import REPO_ROOT, SHIPPED_WORKBOOK
from ita_core.store.snapshots import Store

PAGES = (
    "pages/overview.py",
    "pages/measures.py",
    "pages/deadlines.py",
    "pages/participation.py",
    "pages/group.py",
    "pages/history.py",
    "pages/compare.py",
    "pages/present.py",
)
WARM_TARGET, FIRST_CPU_TARGET = 0.3, 1.0  # seconds, at 10,000 activities and 50 snapshots
TARGET_AT = (10_000, 50)


@dataclasses.dataclass(frozen=True)
class Figures:
    first_wall: float
    first_cpu: float
    warm: float


def measure(page: str, revisions: Revisions, repeat: int) -> Figures:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=600)
    at.switch_page(page)
    at.run()  # the page open on the previous snapshot (and AppTest's own first-run set-up, not measured)
    revisions.publish()  # the news this page, every other open page and the next viewer will read
    wall, cpu = time.perf_counter(), time.process_time()
    at.run()
    first_wall, first_cpu = time.perf_counter() - wall, time.process_time() - cpu
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception}")
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        at.run()
        runs.append(time.perf_counter() - start)
    return Figures(first_wall, first_cpu, statistics.median(runs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="26,1000,10000")
    parser.add_argument("--snapshots", default="1,50,200")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    counts = [int(s) for s in args.snapshots.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="bench_pages_"))
    found: dict[tuple[int, int], dict[str, Figures]] = {}
    from ita_ui import source

    for size in sizes:
        path = SHIPPED_WORKBOOK if size == 26 else synthetic.sized(size)
        plan = read_workbook(path).plan
        assert plan is not None
        url = f"sqlite:///{folder / f'{size}.sqlite3'}"
        os.environ["ITA_WORKBOOK"] = str(path)
        os.environ["ITA_DATABASE_URL"] = url
        source.st.cache_resource.clear()  # nothing of one plan is kept for the next
        revisions = Revisions(Store(url), plan)
        for count in counts:
            start = time.perf_counter()
            revisions.up_to(count)  # the page opens on the ``count``-th; its own publish makes one more
            built = time.perf_counter() - start
            print(f"{size:,} activities, {count} snapshots (store filled in {built:.0f} s)", flush=True)
            found[(size, count)] = {}
            for page in PAGES:
                figures = measure(page, revisions, args.repeat)
                found[(size, count)][page] = figures
                print(f"  {page:<24} after publish {figures.first_wall:6.3f} s ({figures.first_cpu:6.3f} s CPU)"
                      f"   warm {figures.warm:6.3f} s", flush=True)  # fmt: skip
        revisions.store.close()
    report(found, sizes, counts, args.repeat)


def report(found: dict[tuple[int, int], dict[str, Figures]], sizes: list[int], counts: list[int], repeat: int) -> None:
    columns = [(size, count) for size in sizes for count in counts]
    head = "".join(f"{f'{size:,}×{count}':>12}" for size, count in columns)
    for title, pick in (
        (f"warm rerun, wall s (median of {repeat})", lambda f: f.warm),
        ("first view after a publish, CPU s", lambda f: f.first_cpu),
        ("first view after a publish, wall s", lambda f: f.first_wall),
    ):
        print(f"\n{title}; columns: activities × snapshots (SYNTHETIC beyond 26)")
        print(f"  {'page':<24}{head}")
        for page in PAGES:
            print(f"  {page:<24}" + "".join(f"{pick(found[c][page]):>12.3f}" for c in columns))
    base = found.get((26, 1))
    if base:
        print("\nwarm rerun against the baseline (the same page, 26 activities, 1 snapshot), ×:")
        print(f"  {'page':<24}{head}")
        for page in PAGES:
            print(f"  {page:<24}" + "".join(f"{found[c][page].warm / base[page].warm:>12.1f}" for c in columns))
    at = found.get(TARGET_AT)
    if at:
        slow = [p for p, f in at.items() if f.warm >= WARM_TARGET]
        heavy = [p for p, f in at.items() if f.first_cpu >= FIRST_CPU_TARGET]
        warm = "met by every page" if not slow else "MISSED by " + ", ".join(slow)
        first = "met by every page" if not heavy else "MISSED by " + ", ".join(heavy)
        print(f"\nat 10,000 activities × 50 snapshots: warm rerun < {WARM_TARGET} s {warm}; "
              f"first view after a publish < {FIRST_CPU_TARGET} s CPU {first}")  # fmt: skip


if __name__ == "__main__":
    main()
