"""Will a deadline be met: the straight-line projection on constructed histories."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from plans import act, plan_of, plan_with

from ita_core.model import Plan
from ita_core.projection import Marks, Outlook, Point, last_updates, marks, progress_points, project

DUE = date(2023, 6, 20)
AS_OF = date(2023, 5, 1)


def pts(*pairs: tuple[date, int]) -> list[tuple[date, Decimal]]:
    return [(d, Decimal(p)) for d, p in pairs]


def test_fewer_than_two_days_on_record_is_not_enough_history() -> None:
    assert project([], DUE, AS_OF).outlook is Outlook.NOT_ENOUGH
    assert project(pts((date(2023, 4, 1), 20)), DUE, AS_OF).outlook is Outlook.NOT_ENOUGH
    same_day = pts((date(2023, 4, 1), 20), (date(2023, 4, 1), 30))
    assert project(same_day, DUE, AS_OF).outlook is Outlook.NOT_ENOUGH


def test_steady_progress_that_reaches_100_before_the_deadline_is_on_track() -> None:
    # 2 points a day from 1 April: 60 on 1 May, 100 on 20 May.
    got = project(pts((date(2023, 4, 1), 0), (date(2023, 4, 16), 30), (date(2023, 5, 1), 60)), DUE, AS_OF)
    assert got.outlook is Outlook.ON_TRACK
    assert got.finish == date(2023, 5, 21) and got.per_day == 2.0


def test_a_finish_within_a_week_after_the_deadline_is_at_risk_and_later_will_be_late() -> None:
    # 1 point a day: 30 on 1 May, 100 on 10 July (20 days late).
    late = project(pts((date(2023, 4, 1), 0), (date(2023, 5, 1), 30)), DUE, AS_OF)
    assert late.outlook is Outlook.LATE and late.finish == date(2023, 7, 10)
    # 40 on 1 May at 1 a day: 100 on 30 June, 10 days late -> late; due 25 June -> 5 days late, at risk.
    risky = project(pts((date(2023, 3, 22), 0), (date(2023, 5, 1), 40)), date(2023, 6, 25), AS_OF)
    assert risky.outlook is Outlook.AT_RISK and risky.finish == date(2023, 6, 30)


def test_no_progress_between_reports_will_be_late() -> None:
    got = project(pts((date(2023, 4, 1), 20), (date(2023, 5, 1), 20)), DUE, AS_OF)
    assert got.outlook is Outlook.LATE and got.finish is None


def test_points_after_the_as_of_date_are_not_used() -> None:
    future = pts((date(2023, 4, 1), 0), (date(2023, 4, 15), 10), (date(2023, 6, 1), 100))
    assert project(future, DUE, date(2023, 4, 20)).outlook is Outlook.LATE


def test_points_and_last_updates_come_from_a_streams_snapshots() -> None:
    first = plan_with(progress={"1.1": 20})
    second = plan_with(progress={"1.1": 50})
    history = [(date(2023, 5, 1), second), (date(2023, 4, 1), first), (date(2023, 5, 20), second)]
    points = progress_points(history)
    assert points["1.1"] == pts((date(2023, 4, 1), 20), (date(2023, 5, 1), 50), (date(2023, 5, 20), 50))
    assert last_updates(history)["1.1"] == date(2023, 5, 1)  # the third snapshot changed nothing of 1.1


def test_an_activity_s_history_follows_it_when_the_plan_is_renumbered() -> None:
    """An activity put in at 1.1 made อบรม 1.2: its line went on from the points of what 1.2 was before (and the
    new 1.1 took อบรม's), each outlook drawn from another activity's history. Also through stored marks."""

    def plan(*rows: tuple[str, str, int]) -> Plan:
        acts = [act(aid, 1, progress)._replace(name=name) for aid, name, progress in rows]
        return plan_of(*acts)

    before = plan(("1.1", "อบรม", 20), ("1.2", "ประกาศ", 80))
    after = plan(("1.1", "สำรวจ", 10), ("1.2", "อบรม", 40), ("1.3", "ประกาศ", 90))
    days = (date(2023, 3, 31), date(2023, 6, 30))
    for first, second in ((before, after), (marks(before), marks(after))):
        points = progress_points([(days[0], first), (days[1], second)])
        assert points == {
            "1.1": pts((days[1], 10)),
            "1.2": pts((days[0], 20), (days[1], 40)),
            "1.3": pts((days[0], 80), (days[1], 90)),
        }
        assert last_updates([(days[0], first), (days[1], second)]) == {"1.1": days[1], "1.2": days[1], "1.3": days[1]}
    old_marks = marks(before)._replace(names="")  # stored before names were kept: by number, as before
    assert progress_points([(days[0], old_marks), (days[1], marks(after))])["1.2"] == pts((days[0], 80), (days[1], 40))


def test_an_open_deadline_already_past_is_late_with_or_without_history() -> None:
    assert project([], DUE, date(2023, 6, 21)).outlook is Outlook.LATE
    steady = pts((date(2023, 4, 1), 0), (date(2023, 5, 1), 60))
    assert project(steady, DUE, date(2023, 6, 21)).outlook is Outlook.LATE
    assert project(steady, DUE, DUE).outlook is Outlook.ON_TRACK  # due today is not past


def test_marks_pack_and_unpack_to_the_same_marks() -> None:
    from ita_core.projection import marks, pack_marks, unpack_marks

    plan = plan_with(progress={"1.1": 20, "1.2": None, "2.1": 100})
    found = marks(plan)
    assert unpack_marks(pack_marks(found)) == found
    assert found.progress == (Decimal(20), None, Decimal(100))  # None: not reported, never 0
    changed = plan_with(progress={"1.1": 25, "1.2": None, "2.1": 100})
    assert [a == b for a, b in zip(found.figures, marks(changed).figures, strict=True)] == [False, True, True]


def _reference(history: list[tuple[date, Marks]]) -> tuple[dict[str, list[Point]], dict[str, date]]:
    """The definition, activity by activity and by name: what the one-pass version must give."""
    points: dict[str, list[Point]] = {}
    seen: dict[str, str] = {}
    changed: dict[str, date] = {}
    for day, m in sorted(history, key=lambda pair: pair[0]):
        for activity_id, progress, reported_on, figures in zip(
            m.activity_ids, m.progress, m.reported_on, m.figures, strict=True
        ):
            at = reported_on or day
            if seen.get(activity_id) != figures:
                seen[activity_id] = figures
                changed[activity_id] = at
            if progress is not None:
                found = points.setdefault(activity_id, [])
                if not found or found[-1] != (at, progress):
                    found.append((at, progress))
    return points, changed


def test_the_one_pass_history_gives_the_definitions_points_and_days_on_varied_streams() -> None:
    """Activities added, dropped and reordered between snapshots; unreported ones; check-in days; two
    snapshots of one day; figures that come back to an earlier value."""
    import random

    from ita_core.projection import progress_and_updates

    rnd = random.Random(2566)
    for _ in range(200):
        ids = [f"{m}.{n}" for m in range(1, 4) for n in range(1, rnd.randint(2, 6))]
        history: list[tuple[date, Marks]] = []
        for _ in range(rnd.randint(1, 9)):
            if rnd.random() < 0.3:
                ids = [*rnd.sample(ids, k=max(1, len(ids) - rnd.randint(0, 2))), f"9.{rnd.randint(1, 5)}"]
                ids = list(dict.fromkeys(ids))  # unique, as the reader makes them
            day = date(2023, 4, 1) + timedelta(days=rnd.randint(0, 30))
            history.append(
                (
                    day,
                    Marks(
                        tuple(ids),
                        tuple(rnd.choice([None, Decimal(0), Decimal(50), Decimal("62.5"), Decimal(100)]) for _ in ids),
                        tuple(rnd.choice([None, None, day - timedelta(days=rnd.randint(0, 5))]) for _ in ids),
                        tuple(rnd.choice(["a", "b", "c"]) for _ in ids),
                    ),
                )
            )
        assert progress_and_updates(history) == _reference(history)
