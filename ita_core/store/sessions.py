"""Signed-in browsers, kept in the database so every tab and every app process agrees who is signed in.

A sign-in creates a 256-bit random token that goes to the browser in an
HttpOnly cookie; only its SHA-256 is stored here. Each script run looks the
token up: a session ends after ``idle`` without use (60 minutes by default) or
``lifetime`` in all (12 hours), when its user signs out (the row is deleted),
when an administrator revokes it, when the user is removed or changes
password. The account is read on every look-up, so a changed role counts at
once.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Engine, delete, or_, select, update
from sqlalchemy.orm import Session

from ita_core.store import db
from ita_core.store.accounts import Account, account_in
from ita_core.store.db import utc
from ita_core.store.schema import SessionRow, UserRow

IDLE = timedelta(minutes=60)
LIFETIME = timedelta(hours=12)
TOUCH_EVERY = timedelta(seconds=60)  # last-seen is written at most this often, not on every run
KEEP_ENDED = timedelta(days=7)  # ended sessions stay listed this long, then are purged


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Status(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"  # expired, revoked, signed out elsewhere, or never existed


@dataclass(frozen=True)
class Lookup:
    status: Status
    account: Account | None = None


@dataclass(frozen=True)
class SessionInfo:
    """One session for ``users sessions``: never the token, only a short prefix of its hash."""

    username: str
    address: str
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    id_prefix: str

    def active(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at


class Sessions:
    def __init__(
        self,
        engine: Engine,
        clock: Callable[[], datetime] | None = None,
        *,
        idle: timedelta = IDLE,
        lifetime: timedelta = LIFETIME,
    ) -> None:
        self.engine = engine
        self._now = clock or (lambda: datetime.now(UTC))
        self.idle = idle
        self.lifetime = lifetime

    def _session(self, write: bool = False) -> Session:
        return db.session(self.engine, write)

    def start(self, username: str, address: str) -> str:
        """A new session for a user who just proved their password; returns the token for the cookie."""
        token = secrets.token_urlsafe(32)  # 256 bits
        now = self._now()
        with self._session(write=True) as session, session.begin():
            session.execute(
                delete(SessionRow).where(
                    or_(SessionRow.idle_expires_at < now - KEEP_ENDED, SessionRow.revoked_at < now - KEEP_ENDED)
                )
            )
            session.add(
                SessionRow(
                    token_sha256=token_digest(token),
                    username=username,
                    address=address[:100],
                    created_at=now,
                    last_seen_at=now,
                    idle_expires_at=now + self.idle,
                    expires_at=now + self.lifetime,
                    revoked_at=None,
                )
            )
        return token

    def lookup(self, token: str) -> Lookup:
        """Who a cookie's token belongs to, if its session is still alive; marks it as used."""
        now = self._now()
        digest = token_digest(token)
        with self._session() as session:
            found = session.execute(
                select(SessionRow, UserRow)
                .join(UserRow, UserRow.username == SessionRow.username)
                .where(SessionRow.token_sha256 == digest)
            ).first()
            if found is None:
                return Lookup(Status.ENDED)
            row, user = found
            account = account_in(session, user)
        last_seen = utc(row.last_seen_at)
        if row.revoked_at is not None or now >= min(utc(row.expires_at), utc(row.idle_expires_at)):
            return Lookup(Status.ENDED)
        if now - last_seen >= self.idle:  # the idle limit as configured now, if it was lowered since
            return Lookup(Status.ENDED)
        if now - last_seen >= TOUCH_EVERY:
            with self._session(write=True) as session, session.begin():
                session.execute(
                    update(SessionRow)
                    .where(SessionRow.token_sha256 == digest)
                    .values(last_seen_at=now, idle_expires_at=min(now + self.idle, utc(row.expires_at)))
                )
        return Lookup(Status.ACTIVE, account)

    def end(self, token: str) -> None:
        """Sign out: the row goes, so every tab and process using this cookie is signed out."""
        with self._session(write=True) as session, session.begin():
            session.execute(delete(SessionRow).where(SessionRow.token_sha256 == token_digest(token)))

    def revoke(self, username: str) -> int:
        """End every session of a user (an administrator's action); returns how many were active."""
        now = self._now()
        with self._session(write=True) as session, session.begin():
            result = session.execute(
                update(SessionRow)
                .where(SessionRow.username == username, SessionRow.revoked_at.is_(None), SessionRow.expires_at > now)
                .values(revoked_at=now)
            )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def listing(self) -> list[SessionInfo]:
        """Every session not yet purged, newest first."""
        with self._session() as session:
            rows = session.scalars(select(SessionRow).order_by(SessionRow.created_at.desc())).all()
        return [
            SessionInfo(
                r.username,
                r.address,
                utc(r.created_at),
                utc(r.last_seen_at),
                min(utc(r.expires_at), utc(r.idle_expires_at)),
                None if r.revoked_at is None else utc(r.revoked_at),
                r.token_sha256[:8],
            )
            for r in rows
        ]
