"""อัปโหลดข้อมูล (editors): validate a workbook, preview what changes, publish with a comment, or cancel."""

from datetime import date

import streamlit as st

from ita_core.diff import diff_plans, diff_tables
from ita_core.labels import date_label
from ita_core.store import StalePublish, StoreError, require_publishable
from ita_ui import layout, publishing, source, view_state
from ita_ui.i18n import text

lang, user = layout.begin("page_upload")
if user is None or not user.role.can_edit:  # the gate in front of the page already checked this
    st.error(text("login_required_note", lang))
    st.stop()
st.caption(text("upload_intro", lang))

if notice := st.session_state.pop("published_notice", None):
    st.success(notice)
    st.page_link(
        "pages/overview.py",
        label=text("page_overview", lang),
        icon=":material/dashboard:",
        query_params=view_state.current().query(),
    )
layout.thai_uploader_chrome(lang, publishing.max_upload_mb())
uploaded = st.file_uploader(
    text("upload_file", lang, mb=publishing.max_upload_mb()), type=["xlsx", "xlsm"], key=publishing.uploader_key()
)
if uploaded is not None:
    pending = publishing.read(user.username, uploaded.name, uploaded.getvalue())
    publishing.keep(user.username, pending)
elif (draft := publishing.draft(user.username)) is not None:
    when = draft.created_at.astimezone()
    st.info(
        text(
            "upload_draft",
            lang,
            name=layout.plain(draft.file_name),
            when=f"{date_label(when.date(), lang)} {when:%H:%M}",
        ),
        icon=":material/restore_page:",
    )
    pending = publishing.read(user.username, draft.file_name, draft.data)
else:
    st.stop()
if pending.rejected is not None:
    st.error(text("upload_rejected", lang))
    st.write(pending.rejected.message(lang))
    st.stop()
result = pending.result
assert result is not None
if result.plan is None:
    st.error(text("upload_invalid", lang, n=f"{result.error_count:,}"))
    layout.show_problems(result.errors, lang)
    layout.show_omitted(result.omitted, lang)
    st.stop()
plan = result.plan
try:
    require_publishable(plan)
except StoreError as exc:
    st.error(exc.message(lang))
    st.stop()
if result.warnings:
    with st.expander(text("upload_warnings", lang, n=len(result.warnings))):
        layout.show_problems(result.warnings, lang)

store = source.store()
was_shown, shown_base = publishing.seen_base(pending)
base = store.latest(plan.unit, plan.fiscal_year_be or 0)
base_id = base.id if base else None
publishing.remember_base(pending, base_id)

st.subheader(text("preview_title", lang))
if base is None:
    st.info(text("preview_new_stream", lang, unit=plan.unit, year=plan.fiscal_year_be))
else:
    when = base.published_at.astimezone()
    st.caption(
        text(
            "preview_against",
            lang,
            revision=base.revision,
            who=base.published_by,
            when=f"{date_label(when.date(), lang)} {when:%H:%M}",
        )
    )
diff = diff_plans(source.plan(base.id) if base else None, plan, plan.effective_as_of(date.today()))
if base is not None and diff.empty:
    st.info(text("preview_same", lang))
for title, frame in diff_tables(diff, lang):
    st.markdown(f"**{title}**")
    st.dataframe(frame, hide_index=True, width="stretch")

with st.form("publish_form"):
    comment = st.text_area(text("publish_comment", lang), key="publish_comment", max_chars=500)
    publish_col, cancel_col = st.columns([1, 5])
    publish = publish_col.form_submit_button(text("publish", lang), type="primary")
    cancel = cancel_col.form_submit_button(text("cancel", lang))
if cancel:
    publishing.reset(user.username)
    st.rerun()
if publish:
    if not comment.strip():
        st.error(text("publish_need_comment", lang))
        st.stop()
    expected = shown_base if was_shown else base_id  # what the editor actually looked at
    try:
        made = store.publish(pending.data, pending.name, plan, user.username, comment.strip(), expected)
    except StalePublish as exc:
        st.warning(exc.message(lang))  # the preview above is already the new one
        st.stop()
    publishing.reset(user.username)
    st.session_state["published_notice"] = text(
        "published", lang, revision=made.revision, unit=made.unit, year=made.fiscal_year_be
    )
    st.rerun()
