"""Where the dashboard's data comes from: the latest snapshot of the chosen unit and year in the store.

Everything is cached on the snapshot's id, which never changes meaning (a
snapshot is immutable): a new publish is a new id, the cache misses once, and
every open page picks it up (see ``layout.watch_data``). Only the current
snapshot's plan is ever loaded to draw a page.

When the database cannot be reached, the last snapshot this process found for
a view is still known, and its plan is still in the cache: pages go on
showing it, marked ``offline``, until the store answers again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
import streamlit as st

from ita_core import clock, groups, views
from ita_core.address import View
from ita_core.agency import Rollup
from ita_core.errors import StoreUnavailable
from ita_core.groups import GroupWork
from ita_core.labels import Lang
from ita_core.model import Plan
from ita_core.problems import WorkbookRejected
from ita_core.projection import Point
from ita_core.settings import settings
from ita_core.store.news import News
from ita_core.store.rollups import read_rollup
from ita_core.store.snapshots import SnapshotInfo, Store, Stream
from ita_core.store.units import Organisation, UnitRecord, Units
from ita_core.views import Dashboard, dashboard
from ita_core.workbook.ingest import ReadResult
from ita_core.yearly import Dated, YearPoint, compare_years, default_year


def database_url() -> str:
    return settings().database_url


def seed_workbook() -> Path:
    """The workbook an empty store starts from: ``ITA_WORKBOOK`` if set, else the shipped FY2566 plan."""
    return settings().workbook


@dataclass(frozen=True)
class Opened:
    store: Store
    seed: ReadResult | None  # what seeding an empty store found, if it tried
    seed_rejected: WorkbookRejected | None = None


@cache
def _open(url: str, seed: str) -> Opened:
    """One store per database for the whole process, shared by pages and by the HTTP routes."""
    store = Store(url, upgrade=settings().db_auto_upgrade)  # SchemaBehind is not cached: retried next time
    try:
        return Opened(store, store.seed(Path(seed)))
    except WorkbookRejected as exc:  # an unreadable seed file: say so on every page
        return Opened(store, None, exc)


def opened() -> Opened:
    return _open(database_url(), str(seed_workbook()))


def store() -> Store:
    return opened().store


_NEWS: dict[str, News] = {}  # one listener per database, for the life of the process
_NEWS_LOCK = threading.Lock()


def _news() -> News:
    url = database_url()
    with _NEWS_LOCK:
        if url not in _NEWS:
            _NEWS[url] = News(url)
        return _NEWS[url]


def on_news(listener: Callable[[], None]) -> None:
    """Call ``listener`` in the listening thread whenever this process hears of a publish."""
    _news().subscribe(listener)


def stop_news() -> None:
    """Stop every listener (a test process opens a database per test; a server never needs this)."""
    with _NEWS_LOCK:
        while _NEWS:
            _NEWS.popitem()[1].close()


@dataclass(frozen=True)
class Current:
    """The snapshot a page shows; ``offline`` says the store could not be asked just now."""

    url: str
    snapshot_id: int
    stream: Stream
    offline: StoreUnavailable | None = None
    # Every unit and year the store held when this was found: the rest of the run (the unit picker, the
    # years compared) uses this list rather than asking the store again.
    available: tuple[Stream, ...] = ()


_LAST_CURRENT: dict[tuple[str, str | None, int | None], Current] = {}
_LAST_STREAMS: dict[str, list[Stream]] = {}


def streams() -> list[Stream]:
    """Every unit and year in the store, or the last list this process saw while the store is down."""
    url = database_url()
    try:
        found = store().streams()
    except StoreUnavailable:
        if url in _LAST_STREAMS:
            return _LAST_STREAMS[url]
        raise
    _LAST_STREAMS[url] = found
    return found


def chosen_stream(available: list[Stream], view: View, today: date | None = None) -> Stream | None:
    """The unit and year the address asks for; a part it leaves out, or names but is not held, is the
    default: the unit published last, in its ``yearly.default_year``. A year prepared ahead is reachable
    meanwhile by its link (``?fy=2571``) and the year picker."""
    if not available:
        return None
    held = {s.unit for s in available}
    unit = view.unit if view.unit in held else available[0].unit
    years = {s.fiscal_year_be: s for s in available if s.unit == unit}
    year = view.fiscal_year_be if view.fiscal_year_be in years else default_year(list(years), today or clock.today())
    return years[year]


def current(view: View, may_see: Callable[[str], bool] | None = None) -> Current | None:
    """The latest snapshot of the viewed stream; one small query, made on every run. ``may_see``: the units
    this viewer may see (``layout.may_see``: with ITA_REQUIRE_LOGIN, those of its roles); others are as
    if not in the store.

    While the store is down: the last snapshot found for this view, marked offline, or
    ``StoreUnavailable`` if this process never found one.
    """
    url = database_url()
    key = (url, view.unit, view.fiscal_year_be)
    try:
        available = store().streams()
    except StoreUnavailable as exc:
        known = _LAST_CURRENT.get(key)
        if known is None or (may_see is not None and not may_see(known.stream.unit)):
            raise
        return replace(known, offline=exc)
    _LAST_STREAMS[url] = available
    stream = chosen_stream(seen(available, may_see), view)
    if stream is None:
        return None
    found = Current(url, stream.latest_id, stream, available=tuple(available))
    _LAST_CURRENT[key] = found
    return found


def seen(available: list[Stream], may_see: Callable[[str], bool] | None) -> list[Stream]:
    return available if may_see is None else [s for s in available if may_see(s.unit)]


@st.cache_resource(max_entries=8, show_spinner=False)
def _rollup(
    url: str, fiscal_year_be: int, latest: tuple[int, ...], units: tuple[UnitRecord, ...], as_of: date, only: bool
) -> Rollup:
    # Keyed on the year's latest snapshot ids and the registered units: a publish, a new unit or a rename
    # makes a new key, once.
    return read_rollup(_open_store(url), fiscal_year_be, as_of, units, only)


def organisation() -> Organisation:
    return Units(store().engine).organisation()


def agency(fiscal_year_be: int, as_of: date, may_see: Callable[[str], bool] | None = None) -> Rollup:
    """Every unit of a year rolled up as of ``as_of`` (``ita_core.agency``), computed once per publish;
    with ``may_see``, only the units this viewer may see, and totals over those."""
    latest = tuple(sorted(s.latest_id for s in streams() if s.fiscal_year_be == fiscal_year_be))
    units = organisation().units
    if may_see is not None:
        units = tuple(u for u in units if may_see(u.name))
    return _rollup(database_url(), fiscal_year_be, latest, units, as_of, may_see is not None)


def reachable() -> bool:
    """Does the store answer now? (The live-refresh fragment asks, while a page shows old figures.)"""
    try:
        store().ping()
    except StoreUnavailable:
        return False
    return True


@st.cache_resource(max_entries=16, show_spinner=False)
def _plan(url: str, snapshot_id: int) -> Plan:
    return _open_store(url).plan(snapshot_id)


def _open_store(url: str) -> Store:
    return _open(url, str(seed_workbook())).store


def plan(snapshot_id: int) -> Plan:
    """A snapshot's plan, parsed once per process and shared by every session (it is immutable)."""
    return _plan(database_url(), snapshot_id)


@st.cache_resource(max_entries=64, show_spinner=False)
def _dashboard(url: str, snapshot_id: int, as_of: date) -> Dashboard:
    return dashboard(_plan(url, snapshot_id), as_of)


def dashboard_for(snapshot_id: int, as_of: date) -> Dashboard:
    """Metrics for one snapshot and one date, computed once for all sessions."""
    return _dashboard(database_url(), snapshot_id, as_of)


@st.cache_resource(max_entries=16, show_spinner=False)
def _history(url: str, unit: str, fiscal_year_be: int, latest_id: int) -> list[SnapshotInfo]:
    # Keyed on the latest id: the list only changes when something new is published.
    return _open_store(url).history(unit, fiscal_year_be)


def revisions(unit: str, fiscal_year_be: int, latest_id: int) -> list[SnapshotInfo]:
    """The revisions of a unit and year up to ``latest_id`` (metadata and summaries only), newest first."""
    return _history(database_url(), unit, fiscal_year_be, latest_id)


def history(current: Current) -> list[SnapshotInfo]:
    return revisions(current.stream.unit, current.stream.fiscal_year_be, current.snapshot_id)


@st.cache_resource(max_entries=16, show_spinner=False)
def _progress(
    url: str, unit: str, fiscal_year_be: int, latest_id: int
) -> tuple[dict[str, list[Point]], dict[str, date]]:
    # Keyed on the latest id: recomputed once per publish, for every session.
    return _open_store(url).progress_history(unit, fiscal_year_be)


@st.cache_resource(max_entries=64, show_spinner=False)
def _group_work(
    url: str, unit: str, fiscal_year_be: int, snapshot_id: int, group: str | None, as_of: date
) -> GroupWork:
    # A snapshot never changes: its work at a date is computed once for every session (the overview, the
    # deadlines page and a group's page ask for it on every run).
    points, updates = _progress(url, unit, fiscal_year_be, snapshot_id)
    return _work_of(_plan(url, snapshot_id), group, as_of, updates, points)


def _work_of(
    shown: Plan, group: str | None, as_of: date, updates: dict[str, date], points: dict[str, list[Point]]
) -> GroupWork:
    if group is None:
        return groups.plan_work(shown, as_of, updates, points)
    return groups.group_work(shown, group, as_of, updates, points)


def group_work(current: Current, group: str | None, as_of: date) -> GroupWork:
    """A group's share of the current snapshot at ``as_of`` (``None``: the whole plan), with outlooks from
    the stream's history. While the store is down, without history (the figures are still shown)."""
    stream = current.stream
    try:
        return _group_work(database_url(), stream.unit, stream.fiscal_year_be, current.snapshot_id, group, as_of)
    except StoreUnavailable:
        return _work_of(plan(current.snapshot_id), group, as_of, {}, {})


_DEADLINE_TITLE, _DEADLINE_LINE = ("due", "status"), ("activity_id", "name", "item", "responsible", "last_report")


def _deadline_rows(shown: Dashboard, work: GroupWork, lang: Lang) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    table = views.deadlines_table(shown.deadlines, shown.plan, lang, work)
    return table, views.narrow_items(table, _DEADLINE_TITLE, _DEADLINE_LINE, lang)


@st.cache_resource(max_entries=8, show_spinner=False)
def _cached_deadline_rows(
    url: str, unit: str, fiscal_year_be: int, snapshot_id: int, as_of: date, lang: Lang
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    # Every deadline of a snapshot at a date, as the table and the phone's list: 10,000 rows cost a few
    # tenths of a second to lay out, once for every session rather than on every run.
    work = _group_work(url, unit, fiscal_year_be, snapshot_id, None, as_of)
    return _deadline_rows(_dashboard(url, snapshot_id, as_of), work, lang)


def deadline_rows(current: Current, as_of: date, lang: Lang) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """The deadlines page's table and phone list (``views.deadlines_table``, ``views.narrow_items``).
    The table is shared: callers copy before changing it (``widgets.table`` does)."""
    stream = current.stream
    try:
        return _cached_deadline_rows(
            database_url(), stream.unit, stream.fiscal_year_be, current.snapshot_id, as_of, lang
        )
    except StoreUnavailable:  # no history for the outlooks while the store is down: not kept
        return _deadline_rows(dashboard_for(current.snapshot_id, as_of), group_work(current, None, as_of), lang)


MeasureRows = dict[int, tuple[pd.DataFrame, list[tuple[str, str]]]]
_ACTIVITY_TITLE, _ACTIVITY_LINE = ("activity_id", "name"), ("state", "progress", "responsible", "deadlines")


@st.cache_resource(max_entries=8, show_spinner=False)  # a 10,000-row layout is megabytes: keep a few
def _measure_rows(url: str, snapshot_id: int, as_of: date, lang: Lang, chosen: views.ActivityFilter) -> MeasureRows:
    # Each measure's table and phone list for one choice of filters: laid out once for every session.
    shown = _dashboard(url, snapshot_id, as_of)
    rows = views.filter_activities(shown.plan, chosen)
    found: MeasureRows = {}
    for measure in shown.plan.measures:
        mine = [a for a in rows if a.measure == measure.number]
        if mine:
            table = views.activities_table(mine, shown.deadlines, lang)
            found[measure.number] = (table, views.narrow_items(table, _ACTIVITY_TITLE, _ACTIVITY_LINE, lang))
    return found


def measure_rows(snapshot_id: int, as_of: date, lang: Lang, chosen: views.ActivityFilter) -> MeasureRows:
    """The measures page's tables and phone lists, by measure, for the activities ``chosen`` keeps
    (``views.activities_table``, ``views.narrow_items``); shared: callers copy before changing a table."""
    return _measure_rows(database_url(), snapshot_id, as_of, lang, chosen)


def unit_years(current: Current) -> list[Stream]:
    """The fiscal years the store holds for the unit shown (its streams), oldest first, as found with it."""
    unit = current.stream.unit
    return sorted((s for s in current.available if s.unit == unit), key=lambda s: s.fiscal_year_be)


@st.cache_resource(max_entries=32, show_spinner=False)
def _year_points(
    url: str, unit: str, latest_ids: tuple[tuple[int, int], ...], day: date, viewed: int
) -> list[YearPoint]:
    # Keyed on every year's latest snapshot: a publish in any year recomputes it, once for all sessions.
    dated = {
        year: [Dated(info.id, info.data_day) for info in _history(url, unit, year, latest)]
        for year, latest in latest_ids
    }
    return compare_years(dated, day, lambda snapshot_id: _plan(url, snapshot_id), viewed_year=viewed)


def year_points(current: Current, day: date) -> list[YearPoint]:
    """The shown unit's fiscal years side by side at the point of the year ``day`` is
    (``yearly.compare_years``)."""
    years = unit_years(current)
    latest = tuple((s.fiscal_year_be, s.latest_id) for s in years)
    return _year_points(current.url, current.stream.unit, latest, day, current.stream.fiscal_year_be)
