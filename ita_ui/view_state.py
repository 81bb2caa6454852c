"""The viewer's choices, read from the address and written back to it (see ``ita_core.address``).

Nothing here keeps state in the browser connection: each widget is set from the
address at every run, and changing it rewrites the address. Streamlit drops a
widget's state when a page that does not draw it runs, so state kept there
would not survive a move to another page.

``st.date_input`` only knows the Gregorian calendar, so the as-of date is picked
as day, Thai month and Buddhist-era year, and shown back in full.

The three pickers sit in a popover whose button shows the date: a browser loads a kind of element's code
only when one is drawn, and the pickers' (some 200 KB with their menus) then competed with the first
chart's on every page, for a choice few viewers make (``benchmarks/bench_paint.py``, 7 Dec 2026).
"""

from __future__ import annotations

import calendar
from datetime import date

import streamlit as st

from ita_core.address import AS_OF, LANG, UNIT, YEAR, View, read_view
from ita_core.labels import Lang, date_label
from ita_core.text import Text
from ita_core.thai import MONTHS_EN, MONTHS_SHORT, be_year, ce_year
from ita_ui.i18n import text

_LANG_KEY = "lang_en"
_DAY, _MONTH, _YEAR = "asof_day", "asof_month", "asof_year"


def current() -> View:
    """The view this run's address asks for."""
    return read_view(st.query_params.to_dict())


def language() -> Lang:
    return current().lang


def _write_language() -> None:
    if st.session_state[_LANG_KEY]:
        st.query_params[LANG] = "en"
    else:
        st.query_params.pop(LANG, None)


def language_toggle(view: View) -> None:
    st.session_state[_LANG_KEY] = view.lang == "en"
    st.toggle(text("english", "th"), key=_LANG_KEY, on_change=_write_language)


def _picked() -> date:
    year = ce_year(int(st.session_state[_YEAR]))
    month = int(st.session_state[_MONTH])
    day = min(int(st.session_state[_DAY]), calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _write_as_of() -> None:
    st.query_params[AS_OF] = _picked().isoformat()


def _clear_as_of() -> None:
    st.query_params.pop(AS_OF, None)


def as_of_picker(default: date, view: View) -> date:
    """Draw the picker in the sidebar and return the date figures are computed for.

    The data's own date until the viewer picks another; an address whose ``as_of`` cannot be
    read shows a warning and uses the data's date.
    """
    lang = view.lang
    chosen = view.as_of or default
    state = st.session_state
    state[_DAY], state[_MONTH], state[_YEAR] = chosen.day, chosen.month, be_year(chosen.year)
    years = sorted({be_year(default.year) + offset for offset in range(-2, 3)} | {be_year(chosen.year)})
    last_day = calendar.monthrange(chosen.year, chosen.month)[1]
    with st.sidebar:
        st.markdown(f"**{text('as_of_picker', lang)}**")
        with st.popover(date_label(chosen, lang, "long"), icon=":material/edit_calendar:", width="stretch"):
            day_col, month_col = st.columns([1, 1.2], gap="small")
            year_col, _ = st.columns([1, 1.2], gap="small")
            month_col.selectbox(
                text("month", lang),
                range(1, 13),
                key=_MONTH,
                format_func=lambda m: Text(MONTHS_SHORT[m - 1], MONTHS_EN[m - 1]).get(lang),
                on_change=_write_as_of,
            )
            year_col.selectbox(text("year_be", lang), years, key=_YEAR, on_change=_write_as_of)
            day_col.selectbox(text("day", lang), range(1, last_day + 1), key=_DAY, on_change=_write_as_of)
        if view.unreadable_as_of is not None:
            st.warning(text("as_of_unreadable", lang), icon=":material/event_busy:")
            st.text(view.unreadable_as_of[:40])  # shown as typed, as plain text
        if view.as_of is not None:
            st.button(text("as_of_reset", lang), on_click=_clear_as_of, key="asof_reset_button")
        else:
            st.caption(text("as_of_default_note", lang))
    return chosen


def choose_stream(key: tuple[str, int] | None) -> None:
    """Show another unit and fiscal year (``None``: the latest published)."""
    if key is None:
        st.query_params.pop(UNIT, None)
        st.query_params.pop(YEAR, None)
    else:
        st.query_params[UNIT], st.query_params[YEAR] = key[0], str(key[1])
