"""Each chart in a sentence (its text alternative), golden from the seed."""

from __future__ import annotations

from datetime import date

import pytest

from ita_core import chart_text, charts, metrics, read_workbook
from ita_core.model import Plan
from ita_core.paths import SHIPPED_WORKBOOK

AS_OF = date(2023, 3, 31)


@pytest.fixture(scope="module")
def plan() -> Plan:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    return plan


def test_completion_by_measure_in_a_sentence(plan: Plan) -> None:
    summary = metrics.summarise(plan, AS_OF)
    fig = charts.completion_chart(summary.by_measure, "th")
    assert chart_text.alt_of(fig) == (
        "กราฟความสำเร็จรายมาตรการ: มาตรการที่ 1 แล้วเสร็จ 3/14 (21.42%) ความก้าวหน้าเฉลี่ย 21.42%; "
        "มาตรการที่ 2 แล้วเสร็จ 1/4 (25.00%) ความก้าวหน้าเฉลี่ย 25.00%; "
        "มาตรการที่ 3 แล้วเสร็จ 3/8 (37.50%) ความก้าวหน้าเฉลี่ย 37.50%"
    )


def test_participation_and_deadlines_in_a_sentence(plan: Plan) -> None:
    ratios = metrics.participation_ratios(plan)
    assert chart_text.alt_of(charts.participation_chart(ratios, plan, "en")) == (
        "Chart of 1 participation row against their targets: 1.2 127/139 (91.36%) target 80.00%"
    )
    states = metrics.deadline_states(plan, AS_OF)
    sentence = chart_text.alt_of(charts.deadline_timeline(states, plan, AS_OF, "th"))
    assert sentence.startswith("เส้นเวลากำหนดส่ง 25 รายการ ณ 31 มี.ค. 2566: ")
    assert "◆ ครบกำหนดใน 14 วัน 1" in sentence


def test_a_long_list_is_cut_with_how_many_more() -> None:
    parts = [str(i) for i in range(10)]
    assert chart_text._listed(parts, "th") == "0; 1; 2; 3; 4; 5 และอีก 4 รายการ"


def test_a_figure_made_elsewhere_has_no_sentence() -> None:
    import plotly.graph_objects as go

    assert chart_text.alt_of(go.Figure()) == ""
