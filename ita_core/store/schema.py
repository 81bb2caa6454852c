"""Database tables. Every change here comes with an Alembic migration in ita_core/migrations/.

A snapshot is immutable: the original file's bytes, the parsed plan, a small
summary for history and trends, who published it, when, and why. Within one
unit and fiscal year, snapshots are numbered 1, 2, 3…; the unique constraint
on that number is what makes two racing publishes end in order or refused,
never both half-written.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SnapshotRow(Base):
    __tablename__ = "snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit: Mapped[str] = mapped_column(String(300))
    fiscal_year_be: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str] = mapped_column(String(200))
    comment: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    rolled_back_from: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"), nullable=True)
    summary_json: Mapped[str] = mapped_column(Text)
    # Large columns are loaded only when asked for: listing history never reads them.
    plan_zlib: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # serialize.plan_to_json, zlib-compressed
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    # What the projection needs of each activity (``projection.pack_marks``), written at publish time so the
    # history of a stream is read without its plans. NULL on snapshots stored before migration 0007.
    marks_zlib: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)

    __table_args__ = (
        UniqueConstraint("unit", "fiscal_year_be", "revision", name="uq_snapshots_stream_revision"),
        Index("ix_snapshots_year", "fiscal_year_be"),
    )


class UserRow(Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # No longer read: roles are per unit (AccountRoleRow). Kept, written as "", because dropping a column
    # makes SQLite rebuild the table, and dropping the old table would cascade-delete sessions and drafts.
    role: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    email: Mapped[str] = mapped_column(String(200), default="")  # where reminders go; may be empty


class UserGroupRow(Base):
    """A responsible group (ผู้รับผิดชอบ) an account belongs to: a reporter checks in for its groups'
    activities, and anyone linked to a group lands on its page."""

    __tablename__ = "user_groups"

    username: Mapped[str] = mapped_column(ForeignKey("users.username", ondelete="CASCADE"), primary_key=True)
    group_name: Mapped[str] = mapped_column(String(300), primary_key=True)


class SessionRow(Base):
    """A signed-in browser. Only the SHA-256 of its cookie's token is kept: a copy of this
    table cannot be replayed as a cookie."""

    __tablename__ = "sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    idle_expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SignInThrottleRow(Base):
    """Failed sign-ins per client address, and per account name from one address."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(250), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DraftRow(Base):
    """An editor's validated upload not yet published, kept so a reload does not lose it."""

    __tablename__ = "drafts"

    username: Mapped[str] = mapped_column(ForeignKey("users.username", ondelete="CASCADE"), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    comment: Mapped[str] = mapped_column(String(500), default="", server_default="")  # the publish comment typed


class CheckInRow(Base):
    """One report of progress on one activity from the browser: who, when, what, and what became of it."""

    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit: Mapped[str] = mapped_column(String(300))
    fiscal_year_be: Mapped[int] = mapped_column(Integer)
    activity_id: Mapped[str] = mapped_column(String(50))
    username: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    progress: Mapped[str] = mapped_column(String(10))  # a Decimal as text: exact, on every database
    actions: Mapped[str] = mapped_column(Text)
    achieved_output: Mapped[str] = mapped_column(Text)
    achieved_outcome: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # pending, published, returned
    base_snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"), nullable=True)

    __table_args__ = (Index("ix_check_ins_stream_status", "unit", "fiscal_year_be", "status"),)


class UnitSettingRow(Base):
    """What editors chose for a unit: whether check-ins wait for an editor's approval."""

    __tablename__ = "unit_settings"

    unit: Mapped[str] = mapped_column(String(300), primary_key=True)
    check_ins_need_approval: Mapped[bool] = mapped_column(Boolean)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReminderSentRow(Base):
    """One digest e-mailed to one responsible group on one day: ``remind`` run twice sends it once."""

    __tablename__ = "reminders_sent"

    unit: Mapped[str] = mapped_column(String(300), primary_key=True)
    fiscal_year_be: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_name: Mapped[str] = mapped_column(String(300), primary_key=True)
    sent_on: Mapped[date] = mapped_column(Date, primary_key=True)
    recipients: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UnitRow(Base):
    """A unit of the organisation (an agency, or a bureau within one): plans are published under its
    ``name``, which is the key every other table uses for it."""

    __tablename__ = "units"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    parent: Mapped[str | None] = mapped_column(String(300), nullable=True)  # the unit above it, if any
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UnitAliasRow(Base):
    """A former name of a unit: a workbook still written with it reaches the unit it became."""

    __tablename__ = "unit_aliases"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    unit: Mapped[str] = mapped_column(String(300))


class AccountRoleRow(Base):
    """A role an account holds in one unit (and the units below it), or in every unit (``unit`` = "*")."""

    __tablename__ = "account_roles"

    username: Mapped[str] = mapped_column(ForeignKey("users.username", ondelete="CASCADE"), primary_key=True)
    unit: Mapped[str] = mapped_column(String(300), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
