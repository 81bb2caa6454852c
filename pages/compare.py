"""เปรียบเทียบหน่วยงาน: the units of one fiscal year ranked by completion, overdue deadlines and participation."""

import streamlit as st

from ita_core import charts, metrics, views
from ita_core.errors import StoreUnavailable
from ita_ui import downloads, layout, source
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
layout.table(views.standings_table(standings), lang)
downloads.chart(charts.units_chart(standings, lang), "units", "units", lang)
