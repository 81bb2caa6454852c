"""Plotly figures for the dashboard and the meeting slides.

Conventions: the Okabe–Ito palette (safe for the common colour-vision
deficiencies), a symbol and a word next to every status colour, Thai text in
the Sarabun font the app serves, and Buddhist-era labels on date axes (plotly
would print Gregorian years). Large data is aggregated before plotting: a
browser never receives thousands of bars.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import plotly.graph_objects as go

from ita_core import chart_text
from ita_core.labels import DEADLINE_LABELS, Lang, date_label, group_label, measure_label, percent_label
from ita_core.metrics import (
    DeadlineState,
    DeadlineStatus,
    MeasureCompletion,
    ParticipationRatio,
    Summary,
    participation_by_group,
)
from ita_core.model import Plan
from ita_core.numbers import format_decimal
from ita_core.text import Text
from ita_core.thai import MONTHS_EN, MONTHS_SHORT, be_year, fiscal_quarter_bounds, fiscal_year_be, to_thai_digits
from ita_core.views import TrendPoint
from ita_core.yearly import YearPoint

FONT_FAMILY = "Sarabun, 'Noto Sans Thai', 'Tahoma', sans-serif"

# Okabe & Ito (2008), "Color Universal Design".
BLUE, ORANGE, GREEN, VERMILLION, SKY, BLACK = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#000000"
REMAINING = "#C8C8C8"
STATUS_COLORS = {
    DeadlineStatus.OVERDUE: VERMILLION,
    DeadlineStatus.DUE_SOON: ORANGE,
    DeadlineStatus.UPCOMING: BLUE,
    DeadlineStatus.DONE: GREEN,
}
STATUS_SYMBOLS = {
    DeadlineStatus.OVERDUE: "x-thin-open",
    DeadlineStatus.DUE_SOON: "diamond",
    DeadlineStatus.UPCOMING: "circle-open",
    DeadlineStatus.DONE: "circle",
}
STATUS_ORDER = (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON, DeadlineStatus.UPCOMING, DeadlineStatus.DONE)
MAX_TIMELINE_POINTS = 150
MAX_PARTICIPATION_BARS = 40


@dataclass(frozen=True)
class Style:
    """Sizes for a screen (default) or a projector (``Style.projector()``)."""

    font: int = 15
    title: int = 18
    marker: int = 13
    row: int = 30  # pixels per row of a bar or timeline chart
    max_height: int | None = None  # a slide has a fixed screen to fill
    min_height: int = 0

    @classmethod
    def projector(cls) -> Style:
        return cls(font=26, title=30, marker=24, row=58, max_height=500, min_height=460)


def _text(th: str, en: str, lang: Lang) -> str:
    return Text(th, en).get(lang)


LEGEND_Y = 1.02  # the legend stands above the plot by 2 % of its height


def _base_layout(fig: go.Figure, style: Style, height: int) -> go.Figure:
    height = max(height, style.min_height)
    if style.max_height is not None:
        height = min(height, style.max_height)
    fig.update_layout(
        font={"family": FONT_FAMILY, "size": style.font, "color": "#111111"},
        height=height,
        margin={"l": 10, "r": 40, "t": 40, "b": 10},
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
        legend={"orientation": "h", "yanchor": "bottom", "y": LEGEND_Y, "x": 0, "font": {"size": style.font}},
        hoverlabel={"font": {"family": FONT_FAMILY, "size": style.font}},
    )
    fig.update_xaxes(automargin=True)
    return fig


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def inert(text: str) -> str:
    """Workbook text for a plotly label or hover: plotly reads a subset of HTML (``<a href>``, ``<b>``,
    ``<br>``), so ``<``, ``>`` and ``&`` are written as entities and show as the characters typed."""
    return html.escape(text, quote=False)


def _inert_short(text: str, limit: int) -> str:
    return inert(shorten(text, limit))  # shortened first: never cut an entity in half


def _labels_above_rows(fig: go.Figure, labels: Sequence[str], style: Style, top: float = -1.0) -> None:
    """Rows at positions 0..n-1, each with its label on a line of its own just above it.

    A label beside the axis takes the chart's width from the data, and on a phone it leaves
    nothing: ids are clipped and figures cut off. Above the row, starting at the left edge of
    the plot, a label has the whole width at any screen size. ``top`` is the range's upper end.
    """
    fig.update_yaxes(
        range=[len(labels) - 0.5, top], showticklabels=False, showgrid=False, zeroline=False, fixedrange=True
    )
    for i, label in enumerate(labels):
        fig.add_annotation(
            x=0,
            xref="paper",
            y=i - 0.5,
            yref="y",
            xanchor="left",
            yanchor="middle",
            align="left",
            showarrow=False,
            text=label,
            font={"size": style.font},
            bgcolor="rgba(255,255,255,0.85)",
        )
    fig.update_layout(margin={"l": 6, "r": 16})


def _label_rows(fig: go.Figure, labels: Sequence[str], style: Style) -> None:
    """Rows at positions 0..n-1, top to bottom, labelled with (possibly repeated) text."""
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(labels))),
        ticktext=list(labels),
        range=[len(labels) - 0.5, -0.5],
        tickfont={"size": style.font},
        showgrid=False,
        zeroline=False,
        automargin=True,
    )


# -- completion by measure ------------------------------------------------------------------------


def report_percent(value: Decimal) -> str:
    """A percentage as the official form writes it: ``ร้อยละ 21.42``, ``ร้อยละ 100``."""
    return f"ร้อยละ {format_decimal(value).removesuffix('.00')}"


def completion_chart(
    by_measure: Sequence[MeasureCompletion],
    lang: Lang,
    style: Style | None = None,
    *,
    thai_digits: bool = False,
    for_report: bool = False,
) -> go.Figure:
    """Per measure: the completed share and the remainder as one 100% bar, mean progress as a diamond.

    The counts go in the row label (two lines), so no text ever sits on top of a bar or a marker.
    ``thai_digits`` writes every number with Thai digits, and ``for_report`` writes percentages
    as the form does (ร้อยละ ๒๕, never ๒๕.๐๐%), so one document prints them one way.
    """
    style = style or Style()
    digits = to_thai_digits if thai_digits else str
    percent = report_percent if for_report else percent_label
    labels = [
        f"<b>{measure_label(m.measure, lang)}</b><br>"
        + (
            f"{_text('แล้วเสร็จ', 'done', lang)} {m.completion.completed}/{m.completion.activities}"
            f" ({percent(m.completion.completion_pct)})"
            if m.completion.activities
            else _text("ไม่มีกิจกรรม", "no activities", lang)
        )
        for m in by_measure
    ]
    labels = [digits(label) for label in labels]
    positions = list(range(len(by_measure)))
    done = [float(m.completion.completion_pct) for m in by_measure]
    fig = go.Figure()
    fig.add_bar(
        y=positions,
        x=done,
        orientation="h",
        name=_text("✓ แล้วเสร็จ", "✓ Completed", lang),
        marker={"color": GREEN, "line": {"color": BLACK, "width": 1}},
        customdata=[percent_label(m.completion.completion_pct) for m in by_measure],
        hovertemplate=_text("แล้วเสร็จ %{customdata}", "completed %{customdata}", lang) + "<extra></extra>",
    )
    fig.add_bar(
        y=positions,
        x=[100 - d if m.completion.activities else 0 for d, m in zip(done, by_measure, strict=True)],
        orientation="h",
        name=_text("ยังไม่แล้วเสร็จ", "Not yet completed", lang),
        marker={"color": REMAINING, "pattern": {"shape": "/", "fgcolor": "#7A7A7A"}},
        hoverinfo="skip",
    )
    fig.add_scatter(
        y=positions,
        x=[float(m.completion.mean_progress_pct) if m.completion.activities else None for m in by_measure],
        mode="markers",
        name=_text("ความก้าวหน้าเฉลี่ย", "Mean progress", lang),
        marker={
            "symbol": "diamond",
            "size": style.marker + 6,
            "color": BLACK,
            "line": {"color": "#FFFFFF", "width": 2},
        },
        customdata=[percent_label(m.completion.mean_progress_pct) for m in by_measure],
        hovertemplate=_text("ความก้าวหน้าเฉลี่ย %{customdata}", "mean progress %{customdata}", lang) + "<extra></extra>",
    )
    fig.update_layout(barmode="stack", bargap=0.45, legend={"traceorder": "normal"})
    ticks = list(range(0, 101, 20))
    tick_text = [digits(str(t) if for_report else f"{t}%") for t in ticks]
    fig.update_xaxes(range=[0, 100], gridcolor="#E0E0E0", tickvals=ticks, ticktext=tick_text)
    if for_report:
        fig.update_xaxes(title="ร้อยละ")
    _label_rows(fig, labels, style)
    chart_text.with_alt(fig, chart_text.completion(by_measure, lang))
    return _base_layout(fig, style, height=max(220, style.row * 2 * len(by_measure) + 110))


# -- deadlines ------------------------------------------------------------------------------------


MONTH_TICKS = 14  # a fiscal year's months and a little more; a longer span has at most LONG_SPAN_TICKS
LONG_SPAN_TICKS = 8  # every 3, 6 or 12 months: few enough to stand level on a phone
QUARTERS_NAMED = 0.75  # the fiscal year's share of the axis below which its quarters are not named one by one


def _month_ticks(first: date, last: date, lang: Lang) -> tuple[list[date], list[str]]:
    """Month starts labelled in Thai, with the Buddhist-era year at the first tick and wherever it changes. A plan
    judged years after its fiscal year (a Word plan has no data date: judged today) spans several years: a tick
    a month was some forty, turned on their side and crowding each other; so a longer span takes a tick every 3, 6
    or 12 months, on the fiscal year's (October, then every step)."""
    day = date(first.year, first.month, 1)
    if day < first:  # the first month that begins on the axis
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    months = (last.year - day.year) * 12 + last.month - day.month + 1
    step = 1 if months <= MONTH_TICKS else next((s for s in (3, 6) if -(-months // s) <= LONG_SPAN_TICKS), 12)
    ticks: list[date] = []
    texts: list[str] = []
    while day <= last:
        if (day.month - 10) % step == 0:
            month = Text(MONTHS_SHORT[day.month - 1], MONTHS_EN[day.month - 1]).get(lang)
            show_year = not ticks or day.year != ticks[-1].year
            texts.append(f"{month}<br>{be_year(day.year)}" if show_year else month)
            ticks.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return ticks, texts


def _span(states: Sequence[DeadlineState], as_of: date, fiscal_year: int | None) -> tuple[date, date, int]:
    """The fiscal year, widened to every deadline and the day they are judged at, with room at each end for the
    first and last month's names: a week, or over several years 3 % of the span (a week was two pixels, and the
    browser left out the first month's name, and with it the first year)."""
    fy = fiscal_year or fiscal_year_be(as_of)
    first, _ = fiscal_quarter_bounds(fy, 1)
    _, last = fiscal_quarter_bounds(fy, 4)
    dues = [s.deadline.due for s in states] + [as_of]
    first, last = min(first, *dues), max(last, *dues)
    room = max(timedelta(days=7), (last - first) * 0.03)
    return first - room, last + room, fy


def _decorate_time_axis(
    fig: go.Figure,
    span: tuple[date, date, int],
    as_of: date,
    data_date: date | None,
    lang: Lang,
    style: Style,
    label_y: dict[str, object],
) -> None:
    """Buddhist-era month ticks, shaded fiscal quarters, and a dashed line at the day deadlines are judged at.

    The line is named as the header names that day: ข้อมูล ณ when it is the data's own, ประเมิน ณ when the viewer
    picked another (it read ข้อมูล ณ 31 ก.ค. over figures of 31 March). ``label_y`` places its label (yref, y,
    yanchor) in a spot the caller keeps free of data.
    """
    first, last, fy = span
    ticks, texts = _month_ticks(first, last, lang)
    fig.update_xaxes(
        type="date", range=[first, last], tickvals=ticks, ticktext=texts, gridcolor="#E6E6E6", automargin=True
    )
    # Over a span much longer than the year (judged long after it), four quarter names run together: the year is
    # named once over its quarters, still shaded.
    named = (fiscal_quarter_bounds(fy, 4)[1] - fiscal_quarter_bounds(fy, 1)[0]) / (last - first) >= QUARTERS_NAMED
    for quarter in range(1, 5):
        q_first, q_last = fiscal_quarter_bounds(fy, quarter)
        fig.add_shape(
            type="rect",
            xref="x",
            yref="paper",
            x0=q_first,
            x1=q_last + timedelta(days=1),
            y0=0,
            y1=1,
            fillcolor="#F3F3F3" if quarter % 2 else "#FFFFFF",
            line={"width": 0},
            layer="below",
        )
        if named:
            _above_plot(fig, q_first + (q_last - q_first) / 2, _text(f"ไตรมาส {quarter}", f"Q{quarter}", lang), style)
    if not named:
        year_first, year_last = fiscal_quarter_bounds(fy, 1)[0], fiscal_quarter_bounds(fy, 4)[1]
        _above_plot(
            fig, year_first + (year_last - year_first) / 2, _text(f"ปีงบประมาณ {fy}", f"fiscal year {fy}", lang), style
        )
    fig.add_shape(
        type="line",
        xref="x",
        yref="paper",
        x0=as_of,
        x1=as_of,
        y0=0,
        y1=1,
        line={"color": BLACK, "width": 2, "dash": "dash"},
    )
    fig.add_annotation(
        x=as_of,
        xref="x",
        # Beside the line, on the side with room: centred on it, a day near the year's end ran off a phone's edge.
        xanchor="right" if as_of - first > last - as_of else "left",
        **label_y,
        showarrow=False,
        text=_text(
            f"{'ข้อมูล' if as_of == data_date else 'ประเมิน'} ณ {date_label(as_of, 'th')}",
            f"{'as of' if as_of == data_date else 'judged at'} {date_label(as_of, 'en')}",
            lang,
        ),
        font={"size": style.font - 1, "color": BLACK},
        bgcolor="#FFFFFF",
    )


def _above_plot(fig: go.Figure, x: date, text: str, style: Style) -> None:
    """A name standing on the plot's top edge at ``x`` (a quarter's, or the year's)."""
    fig.add_annotation(
        x=x,
        y=1,
        xref="x",
        yref="paper",
        yanchor="bottom",
        showarrow=False,
        text=text,
        font={"size": style.font - 1, "color": "#444444"},
    )


def deadline_timeline(
    states: Sequence[DeadlineState],
    plan: Plan,
    as_of: date,
    lang: Lang,
    style: Style | None = None,
    max_points: int = MAX_TIMELINE_POINTS,
) -> go.Figure:
    """Every deadline as a symbol on its own row, or, past ``max_points``, weekly counts per status."""
    style = style or Style()
    first, last, fy = _span(states, as_of, plan.fiscal_year_be)
    alt = chart_text.deadlines(states, date_label(as_of, lang), lang)
    if len(states) > max_points:
        fig = _weekly_deadlines(states, lang)
        place = {"yref": "paper", "y": 1, "yanchor": "top"}
        _decorate_time_axis(fig, (first, last, fy), as_of, plan.as_of, lang, style, place)
        fig.update_yaxes(title=_text("จำนวนกำหนดส่งต่อสัปดาห์", "deadlines per week", lang), gridcolor="#E6E6E6")
        return _legend_above_quarters(_base_layout(chart_text.with_alt(fig, alt), style, height=460), style)

    names = {a.activity_id: a.name for a in plan.activities}
    # One row per deadline (rows are positions, each with its label), so deadlines of the same day never overlap.
    rows = [_deadline_row(s, names) for s in states]
    fig = go.Figure()
    for status in STATUS_ORDER:
        idx = [i for i, s in enumerate(states) if s.status is status]
        label = DEADLINE_LABELS[status].text(lang)
        fig.add_scatter(
            x=[states[i].deadline.due for i in idx],
            y=idx,
            mode="markers",
            name=_legend_name(status, lang),
            marker={
                "symbol": STATUS_SYMBOLS[status],
                "size": style.marker,
                "color": STATUS_COLORS[status],
                "line": {"width": 2.5, "color": STATUS_COLORS[status]},
            },
            customdata=[
                [
                    date_label(states[i].deadline.due, lang, "long"),
                    label,
                    inert(names.get(states[i].deadline.activity_id, "")),
                ]
                for i in idx
            ],
            hovertemplate="%{customdata[2]}<br>%{customdata[0]} · %{customdata[1]}<extra></extra>",
            visible=True if idx else "legendonly",
        )
    # The as-of label sits on a free line at the top, above the first row's own label.
    place = {"yref": "y", "y": -1.25, "yanchor": "middle"}
    _decorate_time_axis(fig, (first, last, fy), as_of, plan.as_of, lang, style, place)
    _labels_above_rows(fig, rows, style, top=-1.75)
    chart_text.with_alt(fig, alt)
    fig = _base_layout(fig, style, height=max(260, round(style.row * 1.7 * (len(states) + 1)) + 130))
    return _legend_above_quarters(fig, style)


def _legend_above_quarters(fig: go.Figure, style: Style) -> go.Figure:
    """The legend above the quarters' names, which stand on the plot's top edge. At the layout's 2 % of the plot's
    height above it, a short chart's legend (a plan of a few deadlines, a meeting slide) ran into them.

    Always shown: the browser draws no legend for a single status (every deadline overdue, the only symbol ✕ with
    nothing to say what it means), as it does for any chart of one series."""
    margin = fig.layout.margin
    plot = int(fig.layout.height) - margin.t - margin.b - 3 * style.font  # and the month ticks under the plot
    fig.update_layout(showlegend=True, legend={"y": max(LEGEND_Y, 1 + 1.8 * style.font / max(plot, 100))})
    return fig


def _deadline_row(state: DeadlineState, names: dict[str, str]) -> str:
    """``1.6 กิจกรรมที่ ๑) · กิจกรรมยกย่อง…``: the item when there is one, then the activity."""
    d = state.deadline
    what = f"{d.item} · {names.get(d.activity_id, '')}" if d.item else names.get(d.activity_id, "")
    return inert(f"{d.activity_id} {shorten(what, 40)}")


def _legend_name(status: DeadlineStatus, lang: Lang) -> str:
    """The status word; the legend already draws the status's own marker shape beside it."""
    return DEADLINE_LABELS[status].words.get(lang)


def _weekly_deadlines(states: Sequence[DeadlineState], lang: Lang) -> go.Figure:
    weeks: Counter[tuple[date, DeadlineStatus]] = Counter()
    for s in states:
        monday = s.deadline.due - timedelta(days=s.deadline.due.weekday())
        weeks[monday, s.status] += 1
    fig = go.Figure()
    for status in STATUS_ORDER:
        points = sorted((week, n) for (week, st), n in weeks.items() if st is status)
        fig.add_bar(
            x=[w + timedelta(days=3) for w, _ in points],
            y=[n for _, n in points],
            name=_legend_name(status, lang),
            marker={"color": STATUS_COLORS[status], "pattern": {"shape": _PATTERNS[status]}},
            customdata=[date_label(w, lang) for w, _ in points],
            hovertemplate=_text("สัปดาห์ของ %{customdata}: %{y} รายการ", "week of %{customdata}: %{y}", lang)
            + "<extra></extra>",
        )
    totals = Counter[date]()
    for (week, _), n in weeks.items():
        totals[week] += n
    fig.update_layout(barmode="stack", bargap=0.1)
    fig.update_yaxes(range=[0, max(totals.values(), default=1) * 1.25])  # headroom for the as-of label
    return fig


_PATTERNS = {
    DeadlineStatus.OVERDUE: "x",
    DeadlineStatus.DUE_SOON: ".",
    DeadlineStatus.UPCOMING: "",
    DeadlineStatus.DONE: "/",
}


# -- participation --------------------------------------------------------------------------------


def participation_chart(
    ratios: Sequence[ParticipationRatio],
    plan: Plan,
    lang: Lang,
    style: Style | None = None,
    max_bars: int = MAX_PARTICIPATION_BARS,
) -> go.Figure:
    """Each row's ratio against its target line; past ``max_bars``, rows meeting and missing target per group."""
    style = style or Style()
    if len(ratios) > max_bars:
        grouped = _participation_groups(ratios, lang, style, max_bars)
        return chart_text.with_alt(grouped, chart_text.participation(ratios, lang))
    names = {a.activity_id: a.name for a in plan.activities}
    positions = list(range(len(ratios)))
    met_word = {True: _text("✓ ถึงเป้า", "✓ meets target", lang), False: _text("✕ ต่ำกว่าเป้า", "✕ below target", lang)}
    texts = [
        f"{r.row.participants}/{r.row.headcount} = {percent_label(r.ratio_pct)}"
        + (f"  {met_word[r.met]}" if r.met is not None else "")
        for r in ratios
    ]
    # Two lines above each bar: who, then the exact fraction and the truncated percentage.
    labels = [
        f"{inert(r.row.activity_id)} · {_inert_short(group_label(r.row.group, lang), 48)}<br><b>{t}</b>"
        for r, t in zip(ratios, texts, strict=True)
    ]
    fig = go.Figure()
    fig.add_bar(
        y=positions,
        x=[float(r.ratio_pct) for r in ratios],
        orientation="h",
        name=_text("ร้อยละผู้เข้าร่วม", "participation %", lang),
        marker={
            "color": [VERMILLION if r.met is False else BLUE for r in ratios],
            "pattern": {"shape": ["x" if r.met is False else "" for r in ratios], "fgcolor": "#FFFFFF"},
            "line": {"color": BLACK, "width": 1},
        },
        customdata=[[inert(names.get(r.row.activity_id, "")), t] for r, t in zip(ratios, texts, strict=True)],
        hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        showlegend=False,
    )
    targets = [(i, float(r.row.target_pct)) for i, r in enumerate(ratios) if r.row.target_pct is not None]
    if targets:
        fig.add_scatter(
            y=[t[0] for t in targets],
            x=[t[1] for t in targets],
            mode="markers",
            name=_text("เป้าหมาย", "target", lang),
            marker={"symbol": "line-ns", "size": style.row * 1.1, "line": {"width": 4, "color": BLACK}},
            customdata=[percent_label(r.row.target_pct) for r in ratios if r.row.target_pct is not None],
            hovertemplate=_text("เป้าหมาย %{customdata}", "target %{customdata}", lang) + "<extra></extra>",
        )
    fig.update_layout(bargap=0.55)
    fig.update_xaxes(range=[0, 100], ticksuffix="%", dtick=20, gridcolor="#E0E0E0", fixedrange=True)
    _labels_above_rows(fig, labels, style, top=-1.1)
    chart_text.with_alt(fig, chart_text.participation(ratios, lang))
    return _base_layout(fig, style, height=max(220, round(style.row * 3 * len(ratios)) + 120))


def _participation_groups(ratios: Sequence[ParticipationRatio], lang: Lang, style: Style, limit: int) -> go.Figure:
    groups = participation_by_group(ratios)[:limit]
    labels = [_inert_short(group_label(g.group, lang), 30) for g in groups]
    fig = go.Figure()
    fig.add_bar(
        y=labels,
        x=[g.short for g in groups],
        orientation="h",
        name=_text("✕ แถวที่ต่ำกว่าเป้า", "✕ rows below target", lang),
        marker={"color": VERMILLION, "pattern": {"shape": "x", "fgcolor": "#FFFFFF"}},
    )
    fig.add_bar(
        y=labels,
        x=[g.met for g in groups],
        orientation="h",
        name=_text("✓ แถวที่ถึงเป้า", "✓ rows meeting target", lang),
        marker={"color": BLUE},
    )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=_text("จำนวนแถว (กิจกรรม × กลุ่มงาน)", "rows (activity × group)", lang), gridcolor="#E0E0E0")
    fig.update_yaxes(autorange="reversed")
    return _base_layout(fig, style, height=max(240, style.row * len(groups) + 140))


# -- over time and across units -------------------------------------------------------------------


_MEASURE_STYLES = (
    (BLUE, "circle", "solid"),
    (ORANGE, "square", "dash"),
    (GREEN, "diamond", "dot"),
    (VERMILLION, "triangle-up", "dashdot"),
    (SKY, "x", "longdash"),
)


TREND_TICKS = 8  # at most this many revisions named under the axis; every point still has its hover


def trend_chart(points: Sequence[TrendPoint], lang: Lang, style: Style | None = None) -> go.Figure:
    """Completion per measure, one step per revision in the order they were published, each named by the
    date its figures are for: revisions of one day stay apart, and a rollback shows as the step back it
    is. Each measure has its own colour, marker and dash. A measure the latest revision no longer has says so in
    the legend: its line ends a step or more early, and its last point read as its standing today."""
    style = style or Style()
    measures = sorted({m for p in points for m in p.by_measure})
    latest = points[-1].by_measure if points else {}
    dropped = _text(" (ไม่มีในฉบับล่าสุด)", " (not in the latest revision)", lang)
    steps = {p.revision: i for i, p in enumerate(points)}
    revision = _text("ฉบับที่", "rev.", lang)
    fig = go.Figure()
    for i, measure in enumerate(measures):
        color, symbol, dash = _MEASURE_STYLES[i % len(_MEASURE_STYLES)]
        shown = [p for p in points if measure in p.by_measure]
        fig.add_scatter(
            x=[steps[p.revision] for p in shown],
            y=[p.by_measure[measure] for p in shown],
            mode="lines+markers",
            name=measure_label(measure, lang) + ("" if measure in latest else dropped),
            line={"color": color, "dash": dash, "width": 3},
            marker={"symbol": symbol, "size": style.marker, "color": color},
            customdata=[[date_label(p.data_date, lang), p.revision, date_label(p.published, lang)] for p in shown],
            hovertemplate=_text(
                "ข้อมูล ณ %{customdata[0]} · ฉบับที่ %{customdata[1]} (เผยแพร่ %{customdata[2]}): %{y:.2f}%",
                "data as of %{customdata[0]} · revision %{customdata[1]} (published %{customdata[2]}): %{y:.2f}%",
                lang,
            )
            + "<extra>%{fullData.name}</extra>",
        )
    every = max(1, -(-len(points) // TREND_TICKS))
    named = [i for i in range(len(points)) if i % every == 0]
    last = len(points) - 1
    if named[-1] != last:  # the latest revision is always named; a name closer than a step would overlap it
        if last - named[-1] < every:
            named.pop()
        named.append(last)
    fig.update_xaxes(
        tickvals=named,
        ticktext=[f"{date_label(points[i].data_date, lang)}<br>{revision} {points[i].revision}" for i in named],
        range=[-0.4, max(len(points) - 0.6, 0.6)],
        gridcolor="#E6E6E6",
        zeroline=False,
    )
    # The figures say "%" themselves and the section's title says what they are: no axis title to sit
    # over them, and room for "100%" whole.
    fig.update_yaxes(range=[0, 105], ticksuffix="%", tickvals=[0, 20, 40, 60, 80, 100], gridcolor="#E0E0E0")
    fig.update_yaxes(automargin=True)
    chart_text.with_alt(fig, chart_text.trend(points, lang))
    return _base_layout(fig, style, height=340)


def units_chart(standings: Sequence[Summary], lang: Lang, style: Style | None = None) -> go.Figure:
    """Units ranked by completion, as one bar each with the figure written beside it."""
    style = style or Style()
    rows = list(standings)
    labels = [_inert_short(r.unit, 60) for r in rows]  # above each bar, with the chart's whole width (phone)
    values = [float(r.overall.completion_pct) for r in rows]
    fig = go.Figure()
    fig.add_bar(
        y=list(range(len(rows))),
        x=values,
        orientation="h",
        marker={"color": BLUE, "line": {"color": BLACK, "width": 1}},
        text=[percent_label(r.overall.completion_pct) for r in rows],
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{x:.2f}%<extra></extra>",
        showlegend=False,
    )
    fig.update_layout(bargap=0.55)
    ticks = [25, 50, 75, 100]  # "100%" fits between its neighbours on a phone; the bars start at the axis line
    fig.update_xaxes(
        range=[0, 110], tickvals=ticks, ticktext=[f"{t}%" for t in ticks], gridcolor="#E0E0E0", fixedrange=True
    )
    _labels_above_rows(fig, labels, style, top=-1.1)
    chart_text.with_alt(fig, chart_text.units(rows, lang))
    return _base_layout(fig, style, height=max(220, round(style.row * 3 * len(rows)) + 120))


_YEAR_STYLES = ((SKY, ""), (BLUE, "/"), (ORANGE, "."), (GREEN, "x"))  # colour and pattern: never colour alone


def years_chart(
    points: Sequence[YearPoint], names: dict[int, str], lang: Lang, style: Style | None = None
) -> go.Figure:
    """Completion per measure, one bar per fiscal year at the same point of each year, figures beside."""
    style = style or Style()
    measures = sorted({m for p in points if p.summary for m in p.summary.measure_completion()} | set(names))
    fig = go.Figure()
    for i, point in enumerate(points):
        color, pattern = _YEAR_STYLES[i % len(_YEAR_STYLES)]
        by_measure = point.summary.measure_completion() if point.summary else {}
        values = [float(by_measure[m]) if m in by_measure else 0.0 for m in measures]
        fig.add_bar(
            y=list(range(len(measures))),
            x=values,
            orientation="h",
            name=_text(
                f"ปีงบประมาณ {point.fiscal_year_be} (ณ {date_label(point.day, 'th')})",
                f"FY{point.fiscal_year_be} (at {date_label(point.day, 'en')})",
                lang,
            ),
            marker={"color": color, "pattern": {"shape": pattern}, "line": {"color": BLACK, "width": 1}},
            text=[percent_label(by_measure[m]) if m in by_measure else "–" for m in measures],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x:.2f}%<extra>%{fullData.name}</extra>",
        )
    fig.update_layout(barmode="group", bargap=0.3, bargroupgap=0.05)
    fig.update_xaxes(range=[0, 115], ticksuffix="%", dtick=20, gridcolor="#E0E0E0")
    labels = [f"<b>{_inert_short(names.get(m, measure_label(m, lang)), 60)}</b>" for m in measures]
    _labels_above_rows(fig, labels, style)
    chart_text.with_alt(fig, chart_text.years(points, lang))
    return _base_layout(fig, style, height=max(220, style.row * len(measures) * max(1, len(points)) + 140))
