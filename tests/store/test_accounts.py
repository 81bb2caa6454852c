from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from argon2 import PasswordHasher, Type
from clocks import Clock
from sqlalchemy import select

from ita_core.store import accounts as accounts_module
from ita_core.store.accounts import (
    ADDRESS_FREE_ATTEMPTS,
    FORGET_AFTER,
    FREE_ATTEMPTS,
    KNOWN_FOR,
    AccountError,
    Accounts,
    Outcome,
    lock_for,
)
from ita_core.store.roles import Role
from ita_core.store.schema import UserRow
from ita_core.store.snapshots import Store

PASSWORD = "correct horse battery"
HERE, ATTACKER = "10.0.0.5", "203.0.113.9"


@pytest.fixture
def accounts(database_url: str, clock: Clock) -> Iterator[Accounts]:
    store = Store(database_url)
    yield Accounts(store.engine, clock)
    store.close()


def test_add_list_and_roles(accounts: Accounts) -> None:
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    accounts.add("admin", PASSWORD, Role.ADMIN)
    assert [(a.username, a.role) for a in accounts.list()] == [("admin", Role.ADMIN), ("somchai", Role.EDITOR)]
    accounts.set_role("somchai", Role.VIEWER)
    assert accounts.get("somchai").role is Role.VIEWER  # type: ignore[union-attr]
    accounts.remove("somchai")
    assert accounts.get("somchai") is None
    assert Role.EDITOR.can_edit and Role.ADMIN.can_edit and not Role.VIEWER.can_edit


def test_passwords_are_stored_as_argon2id_hashes(accounts: Accounts) -> None:
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    with accounts.engine.connect() as conn:
        stored = conn.execute(select(UserRow.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_real_hashes_are_argon2id_with_64_mib_and_3_passes() -> None:
    """The tests hash cheaply (conftest); the program never does."""
    real = PasswordHasher.from_parameters(accounts_module.PARAMETERS)
    assert accounts_module.PARAMETERS.type is Type.ID
    assert (real.memory_cost, real.time_cost, real.parallelism) == (65536, 3, 4)
    assert real.hash(PASSWORD).startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_sign_in(accounts: Accounts) -> None:
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    ok = accounts.sign_in("somchai", PASSWORD)
    assert ok.outcome is Outcome.OK and ok.account is not None and ok.account.role is Role.EDITOR
    assert accounts.sign_in("somchai", "wrong password!").outcome is Outcome.WRONG
    assert accounts.sign_in("nobody", PASSWORD).outcome is Outcome.WRONG  # same answer: no user enumeration


def test_repeated_failures_are_slowed_down(accounts: Accounts, clock: Clock) -> None:
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    for _ in range(FREE_ATTEMPTS - 1):
        assert accounts.sign_in("somchai", "guess", HERE).outcome is Outcome.WRONG
    locked = accounts.sign_in("somchai", "guess", HERE)
    assert locked.outcome is Outcome.LOCKED
    assert locked.locked_until == clock.now + timedelta(seconds=30)
    assert accounts.sign_in("somchai", PASSWORD, HERE).outcome is Outcome.LOCKED  # even the right password waits
    clock.now += timedelta(seconds=31)
    assert accounts.sign_in("somchai", "guess", HERE).locked_until == clock.now + timedelta(seconds=60)  # doubles
    clock.now += timedelta(seconds=61)
    assert accounts.sign_in("somchai", PASSWORD, HERE).outcome is Outcome.OK  # and success resets the count
    assert accounts.sign_in("somchai", "guess", HERE).outcome is Outcome.WRONG


def test_unknown_and_real_names_get_the_same_answers(accounts: Accounts) -> None:
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    real = [accounts.sign_in("somchai", "guess", HERE) for _ in range(FREE_ATTEMPTS + 1)]
    unknown = [accounts.sign_in("nobody", "guess", HERE) for _ in range(FREE_ATTEMPTS + 1)]
    assert [(r.outcome, r.locked_until) for r in real] == [(u.outcome, u.locked_until) for u in unknown]
    assert real[-1].outcome is Outcome.LOCKED


def test_a_lock_holds_only_for_the_address_that_failed(accounts: Accounts) -> None:
    accounts.add("admin", PASSWORD, Role.ADMIN)
    for _ in range(FREE_ATTEMPTS * 3):  # an attacker hammers the admin's name from elsewhere
        accounts.sign_in("admin", "guess", ATTACKER)
    assert accounts.sign_in("admin", PASSWORD, ATTACKER).outcome is Outcome.LOCKED
    assert accounts.sign_in("admin", PASSWORD, HERE).outcome is Outcome.OK  # the real admin is not paused


def test_an_address_guessing_many_names_waits(accounts: Accounts, clock: Clock) -> None:
    for i in range(ADDRESS_FREE_ATTEMPTS - 1):
        assert accounts.sign_in(f"user{i}", "guess", ATTACKER).outcome is Outcome.WRONG
    assert accounts.sign_in("another", "guess", ATTACKER).outcome is Outcome.LOCKED  # a fresh name, same address
    assert accounts.sign_in("another", "guess", HERE).outcome is Outcome.WRONG
    clock.now += FORGET_AFTER + timedelta(minutes=16)  # an hour of quiet: forgotten
    assert accounts.sign_in("another", "guess", ATTACKER).outcome is Outcome.WRONG


def test_one_guesser_behind_an_office_nat_does_not_lock_out_colleagues(accounts: Accounts, clock: Clock) -> None:
    """Made-up names from the office's one address lock that address for strangers, not for a colleague
    who signed in from it before (whose own name's lock still holds)."""
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    assert accounts.sign_in("somchai", PASSWORD, ATTACKER).outcome is Outcome.OK  # yesterday, from the office
    clock.now += timedelta(days=1)
    for i in range(ADDRESS_FREE_ATTEMPTS + 1):
        accounts.sign_in(f"made-up-{i}", "guess", ATTACKER)
    assert accounts.sign_in("stranger", "guess", ATTACKER).outcome is Outcome.LOCKED
    assert accounts.sign_in("somchai", PASSWORD, ATTACKER).outcome is Outcome.OK
    for _ in range(FREE_ATTEMPTS):
        accounts.sign_in("somchai", "guess", ATTACKER)
    assert accounts.sign_in("somchai", PASSWORD, ATTACKER).outcome is Outcome.LOCKED  # its own lock holds
    clock.now += KNOWN_FOR + timedelta(days=1)
    for i in range(ADDRESS_FREE_ATTEMPTS + 1):
        accounts.sign_in(f"again-{i}", "guess", ATTACKER)
    assert accounts.sign_in("somchai", PASSWORD, ATTACKER).outcome is Outcome.LOCKED  # known no longer


def test_lock_grows_but_is_capped() -> None:
    assert lock_for(FREE_ATTEMPTS - 1) == timedelta(0)
    assert lock_for(FREE_ATTEMPTS) == timedelta(seconds=30)
    assert lock_for(FREE_ATTEMPTS + 2) == timedelta(seconds=120)
    assert lock_for(10_000) == timedelta(minutes=15)


def test_new_password_lifts_the_lock_and_ends_sessions(accounts: Accounts) -> None:
    from ita_core.store.sessions import Sessions, Status

    accounts.add("somchai", PASSWORD, Role.EDITOR)
    token = Sessions(accounts.engine).start("somchai", HERE)
    for _ in range(FREE_ATTEMPTS):
        accounts.sign_in("somchai", "guess", HERE)
    accounts.set_password("somchai", "another good password")
    assert accounts.sign_in("somchai", "another good password", HERE).outcome is Outcome.OK
    assert Sessions(accounts.engine).lookup(token).status is Status.ENDED


@pytest.mark.parametrize(
    ("name", "password", "fragment"),
    [("x", PASSWORD, "ชื่อผู้ใช้"), ("สมชาย", PASSWORD, "ชื่อผู้ใช้"), ("somchai", "short", "อย่างน้อย 10")],
)
def test_bad_names_and_short_passwords(accounts: Accounts, name: str, password: str, fragment: str) -> None:
    with pytest.raises(AccountError) as caught:
        accounts.add(name, password, Role.VIEWER)
    assert fragment in caught.value.th


def test_duplicates_and_unknown_users(accounts: Accounts) -> None:
    accounts.add("somchai", PASSWORD, Role.EDITOR)
    with pytest.raises(AccountError):
        accounts.add("somchai", PASSWORD, Role.EDITOR)
    for action in (lambda: accounts.remove("x1"), lambda: accounts.set_role("x1", Role.ADMIN)):
        with pytest.raises(AccountError):
            action()
