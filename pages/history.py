"""ประวัติข้อมูล: every published revision, its original file, a comparison of any two, and rollback."""

import streamlit as st

from ita_core import views
from ita_core.diff import diff_plans, diff_tables
from ita_core.errors import StoreUnavailable
from ita_core.store.permissions import Action, NotAllowed, allows
from ita_core.store.publishing import rollback_as
from ita_core.store.snapshots import StalePublish
from ita_ui import auth, layout, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_history")
lang, stream = ctx.lang, ctx.current.stream
store = source.store()
try:
    history = source.history(ctx.current)  # cached until the next publish
except StoreUnavailable:
    layout.store_down(lang)
revisions_table = views.history_table(history, lang)
phone = views.narrow_items(revisions_table, views.HISTORY_TITLE, views.HISTORY_LINE, lang)
widgets.table(revisions_table, lang, narrow=("history", phone))
by_revision = {s.revision: s for s in history}
revisions = list(by_revision)  # newest first


def label(revision: int) -> str:
    s = by_revision[revision]
    return f"{text('history_pick', lang)} {revision} · {s.published_by} · {s.comment[:40]}"


download_col, _ = st.columns([2, 1])
with download_col:
    chosen = st.selectbox(text("history_download", lang), revisions, format_func=label, key="history_download")
    try:
        name, data = store.file(by_revision[chosen].id)
    except StoreUnavailable as exc:
        st.warning(exc.message(lang), icon=":material/cloud_off:")
    else:
        st.download_button(
            f"{name} ({len(data) / 1024:.0f} KB)",
            data,
            file_name=f"r{chosen}_{name}",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            icon=":material/download:",
            key="history_download_button",
        )

if len(revisions) > 1:
    st.header(text("history_compare", lang))
    older_col, newer_col = st.columns(2)
    older = older_col.selectbox(text("history_older", lang), revisions, index=1, format_func=label, key="cmp_old")
    newer = newer_col.selectbox(text("history_newer", lang), revisions, index=0, format_func=label, key="cmp_new")
    try:
        new_plan = source.plan(by_revision[newer].id)
        diff = diff_plans(source.plan(by_revision[older].id), new_plan, ctx.data.as_of)
    except StoreUnavailable:
        layout.store_down(lang)
    tables = diff_tables(diff, lang)
    if not tables:
        st.info(text("history_no_change", lang))
    for title, frame in tables:
        st.markdown(f"**{title}**")
        st.dataframe(frame, hide_index=True, width="stretch")

user = auth.current_user()
if user is not None and len(revisions) > 1 and allows(user, Action.ROLL_BACK, history[0].unit):
    st.header(text("rollback_title", lang))
    st.caption(text("rollback_note", lang))
    target = st.selectbox(text("history_pick", lang), revisions[1:], format_func=label, key="rollback_target")
    # The box belongs to the revision shown as latest: once a rollback makes a new one, the box is a new,
    # unticked one, so a second click (or a double click) cannot roll back again.
    sure = st.checkbox(text("rollback_confirm", lang, revision=target), key=f"rollback_sure_{history[0].id}")
    clicked = st.button(text("rollback_button", lang), disabled=not sure, type="primary", key="rollback_button")
    if clicked and sure:
        try:
            made = rollback_as(store, by_revision[target].id, user, expected=history[0].id)
        except (StalePublish, StoreUnavailable, NotAllowed) as exc:
            st.warning(exc.message(lang))
        else:
            st.session_state["rollback_notice"] = text("rolled_back", lang, revision=made.revision, old=target)
            st.rerun()
    if notice := st.session_state.pop("rollback_notice", None):
        st.success(notice, icon=":material/check_circle:")  # beside the button that did it, where the eye is
        st.toast(notice, icon=":material/check_circle:")
