"""Download buttons: charts as PNG, the report form, the calendar and the data exports.

Files that are cheap or rarely wanted are made only when clicked (a callable
``data``; Streamlit runs it outside the script, so it must not call ``st``).
Reports take seconds (Chromium draws the chart and prints the PDF), so they
are made on an explicit button with a spinner, cached per snapshot and
options, and any failure is shown in Thai rather than as a broken download.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import plotly.graph_objects as go
import streamlit as st

from ita_core import chart_text
from ita_core.labels import Lang
from ita_core.report import exports, images
from ita_core.report.content import build_report, report_round
from ita_core.report.files import MIME, ReportFile, render_reports
from ita_core.text import Text
from ita_ui import source, widgets
from ita_ui.i18n import text


def _chromium_present() -> bool:
    try:
        images.chromium()
    except images.ImagesUnavailable:
        return False
    return True


def _png_maker(figure: go.Figure) -> Callable[[], bytes]:
    height = int(figure.layout.height or 450)
    return lambda: images.figure_png(figure, width=1200, height=height)


def chart(figure: go.Figure, key: str, file_stem: str, lang: Lang) -> None:
    """A chart with a button that downloads it as PNG, drawn on the server so the Thai is intact."""
    st.plotly_chart(figure, config=widgets.PLOTLY_CONFIG, theme=None, key=key)
    if alt := chart_text.alt_of(figure):
        st.caption(widgets.plain(alt))  # the chart in a sentence: its text alternative
    if _chromium_present():
        st.download_button(
            text("chart_png", lang),
            _png_maker(figure),
            file_name=f"{file_stem}.png",
            mime=MIME["png"],
            on_click="ignore",
            icon=":material/image:",
            key=f"{key}_png",
        )


@st.cache_data(max_entries=16, show_spinner=False)
def report_files(
    url: str,
    snapshot_id: int,
    round_key: str,
    as_of: date,
    thai_digits: bool,
    include_unreported: bool,
    count_by: str,
    chart: bool,
) -> tuple[dict[str, ReportFile], dict[str, Text]]:
    """All three formats of one report; failures as (Thai, English) messages so the result can be cached."""
    plan = source.plan(snapshot_id)
    round_ = report_round(round_key, plan.fiscal_year_be, as_of)
    report = build_report(
        plan, round_, thai_digits=thai_digits, include_unreported=include_unreported, count_by=count_by
    )
    made, failed = render_reports(report, chart=chart)
    return made, {fmt: exc.text for fmt, exc in failed.items()}


def file_button(made: ReportFile, label: str, key: str) -> None:
    st.download_button(
        f"{label} ({len(made.data) / 1024:.0f} KB)",
        made.data,
        file_name=made.name,
        mime=made.mime,
        on_click="ignore",
        icon=":material/download:",
        key=key,
        width="stretch",
    )


def export_buttons(snapshot_id: int, as_of: date, lang: Lang) -> None:
    """The calendar, the contract workbook and CSV of the current data, each made on click."""
    plan = source.plan(snapshot_id)
    calendar_col, xlsx_col = st.columns(2)
    with calendar_col:
        st.markdown(f"**{text('export_calendar', lang)}**")
        st.caption(text("export_calendar_note", lang))
        st.download_button(
            text("export_calendar_button", lang, count=len(plan.deadlines)),
            lambda: exports.deadlines_ics(plan, as_of),
            file_name=exports.export_name(plan, "deadlines", "ics"),
            mime=MIME["ics"],
            on_click="ignore",
            icon=":material/calendar_month:",
            key="export_ics",
            disabled=not plan.deadlines,
        )
    with xlsx_col:
        st.markdown(f"**{text('export_data', lang)}**")
        st.caption(text("export_data_note", lang))
        st.download_button(
            text("export_xlsx_button", lang),
            lambda: exports.data_xlsx(plan),
            file_name=exports.export_name(plan, "data", "xlsx"),
            mime=MIME["xlsx"],
            on_click="ignore",
            icon=":material/table_view:",
            key="export_xlsx",
        )
        sheets = {s.key: s.th for s in exports.CSV_SHEETS}
        sheet = st.selectbox(
            text("export_csv_sheet", lang), list(sheets), format_func=sheets.__getitem__, key="export_csv_sheet"
        )
        st.download_button(
            text("export_csv_button", lang),
            lambda: exports.data_csv(plan, sheet),
            file_name=exports.export_name(plan, sheet, "csv"),
            mime=MIME["csv"],
            on_click="ignore",
            icon=":material/description:",
            key="export_csv",
        )
