"""Where the dashboard's data comes from, cached on the data's identity.

The identity of a workbook file is its path, size and modification time: when
the working group replaces the file, the identity changes, the cache misses
once, and every open page picks up the new figures (see ``layout.watch_data``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import streamlit as st

from ita_core import ReadResult, WorkbookRejected, read_workbook
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.views import Dashboard, dashboard


@dataclass(frozen=True)
class SourceId:
    path: str
    size: int
    mtime_ns: int


def workbook_path() -> Path:
    """The workbook to show: ``ITA_WORKBOOK`` if set, else the shipped FY2566 plan."""
    return Path(os.environ.get("ITA_WORKBOOK") or SHIPPED_WORKBOOK)


def source_id() -> SourceId | None:
    path = workbook_path()
    try:
        stat = path.stat()
    except OSError:
        return None
    return SourceId(str(path), stat.st_size, stat.st_mtime_ns)


@dataclass(frozen=True)
class Loaded:
    source: SourceId
    result: ReadResult | None
    rejected: WorkbookRejected | None


@st.cache_resource(max_entries=4, show_spinner=False)
def _load(source: SourceId) -> Loaded:
    # cache_resource: the plan is immutable, so every session can share one copy without pickling.
    try:
        return Loaded(source, read_workbook(source.path), None)
    except WorkbookRejected as exc:
        return Loaded(source, None, exc)


def load(source: SourceId) -> Loaded:
    return _load(source)


@st.cache_resource(max_entries=32, show_spinner=False)
def _dashboard(source: SourceId, as_of: date) -> Dashboard:
    loaded = _load(source)
    assert loaded.result is not None and loaded.result.plan is not None
    return dashboard(loaded.result.plan, as_of)


def dashboard_for(source: SourceId, as_of: date) -> Dashboard:
    """Metrics for one data version and one date, computed once for all sessions."""
    return _dashboard(source, as_of)
