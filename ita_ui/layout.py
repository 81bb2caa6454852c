"""What every page shares: navigation, loading the data, the header, errors, live refresh.

The CSS here is static text written by us; no workbook or user text is ever
passed to ``unsafe_allow_html``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from ita_core.labels import Lang, activity_label, date_label
from ita_core.problems import Problem
from ita_core.views import ActivityDetail, Dashboard, activity_state
from ita_ui import session, source
from ita_ui.i18n import text

# Open pages notice new data within this (well under a minute); ITA_WATCH_SECONDS overrides it.
WATCH_EVERY = timedelta(seconds=float(os.environ.get("ITA_WATCH_SECONDS", "20")))
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
STATIC_PLOTLY = {"displayModeBar": False, "responsive": True}  # slides: nothing to click on a projector
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def plain(value: str) -> str:
    """Workbook text made inert for ``st.markdown``: no links, emphasis, HTML or maths from a cell."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", value)


@dataclass(frozen=True)
class NavPage:
    path: str
    key: str  # i18n key of its title
    url_path: str
    icon: str


NAV: tuple[NavPage, ...] = (
    NavPage("pages/overview.py", "page_overview", "overview", ":material/dashboard:"),
    NavPage("pages/measures.py", "page_measures", "measures", ":material/checklist:"),
    NavPage("pages/deadlines.py", "page_deadlines", "deadlines", ":material/event:"),
    NavPage("pages/participation.py", "page_participation", "participation", ":material/groups:"),
    NavPage("pages/present.py", "page_present", "present", ":material/slideshow:"),
)


def pages(lang: Lang) -> list[st.Page]:
    return [
        st.Page(p.path, title=text(p.key, lang), url_path=p.url_path, icon=p.icon, default=i == 0)
        for i, p in enumerate(NAV)
    ]


def sidebar_navigation(lang: Lang) -> None:
    with st.sidebar:
        st.markdown(f"### {text('app_title', lang)}")
        for page in NAV:
            st.page_link(page.path, label=text(page.key, lang), icon=page.icon)
        st.divider()
        session.language_toggle()


def link(path: str, lang: Lang) -> None:
    """A "details" link from a card to the page that explains it."""
    st.page_link(path, label=text("details", lang), icon=":material/arrow_forward:")


def show_problems(problems: tuple[Problem, ...], lang: Lang) -> None:
    """The workbook's problems as a table: sheet, cell, value, what to fix."""
    frame = pd.DataFrame(
        {
            text("problem_sheet", lang): [p.sheet for p in problems],
            text("problem_cell", lang): [p.cell or "" for p in problems],
            text("problem_value", lang): [p.shown_value for p in problems],
            text("problem_fix", lang): [p.th if lang == "th" else p.en for p in problems],
        }
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def activity_panel(detail: ActivityDetail, lang: Lang) -> None:
    """Every field of one activity; workbook text goes through ``plain`` so it is shown, never interpreted."""
    act = detail.activity
    with st.container(border=True):
        st.markdown(f"**{plain(act.activity_id)} {plain(act.name)}**")
        st.caption(activity_label(activity_state(act), lang))
        for label, value in detail.fields:
            st.markdown(f"**{plain(label)}**  \n" + "  \n".join(plain(line) for line in value.splitlines()))


@dataclass(frozen=True)
class PageContext:
    lang: Lang
    data: Dashboard


def _unavailable(lang: Lang) -> None:
    """Say why there is nothing to show, then stop the page (never a traceback)."""
    ident = source.source_id()
    st.title(text("app_title", lang))
    if ident is None:
        st.error(text("data_missing", lang, path=source.workbook_path()))
        st.stop()
    loaded = source.load(ident)
    st.error(text("data_error_title", lang))
    if loaded.rejected is not None:
        st.write(loaded.rejected.th if lang == "th" else loaded.rejected.en)
    elif loaded.result is not None:
        show_problems(loaded.result.errors, lang)
    watch_data(ident)
    st.stop()


def _ensure_navigation() -> None:
    """Make sure ``dashboard.py`` and its ``st.navigation`` run before any page.

    Streamlit treats a folder named ``pages/`` as the old multipage layout until the first
    ``st.navigation`` call of the server process switches that off (streamlit/commands/navigation.py
    sets ``PagesManager.uses_pages_directory = False``). If the very first request after a start
    is a sub-page URL, the page would run alone, without our sidebar; switch the old layout off
    and rerun, which goes through ``dashboard.py`` and lands on the same page.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def page_context(*, sidebar: bool = True) -> PageContext:
    """Load the current data for this viewer's language and date, or explain why not and stop."""
    _ensure_navigation()
    lang = session.language()
    ident = source.source_id()
    loaded = source.load(ident) if ident is not None else None
    if ident is None or loaded is None or loaded.result is None or loaded.result.plan is None:
        _unavailable(lang)
        raise AssertionError("unreachable: _unavailable stops the page")
    plan = loaded.result.plan
    default = plan.effective_as_of(date.today())
    as_of = session.as_of_picker(default, lang) if sidebar else session.chosen_as_of(default)
    if sidebar:
        watch_data(ident)
    return PageContext(lang, source.dashboard_for(ident, as_of))


def open_page(title_key: str) -> PageContext:
    """The start of every dashboard page: its data, then its title and the unit / year / as-of line."""
    ctx = page_context()
    header(ctx, title_key)
    return ctx


def stop_unless(present: object, message_key: str, lang: Lang) -> None:
    """End the page with a plain message when there is nothing to draw (no deadlines, no participation)."""
    if not present:
        st.info(text(message_key, lang))
        st.stop()


def header(ctx: PageContext, title_key: str) -> None:
    plan = ctx.data.plan
    st.title(text(title_key, ctx.lang))
    parts = [plan.unit] if plan.unit else []
    if plan.fiscal_year_be:
        parts.append(f"{text('fiscal_year', ctx.lang)} {plan.fiscal_year_be}")
    parts.append(f"{text('as_of', ctx.lang)} {date_label(ctx.data.as_of, ctx.lang, 'long')}")
    st.caption(" · ".join(parts))


@st.fragment(run_every=WATCH_EVERY)
def watch_data(rendered: source.SourceId | None) -> None:
    """Rerun the page when the workbook behind it changes, so a screen left open stays live."""
    if source.source_id() != rendered:
        st.rerun()
