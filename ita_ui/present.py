"""Meeting mode: full-screen slides that advance by themselves, legible from the back of a room.

The slide timer is a fragment that reruns every few seconds: it advances when
the slide has been up for the chosen interval (``?interval=15`` in the URL) and
not paused, and it reloads the data each time, so the room sees new figures
without anyone touching the keyboard. Buttons move and pause by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from ita_core import charts, views
from ita_core.address import View
from ita_core.errors import StoreUnavailable
from ita_core.labels import DEADLINE_LABELS, before_data_note, date_label, dates_line, percent_label
from ita_core.metrics import DeadlineStatus
from ita_ui import figures, layout, source, view_state, widgets
from ita_ui.i18n import text

DEFAULT_INTERVAL = 15
MIN_INTERVAL, MAX_INTERVAL = 5, 600
_SLIDE, _PAUSED, _SINCE = "present_slide", "present_paused", "present_since"
MAX_DUE_ROWS = 5

# Static CSS from a file of ours; no workbook or user text ever goes into it.
CSS = "<style>" + (Path(__file__).parent / "present.css").read_text(encoding="utf-8") + "</style>"
# A presenter's clicker sends PageDown/PageUp (or the arrow keys): they press the slide's own buttons.
# Static: no user text. Not while typing in a field (there is none on the slides, but the guard is cheap).
_KEYS = """<script>
if (!window.itaClicker) {
  window.itaClicker = true;
  document.addEventListener("keydown", (event) => {
    if (!document.querySelector(".st-key-controls") || event.target.closest("input, textarea")) return;
    const next = ["PageDown", "ArrowRight", "ArrowDown", " "].includes(event.key);
    const back = ["PageUp", "ArrowLeft", "ArrowUp"].includes(event.key);
    if (!next && !back) return;
    const button = document.querySelector(next ? ".st-key-present_next button" : ".st-key-present_prev button");
    if (button) { event.preventDefault(); button.click(); }
  });
}
</script>"""


def interval_seconds() -> int:
    """The slide interval from ``?interval=`` (seconds), within 5–600; 15 by default."""
    raw = st.query_params.get("interval", "")
    try:
        seconds = int(raw)
    except ValueError:
        return DEFAULT_INTERVAL
    return max(MIN_INTERVAL, min(MAX_INTERVAL, seconds))


def _move(delta: int, count: int) -> Callable[[], None]:
    def move() -> None:
        st.session_state[_SLIDE] = (st.session_state.get(_SLIDE, 0) + delta) % count
        st.session_state[_SINCE] = time.monotonic()

    return move


def _toggle_pause() -> None:
    st.session_state[_PAUSED] = not st.session_state.get(_PAUSED, False)
    st.session_state[_SINCE] = time.monotonic()


def advance_if_due(interval: int, count: int, now: float) -> int:
    """The slide to show now: the next one once the current one has been up ``interval`` seconds."""
    state = st.session_state
    if _SINCE not in state:
        raw = st.query_params.get("slide", "")
        state[_SLIDE] = (int(raw) - 1) % count if raw.isdigit() and int(raw) > 0 else 0
        state[_SINCE] = now
    elif not state.get(_PAUSED) and now - state[_SINCE] >= interval - 0.25:
        state[_SLIDE] = (state[_SLIDE] + 1) % count
        state[_SINCE] = now
    return int(state[_SLIDE])


# -- slides ---------------------------------------------------------------------------------------


def _headline(ctx: layout.PageContext) -> None:
    lang, head = ctx.lang, ctx.data.summary
    st.title(text("slide_headline", lang))
    top_left, top_right = st.columns(2, gap="medium")
    bottom_left, bottom_right = st.columns(2, gap="medium")
    with top_left.container(border=True, key="card_completion"):
        st.metric(text("card_completion", lang), percent_label(head.overall.completion_pct))
    with top_right.container(border=True, key="card_activities"):
        st.metric(text("card_activities", lang), f"{head.overall.completed}/{head.overall.activities}")
    with bottom_left.container(border=True, key="card_deadlines"):
        overdue, soon = st.columns(2)
        overdue.metric("✕ " + text("card_overdue", lang), head.deadline_counts[DeadlineStatus.OVERDUE])
        soon.metric("◆ " + text("card_due_soon_short", lang), head.deadline_counts[DeadlineStatus.DUE_SOON])
    with bottom_right.container(border=True, key="card_participation"):
        card = views.participation_card(ctx.data, lang)
        st.metric(card.title, card.value)
        st.caption(widgets.plain(card.brief))  # one line: the slide has no room for more


def _completion(ctx: layout.PageContext) -> None:
    st.title(text("completion_by_measure", ctx.lang))
    st.plotly_chart(
        figures.completion(ctx, projector=True), config=widgets.STATIC_PLOTLY, theme=None, key="slide_chart"
    )


def _due(ctx: layout.PageContext) -> None:
    lang, data = ctx.lang, ctx.data
    st.title(text("slide_due", lang))
    counts = data.summary.deadline_counts
    st.markdown(" · ".join(f"**{DEADLINE_LABELS[s].text(lang)} {counts[s]}**" for s in charts.STATUS_ORDER))
    pending = views.open_deadlines(data.deadlines)  # overdue first, then due soon, then upcoming
    shown = pending[:MAX_DUE_ROWS]
    if not shown:
        st.markdown(text("no_open_deadlines" if data.deadlines else "no_deadlines", lang))
        return
    names = {a.activity_id: a.name for a in data.plan.activities}
    lines = []
    for s in shown:
        label = DEADLINE_LABELS[s.status].text(lang)
        name = widgets.plain(charts.shorten(names.get(s.deadline.activity_id, ""), 34))
        activity_id = widgets.plain(s.deadline.activity_id)
        lines.append(f"- **{label}** · {date_label(s.deadline.due, lang)} · {activity_id} {name}")
    st.markdown("\n".join(lines))
    rest = len(pending) - len(shown)
    if rest > 0:
        st.caption(text("more_rows", lang, n=rest))


def _participation(ctx: layout.PageContext) -> None:
    lang, data = ctx.lang, ctx.data
    st.title(text("participation_vs_target", lang))
    if not data.participation:
        st.markdown(text("no_participation", lang))
        return
    st.plotly_chart(
        figures.participation(ctx, projector=True), config=widgets.STATIC_PLOTLY, theme=None, key="slide_participation"
    )


MAX_AGENCY_ROWS = 6
_AGENCY_COLUMNS = ["unit", "completed_pct", "activities", "overdue", "due_soon", "participation", "flag"]


def _agency(ctx: layout.PageContext) -> None:
    """Every unit of the year and the agency's totals, as on the agency page (``ita_core.agency``)."""
    lang, year = ctx.lang, ctx.current.stream.fiscal_year_be
    st.title(text("slide_agency", lang, year=year))
    try:
        rolled = source.agency(year, ctx.data.as_of, ctx.may_see)
    except StoreUnavailable:
        st.markdown(text("store_offline_short", lang))
        return
    table = views.agency_table(rolled, ctx.view, lang)[_AGENCY_COLUMNS]
    # The agency's totals first, where the eye starts; then as many units as a projected slide holds.
    shown = pd.concat([table.tail(1), table.head(len(table) - 1).head(MAX_AGENCY_ROWS)])
    with st.container(key="agency_slide"):
        widgets.static_table(shown, lang)
    if (rest := len(table) - 1 - MAX_AGENCY_ROWS) > 0:
        st.caption(text("more_rows", lang, n=rest))


SLIDES: tuple[Callable[[layout.PageContext], None], ...] = (_headline, _completion, _due, _participation, _agency)


def _controls(view: View, slide: int, interval: int) -> None:
    lang, count = view.lang, len(SLIDES)
    paused = st.session_state.get(_PAUSED, False)
    prev_col, pause_col, next_col, where_col, exit_col = st.columns([1, 1, 1, 1.5, 1.5], vertical_alignment="center")
    prev_col.button(
        text("present_prev", lang), on_click=_move(-1, count), key="present_prev", icon=":material/skip_previous:"
    )
    pause_col.button(
        text("present_play" if paused else "present_pause", lang),
        on_click=_toggle_pause,
        key="present_pause",
        icon=":material/play_arrow:" if paused else ":material/pause:",
    )
    next_col.button(
        text("present_next", lang), on_click=_move(1, count), key="present_next", icon=":material/skip_next:"
    )
    status = text("present_paused", lang) if paused else text("present_every", lang, seconds=interval)
    where_col.markdown(f"**{slide + 1} / {count}** · {status}")
    exit_col.page_link(
        "pages/overview.py", label=text("present_exit", lang), icon=":material/close:", query_params=view.query()
    )


def run() -> None:
    st.markdown(CSS, unsafe_allow_html=True)  # static CSS only, see above
    st.html(_KEYS, unsafe_allow_javascript=True)
    view = view_state.current()
    with st.container(key="narrow_present_note"):  # shown on a phone only (app.css)
        st.info(text("present_phone_note", view.lang), icon=":material/tv:")
        st.page_link(
            "pages/overview.py",
            label=text("page_overview", view.lang),
            icon=":material/dashboard:",
            query_params=view.query(),
        )
    interval = interval_seconds()

    @st.fragment(run_every=timedelta(seconds=min(interval, layout.watch_every().seconds)))
    def slides() -> None:
        ctx = layout.page_context(sidebar=False)
        slide = advance_if_due(interval, len(SLIDES), time.monotonic())
        before = before_data_note(ctx.data.plan.as_of, ctx.data.as_of, ctx.lang, short=True)
        caption = " · ".join(
            part
            for part in (
                widgets.plain(ctx.data.plan.unit),
                layout.year_part(ctx.data.plan, ctx.lang),
                *dates_line(ctx.data.plan.as_of, ctx.data.as_of, ctx.lang),
                f"⚠ {before}" if before else "",
                f"⚠ {text('store_offline_short', ctx.lang)}" if ctx.offline else "",
            )
            if part
        )
        with st.container(key="slide"):
            st.caption(caption)
            SLIDES[slide](ctx)
        with st.container(key="controls"):
            _controls(ctx.view, slide, interval)

    slides()
    with suppress(StoreUnavailable):  # while the store is down the slides say so themselves
        seeing = layout.may_see()
        current = source.current(view, seeing)
        if current is not None and current.offline is None:
            layout.watch_data(view, current.snapshot_id, seeing)  # a publish shows within seconds, on any slide
