"""อัปโหลดข้อมูล (editors): validate a workbook, preview what changes, publish with a comment, or cancel."""

import streamlit as st

from ita_core.clock import thai_day
from ita_core.diff import diff_tables
from ita_core.errors import StoreUnavailable
from ita_core.labels import date_label, moment_label
from ita_core.store import publishing as store_publishing
from ita_core.store.permissions import NotAllowed
from ita_core.store.snapshots import StalePublish, StoreError
from ita_ui import approvals, layout, publishing, source, view_state, widgets, yearstart
from ita_ui.i18n import text

lang, user = layout.begin("page_upload")
if user is None or not user.role.can_edit:  # the gate in front of the page already checked this
    st.error(text("login_required_note", lang))
    st.stop()
approvals.queue(user, lang)
# The daily task first; starting next year's plan is a yearly one, on a tab of its own.
yearstart.notice()
daily, yearly = st.tabs([text("upload_tab", lang), text("yearly_tab", lang)])
with yearly:
    yearstart.section(user, lang)
with daily:
    st.header(text("upload_section", lang))
    st.caption(text("upload_intro", lang))

    if notice := st.session_state.pop("published_notice", None):
        st.success(notice)
        st.page_link(
            "pages/overview.py",
            label=text("page_overview", lang),
            icon=":material/dashboard:",
            query_params=view_state.current().query(),
        )
    widgets.thai_uploader_chrome(lang, publishing.max_upload_mb())
    uploaded = st.file_uploader(
        text("upload_file", lang, mb=publishing.max_upload_mb()),
        type=["xlsx", "xlsm", "xls", "docx", "doc"],  # the old formats too: our refusal says, in Thai, what to do
        key=publishing.uploader_key(),
    )
    if uploaded is not None:
        pending = publishing.read(user.username, uploaded.name, uploaded.getvalue())
        publishing.keep(user.username, pending)
    elif (draft := publishing.draft(user.username)) is not None:
        checked = moment_label(draft.created_at, lang)
        st.info(
            text("upload_draft", lang, name=widgets.plain(draft.file_name), when=checked),
            icon=":material/restore_page:",
        )
        pending = publishing.read(user.username, draft.file_name, draft.data)
    else:
        st.stop()
    if pending.rejected is not None:
        st.error(text("upload_rejected", lang))
        st.text(pending.rejected.message(lang))  # it may quote a sheet's name: plain text, never Markdown
        st.stop()
    intake = pending.intake
    assert intake is not None
    result = intake.result
    publishing.word_reading(intake, lang)
    if result.plan is None:
        st.error(text("upload_invalid", lang, n=f"{result.error_count:,}"))
        publishing.converted_download(intake, lang)
        widgets.show_problems(result.errors, lang)
        widgets.show_omitted(result.omitted, lang)
        st.stop()
    plan = result.plan
    try:
        store_publishing.may_publish(source.store(), plan, user)  # the unit registered, and this editor's
    except StoreError as exc:
        st.error(exc.message(lang))
        st.stop()
    except StoreUnavailable:
        pass  # the preview below says the store is down, and the file is kept
    if result.warnings:  # open while they can be read through: a warning says what the figures will show
        with st.expander(text("upload_warnings", lang, n=len(result.warnings)), expanded=len(result.warnings) <= 20):
            publishing.converted_download(intake, lang)
            widgets.show_problems(result.warnings, lang, key="warnings")

    seen = publishing.shown(pending)  # what the editor saw before this run, if anything
    preview, offline = publishing.preview(pending, plan)
    st.header(text("preview_title", lang))
    if offline is not None:
        st.warning(text("upload_offline", lang), icon=":material/cloud_off:")
        layout.watch_recovery()
    if preview is not None:
        base = preview.base
        publishing.remember_shown(pending, preview)
        if base is None:
            st.info(text("preview_new_stream", lang, unit=widgets.plain(plan.unit), year=plan.fiscal_year_be))
        else:
            st.caption(
                text(
                    "preview_against",
                    lang,
                    revision=base.revision,
                    who=base.published_by,
                    when=moment_label(base.published_at, lang),
                )
            )
        if (older := preview.older_data) is not None:
            st.warning(older.get(lang), icon=":material/history:")
        if overwritten := publishing.check_ins_overwritten(plan):
            items = ", ".join(
                f"{c.activity_id} ({c.username}, {date_label(thai_day(c.created_at), lang)})" for c in overwritten
            )
            st.warning(
                text("upload_overwrites_check_ins", lang, items=widgets.plain(items)), icon=":material/edit_off:"
            )
        if base is not None and preview.diff.empty:
            st.info(text("preview_same", lang))
        for title, frame in diff_tables(preview.diff, lang):
            st.markdown(f"**{title}**")
            st.dataframe(frame, hide_index=True, width="stretch")

    comment = publishing.comment_box(user.username, lang)
    publish_col, cancel_col = st.columns([1, 5])
    publish = publish_col.button(text("publish", lang), type="primary", disabled=preview is None, key="publish")
    cancel = cancel_col.button(text("cancel", lang), key="cancel_upload")
    if cancel:
        publishing.reset(user.username)
        st.rerun()
    if publish and preview is not None:
        if not comment.strip():
            st.error(text("publish_need_comment", lang))
            st.stop()
        try:
            made = publishing.publish(seen or preview, user, comment.strip())
        except (StalePublish, NotAllowed) as exc:
            st.warning(exc.message(lang))  # stale: the preview above is already the new one
            st.stop()
        except StoreUnavailable as exc:
            st.error(exc.message(lang) + " — " + text("publish_kept", lang))
            st.stop()
        publishing.reset(user.username)
        st.session_state["published_notice"] = text(
            "published", lang, revision=made.revision, unit=widgets.plain(made.unit), year=made.fiscal_year_be
        )
        st.rerun()
