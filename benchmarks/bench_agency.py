"""The agency page at the size of a whole agency: 30 units × 30 activities × 12 revisions each (SYNTHETIC,
made by code here, never shipped), with Streamlit's AppTest, in-process.

    python -m benchmarks.bench_agency [--repeat 5]

Prints, for 10 and for 30 units:
- the first render of the agency page (/compare) with every cache cold (the app's modules already
  imported, as in a running server): every unit's latest plan read and rolled up (target < 1 s at 30 units);
- its warm rerun, the median of ``--repeat`` (the roll-up cached on the year's latest snapshots; target
  < 0.3 s);
- the SQL statements each run sends: the same at 10 and at 30 units, so no query loop grows with units
  or revisions;
- baseline, in the same run and the same store: the overview page's warm rerun (one unit), and the ratio.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, event
from streamlit.testing.v1 import AppTest

from benchmarks import synthetic
from ita_core import read_workbook
from ita_core.paths import REPO_ROOT
from ita_core.store.snapshots import Store
from ita_core.store.units import Units

AGENCY = "ส่วนราชการสังเคราะห์ (SYNTHETIC)"
REVISIONS, ACTIVITIES = 12, 30
TARGETS = {"first": 1.0, "warm": 0.3}


def unit_name(i: int) -> str:
    return f"สำนักสังเคราะห์ที่ {i + 1} (SYNTHETIC)"


def fill(url: str, units: int) -> None:
    """``units`` bureaus under one agency, each with REVISIONS snapshots of an ACTIVITIES-activity plan."""
    store = Store(url)
    registry = Units(store.engine)
    registry.add(AGENCY, "สังเคราะห์")
    for i in range(units):
        name = registry.add(unit_name(i), f"สังเคราะห์ {i + 1}", AGENCY).name
        spec = synthetic.Spec(activities=ACTIVITIES, measures=3, groups=5, seed=2566 + i)
        with tempfile.TemporaryDirectory() as folder:
            plan = read_workbook(synthetic.write(spec, Path(folder) / "plan.xlsx")).plan
        assert plan is not None
        plan = dataclasses.replace(plan, unit=name)
        data = b"SYNTHETIC"  # the original file is not read by the page
        previous = None
        for revision in range(REVISIONS):
            done = revision * len(plan.activities) // REVISIONS  # progress grows revision by revision
            acts = tuple(
                a._replace(progress=Decimal(100) if k < done else a.progress) for k, a in enumerate(plan.activities)
            )
            dated = dataclasses.replace(plan, activities=acts, as_of=date(2023, 1, 1) + timedelta(days=14 * revision))
            previous = store.publish(data, "plan.xlsx", dated, "bench", f"ฉบับ {revision + 1}", previous and previous.id)
    store.close()


@contextmanager
def counted() -> Iterator[list[str]]:
    """Every SQL statement any engine in this process sends while inside."""
    sent: list[str] = []

    def note(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(Engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", note)


def timed(at: AppTest) -> tuple[float, int]:
    with counted() as sent:
        start = time.perf_counter()
        at.run()
        took = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(str(at.exception))
    return took, len(sent)


def measure(units: int, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'ita.sqlite3'}"
        fill(url, units)
        os.environ["ITA_DATABASE_URL"] = url
        from ita_ui import source  # a fresh process's caches: cleared between sizes

        warm_up = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300)
        warm_up.switch_page("pages/history.py").run()  # the app's modules loaded, as in a running server
        source.st.cache_resource.clear()  # and every cache cold
        at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300)
        at.query_params["as_of"] = "2023-06-30"
        at.switch_page("pages/compare.py")
        first, first_queries = timed(at)
        shown = at.dataframe[0].value
        # The units, the shipped bureau (registered in every new store, here with no plan) and the totals.
        assert len(shown) == units + 2, f"{len(shown)} rows for {units} units"
        warm_runs = [timed(at) for _ in range(repeat)]
        overview = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300)
        overview.query_params["as_of"] = "2023-06-30"
        overview.switch_page("pages/overview.py")
        timed(overview)
        base_runs = [timed(overview)[0] for _ in range(repeat)]
    return {
        "first": first,
        "first_queries": first_queries,
        "warm": statistics.median(t for t, _ in warm_runs),
        "warm_queries": statistics.median(q for _, q in warm_runs),
        "overview": statistics.median(base_runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"agency page, {ACTIVITIES} activities × {REVISIONS} revisions per unit (SYNTHETIC), AppTest in-process")
    results = {}
    for units in (10, 30):
        r = results[units] = measure(units, args.repeat)
        print(
            f"  {units:>2} units ({units * REVISIONS} snapshots): first render {r['first']:.3f} s "
            f"({r['first_queries']} SQL), warm rerun median {r['warm']:.3f} s ({r['warm_queries']:.0f} SQL); "
            f"baseline overview warm {r['overview']:.3f} s, ratio {r['warm'] / r['overview']:.2f}"
        )
    big, small = results[30], results[10]
    print(
        f"  30 vs 10 units: first render ×{big['first'] / small['first']:.2f}, "
        f"warm ×{big['warm'] / small['warm']:.2f}, "
        f"SQL first {small['first_queries']} → {big['first_queries']}, warm {small['warm_queries']:.0f} → "
        f"{big['warm_queries']:.0f}"
    )
    for key, limit in TARGETS.items():
        print(f"  target {key} < {limit} s at 30 units: {'met' if big[key] < limit else 'MISSED'} ({big[key]:.3f} s)")


if __name__ == "__main__":
    main()
