"""What a screen left open costs its server while nothing happens, and how soon a publish reaches it.

    python -m benchmarks.bench_live [--tabs 10] [--seconds 30] [--trials 2]

Three versions of the app, each a Streamlit server on a store of its own (the shipped plan), measured
alternately in the same run (``--trials`` times each, median):

- ``before news`` (commit 96467bd^): each open page asked the database every 20 s (ITA_WATCH_SECONDS);
  a publish took up to 20 s to show. This is the cost the issue's "no more than today" refers to.
- ``news, pages poll`` (commit 1ee3c34): pages looked at their process's count of publishes every 2 s.
- ``this tree``: the process reruns the pages a publish concerns (``ita_ui.live``); pages still ask the
  database every 20 s, the safety net.

``--tabs`` Chromium tabs are opened on the overview (Debian's Chromium, driven by Playwright), then the
server process's CPU time (user + system, from /proc) is read over ``--seconds`` while they sit idle.
Then a publish is made through the store from this process (another process, as far as the server can
tell) and the time until every tab shows it is printed (at most 20 s for "before news", by design).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import synthetic
from benchmarks.servers import cpu_seconds, streamlit_server
from ita_core import read_workbook
from ita_core.store.snapshots import ANY, Store

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
VERSIONS = {"before news": "96467bd^", "news, pages poll": "1ee3c34", "this tree": None}


@contextlib.contextmanager
def _checkout(rev: str | None, folder: Path) -> Iterator[Path]:
    if rev is None:
        yield ROOT
        return
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(folder), rev], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=True)


def _publish(database: str, data: bytes) -> None:
    plan = read_workbook(data).plan
    assert plan is not None
    store = Store(database)
    store.publish(data, "plan.xlsx", plan, "bench", "bench_live", ANY)
    store.close()


def measure(browser: Any, tree: Path, tabs: int, seconds: float, folder: Path) -> tuple[float, float]:
    """CPU seconds per minute of the idle server with ``tabs`` open; seconds until a publish shows on all."""
    database = f"sqlite:///{folder / 'ita.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITA_")} | {"ITA_DATABASE_URL": database}
    with streamlit_server("dashboard.py", tree, env, folder / "server.log") as (url, pid):
        pages = []
        for _ in range(tabs):
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(url)
            page.get_by_text("7/26").first.wait_for(timeout=60_000)  # the shipped plan: 7 of 26 completed
            pages.append(page)
        time.sleep(5)  # every tab's first run done, and its timers started
        start_cpu, start = cpu_seconds(pid), time.monotonic()
        time.sleep(seconds)
        idle = (cpu_seconds(pid) - start_cpu) / (time.monotonic() - start) * 60
        published = time.monotonic()
        _publish(database, synthetic.shipped_with_1_4_done())
        for page in pages:
            page.get_by_text("8/26").first.wait_for(timeout=60_000)
        reached = time.monotonic() - published
        for page in pages:
            page.close()
    return idle, reached


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tabs", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--trials", type=int, default=2)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    results: dict[str, list[tuple[float, float]]] = {name: [] for name in VERSIONS}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p, contextlib.ExitStack() as trees:
        checkouts = {name: trees.enter_context(_checkout(rev, Path(tmp) / f"tree{i}")) for i, (name, rev) in
                     enumerate(VERSIONS.items())}  # fmt: skip
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for trial in range(args.trials):
            for name, tree in checkouts.items():
                folder = Path(tmp) / f"run{trial}-{len(results[name])}-{name.replace(' ', '_').replace(',', '')}"
                folder.mkdir()
                results[name].append(measure(browser, tree, args.tabs, args.seconds, folder))
                print(f"  trial {trial + 1} {name}: idle {results[name][-1][0]:.2f} CPU s/min, "
                      f"publish shown on every tab after {results[name][-1][1]:.1f} s", flush=True)  # fmt: skip
        browser.close()
    base = statistics.median(idle for idle, _ in results["before news"])
    print(f"\n{args.tabs} idle tabs on the overview, {args.seconds:.0f} s each, median of {args.trials} (SQLite):")
    print(f"{'version':<20}{'server CPU s/min':>18}{'vs before news':>16}{'publish → every tab':>22}")
    for name, runs in results.items():
        idle = statistics.median(i for i, _ in runs)
        reach = statistics.median(r for _, r in runs)
        print(f"{name:<20}{idle:>18.2f}{idle / base:>15.2f}×{reach:>20.1f} s")


if __name__ == "__main__":
    main()
