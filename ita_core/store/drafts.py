"""An editor's checked upload that is not yet published, kept for a day so a reload loses nothing.

One draft per editor: a new upload replaces it, publishing or cancelling
deletes it. It lives in the database rather than in a browser connection, so
a reload, a new tab or another app process finds it again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from ita_core.store import db
from ita_core.store.db import utc
from ita_core.store.schema import DraftRow

KEEP = timedelta(hours=24)


@dataclass(frozen=True)
class Draft:
    username: str
    file_name: str
    data: bytes
    created_at: datetime
    comment: str = ""  # the publish comment typed so far

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class Drafts:
    def __init__(self, engine: Engine, clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        self._now = clock or (lambda: datetime.now(UTC))

    def _session(self, write: bool = False) -> Session:
        return db.session(self.engine, write)

    def keep(self, username: str, file_name: str, data: bytes, comment: str = "") -> None:
        now = self._now()
        with self._session(write=True) as session, session.begin():
            session.execute(delete(DraftRow).where(DraftRow.username == username))
            session.add(
                DraftRow(
                    username=username,
                    file_name=file_name,
                    file_sha256=hashlib.sha256(data).hexdigest(),
                    created_at=now,
                    expires_at=now + KEEP,
                    file_bytes=data,
                    comment=comment[:500],
                )
            )

    def note(self, username: str, comment: str) -> None:
        """Keep the publish comment typed for the user's draft (nothing happens without a draft)."""
        with self._session(write=True) as session, session.begin():
            session.execute(update(DraftRow).where(DraftRow.username == username).values(comment=comment[:500]))

    def get(self, username: str) -> Draft | None:
        """The user's draft if it is younger than a day."""
        with self._session() as session:
            row = session.execute(
                select(
                    DraftRow.file_name, DraftRow.file_bytes, DraftRow.created_at, DraftRow.expires_at, DraftRow.comment
                ).where(DraftRow.username == username)
            ).first()
        if row is None or utc(row.expires_at) <= self._now():
            return None
        return Draft(username, row.file_name, row.file_bytes, utc(row.created_at), row.comment)

    def drop(self, username: str) -> None:
        with self._session(write=True) as session, session.begin():
            session.execute(delete(DraftRow).where(DraftRow.username == username))
