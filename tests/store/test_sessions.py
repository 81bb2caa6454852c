"""Server-side sessions: what a cookie's token can and cannot do, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from clocks import Clock
from sqlalchemy import select

from ita_core.store.accounts import Accounts
from ita_core.store.roles import Role
from ita_core.store.schema import SessionRow
from ita_core.store.sessions import IDLE, LIFETIME, Sessions, Status, token_digest
from ita_core.store.snapshots import Store

PASSWORD = "correct horse battery"


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    store = Store(database_url)
    Accounts(store.engine).add("somchai", PASSWORD, Role.EDITOR)
    yield store
    store.close()


@pytest.fixture
def sessions(store: Store, clock: Clock) -> Sessions:
    return Sessions(store.engine, clock)


def test_a_token_is_random_and_only_its_hash_is_stored(sessions: Sessions, store: Store) -> None:
    first, second = sessions.start("somchai", "10.0.0.5"), sessions.start("somchai", "10.0.0.5")
    assert first != second and len(first) >= 43  # 32 random bytes, URL-safe base64
    with store.engine.connect() as conn:
        stored = set(conn.execute(select(SessionRow.token_sha256)).scalars())
    assert stored == {token_digest(first), token_digest(second)}
    assert first not in stored and second not in stored


def test_lookup_finds_the_user_with_the_current_role(sessions: Sessions, store: Store) -> None:
    token = sessions.start("somchai", "10.0.0.5")
    found = sessions.lookup(token)
    assert found.status is Status.ACTIVE and found.account is not None and found.account.role is Role.EDITOR
    Accounts(store.engine).set_role("somchai", Role.VIEWER)
    assert sessions.lookup(token).account.role is Role.VIEWER  # type: ignore[union-attr]
    assert sessions.lookup("a forged token").status is Status.ENDED


def test_idle_and_absolute_expiry(sessions: Sessions, clock: Clock) -> None:
    token = sessions.start("somchai", "10.0.0.5")
    clock.now += IDLE - timedelta(minutes=1)
    assert sessions.lookup(token).status is Status.ACTIVE  # used: the idle clock starts again
    clock.now += IDLE - timedelta(minutes=1)
    assert sessions.lookup(token).status is Status.ACTIVE
    clock.now += IDLE + timedelta(seconds=1)
    assert sessions.lookup(token).status is Status.ENDED  # idle too long

    token = sessions.start("somchai", "10.0.0.5")
    for _ in range(int(LIFETIME / timedelta(minutes=30))):
        clock.now += timedelta(minutes=30)  # used every half hour, all day long
        sessions.lookup(token)
    assert sessions.lookup(token).status is Status.ENDED  # still ends 12 hours after sign-in


def test_end_revoke_and_removal(sessions: Sessions, store: Store) -> None:
    first, second, third = (sessions.start("somchai", a) for a in ("10.0.0.5", "10.0.0.6", "10.0.0.7"))
    sessions.end(first)  # signing out in one browser
    assert sessions.lookup(first).status is Status.ENDED
    assert sessions.lookup(second).status is Status.ACTIVE
    assert sessions.revoke("somchai") == 2  # an administrator ends the rest
    assert {sessions.lookup(t).status for t in (second, third)} == {Status.ENDED}
    listed = sessions.listing()
    assert len(listed) == 2 and all(s.revoked_at is not None for s in listed)
    fourth = sessions.start("somchai", "10.0.0.5")
    Accounts(store.engine).remove("somchai")
    assert sessions.lookup(fourth).status is Status.ENDED
    assert sessions.listing() == []


def test_ended_sessions_are_purged_after_a_week(sessions: Sessions, clock: Clock) -> None:
    sessions.start("somchai", "10.0.0.5")
    clock.now += timedelta(days=8)
    sessions.start("somchai", "10.0.0.6")
    assert [s.address for s in sessions.listing()] == ["10.0.0.6"]


def test_the_idle_limit_in_force_applies_to_existing_sessions(store: Store, clock: Clock) -> None:
    token = Sessions(store.engine, clock).start("somchai", "10.0.0.5")
    clock.now += timedelta(minutes=20)
    assert Sessions(store.engine, clock, idle=timedelta(minutes=15)).lookup(token).status is Status.ENDED
