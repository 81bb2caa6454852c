"""Check-ins from the browser: taken from reporters, published at once or held for an editor.

A unit's editors choose whether check-ins wait for approval (the default: what
executives see has been looked at by the working group) or publish at once. A
published check-in is a new snapshot derived from the latest one and made by
``ita_core.store.publishing`` like any upload: the check-in row is marked in the
same transaction, so a check-in is never half published.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ita_core.checkin import CheckInRefused, Report, apply_report, clean
from ita_core.clock import thai_day
from ita_core.diff import diff_plans
from ita_core.groups import responsible_groups
from ita_core.model import Plan
from ita_core.pairing import pair_activities_of, renumbered
from ita_core.store import db
from ita_core.store import publishing as store_publishing
from ita_core.store.accounts import Account
from ita_core.store.db import utc
from ita_core.store.permissions import Action, require
from ita_core.store.publishing import Preview
from ita_core.store.roles import Role
from ita_core.store.schema import CheckInRow, UnitSettingRow
from ita_core.store.snapshots import SnapshotInfo, StalePublish, Store
from ita_core.workbook.writer import rows_from_plan, workbook_bytes


class Status(StrEnum):
    PENDING = "pending"
    PUBLISHED = "published"
    RETURNED = "returned"


@dataclass(frozen=True)
class CheckIn:
    id: int
    unit: str
    fiscal_year_be: int
    activity_id: str
    username: str
    created_at: datetime
    report: Report
    status: Status
    base_snapshot_id: int | None
    decided_by: str | None
    decided_at: datetime | None
    decision_comment: str
    snapshot_id: int | None


def _check_in(row: CheckInRow) -> CheckIn:
    report = Report(
        Decimal(row.progress), row.actions, row.achieved_output, row.achieved_outcome, row.evidence, row.note
    )
    return CheckIn(
        row.id,
        row.unit,
        row.fiscal_year_be,
        row.activity_id,
        row.username,
        utc(row.created_at),
        report,
        Status(row.status),
        row.base_snapshot_id,
        row.decided_by,
        None if row.decided_at is None else utc(row.decided_at),
        row.decision_comment or "",
        row.snapshot_id,
    )


def may_report(user: Account, plan: Plan, activity_id: str) -> bool:
    """Editors for every activity; a reporter only for activities one of its groups is responsible for."""
    groups = responsible_groups(plan).get(activity_id)
    return groups is not None and any(user.reports_for(plan.unit, group) for group in groups)


def groups_gone(user: Account, plan: Plan) -> list[str]:
    """A reporter's groups this plan names for no activity (renamed, merged or split since the account was linked):
    it can report on nothing of theirs, and the group page showed another group's work without a word why."""
    if user.role_in(plan.unit) is not Role.REPORTER:
        return []
    named = {group for groups in responsible_groups(plan).values() for group in groups}
    return [group for group in user.groups if group not in named]


def _refuse_unless_allowed(user: Account, plan: Plan, activity_id: str) -> None:
    if not may_report(user, plan, activity_id):
        raise CheckInRefused(
            f"บัญชี {user.username} รายงานผลกิจกรรม {activity_id[:20]} ไม่ได้: กิจกรรมนี้ไม่ใช่ของกลุ่มที่บัญชีนี้รับผิดชอบ",
            f"{user.username} may not report on activity {activity_id[:20]}: it belongs to another group",
        )


def check_in_file_name(check_in_id: int) -> str:
    return f"check-in-{check_in_id}.xlsx"


def comment_for(activity_id: str, username: str, note: str) -> str:
    """The published snapshot's comment: which activity, whose report, and its note."""
    return f"รายงานความก้าวหน้ากิจกรรม {activity_id} โดย {username}" + (f" — {note}" if note else "")


class CheckIns:
    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self._now = clock or store._now

    def _session(self, write: bool = False) -> Session:
        return db.session(self.store.engine, write)

    # -- the unit's choice ---------------------------------------------------------------------------

    def need_approval(self, unit: str) -> bool:
        with self._session() as session:
            row = session.get(UnitSettingRow, unit)
        return True if row is None else row.check_ins_need_approval

    def set_need_approval(self, unit: str, need: bool, editor: Account) -> None:
        require(editor, Action.SET_APPROVAL_RULE, unit)
        with self._session(write=True) as session, session.begin():
            row = session.get(UnitSettingRow, unit)
            if row is None:
                row = UnitSettingRow(unit=unit)
                session.add(row)
            row.check_ins_need_approval, row.updated_by, row.updated_at = need, editor.username, self._now()

    # -- taking and deciding -------------------------------------------------------------------------

    def submit(self, user: Account, base: SnapshotInfo, plan: Plan, activity_id: str, report: Report) -> CheckIn:
        """Take a check-in made on the page showing snapshot ``base`` (whose plan is ``plan``).

        Held for approval, or published at once on top of ``base``: ``StalePublish`` when someone
        published since the reporter opened the page (nothing is written then).
        """
        _refuse_unless_allowed(user, plan, activity_id)
        report = clean(report)
        derived = apply_report(plan, activity_id, report, thai_day(self._now()))  # refuses what cannot be applied
        row = CheckInRow(
            unit=base.unit,
            fiscal_year_be=base.fiscal_year_be,
            activity_id=activity_id,
            username=user.username,
            created_at=self._now(),
            progress=str(report.progress),
            actions=report.actions,
            achieved_output=report.achieved_output,
            achieved_outcome=report.achieved_outcome,
            evidence=report.evidence,
            note=report.note,
            status=Status.PENDING.value,
            base_snapshot_id=base.id,
            decision_comment="",
        )
        if self.need_approval(base.unit):
            with self._session(write=True) as session, session.begin():
                session.add(row)
                session.flush()
                return _check_in(row)
        latest = self.store.latest(base.unit, base.fiscal_year_be)
        if latest is None or latest.id != base.id:
            raise StalePublish(latest)  # the page showed older figures than the latest: show them first
        changes = diff_plans(plan, derived, derived.effective_as_of(thai_day(self._now())))
        shown = Preview(
            f"check-in-{user.username}.xlsx", workbook_bytes(rows_from_plan(derived)), derived, base, changes
        )
        made: list[CheckInRow] = []

        def record(session: Session, snapshot_id: int) -> None:
            row.status, row.snapshot_id = Status.PUBLISHED.value, snapshot_id
            row.decided_by, row.decided_at = user.username, row.created_at
            session.add(row)
            session.flush()
            made.append(row)

        comment = comment_for(activity_id, user.username, report.note)
        store_publishing.publish(self.store, shown, user.username, comment, attach=record)
        return _check_in(made[0])

    def preview(self, item: CheckIn, plan_of: Callable[[int], Plan] | None = None) -> Preview:
        """What approving a held check-in would change, against the latest snapshot of its unit and year."""
        latest = self.store.latest(item.unit, item.fiscal_year_be)
        if latest is None:
            raise CheckInRefused("ยังไม่มีข้อมูลของหน่วยงานนี้", "this unit has no data yet")
        base_plan = (plan_of or self.store.plan)(latest.id)
        derived = apply_report(base_plan, item.activity_id, item.report, thai_day(item.created_at))
        data = workbook_bytes(rows_from_plan(derived))
        return store_publishing.preview(
            self.store,
            check_in_file_name(item.id),
            data,
            derived,
            today=thai_day(self._now()),
            plan_of=lambda _: base_plan,
        )

    def approve(self, item: CheckIn, shown: Preview, editor: Account) -> SnapshotInfo:
        """Publish the preview an editor saw of a held check-in (``StalePublish`` if it is out of date)."""
        require(editor, Action.APPROVE, item.unit)

        def record(session: Session, snapshot_id: int) -> None:
            self._decide(session, item, Status.PUBLISHED, editor, "", snapshot_id)

        comment = comment_for(item.activity_id, item.username, item.report.note)
        return store_publishing.publish(self.store, shown, editor.username, comment, attach=record)

    def send_back(self, item: CheckIn, editor: Account, comment: str) -> None:
        """Return a held check-in to its reporter with a comment saying what to fix."""
        require(editor, Action.APPROVE, item.unit)
        if not comment.strip():
            raise CheckInRefused("ใส่ความเห็นว่าต้องแก้ไขอะไร", "say what to fix")
        with self._session(write=True) as session, session.begin():
            self._decide(session, item, Status.RETURNED, editor, comment.strip()[:1000], None)

    def _decide(
        self, session: Session, item: CheckIn, status: Status, editor: Account, comment: str, snapshot_id: int | None
    ) -> None:
        done = session.execute(
            update(CheckInRow)
            .where(CheckInRow.id == item.id, CheckInRow.status == Status.PENDING.value)
            .values(
                status=status.value,
                decided_by=editor.username,
                decided_at=self._now(),
                decision_comment=comment,
                snapshot_id=snapshot_id,
            )
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise CheckInRefused("รายงานนี้มีผู้ตัดสินไปแล้ว", "someone already decided on this check-in")

    # -- reading -------------------------------------------------------------------------------------

    def get(self, check_in_id: int) -> CheckIn | None:
        with self._session() as session:
            row = session.get(CheckInRow, check_in_id)
        return _check_in(row) if row else None

    def listing(
        self, unit: str, fiscal_year_be: int, *, status: Status | None = None, username: str | None = None
    ) -> list[CheckIn]:
        """A unit and year's check-ins, newest first."""
        query = select(CheckInRow).where(CheckInRow.unit == unit, CheckInRow.fiscal_year_be == fiscal_year_be)
        if status is not None:
            query = query.where(CheckInRow.status == status.value)
        if username is not None:
            query = query.where(CheckInRow.username == username)
        with self._session() as session:
            rows = session.scalars(query.order_by(CheckInRow.id.desc())).all()
        return [_check_in(r) for r in rows]

    def since_last_upload(self, unit: str, fiscal_year_be: int) -> list[CheckIn]:
        """Published check-ins newer than the latest snapshot that was not a check-in, newest first:
        what an uploaded workbook made before them may not hold yet."""
        published = {c.snapshot_id: c for c in self.listing(unit, fiscal_year_be, status=Status.PUBLISHED)}
        found = []
        for info in self.store.history(unit, fiscal_year_be):  # newest first
            item = published.get(info.id)
            if item is None:
                break
            found.append(item)
        return found

    def overwritten_by(self, plan: Plan, plan_of: Callable[[int], Plan] | None = None) -> list[CheckIn]:
        """The check-ins since the last upload whose reported progress or text a new workbook changes
        (the latest per activity), so the upload's preview can say so before anything is lost. ``plan_of``
        reads the latest snapshot's plan, to follow a renumbering (a cache, in the app)."""
        if plan.fiscal_year_be is None:
            return []
        latest: dict[str, CheckIn] = {}
        for item in self.since_last_upload(plan.unit, plan.fiscal_year_be):
            latest.setdefault(item.activity_id, item)
        if not latest:
            return []
        base = self.store.latest(plan.unit, plan.fiscal_year_be)
        now = (
            renumbered(pair_activities_of((plan_of or self.store.plan)(base.id).activities, plan.activities))
            if base is not None
            else {}
        )
        return [item for item in latest.values() if not holds(plan, item, now.get(item.activity_id))]


def holds(plan: Plan, item: CheckIn, activity_id: str | None = None) -> bool:
    """Does the plan still hold what a check-in reported (its progress, and each text it gave)? ``activity_id``:
    the activity's number in ``plan`` when the plan renumbered it."""
    try:
        act = plan.activity(activity_id or item.activity_id)
    except KeyError:
        return False
    report = item.report
    texts = (
        (report.actions, act.actions),
        (report.achieved_output, act.achieved_output),
        (report.achieved_outcome, act.achieved_outcome),
        (report.evidence, act.evidence),
    )
    return act.progress == report.progress and all(not given or given == kept for given, kept in texts)
