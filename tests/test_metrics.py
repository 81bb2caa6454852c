from datetime import date
from decimal import Decimal

import pytest
from plans import act

from ita_core import metrics
from ita_core.metrics import DeadlineStatus, deadline_status, ita_level, meets_ita_target
from ita_core.model import Activity, Deadline, Measure, Participation, Plan


def plan(activities: list[Activity], deadlines: tuple[Deadline, ...] = (), participation: tuple = ()) -> Plan:
    return Plan(
        unit="สำนักทดสอบ",
        fiscal_year_be=2566,
        as_of=date(2023, 3, 31),
        measures=(Measure(1, "หนึ่ง"), Measure(2, "สอง"), Measure(3, "ไม่มีกิจกรรม")),
        activities=tuple(activities),
        deadlines=deadlines,
        participation=participation,
    )


def test_completion_counts_only_100_as_done() -> None:
    c = metrics.completion([act("1.1", 1, 100), act("1.2", 1, "99.99"), act("1.3", 1, None)])
    assert (c.activities, c.completed, c.remaining) == (3, 1, 2)
    assert c.completion_pct == Decimal("33.33")
    assert c.mean_progress_pct == Decimal("66.66")  # (100 + 99.99 + 0) / 3 = 66.663…


def test_completion_by_measure_includes_empty_measures() -> None:
    p = plan([act("1.1", 1, 100), act("1.2", 1, 50), act("2.1", 2, None)])
    by_measure = {m.measure: m.completion for m in metrics.completion_by_measure(p)}
    assert by_measure[1].completion_pct == Decimal("50.00")
    assert by_measure[1].mean_progress_pct == Decimal("75.00")
    assert by_measure[2].completed == 0
    assert by_measure[3].activities == 0
    assert by_measure[3].completion_pct == Decimal("0.00")


AS_OF = date(2023, 3, 31)


@pytest.mark.parametrize(
    ("due", "submitted", "activity_done", "status"),
    [
        (date(2023, 3, 30), None, False, DeadlineStatus.OVERDUE),
        (date(2023, 3, 31), None, False, DeadlineStatus.DUE_SOON),  # due today is not yet late
        (date(2023, 4, 14), None, False, DeadlineStatus.DUE_SOON),  # 14 days ahead, inclusive
        (date(2023, 4, 15), None, False, DeadlineStatus.UPCOMING),
        (date(2023, 3, 1), date(2023, 2, 28), False, DeadlineStatus.DONE),
        (date(2023, 3, 1), None, True, DeadlineStatus.DONE),
        (date(2023, 9, 1), None, True, DeadlineStatus.DONE),
    ],
)
def test_deadline_status(due: date, submitted: date | None, activity_done: bool, status: DeadlineStatus) -> None:
    d = Deadline("1.1", "", due, submitted, "กิจกรรม!G2")
    assert deadline_status(d, activity_done, AS_OF) is status


def test_deadline_states_sorted_with_days_left() -> None:
    deadlines = (
        Deadline("1.2", "", date(2023, 6, 20), None, ""),
        Deadline("1.1", "", date(2023, 3, 20), None, ""),
    )
    states = metrics.deadline_states(plan([act("1.1", 1, 100), act("1.2", 1, None)], deadlines), AS_OF)
    assert [(s.deadline.activity_id, s.status, s.days_left) for s in states] == [
        ("1.1", DeadlineStatus.DONE, -11),
        ("1.2", DeadlineStatus.UPCOMING, 81),
    ]
    counts = metrics.status_counts(states)
    assert counts[DeadlineStatus.DONE] == 1 and counts[DeadlineStatus.OVERDUE] == 0


@pytest.mark.parametrize(
    ("joined", "headcount", "target", "ratio", "met"),
    [
        (127, 139, Decimal(80), Decimal("91.36"), True),
        (50, 61, Decimal("81.96"), Decimal("81.96"), True),  # exactly on target
        (5, 12, Decimal(80), Decimal("41.66"), False),
        (5, 12, None, Decimal("41.66"), None),
    ],
)
def test_participation_ratio(
    joined: int, headcount: int, target: Decimal | None, ratio: Decimal, met: bool | None
) -> None:
    r = metrics.participation_ratio(Participation("1.2", "กลุ่ม", joined, headcount, target, ""))
    assert (r.ratio_pct, r.met) == (ratio, met)


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (100, "AA"),
        (95, "AA"),
        ("97.21", "AA"),
        ("94.99", "A"),
        (85, "A"),
        ("84.99", "B"),
        (75, "B"),
        ("74.99", "C"),
        (65, "C"),
        ("64.99", "D"),
        (55, "D"),
        ("54.99", "E"),
        (50, "E"),
        ("49.99", "F"),
        (0, "F"),
    ],
)
def test_ita_levels(score: object, level: str) -> None:
    assert ita_level(score) == level  # type: ignore[arg-type]


def test_ita_level_rejects_impossible_scores() -> None:
    for bad in (-1, "100.01", "abc"):
        with pytest.raises((ValueError, ArithmeticError)):
            ita_level(bad)


def test_bureau_target_not_below_aa() -> None:
    assert meets_ita_target("97.21")
    assert not meets_ita_target("94.99")
    assert meets_ita_target(90, target="A")
