"""กำหนดส่ง: a timeline of every deadline (Buddhist-era axis, fiscal quarters, the as-of line) and a table."""

import streamlit as st

from ita_core import charts
from ita_ui import downloads, figures, layout, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_deadlines")
lang, data = ctx.lang, ctx.data

layout.stop_unless(data.deadlines, "no_deadlines", lang)

st.header(text("timeline", lang))
aggregated = len(data.deadlines) > charts.MAX_TIMELINE_POINTS
st.caption(text("timeline_aggregated" if aggregated else "timeline_note", lang))
downloads.chart(figures.timeline(ctx), "timeline", "deadlines", lang)

st.header(text("all_deadlines", lang))
table, phone = source.deadline_rows(ctx.current, data.as_of, lang)  # laid out once per snapshot and date
widgets.table(table, lang, ctx.view, narrow=("deadlines", phone))
st.caption(text("group_projection_note", lang))
