"""ภาพรวมส่วนราชการ (/compare): every unit of a fiscal year in one table with the agency's totals, each
unit a link to its overview; then the viewed unit's fiscal years side by side at the same point of each year.
It was "compare units": the ranking is kept, and the address too, so bookmarks still open it."""

import pandas as pd
import streamlit as st

from ita_core import charts, views, yearly
from ita_core.agency import QUIET_DAYS
from ita_core.errors import StoreUnavailable
from ita_core.labels import date_label
from ita_ui import downloads, figures, layout, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_compare")
lang = ctx.lang
streams = source.seen(list(ctx.current.available), ctx.may_see)
years = sorted({s.fiscal_year_be for s in streams}, reverse=True)
year = st.selectbox(
    text("compare_year", lang), years, index=years.index(ctx.current.stream.fiscal_year_be), key="compare_year"
)
try:
    rolled = source.agency(year, ctx.data.as_of, ctx.may_see)  # cached until the next publish in the year
except StoreUnavailable:
    layout.store_down(lang)
st.caption(text("agency_units", lang, year=year, day=date_label(ctx.data.as_of, lang)))
table = views.agency_table(rolled, ctx.view, lang)
phone = views.narrow_items(
    table, ["rank", "unit"], ["completed_pct", "activities", "overdue", "due_soon", "participation", "flag"], lang
)
widgets.table(table, lang, narrow=("agency", phone), link=("unit", "open"))
st.markdown(text("agency_footnotes", lang, days=QUIET_DAYS))
if summaries := rolled.summaries():
    downloads.chart(charts.units_chart(summaries, lang), "units", "units", lang)
else:
    st.info(text("agency_no_units", lang))

st.header(text("compare_years", lang, unit=widgets.plain(ctx.current.stream.unit)))
try:
    points = source.year_points(ctx.current, ctx.data.as_of)
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
