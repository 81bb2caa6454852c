"""What every page does first: its data and context, the header, the store's outages, live refresh."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import streamlit as st

from ita_core import clock
from ita_core.address import View, shown_instead
from ita_core.errors import StoreUnavailable
from ita_core.labels import Lang, before_data_note, date_label, dates_line
from ita_core.model import Plan
from ita_core.settings import settings
from ita_core.store.accounts import Account
from ita_core.store.permissions import Action, allows
from ita_core.views import Dashboard
from ita_ui import auth, live, navigation, source, view_state
from ita_ui.i18n import Key, text
from ita_ui.widgets import plain, show_problems


def watch_every() -> timedelta:
    """Open pages notice new data within this (well under a minute); ITA_WATCH_SECONDS overrides it."""
    return timedelta(seconds=settings().watch_seconds)


@dataclass(frozen=True)
class PageContext:
    view: View
    data: Dashboard
    current: source.Current
    may_see: Callable[[str], bool] | None = None  # the units this viewer may see; None: all (``may_see``)

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
    seeing = may_see()
    if opened.seed_rejected is not None:
        st.error(text("data_error_title", lang))
        st.write(opened.seed_rejected.message(lang))
    elif opened.seed is not None and opened.seed.plan is None:
        st.error(text("data_error_title", lang))
        show_problems(opened.seed.errors, lang)
    elif seeing is not None and source.streams():  # there are data, none of a unit this account has a role in
        st.info(text("no_units_for_account", lang))
    else:
        st.info(text("no_data_yet", lang))
    watch_data(view_state.current(), None, seeing)
    st.stop()


_STREAM_KEY = "stream_picker"


def _pick_stream() -> None:
    view_state.choose_stream(st.session_state[_STREAM_KEY])


def may_see() -> Callable[[str], bool] | None:
    """With ITA_REQUIRE_LOGIN, the units this account may view (its roles, ``permissions``); ``None``
    (every unit) when viewing is open."""
    if not auth.login_required():
        return None
    user = auth.current_user()
    return lambda unit: allows(user, Action.VIEW, unit)


def stream_picker(view: View, chosen: source.Current, seeing: Callable[[str], bool] | None) -> None:
    """Choose the unit and fiscal year, when the store holds more than one this viewer may see."""
    available = source.seen(list(chosen.available), seeing)
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
    navigation.ensure_navigation()
    view = view_state.current()
    seeing = may_see()
    try:
        current = source.current(view, seeing)
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
        stream_picker(view, current, seeing)
    default = plan.effective_as_of(clock.today())
    as_of = view_state.as_of_picker(default, view) if sidebar else (view.as_of or default)
    if sidebar:
        if current.offline is None:
            watch_data(view, current.snapshot_id, seeing)
        else:
            watch_recovery()
    return PageContext(view, source.dashboard_for(current.snapshot_id, as_of), current, seeing)


def begin(title_key: Key) -> tuple[Lang, Account | None]:
    """The start of a page without dashboard data (sign-in, upload, accounts): language, user, title."""
    navigation.ensure_navigation()
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


def year_part(plan: Plan, lang: Lang) -> str:
    """``ปีงบประมาณ 2566`` for a page's or a slide's header line ("" for a plan with no year)."""
    return f"{text('fiscal_year', lang)} {plan.fiscal_year_be}" if plan.fiscal_year_be else ""


def header(ctx: PageContext, title_key: Key) -> None:
    plan = ctx.data.plan
    st.title(text(title_key, ctx.lang))
    if ctx.offline:
        offline_banner(ctx)
    parts = [plain(plan.unit)] if plan.unit else []  # the unit's name comes from the workbook: shown as typed
    parts += [year_part(plan, ctx.lang), *dates_line(plan.as_of, ctx.data.as_of, ctx.lang)]
    st.caption(" · ".join(part for part in parts if part))
    stream, asked = ctx.current.stream, ctx.view.unit
    instead = shown_instead(ctx.view, stream.unit, stream.fiscal_year_be, plain(asked) if asked else None)
    if instead is not None:
        st.info(instead.get(ctx.lang), icon=":material/info:")
    if (note := before_data_note(plan.as_of, ctx.data.as_of, ctx.lang)) is not None:
        st.warning(note, icon=":material/history:")


def watch_data(view: View, rendered: int | None, may_see: Callable[[str], bool] | None = None) -> None:
    """Keep a screen left open live: this process reruns the page within about three seconds of a publish
    of its unit and year on any process (``live``, no cost while idle); and the page itself asks the store
    every ``watch_every()``, the last word should a notice be lost, and how it learns that the store
    stopped answering, so it says so over the figures it still holds."""
    live.watch(view, rendered, may_see)

    @st.fragment(run_every=watch_every())
    def watch() -> None:
        current = source.current(view, may_see)
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
