"""How soon each page shows its first content and its first chart, against a bare Streamlit page with
one plotly chart, in the same run, in Chromium.

    python -m benchmarks.bench_paint [--trials 5] [--pages overview deadlines ...] [--activities 10000]
                                     [--against COMMIT]

Three servers on this machine: the dashboard on the shipped plan (a store of its own); a bare page
(``streamlit run`` of a script that draws a title and one plotly bar chart, from an empty folder:
Streamlit's defaults, no theme, no fonts of ours); and an "alike" page, as bare but with the same kinds of
element the dashboard draws around its charts (a sidebar picker, metric cards, a table, a data grid). For
each page, ``--trials`` times, alternating with both:

- **cold**: a new browser context (empty cache, no cookies), the address typed;
- **warm**: a second tab of that context opened on the same address (scripts and fonts cached).

Three figures, each from the navigation's start, read in the page (``performance.now()``): the first
content (the page's title, ``h1``), the first chart's drawn SVG (``.main-svg`` inside ``stPlotlyChart``),
and the whole page drawn (the run finished, no element still loading its code, every chart drawn).
``--activities N``: the app's store holds a SYNTHETIC plan of N activities instead of the shipped plan.
``--against COMMIT``: the same pages also from that commit (a git worktree, its own store), alternating in the
same run: a change's effect apart from the machine's drift, which moves these ratios by about ±0.1 between runs.
Medians, and the first chart's ratio to the bare page's and to the alike page's. Target (issue 26): every
page's first chart within 10 % of the bare page's, cold and warm. The alike page separates what our own
code adds from what Streamlit's elements cost in the browser: each kind loads its code when first drawn,
and the table's Arrow formatting (about 1 MB) and the picker's menus compile beside the chart's code.
Title and chart are both printed because they pull apart: compiling Streamlit's 4.7 MB chart code before
the page's content (as ``ita_ui/preload.py`` once did) brought the first chart about 0.2 s sooner and the
title and cards about 0.9 s later (7 Dec 2026).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import synthetic
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
# The same kinds of Streamlit element as the dashboard's pages draw around their charts (a picker in the
# sidebar, four metric cards, a table, a data grid), still Streamlit's defaults and nothing of ours: each
# kind loads its own code in the browser (the table and grid about 1 MB of Arrow formatting, the picker
# its menus), on the same two cores that compile the chart's 4.7 MB.
ALIKE = """import pandas as pd
import plotly.graph_objects as go
import streamlit as st

st.sidebar.selectbox("Unit", ["A", "B"])
st.title("Bare page, same kinds of element")
for column, value in zip(st.columns(4), ["44.44%", "7/26", "3", "12/20"]):
    column.metric("Card", value)
st.plotly_chart(go.Figure(go.Bar(x=["A", "B", "C"], y=[44.44, 80.57, 91.36])))
rows = pd.DataFrame({"activity": ["1.1", "1.2", "2.1"], "due": ["20 มิ.ย. 2566"] * 3})
st.table(rows)
st.dataframe(rows)
"""
BASELINES = {"bare page": BARE, "alike page": ALIKE}
TITLE = "() => document.querySelector('h1') && performance.now()"
DRAWN = "() => document.querySelector('[data-testid=\"stPlotlyChart\"] .main-svg') && performance.now()"
DONE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || !document.querySelector('h1')) return false;
  if (app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')) return false;
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
  return charts.length > 0 && charts.every(c => c.querySelector('.main-svg')) && performance.now();
}"""
Times = tuple[float, float, float]  # first content, first chart, the whole page (ms)


def first_paint_ms(context: Any, url: str) -> Times:
    page = context.new_page()
    try:
        page.set_viewport_size({"width": 1366, "height": 768})
        page.goto(url)
        title = float(page.wait_for_function(TITLE, timeout=60_000, polling="raf").json_value())
        chart = float(page.wait_for_function(DRAWN, timeout=60_000, polling="raf").json_value())
        done = float(page.wait_for_function(DONE, timeout=120_000, polling="raf").json_value())
        return title, chart, done
    finally:
        page.close()


def cold_and_warm(browser: Any, url: str) -> tuple[Times, Times]:
    context = browser.new_context()
    try:
        return first_paint_ms(context, url), first_paint_ms(context, url)
    finally:
        context.close()


@contextlib.contextmanager
def worktree(commit: str, folder: Path) -> Iterator[Path]:
    """The repository at ``commit``, checked out beside this one for as long as it is measured."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(folder), commit], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--pages", nargs="+", choices=list(PAGES), default=list(PAGES), help="default: every page")
    parser.add_argument("--activities", type=int, default=0, help="a SYNTHETIC plan of this size (0: shipped)")
    parser.add_argument("--against", metavar="COMMIT", help="also measure the pages at this commit, alternating")
    args = parser.parse_args()
    pages = {name: PAGES[name] for name in args.pages}
    from playwright.sync_api import sync_playwright

    base_env = {k: v for k, v in os.environ.items() if not k.startswith("ITA_")}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p, contextlib.ExitStack() as servers:
        folder = Path(tmp)
        for name, script in (("bare", BARE), ("alike", ALIKE)):
            (folder / name).mkdir()
            (folder / name / f"{name}.py").write_text(script)
        apps = {"": ROOT}
        if args.against:
            short = ["git", "-C", str(ROOT), "rev-parse", "--short", args.against]
            commit = subprocess.run(short, capture_output=True, text=True, check=True).stdout.strip()
            apps[f" @{commit}"] = servers.enter_context(worktree(commit, folder / "against"))
        urls = {}
        for i, (suffix, root) in enumerate(apps.items()):
            app_env = base_env | {"ITA_DATABASE_URL": f"sqlite:///{folder / f'ita{i}.sqlite3'}"}
            if args.activities:
                synthetic.fill(app_env["ITA_DATABASE_URL"], args.activities)
            urls[suffix] = servers.enter_context(
                streamlit_server("dashboard.py", root, app_env, folder / f"app{i}.log")
            )[0]
        bare = servers.enter_context(streamlit_server("bare.py", folder / "bare", base_env, folder / "bare.log"))[0]
        alike = servers.enter_context(streamlit_server("alike.py", folder / "alike", base_env, folder / "alike.log"))[0]
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for url in (*urls.values(), bare, alike):  # each server's first run (imports, caches) is not measured
            cold_and_warm(browser, url)
        measured = [(name + suffix, f"{app}/{path}") for name, path in pages.items() for suffix, app in urls.items()]
        found: dict[str, list[tuple[Times, Times]]] = {name: [] for name in [*BASELINES, *dict(measured)]}
        for _ in range(args.trials):
            for name, url in measured:
                found["bare page"].append(cold_and_warm(browser, bare))
                found[name].append(cold_and_warm(browser, url))
                found["alike page"].append(cold_and_warm(browser, alike))
        browser.close()
    print(f"navigation → first content (title), first chart and the whole page drawn, ms, median of {args.trials} "
          f"(bare page: {len(found['bare page'])} runs, alternating); Chromium 1366×768, "
          f"{f'{args.activities:,} SYNTHETIC activities' if args.activities else 'shipped plan'}")  # fmt: skip
    print(f"  {'':<22}{'cold':>40}{'warm':>40}")
    print(f"  {'page':<22}" + f"{'title':>8}{'chart':>8}{'× bare':>8}{'× alike':>8}{'page':>8}" * 2)

    def medians(runs: list[tuple[Times, Times]], which: int) -> Times:
        return (
            statistics.median(r[which][0] for r in runs),
            statistics.median(r[which][1] for r in runs),
            statistics.median(r[which][2] for r in runs),
        )

    base = [medians(found["bare page"], which) for which in (0, 1)]
    like = [medians(found["alike page"], which) for which in (0, 1)]
    missed, unlike = [], []
    for name, runs in found.items():
        row = f"  {name:<22}"
        for which in (0, 1):
            title, chart, done = medians(runs, which)
            ratio, alike_ratio = chart / base[which][1], chart / like[which][1]
            row += f"{title:>8.0f}{chart:>8.0f}{ratio:>8.2f}{alike_ratio:>8.2f}{done:>8.0f}"
            if ratio > TARGET and name not in missed and name not in BASELINES:
                missed.append(name)
            if alike_ratio > TARGET and name not in unlike and name not in BASELINES:
                unlike.append(name)
        print(row)
    verdict = "met by every page" if not missed else "MISSED by " + ", ".join(missed)
    print(f"target: first chart within {TARGET - 1:.0%} of the bare page's, cold and warm: {verdict}")
    verdict = "every page" if not unlike else "every page but " + ", ".join(unlike)
    print(f"within {TARGET - 1:.0%} of the page with the same kinds of element (what our own code adds): {verdict}")


if __name__ == "__main__":
    main()
