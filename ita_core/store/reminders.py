"""What ``remind`` has sent: one digest per unit, year, group and day, whatever runs it twice.

A digest is claimed (a row inserted) before it is sent, so two runs at once cannot both send it; a
send that fails gives its claim back, so the next run tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError

from ita_core.store import db
from ita_core.store.schema import ReminderSentRow


class Reminders:
    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self._now = clock

    def claim(self, unit: str, fiscal_year_be: int, group: str, day: date, recipients: tuple[str, ...]) -> bool:
        """True when this run may send the group's digest for ``day``; False when one was sent already."""
        try:
            with db.session(self.engine, write=True) as session, session.begin():
                session.add(
                    ReminderSentRow(
                        unit=unit,
                        fiscal_year_be=fiscal_year_be,
                        group_name=group,
                        sent_on=day,
                        recipients=", ".join(recipients),
                        sent_at=self._now(),
                    )
                )
        except IntegrityError:
            return False
        return True

    def release(self, unit: str, fiscal_year_be: int, group: str, day: date) -> None:
        with db.session(self.engine, write=True) as session, session.begin():
            session.execute(
                delete(ReminderSentRow).where(
                    ReminderSentRow.unit == unit,
                    ReminderSentRow.fiscal_year_be == fiscal_year_be,
                    ReminderSentRow.group_name == group,
                    ReminderSentRow.sent_on == day,
                )
            )

    def sent(self, unit: str, fiscal_year_be: int, day: date) -> list[tuple[str, str]]:
        """(group, recipients) of the digests sent for ``day``."""
        query = select(ReminderSentRow.group_name, ReminderSentRow.recipients).where(
            ReminderSentRow.unit == unit,
            ReminderSentRow.fiscal_year_be == fiscal_year_be,
            ReminderSentRow.sent_on == day,
        )
        with db.session(self.engine) as session:
            return [(g, r) for g, r in session.execute(query.order_by(ReminderSentRow.group_name))]
