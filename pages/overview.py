"""ภาพรวม: the landing page for an executive with one minute."""

import streamlit as st

from ita_core import views
from ita_core.labels import percent_label
from ita_core.metrics import DeadlineStatus
from ita_core.projection import Outlook
from ita_ui import downloads, figures, layout, navigation, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_overview")
lang, data = ctx.lang, ctx.data
head = data.summary

completion_card, activities_card, deadlines_card, participation_card = st.container(key="headline").columns(4)
with completion_card.container(border=True, key="card_completion"):
    st.metric(text("card_completion", lang), percent_label(head.overall.completion_pct))
    mean = percent_label(head.overall.mean_progress_pct)
    if unreported := data.unreported:
        st.caption(text("card_mean_progress_unreported", lang, value=mean, n=unreported))
    else:
        st.caption(text("card_mean_progress", lang, value=mean))
    navigation.link("pages/measures.py", ctx.view)
with activities_card.container(border=True, key="card_activities"):
    st.metric(text("card_activities", lang), f"{head.overall.completed}/{head.overall.activities}")
    st.caption(text("card_completion_sub", lang, done=head.overall.completed, total=head.overall.activities))
    navigation.link("pages/measures.py", ctx.view)
with deadlines_card.container(border=True, key="card_deadlines"):
    st.metric("✕ " + text("card_overdue", lang), head.deadline_counts[DeadlineStatus.OVERDUE])
    if silent := data.silent_overdue:
        st.caption(text("card_overdue_silent", lang, n=silent))
    st.markdown(f"**◆ {text('card_due_soon', lang)}: {head.deadline_counts[DeadlineStatus.DUE_SOON]}**")
    work = source.group_work(ctx.current, None, data.as_of)
    worrying = work.outlooks(Outlook.AT_RISK) + work.outlooks(Outlook.LATE)
    st.markdown(f"**▲ {text('card_at_risk', lang)}: {worrying}**")
    st.caption(text("card_deadlines_sub", lang, total=head.deadline_total))
    navigation.link("pages/deadlines.py", ctx.view)
with participation_card.container(border=True, key="card_participation"):
    card = views.participation_card(data, lang)
    st.metric(card.title, card.value)
    st.caption("  \n".join(widgets.plain(line) for line in card.lines))
    navigation.link("pages/participation.py", ctx.view)

chart_col, next_col = st.columns([3, 2], gap="large")
with chart_col:
    st.header(text("completion_by_measure", lang))
    downloads.chart(figures.completion(ctx), "completion", "completion-by-measure", lang)
    if (trend := figures.trend(ctx)) is not None:
        st.header(text("trend", lang))
        trend_figure, revisions = trend
        if revisions > views.TREND_REVISIONS:
            st.caption(text("trend_latest", lang, shown=views.TREND_REVISIONS, total=revisions))
        downloads.chart(trend_figure, "trend", "trend", lang)
with next_col:
    st.header(text("next_deadlines", lang))
    upcoming = data.pending[:8]
    if upcoming:
        widgets.static_table(views.next_deadlines_table(upcoming, data.plan, lang), lang)
    else:
        st.info(text("no_open_deadlines" if data.deadlines else "no_deadlines", lang))

st.header(text("participation_vs_target", lang))
if data.participation:
    downloads.chart(figures.participation(ctx), "participation", "participation", lang)
else:
    st.info(text("no_participation", lang))

if (years := figures.years(ctx)) is not None:
    st.header(text("compare_years_short", lang))
    st.caption(text("compare_years_note", lang))
    downloads.chart(years, "years", "fiscal-years", lang)
