"""The upload page's "start the next fiscal year": the viewed plan rolled forward (``ita_core.yearly``)
and published as the new year's first snapshot of its unit, by an editor."""

from __future__ import annotations

import streamlit as st

from ita_core import clock
from ita_core.errors import BilingualError, StoreUnavailable
from ita_core.labels import Lang, date_label
from ita_core.store import publishing as store_publishing
from ita_core.store.accounts import Account
from ita_core.thai import fiscal_year_bounds
from ita_core.workbook.writer import rows_from_plan, workbook_bytes
from ita_core.yearly import next_year
from ita_ui import source, view_state, widgets
from ita_ui.i18n import text

_NOTICE = "next_year_notice"


def _start(user: Account, snapshot_id: int, lang: Lang) -> None:
    plan = source.plan(snapshot_id)
    try:
        rolled = next_year(plan)
        name = f"plan-fy{rolled.fiscal_year_be}.xlsx"
        shown = store_publishing.preview(source.store(), name, workbook_bytes(rows_from_plan(rolled)), rolled)
        if shown.base is not None:  # someone started it meanwhile: never overwrite their first snapshot
            raise BilingualError(
                text("next_year_exists", "th", year=rolled.fiscal_year_be),
                text("next_year_exists", "en", year=rolled.fiscal_year_be),
            )
        comment = f"เริ่มแผนปีงบประมาณ {rolled.fiscal_year_be} จากแผนปี {plan.fiscal_year_be}"
        made = store_publishing.publish_as(source.store(), shown, user, comment)
    except (BilingualError, StoreUnavailable) as exc:
        st.session_state[_NOTICE] = ("error", exc.message(lang))
        return
    view_state.choose_stream((made.unit, made.fiscal_year_be))
    first = fiscal_year_bounds(made.fiscal_year_be)[0]
    if first <= clock.today():
        done = text("next_year_done", lang, year=made.fiscal_year_be)
    else:  # yearly.default_year: everyone else's screens stay on the year in progress until its first day
        done = text("next_year_waits", lang, year=made.fiscal_year_be, first=date_label(first, lang, "long"))
    checks = [widgets.plain(check.line(lang)) for check in rolled.warnings]  # dates kept, weekdays that changed
    st.session_state[_NOTICE] = ("success", "\n\n".join([done, *checks]))


def notice() -> None:
    """What starting the year did, above the page's tabs, so it is seen whichever tab is open."""
    if shown := st.session_state.pop(_NOTICE, None):
        getattr(st, shown[0])(shown[1])


def section(user: Account, lang: Lang) -> None:
    """For the viewed unit and year: a button that starts the next fiscal year, unless it has started."""
    try:
        current = source.current(view_state.current())
        if current is None or current.offline is not None:
            return
        years = {s.fiscal_year_be for s in source.unit_years(current)}
    except StoreUnavailable:
        return
    target = current.stream.fiscal_year_be + 1
    st.header(text("next_year_title", lang, year=target))
    if target in years:
        st.caption(text("next_year_exists", lang, year=target))
        return
    st.caption(text("next_year_note", lang, year=target, unit=widgets.plain(current.stream.unit)))
    sure = st.checkbox(text("next_year_confirm", lang, year=target), key=f"next_year_sure_{target}")
    st.button(
        text("next_year_button", lang, year=target),
        disabled=not sure,
        key="next_year_button",
        on_click=_start,
        args=(user, current.snapshot_id, lang),
    )
