"""มาตรการและกิจกรรม: each measure's activities with progress, status, responsible group, deadlines, evidence."""

from typing import Any

import streamlit as st

from ita_core import group_tables, views
from ita_core.labels import ACTIVITY_LABELS, ActivityState, measure_label, percent_label
from ita_ui import layout, source, widgets
from ita_ui.i18n import text

ctx = layout.open_page("page_measures")
lang, data = ctx.lang, ctx.data
plan = data.plan

measure_col, group_col, state_col, text_col = st.columns([1.2, 1.6, 1.6, 1.6])
measures = measure_col.multiselect(
    text("filter_measure", lang),
    [m.number for m in plan.measures],
    format_func=lambda n: measure_label(n, lang),
    placeholder=text("filter_all", lang),
    key="filter_measure",
    select_all=False,  # an empty choice already means all; Streamlit cannot say "Select all" in Thai
)
groups = group_col.multiselect(
    text("filter_responsible", lang),
    views.responsible_filter(plan),
    placeholder=text("filter_all", lang),
    key="filter_responsible",
    select_all=False,
)
states = state_col.multiselect(
    text("filter_state", lang),
    list(ActivityState),
    format_func=lambda s: ACTIVITY_LABELS[s].text(lang),
    placeholder=text("filter_all", lang),
    key="filter_state",
    select_all=False,
)
needle = text_col.text_input(text("filter_text", lang), key="filter_text", icon=":material/search:")

chosen = views.ActivityFilter(frozenset(measures), frozenset(groups), frozenset(states), needle or "")
shown = views.filter_activities(plan, chosen)
st.caption(text("shown", lang, shown=len(shown), total=len(plan.activities)))

# The table keeps stable keys; titles come from the view's labels.
column_config: dict[str, Any] = {key: views.header(key, lang) for key in views.HEADERS}
column_config["progress"] = st.column_config.ProgressColumn(
    views.header("progress", lang), min_value=0, max_value=100, format="%.2f%%"
)
column_config["name"] = st.column_config.TextColumn(views.header("name", lang), width="large")
column_config["budget"] = st.column_config.TextColumn(views.header("budget", lang), alignment="right")  # baht
column_config["responsible"] = widgets.group_link_column(lang)
by_measure = {m.measure: m for m in data.by_measure}
laid_out = source.measure_rows(ctx.current.snapshot_id, data.as_of, lang, chosen)  # once per snapshot and filter
names = views.measure_names(plan, lang)
for measure in plan.measures:
    if measures and measure.number not in measures:
        continue
    completion = by_measure[measure.number].completion
    st.header(widgets.plain(names[measure.number]))
    rows = [a for a in shown if a.measure == measure.number]
    if completion.activities == 0:
        st.info(text("no_activities_in_measure", lang))
        continue
    st.caption(
        f"{text('card_completion', lang)} {completion.completed}/{completion.activities} "
        f"({percent_label(completion.completion_pct)}) · "
        f"{text('mean_progress', lang)} {percent_label(completion.mean_progress_pct)}"
    )
    if not rows:
        st.info(text("no_match", lang))
        continue
    plain_table, phone = laid_out[measure.number]
    widgets.narrow_list(phone, f"activities_{measure.number}", lang)
    with widgets.wide(f"activities_{measure.number}"):
        picked = st.dataframe(
            group_tables.with_group_links(plain_table, ctx.view).drop(columns=["measure"]),
            hide_index=True,
            width="stretch",
            height="content",  # every row, no scrolling inside the table
            column_config=column_config,
            key=f"activities_{measure.number}",
            on_select="rerun",
            selection_mode="single-row",
        )
    with st.container(key=f"narrow_pick_{measure.number}"):  # a phone picks from a list, not a table row
        on_phone = st.selectbox(
            text("pick_activity_phone", lang),
            range(len(rows)),
            index=None,
            placeholder=text("pick_activity_phone_placeholder", lang),  # Streamlit's own is "Choose an option"
            format_func=lambda i: f"{rows[i].activity_id} {rows[i].name}"[:80],  # noqa: B023 (used at once)
            key=f"phone_pick_{measure.number}",
        )
    selected = picked.selection.rows if picked and picked.selection.rows else []
    if not selected and on_phone is not None:
        selected = [on_phone]
    if selected:
        widgets.activity_panel(views.activity_detail(rows[selected[0]], data.deadlines, lang), lang)
    else:
        widgets.wide(f"pick_note_{measure.number}").caption(text("pick_activity", lang))
