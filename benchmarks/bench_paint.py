"""How soon each page's first chart is on the screen, against a bare Streamlit page with one plotly
chart, in the same run, in Chromium.

    python -m benchmarks.bench_paint [--trials 5]

Two servers on this machine: the dashboard on the shipped plan (a store of its own), and a bare page
(``streamlit run`` of a script that draws one plotly bar chart, from an empty folder: Streamlit's
defaults, no theme, no fonts of ours). For each page, ``--trials`` times, alternating with the bare page:

- **cold**: a new browser context (empty cache, no cookies), the address typed;
- **warm**: a second tab of that context opened on the same address (scripts and fonts cached).

The figure is the time from the navigation's start to the first chart's drawn SVG (``.main-svg`` inside
``stPlotlyChart``), read in the page (``performance.now()``). Medians and the ratio to the bare page's.
Target (issue 26): every page within 10 % of the bare page, cold and warm.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.servers import streamlit_server

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
TARGET = 1.10
PAGES = {  # the pages with a chart on the shipped plan (measures has tables; history needs two snapshots)
    "overview": "",
    "deadlines": "deadlines",
    "participation": "participation",
    "compare": "compare",
    "present": "present?slide=2",  # the first slide is the headline figures; the second a chart
}
BARE = """import plotly.graph_objects as go
import streamlit as st

st.title("Bare page")
st.plotly_chart(go.Figure(go.Bar(x=["A", "B", "C"], y=[44.44, 80.57, 91.36])))
"""
DRAWN = "() => document.querySelector('[data-testid=\"stPlotlyChart\"] .main-svg') && performance.now()"


def first_chart_ms(context: Any, url: str) -> float:
    page = context.new_page()
    try:
        page.set_viewport_size({"width": 1366, "height": 768})
        page.goto(url)
        return float(page.wait_for_function(DRAWN, timeout=60_000, polling="raf").json_value())
    finally:
        page.close()


def cold_and_warm(browser: Any, url: str) -> tuple[float, float]:
    context = browser.new_context()
    try:
        return first_chart_ms(context, url), first_chart_ms(context, url)
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--pages", nargs="+", choices=list(PAGES), default=list(PAGES), help="default: every page")
    args = parser.parse_args()
    pages = {name: PAGES[name] for name in args.pages}
    from playwright.sync_api import sync_playwright

    base_env = {k: v for k, v in os.environ.items() if not k.startswith("ITA_")}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        folder = Path(tmp)
        (folder / "bare").mkdir()
        (folder / "bare" / "bare.py").write_text(BARE)
        app_env = base_env | {"ITA_DATABASE_URL": f"sqlite:///{folder / 'ita.sqlite3'}"}
        with (
            streamlit_server("dashboard.py", ROOT, app_env, folder / "app.log") as (app, _),
            streamlit_server("bare.py", folder / "bare", base_env, folder / "bare.log") as (bare, _),
        ):
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for url in (app, bare):  # each server's first run (imports, caches) is not what is measured
                cold_and_warm(browser, url)
            found: dict[str, list[tuple[float, float]]] = {name: [] for name in ["bare page", *pages]}
            for _ in range(args.trials):
                for name, path in pages.items():
                    found["bare page"].append(cold_and_warm(browser, bare))
                    found[name].append(cold_and_warm(browser, f"{app}/{path}"))
            browser.close()
    cold_base = statistics.median(c for c, _ in found["bare page"])
    warm_base = statistics.median(w for _, w in found["bare page"])
    print(f"navigation → first chart drawn, ms, median of {args.trials} (bare page: {len(found['bare page'])} runs, "
          f"alternating); Chromium 1366×768, shipped plan")  # fmt: skip
    print(f"  {'page':<16}{'cold':>8}{'× bare':>8}{'warm':>8}{'× bare':>8}")
    missed = []
    for name, runs in found.items():
        cold = statistics.median(c for c, _ in runs)
        warm = statistics.median(w for _, w in runs)
        print(f"  {name:<16}{cold:>8.0f}{cold / cold_base:>8.2f}{warm:>8.0f}{warm / warm_base:>8.2f}")
        if cold / cold_base > TARGET or warm / warm_base > TARGET:
            missed.append(name)
    verdict = "met by every page" if not missed else "MISSED by " + ", ".join(missed)
    print(f"target: within {TARGET - 1:.0%} of the bare page, cold and warm: {verdict}")


if __name__ == "__main__":
    main()
