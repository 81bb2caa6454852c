"""Publishing a checked workbook: first a preview (what it changes, against which snapshot), then the
publish of exactly that preview. The upload page and ``python -m ita_core import`` both go through here.

The preview remembers the snapshot it was compared with. Publishing it stores the new snapshot on top
of that one only: if someone published in between, ``StalePublish`` is raised and the caller shows a
new preview, so no editor overwrites work they have not seen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ita_core import clock
from ita_core.diff import PlanDiff, diff_plans
from ita_core.errors import StoreError
from ita_core.intake import check_file
from ita_core.model import Plan, dated_reports
from ita_core.store.accounts import Account
from ita_core.store.permissions import Action, require, require_somewhere
from ita_core.store.snapshots import ANY, SnapshotInfo, Store, require_publishable
from ita_core.store.units import Units
from ita_core.text import Text
from ita_core.thai import be_year, format_date_th
from ita_core.workbook.ingest import ReadResult, read_bytes
from ita_core.workbook.worker import Workers

_UNIT_CELL = "แผ่นงาน ข้อมูลหน่วยงาน แถว หน่วยงาน คอลัมน์ B"


@dataclass(frozen=True)
class Preview:
    """A valid workbook, and what publishing it would change."""

    file_name: str
    data: bytes
    plan: Plan
    base: SnapshotInfo | None  # the latest snapshot of the plan's unit and year when previewed
    diff: PlanDiff

    @property
    def base_id(self) -> int | None:
        return self.base.id if self.base else None

    @property
    def older_data(self) -> Text | None:
        """What to check when the file's figures are for a day before the published ones': an old copy
        uploaded by mistake puts the dashboard back in time, each figure looking current."""
        published = self.base.as_of if self.base else None
        if self.base is None or published is None or self.plan.as_of is None or self.plan.as_of >= published:
            return None
        mine, theirs = format_date_th(self.plan.as_of), format_date_th(published)
        return Text(
            f"ไฟล์นี้เป็นข้อมูล ณ {mine} เก่ากว่าฉบับที่เผยแพร่อยู่ (ฉบับที่ {self.base.revision}, ข้อมูล ณ {theirs}): "
            "ถ้าเผยแพร่ แดชบอร์ดจะกลับไปแสดงตัวเลขที่เก่ากว่า ตรวจว่าเลือกไฟล์ล่าสุด",
            f"this file's figures are as of {self.plan.as_of:%d %b} {be_year(self.plan.as_of.year)}, older than "
            f"the published ones (revision {self.base.revision}, as of {published:%d %b} {be_year(published.year)}): "
            "publishing it puts the dashboard back to older figures; check that this is the latest file",
        )


class OlderData(StoreError):
    """An import whose file is older than what is published, not asked for (``older_ok``); nothing written."""


def preview(
    store: Store,
    file_name: str,
    data: bytes,
    plan: Plan,
    *,
    today: date | None = None,
    plan_of: Callable[[int], Plan] | None = None,
) -> Preview:
    """Compare a valid plan with the latest snapshot of its unit and year (``StoreError`` when it has no
    unit or year to publish under, ``UnitError`` when its unit is not registered: the plan is then filed
    under the registered name its หน่วยงาน reads as). ``plan_of`` reads a snapshot's plan (a cache, in the app)."""
    require_publishable(plan)
    registered = Units(store.engine).resolve(plan.unit, _UNIT_CELL)
    if registered != plan.unit:
        plan = replace(plan, unit=registered)
    base = store.latest(plan.unit, plan.fiscal_year_be or 0)
    base_plan = (plan_of or store.plan)(base.id) if base else None
    day = plan.effective_as_of(today or clock.today())
    plan = dated_reports(plan, base_plan, day)  # each activity keeps the date of its own latest report
    changes = diff_plans(base_plan, plan, day)
    return Preview(file_name, data, plan, base, changes)


def publish(
    store: Store,
    shown: Preview,
    user: str,
    comment: str,
    *,
    on_top_of_any: bool = False,
    attach: Callable[[Session, int], None] | None = None,
) -> SnapshotInfo:
    """Publish what the preview showed, on top of the snapshot it was compared with (``StalePublish`` if
    another was published since). ``on_top_of_any``: a scheduled import publishes whatever is latest;
    ``attach``: more rows written in the same transaction (see ``Store.publish``)."""
    expected = ANY if on_top_of_any else shown.base_id
    Units(store.engine).require_registered(shown.plan.unit)  # what ``preview`` made of its หน่วยงาน
    return store.publish(shown.data, shown.file_name, shown.plan, user, comment, expected, attach=attach)


def may_publish(store: Store, plan: Plan, account: Account) -> str:
    """The registered unit a valid plan is published under, if ``account`` may publish there; else the
    ``StoreError`` that says what to fix (no unit or year, a unit not registered, not an editor of it)."""
    require_publishable(plan)
    unit = Units(store.engine).resolve(plan.unit, _UNIT_CELL)
    require(account, Action.PUBLISH, unit)
    return unit


def publish_as(store: Store, shown: Preview, account: Account, comment: str) -> SnapshotInfo:
    """``publish`` for a signed-in account, which must be an editor of the plan's unit (the upload page)."""
    require(account, Action.PUBLISH, shown.plan.unit)
    return publish(store, shown, account.username, comment)


def rollback_as(store: Store, snapshot_id: int, account: Account, expected: int | None) -> SnapshotInfo:
    """``Store.rollback`` for a signed-in account, which must be an editor of the snapshot's unit."""
    require(account, Action.ROLL_BACK, store.info(snapshot_id).unit)
    return store.rollback(snapshot_id, account.username, expected)


@dataclass(frozen=True)
class Imported:
    """What an import read, what it would change, and the snapshot it made (never another importer's)."""

    result: ReadResult
    preview: Preview | None
    made: SnapshotInfo | None


def import_file(
    store: Store,
    path: Path,
    account: Account,
    comment: str,
    workers: Workers | None = None,
    *,
    older_ok: bool = False,
) -> Imported:
    """Validate a plan file (a workbook, or the plan as written in Word: ``ita_core.intake``, in a bounded
    process) and, if it has no errors, preview and publish it on top of the latest snapshot: a scheduled
    job has nobody to show a preview to. The account must be an editor of the plan's unit (``NotAllowed``);
    a Word plan is stored as the workbook it was read into. A file whose figures are older than the
    published ones is refused (``OlderData``) unless ``older_ok``: nobody sees a preview to notice."""
    require_somewhere(account, Action.PUBLISH)
    intake = check_file(read_bytes(path), path.name, workers=workers)
    result = intake.result
    if result.plan is None or intake.workbook is None:
        return Imported(result, None, None)
    shown = preview(store, intake.workbook_name, intake.workbook, result.plan)
    require(account, Action.PUBLISH, shown.plan.unit)
    if (older := shown.older_data) is not None and not older_ok:
        raise OlderData(
            f"ไม่ได้เผยแพร่: {older.th} (ถ้าตั้งใจ ใช้ --older)", f"not published: {older.en} (if meant, use --older)"
        )
    return Imported(result, shown, publish(store, shown, account.username, comment, on_top_of_any=True))
