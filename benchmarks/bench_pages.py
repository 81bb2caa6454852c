"""Warm rerun time of every page, with Streamlit's AppTest, on the shipped data and on 10,000 activities,
each in a store of its own (temporary SQLite files, seeded from the plan; never data/ita.sqlite3).

    python -m benchmarks.bench_pages [--repeat 5]

"Warm" means the data is already parsed and cached (as on a dashboard that is
already open): what a viewer waits for when they change a filter or the page
reruns. The 10,000-activity workbook (3 measures, 50 work groups) is SYNTHETIC
(benchmarks.synthetic). Baseline in the same run: the first, cold run of each
page, which parses the workbook. Target: every page's warm rerun < 0.3 s, at both sizes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from benchmarks import synthetic
from ita_core.paths import REPO_ROOT, SHIPPED_WORKBOOK

CACHE = Path(__file__).resolve().parent / ".cache"
PAGES = ("pages/overview.py", "pages/measures.py", "pages/deadlines.py", "pages/participation.py", "pages/present.py")
TARGET = 0.3  # every page's warm rerun, at either size (issue: 10,000 activities)


def _time_page(page: str, repeat: int) -> tuple[float, float]:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300)
    at.switch_page(page)
    start = time.perf_counter()
    at.run()
    cold = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception}")
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        at.run()
        runs.append(time.perf_counter() - start)
    return cold, statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    big = synthetic.cached(synthetic.Spec(activities=10_000, measures=3, groups=50), CACHE)
    folder = Path(tempfile.mkdtemp(prefix="bench_pages_"))
    for label, path in (("shipped", SHIPPED_WORKBOOK), ("10k", big)):
        # A store of its own for each plan, seeded from it: with one store, the second plan was never read
        # (the store already held the first), and the real data/ita.sqlite3 must never be touched.
        os.environ["ITA_WORKBOOK"] = str(path)
        os.environ["ITA_DATABASE_URL"] = f"sqlite:///{folder / f'{label}.sqlite3'}"
        from ita_ui import source

        source.st.cache_resource.clear()  # nothing of the first plan is kept for the second
        print(f"{label}: {path.name}")
        for page in PAGES:
            cold, warm = _time_page(page, args.repeat)
            mark = f"  (target < {TARGET} s: {'met' if warm < TARGET else 'MISSED'})"
            ratio = warm / cold
            print(f"  {page:<24} warm median {warm:6.3f} s   cold first run {cold:6.3f} s   ratio {ratio:5.2f}{mark}")


if __name__ == "__main__":
    main()
