"""ITA progress dashboard: entry point (`streamlit run dashboard.py`)."""

from datetime import date

import streamlit as st

from ita_core import completion, completion_by_measure, read_workbook
from ita_core.numbers import format_decimal
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.thai import format_date_th

st.set_page_config(page_title="ITA ภาพรวม", layout="wide")
plan = read_workbook(SHIPPED_WORKBOOK).plan
if plan is None:
    st.error("อ่านข้อมูลที่มากับโปรแกรมไม่ได้")
    st.stop()
as_of = plan.effective_as_of(date.today())
st.title(plan.unit)
st.caption(f"ปีงบประมาณ {plan.fiscal_year_be} · ข้อมูล ณ วันที่ {format_date_th(as_of, 'long')}")
overall = completion(plan.activities)
st.metric("ดำเนินการแล้วเสร็จ (ร้อยละ)", format_decimal(overall.completion_pct))
for m in completion_by_measure(plan):
    st.write(f"มาตรการที่ {m.measure}: {m.completion.completed}/{m.completion.activities}")
