"""Figures: what they draw, in which language and calendar, and that big data is aggregated first."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest

from ita_core import chart_text, charts, metrics, read_workbook
from ita_core.metrics import DeadlineState, DeadlineStatus, ParticipationRatio
from ita_core.model import Deadline, Participation, Plan
from ita_core.paths import SHIPPED_WORKBOOK

AS_OF = date(2023, 3, 31)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return read_workbook(SHIPPED_WORKBOOK).plan


def _annotations(fig) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text for a in fig.layout.annotations]


def _row_labels(fig) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels written above each row (left edge of the plot), top to bottom."""
    rows = [a for a in fig.layout.annotations if a.xref == "paper" and a.yref == "y"]
    return [a.text for a in sorted(rows, key=lambda a: a.y)]


def test_completion_chart(plan: Plan) -> None:
    fig = charts.completion_chart(metrics.completion_by_measure(plan), "th")
    done, rest, mean = fig.data
    assert list(done.x) == [21.42, 25.0, 37.5]
    assert list(rest.x) == pytest.approx([78.58, 75.0, 62.5])
    assert list(mean.x) == [21.42, 25.0, 37.5]
    ticks = list(fig.layout.yaxis.ticktext)
    assert ticks[0] == "<b>มาตรการที่ 1</b><br>แล้วเสร็จ 3/14 (21.42%)"
    assert done.name == "✓ แล้วเสร็จ"  # a word and a symbol, not only green
    assert "Sarabun" in fig.layout.font.family
    assert tuple(fig.layout.xaxis.range) == (0, 100)


def test_completion_chart_in_english_and_for_an_empty_measure(plan: Plan) -> None:
    by_measure = metrics.completion_by_measure(plan)
    empty = by_measure[0].__class__(4, "ว่าง", metrics.completion([]))
    fig = charts.completion_chart([*by_measure, empty], "en")
    assert list(fig.layout.yaxis.ticktext)[-1] == "<b>Measure 4</b><br>no activities"
    assert fig.data[1].x[-1] == 0
    # No mean-progress mark at 0 % (nor "0/0 (0.00%)" read aloud): nothing is planned there.
    assert fig.data[2].x[-1] is None and fig.data[2].x[0] == 21.42
    assert chart_text.alt_of(fig).endswith("; Measure 4 no activities")


def test_timeline_of_the_shipped_plan(plan: Plan) -> None:
    states = metrics.deadline_states(plan, AS_OF)
    fig = charts.deadline_timeline(states, plan, AS_OF, "th")
    by_name = {t.name: t for t in fig.data}
    assert set(by_name) == {"เลยกำหนด", "ครบกำหนดใน 14 วัน", "ยังไม่ถึงกำหนด", "ส่งแล้ว"}
    symbols = {t.marker.symbol for t in fig.data}
    assert len(symbols) == 4  # each status has its own shape, not only its own colour
    rows = [y for t in fig.data for y in t.y]
    assert sorted(rows) == list(range(25))  # every deadline on its own row: same-day ones never overlap
    labels = _row_labels(fig)
    assert len(labels) == 25 and labels[4].startswith("1.6 กิจกรรมที่ ๑) · กิจกรรมยกย่อง")
    assert not fig.layout.yaxis.showticklabels  # labels above the rows keep the whole width for a phone


def test_timeline_axis_is_in_the_buddhist_era_with_quarters_and_as_of(plan: Plan) -> None:
    fig = charts.deadline_timeline(metrics.deadline_states(plan, AS_OF), plan, AS_OF, "th")
    ticks = list(fig.layout.xaxis.ticktext)
    assert ticks[0] == "ต.ค.<br>2565"
    assert "ม.ค.<br>2566" in ticks
    assert not any("2022" in t or "2023" in t for t in ticks)
    notes = _annotations(fig)
    assert {"ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"} <= set(notes)
    assert "ข้อมูล ณ 31 มี.ค. 2566" in notes
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert [str(s.x0) for s in lines] == ["2023-03-31"]


@pytest.mark.parametrize(("days_late", "step"), [(0, 1), (366, 3), (900, 6), (1400, 12)])
def test_a_year_judged_long_after_its_end_has_ticks_that_fit_and_one_label_for_the_year(
    plan: Plan, days_late: int, step: int
) -> None:
    """A Word plan has no data date: judged today, years after its fiscal year, the axis ran over three years with
    a tick a month (some forty, turned on their side and crowding each other) and four quarter names run together
    over a third of the width."""
    assert plan.as_of is not None
    late = plan.as_of + timedelta(days=days_late)
    fig = charts.deadline_timeline(metrics.deadline_states(plan, late), replace(plan, as_of=None), late, "th")
    ticks, texts = list(fig.layout.xaxis.tickvals), list(fig.layout.xaxis.ticktext)
    assert len(ticks) <= (14 if step == 1 else 8)
    assert all((b.year - a.year) * 12 + b.month - a.month == step for a, b in pairwise(ticks))
    assert all((t.month - 10) % step == 0 for t in ticks)  # on the fiscal year's months: October, then each step
    with_year = [i for i, t in enumerate(texts) if "<br>" in t]
    assert with_year == [i for i, d in enumerate(ticks) if i == 0 or d.year != ticks[i - 1].year]
    notes = _annotations(fig)
    quarters = {"ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"}
    if step == 1:
        assert quarters <= set(notes) and "ปีงบประมาณ 2566" not in notes
    else:
        assert not quarters & set(notes) and "ปีงบประมาณ 2566" in notes


@pytest.mark.parametrize("max_points", [1000, 1])  # a row per deadline, and the weekly counts
def test_a_timeline_of_one_status_still_says_what_its_symbol_means(plan: Plan, max_points: int) -> None:
    """Every deadline overdue (a plan judged after its year with nothing sent): the browser drew no legend for the
    one series with points, and the orange ✕ on every row was said nowhere on the chart."""
    late = date(2024, 12, 1)
    states = metrics.deadline_states(plan, late)
    late_states = [s for s in states if s.status is DeadlineStatus.OVERDUE]
    fig = charts.deadline_timeline(late_states, plan, late, "th", max_points=max_points)
    assert fig.layout.showlegend is True
    assert [t.name for t in fig.data if len(t.x)] == ["เลยกำหนด"]  # the one series with points


def test_timeline_in_english(plan: Plan) -> None:
    fig = charts.deadline_timeline(metrics.deadline_states(plan, AS_OF), plan, AS_OF, "en")
    assert fig.layout.xaxis.ticktext[0] == "Oct<br>2565"
    assert "Q1" in _annotations(fig)
    assert "as of 31 Mar 2566 BE" in _annotations(fig)


@pytest.mark.parametrize("max_points", [1000, 5])  # a row per deadline, and the weekly counts
def test_the_line_at_another_evaluation_date_is_not_called_the_datas(plan: Plan, max_points: int) -> None:
    """With 31 July picked, the line read "ข้อมูล ณ 31 ก.ค. 2566" over figures reported for 31 March."""
    july = date(2023, 7, 31)
    states = metrics.deadline_states(plan, july)
    notes = _annotations(charts.deadline_timeline(states, plan, july, "th", max_points=max_points))
    assert "ประเมิน ณ 31 ก.ค. 2566" in notes and not any(n.startswith("ข้อมูล ณ") for n in notes)
    english = _annotations(charts.deadline_timeline(states, plan, july, "en", max_points=max_points))
    assert "judged at 31 Jul 2566 BE" in english


def test_the_lines_label_stands_on_the_side_with_room(plan: Plan) -> None:
    """Centred on the line, a day near the year's end ran off a phone's right edge (ประเมิน ณ 25 ก.ย. 25…)."""

    def side(day: date) -> str:
        fig = charts.deadline_timeline(metrics.deadline_states(plan, day), plan, day, "th")
        [label] = [a for a in fig.layout.annotations if " ณ " in a.text]
        return str(label.xanchor)

    assert (side(AS_OF), side(date(2023, 9, 25))) == ("left", "right")


def _many_deadlines(n: int) -> list[DeadlineState]:
    rnd = random.Random(1)
    states = []
    for i in range(n):
        due = date(2022, 10, 1) + timedelta(days=rnd.randrange(365))
        status = rnd.choice(list(DeadlineStatus))
        states.append(DeadlineState(Deadline(f"1.{i}", "", due, None, ""), status, (due - AS_OF).days))
    return sorted(states, key=lambda s: s.deadline.due)


def test_thousands_of_deadlines_are_drawn_as_weekly_counts(plan: Plan) -> None:
    states = _many_deadlines(10_000)
    fig = charts.deadline_timeline(states, plan, AS_OF, "th")
    assert all(t.type == "bar" for t in fig.data)
    assert sum(len(t.x) for t in fig.data) <= 4 * 54  # at most one bar per status and week
    assert sum(sum(t.y) for t in fig.data) == 10_000


@pytest.mark.parametrize("count", [3, 10_000])
def test_the_legend_stands_clear_of_the_quarters_names(plan: Plan, count: int) -> None:
    """The quarters' names stand on the plot's top edge; 2 % of a short chart's height above it put the legend
    over them (seen at 1280 px with a plan of a few deadlines, and for thousands drawn as weekly counts)."""
    fig = charts.deadline_timeline(_many_deadlines(count), plan, AS_OF, "th")
    font = fig.layout.font.size
    plot = fig.layout.height - 50 - 3 * font  # the margins and the month ticks: the plot's height at most
    assert (fig.layout.legend.y - 1) * plot >= 1.5 * font  # a line of the quarters' names fits under it


def test_participation_chart_shows_fraction_truncated_percent_and_target(plan: Plan) -> None:
    fig = charts.participation_chart(metrics.participation_ratios(plan), plan, "th")
    bars, target = fig.data
    assert list(bars.x) == [91.36]
    assert list(target.x) == [80.0]
    assert _row_labels(fig) == ["1.2 · ทั้งหน่วยงาน<br><b>127/139 = 91.36%  ✓ ถึงเป้า</b>"]


def test_rows_below_target_are_marked_by_pattern_and_word() -> None:
    rows = [
        ParticipationRatio(Participation("1.1", "ก", 5, 12, Decimal(80), ""), Decimal("41.66"), False),
        ParticipationRatio(Participation("1.2", "ข", 10, 12, Decimal(80), ""), Decimal("83.33"), True),
    ]
    fig = charts.participation_chart(rows, _empty_plan(), "th")
    bars = fig.data[0]
    assert list(bars.marker.pattern.shape) == ["x", ""]
    assert "✕ ต่ำกว่าเป้า" in _row_labels(fig)[0]


def test_many_participation_rows_are_summarised_per_group() -> None:
    rows = [
        ParticipationRatio(Participation(f"1.{i}", f"กลุ่ม {i % 50}", 1, 2, Decimal(80), ""), Decimal(50), i % 3 == 0)
        for i in range(5_000)
    ]
    fig = charts.participation_chart(rows, _empty_plan(), "th")
    assert len(fig.data) == 2
    assert all(len(t.y) <= charts.MAX_PARTICIPATION_BARS for t in fig.data)


def test_projector_style_is_bigger(plan: Plan) -> None:
    screen = charts.completion_chart(metrics.completion_by_measure(plan), "th")
    room = charts.completion_chart(metrics.completion_by_measure(plan), "th", charts.Style.projector())
    assert room.layout.font.size > screen.layout.font.size
    assert room.layout.height <= charts.Style.projector().max_height


def _empty_plan() -> Plan:
    return Plan("", 2566, None, (), (), (), ())


def test_workbook_text_in_charts_is_shown_as_typed() -> None:
    rows = [
        ParticipationRatio(
            Participation("1.1", "<a href='http://elsewhere.example'>ก</a> & <b>ข</b>", 5, 12, Decimal(80), ""),
            Decimal("41.66"),
            False,
        )
    ]
    fig = charts.participation_chart(rows, _empty_plan(), "th")
    [label] = _row_labels(fig)
    assert label.startswith("1.1 · &lt;a href='http://elsewhere.example'&gt;ก&lt;/a&gt; &amp; &lt;b&gt;ข")
    assert charts.inert(charts.shorten("&" * 50, 10)) == "&amp;" * 9 + "…"  # never an entity cut in half


def test_trend_steps_by_revision_named_by_the_data_date() -> None:
    from ita_core.views import TrendPoint

    march, april = date(2023, 3, 31), date(2023, 4, 5)
    points = [
        TrendPoint(april, 1, {1: 20.0, 2: 25.0}, march),  # published in April, figures of 31 March
        TrendPoint(april, 2, {1: 35.71, 2: 25.0}, april),  # the same day: a point of its own
        TrendPoint(april, 3, {1: 20.0, 2: 25.0}, march),  # a rollback: a step back, in its place
    ]
    fig = charts.trend_chart(points, "th")
    assert [list(t.x) for t in fig.data] == [[0, 1, 2], [0, 1, 2]]
    assert list(fig.data[0].y) == [20.0, 35.71, 20.0]
    assert list(fig.layout.xaxis.ticktext) == [
        "31 มี.ค. 2566<br>ฉบับที่ 1",
        "5 เม.ย. 2566<br>ฉบับที่ 2",
        "31 มี.ค. 2566<br>ฉบับที่ 3",
    ]
    assert fig.layout.yaxis.title.text is None  # nothing to sit over the figures
    assert list(fig.layout.yaxis.tickvals) == [0, 20, 40, 60, 80, 100] and fig.layout.yaxis.automargin
    assert "ข้อมูล ณ %{customdata[0]}" in fig.data[0].hovertemplate


def test_a_measure_the_latest_revision_dropped_says_so_in_the_trend_legend() -> None:
    """Its line ended a step early and its last point read as its standing today."""
    from ita_core.views import TrendPoint

    day = date(2023, 3, 31)
    points = [TrendPoint(day, 1, {1: 20.0, 2: 25.0, 3: 40.0}, day), TrendPoint(day, 2, {1: 35.71, 2: 25.0}, day)]
    assert [t.name for t in charts.trend_chart(points, "th").data] == [
        "มาตรการที่ 1",
        "มาตรการที่ 2",
        "มาตรการที่ 3 (ไม่มีในฉบับล่าสุด)",
    ]
    assert charts.trend_chart(points, "en").data[2].name.endswith("(not in the latest revision)")
    assert [t.name for t in charts.trend_chart(points[:1], "th").data][2] == "มาตรการที่ 3"
    assert chart_text.trend(points, "th").endswith(
        "มาตรการที่ 1 จาก 20.00% เป็น 35.71%; มาตรการที่ 2 จาก 25.00% เป็น 25.00%; มาตรการที่ 3 จาก 40.00% เป็น ไม่มีในฉบับล่าสุด"
    )


def test_trend_names_at_most_eight_revisions_under_the_axis() -> None:
    from ita_core.views import TrendPoint

    points = [TrendPoint(date(2023, 4, 1), r, {1: float(r)}, date(2023, 4, 1)) for r in range(1, 31)]
    ticks = charts.trend_chart(points, "en").layout.xaxis.tickvals
    assert len(ticks) <= charts.TREND_TICKS + 1 and ticks[0] == 0 and ticks[-1] == 29


@pytest.mark.parametrize("revisions", [2, 7, 8, 9, 16, 17, 30, 47, 48, 49])
def test_the_latest_revision_is_named_and_no_two_names_are_closer_than_a_step(revisions: int) -> None:
    """On a phone the names under the trend are as wide as a step: the latest revision is always named,
    and the regular name just before it is dropped when it would sit closer than a step (48 revisions:
    ..., 36, 47 rather than ..., 42, 47 on top of each other)."""
    from ita_core.views import TrendPoint

    points = [TrendPoint(date(2023, 4, 1), r, {1: float(r)}, date(2023, 4, 1)) for r in range(1, revisions + 1)]
    ticks = list(charts.trend_chart(points, "th").layout.xaxis.tickvals)
    every = -(-revisions // charts.TREND_TICKS)
    assert ticks[0] == 0 and ticks[-1] == revisions - 1
    assert len(ticks) <= charts.TREND_TICKS + 1
    assert all(b - a >= every for a, b in pairwise(ticks))
