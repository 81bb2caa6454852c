"""Publishing cost, and whether history slows the dashboard down.

    python -m benchmarks.bench_publish [--repeat 5]

1. Publish a 10,000-activity workbook (validate + store, as the upload page and
   `import` do) against validating the same file alone, in the same run.
   Target: publish <= 2x validate. On SQLite, and on PostgreSQL too when
   ITA_TEST_POSTGRES_URL is set (the database is emptied first).
2. The overview's warm rerun (AppTest) with 1, 2, 48 and 200 snapshots of one unit and year in the
   store, alternating. Only the current snapshot's plan is ever loaded, but from 2 snapshots on the
   overview draws the trend of the published revisions, at most the latest ``views.TREND_REVISIONS``
   (48). Target: no slower with 200 than with 48 (the trend's bound holds); the ratio to 1 snapshot
   (no trend chart at all) and to 2 is printed too, with the trend figure's size.

The 10,000-activity workbook is SYNTHETIC (benchmarks.synthetic).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

from benchmarks import synthetic
from ita_core import read_workbook
from ita_core.paths import REPO_ROOT, SHIPPED_WORKBOOK
from ita_core.store.snapshots import ANY, Store
from ita_core.views import TREND_REVISIONS


def _median(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _empty(url: str) -> None:
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS snapshots, users, alembic_version CASCADE"))
        engine.dispose()


def publish_vs_validate(url: str, data: bytes, repeat: int) -> None:
    _empty(url)
    store = Store(url)

    def validate() -> None:
        assert read_workbook(data).ok

    def publish() -> None:
        result = read_workbook(data)
        assert result.plan is not None
        store.publish(data, "bench.xlsx", result.plan, "bench", "benchmark", ANY)

    validate_s = _median(validate, repeat)
    publish_s = _median(publish, repeat)
    kind = url.split(":", 1)[0]
    print(
        f"  {kind:<20} validate {validate_s:6.3f} s   publish {publish_s:6.3f} s   ratio {publish_s / validate_s:4.2f}"
    )
    store.close()


def overview_apps(urls: list[str]) -> list[object]:
    """One warmed-up AppTest per store (each run's data is already cached)."""
    from streamlit.testing.v1 import AppTest

    apps = []
    for url in urls:
        os.environ["ITA_DATABASE_URL"] = url
        at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300)
        at.run()
        assert not at.exception, at.exception
        apps.append((url, at))
    return apps


def interleaved_medians(apps: list[object], rounds: int) -> list[float]:
    """Time each app's rerun in turn, round after round, so machine noise hits both alike."""
    times: list[list[float]] = [[] for _ in apps]
    for _ in range(rounds):
        for i, (url, at) in enumerate(apps):  # type: ignore[misc]
            os.environ["ITA_DATABASE_URL"] = url
            start = time.perf_counter()
            at.run()
            times[i].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    big = synthetic.sized(10_000).read_bytes()

    print("1. publish a 10,000-activity workbook vs validate it (medians; target ratio <= 2)")
    with tempfile.TemporaryDirectory() as tmp:
        publish_vs_validate(f"sqlite:///{tmp}/bench.sqlite3", big, args.repeat)
    if pg := os.environ.get("ITA_TEST_POSTGRES_URL"):
        publish_vs_validate(pg, big, args.repeat)

    print("2. overview warm rerun by snapshots held (medians; target: 200 no slower than 48)")
    data = SHIPPED_WORKBOOK.read_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    counts = (1, 2, TREND_REVISIONS, 200)
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"sqlite:///{tmp}/{count}.sqlite3" for count in counts]
        for url, count in zip(urls, counts, strict=True):
            store = Store(url)
            for _ in range(count):
                store.publish(data, "ita_fy2566.xlsx", plan, "bench", "", ANY)
            store.close()
        apps = overview_apps(urls)
        medians = interleaved_medians(apps, rounds=max(args.repeat, 15))
    for count, median, (_, at) in zip(counts, medians, apps, strict=True):
        trend = [len(c.proto.spec) for c in at.get("plotly_chart") if c.proto.id.endswith("-trend")]
        size = f"trend figure {trend[0] / 1024:.0f} KB" if trend else "no trend chart"
        print(f"  {count:>3} snapshots {median:6.3f} s   ({size})")
    by = dict(zip(counts, medians, strict=True))
    bound = by[200] / by[TREND_REVISIONS]
    print(
        f"  ratio 200 / {TREND_REVISIONS}: {bound:4.2f} ({'met' if bound <= 1.10 else 'MISSED'}: target <= 1.10); "
        f"200 / 2: {by[200] / by[2]:4.2f}; 200 / 1: {by[200] / by[1]:4.2f} (1 snapshot draws no trend)"
    )


if __name__ == "__main__":
    main()
