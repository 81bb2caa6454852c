"""เปรียบเทียบหน่วยงาน: the units of one fiscal year ranked by completion, overdue deadlines and participation;
and the viewed unit's fiscal years side by side at the same point of each year."""

import pandas as pd
import streamlit as st

from ita_core import charts, metrics, views, yearly
from ita_core.errors import StoreUnavailable
from ita_ui import downloads, figures, layout, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_compare")
lang = ctx.lang
streams = source.streams()
years = sorted({s.fiscal_year_be for s in streams}, reverse=True)
year = st.selectbox(
    text("compare_year", lang), years, index=years.index(ctx.current.stream.fiscal_year_be), key="compare_year"
)
units = [s for s in streams if s.fiscal_year_be == year]
try:
    plans = [source.plan(s.latest_id) for s in units]  # cached per snapshot
except StoreUnavailable:
    layout.store_down(lang)
standings = metrics.compare_units(plans, ctx.data.as_of)
if len(units) < 2:
    st.info(text("compare_one_unit", lang))
ranked = views.standings_table(standings)
phone = views.narrow_items(
    ranked, ["rank", "unit"], ["completed_pct", "activities", "overdue", "due_soon", "participation_met"], lang
)
widgets.table(ranked, lang, narrow=("standings", phone))
downloads.chart(charts.units_chart(standings, lang), "units", "units", lang)

st.header(text("compare_years", lang, unit=widgets.plain(ctx.current.stream.unit)))
try:
    points = source.year_points(ctx.current.stream.unit, ctx.data.as_of)
except StoreUnavailable:
    points = []
if len(points) < 2:
    st.info(text("compare_years_one", lang))
else:
    st.caption(text("compare_years_note", lang))
    names = views.measure_names(ctx.data.plan, lang)
    st.table(pd.DataFrame(yearly.years_table(points, names, lang)), hide_index=True, border="horizontal")
    if (chart := figures.years(ctx)) is not None:
        downloads.chart(chart, "years", "fiscal-years", lang)
