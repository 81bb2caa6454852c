"""Each chart said in a sentence: its text alternative, for a screen reader and for anyone who would
rather read the figures than the picture.

A chart builder in ``charts`` stores its sentence in the figure (``layout.meta``); the page writes it
under the chart (``alt_of``). The sentences name the same figures the chart draws, truncated as the
official documents write them, and list at most ``MAX_LISTED`` rows (the page's table has them all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import plotly.graph_objects as go

from ita_core.labels import DEADLINE_LABELS, Lang, date_label, measure_label, percent_label
from ita_core.metrics import Completion, DeadlineState, MeasureCompletion, ParticipationRatio, Summary
from ita_core.text import Text
from ita_core.views import TrendPoint
from ita_core.yearly import YearPoint

MAX_LISTED = 6
_KEY = "alt"


def with_alt(fig: go.Figure, sentence: str) -> go.Figure:
    fig.update_layout(meta={_KEY: sentence})
    return fig


def alt_of(fig: go.Figure) -> str:
    """The sentence a chart builder stored (``""`` for a figure made elsewhere)."""
    meta = fig.layout.meta
    return str(meta.get(_KEY, "")) if isinstance(meta, dict) else ""


def _t(th: str, en: str, lang: Lang) -> str:
    return Text(th, en).get(lang)


def _listed(parts: Sequence[str], lang: Lang) -> str:
    shown = "; ".join(parts[:MAX_LISTED])
    more = len(parts) - MAX_LISTED
    return shown + (_t(f" และอีก {more} รายการ", f" and {more} more", lang) if more > 0 else "")


def completion(by_measure: Sequence[MeasureCompletion], lang: Lang) -> str:
    parts = [f"{measure_label(m.measure, lang)} {_measure_done(m.completion, lang)}" for m in by_measure]
    return _t("กราฟความสำเร็จรายมาตรการ: ", "Chart of completion by measure: ", lang) + _listed(parts, lang)


def _measure_done(c: Completion, lang: Lang) -> str:
    if not c.activities:  # not "0/0 (0.00%)": nothing is planned there
        return _t("ไม่มีกิจกรรม", "no activities", lang)
    done, mean = percent_label(c.completion_pct), percent_label(c.mean_progress_pct)
    return _t(
        f"แล้วเสร็จ {c.completed}/{c.activities} ({done}) ความก้าวหน้าเฉลี่ย {mean}",
        f"{c.completed}/{c.activities} done ({done}), mean progress {mean}",
        lang,
    )


def deadlines(states: Sequence[DeadlineState], as_of_label: str, lang: Lang) -> str:
    counts = Counter(s.status for s in states)
    parts = [f"{DEADLINE_LABELS[status].text(lang)} {n}" for status, n in counts.items()]
    head = _t(
        f"เส้นเวลากำหนดส่ง {len(states)} รายการ ณ {as_of_label}: ",
        f"Timeline of {len(states)} deadlines as of {as_of_label}: ",
        lang,
    )
    return head + "; ".join(parts)


def participation(ratios: Sequence[ParticipationRatio], lang: Lang) -> str:
    parts = []
    for r in ratios:
        line = f"{r.row.activity_id} {r.row.participants}/{r.row.headcount} ({percent_label(r.ratio_pct)})"
        if r.row.target_pct is not None:
            line += _t(" เป้าหมาย ", " target ", lang) + percent_label(r.row.target_pct)
        parts.append(line)
    head = _t(
        f"กราฟการมีส่วนร่วม {len(ratios)} รายการเทียบเป้าหมาย: ",
        f"Chart of {len(ratios)} participation rows against their targets: ",
        lang,
    )
    return head + _listed(parts, lang)


def trend(points: Sequence[TrendPoint], lang: Lang) -> str:
    if not points:
        return ""
    first, last = points[0], points[-1]
    measures = sorted(set(first.by_measure) | set(last.by_measure))
    gone = _t("ไม่มีในฉบับล่าสุด", "not in the latest revision", lang)
    parts = [
        f"{measure_label(m, lang)} "
        + _t(
            f"จาก {_pct(first.by_measure.get(m))} เป็น {_pct(last.by_measure.get(m), gone)}",
            f"from {_pct(first.by_measure.get(m))} to {_pct(last.by_measure.get(m), gone)}",
            lang,
        )
        for m in measures
    ]
    head = _t(
        f"กราฟความสำเร็จรายมาตรการใน {len(points)} ฉบับ ฉบับที่ {first.revision} "
        f"(ข้อมูล ณ {date_label(first.data_date, lang)}) ถึงฉบับที่ {last.revision} "
        f"(ข้อมูล ณ {date_label(last.data_date, lang)}): ",
        f"Chart of completion by measure over {len(points)} revisions, from revision {first.revision} "
        f"(data as of {date_label(first.data_date, lang)}) to revision {last.revision} "
        f"(data as of {date_label(last.data_date, lang)}): ",
        lang,
    )
    return head + "; ".join(parts)


def _pct(value: float | None, missing: str = "–") -> str:
    return missing if value is None else f"{value:.2f}%"


def units(standings: Sequence[Summary], lang: Lang) -> str:
    parts = [f"{r.unit} {percent_label(r.overall.completion_pct)}" for r in standings]
    head = _t(
        f"กราฟ {len(standings)} หน่วยงานเรียงตามความสำเร็จ: ", f"Chart of {len(standings)} units by completion: ", lang
    )
    return head + _listed(parts, lang)


def years(points: Sequence[YearPoint], lang: Lang) -> str:
    parts = []
    for p in points:
        year = _t(f"ปีงบประมาณ {p.fiscal_year_be}", f"FY{p.fiscal_year_be}", lang)
        if p.summary is None:
            parts.append(year + _t(" ยังไม่มีข้อมูล", " no data yet", lang))
            continue
        figures = ", ".join(
            f"{measure_label(m, lang)} {percent_label(pct)}" for m, pct in p.summary.measure_completion().items()
        )
        parts.append(f"{year} ({date_label(p.day, lang)}): {figures}")
    return _t("กราฟเทียบปีงบประมาณ ณ จุดเดียวกันของปี: ", "Chart of fiscal years at the same point: ", lang) + "; ".join(
        parts
    )
