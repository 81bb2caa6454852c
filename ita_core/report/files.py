"""A report as a file: pick the layout for the format and add the completion chart where it can be drawn."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ita_core.report.choices import FORMATS
from ita_core.report.content import Report, file_name
from ita_core.report.images import ImagesUnavailable

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "ics": "text/calendar",
    "csv": "text/csv",
    "png": "image/png",
}
# Each layout is imported when first used: python-docx, openpyxl and plotly cost a second to load,
# which a command that only validates or summarises must not pay.
_WRITERS = {
    "docx": ("ita_core.report.word", "report_docx"),
    "xlsx": ("ita_core.report.excel", "report_xlsx"),
    "pdf": ("ita_core.report.pdf", "report_pdf"),
}


def _writer(fmt: str) -> Callable[[Report, bytes | None], bytes]:
    module, name = _WRITERS[fmt]
    writer: Callable[[Report, bytes | None], bytes] = getattr(importlib.import_module(module), name)
    return writer


@dataclass(frozen=True)
class ReportFile:
    name: str
    data: bytes
    mime: str
    chart_missing: bool  # Chromium could not draw the chart, so the file has none


def chart_png(report: Report) -> bytes:
    """The completion-by-measure chart as the report prints it (Thai digits unless Arabic ones were asked for)."""
    from ita_core.charts import completion_chart
    from ita_core.report.images import figure_png

    figure = completion_chart(report.by_measure, "th", thai_digits=report.thai_digits, for_report=True)
    return figure_png(figure, width=1100, height=int(figure.layout.height or 360), scale=2)


def render_report(report: Report, fmt: str, *, chart: bool = False) -> ReportFile:
    """The report in one format; the plan-wide chart only when asked for (the seed's form has none). Word and
    Excel still come out without the chart when Chromium is missing; a PDF cannot, as Chromium prints it."""
    made, failed = render_reports(report, (fmt,), chart=chart)
    if fmt in failed:
        raise failed[fmt]
    return made[fmt]


def render_reports(
    report: Report, formats: tuple[str, ...] = FORMATS, *, chart: bool = False
) -> tuple[dict[str, ReportFile], dict[str, ImagesUnavailable]]:
    """Several formats sharing one chart picture (drawing it is the slow part); a format that cannot be
    made is reported in the second dict instead of stopping the others."""
    unknown = [f for f in formats if f not in _WRITERS]
    if unknown:
        raise ValueError(f"unknown report format {unknown[0]!r}; use one of {FORMATS}")
    png: bytes | None = None
    chart_failed: ImagesUnavailable | None = None
    if chart:
        try:
            png = chart_png(report)
        except ImagesUnavailable as exc:
            chart_failed = exc
    made: dict[str, ReportFile] = {}
    failed: dict[str, ImagesUnavailable] = {}
    for fmt in formats:
        try:  # a PDF is still tried without the chart: kaleido can fail where printing works
            data = _writer(fmt)(report, png)
        except ImagesUnavailable as exc:
            failed[fmt] = exc
            continue
        made[fmt] = ReportFile(file_name(report, fmt), data, MIME[fmt], chart_failed is not None)
    return made, failed
