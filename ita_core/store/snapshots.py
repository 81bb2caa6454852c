"""Published snapshots: publish, read the latest, list history, roll back. Nothing is ever deleted.

One publish is one transaction: the snapshot row, its file, its parsed plan and
its summary are written together or not at all. The caller says which
snapshot its preview was made against (``expected``); if another editor has
published since, the publish is refused as stale instead of silently
overwriting their work.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import re
import time
import zlib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, load_only

from ita_core.clock import thai_day
from ita_core.errors import StoreError as StoreError  # re-exported: callers know it from here
from ita_core.metrics import Summary, summarise
from ita_core.model import SYSTEM_USER, Plan, dated_reports
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.projection import Point, Snapshot, marks, pack_marks, progress_and_updates
from ita_core.serialize import plan_from_json, plan_to_json
from ita_core.settings import settings
from ita_core.store import db, news
from ita_core.store.db import connect, migrate, require_current, utc
from ita_core.store.marks_cache import MarksCache
from ita_core.store.schema import SnapshotRow, UnitRow
from ita_core.store.units import Units
from ita_core.summary import from_json as summary_from_json
from ita_core.summary import to_json as summary_to_json
from ita_core.thai import fiscal_year_bounds
from ita_core.workbook.ingest import ReadResult, read_bytes, read_workbook


class _AnyParent:
    def __repr__(self) -> str:
        return "ANY"


ANY: Final = _AnyParent()  # publish on top of whatever is latest (a scheduled import)


class StalePublish(StoreError):
    """Someone published this unit and year after the preview was made."""

    def __init__(self, latest: SnapshotInfo | None) -> None:
        who = f"{latest.published_by} (ฉบับที่ {latest.revision})" if latest else "-"
        super().__init__(
            f"มีผู้เผยแพร่ข้อมูลของหน่วยงานและปีงบประมาณนี้หลังจากที่คุณดูตัวอย่าง: {who} — ตรวจตัวอย่างใหม่อีกครั้งก่อนเผยแพร่",
            f"someone published this unit and year after your preview ({who}): review the new preview first",
        )
        self.latest = latest


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot's metadata and summary, without its file or its plan."""

    id: int
    unit: str
    fiscal_year_be: int
    revision: int
    published_at: datetime
    published_by: str
    comment: str
    file_name: str
    file_sha256: str
    as_of: date | None
    rolled_back_from: int | None
    summary: Summary

    @property
    def data_day(self) -> date:
        """The day its figures are for: the workbook's data date, else the day it was published, kept
        within its fiscal year (a year's plan published after the year ended speaks for its last day)."""
        if self.as_of is not None:
            return self.as_of
        first, last = fiscal_year_bounds(self.fiscal_year_be)
        return min(max(thai_day(self.published_at), first), last)


@dataclass(frozen=True)
class Stream:
    """All snapshots of one unit and fiscal year."""

    unit: str
    fiscal_year_be: int
    latest_id: int
    snapshots: int
    last_published: datetime


def snapshot_summary(plan: Plan, as_of: date) -> dict[str, Any]:
    """The figures history and trend charts need, so they never load whole plans."""
    return summary_to_json(summarise(plan, as_of), details=False)


_INFO_COLUMNS = (
    SnapshotRow.id,
    SnapshotRow.unit,
    SnapshotRow.fiscal_year_be,
    SnapshotRow.revision,
    SnapshotRow.published_at,
    SnapshotRow.published_by,
    SnapshotRow.comment,
    SnapshotRow.file_name,
    SnapshotRow.file_sha256,
    SnapshotRow.as_of,
    SnapshotRow.rolled_back_from,
    SnapshotRow.summary_json,
)


def _info(row: SnapshotRow) -> SnapshotInfo:
    return SnapshotInfo(
        id=row.id,
        unit=row.unit,
        fiscal_year_be=row.fiscal_year_be,
        revision=row.revision,
        published_at=utc(row.published_at),
        published_by=row.published_by,
        comment=row.comment,
        file_name=row.file_name,
        file_sha256=row.file_sha256,
        as_of=row.as_of,
        rolled_back_from=row.rolled_back_from,
        summary=summary_from_json(json.loads(row.summary_json)),
    )


_ANY_ATTEMPTS = 100
_UNSAFE_IN_NAMES = re.compile(r"[\x00-\x1f\x7f<>:\"|?*]")


def safe_file_name(name: str) -> str:
    """Only the base name of an uploaded file, without control or reserved characters: a name like
    ``../../../etc/cron.d/evil.xlsx`` is kept as ``evil.xlsx``, whatever later writes it to disk."""
    base = re.split(r"[\\/]", name)[-1]
    base = _UNSAFE_IN_NAMES.sub("_", base).strip().lstrip(".")
    return base[:200] or "workbook.xlsx"


def require_publishable(plan: Plan) -> None:
    """A snapshot belongs to a unit and a fiscal year, so the workbook must name both."""
    if not plan.unit.strip():
        raise StoreError(
            "ยังไม่ได้ระบุชื่อหน่วยงาน: ใส่ หน่วยงาน ในแผ่นงาน ข้อมูลหน่วยงาน (คอลัมน์ B) แล้วอัปโหลดใหม่",
            "the workbook names no unit: fill in หน่วยงาน on the ข้อมูลหน่วยงาน sheet",
        )
    if plan.fiscal_year_be is None:
        raise StoreError(
            "ยังไม่ได้ระบุปีงบประมาณ: ใส่ ปีงบประมาณ ในแผ่นงาน ข้อมูลหน่วยงาน (คอลัมน์ B) แล้วอัปโหลดใหม่",
            "the workbook names no fiscal year: fill in ปีงบประมาณ on the ข้อมูลหน่วยงาน sheet",
        )


class Store:
    def __init__(self, url: str, *, clock: Callable[[], datetime] | None = None, upgrade: bool = True) -> None:
        """Open the store; ``upgrade`` brings its schema up to date first, else a schema that is behind
        raises ``SchemaBehind`` (app processes sharing one database: ``python -m ita_core db upgrade``)."""
        self.url = url
        self.engine: Engine = connect(url)
        if upgrade:
            migrate(self.engine)
        else:
            require_current(self.engine)
        self._now = clock or (lambda: datetime.now(UTC))
        self._marks = MarksCache()

    @classmethod
    def from_env(cls) -> Store:
        """The store ``ITA_DATABASE_URL`` names, else the SQLite file data/ita.sqlite3."""
        return cls(settings().database_url)

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Raise ``StoreUnavailable`` unless the database answers now (and, for SQLite, can be written)."""
        with self._session() as session:
            session.execute(select(1))
        if (problem := db.file_problem(self.engine)) is not None:
            raise problem

    def _session(self, write: bool = False) -> Session:
        return db.session(self.engine, write)

    # -- reading ----------------------------------------------------------------------------------

    def streams(self) -> list[Stream]:
        """Every unit and fiscal year with snapshots, most recently published first."""
        query = select(
            SnapshotRow.unit,
            SnapshotRow.fiscal_year_be,
            func.max(SnapshotRow.id),
            func.count(SnapshotRow.id),
            func.max(SnapshotRow.published_at),
        ).group_by(SnapshotRow.unit, SnapshotRow.fiscal_year_be)
        with self._session() as session:
            rows = session.execute(query).all()
        found = [Stream(u, fy, latest, n, utc(at)) for u, fy, latest, n, at in rows]
        return sorted(found, key=lambda s: s.last_published, reverse=True)

    def latest(self, unit: str, fiscal_year_be: int) -> SnapshotInfo | None:
        query = (
            select(SnapshotRow)
            .options(load_only(*_INFO_COLUMNS))
            .where(SnapshotRow.unit == unit, SnapshotRow.fiscal_year_be == fiscal_year_be)
            .order_by(SnapshotRow.revision.desc())
            .limit(1)
        )
        with self._session() as session:
            row = session.scalars(query).first()
            return _info(row) if row else None

    def latest_id(self, unit: str, fiscal_year_be: int) -> int | None:
        latest = self.latest(unit, fiscal_year_be)
        return latest.id if latest else None

    def info(self, snapshot_id: int) -> SnapshotInfo:
        with self._session() as session:
            row = session.scalars(
                select(SnapshotRow).options(load_only(*_INFO_COLUMNS)).where(SnapshotRow.id == snapshot_id)
            ).first()
            if row is None:
                raise StoreError(f"ไม่พบข้อมูลฉบับที่ระบุ (รหัส {snapshot_id})", f"no snapshot {snapshot_id}")
            return _info(row)

    def history(self, unit: str, fiscal_year_be: int) -> list[SnapshotInfo]:
        """Snapshots of one unit and year, newest first, without files or plans."""
        query = (
            select(SnapshotRow)
            .options(load_only(*_INFO_COLUMNS))
            .where(SnapshotRow.unit == unit, SnapshotRow.fiscal_year_be == fiscal_year_be)
            .order_by(SnapshotRow.revision.desc())
        )
        with self._session() as session:
            return [_info(row) for row in session.scalars(query)]

    def all_snapshots(self) -> list[SnapshotInfo]:
        query = select(SnapshotRow).options(load_only(*_INFO_COLUMNS)).order_by(SnapshotRow.id)
        with self._session() as session:
            return [_info(row) for row in session.scalars(query)]

    def plan(self, snapshot_id: int) -> Plan:
        """The stored plan, under its unit's name now (a unit renamed since keeps its snapshots)."""
        with self._session() as session:
            found = session.execute(
                select(SnapshotRow.plan_zlib, SnapshotRow.unit).where(SnapshotRow.id == snapshot_id)
            ).first()
        if found is None:
            raise StoreError(f"ไม่พบข้อมูลฉบับที่ระบุ (รหัส {snapshot_id})", f"no snapshot {snapshot_id}")
        plan = plan_from_json(zlib.decompress(found[0]).decode())
        return plan if plan.unit == found[1] else dataclasses.replace(plan, unit=found[1])

    def latest_of_year(self, fiscal_year_be: int) -> list[tuple[SnapshotInfo, Plan]]:
        """Every unit's latest snapshot of a year with its plan, in two queries whatever the number of units
        or revisions (the agency page)."""
        newest = (
            select(func.max(SnapshotRow.id))
            .where(SnapshotRow.fiscal_year_be == fiscal_year_be)
            .group_by(SnapshotRow.unit)
            .scalar_subquery()
        )
        with self._session() as session:
            rows = session.scalars(
                select(SnapshotRow).options(load_only(*_INFO_COLUMNS)).where(SnapshotRow.id.in_(newest))
            ).all()
            infos = [_info(row) for row in rows]
            query = select(SnapshotRow.id, SnapshotRow.plan_zlib).where(SnapshotRow.id.in_(newest))
            packed: dict[int, bytes] = {row[0]: row[1] for row in session.execute(query)}
        found = []
        for info in sorted(infos, key=lambda i: i.unit):
            plan = plan_from_json(zlib.decompress(packed[info.id]).decode())
            found.append((info, plan if plan.unit == info.unit else dataclasses.replace(plan, unit=info.unit)))
        return found

    def file(self, snapshot_id: int) -> tuple[str, bytes]:
        """The original workbook exactly as it was uploaded."""
        with self._session() as session:
            row = session.execute(
                select(SnapshotRow.file_name, SnapshotRow.file_bytes).where(SnapshotRow.id == snapshot_id)
            ).first()
        if row is None:
            raise StoreError(f"ไม่พบข้อมูลฉบับที่ระบุ (รหัส {snapshot_id})", f"no snapshot {snapshot_id}")
        return row[0], row[1]

    def progress_history(
        self, unit: str, fiscal_year_be: int, limit: int = 48
    ) -> tuple[dict[str, list[Point]], dict[str, date]]:
        """Each activity's progress points and the day its figures last changed, over the latest ``limit``
        snapshots of a unit and year (``ita_core.projection``), from the marks stored with each snapshot:
        two queries, no plan read (a snapshot stored before marks were kept is read from its plan)."""
        infos = sorted(self.history(unit, fiscal_year_be)[:limit], key=lambda info: info.revision)
        held = self._marks.get(((i.id, i.published_at) for i in infos), self._packed_marks)
        dated: list[tuple[date, Snapshot]] = [
            (info.data_day, found if (found := held.get(info.id)) else self.plan(info.id)) for info in infos
        ]
        return progress_and_updates(dated)

    def _packed_marks(self, ids: list[int]) -> dict[int, bytes | None]:
        with self._session() as session:
            query = select(SnapshotRow.id, SnapshotRow.marks_zlib).where(SnapshotRow.id.in_(ids))
            return {row[0]: row[1] for row in session.execute(query)}

    def is_empty(self) -> bool:
        with self._session() as session:
            return session.scalar(select(func.count(SnapshotRow.id))) == 0

    # -- writing ----------------------------------------------------------------------------------

    def publish(
        self,
        data: bytes,
        file_name: str,
        plan: Plan,
        user: str,
        comment: str,
        expected: int | _AnyParent | None,
        *,
        rolled_back_from: int | None = None,
        today: date | None = None,
        attach: Callable[[Session, int], None] | None = None,
    ) -> SnapshotInfo:
        """Store a validated workbook as the next snapshot of its unit and year, in one transaction.

        ``expected`` is the latest snapshot id the editor's preview was made against (``None``:
        there was none); ``ANY`` appends to whatever is latest, trying again, in order, as long as
        other writers get there first (scheduled imports running at once all land). ``attach`` writes
        more rows in the same transaction, given the new snapshot's id (a check-in marked published).
        """
        require_publishable(plan)
        assert plan.fiscal_year_be is not None
        file_name = safe_file_name(file_name)
        moment = self._now()
        summary = json.dumps(snapshot_summary(plan, plan.effective_as_of(today or thai_day(moment))))
        plan_zlib = zlib.compress(plan_to_json(plan).encode(), 1)  # a tenth of the size, in milliseconds
        marks_zlib = pack_marks(marks(plan))
        digest = hashlib.sha256(data).hexdigest()
        for attempt in range(_ANY_ATTEMPTS):
            try:
                with self._session(write=True) as session, session.begin():
                    if session.get(UnitRow, plan.unit) is None:
                        # Every snapshot's unit is a record. People publish through ``publishing``, which
                        # refuses units not registered; only the server's own first workbook, tests and
                        # benchmarks reach here with a new one.
                        session.add(UnitRow(name=plan.unit, short_name="", parent=None, created_at=moment))
                    latest = session.execute(
                        select(SnapshotRow.id, SnapshotRow.revision)
                        .where(SnapshotRow.unit == plan.unit, SnapshotRow.fiscal_year_be == plan.fiscal_year_be)
                        .order_by(SnapshotRow.revision.desc())
                        .limit(1)
                    ).first()
                    latest_id, revision = (latest[0], latest[1]) if latest else (None, 0)
                    if expected is not ANY and expected != latest_id:
                        raise StalePublish(self.latest(plan.unit, plan.fiscal_year_be))
                    row = SnapshotRow(
                        unit=plan.unit,
                        fiscal_year_be=plan.fiscal_year_be,
                        revision=revision + 1,
                        published_at=moment,
                        published_by=user,
                        comment=comment,
                        file_name=file_name,
                        file_sha256=digest,
                        as_of=plan.as_of,
                        rolled_back_from=rolled_back_from,
                        summary_json=summary,
                        plan_zlib=plan_zlib,
                        marks_zlib=marks_zlib,
                        file_bytes=data,
                    )
                    session.add(row)
                    session.flush()
                    if attach is not None:
                        attach(session, row.id)
                    if self.engine.dialect.name == "postgresql":  # every process's open pages hear of it
                        session.execute(text(news.notify_statement()))
                    return _info(row)
            except IntegrityError:
                # Another writer took this revision number between our read and our insert.
                if expected is not ANY or attempt == _ANY_ATTEMPTS - 1:
                    raise StalePublish(self.latest(plan.unit, plan.fiscal_year_be)) from None
                time.sleep(random.uniform(0, 0.05 * min(attempt + 1, 10)))  # let the others commit
        raise AssertionError("unreachable")

    def rollback(
        self, snapshot_id: int, user: str, expected: int | _AnyParent | None, comment: str = ""
    ) -> SnapshotInfo:
        """Publish a new snapshot equal to an old one; the snapshots in between stay in history."""
        old = self.info(snapshot_id)
        name, data = self.file(snapshot_id)
        note = comment or f"ย้อนกลับไปใช้ข้อมูลฉบับที่ {old.revision}"  # views.history_table translates it
        return self.publish(data, name, self.plan(snapshot_id), user, note, expected, rolled_back_from=snapshot_id)

    def seed(self, workbook: Path | None = None) -> ReadResult | None:
        """On a store with no snapshots, publish the shipped workbook as the first one (by ``system``).

        Returns the read result when it seeded (or tried to), ``None`` when the store had data.
        """
        if not self.is_empty():
            return None
        path = workbook or SHIPPED_WORKBOOK
        data = read_bytes(path)
        result = read_workbook(data)
        if result.plan is not None and result.plan.unit:
            # The workbook the server is started with is the operator's choice: its unit is registered.
            unit = Units(self.engine, self._now).ensure(result.plan.unit)
            plan = dataclasses.replace(result.plan, unit=unit)
            plan = dated_reports(plan, None, plan.effective_as_of(thai_day(self._now())))
            with suppress(StalePublish):  # another process seeded it at the same moment
                self.publish(data, path.name, plan, SYSTEM_USER, "ข้อมูลตั้งต้นที่มากับโปรแกรม", None)
        return result
