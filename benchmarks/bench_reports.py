"""How long a working-group member waits for the report form, in all three formats.

    python -m benchmarks.bench_reports [--repeat 3]

Measures, on the shipped FY2566 data (the 6-month round):
1. ``render_reports``: Word, Excel and PDF sharing one chart picture (what the reports page does),
   against the obvious baseline of making each format on its own (the chart drawn three times).
2. Each piece alone: the report content, Word and Excel layout, the chart PNG, the PDF print.
3. Word and Excel layout of a SYNTHETIC plan of ``--activities`` activities, every one listed
   (python-docx builds tables element by element, so Word grows fastest).
Chromium does the chart and the PDF, so those dominate; the issue's target is "under a minute".
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from benchmarks import synthetic
from ita_core import read_workbook
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.report.choices import FORMATS
from ita_core.report.content import build_report, report_round
from ita_core.report.excel import report_xlsx
from ita_core.report.files import chart_png, render_report, render_reports
from ita_core.report.pdf import report_pdf
from ita_core.report.word import report_docx


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--activities", type=int, default=2000)
    args = parser.parse_args()
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    report = build_report(plan, report_round("h1", 2566))
    png = chart_png(report)  # warm Chromium's font cache once, as a running server would be

    shared = _median(lambda: render_reports(report), args.repeat)
    separate = _median(lambda: [render_report(report, fmt) for fmt in FORMATS], args.repeat)
    print(f"all three formats, one chart:       median {shared:6.2f} s")
    print(f"each format on its own (baseline):  median {separate:6.2f} s   ratio {shared / separate:.2f}")
    for name, fn in (
        ("report content (build_report)", lambda: build_report(plan, report_round("h1", 2566))),
        ("Word layout", lambda: report_docx(report, png)),
        ("Excel layout", lambda: report_xlsx(report, png)),
        ("chart PNG (kaleido + Chromium)", lambda: chart_png(report)),
        ("PDF print (Chromium)", lambda: report_pdf(report, png)),
    ):
        print(f"  {name:32s} median {_median(fn, args.repeat):6.3f} s")

    big = read_workbook(synthetic.cached(synthetic.Spec(activities=args.activities), synthetic.CACHE)).plan
    assert big is not None and big.fiscal_year_be is not None
    every = build_report(big, report_round("h1", big.fiscal_year_be), include_unreported=True)
    print(f"SYNTHETIC plan, {args.activities} activities listed:")
    for name, fn in (("Word layout", lambda: report_docx(every)), ("Excel layout", lambda: report_xlsx(every))):
        print(f"  {name:32s} median {_median(fn, args.repeat):6.3f} s")


if __name__ == "__main__":
    main()
