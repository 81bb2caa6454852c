"""What every page shares: navigation, loading the data, the header, errors, live refresh.

The CSS here is static text written by us; no workbook or user text is ever
passed to ``unsafe_allow_html``.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from ita_core import group_tables, views
from ita_core.address import View
from ita_core.errors import StoreUnavailable
from ita_core.labels import Lang, activity_label, date_label, dates_line
from ita_core.problems import Omitted, Problem
from ita_core.settings import settings
from ita_core.store.accounts import Account
from ita_core.store.roles import Role, role_label
from ita_core.text import Text
from ita_core.views import ActivityDetail, Dashboard, activity_state
from ita_ui import auth, signin, source, view_state
from ita_ui.i18n import Key, text


def watch_every() -> timedelta:
    """Open pages notice new data within this (well under a minute); ITA_WATCH_SECONDS overrides it."""
    return timedelta(seconds=settings().watch_seconds)


# No toolbar: it sat on the legends and speaks English only; each chart has its PNG button and sentence.
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False, "responsive": True}
STATIC_PLOTLY = {"displayModeBar": False, "responsive": True}  # slides: nothing to click on a projector
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")
# GitHub-flavoured Markdown turns a bare address into a link even with its punctuation escaped; an
# invisible word joiner (U+2060) inside "://", "www." and "@" stops it, and shows nothing.
_AUTOLINK = re.compile(r"://|(?i:www)\\?\.|@")


def plain(value: str) -> str:
    """Workbook text made inert for ``st.markdown``: no links, images, emphasis, HTML or maths from a cell."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", value)
    return _AUTOLINK.sub(lambda m: m[0][0] + "\u2060" + m[0][1:], escaped)


@dataclass(frozen=True)
class NavPage:
    path: str
    key: Key  # i18n key of its title
    url_path: str
    icon: str
    needs: Role | None = None  # the least role that sees the page; None: anyone who may view


NAV: tuple[NavPage, ...] = (
    NavPage("pages/overview.py", "page_overview", "overview", ":material/dashboard:"),
    NavPage("pages/measures.py", "page_measures", "measures", ":material/checklist:"),
    NavPage("pages/deadlines.py", "page_deadlines", "deadlines", ":material/event:"),
    NavPage("pages/participation.py", "page_participation", "participation", ":material/groups:"),
    NavPage("pages/group.py", "page_group", "group", ":material/assignment_ind:"),
    NavPage("pages/compare.py", "page_compare", "compare", ":material/leaderboard:"),
    NavPage("pages/history.py", "page_history", "history", ":material/history:"),
    NavPage("pages/reports.py", "page_reports", "reports", ":material/description:"),
    NavPage("pages/upload.py", "page_upload", "upload", ":material/upload_file:", Role.EDITOR),
    NavPage("pages/admin.py", "page_admin", "admin", ":material/manage_accounts:", Role.ADMIN),
    NavPage("pages/present.py", "page_present", "present", ":material/slideshow:"),
)
ACCOUNT = NavPage("pages/account.py", "page_account", "account", ":material/account_circle:")


def allowed(page: NavPage, user: Account | None) -> bool:
    if page is ACCOUNT:
        return True  # where anyone signs in
    if auth.login_required() and user is None:
        return False
    if page.needs is None:
        return True
    return user is not None and user.role.rank >= page.needs.rank


def visible(user: Account | None) -> list[NavPage]:
    """The pages listed in this viewer's sidebar: the ones they may open."""
    return [p for p in NAV if allowed(p, user)]


ALL_PAGES = (*NAV, ACCOUNT)


def pages(lang: Lang) -> list[st.Page]:
    """Every page is registered for everyone, so any address resolves: a page the viewer may not
    open shows the sign-in form (or says which role it needs) instead of a "page not found"."""
    return [
        st.Page(p.path, title=text(p.key, lang), url_path=p.url_path, icon=p.icon, default=i == 0)
        for i, p in enumerate(ALL_PAGES)
    ]


def nav_page(url_path: str) -> NavPage:
    return next((p for p in ALL_PAGES if p.url_path == url_path), NAV[0])


def page_address(page: NavPage) -> str:
    """This page's address with everything the current address asks for (to come back after signing in)."""
    return signin.local_address("" if page is NAV[0] else page.url_path, st.query_params.to_dict())


def sidebar_navigation(shown: list[NavPage], user: Account | None, view: View, here: NavPage) -> None:
    lang, query = view.lang, view.query()
    with st.sidebar:
        st.markdown(f"**{text('app_title', lang)}**")  # the app's name, not a heading: each page's title is its h1
        for page in shown:
            st.page_link(page.path, label=text(page.key, lang), icon=page.icon, query_params=query)
        st.divider()
        if user is not None:
            role = role_label(user.role, lang)
            st.caption(f"{text('signed_in_as', lang)} {plain(user.username)} ({role})")
            st.page_link(ACCOUNT.path, label=text("page_account", lang), icon=ACCOUNT.icon, query_params=query)
            signin.sign_out_button(lang, signin.local_address("", query))
        else:
            if auth.session_just_ended():
                st.warning(text("session_ended", lang), icon=":material/lock_clock:")
            back = {} if here is ACCOUNT else {"next": page_address(here)}
            st.page_link(ACCOUNT.path, label=text("sign_in", lang), icon=":material/login:", query_params=query | back)
        view_state.language_toggle(view)


def link(path: str, ctx: PageContext) -> None:
    """A "details" link from a card to the page that explains it, keeping the view."""
    st.page_link(path, label=text("details", ctx.lang), icon=":material/arrow_forward:", query_params=ctx.view.query())


_UPLOADER_CSS = (Path(__file__).parent / "uploader_th.css").read_text(encoding="utf-8")


def thai_uploader_chrome(lang: Lang, max_mb: int) -> None:
    """Streamlit writes the file uploader's button and limits in English; in the Thai interface our
    static CSS replaces them with Thai (only the size limit, an integer, is filled in)."""
    css = Text(_UPLOADER_CSS.replace("{mb}", str(int(max_mb))), "").get(lang)  # English is Streamlit's own
    if css:
        st.html("<style>" + css + "</style>")


def group_link_column(lang: Lang) -> Any:
    """The ``responsible`` column as links to each group's page, showing the cell's own text."""
    return st.column_config.LinkColumn(views.header("responsible", lang), display_text=group_tables.LINK_TEXT)


def table(
    frame: pd.DataFrame, lang: Lang, view: View | None = None, narrow: tuple[str, list[tuple[str, str]]] | None = None
) -> None:
    """A view's table (stable column keys) with its titles in ``lang``; given the ``view``, a
    ``responsible`` column links to each group's page; given ``narrow`` (a key and ``views.narrow_items``),
    a phone shows that list instead."""
    config: dict[str, Any] = {}
    if narrow is not None:
        narrow_list(narrow[1], narrow[0])
    if view is not None and "responsible" in frame:
        frame = group_tables.with_group_links(frame, view)
        config[views.header("responsible", lang)] = group_link_column(lang)
    with wide(narrow[0]) if narrow is not None else st.container():
        st.dataframe(views.labelled(frame, lang), hide_index=True, width="stretch", column_config=config)


def narrow_list(items: list[tuple[str, str]], key: str) -> None:
    """A table's rows as a list, shown instead of the table on a phone (app.css: ``st-key-narrow_``),
    so what matters is read without a sideways swipe."""
    with st.container(key=f"narrow_{key}"):
        st.markdown("\n".join(f"- **{plain(head)}**  \n{plain(line)}" for head, line in items))


def wide(key: str) -> Any:
    """The container of a table that a phone replaces with its ``narrow_list`` (app.css: ``st-key-wide_``)."""
    return st.container(key=f"wide_{key}")


def static_table(frame: pd.DataFrame, lang: Lang) -> None:
    """A short table whose long Thai names wrap instead of being cut (``st.table``). It renders
    Markdown, so every text cell goes through ``plain`` first."""
    shown = views.labelled(frame, lang)
    for column in shown.columns:
        if shown[column].dtype == object or pd.api.types.is_string_dtype(shown[column]):
            shown[column] = [plain(str(v)) if v is not None else "" for v in shown[column]]
    st.table(shown, hide_index=True, border="horizontal")


def show_problems(problems: tuple[Problem, ...] | list[Problem], lang: Lang) -> None:
    """A workbook's problems as a table: sheet, cell, value, what to fix."""
    frame = pd.DataFrame(
        {
            text("problem_sheet", lang): [p.sheet for p in problems],
            text("problem_cell", lang): [p.cell or "" for p in problems],
            text("problem_value", lang): [p.shown_value for p in problems],
            text("problem_fix", lang): [p.message(lang) for p in problems],
        }
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def show_omitted(omitted: tuple[Omitted, ...], lang: Lang) -> None:
    """Problems past each sheet's first 500, counted per column: how many, which rows, one example."""
    if not omitted:
        return
    st.caption(text("problems_omitted", lang))
    frame = pd.DataFrame(
        {
            text("problem_sheet", lang): [o.sheet for o in omitted],
            text("problem_column", lang): [o.column for o in omitted],
            text("problem_count", lang): [o.count for o in omitted],
            text("problem_rows", lang): ["" if o.first_row is None else f"{o.first_row}–{o.last_row}" for o in omitted],
            text("problem_example", lang): [o.example.message(lang) for o in omitted],
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
    view: View
    data: Dashboard
    current: source.Current

    @property
    def lang(self) -> Lang:
        return self.view.lang

    @property
    def offline(self) -> bool:
        return self.current.offline is not None


def offline_banner(ctx: PageContext) -> None:
    """Over figures this process already held, while the store cannot be asked for newer ones."""
    st.warning(
        text(
            "store_offline_banner",
            ctx.lang,
            day=date_label(ctx.data.as_of, ctx.lang, "long"),
            revision=ctx.current.stream.snapshots,
        ),
        icon=":material/cloud_off:",
    )


def store_down(lang: Lang, *, retry: bool = True) -> None:
    """A page that has nothing to show without the store: say so in Thai, retry by itself, stop.
    (Meeting mode's slides are a fragment that reruns anyway: ``retry=False`` there.)"""
    st.warning(text("store_down", lang), icon=":material/cloud_off:")
    if retry:
        watch_recovery()
    st.stop()


def _unavailable(lang: Lang) -> None:
    """Say why there is nothing to show, then stop the page (never a traceback)."""
    st.title(text("app_title", lang))
    opened = source.opened()
    if opened.seed_rejected is not None:
        st.error(text("data_error_title", lang))
        st.write(opened.seed_rejected.message(lang))
    elif opened.seed is not None and opened.seed.plan is None:
        st.error(text("data_error_title", lang))
        show_problems(opened.seed.errors, lang)
    else:
        st.info(text("no_data_yet", lang))
    watch_data(view_state.current(), None)
    st.stop()


def ensure_navigation() -> None:
    """Make sure the page runs inside our navigation, with our sidebar.

    Streamlit treats a folder named ``pages/`` as the old multipage layout until the first
    ``st.navigation`` call switches that off (streamlit/commands/navigation.py sets
    ``PagesManager.uses_pages_directory = False``). So the very first request of a freshly started
    server that asks for a sub-page URL runs that page alone, under another identity; widgets
    drawn then would lose their values on the next run. Switch the old layout off and rerun at
    once, before anyone can interact: the rerun goes through ``dashboard.py`` to the same page.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_STREAM_KEY = "stream_picker"


def _pick_stream() -> None:
    view_state.choose_stream(st.session_state[_STREAM_KEY])


def stream_picker(view: View, chosen: source.Current) -> None:
    """Choose the unit and fiscal year, when the store holds more than one."""
    available = source.streams()
    if len(available) < 2:
        return
    keys = sorted((s.unit, s.fiscal_year_be) for s in available)
    st.session_state[_STREAM_KEY] = (chosen.stream.unit, chosen.stream.fiscal_year_be)
    with st.sidebar:
        st.selectbox(
            text("unit_year", view.lang),
            keys,
            format_func=lambda key: f"{key[0]} · {text('fiscal_year', view.lang)} {key[1]}",
            key=_STREAM_KEY,
            on_change=_pick_stream,
        )


def page_context(*, sidebar: bool = True) -> PageContext:
    """Load the current data for this viewer's view of it, or explain why not and stop.

    While the store is down, the last snapshot this process found is shown, ``offline``; a live
    fragment retries and reruns the page when the store answers again.
    """
    ensure_navigation()
    view = view_state.current()
    try:
        current = source.current(view)
        if current is not None:
            plan = source.plan(current.snapshot_id)  # cached per snapshot: no query when already held
    except StoreUnavailable:
        st.title(text("app_title", view.lang))
        store_down(view.lang, retry=sidebar)
        raise AssertionError("unreachable: store_down stops the page") from None
    if current is None:
        _unavailable(view.lang)
        raise AssertionError("unreachable: _unavailable stops the page")
    if sidebar:
        stream_picker(view, current)
    default = plan.effective_as_of(date.today())
    as_of = view_state.as_of_picker(default, view) if sidebar else (view.as_of or default)
    if sidebar:
        if current.offline is None:
            watch_data(view, current.snapshot_id)
        else:
            watch_recovery()
    return PageContext(view, source.dashboard_for(current.snapshot_id, as_of), current)


def begin(title_key: Key) -> tuple[Lang, Account | None]:
    """The start of a page without dashboard data (sign-in, upload, accounts): language, user, title."""
    ensure_navigation()
    lang = view_state.language()
    st.title(text(title_key, lang))
    return lang, auth.current_user()


def open_page(title_key: Key) -> PageContext:
    """The start of every dashboard page: its data, then its title and the unit / year / as-of line."""
    ctx = page_context()
    header(ctx, title_key)
    return ctx


def stop_unless(present: object, message_key: Key, lang: Lang) -> None:
    """End the page with a plain message when there is nothing to draw (no deadlines, no participation)."""
    if not present:
        st.info(text(message_key, lang))
        st.stop()


def header(ctx: PageContext, title_key: Key) -> None:
    plan = ctx.data.plan
    st.title(text(title_key, ctx.lang))
    if ctx.offline:
        offline_banner(ctx)
    parts = [plain(plan.unit)] if plan.unit else []  # the unit's name comes from the workbook: shown as typed
    if plan.fiscal_year_be:
        parts.append(f"{text('fiscal_year', ctx.lang)} {plan.fiscal_year_be}")
    parts += dates_line(plan.as_of, ctx.data.as_of, ctx.lang)
    st.caption(" · ".join(parts))


def watch_data(view: View, rendered: int | None) -> None:
    """Rerun the page when a new snapshot is published, so a screen left open stays live; and when the
    store stops answering, so the page says so over the figures it still holds."""

    @st.fragment(run_every=watch_every())
    def watch() -> None:
        current = source.current(view)
        if (current.snapshot_id if current else None) != rendered or (current and current.offline):
            st.rerun()

    watch()


_RETRY_AT, _TRIES = "store_retry_at", "store_tries"
RECOVERY_TICK = timedelta(seconds=5)


@st.fragment(run_every=RECOVERY_TICK)
def watch_recovery() -> None:
    """While the store is down: ask again after 5, 10, then every 20 seconds, and rerun the page with
    fresh figures, without a reload, as soon as it answers."""
    state = st.session_state
    now = time.monotonic()
    if now < state.get(_RETRY_AT, 0.0):
        return
    if source.reachable():
        state.pop(_RETRY_AT, None)
        state.pop(_TRIES, None)
        st.rerun()
    tries = state.get(_TRIES, 0) + 1
    state[_TRIES] = tries
    state[_RETRY_AT] = now + min(RECOVERY_TICK.total_seconds() * 2 ** (tries - 1), watch_every().total_seconds())
