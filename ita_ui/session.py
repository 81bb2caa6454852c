"""Per-viewer choices: the language and the as-of date (a small Thai day/month/year picker).

``st.date_input`` only knows the Gregorian calendar, so the date is picked as
day, Thai month and Buddhist-era year, and shown back in full.
"""

from __future__ import annotations

import calendar
from datetime import date

import streamlit as st

from ita_core.labels import Lang, date_label
from ita_core.thai import MONTHS_EN, MONTHS_SHORT, be_year, ce_year
from ita_ui.i18n import text

_LANG_KEY = "lang_en"
_DAY, _MONTH, _YEAR, _CUSTOM = "asof_day", "asof_month", "asof_year", "asof_custom"


def language() -> Lang:
    """Thai unless the viewer switched to English (or the URL says ``?lang=en``)."""
    if _LANG_KEY not in st.session_state:
        st.session_state[_LANG_KEY] = st.query_params.get("lang") == "en"
    return "en" if st.session_state[_LANG_KEY] else "th"


def language_toggle() -> None:
    st.toggle(text("english", "th"), key=_LANG_KEY)


def _from_query() -> date | None:
    raw = st.query_params.get("as_of")
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _set_widgets(day: date) -> None:
    st.session_state[_DAY], st.session_state[_MONTH], st.session_state[_YEAR] = day.day, day.month, be_year(day.year)


def _mark_custom() -> None:
    st.session_state[_CUSTOM] = True


def _reset() -> None:
    st.session_state[_CUSTOM] = False


def chosen_as_of(default: date) -> date:
    """The date figures are computed for, without drawing anything (meeting mode)."""
    if st.session_state.get(_CUSTOM):
        return _picked()
    return _from_query() or default


def _picked() -> date:
    year = ce_year(int(st.session_state[_YEAR]))
    month = int(st.session_state[_MONTH])
    day = min(int(st.session_state[_DAY]), calendar.monthrange(year, month)[1])
    return date(year, month, day)


def as_of_picker(default: date, lang: Lang) -> date:
    """Draw the picker in the sidebar and return the chosen date (the data's own date until changed)."""
    state = st.session_state
    if not state.get(_CUSTOM):
        query = _from_query()
        _set_widgets(query or default)
        if query and query != default:
            state[_CUSTOM] = True
    years = sorted({be_year(default.year) + offset for offset in range(-2, 3)} | {int(state[_YEAR])})
    with st.sidebar:
        st.markdown(f"**{text('as_of_picker', lang)}**")
        day_col, month_col = st.columns([1, 1.2], gap="small")
        year_col, _ = st.columns([1, 1.2], gap="small")
        month_col.selectbox(
            text("month", lang),
            range(1, 13),
            key=_MONTH,
            format_func=lambda m: (MONTHS_SHORT if lang == "th" else MONTHS_EN)[m - 1],
            on_change=_mark_custom,
        )
        year_col.selectbox(text("year_be", lang), years, key=_YEAR, on_change=_mark_custom)
        last_day = calendar.monthrange(ce_year(int(state[_YEAR])), int(state[_MONTH]))[1]
        state[_DAY] = min(int(state[_DAY]), last_day)
        day_col.selectbox(text("day", lang), range(1, last_day + 1), key=_DAY, on_change=_mark_custom)
        chosen = _picked()
        st.caption(date_label(chosen, lang, "long"))
        if state.get(_CUSTOM):
            st.button(text("as_of_reset", lang), on_click=_reset, key="asof_reset_button")
        else:
            st.caption(text("as_of_default_note", lang))
    return chosen
