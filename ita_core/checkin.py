"""A check-in: what a responsible group reports on one activity from the browser, applied to a plan.

Applying one gives a new plan equal to the old except for that activity's
reported figures and its report date (the plan's data date moves only with an
upload: a check-in is news about one activity), so publishing it is exactly like
publishing an uploaded workbook: same preview, same refusal when stale, same
history and rollback.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from ita_core.errors import BilingualError
from ita_core.model import Plan
from ita_core.text import Text, without_hidden
from ita_core.thai import fiscal_year_bounds, to_arabic_digits

MAX_TEXT = 4000


class CheckInRefused(BilingualError):
    """A check-in that cannot be taken: nothing was written."""


@dataclass(frozen=True)
class Report:
    """What the reporter typed. ``evidence`` is a link or the name of a file already filed."""

    progress: Decimal
    actions: str = ""  # การดำเนินการ: feeds the report form's results column
    achieved_output: str = ""
    achieved_outcome: str = ""
    evidence: str = ""
    note: str = ""


def read_progress(text: str | float | Decimal) -> Decimal:
    """0–100, Thai or Arabic digits, at most two decimals (the official documents' precision)."""
    try:
        value = Decimal(to_arabic_digits(str(text)).strip().rstrip("%").strip())
    except InvalidOperation:
        raise CheckInRefused(
            f"ความก้าวหน้าต้องเป็นตัวเลข 0–100 (ได้ {str(text)[:20]})", f"progress must be a number 0-100, got {text}"
        ) from None
    if not value.is_finite() or not 0 <= value <= 100:
        raise CheckInRefused(
            f"ความก้าวหน้าต้องอยู่ระหว่าง 0 ถึง 100 (ได้ {value})", f"progress must be between 0 and 100, got {value}"
        )
    kept = value.quantize(Decimal("0.01"), rounding=ROUND_DOWN)  # truncated, as the documents write figures
    return kept.to_integral_value() if kept == kept.to_integral_value() else kept


# What the form calls each text, for its messages.
FIELDS = {
    "actions": Text("การดำเนินการ", "what was done"),
    "achieved_output": Text("ผลผลิตที่ได้", "output achieved"),
    "achieved_outcome": Text("ผลลัพธ์ที่ได้", "outcome achieved"),
    "evidence": Text("เอกสาร/หลักฐาน", "evidence"),
    "note": Text("หมายเหตุ", "note"),
}


def clean(report: Report) -> Report:
    """Trim the texts, drop hidden characters (``text.HIDDEN``) and refuse overlong ones (a check-in is a
    few lines, not a document)."""
    texts = {name: without_hidden(getattr(report, name)).strip() for name in FIELDS}
    for name, value in texts.items():
        if len(value) > MAX_TEXT:
            field = FIELDS[name]
            raise CheckInRefused(
                f"ช่อง {field.th} ยาวเกิน {MAX_TEXT:,} ตัวอักษร ({len(value):,}): ย่อให้สั้นลง",
                f"{field.en} is longer than {MAX_TEXT:,} characters ({len(value):,}): shorten it",
            )
    return Report(read_progress(report.progress), **texts)


def data_day(plan: Plan, today: date) -> date:
    """The day a check-in made ``today`` reports for: today, kept within the plan's fiscal year and never
    earlier than the plan's own data date."""
    day = today
    if plan.fiscal_year_be is not None:
        first, last = fiscal_year_bounds(plan.fiscal_year_be)
        day = min(max(day, first), last)
    return max(day, plan.as_of) if plan.as_of else day


def apply_report(plan: Plan, activity_id: str, report: Report, today: date) -> Plan:
    """The plan with one activity's reported figures replaced; empty fields keep what the plan had."""
    try:
        act = plan.activity(activity_id)
    except KeyError:
        raise CheckInRefused(
            f"ไม่พบกิจกรรม {activity_id[:20]} ในข้อมูลฉบับล่าสุด", f"activity {activity_id[:20]} is not in the latest data"
        ) from None
    updated = act._replace(
        progress=report.progress,
        progress_reported=True,
        actions=report.actions or act.actions,
        achieved_output=report.achieved_output or act.achieved_output,
        achieved_outcome=report.achieved_outcome or act.achieved_outcome,
        evidence=report.evidence or act.evidence,
        reported_on=data_day(plan, today),
    )
    activities = tuple(updated if a.activity_id == activity_id else a for a in plan.activities)
    return replace(plan, activities=activities)  # news of one activity: the plan's data date stays
