"""Running the dashboard in Debian's Chromium for the browser tests: servers, pages, what a user sees."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from ita_core.paths import REPO_ROOT

# ITA_CHROMIUM names the browser, as it does for the app; ITA_CHROMIUM=/nonexistent plays a bare machine.
CHROMIUM = os.environ.get("ITA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# The tests' own browser: Debian's headless build of the same Chromium when it is installed (package
# chromium-headless-shell; .ci/run installs it). It draws pages as the full browser does at about 40 % less
# CPU per page load, because it runs no browser interface (measured: 8 new-tab page loads, 17 CPU-s vs 28).
TEST_BROWSER = os.environ.get("ITA_CHROMIUM") or shutil.which("chromium-headless-shell") or CHROMIUM
SHOTS = REPO_ROOT / "artifacts" / "screenshots"
SIZES = ((1920, 1080), (1366, 768), (390, 844))  # a meeting room's screen, a laptop, a phone
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


LIVE = 3.0  # seconds from a publish on any process to every open screen (issue 26)


def unavailable(reason: str) -> None:
    if os.environ.get("ITA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required here but cannot run: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AppUrl(str):
    """A running dashboard's URL, which also knows the server's process id."""

    pid: int


@contextmanager
def streamlit(log: Path, **env: str) -> Iterator[AppUrl]:
    """A dashboard server on a free port; yields its URL. ``env`` adds environment variables."""
    port = free_port()
    environ = {k: v for k, v in os.environ.items() if k != "ITA_WORKBOOK"}
    environ |= {"ITA_DATABASE_URL": f"sqlite:///{log.parent / 'ita.sqlite3'}"} | env  # never the real store
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=REPO_ROOT,
            env=environ,
            stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = AppUrl(f"http://127.0.0.1:{port}")
    url.pid = proc.pid
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{log.read_text()}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert "Traceback" not in log.read_text(), log.read_text()


# Streamlit marks its root element with the script's state (data-test-script-state: running, notRunning…),
# as its own end-to-end tests read it. This script, run in every page before the app's own, counts the
# runs that start and notes when the state last changed, so a wait can tell a finished rerun from the
# moment before it begins (a click's rerun starts only when the server answers).
_WATCH_RUNS = """
(() => {
  window.__itaRuns = 0;
  window.__itaChanged = performance.now();
  const attach = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) { setTimeout(attach, 10); return; }
    let last = app.getAttribute('data-test-script-state');
    new MutationObserver(() => {
      const now = app.getAttribute('data-test-script-state');
      if (now === last) return;
      if (now === 'running') window.__itaRuns += 1;
      window.__itaChanged = performance.now();
      last = now;
    }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  };
  attach();
})();
"""
# Settled: connected, not running for a moment (a run may ask for another at once), nothing stale, and a
# run newer than the last settle has finished (or none started within a grace period: an action that
# does not rerun the script), every element's code has loaded, and every chart has drawn its SVG.
_SETTLED = """
([since, grace]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  if (app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const now = performance.now();
  if (window.__itaSince === undefined) window.__itaSince = now;
  if (window.__itaRuns <= since && now - window.__itaSince < grace) return false;
  if (now - window.__itaChanged < 150) return false;
  // Stale elements are the last run's; a skeleton is an element whose code is still loading.
  if (document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')) return false;
  const charts = document.querySelectorAll('[data-testid="stPlotlyChart"]');
  return [...charts].every(c => c.querySelector('.main-svg'));
}
"""


class _Watched:
    """A browser, or a browser context, whose every page counts the app's script runs."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def new_context(self, **options: Any) -> Any:
        context = self._inner.new_context(**options)
        context.add_init_script(_WATCH_RUNS)
        return context

    def new_page(self, **options: Any) -> Any:
        page = self._inner.new_page(**options)
        page.add_init_script(_WATCH_RUNS)
        return page

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright; skips (fails under ``ITA_REQUIRE_BROWSER=1``) without it."""
    if not Path(TEST_BROWSER).exists():
        unavailable(f"no Chromium at {TEST_BROWSER} (apt-get install chromium chromium-headless-shell)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -r requirements-dev.txt)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=TEST_BROWSER, args=CHROMIUM_ARGS)
        yield _Watched(browser)
        browser.close()


def open_page(browser: Any, url: str, width: int, height: int) -> Any:
    """A new tab (in a context of its own) on ``url``, settled. A tab that has loaded the app before
    opens another of its pages in under a second, a new one in two to three: see ``visit``."""
    page = browser.new_page(viewport={"width": width, "height": height})
    visit(page, url)
    return page


def visit(page: Any, url: str) -> None:
    """Type ``url`` into this tab's address bar and wait for the page to be drawn."""
    page.goto(url)
    settle(page)


def resize(page: Any, width: int, height: int) -> None:
    """Resize the window and wait until every chart has been laid out again at its new width."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => {
             const svg = c.querySelector('.main-svg');
             return svg && Math.abs(svg.getBoundingClientRect().width - c.getBoundingClientRect().width) < 2;
           })""",
        timeout=10_000,
    )


def main_text(page: Any) -> str:
    return str(page.locator('[data-testid="stMain"]').inner_text())


PASSWORD = "a long enough password"


def accounts_store(folder: Path) -> str:
    """A store seeded with the shipped data and three accounts; returns its URL."""
    from ita_core.store.accounts import Accounts
    from ita_core.store.roles import Role
    from ita_core.store.snapshots import Store

    url = f"sqlite:///{folder / 'ita.sqlite3'}"
    store = Store(url)
    store.seed()
    for name, role in (("editor1", Role.EDITOR), ("viewer1", Role.VIEWER), ("admin1", Role.ADMIN)):
        Accounts(store.engine).add(name, PASSWORD, role)
    store.close()
    return url


def fill_sign_in(page: Any, name: str) -> None:
    """Fill and send the sign-in form that the page shows (it posts to the app's route)."""
    page.get_by_label("ชื่อผู้ใช้").fill(name)
    page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    page.locator("form.ita-signin button").click()


def sign_in(context: Any, app: str, name: str) -> Any:
    """Sign in from the account page in this browser context; returns the page, on the overview."""
    page = context.new_page()
    page.goto(f"{app}/account")
    page.get_by_label("ชื่อผู้ใช้").wait_for(timeout=30_000)
    fill_sign_in(page, name)
    page.locator('[data-testid="stSidebar"]').get_by_text(f"เข้าสู่ระบบเป็น {name}").wait_for(timeout=30_000)
    page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]').first.wait_for(timeout=30_000)
    settle(page)
    return page


def settle(page: Any, grace_ms: int = 2000) -> None:
    """Wait for the rerun the last action caused to finish and the page to be drawn (charts included).

    A rerun is waited for only ``grace_ms``: an action that reruns nothing settles after that."""
    since = page.evaluate("window.__itaSettled ?? 0")
    page.evaluate("window.__itaSince = undefined")
    page.wait_for_function(_SETTLED, arg=[since, grace_ms], timeout=30_000, polling=100)
    mark(page)


def mark(page: Any) -> None:
    """Count only the runs from now on: call before an action on a page that may have rerun by itself
    (live refresh) since it last settled, so ``settle`` waits for the action's run and not an older one."""
    page.evaluate("window.__itaSettled = window.__itaRuns")


def go(page: Any, title: str) -> None:
    """Follow a sidebar link, as a user does."""
    mark(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]').filter(has_text=title).first.click()
    settle(page)


def sidebar_links(page: Any) -> list[str]:
    texts = page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]').all_inner_texts()
    return [t.strip().splitlines()[-1] for t in texts]  # the icon's ligature name comes first


def choose(page: Any, label: str, option: str) -> None:
    """Pick an option of a select box by typing it, as a keyboard user does."""
    box = page.get_by_role("combobox", name=label)
    mark(page)
    box.click()
    box.fill(option)
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    settle(page)


def choose_as_of(page: Any, label: str, option: str) -> None:
    """Pick the evaluation date's day, month or year: its pickers open from the sidebar's date button."""
    box = page.get_by_role("combobox", name=label)
    if not box.is_visible():
        page.locator('[data-testid="stSidebar"] [data-testid="stPopover"] button').first.click()
        box.wait_for(state="visible", timeout=10_000)
    choose(page, label, option)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


AXE = REPO_ROOT / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_COUNTED = ("critical", "serious", "moderate")


def axe_violations(page: Any) -> list[str]:
    """axe-core's critical, serious and moderate violations on the page as drawn, one line each
    (rule, impact, how many elements, the first element). axe-core comes from npm, pinned with its
    integrity hash in tests/axe/package-lock.json (``npm ci --prefix tests/axe``; .ci/run does it)."""
    if not AXE.exists():
        unavailable(f"axe-core is not installed at {AXE} (npm ci --prefix tests/axe)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ['violations']});
        return result.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")
    return [
        f"{v['id']} ({v['impact']}) on {len(v['nodes'])}: {v['nodes'][0]}" for v in found if v["impact"] in AXE_COUNTED
    ]


def no_error(page: Any) -> None:
    text = main_text(page)
    assert "Traceback" not in text and "encountered an error" not in text, text[:500]
