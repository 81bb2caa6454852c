"""Local accounts: viewer, reporter, editor, admin; Argon2id password hashes; sign-in slowed after failures.

An account may be linked to responsible groups (ผู้รับผิดชอบ, as the plan names them) and have an
e-mail address: a reporter checks in for its groups' activities, anyone linked to a group lands on
that group's page, and reminders go to the group's addresses.

Passwords never leave this module in clear: they are hashed with argon2-cffi's
defaults (Argon2id) and only the hash is stored.

Guessing is slowed per client address, never per account alone: after
``FREE_ATTEMPTS`` wrong passwords for one name from one address, that name is
locked *for that address* for 30 seconds, doubling with each further failure
up to 15 minutes; after ``ADDRESS_FREE_ATTEMPTS`` failures from one address for
any names, the whole address waits the same way, except for a name that signed in
successfully from that address within ``KNOWN_FOR`` (colleagues behind one office
NAT are not locked out by someone guessing made-up names; their own name's lock
still holds). So an attacker elsewhere cannot pause a real user's sign-in, and
unknown and real names get exactly the same answers from elsewhere (no list of who
exists). Failures are forgotten after an hour of quiet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache, cached_property

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from ita_core.errors import BilingualError
from ita_core.model import is_email
from ita_core.store import db
from ita_core.store.db import utc
from ita_core.store.roles import Role
from ita_core.store.schema import AccountRoleRow, DraftRow, SessionRow, SignInThrottleRow, UserGroupRow, UserRow
from ita_core.store.units import EVERY_UNIT, Organisation, organisation_in
from ita_core.text import without_hidden

FREE_ATTEMPTS = 5  # per account name and address
ADDRESS_FREE_ATTEMPTS = 20  # per address, whatever names it tries
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)
FORGET_AFTER = timedelta(hours=1)
KNOWN_FOR = timedelta(days=30)  # a name that signed in from an address is exempt from that address's lock
MIN_PASSWORD = 10
_NAME = re.compile(r"[A-Za-z0-9._@-]{2,100}")
# Argon2id with RFC 9106's second recommendation (64 MiB, 3 passes, 4 lanes): argon2-cffi's default, named
# here so a test can hold it. The tests swap ``_HASHER`` for a cheap one (tests/conftest.py); this never changes.
PARAMETERS: Parameters = profiles.RFC_9106_LOW_MEMORY
_HASHER = PasswordHasher.from_parameters(PARAMETERS)


@cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown names, so they cost the same time (made on first use:
    hashing takes tens of milliseconds, too much for every import of this module)."""
    return _HASHER.hash("not a real password: equalises timing for unknown users")


class AccountError(BilingualError):
    """An account operation refused: a taken name, a short password, an unknown user."""


Grant = tuple[str, Role]  # (a unit, or EVERY_UNIT; the role held there)


@dataclass(frozen=True)
class Account:
    username: str
    role: Role  # the highest role held anywhere: which pages the menu offers, never what may be done where
    created_at: datetime
    groups: tuple[str, ...] = ()  # responsible groups, as the plan writes them
    email: str = ""
    grants: tuple[Grant, ...] | None = None  # as granted; None: ``role`` for every unit (a single sign-on viewer)
    reach: tuple[Grant, ...] = field(default=(), compare=False)  # each unit a grant covers, units below included

    @cached_property
    def _roles(self) -> dict[str, Role]:
        held: dict[str, Role] = {}
        for unit, role in self.reach or (self.grants if self.grants is not None else ((EVERY_UNIT, self.role),)):
            if unit not in held or role.rank > held[unit].rank:
                held[unit] = role
        return held

    def role_in(self, unit: str) -> Role | None:
        """The best role the account holds for ``unit``: its own, its agency's, or every unit's."""
        found = [r for r in (self._roles.get(unit), self._roles.get(EVERY_UNIT)) if r is not None]
        return max(found, key=lambda r: r.rank) if found else None

    @property
    def everywhere(self) -> Role | None:
        return self._roles.get(EVERY_UNIT)

    def reports_for(self, unit: str, group: str) -> bool:
        """May check in for this group's activities in ``unit``: its editors for every group, its
        reporters for their own groups."""
        role = self.role_in(unit)
        return role is not None and (role.can_edit or (role is Role.REPORTER and group in self.groups))


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
    return None if moment is None else utc(moment)


def lock_for(failures: int, free: int = FREE_ATTEMPTS) -> timedelta:
    """How long sign-in waits after ``failures`` wrong passwords in a row (``free`` cost nothing)."""
    if failures < free:
        return timedelta(0)
    return min(FIRST_LOCK * (1 << min(failures - free, 16)), LONGEST_LOCK)


def _name_key(username: str, address: str) -> str:
    return f"name:{username.casefold()[:100]}@{address[:100]}"


def _known_key(username: str, address: str) -> str:
    """The row that remembers a successful sign-in of a name from an address (``KNOWN_FOR``)."""
    return f"known:{username.casefold()[:100]}@{address[:100]}"


def _throttle_keys(username: str, address: str) -> tuple[tuple[str, int], tuple[str, int]]:
    """The two counters a sign-in attempt touches, with the failures each allows for free."""
    return (_name_key(username, address), FREE_ATTEMPTS), (f"addr:{address[:100]}", ADDRESS_FREE_ATTEMPTS)


def clean_groups(groups: Iterable[str]) -> tuple[str, ...]:
    """Group names as the plan reads them: hidden characters dropped (``text.HIDDEN``, as the workbook's
    are), spaces folded, duplicates and empties dropped, order kept."""
    kept: dict[str, None] = {}
    for name in groups:
        folded = " ".join(without_hidden(name).split())[:300]
        if folded:
            kept[folded] = None
    return tuple(kept)


def check_email(email: str) -> str:
    email = email.strip()
    if email and not is_email(email):
        raise AccountError(f"ที่อยู่อีเมลไม่ถูกต้อง: {email[:100]}", f"not an e-mail address: {email[:100]}")
    return email


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
        return db.session(self.engine, write)

    def add(
        self,
        username: str,
        password: str,
        role: Role,
        *,
        unit: str = EVERY_UNIT,
        groups: Iterable[str] = (),
        email: str = "",
    ) -> Account:
        """A new account holding ``role`` for ``unit`` (by default, for every unit)."""
        if not _NAME.fullmatch(username):
            raise AccountError(
                "ชื่อผู้ใช้ใช้ได้เฉพาะ a-z A-Z 0-9 . _ @ - ยาว 2–100 ตัวอักษร",
                "a username may use a-z A-Z 0-9 . _ @ - and be 2-100 characters long",
            )
        check_password(password)
        email, linked = check_email(email), clean_groups(groups)
        with self._session(write=True) as session, session.begin():
            if session.get(UserRow, username) is not None:
                raise AccountError(f"มีผู้ใช้ชื่อ {username} อยู่แล้ว", f"user {username} already exists")
            known = organisation_in(session)
            unit = _unit_of(known, unit)
            row = UserRow(username=username, password_hash=_HASHER.hash(password), created_at=self._now(), email=email)
            session.add(row)
            session.flush()  # the user first: its groups and roles refer to it
            session.add_all(UserGroupRow(username=username, group_name=g) for g in linked)
            session.add(AccountRoleRow(username=username, unit=unit, role=role.value))
            return account_of(row, linked, ((unit, role),), known)

    def set_groups(self, username: str, groups: Iterable[str]) -> None:
        """Link an account to exactly these responsible groups (none: unlinked)."""
        linked = clean_groups(groups)
        with self._session(write=True) as session, session.begin():
            if session.get(UserRow, username) is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            session.execute(delete(UserGroupRow).where(UserGroupRow.username == username))
            session.add_all(UserGroupRow(username=username, group_name=g) for g in linked)

    def set_links(self, username: str, groups: Iterable[str], email: str) -> None:
        """Groups and e-mail together, as the accounts page saves them (the address checked first)."""
        check_email(email)
        self.set_groups(username, groups)
        self.set_email(username, email)

    def set_email(self, username: str, email: str) -> None:
        email = check_email(email)
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            row.email = email

    def addresses(self, group: str) -> list[str]:
        """The e-mail addresses of the accounts linked to a group (for reminders)."""
        query = (
            select(UserRow.email)
            .join(UserGroupRow, UserGroupRow.username == UserRow.username)
            .where(UserGroupRow.group_name == group, UserRow.email != "")
            .order_by(UserRow.username)
        )
        with self._session() as session:
            return list(session.scalars(query))

    def remove(self, username: str) -> None:
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            # Explicit, not only ON DELETE CASCADE: a removed user is signed out everywhere at once.
            session.execute(delete(SessionRow).where(SessionRow.username == username))
            session.execute(delete(DraftRow).where(DraftRow.username == username))
            session.delete(row)

    def set_role(self, username: str, role: Role) -> None:
        """The role the account holds for every unit (its roles for single units are kept)."""
        self.grant(username, EVERY_UNIT, role)

    def grant(self, username: str, unit: str, role: Role) -> str:
        """Hold ``role`` for ``unit`` (a registered unit, or EVERY_UNIT), replacing any role held there;
        returns the unit's registered name."""
        with self._session(write=True) as session, session.begin():
            if session.get(UserRow, username) is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            unit = _unit_of(organisation_in(session), unit)
            session.merge(AccountRoleRow(username=username, unit=unit, role=role.value))
        return unit

    def revoke(self, username: str, unit: str) -> str:
        """No longer hold any role for ``unit``; returns the unit's registered name."""
        with self._session(write=True) as session, session.begin():
            unit = _unit_of(organisation_in(session), unit)
            done = session.execute(
                delete(AccountRoleRow).where(AccountRoleRow.username == username, AccountRoleRow.unit == unit)
            )
            if not getattr(done, "rowcount", 0):
                raise AccountError(
                    f"{username} ไม่มีบทบาทในหน่วยงาน '{unit}'", f"{username} holds no role for unit '{unit}'"
                )
        return unit

    def set_password(self, username: str, password: str) -> None:
        check_password(password)
        with self._session(write=True) as session, session.begin():
            row = session.get(UserRow, username)
            if row is None:
                raise AccountError(f"ไม่มีผู้ใช้ชื่อ {username}", f"no user {username}")
            row.password_hash = _HASHER.hash(password)
            # A new password ends every session signed in with the old one, and lifts the name's locks.
            session.execute(delete(SessionRow).where(SessionRow.username == username))
            session.execute(
                delete(SignInThrottleRow).where(
                    SignInThrottleRow.key.startswith(_name_key(username, ""), autoescape=True)
                )
            )

    def list(self) -> list[Account]:
        with self._session() as session:
            rows = session.scalars(select(UserRow).order_by(UserRow.username)).all()
            links, roles, known = groups_by_user(session), grants_by_user(session), organisation_in(session)
        return [account_of(r, links.get(r.username, ()), roles.get(r.username, ()), known) for r in rows]

    def get(self, username: str) -> Account | None:
        with self._session() as session:
            row = session.get(UserRow, username)
            return account_in(session, row) if row else None

    def sign_in(self, username: str, password: str, address: str = "local") -> SignIn:
        """Check a password from a client ``address``. Unknown names cost the same time as known
        ones and get the same answers, locks included."""
        now = self._now()
        keys = _throttle_keys(username, address)
        with self._session(write=True) as session, session.begin():
            counters = {key: session.get(SignInThrottleRow, key) for key, _ in keys}
            for row in counters.values():
                if row is not None and utc(row.updated_at) + FORGET_AFTER < now:
                    row.failures, row.locked_until = 0, None
            known = session.get(SignInThrottleRow, _known_key(username, address))
            if known is not None and utc(known.updated_at) + KNOWN_FOR > now:  # a colleague behind the same NAT
                counted = [(keys[0][0], counters[keys[0][0]])]
            else:
                counted = list(counters.items())
            locks = [u for _, r in counted if r is not None and (u := _aware(r.locked_until)) and u > now]
            if locks:
                return SignIn(Outcome.LOCKED, locked_until=max(locks))
            user = session.get(UserRow, username)
            if _verify(user.password_hash if user else _dummy_hash(), password) and user is not None:
                pair = counters[keys[0][0]]
                if pair is not None:
                    session.delete(pair)
                if known is None:
                    known = SignInThrottleRow(key=_known_key(username, address), failures=0, locked_until=None)
                    session.add(known)
                known.updated_at = now
                if _HASHER.check_needs_rehash(user.password_hash):
                    user.password_hash = _HASHER.hash(password)
                return SignIn(Outcome.OK, account_in(session, user))
            until: list[datetime] = []
            for key, free in keys:
                row = counters[key]
                if row is None:
                    row = SignInThrottleRow(key=key, failures=0, locked_until=None, updated_at=now)
                    session.add(row)
                row.failures += 1
                row.updated_at = now
                wait = lock_for(row.failures, free)
                row.locked_until = now + wait if wait else None
                if wait:
                    until.append(now + wait)
            return SignIn(Outcome.LOCKED, locked_until=max(until)) if until else SignIn(Outcome.WRONG)


def groups_by_user(session: Session, username: str | None = None) -> dict[str, tuple[str, ...]]:
    query = select(UserGroupRow.username, UserGroupRow.group_name).order_by(UserGroupRow.group_name)
    if username is not None:
        query = query.where(UserGroupRow.username == username)
    found: dict[str, list[str]] = {}
    for name, group in session.execute(query):
        found.setdefault(name, []).append(group)
    return {name: tuple(groups) for name, groups in found.items()}


def grants_by_user(session: Session, username: str | None = None) -> dict[str, tuple[Grant, ...]]:
    query = select(AccountRoleRow.username, AccountRoleRow.unit, AccountRoleRow.role).order_by(AccountRoleRow.unit)
    if username is not None:
        query = query.where(AccountRoleRow.username == username)
    found: dict[str, list[Grant]] = {}
    for name, unit, role in session.execute(query):
        found.setdefault(name, []).append((unit, Role(role)))
    return {name: tuple(grants) for name, grants in found.items()}


def account_of(row: UserRow, groups: tuple[str, ...], grants: tuple[Grant, ...], known: Organisation) -> Account:
    """An account with its roles spread over the units they cover (a role in an agency reaches its bureaus)."""
    reach = tuple(
        (covered, role)
        for unit, role in grants
        for covered in ((EVERY_UNIT,) if unit == EVERY_UNIT else known.below(unit))
    )
    highest = max((role for _, role in grants), key=lambda r: r.rank, default=Role.VIEWER)
    return Account(row.username, highest, utc(row.created_at), groups, row.email or "", grants, reach)


def account_in(session: Session, row: UserRow) -> Account:
    """One account as stored now, its groups and roles read in the same session."""
    name = row.username
    linked = groups_by_user(session, name).get(name, ())
    grants = grants_by_user(session, name).get(name, ())
    # Every signed-in run looks its account up: the units are read only when a role is held for one of them.
    known = organisation_in(session) if any(unit != EVERY_UNIT for unit, _ in grants) else Organisation(())
    return account_of(row, linked, grants, known)


def _unit_of(known: Organisation, unit: str) -> str:
    """EVERY_UNIT, or the registered unit ``unit`` names (refused, with the closest names, when none)."""
    return unit if unit == EVERY_UNIT else known.registered(unit)


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
