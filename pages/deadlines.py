"""กำหนดส่ง: a timeline of every deadline (Buddhist-era axis, fiscal quarters, the as-of line) and a table."""

import streamlit as st

from ita_core import charts, views
from ita_ui import downloads, figures, layout
from ita_ui.i18n import text

ctx = layout.open_page("page_deadlines")
lang, data = ctx.lang, ctx.data

layout.stop_unless(data.deadlines, "no_deadlines", lang)

st.subheader(text("timeline", lang))
aggregated = len(data.deadlines) > charts.MAX_TIMELINE_POINTS
st.caption(text("timeline_aggregated" if aggregated else "timeline_note", lang))
downloads.chart(figures.timeline(ctx), "timeline", "deadlines", lang)

st.subheader(text("all_deadlines", lang))
layout.table(views.deadlines_table(data.deadlines, data.plan, lang), lang)
