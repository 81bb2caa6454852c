"""การมีส่วนร่วม: participation per activity and work group against its target, and the rows that fall short."""

import streamlit as st

from ita_core import charts, views
from ita_ui import downloads, figures, layout, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_participation")
lang, data = ctx.lang, ctx.data

layout.stop_unless(data.participation, "no_participation", lang)

if len(data.participation) > charts.MAX_PARTICIPATION_BARS:
    st.caption(text("participation_aggregated", lang))
downloads.chart(figures.participation(ctx), "participation", "participation", lang)

st.header(text("short_rows", lang))
short = [r for r in data.participation if r.met is False]
if short:
    widgets.table(views.participation_table(short, data.plan, lang), lang)
else:
    st.success(text("none_short", lang))

st.header(text("all_participation", lang))
widgets.table(views.participation_table(data.participation, data.plan, lang), lang)
