"""When an app process dies: how soon a signed-in editor carries on, on the cluster (``deploy/try-cluster``).

    python -m benchmarks.bench_failover [--trials 5]

Each trial starts a fresh cluster (PostgreSQL, two app processes, nginx), signs an editor in through
nginx in Debian's Chromium, opens ``/deadlines`` with a date in the address, and then, alternating:

- baseline: reloads the page with both processes up, until it shows the editor signed in on that view;
- failover: kills (SIGKILL) the process serving the editor and reloads, until the survivor shows the same.

Printed: each trial's two times, their medians and the median ratio failover / baseline. The test
``tests/test_cluster.py`` asserts that the editor carries on; how soon is measured here, because a
timing bound in a test flakes on a shared two-core machine. Needs Chromium, nginx and PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from ita_core.store.accounts import Accounts
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "benchmark password, not a real one"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]


def _carried_on(page: Any) -> float:
    """Seconds for a reload to show the editor signed in on the view in the address."""
    start = time.perf_counter()
    page.reload()
    page.locator('[data-testid="stSidebar"]').get_by_text("เข้าสู่ระบบเป็น editor1").wait_for(timeout=60_000)
    page.get_by_text("1 กรกฎาคม 2566").first.wait_for(timeout=60_000)
    return time.perf_counter() - start


def trial(browser: Any) -> tuple[float, float]:
    state = Path(tempfile.mkdtemp(prefix="ita-bench-failover-")) / "cluster.json"
    tool = [str(ROOT / "deploy" / "try-cluster"), "--state", str(state)]
    env = {k: v for k, v in os.environ.items() if k != "ITA_DATABASE_URL"}
    cluster = json.loads(subprocess.run(tool, capture_output=True, text=True, check=True, env=env).stdout)
    try:
        store = Store(cluster["database_url"])
        store.seed()
        Accounts(store.engine).add("editor1", PASSWORD, Role.EDITOR)
        store.close()
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        page = context.new_page()
        for backend in cluster["backends"]:  # both processes have served a page, as on a server that is up
            page.goto(backend["url"])
            page.locator('[data-testid="stSidebar"]').wait_for(timeout=60_000)
        front = cluster["url"]
        page.goto(f"{front}/account")
        page.get_by_label("ชื่อผู้ใช้").fill("editor1")
        page.get_by_label("รหัสผ่าน").fill(PASSWORD)
        page.locator("form.ita-signin button").click()
        page.locator('[data-testid="stSidebar"]').get_by_text("เข้าสู่ระบบเป็น editor1").wait_for(timeout=60_000)
        page.goto(f"{front}/deadlines?as_of=2566-07-01")
        _carried_on(page)  # warm
        baseline = _carried_on(page)
        victim = int(context.request.get(f"{front}/api/health").json()["pid"])
        os.killpg(victim, signal.SIGKILL)
        failover = _carried_on(page)
        context.close()
        return baseline, failover
    finally:
        subprocess.run([*tool[:1], "stop", *tool[1:]], capture_output=True, check=False, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("ITA_CHROMIUM", "/usr/bin/chromium"), args=ARGS)
        for n in range(args.trials):
            baseline, failover = trial(browser)
            rows.append((baseline, failover))
            print(f"trial {n + 1}: reload {baseline:.2f} s, reload after the kill {failover:.2f} s", flush=True)
        browser.close()
    base = statistics.median(r[0] for r in rows)
    fail = statistics.median(r[1] for r in rows)
    ratio = statistics.median(r[1] / r[0] for r in rows)
    print(f"median: reload {base:.2f} s, after the kill {fail:.2f} s, ratio {ratio:.2f}×  ({args.trials} trials)")


if __name__ == "__main__":
    sys.exit(main())
