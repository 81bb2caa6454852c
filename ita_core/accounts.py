"""Local accounts: viewer, editor, admin; Argon2id password hashes; sign-in slowed after failures.

Passwords never leave this module in clear: they are hashed with argon2-cffi's
defaults (Argon2id) and only the hash is stored. After ``FREE_ATTEMPTS`` wrong
passwords in a row an account is locked for 30 seconds, doubling with each
further failure up to 15 minutes, which makes guessing slow without locking
people out for long.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ita_core.db import WRITE
from ita_core.errors import BilingualError
from ita_core.schema import UserRow

FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)
MIN_PASSWORD = 10
_NAME = re.compile(r"[A-Za-z0-9._@-]{2,100}")
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a real password: equalises timing for unknown users")


class Role(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def can_edit(self) -> bool:
        return self in (Role.EDITOR, Role.ADMIN)


ROLE_LABELS = {Role.VIEWER: "ผู้ดู", Role.EDITOR: "ผู้แก้ไขข้อมูล", Role.ADMIN: "ผู้ดูแลระบบ"}


class AccountError(BilingualError):
    """An account operation refused: a taken name, a short password, an unknown user."""


@dataclass(frozen=True)
class Account:
    username: str
    role: Role
    created_at: datetime


class Outcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # unknown user or wrong password: never say which
    LOCKED = "locked"


@dataclass(frozen=True)
class SignIn:
    outcome: Outcome
    account: Account | None = None
    locked_until: datetime | None = None


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def lock_for(failures: int) -> timedelta:
    """How long the account stays locked after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(FIRST_LOCK * (1 << min(failures - FREE_ATTEMPTS, 16)), LONGEST_LOCK)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD} ตัวอักษร", f"the password needs at least {MIN_PASSWORD} characters"
        )


class Accounts:
    def __init__(self, engine: Engine, clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        self._now = clock or (lambda: datetime.now(UTC))

    def _session(self, write: bool = False) -> Session:
        return Session(self.engine.execution_options(**WRITE) if write else self.engine, expire_on_commit=False)

    def add(self, username: str, password: str, role: Role) -> Account:
        if not _NAME.fullmatch(username):
            raise AccountError(
                "ชื่อผู้ใช้ใช้ได้เฉพาะ a-z A-Z 0-9 . _ @ - ยาว 2–100 ตัวอักษร",
                "a username may use a-z A-Z 0-9 . _ @ - and be 2-100 characters long",
            )
        check_password(password)
        with self._session(write=True) as session, session.begin():
            if session.get(UserRow, username) is not None:
                raise AccountError(f"มีผู้ใช้ชื่อ {username} อยู่แล้ว", f"user {username} already exists")
            row = UserRow(
                username=username,
                password_hash=_HASHER.hash(password),
                role=role.value,
                created_at=self._now(),
                failed_attempts=0,
                locked_until=None,
            )
            session.add(row)
        return Account(username, role, row.created_at)

    def remove(self, username: str) -> None:
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            session.delete(row)

    def set_role(self, username: str, role: Role) -> None:
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            row.role = role.value

    def set_password(self, username: str, password: str) -> None:
        check_password(password)
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            row.password_hash = _HASHER.hash(password)
            row.failed_attempts, row.locked_until = 0, None

    def list(self) -> list[Account]:
        with self._session() as session:
            rows = session.scalars(select(UserRow).order_by(UserRow.username)).all()
        return [Account(r.username, Role(r.role), _aware(r.created_at) or r.created_at) for r in rows]

    def get(self, username: str) -> Account | None:
        with self._session() as session:
            row = session.get(UserRow, username)
        return Account(row.username, Role(row.role), _aware(row.created_at) or row.created_at) if row else None

    def sign_in(self, username: str, password: str) -> SignIn:
        """Check a password. Unknown users cost the same time as known ones and get the same answer."""
        now = self._now()
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                _verify(_DUMMY_HASH, password)
                return SignIn(Outcome.WRONG)
            locked_until = _aware(row.locked_until)
            if locked_until is not None and locked_until > now:
                return SignIn(Outcome.LOCKED, locked_until=locked_until)
            if not _verify(row.password_hash, password):
                row.failed_attempts += 1
                wait = lock_for(row.failed_attempts)
                row.locked_until = now + wait if wait else None
                return SignIn(Outcome.LOCKED, locked_until=row.locked_until) if wait else SignIn(Outcome.WRONG)
            row.failed_attempts, row.locked_until = 0, None
            if _HASHER.check_needs_rehash(row.password_hash):
                row.password_hash = _HASHER.hash(password)
            return SignIn(Outcome.OK, Account(row.username, Role(row.role), _aware(row.created_at) or row.created_at))


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
