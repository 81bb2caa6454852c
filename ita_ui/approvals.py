"""The upload page's queue of held check-ins: each with the preview of what approving it changes,
approve (published like an upload) or return with a comment; and the unit's choice to hold them."""

from __future__ import annotations

import streamlit as st

from ita_core.checkin import CheckInRefused
from ita_core.diff import diff_tables
from ita_core.errors import StoreUnavailable
from ita_core.labels import Lang, moment_label
from ita_core.numbers import format_decimal
from ita_core.store.accounts import Account
from ita_core.store.checkins import CheckIn, Status
from ita_core.store.permissions import Action, NotAllowed, allows
from ita_core.store.publishing import Preview
from ita_core.store.snapshots import StalePublish
from ita_ui import checkins, source, view_state, widgets
from ita_ui.i18n import Key, text

_NOTICE = "queue_notice"


def _seen_key(item: CheckIn) -> str:
    return f"queue_seen_{item.id}"


def _approve(item: CheckIn, shown: Preview, editor: Account, lang: Lang) -> None:
    seen: Preview = st.session_state.get(_seen_key(item), shown)  # what the editor saw before pressing
    try:
        made = checkins.check_ins().approve(item, seen, editor)
    except StalePublish:
        st.session_state[_NOTICE] = ("warning", text("check_in_stale", lang))
        st.session_state.pop(_seen_key(item), None)
        return
    except (CheckInRefused, NotAllowed, StoreUnavailable) as exc:
        st.session_state[_NOTICE] = ("error", exc.message(lang))
        return
    st.session_state[_NOTICE] = ("success", text("queue_approved", lang, revision=made.revision))


def _send_back(item: CheckIn, editor: Account, lang: Lang) -> None:
    comment = st.session_state.get(f"queue_comment_{item.id}", "")
    try:
        checkins.check_ins().send_back(item, editor, comment)
    except (CheckInRefused, NotAllowed, StoreUnavailable) as exc:
        st.session_state[_NOTICE] = ("error", exc.message(lang))
        return
    st.session_state[_NOTICE] = ("success", text("queue_returned", lang, who=item.username))


def _item(item: CheckIn, editor: Account, lang: Lang) -> None:
    with st.container(border=True):
        st.markdown(
            "**"
            + text(
                "queue_item",
                lang,
                activity=widgets.plain(item.activity_id),
                progress=f"{format_decimal(item.report.progress)}%",
                who=widgets.plain(item.username),
                when=moment_label(item.created_at, lang),
            )
            + "**"
        )
        shown_fields: tuple[tuple[Key, str], ...] = (
            ("check_in_actions", item.report.actions),
            ("check_in_output", item.report.achieved_output),
            ("check_in_outcome", item.report.achieved_outcome),
            ("check_in_evidence", item.report.evidence),
            ("check_in_note", item.report.note),
        )
        for key, value in shown_fields:
            if value:
                st.markdown(
                    f"*{text(key, lang)}*  \n" + "  \n".join(widgets.plain(line) for line in value.splitlines())
                )
        try:
            shown = checkins.check_ins().preview(item, plan_of=source.plan)
        except (CheckInRefused, NotAllowed, StoreUnavailable) as exc:
            st.error(exc.message(lang))
            return
        for title, frame in diff_tables(shown.diff, lang):
            st.markdown(f"**{title}**")
            st.dataframe(frame, hide_index=True, width="stretch")
        st.session_state.setdefault(_seen_key(item), shown)
        approve_col, back_col = st.columns([1, 2], vertical_alignment="bottom")
        approve_col.button(
            text("queue_approve", lang),
            key=f"queue_approve_{item.id}",
            type="primary",
            on_click=_approve,
            args=(item, shown, editor, lang),
        )
        with back_col:
            st.text_input(text("queue_return_comment", lang), key=f"queue_comment_{item.id}", max_chars=1000)
            st.button(
                text("queue_return", lang),
                key=f"queue_return_{item.id}",
                on_click=_send_back,
                args=(item, editor, lang),
            )


def _set_approval(unit: str, editor: Account, key: str, lang: Lang) -> None:
    try:
        checkins.check_ins().set_need_approval(unit, bool(st.session_state[key]), editor)
    except (NotAllowed, StoreUnavailable) as exc:
        st.session_state[_NOTICE] = ("error", exc.message(lang))


def queue(editor: Account, lang: Lang) -> None:
    """The current unit's held check-ins, and its choice to hold them. Nothing when the store is empty or down."""
    try:
        current = source.current(view_state.current())
        if current is None or current.offline is not None:
            return
        unit, year = current.stream.unit, current.stream.fiscal_year_be
        held = checkins.check_ins().listing(unit, year, status=Status.PENDING)
        need = checkins.check_ins().need_approval(unit)
    except StoreUnavailable:
        return
    if not allows(editor, Action.APPROVE, unit):  # an editor of another unit: nothing of this one to decide
        return
    if notice := st.session_state.pop(_NOTICE, None):
        getattr(st, notice[0])(notice[1])
    st.header(f"{text('queue_title', lang)} ({len(held)})")
    key = "approval_toggle"
    st.session_state[key] = need
    st.toggle(
        text("approval_toggle", lang, unit=widgets.plain(unit)),
        key=key,
        on_change=_set_approval,
        args=(unit, editor, key, lang),
        disabled=not allows(editor, Action.SET_APPROVAL_RULE, unit),
    )
    if not held:
        st.caption(text("queue_empty", lang))
    for item in reversed(held):  # oldest first: the order they came in
        _item(item, editor, lang)
