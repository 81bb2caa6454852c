"""งานของกลุ่ม: one responsible group's activities, open deadlines with their outlook, what it still owes;
its reporters check in from here."""

from decimal import Decimal

import streamlit as st

from ita_core import group_tables, views
from ita_core.checkin import CheckInRefused, Report
from ita_core.errors import StoreUnavailable
from ita_core.groups import all_groups
from ita_core.labels import percent_label
from ita_core.metrics import DeadlineStatus
from ita_core.projection import Outlook
from ita_core.store.checkins import Status, groups_gone, may_report
from ita_core.store.permissions import NotAllowed
from ita_core.store.snapshots import StalePublish
from ita_ui import auth, checkins, layout, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_group")
lang, data, view = ctx.lang, ctx.data, ctx.view
plan = data.plan
user = auth.current_user()
group, unknown = checkins.chosen_group(plan, user)
layout.stop_unless(group, "group_none", lang)
assert group is not None
if unknown:
    st.warning(text("group_unknown", lang))
if user is not None and (gone := groups_gone(user, plan)):
    st.warning(text("group_linked_gone", lang, groups=", ".join(f"“{widgets.plain(g)}”" for g in gone)))

names = all_groups(plan)
st.session_state["group_picker"] = group
st.selectbox(
    text("group_pick", lang), names, key="group_picker", on_change=checkins.choose_group, args=("group_picker",)
)
if notice := st.session_state.pop(checkins.NOTICE, None):
    st.success(notice)

work = source.group_work(ctx.current, group, data.as_of)
overdue = len(work.due(DeadlineStatus.OVERDUE))
soon = len(work.due(DeadlineStatus.DUE_SOON))
late, risk = work.outlooks(Outlook.LATE), work.outlooks(Outlook.AT_RISK)
done_card, open_card, missing_card, risk_card = st.container(key="headline").columns(4)
with done_card.container(border=True, key="card_done"):
    st.metric(text("group_card_done", lang), f"{work.completion.completed}/{work.completion.activities}")
    st.caption(percent_label(work.completion.completion_pct))
with open_card.container(border=True, key="card_open"):
    st.metric(text("group_card_open", lang), len(work.open_deadlines))
    st.caption(text("group_card_open_sub", lang, overdue=overdue, soon=soon))
with missing_card.container(border=True, key="card_missing"):
    st.metric(text("group_card_missing", lang), sum(1 for w in work.activities if w.missing))
with risk_card.container(border=True, key="card_risk"):
    st.metric(text("group_card_risk", lang), late + risk)
    st.caption(text("group_card_risk_sub", lang, late=late, risk=risk))


@st.dialog(text("check_in_dialog", lang), width="large", on_dismiss=checkins.close_activity)
def check_in_form(activity_id: str) -> None:
    """The check-in form, opened over the page where the reporter pressed รายงานผล (not above, off-screen)."""
    assert user is not None
    act = plan.activity(activity_id)
    st.markdown(f"**{widgets.plain(f'{act.activity_id} {act.name}')}**")
    key = f"check_in_{act.activity_id}"
    with st.form(key, border=False):
        progress = st.number_input(
            text("check_in_progress", lang), 0.0, 100.0, float(act.progress), step=5.0, key=f"{key}_progress"
        )
        actions = st.text_area(text("check_in_actions", lang), act.actions, key=f"{key}_actions", max_chars=4000)
        out_col, outcome_col = st.columns(2)
        output = out_col.text_area(text("check_in_output", lang), act.achieved_output, key=f"{key}_output")
        outcome = outcome_col.text_area(text("check_in_outcome", lang), act.achieved_outcome, key=f"{key}_outcome")
        evidence = st.text_input(text("check_in_evidence", lang), act.evidence, key=f"{key}_evidence")
        note = st.text_input(text("check_in_note", lang), key=f"{key}_note", max_chars=500)
        send_col, close_col = st.columns(2)
        send = send_col.form_submit_button(text("check_in_send", lang), type="primary", width="stretch")
        close = close_col.form_submit_button(text("check_in_close", lang), width="stretch")
    if close:
        checkins.close_activity()
        st.rerun()
    if send:
        report = Report(Decimal(str(progress)), actions, output, outcome, evidence, note)
        try:
            base = source.store().info(ctx.current.snapshot_id)
            made = checkins.check_ins().submit(user, base, plan, act.activity_id, report)
        except (CheckInRefused, NotAllowed) as exc:
            st.error(exc.message(lang))
        except StalePublish:
            st.warning(text("check_in_stale", lang))
        except StoreUnavailable as exc:
            st.error(exc.message(lang) + " — " + text("check_in_kept", lang))
        else:
            if made.status is Status.PUBLISHED:
                revision = source.store().info(made.snapshot_id or 0).revision
                notice = text("check_in_published", lang, activity=act.activity_id, revision=revision)
            else:
                notice = text("check_in_held", lang, activity=act.activity_id)
            st.session_state[checkins.NOTICE] = notice
            checkins.close_activity()
            st.rerun()


asked = checkins.open_activity()
if asked is not None and user is not None:
    if not may_report(user, plan, asked):
        st.error(text("check_in_not_yours", lang))
    else:
        check_in_form(asked)

st.header(text("group_activities", lang))
st.caption(text("group_projection_note", lang))
for item in group_tables.activity_items(work, views.last_reports(plan), lang):
    with st.container(border=True, key=f"activity_{item.activity_id}"):
        name_col, state_col, link_col = st.columns([6, 4, 1.8], vertical_alignment="center")
        name_col.markdown(f"**{widgets.plain(item.activity_id)}** {widgets.plain(item.name)}")
        if item.last_report:
            name_col.caption(item.last_report)
        due = f"{'**' + item.next_due + '**' if item.overdue else item.next_due}" if item.next_due else ""
        state_col.markdown("  \n".join(part for part in (item.state, due) if part))
        if user is not None and may_report(user, plan, item.activity_id):
            # A button, not a link: Streamlit does not put a same-page link's query into the address,
            # so the next run would forget which activity is open.
            link_col.button(
                text("check_in", lang),
                key=f"check_in_open_{item.activity_id}",
                on_click=checkins.open_activity_form,
                args=(item.activity_id,),
                width="stretch",
            )
        if item.folded:
            with st.expander(text("group_folded", lang, n=len(item.folded))):
                st.markdown("\n".join(f"- {widgets.plain(line)}" for line in item.folded))

if user is not None:
    try:
        mine = checkins.check_ins().listing(plan.unit, plan.fiscal_year_be or 0, username=user.username)
    except StoreUnavailable:
        mine = []
    if mine:
        st.header(text("my_check_ins", lang))
        widgets.static_table(group_tables.check_ins_table(mine[:20], lang), lang)
