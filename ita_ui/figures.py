"""Chart figures cached per snapshot, date and language.

Building a plotly figure costs tens of milliseconds (plotly validates every
property), more than everything else on a warm rerun; a snapshot never
changes, so each figure is built once and shared. Streamlit only reads a
figure it is given (``to_dict``/``to_json``), so sharing one object is safe.
"""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go
import streamlit as st

from ita_core import charts, metrics, views
from ita_core.charts import Style
from ita_core.errors import StoreUnavailable
from ita_core.labels import Lang
from ita_ui import source
from ita_ui.layout import PageContext


def _style(projector: bool) -> Style:
    return Style.projector() if projector else Style()


@st.cache_resource(max_entries=128, show_spinner=False)
def _completion(url: str, snapshot_id: int, as_of: date, lang: Lang, projector: bool) -> go.Figure:
    board = source.dashboard_for(snapshot_id, as_of)
    return charts.completion_chart(board.by_measure, lang, _style(projector))


@st.cache_resource(max_entries=128, show_spinner=False)
def _timeline(url: str, snapshot_id: int, as_of: date, lang: Lang) -> go.Figure:
    board = source.dashboard_for(snapshot_id, as_of)
    return charts.deadline_timeline(board.deadlines, board.plan, as_of, lang)


@st.cache_resource(max_entries=128, show_spinner=False)
def _participation(url: str, snapshot_id: int, lang: Lang, projector: bool) -> go.Figure:
    plan = source.plan(snapshot_id)  # participation does not depend on the as-of date
    ratios = metrics.participation_ratios(plan)
    return charts.participation_chart(ratios, plan, lang, _style(projector), max_bars=8 if projector else 40)


@st.cache_resource(max_entries=32, show_spinner=False)
def _trend(url: str, unit: str, fiscal_year_be: int, latest_id: int, lang: Lang) -> tuple[go.Figure, int] | None:
    points = views.trend_points(source.revisions(unit, fiscal_year_be, latest_id))
    if len(points) < 2:
        return None
    return charts.trend_chart(points[-views.TREND_REVISIONS :], lang), len(points)


def completion(ctx: PageContext, projector: bool = False) -> go.Figure:
    return _completion(ctx.current.url, ctx.current.snapshot_id, ctx.data.as_of, ctx.lang, projector)


def timeline(ctx: PageContext) -> go.Figure:
    return _timeline(ctx.current.url, ctx.current.snapshot_id, ctx.data.as_of, ctx.lang)


def participation(ctx: PageContext, projector: bool = False) -> go.Figure:
    return _participation(ctx.current.url, ctx.current.snapshot_id, ctx.lang, projector)


def trend(ctx: PageContext) -> tuple[go.Figure, int] | None:
    """Completion per measure across the latest ``views.TREND_REVISIONS`` published revisions, with how many
    there are in all; ``None`` with fewer than two (or while the store cannot be asked for them)."""
    s = ctx.current.stream
    try:
        return _trend(ctx.current.url, s.unit, s.fiscal_year_be, ctx.current.snapshot_id, ctx.lang)
    except StoreUnavailable:
        return None


def years(ctx: PageContext, projector: bool = False) -> go.Figure | None:
    """The unit's fiscal years side by side at this point of the year, or ``None`` with only one year."""
    try:
        points = source.year_points(ctx.current, ctx.data.as_of)
    except StoreUnavailable:
        return None
    if len(points) < 2:
        return None
    return charts.years_chart(points, views.measure_names(ctx.data.plan, ctx.lang), ctx.lang, _style(projector))
