"""รายงานและส่งออกข้อมูล: the official report form for a round in Word, Excel and PDF; calendar and data exports."""

import streamlit as st

from ita_core.labels import date_label
from ita_core.report.choices import COUNT_GUIDELINES, COUNT_ROWS, ROUNDS
from ita_core.report.content import (
    build_report,
    data_date_note,
    default_round,
    guideline_rule_possible,
    preview_lines,
    report_round,
)
from ita_ui import downloads, layout, widgets
from ita_ui.i18n import Key, text

ctx = layout.open_page("page_reports")
lang, plan, as_of = ctx.lang, ctx.data.plan, ctx.data.as_of

st.header(text("report_title", lang))
st.caption(text("report_intro", lang))

keys = [*ROUNDS, "date"] if plan.fiscal_year_be else ["date"]


def round_label(key: str) -> str:
    if key == "date":
        return text("report_round_date", lang, day=date_label(as_of, lang, "long"))
    return report_round(key, plan.fiscal_year_be).label


round_col, digits_col = st.columns([3, 2])
round_key = round_col.selectbox(
    text("report_round", lang),
    keys,
    index=keys.index(default_round(plan.fiscal_year_be, plan.effective_as_of(as_of))),
    format_func=round_label,
    key="report_round",
)
thai_digits = (
    digits_col.radio(
        text("report_digits", lang),
        ["thai", "arabic"],
        format_func=lambda d: text("report_digits_thai" if d == "thai" else "report_digits_arabic", lang),
        horizontal=True,
        key="report_digits",
    )
    == "thai"
)
include_all = st.checkbox(text("report_all", lang), help=text("report_all_help", lang), key="report_all")
with_chart = st.checkbox(text("report_chart", lang), help=text("report_chart_help", lang), key="report_chart")
count_by = COUNT_ROWS
if guideline_rule_possible(plan, include_unreported=include_all):  # only where every listed row names its guideline
    by_guideline = st.checkbox(text("report_count_guidelines", lang), key="report_count_guidelines")
    count_by = COUNT_GUIDELINES if by_guideline else COUNT_ROWS

round_ = report_round(round_key, plan.fiscal_year_be, as_of)
report = build_report(plan, round_, thai_digits=thai_digits, include_unreported=include_all, count_by=count_by)
note = data_date_note(plan, round_)
if note:
    st.warning(note.get(lang), icon=":material/event_busy:")

with st.expander(text("report_preview", lang), expanded=True):
    st.caption(text("report_counts_note", lang))
    for m in report.measures:
        listed = sum(len(g.rows) for g in m.groups)
        heading, lines = preview_lines(report, m, lang)
        st.markdown(f"**{widgets.plain(heading)}**")
        st.caption(" · ".join((*lines, text("report_listed", lang, count=listed))))

request = (ctx.current.url, ctx.current.snapshot_id, round_key, as_of, thai_digits, include_all, count_by, with_chart)
if st.button(text("report_make", lang), type="primary", icon=":material/description:", key="report_make"):
    st.session_state["report_request"] = request
if st.session_state.get("report_request") == request:
    with st.spinner(text("report_making", lang)):
        made, failed = downloads.report_files(*request)
    st.success(text("report_ready", lang), icon=":material/check_circle:")
    columns = st.columns(3)
    labels: dict[str, Key] = {"docx": "report_docx", "xlsx": "report_xlsx", "pdf": "report_pdf"}
    for column, (fmt, label) in zip(columns, labels.items(), strict=True):
        with column:
            if fmt in made:
                downloads.file_button(made[fmt], text(label, lang), key=f"report_{fmt}_download")
            else:
                st.error(text("report_failed", lang, fmt=fmt.upper(), reason=failed[fmt].get(lang)))
    if any(f.chart_missing for f in made.values()):
        st.caption(text("report_no_chart", lang))

st.divider()
st.header(text("exports_title", lang))
downloads.export_buttons(ctx.current.snapshot_id, as_of, lang)
